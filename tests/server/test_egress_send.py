"""Every shared send payload round-trips: the CRM holds tokens, Meta gets the real message.

For each `send-*.json` request body: its PII is tokenised through the vault (as the inbound
path would have done), the tokenised body is sent through Veil's `/graph` base, and the fake
Graph server must receive exactly the original body with the real business token, while the
CRM gets back a tokenised answer. A real pywa client does the same for a text and a template.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_aiohttp import AiohttpClient, AiohttpServer

from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from proxy.vault.tokens import Shape, parse
from proxy.vault.vault import Vault
from tests.server.helpers import SERVICE_KEY, make_keys
from tests.server.outbound_fakes import (
    BUSINESS_TOKEN,
    PAYLOADS,
    PHONE,
    PNID,
    WAMID_OUT,
    Customer,
    auth,
    bsuid_customer,
    customer,
    payload,
    settings_for,
    start,
)

SEND_PAYLOADS = sorted(
    p.name
    for p in PAYLOADS.glob("send-*.json")
    if not p.name.endswith("-response.json") and not p.name.startswith("send-response")
)
TEXT_PII = {"Sheena": "PERSON", "101 Forest Ave, Palo Alto, CA 94301": "LOCATION"}
NEVER_IN_ANSWERS = [PHONE, "6505551234", "Sheena", WAMID_OUT, "US.13491208655302741918", BUSINESS_TOKEN]


async def crm_version(node: Any, vault: Vault, who: Customer, path: tuple[Any, ...] = ()) -> Any:
    """The payload as a CRM holding only tokens would write it."""
    if isinstance(node, dict):
        return {k: await crm_version(v, vault, who, (*path, k)) for k, v in node.items()}
    if isinstance(node, list):
        return [await crm_version(v, vault, who, (*path, i)) for i, v in enumerate(node)]
    if not isinstance(node, str):
        return node
    keys = tuple(p for p in path if isinstance(p, str))
    if keys in (("to",), ("recipient",)) or keys == ("contacts", "phones", "wa_id"):
        return who.phone_token
    if keys[-1:] == ("message_id",):
        return await who.wamid(vault, node)
    if keys == ("contacts", "phones", "phone"):
        return await who.token(vault, node, "PHONE_NUMBER")
    if keys == ("contacts", "emails", "email"):
        return await who.token(vault, node, "EMAIL_ADDRESS")
    for value, entity in TEXT_PII.items():
        if value in node:
            node = node.replace(value, await who.token(vault, value, entity))
    return node


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
    return client, graph, apps.runtime.vault


@pytest.mark.parametrize("name", SEND_PAYLOADS)
async def test_every_send_payload_round_trips(env, name: str) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault = env
    original = payload(name)
    who = await (bsuid_customer(vault) if "recipient" in original else customer(vault))
    tokenised = await crm_version(original, vault, who)
    assert tokenised != original
    for value in TEXT_PII:
        assert value not in json.dumps(tokenised)

    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=tokenised, headers=auth())
    answer = await resp.json()
    assert resp.status == 200, answer
    [seen] = graph.seen
    assert seen.path == f"/v23.0/{PNID}/messages"
    assert seen.json() == original  # exactly the real message, nothing else changed
    assert seen.headers["Authorization"] == f"Bearer {BUSINESS_TOKEN}"
    assert SERVICE_KEY not in json.dumps(seen.headers)
    text = json.dumps(answer)
    for secret in NEVER_IN_ANSWERS:
        assert secret not in text
    if original.get("status") == "read":
        assert answer == {"success": True}
        return
    [contact], [message] = answer["contacts"], answer["messages"]
    assert contact["input"] == who.phone_token  # the answer names the customer by the token the CRM holds
    assert contact.get("user_id", contact["wa_id"]) == who.phone_token
    assert parse(message["id"], phone_prefix=289).shape is Shape.WAMID  # type: ignore[union-attr]


async def test_marketing_messages_and_paced_status(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault = env
    who = await customer(vault)
    body = await crm_version(payload("send-template-text-params.json"), vault, who)
    resp = await client.post(f"/graph/v23.0/{PNID}/marketing_messages", json=body, headers=auth())
    answer = await resp.json()
    assert resp.status == 200, answer
    assert graph.seen[-1].path.endswith("/marketing_messages")
    assert answer["messages"][0]["message_status"] == "accepted"
    assert answer["contacts"][0]["wa_id"] == who.phone_token


async def test_wamid_tokens_are_stable_and_owned_by_the_recipient(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, vault = env
    who = await customer(vault)
    body = await crm_version(payload("send-text.json"), vault, who)
    first = await (await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())).json()
    second = await (await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())).json()
    wamid_token = first["messages"][0]["id"]
    assert wamid_token == second["messages"][0]["id"]
    [revealed] = await vault.reveal("default", [wamid_token])
    assert revealed.subject == who.subject and revealed.value == WAMID_OUT  # type: ignore[union-attr]
    # replying to it with context restores Meta's own id
    reply = {
        "messaging_product": "whatsapp",
        "to": who.phone_token,
        "type": "text",
        "text": {"body": "Thanks"},
        "context": {"message_id": wamid_token},
    }
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=reply, headers=auth())
    assert resp.status == 200
    assert graph.seen[-1].json()["context"]["message_id"] == WAMID_OUT


async def test_every_use_is_audited_with_the_recipient_subject(env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client, _, vault = env
    who = await customer(vault)
    body = await crm_version(payload("send-interactive-reply-buttons.json"), vault, who)
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())
    assert resp.status == 200
    entries = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    uses = [e.get("entry", e) for e in entries if e.get("entry", e).get("action") == "use"]
    assert uses, entries
    use = uses[-1]
    assert use["subject"] == who.subject and use["outcome"] == "allowed"
    assert set(use["entities"]) == {"PERSON", "PHONE_NUMBER"}
    assert "Sheena" not in json.dumps(entries) and PHONE not in json.dumps(entries)


async def test_pywa_client_sends_text_and_template_through_veil(env) -> None:  # type: ignore[no-untyped-def]
    import httpx
    from pywa.types.templates import TemplateLanguage
    from pywa_async import WhatsApp
    from pywa_async.api import GraphAPIAsync

    client, graph, vault = env
    who = await customer(vault)
    name_token = await who.token(vault, "Sheena", "PERSON")
    veil_graph = str(client.make_url("/graph")).rstrip("/")

    class VeilGraphAPI(GraphAPIAsync):  # REFERENCE.md §3 (b): pywa pointed at Veil's /graph base
        def __init__(self, token: str, session: Any, api_version: float) -> None:
            super().__init__(token=token, session=session, api_version=api_version)
            session.base_url = f"{veil_graph}/v{api_version}"

    class VeilWhatsApp(WhatsApp):
        _api_cls = VeilGraphAPI

    async with httpx.AsyncClient() as session:
        wa = VeilWhatsApp(phone_id=PNID, token=SERVICE_KEY, session=session)
        sent = await wa.send_message(to=who.phone_token, text=f"Hi {name_token}, your order has shipped.")
        template = await wa.send_template(
            to=who.phone_token,
            name="order_update",
            language=TemplateLanguage.ENGLISH_US,
            params=[{"type": "body", "parameters": [{"type": "text", "text": name_token}]}],
        )

    text_seen, template_seen = graph.seen[-2].json(), graph.seen[-1].json()
    assert text_seen["to"] == PHONE and text_seen["text"]["body"] == "Hi Sheena, your order has shipped."
    assert template_seen["to"] == PHONE
    assert template_seen["template"]["components"][0]["parameters"][0]["text"] == "Sheena"
    assert all(s.headers["Authorization"] == f"Bearer {BUSINESS_TOKEN}" for s in graph.seen)
    assert graph.seen[-1].path.startswith("/v") and graph.seen[-1].path.endswith(f"/{PNID}/messages")
    for result in (sent, template):
        assert result.id.startswith("wamid.") and result.id != WAMID_OUT  # a wamid token, not Meta's id
        assert PHONE not in repr(result)
        assert who.phone_token in repr(result)
