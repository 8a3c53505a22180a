"""The admin side of the access guard over real HTTP: list and lift blocks (audited,
step-up), plant a honey decoy whose tokens then alert, and a policy changed through the
admin API that keeps the config's ceilings."""

from __future__ import annotations

from pathlib import Path

from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.server.app import Apps, create_apps
from tests.server.access_kit import CRM_KEY, access_settings, add_admin, bearer, bootstrap, login
from tests.server.helpers import make_keys

CEILINGS = {"reveal": {"PHONE_NUMBER": {"per_minute": 1}}, "block": True}


async def _apps(
    aiohttp_client: AiohttpClient, url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> tuple[Apps, TestClient, TestClient]:
    apps = create_apps(
        access_settings(url, tmp_path, crm={"ceilings": CEILINGS}),
        make_keys(key_env),
        data_dir=tmp_path,
        detector=detector,
    )
    return apps, await aiohttp_client(apps.admin), await aiohttp_client(apps.public)


async def _phone_token(public: TestClient) -> str:
    resp = await public.post(
        "/v1/tokenize",
        headers=bearer(CRM_KEY),
        json={"values": [{"value": "+39 347 123 4567", "entity": "PHONE_NUMBER"}]},
    )
    [token] = (await resp.json())["tokens"]
    return str(token)


async def _reveal(public: TestClient, tokens: list[str]) -> tuple[int, dict[str, object]]:
    resp = await public.post("/v1/detokenize", headers=bearer(CRM_KEY), json={"tokens": tokens, "purpose": "billing"})
    return resp.status, await resp.json()


async def test_blocks_are_listed_and_lifted_and_decoys_alert(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps, admin, public = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    session = await login(admin, "alice", await bootstrap(apps))
    token = await _phone_token(public)
    assert (await _reveal(public, [token]))[0] == 200
    status, answer = await _reveal(public, [token])
    assert status == 403 and answer["error"]["code"] == "ceiling_exceeded"  # type: ignore[index]
    listing = await (await admin.get("/admin/v1/blocks", headers=session)).json()
    assert listing == {"blocks": [{"service": "crm", "tenant": "default", "reason": "ceiling_exceeded"}]}
    # an admin of another tenant sees nothing and may not lift it
    bob = await login(admin, "bob", await add_admin(apps, "bob", tenant="acme"))
    assert await (await admin.get("/admin/v1/blocks", headers=bob)).json() == {"blocks": []}
    resp = await admin.post("/admin/v1/services/crm/unblock", headers=bob)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "tenant_forbidden"
    resp = await admin.post("/admin/v1/services/crm/unblock", headers=session)
    assert resp.status == 200 and await resp.json() == {"service": "crm", "lifted": True}
    assert await (await admin.get("/admin/v1/blocks", headers=session)).json() == {"blocks": []}
    assert '"action":"service_unblock"' in (tmp_path / "audit.jsonl").read_text()
    # a decoy planted through the API: any reveal of its tokens is refused (and blocks, per policy)
    resp = await admin.post("/admin/v1/honey/decoys", json={"tenant": "acme"}, headers=session)
    assert resp.status == 201
    resp = await admin.post("/admin/v1/honey/decoys", json={"tenant": "nope"}, headers=session)
    assert resp.status == 400
    resp = await admin.post("/admin/v1/honey/decoys", json={}, headers=session)
    assert resp.status == 201
    decoy = await resp.json()
    assert decoy["tenant"] == "default" and decoy["wa_id"] in decoy["tokens"]
    honey = await (await admin.get("/admin/v1/honey?tenant=default", headers=session)).json()
    assert set(honey["tokens"]) == set(decoy["tokens"])
    status, answer = await _reveal(public, [decoy["wa_id"]])
    assert status == 403 and answer["error"]["code"] == "forbidden"  # type: ignore[index]
    assert '"action":"honey_plant"' in (tmp_path / "audit.jsonl").read_text()


async def test_a_policy_changed_through_the_api_keeps_its_ceilings(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps, admin, public = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    session = await login(admin, "alice", await bootstrap(apps))
    policy = {
        "reveal": ["PHONE_NUMBER"],
        "tokenize": ["*"],
        "identify": ["PHONE_NUMBER"],
        "create_subjects": True,
        "purposes": ["billing"],
    }
    resp = await admin.put("/admin/v1/services/crm/policy", json=policy, headers=session)
    assert resp.status == 200, await resp.text()
    shown = (await resp.json())["policy"]["ceilings"]
    assert shown["reveal"]["PHONE_NUMBER"]["per_minute"] == 1 and shown["block"] is True
    token = await _phone_token(public)
    assert (await _reveal(public, [token]))[0] == 200
    assert (await _reveal(public, [token]))[0] == 403  # the config's ceiling still holds
    # an explicit ceilings field replaces them
    resp = await admin.put(
        "/admin/v1/services/crm/policy",
        json=policy | {"ceilings": {"reveal": {"PHONE_NUMBER": {"per_minute": 50}}}},
        headers=session,
    )
    assert resp.status == 200
    assert (await resp.json())["policy"]["ceilings"]["block"] is False
    assert (await admin.post("/admin/v1/services/crm/unblock", headers=session)).status == 200
    assert (await _reveal(public, [token]))[0] == 200
    bad = await admin.put(
        "/admin/v1/services/crm/policy", json=policy | {"ceilings": {"reveal": {"lower": {}}}}, headers=session
    )
    assert bad.status == 400 and (await bad.json())["error"]["code"] == "invalid_policy"
