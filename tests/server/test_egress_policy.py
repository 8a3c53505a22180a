"""The outbound policy matrix: every refusal is clear, audited, and sends nothing upstream.

docs/decisions.md 1 and 3: use is bound to the recipient; Veil proxies exactly the listed Graph
operations; a number of another tenant does not exist for the caller.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_aiohttp import AiohttpClient, AiohttpServer

from proxy.detection.detector import Detector
from proxy.errors import TokenError
from proxy.server.app import create_apps
from proxy.vault.tokens import Shape, parse
from proxy.vault.vault import TokenizeRequest
from tests.server.helpers import make_keys
from tests.server.outbound_fakes import (
    OTHER_KEY,
    PHONE,
    PNID,
    RAW_KEY,
    WABA,
    auth,
    customer,
    settings_for,
    start,
)

OTHER_PHONE = "393471234567"


@pytest.fixture
async def env(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
):  # type: ignore[no-untyped-def]
    graph = await start(aiohttp_server)
    apps = create_apps(
        settings_for(redis7_url, tmp_path, graph), make_keys(key_env), data_dir=tmp_path, detector=detector
    )
    client = await aiohttp_client(apps.public)
    return client, graph, apps.runtime.vault, tmp_path


def text_to(to: str, body: str, **extra: Any) -> dict[str, Any]:
    return {"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}} | extra


async def refused(client: Any, body: dict[str, Any], status: int, code: str, key: str | None = None) -> str:
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth(key) if key else auth())
    answer = await resp.json()
    assert resp.status == status, answer
    assert answer["error"]["error_data"]["veil_code"] == code, answer
    return str(answer["error"]["message"])


def denied_audits(tmp_path: Path) -> list[dict[str, Any]]:
    entries = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    return [e.get("entry", e) for e in entries if e.get("entry", e).get("outcome") == "denied"]


async def test_raw_recipient_needs_raw_recipients_and_then_no_token(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault, tmp_path = env
    alice = await customer(vault)
    name = await alice.token(vault, "Alice", "PERSON")
    await refused(client, text_to(OTHER_PHONE, "hello"), 403, "raw_recipient_not_allowed")
    await refused(client, text_to(OTHER_PHONE, f"Dear {name}"), 403, "raw_recipient_not_allowed")
    # a service allowed raw recipients still gets no token detokenised for one (the "send to yourself" attack)
    await refused(client, text_to(OTHER_PHONE, f"Dear {name}"), 403, "tokens_with_raw_recipient", RAW_KEY)
    await refused(
        client,
        {**text_to(OTHER_PHONE, "x"), "context": {"message_id": await alice.wamid(vault)}},
        403,
        "tokens_with_raw_recipient",
        RAW_KEY,
    )
    assert graph.seen == []
    assert {a["reason"] for a in denied_audits(tmp_path)} >= {"raw_recipient_not_allowed", "tokens_with_raw_recipient"}
    # with no token in it, the raw send goes through, and its answer is still tokenised
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=text_to(OTHER_PHONE, "hello"), headers=auth(RAW_KEY))
    answer = await resp.json()
    assert resp.status == 200 and graph.seen[-1].json()["to"] == OTHER_PHONE
    assert OTHER_PHONE not in json.dumps(answer)


async def test_another_customers_token_is_refused(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault, tmp_path = env
    alice, bob = await customer(vault), await customer(vault, OTHER_PHONE)
    bobs_name = await bob.token(vault, "Roberto Bianchi", "PERSON")
    message = await refused(client, text_to(alice.phone_token, f"Hi {bobs_name}"), 403, "cross_subject_token")
    assert bobs_name in message and "Roberto" not in message
    bobs_wamid = await bob.wamid(vault, "wamid.HBgLMzkzNDcxMjM0NTY3FQIAEhgUM0E=")
    await refused(
        client, text_to(alice.phone_token, "re", context={"message_id": bobs_wamid}), 403, "cross_subject_token"
    )
    await refused(
        client,
        {
            "messaging_product": "whatsapp",
            "to": alice.phone_token,
            "type": "reaction",
            "reaction": {"message_id": bobs_wamid, "emoji": "x"},
        },
        403,
        "cross_subject_token",
    )
    # a read receipt for Bob's message that also carries Alice's token in free text
    await refused(
        client,
        {
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": bobs_wamid,
            "note": await alice.token(vault, "Alice", "PERSON"),
        },
        400,
        "recipient_required",
    )
    # Bob's number as the recipient and Alice's name in the body
    await refused(
        client,
        text_to(bob.phone_token, f"Hi {await alice.token(vault, 'Alice', 'PERSON')}"),
        403,
        "cross_subject_token",
    )
    assert graph.seen == []
    audit = [a for a in denied_audits(tmp_path) if a["reason"] == "cross_subject_token"]
    assert audit and audit[0]["subject"] == alice.subject


async def test_any_subject_lifts_the_recipient_rule_per_entity(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
) -> None:
    graph = await start(aiohttp_server)
    settings = settings_for(
        redis7_url,
        tmp_path,
        graph,
        services=[
            {
                "name": "crm",
                "api_key_env": "VEIL_SVC_CRM_KEY",
                "use": ["PHONE_NUMBER", "PERSON", "LOCATION"],
                "any_subject": ["LOCATION"],
            }
        ],
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    vault = apps.runtime.vault
    assert vault is not None
    alice, bob = await customer(vault), await customer(vault, OTHER_PHONE)
    shop = await bob.token(vault, "Via Roma 1, Milano", "LOCATION")
    resp = await client.post(
        f"/graph/v23.0/{PNID}/messages", json=text_to(alice.phone_token, f"Pick up at {shop}"), headers=auth()
    )
    assert resp.status == 200, await resp.json()
    assert graph.seen[-1].json()["text"]["body"] == "Pick up at Via Roma 1, Milano"
    await refused(
        client, text_to(alice.phone_token, await bob.token(vault, "Bob", "PERSON")), 403, "cross_subject_token"
    )


async def test_a_token_a_customer_typed_and_an_agent_echoed(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault, _ = env
    alice, mallory = await customer(vault), await customer(vault, OTHER_PHONE)
    alices_name = await alice.token(vault, "Alice Liddell", "PERSON")
    # Mallory typed Alice's token into WhatsApp; had it reached the CRM as is, an echo is refused:
    await refused(client, text_to(mallory.phone_token, f"You wrote: {alices_name}"), 403, "cross_subject_token")
    # the inbound path wraps a typed token as Mallory's own value; echoing that gives her back the literal
    # string she typed, never Alice's value (detokenisation is one pass)
    wrapped = await mallory.token(vault, alices_name, "PERSON")
    resp = await client.post(
        f"/graph/v23.0/{PNID}/messages", headers=auth(), json=text_to(mallory.phone_token, f"You wrote: {wrapped}")
    )
    assert resp.status == 200
    sent = graph.seen[-1].json()["text"]["body"]
    assert sent == f"You wrote: {alices_name}" and "Alice Liddell" not in sent


async def test_forbidden_entity_lists_the_tokens(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault, tmp_path = env
    alice = await customer(vault)
    iban = await alice.token(vault, "IT60X0542811101000000123456", "IBAN_CODE")
    card = await alice.token(vault, "4111111111111111", "CREDIT_CARD")
    message = await refused(client, text_to(alice.phone_token, f"IBAN {iban}, card {card}"), 403, "forbidden_entity")
    assert iban in message and card in message and "IT60" not in message
    assert "CREDIT_CARD" in message and "IBAN_CODE" in message
    assert graph.seen == []
    assert any(a["reason"] == "forbidden_entity" and iban in a["tokens"] for a in denied_audits(tmp_path))


async def test_unknown_and_malformed_tokens_are_named(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault, _ = env
    alice = await customer(vault)
    real = await alice.token(vault, "Alice", "PERSON")
    # well-formed, but not a token of this tenant
    [minted] = await vault.tokenize("elsewhere", [TokenizeRequest("Alice", "PERSON", alice.subject)])
    other_tenant_token = minted.token
    message = await refused(client, text_to(alice.phone_token, f"Hi {other_tenant_token}"), 400, "unknown_token")
    assert other_tenant_token in message
    mangled = real[:-1] + ("a" if real[-1] != "a" else "b")
    message = await refused(client, text_to(alice.phone_token, f"Hi {mangled}"), 400, "malformed_token")
    assert mangled in message
    bad_digits = alice.phone_token[:-1] + str((int(alice.phone_token[-1]) + 1) % 10)
    await refused(client, text_to(bad_digits, "hi"), 400, "malformed_token")
    assert graph.seen == []


async def test_recipient_must_be_a_customer_identifier(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault, _ = env
    alice = await customer(vault)
    name = await alice.token(vault, "Alice", "PERSON")
    await refused(client, text_to(name, "hi"), 400, "bad_recipient")
    await refused(client, {**text_to(alice.phone_token, "hi"), "to": 16505551234}, 400, "bad_request")
    wamid = await alice.wamid(vault)
    await refused(client, text_to(alice.phone_token, "hi", context={"message_id": name}), 400, "misplaced_token")
    resp = await client.post(
        f"/graph/v23.0/{PNID}/messages", headers=auth() | {"Content-Type": "application/json"}, data=b"not json"
    )
    assert resp.status == 400
    assert graph.seen == []
    # a read receipt is bound to the chat of its message id
    resp = await client.post(
        f"/graph/v23.0/{PNID}/messages",
        headers=auth(),
        json={
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": wamid,
            "typing_indicator": {"type": "text"},
        },
    )
    assert resp.status == 200 and await resp.json() == {"success": True}
    assert graph.seen[-1].json()["message_id"].startswith("wamid.HBgL")


async def test_digit_tokens_are_not_searched_in_free_text(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault, _ = env
    alice = await customer(vault)
    resp = await client.post(
        f"/graph/v23.0/{PNID}/messages",
        headers=auth(),
        json=text_to(alice.phone_token, f"your number is {alice.phone_token}"),
    )
    assert resp.status == 200
    assert graph.seen[-1].json()["text"]["body"] == f"your number is {alice.phone_token}"
    assert PHONE not in graph.seen[-1].json()["text"]["body"]


async def test_biz_opaque_callback_data_is_never_detokenised(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault, _ = env
    alice = await customer(vault)
    name = await alice.token(vault, "Alice", "PERSON")
    resp = await client.post(
        f"/graph/v23.0/{PNID}/messages",
        headers=auth(),
        json=text_to(alice.phone_token, "hi", biz_opaque_callback_data=f"crm:{name}"),
    )
    assert resp.status == 200
    assert graph.seen[-1].json()["biz_opaque_callback_data"] == f"crm:{name}"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", f"/graph/v23.0/{WABA}/subscribed_apps"),
        ("DELETE", f"/graph/v23.0/{WABA}/subscribed_apps"),
        ("POST", f"/graph/v23.0/{PNID}/register"),
        ("POST", f"/graph/v23.0/{PNID}"),
        ("GET", f"/graph/v23.0/{PNID}"),
        ("GET", f"/graph/v23.0/{WABA}/phone_numbers"),
        ("GET", "/graph/v23.0/me"),
        ("POST", f"/graph/v23.0/{PNID}/messages_encrypted"),
        ("PUT", f"/graph/v23.0/{PNID}/messages"),
        ("GET", f"/graph/v23.0/{PNID}/messages"),
        ("POST", f"/graph/latest/{PNID}/messages"),
        ("POST", "/graph/v23.0/not-a-number/messages"),
        ("GET", "/graph"),
    ],
)
async def test_unlisted_graph_operations_are_not_proxied(env, method: str, path: str) -> None:  # type: ignore[no-untyped-def]
    client, graph, _, _ = env
    body = {"override_callback_uri": "https://crm.example/hook", "verify_token": "x"}
    assert (await client.request(method, path, json=body)).status == 401  # anonymous: nothing learnt
    resp = await client.request(method, path, json=body, headers=auth())
    assert resp.status == 404, await resp.text()
    assert (await resp.json())["error"]["error_data"]["veil_code"] == "not_proxied"
    assert graph.seen == []


async def test_numbers_and_services_of_other_tenants(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
) -> None:
    graph = await start(aiohttp_server)
    settings = settings_for(
        redis7_url,
        tmp_path,
        graph,
        env={"VEIL_ACME_TOKEN": "acme-token", "VEIL_GLOBEX_TOKEN": "globex-token"},
        tenants=[
            {"name": "acme", "phone_number_ids": [PNID], "access_token_env": "VEIL_ACME_TOKEN"},
            {"name": "globex", "phone_number_ids": ["222333444555"], "access_token_env": "VEIL_GLOBEX_TOKEN"},
        ],
        services=[
            {"name": "crm", "tenant": "acme", "api_key_env": "VEIL_SVC_CRM_KEY", "use": ["PHONE_NUMBER"]},
            {"name": "other", "tenant": "globex", "api_key_env": "VEIL_SVC_OTHER_KEY", "use": ["PHONE_NUMBER"]},
        ],
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    vault = apps.runtime.vault
    assert vault is not None
    acme_customer = await customer(vault, tenant="acme")
    body = text_to(acme_customer.phone_token, "hi")
    resp = await client.post("/graph/v23.0/222333444555/messages", json=body, headers=auth())
    assert resp.status == 404 and (await resp.json())["error"]["error_data"]["veil_code"] == "not_proxied"
    # globex's service cannot use acme's number, nor acme's customer tokens on its own number
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth(OTHER_KEY))
    assert resp.status == 404
    resp = await client.post("/graph/v23.0/222333444555/messages", json=body, headers=auth(OTHER_KEY))
    assert resp.status == 400 and (await resp.json())["error"]["error_data"]["veil_code"] == "unknown_token"
    assert graph.seen == []
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())
    assert resp.status == 200
    assert graph.seen[-1].headers["Authorization"] == "Bearer acme-token"
    assert graph.seen[-1].json()["to"] == PHONE


async def test_tokens_in_urls_are_never_detokenised(env) -> None:  # type: ignore[no-untyped-def]
    """A value put into a URL would reach that URL's host (or Meta's link-preview fetcher)."""
    client, graph, vault, _ = env
    alice = await customer(vault)
    name = await alice.token(vault, "Alice Liddell", "PERSON")
    bodies = [
        text_to(
            alice.phone_token,
            f"Hi {name}, see https://crm.example/p?n={name} or www.crm.example/{name}",
            text={
                "body": f"Hi {name}, see https://crm.example/p?n={name} or www.crm.example/{name}",
                "preview_url": True,
            },
        ),
        {
            "messaging_product": "whatsapp",
            "to": alice.phone_token,
            "type": "image",
            "image": {"link": f"https://crm.example/img?n={name}", "caption": f"For {name}"},
        },
        {
            "messaging_product": "whatsapp",
            "to": alice.phone_token,
            "type": "interactive",
            "interactive": {
                "type": "cta_url",
                "body": {"text": f"{name}, tap"},
                "action": {
                    "name": "cta_url",
                    "parameters": {"display_text": "Open", "url": f"https://crm.example/{name}"},
                },
            },
        },
        {
            "messaging_product": "whatsapp",
            "to": alice.phone_token,
            "type": "template",
            "template": {
                "name": "t",
                "language": {"code": "en_US"},
                "components": [
                    {"type": "body", "parameters": [{"type": "text", "text": name}]},
                    {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": name}]},
                ],
            },
        },
    ]
    for body in bodies:
        resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())
        assert resp.status == 200, await resp.json()
        sent = json.dumps(graph.seen[-1].json())
        assert "Alice Liddell" in sent  # the free-text occurrence outside a URL was put back
        assert "Alice Liddell" not in json.dumps([v for k, v in _urlish(graph.seen[-1].json())])
        assert name in sent


async def test_link_exfiltration_through_scheme_less_links_and_buttons(env) -> None:  # type: ignore[no-untyped-def]
    """Issue 19.3: as crm, to the customer's own token, none of the three links carries her values."""
    client, graph, vault, _ = env
    alice = await customer(vault)
    phone = await alice.token(vault, PHONE, "PHONE_NUMBER")
    mail = await alice.token(vault, "alice@example.com", "EMAIL_ADDRESS")
    name = await alice.token(vault, "Alice Liddell", "PERSON")
    link = f"evil.example/?p={phone}&e={mail}"

    def template(*components: dict[str, Any]) -> dict[str, Any]:
        return {
            "messaging_product": "whatsapp",
            "to": alice.phone_token,
            "type": "template",
            "template": {
                "name": "t",
                "language": {"code": "en_US"},
                "components": [{"type": "body", "parameters": [{"type": "text", "text": f"Hi {name}"}]}, *components],
            },
        }

    def url_button(sub_type: str) -> dict[str, Any]:
        return {
            "type": "button",
            "sub_type": sub_type,
            "index": "0",
            "parameters": [{"type": "text", "text": f"?p={phone}&e={mail}"}],
        }

    card = {
        "card_index": 0,
        "components": [
            {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://crm.example/a.jpg"}}]},
            {"type": "body", "parameters": [{"type": "text", "text": name}]},
            url_button("url"),
        ],
    }
    attacks = [
        text_to(alice.phone_token, "", text={"body": f"Hi {name}, see {link}", "preview_url": True}),
        template({"type": "carousel", "cards": [card]}),
        template(url_button("URL")),
    ]
    for body in attacks:
        resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())
        assert resp.status == 200, await resp.json()
        sent = dict(graph.seen[-1].json())
        assert sent.pop("to") == PHONE  # the recipient itself is put back, as always
        flat = json.dumps(sent)
        for value in (PHONE, "alice@example.com", "alice%40example.com"):
            assert value not in flat
        assert phone in flat and mail in flat  # left as the tokens the service wrote
        assert "Alice Liddell" in flat  # text outside a link is still put back


