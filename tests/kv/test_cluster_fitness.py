"""A Redis Cluster is fit only as a whole, and a shard's outage fails fast.

Three masters and no replicas (`cluster-node-timeout` 1000 ms): one master SIGKILLed
leaves a third of the slots without a master. The fitness check must say so (redis-py's
default node alone would still answer for its own shard), a command for a slot of the dead
master must fail within Veil's bounded retries (not redis-py's ten), and once the master is
back the same client must find the cluster fit again by itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis.asyncio import Redis
from redis.asyncio.cluster import RedisCluster
from redis.exceptions import RedisError

from proxy.config import VaultSettings
from proxy.kv.connection import connect
from proxy.kv.fitness import check_fit
from tests.redis_topologies import Cluster

# redis-py drops connections to the killed master without closing their sockets
pytestmark = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore:Exception ignored in.*:pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    topology = Cluster.start(node_timeout_ms=1000)
    yield topology
    topology.stop()


def _key_on(client: RedisCluster, port: int) -> str:
    for i in range(10_000):
        key = f"probe:{i}"
        if client.nodes_manager.get_node_from_slot(client.keyslot(key)).port == port:
            return key
    raise AssertionError("no key for that node")


@pytest.mark.timeout(90)
async def test_a_dead_master_makes_the_cluster_unfit_fails_fast_and_recovers(cluster: Cluster, tmp_path: Path) -> None:
    conn = connect(VaultSettings(url=cluster.url), data_dir=tmp_path)
    client: RedisCluster = conn.client  # type: ignore[assignment]
    try:
        assert (await check_fit(conn.client)).ok
        default = client.get_default_node()
        victim = next(n for n in cluster.nodes if n.port != default.port)  # the default node stays well
        key = _key_on(client, victim.port)
        await client.set(key, "1")
        victim.kill()

        start = time.monotonic()
        with pytest.raises(RedisError):
            await client.set(key, "2")
        assert time.monotonic() - start < 2.0  # bounded retries: redis-py's own took seconds

        fit = await check_fit(conn.client)
        assert not fit.ok
        assert not fit.problems  # out of reach is an outage (the rest may serve), not unfit
        assert any("1 of 3 cluster masters unreachable" in p for p in fit.outages), fit.outages
        assert str(victim.port) not in "; ".join(fit.outages)  # reasons reach /readyz: no addresses
        async with Redis(port=default.port) as other:  # the default node's own shard still answers
            assert (await other.info())["maxmemory_policy"] == "noeviction"

        await asyncio.to_thread(victim.start)
        await asyncio.to_thread(cluster.wait_ok)
        deadline = time.monotonic() + 20
        while not (fit := await check_fit(conn.client)).ok:
            assert time.monotonic() < deadline, fit.outages
            await asyncio.sleep(0.2)
        await client.set(key, "3")  # the same client serves the shard again
    finally:
        await conn.close()


@pytest.mark.timeout(60)
async def test_an_evicting_master_makes_the_cluster_unfit(cluster: Cluster, tmp_path: Path) -> None:
    conn = connect(VaultSettings(url=cluster.url), data_dir=tmp_path)
    client: RedisCluster = conn.client  # type: ignore[assignment]
    try:
        await client.initialize()
        default = client.get_default_node()
        other = next(n for n in cluster.nodes if n.port != default.port)  # not the node INFO used to ask
        async with Redis(port=other.port) as direct:
            await direct.config_set("maxmemory-policy", "allkeys-lru")
        fit = await check_fit(conn.client)
        assert not fit.ok and any("allkeys-lru" in p for p in fit.problems), fit.problems
        async with Redis(port=other.port) as direct:
            await direct.config_set("maxmemory-policy", "noeviction")
        assert (await check_fit(conn.client)).ok
    finally:
        await conn.close()
