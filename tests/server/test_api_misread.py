"""Values a fuzzer sent that once made Veil answer 500 or act on a value it misread: each is
now a 400 naming the field, before the vault is read or a rate limit charged, and a
wrong-typed tenant erases nothing (it was silently the default tenant)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from tests.server.access_kit import CRM_KEY, access_settings, bearer, bootstrap, login
from tests.server.helpers import make_keys

CRM = bearer(CRM_KEY)
SURROGATE = "\ud800"


async def _refused(client: TestClient, method: str, path: str, field: str, **kw: Any) -> None:
    resp = await client.request(method, path, **kw)
    assert resp.status == 400, (path, kw.get("json"), resp.status, await resp.text())
    error = (await resp.json())["error"]
    assert field in error["message"], (field, error)
    assert SURROGATE not in error["message"]


async def test_public_api_refuses_what_it_once_misread(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public = await aiohttp_client(apps.public)
    ok = await public.post(
        "/v1/tokenize", headers=CRM, json={"values": [{"value": "+39 347 123 4567", "entity": "PHONE_NUMBER"}]}
    )
    [subject] = (await ok.json())["tokens"]
    person = {"value": "Maria", "entity": "PERSON"}
    # An unhashable alias kind (a list or an object) was a TypeError.
    for kind in ([], {}, [1]):
        await _refused(
            public,
            "POST",
            "/v1/tokenize",
            "subject",
            headers=CRM,
            json={"subject": {"kind": kind, "value": "x"}, "values": [person]},
        )
    # A lone surrogate cannot be encoded: in a value, a subject, a token, a text, a purpose.
    await _refused(
        public,
        "POST",
        "/v1/tokenize",
        "values.0.value",
        headers=CRM,
        json={"subject": subject, "values": [{"value": "Ma" + SURROGATE, "entity": "PERSON"}]},
    )
    await _refused(
        public,
        "POST",
        "/v1/tokenize",
        "subject",
        headers=CRM,
        json={"subject": SURROGATE + "maria", "values": [person]},
    )
    await _refused(
        public,
        "POST",
        "/v1/tokenize",
        "subject",
        headers=CRM,
        json={"subject": {"kind": "username", "value": SURROGATE}, "values": [person]},
    )
    await _refused(
        public,
        "POST",
        "/v1/detokenize",
        "tokens.0",
        headers=CRM,
        json={"tokens": ["tok_person_" + SURROGATE], "purpose": "billing"},
    )
    await _refused(
        public, "POST", "/v1/detokenize", "text", headers=CRM, json={"text": "hi " + SURROGATE, "purpose": "billing"}
    )
    # Letters and digits that are not ASCII passed str.isalnum() and failed the audit's check.
    for purpose in ("suppört٣", "²³", "billing" + SURROGATE):
        await _refused(
            public, "POST", "/v1/detokenize", "purpose", headers=CRM, json={"tokens": [subject], "purpose": purpose}
        )
    # Meta's handshake keeps its plain-text protocol: parameters that do not fit are a 400 in text.
    for query in (
        {"hub.mode": "subscribe", "hub.verify_token": "verify-token", "hub.challenge": "c" * 65},
        {"hub.mode": "subscribe" * 3, "hub.verify_token": "verify-token", "hub.challenge": "abc"},
    ):
        shake = await public.get("/webhooks/whatsapp", params=query)
        assert shake.status == 400 and shake.content_type == "text/plain", (shake.status, await shake.text())
    ok = await public.get(
        "/webhooks/whatsapp",
        params={"hub.mode": "subscribe", "hub.verify_token": "verify-token", "hub.challenge": "abc"},
    )
    assert ok.status == 200 and await ok.text() == "abc"
    still = await public.post("/v1/detokenize", headers=CRM, json={"tokens": [subject], "purpose": "billing"})
    assert still.status == 200 and (await still.json())["results"][0]["value"] == "+39 347 123 4567"


async def test_admin_api_refuses_what_it_once_misread(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public, admin = await aiohttp_client(apps.public), await aiohttp_client(apps.admin)
    session = await login(admin, "alice", await bootstrap(apps))
    ok = await public.post(
        "/v1/tokenize", headers=CRM, json={"values": [{"value": "+39 347 123 4567", "entity": "PHONE_NUMBER"}]}
    )
    [token] = (await ok.json())["tokens"]

    # A wrong-typed tenant was the default tenant: the subject was erased.
    for tenant in ({"a": 1}, ["default"], 5, True, ""):
        await _refused(
            admin,
            "POST",
            "/admin/v1/subjects/erase",
            "tenant",
            headers=session,
            json={"tenant": tenant, "subject": token},
        )
        await _refused(
            admin,
            "PUT",
            "/admin/v1/retention",
            "tenant",
            headers=session,
            json={"tenant": tenant, "entity": "EMAIL_ADDRESS", "days": 30},
        )
    alive = await public.post("/v1/detokenize", headers=CRM, json={"tokens": [token], "purpose": "billing"})
    assert (await alive.json())["results"][0]["value"] == "+39 347 123 4567"
    assert (await (await admin.get("/admin/v1/retention", headers=session)).json())["by_entity"] == {}

    for days in (True, 10**30, -1, 1.5, "3"):
        await _refused(
            admin, "POST", "/admin/v1/vault/compact", "older_than_days", headers=session, json={"older_than_days": days}
        )
    # A routes grant that is not a list of route names was a TypeError.
    for use in ({"routes": {"x": 5}}, {"routes": [5]}, {"routes": "x"}):
        resp = await admin.put("/admin/v1/services/crm/policy", headers=session, json={"use": use})
        assert resp.status == 400, (use, await resp.text())
        assert "use" in (await resp.json())["error"]["message"]
    # An approval id of non-ASCII digits passed str.isalnum() and failed the audit's check.
    for approval in ("²³", "suppört٣"):
        resp = await admin.post(f"/admin/v1/approvals/{approval}/approve", headers=session)
        assert resp.status in (400, 404), (approval, await resp.text())
    await _refused(
        admin,
        "POST",
        "/admin/v1/subjects/export-bulk",
        "approval",
        headers=session,
        json={"tenant": "default", "approval": "²³"},
    )
    # A stream entry id past 64 bits was a Redis error (schemathesis found it).
    for path in ("/admin/v1/quarantine/6669:645-28954830454680443904", "/admin/v1/dlq/crm/0:1-99999999999999999999"):
        await _refused(admin, "GET", path, "letter", headers=session)
    # Past the listener's limit: 413 in the error shape, naming the body.
    big = await admin.post(
        "/admin/v1/subjects/erase",
        headers=session | {"Content-Type": "application/json"},
        data=io.BytesIO(b'{"subject": "' + b"x" * (1024 * 1024) + b'"}'),
    )
    error = (await big.json())["error"]
    assert big.status == 413 and error["message"].startswith("body:") and error["request_id"]
