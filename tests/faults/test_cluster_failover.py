"""Redis Cluster failover during a steady stream of signed webhooks, `wait_replicas: 1`.

Three masters with a replica each (AOF everysec, `cluster-node-timeout` 1000 ms). Meta
posts at a steady rate; one master is SIGKILLed mid-stream. `/readyz` must turn 503 while
its slots have no master and 200 once its replica is promoted, reporting the promoted
master short of replicas (degraded) until the old master is back as its replica. `WAIT`
cannot be satisfied on that shard meanwhile, so its webhooks are sealed on another
master's shard: every webhook Meta sends then is acknowledged at its first POST. Then a
graceful `CLUSTER FAILOVER` hands the shard back. Every event Meta got a 200 for must be
delivered, once (an ack that finds its master gone is sent again after the promotion);
for a customer's event acknowledged before Meta sent a later one, the later one's
`X-Veil-Received` is greater, and it is delivered first unless one of the two was
acknowledged while shards were diverted. ~25 s: real failovers.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from pytest_aiohttp import AiohttpServer
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from proxy.config import Settings
from proxy.detection.detector import Detector
from proxy.errors import VaultError
from proxy.inbound.ingress import IngressStore
from proxy.kv import keyspace
from proxy.kv.connection import connect
from proxy.server.app import create_apps
from proxy.vault import KeyStore
from proxy.vault.vault import Vault
from tests.faults.harness import (
    MetaSender,
    Subscriber,
    check_no_loss,
    overtaken,
    received_out_of_order,
    text_event,
    wait_delivered,
)
from tests.inbound.harness import FAST, settings_for, subscriber
from tests.redis_topologies import Cluster, Node, _cli, _wait
from tests.server.helpers import make_keys

# redis-py drops connections to the killed master without closing their sockets
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


async def _serve_with_crm(
    cluster: Cluster,
    crm_url: str,
    aiohttp_server: AiohttpServer,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    *,
    wait_timeout_ms: int,
) -> tuple[Settings, TestServer, MetaSender]:
    """Veil on the cluster with `wait_replicas: 1`, one subscriber, and Meta's sender pointed at it."""
    settings = settings_for(
        cluster.url,
        tmp_path,
        [subscriber("crm", crm_url)],
        vault={"url": cluster.url, "wait_replicas": 1, "wait_timeout_ms": wait_timeout_ms},
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.public)
    return settings, server, MetaSender(str(server.make_url("/webhooks/whatsapp")))


