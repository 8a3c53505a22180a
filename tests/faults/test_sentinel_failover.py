"""Sentinel failover during a steady stream of signed webhooks, `wait_replicas: 1`.

Meta (a real HTTP client) posts at a steady rate; the master is SIGKILLed mid-stream.
Until the sentinels promote the replica, and again until the old master is back as the
new master's replica (WAIT needs one), Veil answers 503 and Meta resends. Every event
Meta got a 200 for must reach the subscriber; only events answered 5xx (or not at all)
were resent. Long-ish (~15 s): it waits for a real failover.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from pytest_aiohttp import AiohttpServer

from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.server.app import create_apps
from tests.faults.harness import MetaSender, Subscriber, check_no_loss, text_event, wait_delivered
from tests.inbound.harness import APP_SECRET, settings_for, sign, subscriber
from tests.redis_topologies import SentinelSet, _cli, _wait
from tests.server.helpers import make_keys

# redis-py drops connections to the killed master without closing their sockets (a GC-time
# ResourceWarning, made an error by filterwarnings=error, can even surface as a SystemError
# inside pytest's assertion rewriter)
pytestmark = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore:Exception ignored in.*:pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture(autouse=True)
def _collect_dropped_sockets() -> Iterator[None]:
    """Collect the sockets redis-py dropped here while this module's warning filters apply,
    not at some later test's garbage collection, where they would fail it."""
    yield
    gc.collect()


@pytest.fixture
def sentinels() -> Iterator[SentinelSet]:
    topology = SentinelSet.start()
    yield topology
    topology.stop()


async def _readyz(url: str) -> int:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status


@pytest.mark.timeout(120)
async def test_failover_mid_stream_loses_no_acknowledged_event(
    sentinels: SentinelSet, aiohttp_server: AiohttpServer, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    crm = Subscriber()
    await crm.up()
    settings = settings_for(
        sentinels.url,
        tmp_path,
        [subscriber("crm", crm.url)],
        vault={"url": sentinels.url, "wait_replicas": 1, "wait_timeout_ms": 300},
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.public)
    meta = MetaSender(str(server.make_url("/webhooks/whatsapp")))
    readyz = str(server.make_url("/readyz"))
    assert await _readyz(readyz) == 200
    stream = asyncio.create_task(meta.stream(count=150, rate=25))
    await asyncio.sleep(1.5)
    old_port = sentinels.master.port
    sentinels.master.kill()  # no shutdown save: only what the replica confirmed survives
    deadline = time.monotonic() + 30
    while sentinels.current_master_port() == old_port and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    assert sentinels.current_master_port() == sentinels.replica.port, "sentinels did not fail over"
    await asyncio.sleep(1.0)  # the new master alone: WAIT cannot be satisfied, so 503s
    lonely = [a for a in meta.answers.values() if 503 in a]
    sentinels.master.args = (*sentinels.master.args, "--replicaof", "127.0.0.1", str(sentinels.replica.port))
    await asyncio.to_thread(sentinels.master.start)
    await asyncio.to_thread(
        _wait, lambda: "master_link_status:up" in _info(sentinels.master.port), 20, "old master to resync as a replica"
    )
    await asyncio.wait_for(stream, timeout=60)
    await wait_delivered(meta.acked, [crm], timeout=30)
    report = check_no_loss(meta, [crm], max_duplicates=8)  # only deliveries in flight at the kill
    assert len(meta.acked) == 150 and lonely, report
    assert report["resent"] > 0  # the faults really hit acknowledged traffic's neighbours
    assert await _readyz(readyz) == 200
    await crm.down()


def _info(port: int) -> str:
    from tests.redis_topologies import _cli

    return _cli(port, "info", "replication")


@pytest.mark.timeout(90)
async def test_readyz_follows_the_current_master_through_a_failover(
    sentinels: SentinelSet, aiohttp_server: AiohttpServer, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """`/readyz` is 503 on every probe from the master's SIGKILL until the sentinels have
    promoted its replica, then 200 from the promoted master; the old master started again
    on its own (a master still, with nothing of what was written since) changes nothing:
    readiness and writes follow the sentinels' current master, not a stale one."""
    settings = settings_for(sentinels.url, tmp_path, [], vault={"url": sentinels.url})
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.public)
    readyz = str(server.make_url("/readyz"))
    assert await _readyz(readyz) == 200
    old_port = sentinels.master.port
    sentinels.master.kill()
    probes: list[tuple[int, bool]] = []  # (status, the replica was a master by the probe's end)
    deadline = time.monotonic() + 30
    while not probes or probes[-1][0] != 200:
        assert time.monotonic() < deadline, probes[-5:]
        status = await _readyz(readyz)
        probes.append((status, "role:master" in _info(sentinels.replica.port)))
        await asyncio.sleep(0.1)
    assert sentinels.current_master_port() != old_port
    assert all(status == 503 for status, _ in probes[:-1]) and probes[-1][1], probes
    assert sum(1 for status, _ in probes if status == 503) >= 5, probes  # the promotion takes > 1 s

    await asyncio.to_thread(sentinels.master.start)  # a stale master: up, and a master
    await asyncio.sleep(1.0)
    for _ in range(5):
        assert await _readyz(readyz) == 200
    async with aiohttp.ClientSession() as session:  # a write goes to the current master
        raw = text_event(1, 1)
        async with session.post(
            str(server.make_url("/webhooks/whatsapp")),
            data=raw,
            headers={"X-Hub-Signature-256": sign(raw, APP_SECRET), "Content-Type": "application/json"},
        ) as resp:
            assert resp.status == 200, await resp.text()
    streams = [keyspace.ingress_stream("default", shard) for shard in range(settings.ingress.shards)]
    assert int(_cli(sentinels.replica.port, "EXISTS", *streams).strip() or 0) == 1  # on the current master
