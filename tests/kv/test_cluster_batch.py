"""Packed batches on a Redis Cluster with replicas: one write per master, `WAIT` on the
connection that carried the writes, and a shard's failure confined to the batches that
touched it.

redis-py's cluster pipeline sends a keyless `WAIT` to any node, where it counts nothing
(`WAIT` confirms the writes of its own connection): a write to a master whose replica is
gone could be confirmed by another master's replica. Here a `WAIT` after a write to that
master must answer 0, and one after writes to healthy masters 1, in the same group commit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from redis.asyncio.cluster import RedisCluster
from redis.exceptions import RedisError

from proxy.config import VaultSettings
from proxy.kv.batch import Batch, BatchGroup, run_packed
from proxy.kv.cluster_batch import MasterFlights, run_on_cluster
from proxy.kv.connection import connect
from tests.redis_topologies import Cluster, Node, _cli

pytestmark = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore:Exception ignored in.*:pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    topology = Cluster.start(replicas=1, node_timeout_ms=1000)
    yield topology
    topology.stop()


@pytest.fixture
async def client(cluster: Cluster, tmp_path: Path) -> AsyncIterator[RedisCluster]:
    conn = connect(VaultSettings(url=cluster.url), data_dir=tmp_path)
    await conn.client.initialize()  # type: ignore[attr-defined]
    yield conn.client  # type: ignore[misc]
    await conn.close()


def _key_on(client: RedisCluster, node: Node, name: str) -> str:
    for i in range(10_000):
        key = f"{name}:{i}"
        if client.nodes_manager.get_node_from_slot(client.keyslot(key)).port == node.port:
            return key
    raise AssertionError("no key for that node")


def _batch(client: RedisCluster, group: BatchGroup, key: str) -> Batch:
    batch = Batch(client, group)  # type: ignore[arg-type]
    batch.execute_command("SET", key, "v")
    batch.execute_command("WAIT", 1, 200)
    return batch


@pytest.mark.timeout(60)
async def test_wait_counts_the_replicas_of_the_masters_that_took_the_writes(
    cluster: Cluster, client: RedisCluster
) -> None:
    a, b, c = cluster.masters()
    ka, kb, kc = _key_on(client, a, "a"), _key_on(client, b, "b"), _key_on(client, c, "c")
    # commands for all three masters and one WAIT: one reply each, in order
    replies = await run_packed(
        client, [["SET", ka, "1"], ["SET", kb, "1"], ["GET", ka], ["SET", kc, "1"], ["WAIT", 1, 500]]
    )  # type: ignore[arg-type]
    assert replies == [b"OK", b"OK", b"1", b"OK", 1]
    cluster.replica_of(b).kill()
    group = BatchGroup(client, in_flight=True)  # type: ignore[arg-type]
    batches = [_batch(client, group, k) for k in (ka, kb, kc)]
    outcomes = await asyncio.gather(*(x.execute() for x in batches))  # one group commit
    assert [o[-1] for o in outcomes] == [1, 0, 1]  # only b's writes went unreplicated
    both = await run_packed(client, [["SET", ka, "2"], ["WAIT", 1, 200], ["SET", kb, "2"], ["WAIT", 1, 200]])  # type: ignore[arg-type]
    assert both == [b"OK", 1, b"OK", 0]  # each WAIT covers the writes since the one before
    waits = _wait_calls(b)
    tail = await run_packed(client, [["SET", ka, "3"], ["WAIT", 1, 200], ["SET", kb, "3"]])  # type: ignore[arg-type]
    assert tail == [b"OK", 1, b"OK"]
    assert _wait_calls(b) == waits  # b took only a command after the last WAIT: no WAIT was sent there


def _wait_calls(node: Node) -> int:
    for line in _cli(node.port, "info", "commandstats").splitlines():
        if line.startswith("cmdstat_wait:"):
            return int(line.split("calls=")[1].split(",")[0])
    return 0


@pytest.mark.timeout(60)
async def test_a_dead_master_fails_only_the_batches_that_touched_it_and_quickly(
    cluster: Cluster, client: RedisCluster
) -> None:
    a, c = [m for m in cluster.masters() if _has_replica(cluster, m)][:2]  # (the test above killed one)
    ka, kc = _key_on(client, a, "a"), _key_on(client, c, "c")
    c.kill()
    group = BatchGroup(client, in_flight=True)  # type: ignore[arg-type]
    start = time.monotonic()
    healthy, dead = await asyncio.gather(
        _batch(client, group, ka).execute(), _batch(client, group, kc).execute(), return_exceptions=True
    )
    assert time.monotonic() - start < 2.0  # Veil's bounded retries, not redis-py's
    assert healthy == [b"OK", 1]
    assert isinstance(dead, RedisError), dead


@pytest.mark.timeout(60)
async def test_a_later_batch_for_a_slot_in_retry_waits_for_it_and_other_slots_do_not(
    cluster: Cluster, client: RedisCluster
) -> None:
    await asyncio.to_thread(cluster.wait_ok)  # the master the test above killed has been replaced
    a = next(m for m in cluster.masters() if _has_replica(cluster, m))  # (the tests above killed two)
    c = next(m for m in cluster.masters() if m.port != a.port)
    await client.initialize()
    ka, kc = _key_on(client, a, "a"), _key_on(client, c, "c")
    same_slot = "{" + ka + "}:later"  # the hash tag puts it in ka's slot, as a customer's shard is
    a.kill()
    flights = MasterFlights()
    done: dict[str, float] = {}

    async def run(name: str, key: str, after_s: float) -> list[object]:
        await asyncio.sleep(after_s)
        try:
            return await run_on_cluster(client, [["SET", key, name]], flights)
        finally:
            done[name] = time.monotonic()

    earlier, later, elsewhere = await asyncio.gather(
        run("earlier", ka, 0), run("later", same_slot, 0.02), run("elsewhere", kc, 0.02)
    )
    assert isinstance(earlier[0], RedisError) and isinstance(later[0], RedisError)  # the master is gone
    assert done["later"] >= done["earlier"]  # never sent while the earlier one was still being retried
    assert elsewhere == [b"OK"] and done["elsewhere"] < done["earlier"]  # another master: not held up


def _has_replica(cluster: Cluster, master: Node) -> bool:
    try:
        cluster.replica_of(master)
    except AssertionError:
        return False
    return True
