"""Generic routes: a CRM's REST API behind Veil stores only tokens; paths, redirects, reflection.

The worked example of docs/outbound.md runs here: contacts created through `/routes/crm`
reach the fake CRM holding tokens only (the same phone token webhooks carry), the CRM's
own API key is added by Veil and the caller's Veil key never leaves.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from pytest_aiohttp import AiohttpClient, AiohttpServer

from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from tests.server.helpers import SERVICE_KEY, make_keys
from tests.server.outbound_fakes import OTHER_KEY, RAW_KEY, Fake, auth, customer, settings_for, start

MARIA = {
    "phone": "+39 347 123 4567",
    "name": "Maria Rossi",
    "email": "maria.rossi@example.com",
    "notes": "Maria Rossi prefers calls after 5pm",
    "tier": "gold",
}
MARIA_PII = ["347 123 4567", "3471234567", "Maria Rossi", "maria.rossi@example.com"]
CRM_API_KEY = "crm-api-key-0123"


def routes(crm: Fake, mailer: Fake) -> dict[str, Any]:
    return {
        "crm": {
            "upstream": crm.url + "/api/v2",
            "services": ["crm", "rawsvc"],
            "credential_header": "X-Api-Key",
            "credential_prefix": "",
            "credential_env": "VEIL_CRM_API_KEY",
            "rules": {
                "request": {
                    "tokenize": [
                        {"path": "$.phone", "entity": "PHONE_NUMBER"},
                        {"path": "$.name", "entity": "PERSON"},
                        {"path": "$.email", "entity": "EMAIL_ADDRESS"},
                    ],
                    "scan": ["$.notes"],
                }
            },
        },
        "mailer": {
            "upstream": mailer.url + "/send",
            "services": ["crm"],
            "sink": True,
            "subject": "$.customer",
            "response": "passthrough",
            "methods": ["POST"],
            "rules": {"request": {"detokenize": ["$.to", "$.body", "$.phone"]}},
        },
        "lookup": {
            "upstream": crm.url + "/api/v2",
            "services": ["crm", "other"],
            "prefix": "/routes/lookup",
            "rules": {"request": {"detokenize": ["$.phone"]}, "response": {"detokenize": ["$.name"]}},
        },
    }


SERVICES = [
    {
        "name": "crm",
        "api_key_env": "VEIL_SVC_CRM_KEY",
        "use": {"whatsapp": ["PHONE_NUMBER"], "routes": {"mailer": ["EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER"]}},
        "tokenize": ["PHONE_NUMBER", "PERSON", "EMAIL_ADDRESS"],
    },
    {"name": "rawsvc", "api_key_env": "VEIL_SVC_RAW_KEY"},  # may call the crm route, may not tokenize
    {
        "name": "other",
        "api_key_env": "VEIL_SVC_OTHER_KEY",
        "reveal": ["PHONE_NUMBER", "PERSON"],
        "purposes": ["support-callback"],
    },
]


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
    crm, mailer = await start(aiohttp_server, "crm"), await start(aiohttp_server, "crm")
    settings = settings_for(
        redis7_url,
        tmp_path,
        graph,
        env={"VEIL_CRM_API_KEY": CRM_API_KEY},
        services=SERVICES,
        routes=routes(crm, mailer),
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    return client, crm, mailer, apps.runtime.vault, tmp_path


async def test_worked_example_crm_stores_only_tokens(env) -> None:  # type: ignore[no-untyped-def]
    client, crm, _, vault, _ = env
    resp = await client.post(
        "/routes/crm/contacts?source=web",
        json=MARIA,
        headers=auth() | {"Cookie": "session=abc", "X-Api-Key": "caller-chosen"},
    )
    answer = await resp.json()
    assert resp.status == 201, answer
    [seen] = crm.seen
    assert seen.path == "/api/v2/contacts?source=web"
    stored = seen.json()
    for value in MARIA_PII:
        assert value not in seen.body.decode() and value not in json.dumps(answer)
    assert seen.headers["X-Api-Key"] == CRM_API_KEY  # the route's credential, not the caller's header
    assert "Authorization" not in seen.headers and "Cookie" not in seen.headers
    assert SERVICE_KEY not in json.dumps(seen.headers)
    assert stored["tier"] == "gold" and stored["name"].startswith("tok_person_")
    assert stored["notes"].startswith("tok_person_") and stored["notes"].endswith(" prefers calls after 5pm")
    # the phone token is the one webhooks carry for this customer: the CRM recognises her
    maria = await customer(vault, "393471234567")
    assert stored["phone"] == maria.phone_token
    [name] = await vault.reveal("default", [stored["name"]])
    assert name.value == "Maria Rossi" and name.subject == maria.subject  # type: ignore[union-attr]
    assert answer["stored"] == stored


async def test_tokenize_rules_need_the_grant(env) -> None:  # type: ignore[no-untyped-def]
    client, crm, _, _, _ = env
    resp = await client.post("/routes/crm/contacts", json=MARIA, headers=auth(RAW_KEY))
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "forbidden_entity"
    assert crm.seen == []


async def test_sink_use_is_bound_to_the_subject_and_echoes_come_back_tokenised(env) -> None:  # type: ignore[no-untyped-def]
    client, _, mailer, vault, tmp_path = env
    maria = await customer(vault, "393471234567")
    email = await maria.token(vault, "maria.rossi@example.com", "EMAIL_ADDRESS")
    name = await maria.token(vault, "Maria Rossi", "PERSON")
    mailer.behaviour = {
        "status": 202,
        "body": {
            "accepted": "maria.rossi@example.com",
            "link": "https://m.example/u?e=maria.rossi%40example.com",
            "json": json.dumps({"to": "Maria Rossi"}),
            "sms": "393471234567",
            "sms_plus": "+393471234567",
            "quoted": "Dear MARIA ROSSI",
        },
    }
    body = {
        "customer": maria.phone_token,
        "to": email,
        "body": f"Dear {name}, your order shipped.",
        "phone": maria.phone_token,
    }
    resp = await client.post("/routes/mailer", json=body, headers=auth())
    answer = await resp.json()
    assert resp.status == 202, answer
    sent = mailer.seen[-1].json()
    assert sent == {
        "customer": maria.phone_token,
        "to": "maria.rossi@example.com",
        "body": "Dear Maria Rossi, your order shipped.",
        "phone": "393471234567",
    }
    text = json.dumps(answer)
    for value in ["maria.rossi", "Maria Rossi", "MARIA ROSSI", "393471234567", "3471234567"]:
        assert value not in text, value
    assert answer["accepted"] == email and answer["sms_plus"] == maria.phone_token
    uses = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    uses = [e.get("entry", e) for e in uses if e.get("entry", e).get("action") == "use"]
    assert uses[-1]["subject"] == maria.subject and uses[-1]["purpose"] == "route:mailer"


async def test_sink_refuses_other_customers_and_ungranted_entities(env) -> None:  # type: ignore[no-untyped-def]
    client, _, mailer, vault, _ = env
    maria, luigi = await customer(vault, "393471234567"), await customer(vault, "393489876543")
    luigis_email = await luigi.token(vault, "luigi@example.com", "EMAIL_ADDRESS")
    resp = await client.post(
        "/routes/mailer", headers=auth(), json={"customer": maria.phone_token, "to": luigis_email, "body": "hi"}
    )
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "cross_subject_token"
    # no named customer: tokens of two customers in one request are refused too
    resp = await client.post(
        "/routes/mailer", headers=auth(), json={"to": luigis_email, "body": await maria.token(vault, "Maria", "PERSON")}
    )
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "cross_subject_token"
    iban = await maria.token(vault, "IT60X0542811101000000123456", "IBAN_CODE")
    resp = await client.post(
        "/routes/mailer",
        headers=auth(),
        json={"customer": maria.phone_token, "to": "x@example.com", "body": f"IBAN {iban}"},
    )
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "forbidden_entity"
    assert mailer.seen == []


async def test_detokenising_towards_a_readable_route_is_reveal(env) -> None:  # type: ignore[no-untyped-def]
    client, crm, _, vault, tmp_path = env
    maria = await customer(vault, "393471234567")
    name = await maria.token(vault, "Maria Rossi", "PERSON")
    resp = await client.post("/routes/lookup/search", json={"phone": maria.phone_token}, headers=auth())
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "forbidden_entity"  # crm: no reveal
    resp = await client.post("/routes/lookup/search", json={"phone": maria.phone_token}, headers=auth(OTHER_KEY))
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "purpose_not_allowed"
    assert crm.seen == []
    crm.behaviour = {"body": {"name": name, "phone": "393471234567"}}
    resp = await client.post(
        "/routes/lookup/search",
        json={"phone": maria.phone_token},
        headers=auth(OTHER_KEY) | {"X-Veil-Purpose": "support-callback"},
    )
    answer = await resp.json()
    assert resp.status == 200, answer
    assert crm.seen[-1].json() == {"phone": "393471234567"}
    assert answer == {"name": "Maria Rossi", "phone": maria.phone_token}  # reveal by rule; echo guarded
    reveals = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    reveals = [e.get("entry", e) for e in reveals if e.get("entry", e).get("action") == "reveal"]
    assert {r["purpose"] for r in reveals if r["outcome"] == "allowed"} == {"support-callback"}
    seen = len(crm.seen)
    for bad in ("suppört", "support callback", "x" * 65):  # checked as /v1's purpose: never cut or misread
        resp = await client.post(
            "/routes/lookup/search",
            json={"phone": maria.phone_token},
            headers=auth(OTHER_KEY) | {"X-Veil-Purpose": bad.encode().decode("latin-1")},
        )
        error = (await resp.json())["error"]
        assert resp.status == 400 and error["message"].startswith("header.X-Veil-Purpose:"), error
        assert bad not in error["message"]
    assert len(crm.seen) == seen


async def test_responses_are_scanned_unless_passthrough(env) -> None:  # type: ignore[no-untyped-def]
    client, crm, _, _, _ = env
    crm.behaviour = {"body": {"items": [{"note": "Call Maria Rossi at maria.rossi@example.com"}]}}
    resp = await client.post("/routes/crm/contacts/search", json={"phone": "+39 347 123 4567"}, headers=auth())
    answer = await resp.json()
    assert resp.status == 200, answer
    assert "Maria Rossi" not in json.dumps(answer) and "maria.rossi@example.com" not in json.dumps(answer)
    assert "tok_email_address_" in answer["items"][0]["note"]


async def raw_status(client: Any, target: str, method: str = "GET") -> int:
    """Send a request line byte for byte (an HTTP client would normalise the path first)."""
    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    writer.write(
        f"{method} {target} HTTP/1.1\r\nHost: veil\r\nAuthorization: Bearer {SERVICE_KEY}\r\n"
        "Content-Length: 0\r\nConnection: close\r\n\r\n".encode("latin-1")
    )
    await writer.drain()
    status = int((await reader.readline()).split()[1])
    writer.close()
    await writer.wait_closed()
    return status


@pytest.mark.parametrize(
    "remainder",
    [
        "@evil.example/x",
        "/@evil.example/x",
        "/%40evil.example",
        "//evil.example/x",
        "/%2F%2Fevil.example/x",
        "/../admin",
        "/%2e%2e/admin",
        "/%2E%2E/admin",
        "/.%2e/admin",
        "/a/../../admin",
        "/a%2f..%2f..%2fadmin",
        "/./x",
        "/a\\b",
        "/a%5Cb",
        "/http:%2F%2Fevil.example",
        "/https:evil.example",
        "/%252e%252e/admin",
        "/a%00b",
        "/a%0d%0aX-Injected:%201",
        "/a%09b",
        "/a%3Fx=1",
        "/a%23frag",
    ],
)
async def test_route_path_attacks_are_refused(env, remainder: str) -> None:  # type: ignore[no-untyped-def]
    client, crm, _, _, _ = env
    status = await raw_status(client, "/routes/crm" + remainder)
    # "/routes/crm@evil…" is not under the prefix at all (no segment boundary): no route, 404
    assert status == (404 if remainder.startswith("@") else 400), remainder
    assert crm.seen == []


async def test_routes_unknown_forbidden_or_wrong_method(env) -> None:  # type: ignore[no-untyped-def]
    client, crm, mailer, _, _ = env
    assert (await client.get("/routes/crm/contacts")).status == 401
    assert (await client.get("/routes/nope/x", headers=auth())).status == 404
    resp = await client.get("/routes/crm/contacts", headers=auth(OTHER_KEY))
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "route_not_allowed"
    assert (await client.get("/routes/mailer", headers=auth())).status == 405
    resp = await client.post("/routes/crm/contacts", data="phone=1", headers=auth() | {"Content-Type": "text/plain"})
    assert resp.status == 415
    assert crm.seen == [] and mailer.seen == []
    resp = await client.get("/routes/crm/contacts/42", headers=auth())  # a body-less GET passes
    assert resp.status == 201 and crm.seen[-1].path == "/api/v2/contacts/42"


async def test_route_redirects_are_not_followed(env, aiohttp_server: AiohttpServer) -> None:  # type: ignore[no-untyped-def]
    client, crm, _, _, _ = env
    evil = await start(aiohttp_server, "crm")
    crm.behaviour = {"redirect": evil.url + "/collect", "status": 307}
    resp = await client.post("/routes/crm/contacts", json=MARIA, headers=auth())
    assert resp.status == 502 and (await resp.json())["error"]["code"] == "upstream_redirect"
    assert evil.seen == []


async def test_an_upstreams_cookies_are_never_kept_nor_sent_again(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
) -> None:
    """The one client session is shared by every tenant and service: a cookie jar in it would
    carry one caller's upstream session into the next caller's requests."""
    graph = await start(aiohttp_server)
    crm, mailer = await start(aiohttp_server, "crm"), await start(aiohttp_server, "crm")
    crm.url = crm.url.replace("127.0.0.1", "localhost")  # a host name: a default jar would keep its cookies
    crm.behaviour = {"set_cookie": "from-the-crm"}
    settings = settings_for(
        redis7_url,
        tmp_path,
        graph,
        env={"VEIL_CRM_API_KEY": CRM_API_KEY},
        services=SERVICES,
        routes=routes(crm, mailer),
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    for _ in range(2):
        resp = await client.post("/routes/crm/contacts", json=MARIA, headers=auth())
        assert resp.status == 201 and "Set-Cookie" not in resp.headers
    assert [s.headers.get("Cookie") for s in crm.seen] == [None, None]


@pytest.mark.parametrize("places", [None, "all"])
async def test_a_scanned_field_follows_the_tenants_places(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    places: str | None,
) -> None:
    """A route's scanned text is read with the caller's tenant's `places`: a route's town stays in clear
    by default and is tokenised for a tenant with `places: all`."""
    graph = await start(aiohttp_server)
    crm, mailer = await start(aiohttp_server, "crm"), await start(aiohttp_server, "crm")
    tenant: dict[str, Any] = {"name": "default"} | ({"places": places} if places else {})
    settings = settings_for(
        redis7_url,
        tmp_path,
        graph,
        env={"VEIL_CRM_API_KEY": CRM_API_KEY},
        services=SERVICES,
        routes=routes(crm, mailer),
        tenants=[tenant],
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    notes = "Is the last train to York at 11?"
    resp = await client.post("/routes/crm/contacts", json=MARIA | {"notes": notes}, headers=auth())
    assert resp.status == 201, await resp.text()
    [seen] = crm.seen
    stored = seen.json()["notes"]
    if places is None:
        assert stored == notes
    else:
        assert "York" not in stored and "tok_location_" in stored
