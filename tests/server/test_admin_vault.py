"""The admin API's vault endpoints answer a rule or policy that does not fit as a 400 under
the endpoint's own code (`invalid_retention`, `invalid_policy`), each problem named."""

from __future__ import annotations

from pathlib import Path

from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.server.app import create_apps
from proxy.vault.subjects import Alias
from proxy.vault.vault import TokenizeRequest
from tests.server.access_kit import access_settings, bootstrap, login
from tests.server.helpers import make_keys


async def test_a_rule_or_policy_that_does_not_fit_is_400_under_the_endpoints_code(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    await aiohttp_client(apps.public)
    admin = await aiohttp_client(apps.admin)
    session = await login(admin, "alice", await bootstrap(apps))

    too_long = await admin.put("/admin/v1/retention", headers=session, json={"entity": "EMAIL_ADDRESS", "days": 900})
    assert too_long.status == 400
    error = (await too_long.json())["error"]
    assert error["code"] == "invalid_retention" and error["message"].startswith("days: between 1 and")
    bad_entity = await admin.put("/admin/v1/retention", headers=session, json={"entity": "email", "days": 1})
    assert (await bad_entity.json())["error"]["code"] == "invalid_retention"

    policy = await admin.put("/admin/v1/services/crm/policy", headers=session, json={"grant_everything": True})
    assert policy.status == 400
    assert (await policy.json())["error"] == {
        "code": "invalid_policy",
        "message": "grant_everything: not a policy field",
        "request_id": policy.headers["X-Request-Id"],
    }


async def test_a_json_boolean_is_not_a_number_of_days(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """JSON `true` is a Python int: stored as "True", it made every later retention read answer 500."""
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    await aiohttp_client(apps.public)
    admin = await aiohttp_client(apps.admin)
    session = await login(admin, "alice", await bootstrap(apps))
    for body in ({"entity": "EMAIL_ADDRESS", "days": True}, {"entity": "EMAIL_ADDRESS", "days": False}):
        resp = await admin.put("/admin/v1/retention", headers=session, json=body)
        assert resp.status == 400 and (await resp.json())["error"]["code"] == "bad_request"
    assert (await admin.get("/admin/v1/retention", headers=session)).status == 200
    ok = await admin.put("/admin/v1/retention", headers=session, json={"entity": "EMAIL_ADDRESS", "days": 30})
    assert ok.status == 200 and (await ok.json())["by_entity"] == {"EMAIL_ADDRESS": 30}
    compact = await admin.post("/admin/v1/vault/compact", headers=session, json={"older_than_days": True})
    assert compact.status == 400


async def test_stats_read_the_kept_counts_and_recount_corrects_them(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """`GET /stats` answers from the counts kept on write (a record written behind the
    vault's back is not in them); `POST /vault/recount` counts key by key and corrects them."""
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    await aiohttp_client(apps.public)
    admin = await aiohttp_client(apps.admin)
    session = await login(admin, "alice", await bootstrap(apps))
    rt = apps.runtime
    subject = (await rt.vault.subjects.resolve("default", [Alias("wa_id", "16505551234")])).subject
    await rt.vault.tokenize("default", [TokenizeRequest("Maria Rossi", "PERSON", subject)])
    first = (await (await admin.get("/admin/v1/stats?tenant=default", headers=session)).json())["tenants"]["default"]
    assert (first["tokens"], first["subjects"], first["entity:PERSON"]) == (1, 1, 1)
    assert first["counted_at"].endswith("Z")  # ISO 8601 UTC, as every time the admin API answers

    await rt.redis.hset(keyspace.token_record("default", "aaa", "tok_person_aaa"), mapping={"e": "PERSON"})
    again = (await (await admin.get("/admin/v1/stats?tenant=default", headers=session)).json())["tenants"]["default"]
    assert again["tokens"] == 1
    resp = await admin.post("/admin/v1/vault/recount", headers=session, json={"tenant": "default"})
    assert resp.status == 200
    assert (await resp.json())["tenants"]["default"]["tokens"] == 2
    after = (await (await admin.get("/admin/v1/stats?tenant=default", headers=session)).json())["tenants"]["default"]
    assert (after["tokens"], after["entity:PERSON"]) == (2, 2)