@pytest.mark.timeout(150)
async def test_master_killed_then_back_and_a_graceful_failover_lose_no_acknowledged_event(
    cluster: Cluster, aiohttp_server: AiohttpServer, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    crm = Subscriber()
    await crm.up()
    settings, server, meta = await _serve_with_crm(
        cluster, crm.url, aiohttp_server, key_env, tmp_path, detector, wait_timeout_ms=300
    )
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
    body = await _until_body(readyz, "fewer replicas online than vault.wait_replicas", 3)
    assert "1 of 3 cluster masters" in body and "degraded" in body, body
    await asyncio.sleep(0.5)  # the promoted master alone: WAIT cannot be satisfied there
    alone = time.monotonic()
    await asyncio.sleep(1.5)
    sent_alone = [seq for seq, at in meta.first_sent.items() if alone < at < time.monotonic() - 0.5]
    assert (await _readyz(readyz))[0] == 200

    await asyncio.to_thread(victim.start)  # back, as the promoted master's replica
    await asyncio.to_thread(
        _wait,
        lambda: "master_link_status:up" in _cli(victim.port, "info", "replication"),
        20,
        "old master to resync as a replica",
    )
    await _until_body(readyz, '"degraded": []', 5)  # every master has its replica again
    await asyncio.to_thread(_graceful_failover, cluster, victim)  # hand the shard back under traffic
    await asyncio.sleep(1.0)
    settled = time.monotonic()

    await asyncio.wait_for(stream, timeout=90)
    await wait_delivered(meta.acked, [crm], timeout=30)
    # None twice: an ack that found the killed master gone is sent again once the replica
    # is promoted (`delivery.ack_retry_s`), and a copy left by a diverted seal is never
    # delivered twice. (Delivery stays at least once for crashes: a worker killed between
    # the CRM's 200 and the ack.)
    report = check_no_loss(meta, [crm], max_duplicates=0)
    assert len(meta.acked) == 240, report
    # While the promoted master had no replica, its shard's webhooks went to the other
    # masters' shards: each was acknowledged at its first POST (no 503, no resend).
    assert len(sent_alone) >= 10 and all(meta.answers[seq][0] == 200 for seq in sent_alone), {
        seq: meta.answers[seq] for seq in sent_alone
    }
    assert received_out_of_order(meta, crm) == []  # the order a CRM restores by X-Veil-Received
    diverting = {seq for seq, at in meta.acked_at.items() if killed < at < settled}
    assert all(a in diverting or b in diverting for a, b in overtaken(meta, crm))  # delivered out of order only there
    assert (await _readyz(readyz))[0] == 200
    await crm.down()


def _graceful_failover(cluster: Cluster, replica: Node) -> None:
    """`CLUSTER FAILOVER` on `replica`, asked again if it timed out: a replica just back
    sends its request over its cluster-bus link to the master, and Redis drops the request
    silently while that link is not up yet (the replica logs "Manual failover timed out"
    5 s later), which the replication link being up does not rule out."""
    for _ in range(3):
        assert "OK" in _cli(replica.port, "cluster", "failover")
        try:
            _wait(lambda: cluster.role(replica) == "master", 7, "graceful failover")
            return
        except RuntimeError:
            continue
    raise AssertionError("the graceful failover never happened")


async def _until_body(url: str, text: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while True:
        status, body = await _readyz(url)
        if status == 200 and text in body:
            return body
        assert time.monotonic() < deadline, f"/readyz never said {text!r}: {status} {body}"
        await asyncio.sleep(0.1)


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


@pytest.mark.timeout(120)
async def test_a_master_without_its_replica_has_its_seals_taken_by_the_others(
    cluster: Cluster, aiohttp_server: AiohttpServer, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """No failover: a replica dies, so its master cannot confirm a `WAIT`. `/readyz` stays 200,
    degraded with the reason; that master's shards' webhooks are sealed on the other
    masters' shards, each acknowledged at its first POST; once the replica is back, every
    acknowledged event is delivered, in the order `X-Veil-Received` gives. With every
    replica gone, no webhook can be acknowledged: `/readyz` is 503."""
    crm = Subscriber()
    await crm.up()
    settings, server, meta = await _serve_with_crm(
        cluster, crm.url, aiohttp_server, key_env, tmp_path, detector, wait_timeout_ms=1000
    )
    readyz = str(server.make_url("/readyz"))
    await meta.stream(count=12, rate=20)  # every shard written, so the victim holds one
    short = await _master_holding_ingress(cluster)
    lost = cluster.replica_of(short)
    lost.kill()
    body = await _until_body(readyz, "1 of 3 cluster masters have fewer replicas online", 5)
    assert '"status": "ready"' in body, body
    await asyncio.sleep(0.5)  # the seal path's own view (checked every 0.25 s)
    await meta.stream(count=60, rate=20, start=12)
    assert all(answers == [200] for answers in meta.answers.values()), dict(meta.answers)

    others = [cluster.replica_of(m) for m in cluster.masters() if m.port != short.port]
    for replica in others:
        replica.kill()
    await _until_status(readyz, 503, 5)  # no master can confirm a WAIT: nothing can be acknowledged
    for replica in [lost, *others]:
        await asyncio.to_thread(replica.start)
    await _until_body(readyz, '"degraded": []', 30)
    await wait_delivered(meta.acked, [crm], timeout=40)
    check_no_loss(meta, [crm], max_duplicates=0)
    assert received_out_of_order(meta, crm) == []
    await crm.down()


@pytest.mark.timeout(90)
async def test_with_no_master_usable_a_seal_goes_where_the_last_check_found_replicas(
    cluster: Cluster, key_env: dict[str, str], tmp_path: Path
) -> None:
    """The second of a failover when seals' failures (`CLUSTERDOWN`) have marked every healthy
    master: a seal whose own master cannot confirm a `WAIT` (a replica just promoted; here a
    master whose replica died) goes to a master the last check found usable, not to its own
    shard, where the `WAIT` would hold it `wait_timeout_ms` and fail. No webhook sent: the
    seal path's choice, on the health view of a real cluster, checked by hand."""
    settings = settings_for(
        cluster.url, tmp_path, [], vault={"url": cluster.url, "wait_replicas": 1, "wait_timeout_ms": 1000}
    )
    redis = connect(settings.vault, data_dir=tmp_path).client
    keystore = KeyStore(redis, make_keys(key_env))
    store = IngressStore(redis, keystore, Vault(redis, keystore, settings.vault).subjects, settings)
    health = store.health  # not watched here: its view moves only when this test says
    assert health is not None
    try:
        await redis.initialize()  # type: ignore[attr-defined]
        slots = {shard: store._slot("default", shard) for shard in range(store.shards)}  # noqa: SLF001
        short = next(m for m in cluster.masters() if health.node_of(slots[0]) == f"127.0.0.1:{m.port}")
        cluster.replica_of(short).kill()
        _wait(lambda: "connected_slaves:0" in _cli(short.port, "INFO", "replication"), 10, "replica gone")
        await health.check()
        on_short = [s for s, slot in slots.items() if health.node_of(slot) == f"127.0.0.1:{short.port}"]
        elsewhere = [s for s in slots if s not in on_short]
        assert on_short and elsewhere, "the tenant's shards all on one master: more shards needed"
        home = on_short[0]
        assert store._target("default", home) in elsewhere  # noqa: SLF001 - diverted while others are usable
        for shard in elsewhere:
            health.mark(slots[shard])  # as a CLUSTERDOWN reply to a seal does
        assert not any(health.usable(slot) for slot in slots.values())
        target = store._target("default", home)  # noqa: SLF001
        assert target in elsewhere, "sent to the master that cannot confirm a WAIT"
        assert target == next(s for s in ((home + k) % store.shards for k in range(store.shards)) if s in elsewhere)
    finally:
        await redis.aclose()


@pytest.mark.timeout(90)
async def test_a_seal_refused_with_clusterdown_is_sent_again_within_its_budget(
    cluster: Cluster, key_env: dict[str, str], tmp_path: Path
) -> None:
    """While every master answers `CLUSTERDOWN` (a master and its replica gone, so no
    promotion: the cluster stays down until the master is back), a seal is nowhere to go.
    It is sent again with backoff for `ingress.seal_retry_s` from its start, no longer:
    with a short budget it is refused (503) soon after the budget; with a longer one it is
    sealed as soon as the master is back, and Meta never sees the moment."""
    victim = cluster.masters()[0]
    others = [m for m in cluster.masters() if m.port != victim.port]
    twin = cluster.replica_of(victim)
    stores = []
    stop = asyncio.Event()
    for budget in (0.3, 10.0):
        settings = settings_for(cluster.url, tmp_path, [], ingress={**FAST["ingress"], "seal_retry_s": budget})
        redis = connect(settings.vault, data_dir=tmp_path).client
        keystore = KeyStore(redis, make_keys(key_env))
        stores.append(IngressStore(redis, keystore, Vault(redis, keystore, settings.vault).subjects, settings))
    watchers = [asyncio.create_task(s.health.watch(stop)) for s in stores if s.health is not None]
    short, patient = stores
    try:
        for k, store in enumerate(stores):  # the tenant's keys cached, as in a running Veil
            assert (await store.accept(text_event(100 + k, k), tenants={"default"}, body_tenant="default")).stored
        twin.kill()
        victim.kill()
        await asyncio.to_thread(
            _wait,
            lambda: all("cluster_state:fail" in _cli(m.port, "cluster", "info") for m in others),
            20,
            "cluster_state fail",
        )
        began = time.monotonic()
        with pytest.raises(VaultError):  # nowhere to go, and the budget spent: Meta resends
            await short.accept(text_event(2, 2), tenants={"default"}, body_tenant="default")
        took = time.monotonic() - began
        assert 0.25 < took < 2.0, took  # the passes through CLUSTERDOWN stop at the budget

        events = [text_event(3 + k, k) for k in range(6)]  # several customers: every shard
        sealing = [
            asyncio.create_task(patient.accept(raw, tenants={"default"}, body_tenant="default")) for raw in events
        ]
        await asyncio.sleep(0.5)
        assert not any(t.done() for t in sealing), [t.exception() or t.result() for t in sealing if t.done()]
        await asyncio.to_thread(victim.start)  # back with its slots: the cluster serves again
        done = await asyncio.wait_for(asyncio.gather(*sealing), 12)
        assert all(a.stored == 1 for a in done), done
    finally:
        stop.set()
        await asyncio.gather(*watchers)
        for s in stores:
            await s.redis.aclose()


@pytest.mark.timeout(90)
async def test_a_quarantined_body_is_diverted_like_a_seal(
    cluster: Cluster, key_env: dict[str, str], tmp_path: Path
) -> None:
    """Quarantine is acknowledged like a sealed update, so with `wait_replicas: 1` and the
    master of the tenant's quarantine shard 0 short of its replica, a body Veil cannot parse
    goes to another shard's quarantine (every reader reads them all) at once, instead of
    waiting `wait_timeout_ms` for a `WAIT` that cannot be confirmed and answering 503."""
    settings = settings_for(
        cluster.url, tmp_path, [], vault={"url": cluster.url, "wait_replicas": 1, "wait_timeout_ms": 2000}
    )
    redis = connect(settings.vault, data_dir=tmp_path).client
    keystore = KeyStore(redis, make_keys(key_env))
    store = IngressStore(redis, keystore, Vault(redis, keystore, settings.vault).subjects, settings)
    health = store.health
    assert health is not None
    stop = asyncio.Event()
    watcher = asyncio.create_task(health.watch(stop))
    try:
        await redis.initialize()  # type: ignore[attr-defined]
        zero = health.node_of(store._slot("default", 0))  # noqa: SLF001
        short = next(m for m in cluster.masters() if zero == f"127.0.0.1:{m.port}")
        cluster.replica_of(short).kill()
        await asyncio.to_thread(
            _wait, lambda: "connected_slaves:0" in _cli(short.port, "INFO", "replication"), 10, "replica gone"
        )
        await asyncio.sleep(0.6)  # the health view's next check
        began = time.monotonic()
        accepted = await store.accept(b"{not json", tenants={"default"}, body_tenant="default")
        took = time.monotonic() - began
        assert accepted.quarantined == 1 and took < 1.0, took  # no WAIT held on the short master
        lengths = {
            shard: await redis.xlen(keyspace.ingress_quarantine("default", shard)) for shard in range(store.shards)
        }
        assert lengths[0] == 0 and sum(lengths.values()) == 1, lengths
    finally:
        stop.set()
        await watcher
        await redis.aclose()


@dataclass
class _HeldCrm(Subscriber):
    """A CRM that holds each delivery until `go` is set (`held` says one came in)."""

    held: asyncio.Event = field(default_factory=asyncio.Event)
    go: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, request: web.Request) -> web.Response:
        self.held.set()
        await self.go.wait()
        return await super().handle(request)


def _wait_calls(cluster: Cluster) -> int:
    """`WAIT` commands the live masters ran so far (INFO commandstats)."""
    total = 0
    for node in cluster.masters():
        for line in _cli(node.port, "info", "commandstats").splitlines():
            if line.startswith("cmdstat_wait:"):
                total += int(line.split("calls=", 1)[1].split(",", 1)[0])
    return total


async def _partition_master(cluster: Cluster, subscriber_name: str, partitions: int) -> tuple[Node, str]:
    """The master holding the (only) delivery partition with entries, and that stream."""
    for node in cluster.masters():
        async with Redis(port=node.port) as direct:
            for p in range(partitions):
                stream = keyspace.delivery_stream(subscriber_name, p)
                try:
                    if await direct.xlen(stream):
                        return node, stream
                except ResponseError:  # MOVED: another master's slot
                    continue
    raise AssertionError("no delivery partition holds the event")


async def _stream_state(port: int, stream: str) -> tuple[int, int]:
    """(entries, pending) of a stream's group on the node at `port` (a replica too)."""
    async with Redis(port=port) as direct:
        await direct.execute_command("READONLY")
        pending = await direct.xpending(stream, "send")
        return int(await direct.xlen(stream)), int(pending["pending"])


@pytest.mark.timeout(120)
async def test_an_ack_lost_with_its_master_is_sent_again_and_the_event_not_redelivered(
    cluster: Cluster, aiohttp_server: AiohttpServer, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """A delivery in flight when its partition's master dies: the CRM has the event, its ack
    finds the master gone. The ack (not the delivery) is sent again until the replica is
    promoted (`delivery.ack_retry_s`), so the CRM gets the event once; before, the ack gave
    up after the client's half second of retries and the promoted master delivered the
    event again. With `wait_replicas: 1` an ack is confirmed by a `WAIT` like a seal."""
    crm = _HeldCrm()
    await crm.up()
    settings, server, meta = await _serve_with_crm(
        cluster, crm.url, aiohttp_server, key_env, tmp_path, detector, wait_timeout_ms=300
    )
    partitions = settings.delivery.partitions
    async with aiohttp.ClientSession() as session:
        await meta.send(session, 0)
        await asyncio.wait_for(crm.held.wait(), 20)
        await asyncio.sleep(0.5)  # the tokeniser done with it: from here on only the ack writes
        master, stream = await _partition_master(cluster, "crm", partitions)
        waits = await asyncio.to_thread(_wait_calls, cluster)
        crm.go.set()
        deadline = time.monotonic() + 10
        while (await _stream_state(master.port, stream))[0]:
            assert time.monotonic() < deadline, "the first event never acked"
            await asyncio.sleep(0.05)
        assert await asyncio.to_thread(_wait_calls, cluster) > waits, "the ack was not confirmed by a WAIT"

        crm.go.clear()
        crm.held.clear()
        await meta.send(session, 6)  # the same customer: the same partition
    await asyncio.wait_for(crm.held.wait(), 20)
    master, stream = await _partition_master(cluster, "crm", partitions)
    replica = cluster.replica_of(master)
    deadline = time.monotonic() + 5
    while (await _stream_state(replica.port, stream))[1] < 1:  # the replica knows it is in flight
        assert time.monotonic() < deadline, "the replica never saw the delivery taken"
        await asyncio.sleep(0.05)
    master.kill()
    killed = time.monotonic()
    crm.go.set()  # the CRM answers 200 now: the ack finds its master gone
    await asyncio.to_thread(_wait, lambda: cluster.role(replica) == "master", 20, "replica promoted")
    deadline = time.monotonic() + 10
    while await _stream_state(replica.port, stream) != (0, 0):
        assert time.monotonic() < deadline, "the ack never reached the promoted master"
        await asyncio.sleep(0.05)
    acked = time.monotonic() - killed
    await asyncio.sleep(2.0)  # a redelivery would have come by now (the same holder takes the lease at once)
    assert crm.got[6] and len(crm.got[6]) == 1, (dict(crm.got), acked)
    assert crm.duplicates() == {}
    await crm.down()
