"""Redis Cluster failover during a steady stream of signed webhooks, `wait_replicas: 1`.

Three masters with a replica each (AOF everysec, `cluster-node-timeout` 1000 ms). Meta
posts at a steady rate; one master is SIGKILLed mid-stream. `/readyz` must turn 503 while
its slots have no master and 200 once its replica is promoted; until the old master is
back as the new one's replica `WAIT` cannot be satisfied for that shard, so its webhooks
get 503 and Meta resends them. Then a graceful `CLUSTER FAILOVER` hands the shard back.
Every event Meta got a 200 for must be delivered (again only if its delivery was in
flight at the kill, with the same event id), and a customer's event
acknowledged before Meta sent a later one is delivered first. ~25 s: real failovers.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from pytest_aiohttp import AiohttpServer
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.server.app import create_apps
from tests.faults.harness import MetaSender, Subscriber, check_no_loss, overtaken, wait_delivered
from tests.inbound.harness import settings_for, subscriber
from tests.redis_topologies import Cluster, Node, _cli, _wait
from tests.server.helpers import make_keys

# redis-py drops connections to the killed master without closing their sockets
pytestmark = [pytest.mark.filterwarnings("ignore::ResourceWarning"),
              pytest.mark.filterwarnings("ignore:Exception ignored in.*:pytest.PytestUnraisableExceptionWarning")]


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    topology = Cluster.start(replicas=1, node_timeout_ms=1000)
    yield topology
    topology.stop()


async def _readyz(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, await resp.text()


async def _until_status(url: str, status: int, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while True:
        got, body = await _readyz(url)
        if got == status:
            return body
        assert time.monotonic() < deadline, f"/readyz stayed {got}: {body}"
        await asyncio.sleep(0.1)


@pytest.mark.timeout(150)
async def test_master_killed_then_back_and_a_graceful_failover_lose_no_acknowledged_event(
        cluster: Cluster, aiohttp_server: AiohttpServer, key_env: dict[str, str], tmp_path: Path,
        detector: Detector) -> None:
    crm = Subscriber()
    await crm.up()
    settings = settings_for(cluster.url, tmp_path, [subscriber("crm", crm.url)],
                            vault={"url": cluster.url, "wait_replicas": 1, "wait_timeout_ms": 300})
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.public)
    meta = MetaSender(str(server.make_url("/webhooks/whatsapp")))
    readyz = str(server.make_url("/readyz"))
    assert (await _readyz(readyz))[0] == 200
    stream = asyncio.create_task(meta.stream(count=240, rate=20))
    await asyncio.sleep(2.0)

    victim = await _master_holding_ingress(cluster)  # customers' seals are refused, not only others'
    replica = cluster.replica_of(victim)
    elsewhere = await _masters_holding_ingress(cluster, but=victim)
    victim.kill()  # no shutdown save: only what its replica confirmed survives
    killed = time.monotonic()
    body = await _until_status(readyz, 503, 3)  # the first probe after the kill
    assert "cluster masters unreachable" in body, body
    await _until_status(readyz, 200, 20)  # the replica promoted: every slot has a master again
    promoted = time.monotonic()
    if elsewhere:  # shards on the other masters were still served while /readyz said 503
        assert any(killed < t < promoted for t in meta.acked_at.values())
    assert cluster.role(replica) == "master"
    await asyncio.sleep(1.0)  # the promoted master alone: WAIT cannot be satisfied there, so 503s
    lonely = [seq for seq, answers in meta.answers.items() if 503 in answers]

    await asyncio.to_thread(victim.start)  # back, as the promoted master's replica
    await asyncio.to_thread(_wait, lambda: "master_link_status:up" in _cli(victim.port, "info", "replication"),
                            20, "old master to resync as a replica")
    await asyncio.sleep(1.0)
    _cli(victim.port, "cluster", "failover")  # graceful: hand the shard back under traffic
    await asyncio.to_thread(_wait, lambda: cluster.role(victim) == "master", 20, "graceful failover")

    await asyncio.wait_for(stream, timeout=90)
    await wait_delivered(meta.acked, [crm], timeout=30)
    report = check_no_loss(meta, [crm], max_duplicates=3)  # only deliveries in flight at the kill (0 seen here)
    assert len(meta.acked) == 240 and lonely, report
    assert overtaken(meta, crm) == []
    assert (await _readyz(readyz))[0] == 200
    await crm.down()



async def _master_holding_ingress(cluster: Cluster) -> Node:
    """A master that holds one of the tenant's ingress shards already written to."""
    masters = await _masters_holding_ingress(cluster)
    assert masters, "no ingress shard written yet"
    return masters[0]


async def _masters_holding_ingress(cluster: Cluster, but: Node | None = None) -> list[Node]:
    out = []
    for node in cluster.masters():
        if but is not None and node.port == but.port:
            continue
        async with Redis(port=node.port) as direct:
            for shard in range(4):  # ingress.shards' default
                try:
                    if await direct.exists(keyspace.ingress_stream("default", shard)):
                        out.append(node)
                        break
                except ResponseError:  # MOVED: another master's slot
                    continue
    return out
