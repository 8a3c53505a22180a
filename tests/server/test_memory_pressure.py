"""Redis at `maxmemory` (noeviction): every path answers 503 with Retry-After, never a
500, and a webhook is refused (so Meta retries) rather than acknowledged unstored; once
memory is freed the same requests succeed again. A dedicated redis-server: the session's
is shared with other tests."""

from __future__ import annotations

import json
from pathlib import Path

import redis
from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from tests.inbound.harness import sign, text_message
from tests.redis_servers import RedisProcess, debian_redis_server
from tests.server.access_kit import CRM_KEY, access_settings, bearer
from tests.server.helpers import make_keys

CRM = bearer(CRM_KEY)
FILLER = "filler"


def _fill(client: redis.Redis) -> None:
    """Fill 4 MB, then cap maxmemory 2 MB below what is used: Redis refuses every write."""
    chunk = "x" * 64 * 1024
    for i in range(64):
        client.hset(FILLER, str(i), chunk)
    used = int(client.info("memory")["used_memory"])
    client.config_set("maxmemory", str(used - 2 * 1024 * 1024))
    try:
        client.set("probe", "1")
    except redis.exceptions.OutOfMemoryError:
        return
    raise AssertionError("Redis did not refuse a write")


def _free(client: redis.Redis) -> None:
    """Free the filler: well under maxmemory again (the limit stays)."""
    client.delete(FILLER)


async def test_redis_out_of_memory_is_503_with_retry_after_then_served_again(
    aiohttp_client: AiohttpClient, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    own = RedisProcess(debian_redis_server()).start()
    try:
        number = text_message("wamid.x")["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"]
        tenants = [{"name": "default", "phone_number_ids": [number]}, {"name": "acme"}]  # sealed, not quarantined
        apps = create_apps(
            access_settings(own.url, tmp_path, tenants=tenants),
            make_keys(key_env),
            data_dir=tmp_path,
            detector=detector,
        )
        public = await aiohttp_client(apps.public)
        resp = await public.post(
            "/v1/tokenize", headers=CRM, json={"values": [{"value": "+39 347 123 0000", "entity": "PHONE_NUMBER"}]}
        )
        assert resp.status == 200, await resp.text()
        [known] = (await resp.json())["tokens"]
        with redis.Redis.from_url(own.url) as client:
            _fill(client)

            async def attempts(n: int) -> list[tuple[int, str | None, str]]:
                tokenize = await public.post(
                    "/v1/tokenize",
                    headers=CRM,
                    json={"values": [{"value": f"+39 347 123 {n:04d}", "entity": "PHONE_NUMBER"}]},
                )
                detokenize = await public.post(
                    "/v1/detokenize", headers=CRM, json={"tokens": [known], "purpose": "billing"}
                )
                raw = json.dumps(text_message(f"wamid.oom{n}")).encode()
                webhook = await public.post(
                    "/webhooks/whatsapp",
                    data=raw,
                    headers={"X-Hub-Signature-256": sign(raw), "Content-Type": "application/json"},
                )
                return [
                    (r.status, r.headers.get("Retry-After"), await r.text()) for r in (tokenize, detokenize, webhook)
                ]

            for n in range(1, 4):
                for status, retry_after, body in await attempts(n):
                    assert status == 503, body
                    assert retry_after is not None and int(retry_after) >= 1, body
                    assert "internal_error" not in body
            _free(client)
            served = await attempts(9)
            for status, _, body in served:
                assert status == 200, body
            assert json.loads(served[2][2])["stored"] == 1  # the webhook sealed once memory was freed
    finally:
        own.stop()
