"""The OpenAPI documents are served, and no input makes /v1 or /admin/v1 answer 500: random
JSON bodies (a seeded generator standing in for schemathesis, which is not installed here)
against every POST/PUT route, over real HTTP and Redis, with a valid key and session."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from proxy.server.openapi import admin_document
from tests.server.access_kit import CRM_KEY, access_settings, bearer, bootstrap, login
from tests.server.helpers import make_keys

ATOMS: list[Any] = [
    None,
    True,
    0,
    -1,
    2**63,
    1.5,
    "",
    "x",
    "tok_person_aaaaaaaaaaaaaaaaaaaaaaaaaa",
    "+393471234567",
    "QZ.12345678901234567890",
    "\x00",
    "é" * 300,
    "default",
    "acme",
    "PHONE_NUMBER",
    "*",
    "billing",
]
KEYS = [
    "values",
    "value",
    "entity",
    "subject",
    "text",
    "language",
    "tokens",
    "purpose",
    "tenant",
    "kind",
    "days",
    "version",
    "approval",
    "action",
    "params",
    "name",
    "password",
    "code",
    "older_than_days",
    "reveal",
    "use",
    "rate_limits",
    "scopes",
    "public_key",
]


def _value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.5:
        return rng.choice(ATOMS)
    if roll < 0.75:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(KEYS): _value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


async def test_no_input_makes_the_apis_answer_500(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public, admin = await aiohttp_client(apps.public), await aiohttp_client(apps.admin)
    doc = await (await public.get("/v1/openapi.json")).json()
    assert set(doc["paths"]) >= {"/v1/tokenize", "/v1/detokenize"}
    assert (await admin.get("/admin/v1/openapi.json")).status == 401
    session = await login(admin, "alice", await bootstrap(apps))
    assert (
        "/admin/v1/subjects/erase"
        in (await (await admin.get("/admin/v1/openapi.json", headers=session)).json())["paths"]
    )
    dry = await admin.post(
        "/admin/v1/recognizers/dry-run", headers=session, json={"text": "write to maria@example.com", "language": "en"}
    )
    assert "EMAIL_ADDRESS" in {s["entity"] for s in (await dry.json())["spans"]}
    rng = random.Random(6)
    routes = [
        (
            m,
            p.replace("{token}", "tok_person_aaaaaaaaaaaaaaaaaaaaaaaaaa")
            .replace("{name}", "crm")
            .replace("{id}", "abc"),
        )
        for p, ops in admin_document()["paths"].items()
        for m in ops
        if m in ("post", "put") and not p.endswith(("/login", "/restore", "/session/step-up"))
    ]
    for _ in range(8):
        for path in ("/v1/tokenize", "/v1/detokenize"):
            body = _value(rng) if rng.random() < 0.3 else {k: _value(rng) for k in rng.sample(KEYS[:8], 3)}
            resp = await public.post(path, json=body, headers=bearer(CRM_KEY))
            assert resp.status != 500 and resp.status < 600, (path, body, await resp.text())
        for method, path in routes:
            body = {k: _value(rng) for k in rng.sample(KEYS, 4)}
            resp = await admin.request(method.upper(), path, json=body, headers=session)
            assert resp.status != 500, (path, body, await resp.text())


async def test_json_nested_past_the_recursion_limit_is_a_bad_request(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """About 1,000 levels of nesting fit in 2 KB; json.loads raises RecursionError on them."""
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public, admin = await aiohttp_client(apps.public), await aiohttp_client(apps.admin)
    session = await login(admin, "alice", await bootstrap(apps))
    deep = b'{"values": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    headers = {"Content-Type": "application/json"}
    for path in ("/v1/tokenize", "/v1/detokenize"):
        resp = await public.post(path, data=deep, headers=headers | bearer(CRM_KEY))
        assert resp.status == 400 and (await resp.json())["error"]["code"] == "bad_request", path
    resp = await admin.post("/admin/v1/subjects/export", data=deep, headers=headers | session)
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "bad_request"