def _urlish(node: Any, key: str = "", in_url_button: bool = False) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(node, dict):
        button = in_url_button or node.get("sub_type") == "url"
        for k, v in node.items():
            out += _urlish(v, k, button)
    elif isinstance(node, list):
        for v in node:
            out += _urlish(v, key, in_url_button)
    elif isinstance(node, str):
        if key in ("link", "url") or in_url_button:
            out.append((key, node))
        out += [(key, w) for w in node.split() if w.startswith(("https://", "www."))]
    return out


async def test_audit_or_vault_failure_refuses_and_sends_nothing(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
) -> None:
    from tests.redis_servers import RedisProcess, debian_redis_server

    graph = await start(aiohttp_server)
    own = RedisProcess(debian_redis_server()).start()
    try:
        apps = create_apps(
            settings_for(own.url, tmp_path, graph), make_keys(key_env), data_dir=tmp_path, detector=detector
        )
        client = await aiohttp_client(apps.public)
        alice = await customer(apps.runtime.vault)
        body = text_to(alice.phone_token, f"Hi {await alice.token(apps.runtime.vault, 'Alice', 'PERSON')}")
        own.stop()  # Redis gone mid-flight: the reveal cannot happen
        await refused(client, body, 503, "vault_unavailable")
        own.start()
        await apps.runtime.readiness.check()
        await apps.runtime.audit.close()  # the audit trail cannot take the entry: the use is refused
        await refused(client, body, 503, "audit_unavailable")
        assert graph.seen == []
    finally:
        own.stop()


