"""Faults during a steady stream of signed webhooks, Veil in this process over real HTTP:
Redis killed and restarted (AOF, `appendfsync always`), a subscriber down then back, a
detector worker process killed. Every event Meta got a 200 for reaches the subscriber;
events answered 5xx (or not at all) are the only ones Meta resent; `/readyz` says 503
while Redis is down and 200 once it is back.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from pytest_aiohttp import AiohttpServer

from proxy.detection.detector import Detector, PresidioDetector
from proxy.detection.settings import DetectionSettings
from proxy.kv import keyspace
from proxy.server.app import create_apps
from tests.faults.harness import MetaSender, Subscriber, check_no_loss, wait_delivered
from tests.inbound.harness import settings_for, subscriber
from tests.redis_servers import RedisProcess, debian_redis_server
from tests.server.helpers import make_keys

# redis-py drops connections to a killed server without closing their sockets (a GC-time ResourceWarning, made an error
# by filterwarnings=error, can even surface as a SystemError inside pytest's assertion rewriter)
pytestmark = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore:Exception ignored in.*:pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture
def durable_redis() -> Iterator[RedisProcess]:
    server = RedisProcess(debian_redis_server(), args=("--appendonly", "yes", "--appendfsync", "always")).start()
    yield server
    server.stop()


async def _status(session: aiohttp.ClientSession, url: str) -> int:
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
            return resp.status
    except (aiohttp.ClientError, TimeoutError):
        return 0


async def _until(session: aiohttp.ClientSession, url: str, status: int, seconds: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if await _status(session, url) == status:
            return time.monotonic() - start
        await asyncio.sleep(0.1)
    raise AssertionError(f"{url} never answered {status}")


async def _quarantined(redis: object, shards: int) -> int:
    total = 0
    for shard in range(shards):
        total += int(await redis.xlen(keyspace.ingress_quarantine("default", shard)))  # type: ignore[attr-defined]
    return total


@pytest.mark.timeout(120)
async def test_redis_restart_and_subscriber_outage_lose_nothing(
    durable_redis: RedisProcess,
    aiohttp_server: AiohttpServer,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
) -> None:
    crm = Subscriber()
    await crm.up()
    settings = settings_for(durable_redis.url, tmp_path, [subscriber("crm", crm.url)])
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.public)
    readyz = str(server.make_url("/readyz"))
    meta = MetaSender(str(server.make_url("/webhooks/whatsapp")))
    async with aiohttp.ClientSession() as probe:
        assert await _status(probe, readyz) == 200
        stream = asyncio.create_task(meta.stream(count=150, rate=25))
        await asyncio.sleep(1.0)
        await crm.down()  # deliveries fail and back off; ingress keeps acknowledging
        await asyncio.sleep(1.5)
        assert durable_redis.proc is not None
        durable_redis.proc.kill()  # SIGKILL: only what AOF fsynced (everything acknowledged) survives
        durable_redis.proc.wait()
        durable_redis.proc = None
        assert await _status(probe, readyz) == 503
        await asyncio.sleep(1.0)
        await crm.up()
        await asyncio.to_thread(durable_redis.start)
        recovered_s = await _until(probe, readyz, 200, 15)
        await asyncio.wait_for(stream, timeout=60)
        await wait_delivered(meta.acked, [crm], timeout=30)
        report = check_no_loss(meta, [crm], max_duplicates=16)  # only deliveries in flight at the kill
        assert len(meta.acked) == 150 and report["resent"] > 0, report
        assert any(0 in a or 503 in a for a in meta.resent().values())
        assert await _quarantined(apps.runtime.redis, settings.ingress.shards) == 0
        assert recovered_s < 15
    await crm.down()


@pytest.mark.timeout(120)
async def test_killed_detector_process_is_replaced_and_nothing_is_lost(
    redis7_url: str, aiohttp_server: AiohttpServer, key_env: dict[str, str], tmp_path: Path
) -> None:
    crm = Subscriber()
    await crm.up()
    # A real process pool, started twice (the replacement after the kill): English alone (the stream and
    # the last check are English) since what is under test is the replacement and the stream, not the
    # other five languages' models, which would take most of each start.
    presidio = await PresidioDetector.start(
        DetectionSettings.model_validate({"workers": 1, "languages": ["en"], "default_language": "en"})
    )
    try:
        settings = settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)])
        apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=presidio)
        server = await aiohttp_server(apps.public)
        meta = MetaSender(str(server.make_url("/webhooks/whatsapp")))
        stream = asyncio.create_task(meta.stream(count=80, rate=20))
        await asyncio.sleep(1.0)
        first = list(presidio._pool._processes)  # noqa: SLF001 - the fault: kill a real worker process
        for pid in first:
            os.kill(pid, signal.SIGKILL)
        await asyncio.wait_for(stream, timeout=60)
        await wait_delivered(meta.acked, [crm], timeout=45)
        check_no_loss(meta, [crm], max_duplicates=0)  # a detector crash never duplicates
        assert meta.resent() == {}  # ingress never needs the detector: Meta saw only 200s
        assert await _quarantined(apps.runtime.redis, settings.ingress.shards) == 0
        assert set(presidio._pool._processes).isdisjoint(first)  # noqa: SLF001 - a fresh pool serves
        assert await presidio.detect(["Call John Smith"], language="en")
    finally:
        await presidio.close()
        await crm.down()
