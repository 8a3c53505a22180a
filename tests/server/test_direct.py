"""/v1/tokenize and /v1/detokenize over real HTTP and a real Redis: shapes and every error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from proxy.detection.detector import Detector
from proxy.server.app import Apps, create_apps
from tests.server.access_kit import ACME_KEY, CRM_KEY, MKT_KEY, access_settings, bearer
from tests.server.helpers import make_keys

PHONE = "+39 347 123 4567"
EMAIL = "maria.rossi@example.com"
IBAN = "IT60 X054 2811 1010 0000 0123 456"
CRM = bearer(CRM_KEY)


async def _start(
    aiohttp_client: AiohttpClient,
    redis_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    **kw: Any,
) -> tuple[Apps, TestClient]:
    apps = create_apps(
        access_settings(redis_url, tmp_path, **kw), make_keys(key_env), data_dir=tmp_path, detector=detector
    )
    return apps, await aiohttp_client(apps.public)


@pytest.fixture
def flushed(redis: Redis) -> None:
    """`redis_url` tests run on both servers: the `redis` fixture flushes the one in use."""


@pytest.fixture
def pii(pii_values: Any) -> None:
    pii_values.add(PHONE, EMAIL, IBAN, "Maria Rossi")


async def _tokens(
    client: TestClient, values: list[dict[str, str]], subject: Any = None, key: dict[str, str] = CRM
) -> list[str]:
    body: dict[str, Any] = {"values": values} | ({"subject": subject} if subject is not None else {})
    resp = await client.post("/v1/tokenize", json=body, headers=key)
    assert resp.status == 200, await resp.text()
    return list((await resp.json())["tokens"])


async def test_tokenize_then_detokenize_round_trip(
    aiohttp_client: AiohttpClient,
    redis_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii: None,
    flushed: None,
) -> None:
    apps, client = await _start(aiohttp_client, redis_url, key_env, tmp_path, detector)
    [wa] = await _tokens(client, [{"value": PHONE, "entity": "PHONE_NUMBER"}])
    assert wa.isdigit() and len(wa) == 15  # an identifier without subject: the wa_id shape, joins its subject
    assert await _tokens(client, [{"value": "+393471234567", "entity": "PHONE_NUMBER"}]) == [wa]
    email, iban, name = await _tokens(
        client,
        [
            {"value": EMAIL, "entity": "EMAIL_ADDRESS"},
            {"value": IBAN, "entity": "IBAN_CODE"},
            {"value": "Maria Rossi", "entity": "PERSON"},
        ],
        subject=wa,
    )
    assert email.startswith("tok_email_address_") and name.startswith("tok_person_")
    resp = await client.post(
        "/v1/detokenize",
        headers=CRM,
        json={
            "tokens": [wa, email, iban, name, "tok_person_aaaaaaaaaaaaaaaaaaaaaaaaaa", "hello"],
            "purpose": "support-callback",
        },
    )
    assert resp.status == 200
    assert (await resp.json())["results"] == [
        {"token": wa, "entity": "PHONE_NUMBER", "value": PHONE},
        {"token": email, "entity": "EMAIL_ADDRESS", "value": EMAIL},
        {"token": iban, "entity": "IBAN_CODE", "value": "**** **** **** **** **** ***3 456"},
        {"token": name, "error": "forbidden"},
        {"token": "tok_person_aaaaaaaaaaaaaaaaaaaaaaaaaa", "error": "malformed"},
        {"token": "hello", "error": "malformed"},
    ]
    # every reveal is audited with its purpose and subject; the denied one too
    lines = [json.loads(x) for x in (tmp_path / "audit.jsonl").read_text().splitlines()]
    reveals = [e for e in lines if e.get("action") in ("reveal", "mask")]
    assert {e["purpose"] for e in reveals} == {"support-callback"}
    assert {e["outcome"] for e in reveals} == {"allowed", "denied"}
    assert any(e["action"] == "tokenize" and e["actor"] == "crm" for e in lines)
    assert apps.runtime.metrics.render().count(b"veil_vault_reveals_total{") >= 2


async def test_unknown_and_foreign_tenant_tokens_are_indistinguishable(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii: None,
) -> None:
    _, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    [acme_wa] = await _tokens(client, [{"value": PHONE, "entity": "PHONE_NUMBER"}], key=bearer(ACME_KEY))
    [acme_mail] = await _tokens(
        client, [{"value": EMAIL, "entity": "EMAIL_ADDRESS"}], subject=acme_wa, key=bearer(ACME_KEY)
    )
    [own_wa] = await _tokens(client, [{"value": "+33 6 12 34 56 78", "entity": "PHONE_NUMBER"}])
    unknown = own_wa[:-2] + next(
        d + c for d in "0123456789" for c in "0123456789" if d + c != own_wa[-2:] and _damm_ok(own_wa[:-2] + d + c)
    )
    resp = await client.post(
        "/v1/detokenize", headers=CRM, json={"tokens": [acme_wa, acme_mail, unknown], "purpose": "billing"}
    )
    results = (await resp.json())["results"]
    assert results == [{"token": t, "error": "not_found"} for t in (acme_wa, acme_mail, unknown)]
    # the subject of another tenant cannot be named either
    resp = await client.post(
        "/v1/tokenize", headers=CRM, json={"values": [{"value": "Maria Rossi", "entity": "PERSON"}], "subject": acme_wa}
    )
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "unknown_subject"


def _damm_ok(digits: str) -> bool:
    from proxy.vault.tokens import damm

    return damm(digits) == 0


async def test_errors(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii: None,
) -> None:
    _, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    [wa] = await _tokens(client, [{"value": PHONE, "entity": "PHONE_NUMBER"}])

    async def error(path: str, body: Any, headers: dict[str, str] = CRM) -> tuple[int, str]:
        resp = await client.post(path, data=json.dumps(body), headers=headers | {"Content-Type": "application/json"})
        return resp.status, (await resp.json())["error"]["code"]

    assert await error("/v1/detokenize", {"tokens": [wa], "purpose": "x"}, {}) == (401, "unauthorized")
    assert await error("/v1/tokenize", {"values": []}, bearer(CRM_KEY[:-2] + "zz")) == (401, "unauthorized")
    assert await error("/v1/detokenize", {"tokens": [wa]}) == (400, "bad_request")  # purpose required
    assert await error("/v1/detokenize", {"tokens": [wa], "purpose": "marketing"}) == (403, "purpose_not_allowed")
    assert await error("/v1/detokenize", {"tokens": "nope", "purpose": "billing"}) == (400, "bad_request")
    assert await error("/v1/tokenize", ["not", "an", "object"]) == (400, "bad_request")
    assert await error("/v1/tokenize", {"values": [{"value": "Maria Rossi", "entity": "PERSON"}]}) == (
        400,
        "subject_required",
    )
    assert await error("/v1/tokenize", {"values": [{"value": "x", "entity": "lower"}], "subject": wa}) == (
        400,
        "bad_request",
    )
    assert await error(
        "/v1/tokenize", {"values": [{"value": "Maria", "entity": "PERSON"}], "subject": wa}, bearer(MKT_KEY)
    ) == (403, "forbidden_entity")
    assert await error(
        "/v1/tokenize",
        {"values": [{"value": "Maria", "entity": "PERSON"}], "subject": "tok_person_zzzzzzzzzzzzzzzzzzzzzzzzzz"},
    ) == (400, "unknown_subject")
    assert await error("/v1/tokenize", {"text": "hi", "subject": wa}, bearer(MKT_KEY)) == (403, "forbidden_entity")
    assert await error("/v1/tokenize", {"text": "hi", "subject": wa, "language": "xx"}) == (400, "unsupported_language")
    resp = await client.post("/v1/detokenize", data=b"{not json", headers=CRM)
    assert resp.status == 400


async def test_text_modes(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii: None,
) -> None:
    _, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    [wa] = await _tokens(client, [{"value": PHONE, "entity": "PHONE_NUMBER"}])
    text = f"Please write to {EMAIL} today"
    resp = await client.post("/v1/tokenize", headers=CRM, json={"text": text, "language": "en", "subject": wa})
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert EMAIL not in body["text"]
    [span] = [e for e in body["entities"] if e["entity"] == "EMAIL_ADDRESS"]
    assert body["text"][span["start"] : span["end"]] == span["token"]
    name = (await _tokens(client, [{"value": "Maria Rossi", "entity": "PERSON"}], subject=wa))[0]
    resp = await client.post(
        "/v1/detokenize", headers=CRM, json={"text": f"{body['text']} from {name}", "purpose": "billing"}
    )
    assert (await resp.json())["text"] == f"{text} from {name}"  # PERSON is not revealable: left as a token


async def test_rate_limit_answers_429_with_retry_after(
    aiohttp_client: AiohttpClient,
    redis_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii: None,
    flushed: None,
) -> None:
    _, client = await _start(
        aiohttp_client,
        redis_url,
        key_env,
        tmp_path,
        detector,
        crm={"rate_limits": {"tokenize": {"per_minute": 3}, "detokenize": {"per_day": 2}}},
    )
    wa = (await _tokens(client, [{"value": PHONE, "entity": "PHONE_NUMBER"}]))[0]
    await _tokens(
        client,
        [{"value": "a@b.example", "entity": "EMAIL_ADDRESS"}, {"value": "c@d.example", "entity": "EMAIL_ADDRESS"}],
        subject=wa,
    )
    resp = await client.post(
        "/v1/tokenize",
        headers=CRM,
        json={"values": [{"value": "e@f.example", "entity": "EMAIL_ADDRESS"}], "subject": wa},
    )
    assert resp.status == 429
    assert 1 <= int(resp.headers["Retry-After"]) <= 60
    assert (await resp.json())["error"]["code"] == "rate_limited"
    ok = await client.post("/v1/detokenize", headers=CRM, json={"tokens": [wa, wa], "purpose": "billing"})
    assert ok.status == 200
    resp = await client.post("/v1/detokenize", headers=CRM, json={"tokens": [wa], "purpose": "billing"})
    assert resp.status == 429 and int(resp.headers["Retry-After"]) > 60  # the day window


async def test_reveal_refused_when_the_audit_cannot_be_written(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii: None,
) -> None:
    apps, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    [wa] = await _tokens(client, [{"value": PHONE, "entity": "PHONE_NUMBER"}])
    redis = Redis.from_url(redis7_url)
    await redis.delete(f"audit:{{{apps.runtime.audit.writer_id}}}")
    await redis.set(f"audit:{{{apps.runtime.audit.writer_id}}}", "not a stream")  # XADD now fails
    resp = await client.post("/v1/detokenize", headers=CRM, json={"tokens": [wa], "purpose": "billing"})
    await redis.aclose()
    assert resp.status == 503
    assert (await resp.json())["error"]["code"] == "audit_unavailable"
    assert "347" not in await resp.text()


async def test_two_service_keys_both_work_while_rotating(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    from proxy.config import parse_settings
    from tests.server.access_kit import ENV

    new_key = "veil_sk_crm1next_ZYXWVUTSRQPONMLKJIHGFEDCBA98765"
    raw = {
        "vault": {"url": redis7_url},
        "audit": {"sink": str(tmp_path / "audit.jsonl")},
        "services": [
            {
                "name": "crm",
                "api_key_env": "VEIL_SVC_CRM_KEY",
                "tokenize": ["PHONE_NUMBER"],
                "identify": ["PHONE_NUMBER"],
                "create_subjects": True,
            }
        ],
    }
    settings = parse_settings(raw, ENV | {"VEIL_SVC_CRM_KEY": f"{CRM_KEY},{new_key}"})
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    for key in (CRM_KEY, new_key):
        assert await _tokens(client, [{"value": "+33 6 12 34 56 78", "entity": "PHONE_NUMBER"}], key=bearer(key))


ITALIAN = "Buongiorno, la partita IVA che vi ho dato è sempre la stessa di prima: 12345678903"


async def _text_entities(client: TestClient, subject: str, **extra: str) -> set[str]:
    resp = await client.post("/v1/tokenize", headers=CRM, json={"text": ITALIAN, "subject": subject} | extra)
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    return {e["entity"] for e in body["entities"]}


async def test_text_mode_identifies_the_language_unless_one_is_given(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii: None,
) -> None:
    """The tenant speaks English (the default); an Italian text without a language is analysed
    in Italian (its partita IVA found through Italian stop words); a language given wins."""
    _, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    [wa] = await _tokens(client, [{"value": PHONE, "entity": "PHONE_NUMBER"}])
    assert await _text_entities(client, wa) == {"IT_VAT_CODE"}
    assert await _text_entities(client, wa, language="en") == set()
    assert await _text_entities(client, wa, language="it") == {"IT_VAT_CODE"}


async def test_text_mode_of_a_tenant_that_turned_identification_off(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii: None,
) -> None:
    tenants = [{"name": "default", "identify_language": False}, {"name": "acme"}]
    _, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector, tenants=tenants)
    [wa] = await _tokens(client, [{"value": PHONE, "entity": "PHONE_NUMBER"}])
    assert await _text_entities(client, wa) == set()  # the tenant's English, as before
    assert await _text_entities(client, wa, language="it") == {"IT_VAT_CODE"}


async def test_every_single_substitution_and_transposition_is_malformed(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii: None,
) -> None:
    """A typo in a token is named as one (`malformed`), never taken for another token that
    merely does not exist: the first check let one change in 32 through as `not_found`."""
    _, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    [wa] = await _tokens(client, [{"value": PHONE, "entity": "PHONE_NUMBER"}])
    [email] = await _tokens(client, [{"value": EMAIL, "entity": "EMAIL_ADDRESS"}], subject=wa)
    body = email.rsplit("_", 1)[1]
    head = email[: -len(body)]
    mangled = [
        head + body[:i] + ch + body[i + 1 :]
        for i in range(len(body))
        for ch in "abcdefghijklmnopqrstuvwxyz234567"
        if ch != body[i]
    ]
    mangled += [
        head + body[:i] + body[i + 1] + body[i] + body[i + 2 :] for i in range(len(body) - 1) if body[i] != body[i + 1]
    ]
    assert len(mangled) >= 806
    resp = await client.post(
        "/v1/detokenize", headers=CRM, json={"tokens": [email, *mangled], "purpose": "support-callback"}
    )
    assert resp.status == 200, await resp.text()
    results = (await resp.json())["results"]
    assert results[0] == {"token": email, "entity": "EMAIL_ADDRESS", "value": EMAIL}
    slipped = [r for r in results[1:] if r.get("error") != "malformed"]
    assert slipped == []


async def test_text_mode_reads_national_phones_of_the_business_country(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii: None,
) -> None:
    """No phone_regions anywhere: a French shop's number makes French national forms phones
    in an English text (English names no country of its own). No phone word in the text: one
    ("call me on") makes any phone-shaped run a phone, region or not."""
    text = "you can reach me at 06 82 23 77 45 tomorrow"
    found = []
    for numbers in ([], ["+33 1 23 45 67 89"]):
        tenants = [{"name": "default", "display_numbers": numbers}, {"name": "acme"}]
        _, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector, tenants=tenants)
        [wa] = await _tokens(client, [{"value": PHONE, "entity": "PHONE_NUMBER"}])
        resp = await client.post("/v1/tokenize", headers=CRM, json={"text": text, "subject": wa})
        assert resp.status == 200, await resp.text()
        found.append({e["entity"] for e in (await resp.json())["entities"]})
    assert found == [set(), {"PHONE_NUMBER"}]