async def test_recipient_must_be_an_alias_of_its_subject(env) -> None:  # type: ignore[no-untyped-def]
    """A phone a customer typed ("my husband is on …") is hers, but reaches someone else."""
    client, graph, vault, _ = env
    alice = await customer(vault)
    husband = await alice.token(vault, "+39 333 000 1111", "PHONE_NUMBER")  # typed in text: Alice's value
    husband_digits = await alice.token(vault, "+39 333 000 2222", "PHONE_NUMBER", shape=Shape.DIGITS)
    name = await alice.token(vault, "Alice", "PERSON")
    for to in (husband, husband_digits):
        await refused(client, text_to(to, f"{name}'s order is ready"), 403, "recipient_not_subject")
        await refused(client, text_to(to, "your order is ready"), 403, "recipient_not_subject")
    assert graph.seen == []
    resp = await client.post(
        f"/graph/v23.0/{PNID}/messages", json=text_to(alice.phone_token, f"Hi {name}"), headers=auth()
    )
    assert resp.status == 200


async def test_a_group_recipient_gets_no_other_token(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
) -> None:
    graph = await start(aiohttp_server)
    settings = settings_for(
        redis7_url,
        tmp_path,
        graph,
        services=[{"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY", "use": ["WHATSAPP_GROUP_ID", "PERSON"]}],
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    vault = apps.runtime.vault
    assert vault is not None
    alice = await customer(vault)
    group = await alice.token(vault, "120363025246125486@g.us", "WHATSAPP_GROUP_ID", identifier=True)
    body = text_to(group, f"Hi {await alice.token(vault, 'Alice', 'PERSON')}", recipient_type="group")
    await refused(client, body, 403, "tokens_with_group_recipient")
    assert graph.seen == []
    resp = await client.post(
        f"/graph/v23.0/{PNID}/messages", headers=auth(), json=text_to(group, "Meeting at 5", recipient_type="group")
    )
    assert resp.status == 200 and graph.seen[-1].json()["to"] == "120363025246125486@g.us"


async def test_every_mangled_token_in_a_send_is_malformed(env) -> None:  # type: ignore[no-untyped-def]
    """Including the one typo in 32 that the first check character let through (it parses
    only as a legacy token, and the vault never issued it): malformed, never unknown."""
    client, graph, vault, _ = env
    alice = await customer(vault)
    real = await alice.token(vault, "Alice", "PERSON")
    head, body = real.rsplit("_", 1)
    slipped = []
    for i in range(len(body)):
        for ch in "abcdefghijklmnopqrstuvwxyz234567":
            text = f"{head}_{body[:i]}{ch}{body[i + 1 :]}"
            try:
                parsed = parse(text, phone_prefix=289)
            except TokenError:
                continue
            if parsed is not None and text != real:
                slipped.append(text)
    assert slipped  # ~1 in 32 satisfy the first check
    for text in slipped[:5]:
        await refused(client, text_to(alice.phone_token, f"Hi {text}"), 400, "malformed_token")
    assert graph.seen == []
