"""The inbound path on a real 3-master Redis Cluster: signed webhooks in over HTTP, sealed,
tokenised and delivered to two subscribers, then a customer erased and the audit chains
verified. tests/cluster covers the vault alone; this covers ingress shards, delivery
partitions, dedup markers, leases, erasure (purge of sealed updates included) and audit,
each atomic unit in one slot (a CROSSSLOT error would fail the run).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_aiohttp import AiohttpServer
from redis.asyncio import Redis

from proxy.audit.verify import load_redis, verify
from proxy.audit.writer import AuditEvent
from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.kv.replies import as_str
from proxy.server.app import create_apps
from proxy.vault.subjects import Alias
from proxy.vault.vault import NotRevealed
from tests.faults.harness import MetaSender, Subscriber, check_no_loss, wait_delivered
from tests.inbound.harness import settings_for, subscriber
from tests.redis_topologies import Cluster
from tests.server.helpers import make_keys


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    topology = Cluster.start()
    yield topology
    topology.stop()


@pytest.mark.timeout(120)
async def test_ingest_deliver_erase_and_verify_on_cluster(
    cluster: Cluster, aiohttp_server: AiohttpServer, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    crm, crm2 = Subscriber(), Subscriber()
    await crm.up()
    await crm2.up()
    subs = [subscriber("crm", crm.url), subscriber("crm2", crm2.url)]
    settings = settings_for(cluster.url, tmp_path, subs, vault={"url": cluster.url})
    keys = make_keys(key_env)
    apps = create_apps(settings, keys, data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.public)
    meta = MetaSender(str(server.make_url("/webhooks/whatsapp")))
    await meta.stream(count=60, rate=60)
    again = MetaSender(meta.url)
    await again.stream(count=10, rate=100)  # Meta resends the first 10: deduplicated at ingress
    assert again.acked == set(range(10))
    await wait_delivered(meta.acked, [crm, crm2], timeout=30)
    report = check_no_loss(meta, [crm, crm2], max_duplicates=0)
    assert report["acked"] == 60 and report["resent"] == 0
    assert all(len(ids) == 1 for ids in crm.got.values())  # the resent 10 were not delivered twice
    assert {s: ids for s, ids in crm.got.items()} == {s: ids for s, ids in crm2.got.items()}  # same event ids
    hourly = await apps.runtime.inbound.watch.delivered_per_hour(["crm", "crm2"])
    assert abs(sum(n for _, n in hourly) - 120) <= 3  # every ack counted once (an estimate), wherever its key lives

    rt = apps.runtime
    sizes = []
    for node in cluster.nodes:
        async with Redis(port=node.port) as direct:
            sizes.append(await direct.dbsize())
    assert all(n > 0 for n in sizes), sizes  # shards, partitions and subjects spread over the masters

    vault = rt.ready_vault()
    subject = await vault.subjects.lookup("default", Alias("wa_id", "16505551000"))
    assert subject is not None
    tokens = [as_str(t) for t in await rt.redis.smembers(keyspace.subject_tokens("default", subject))]
    assert tokens
    await rt.audit.append(
        AuditEvent(actor="test", action="erase", tenant="default", outcome="allowed", subject=subject)
    )  # the admin API audits before erasing
    result = await rt.eraser.erase("default", subject, actor="test")
    assert result.tokens >= 1
    assert all(isinstance(r, NotRevealed) for r in await vault.reveal("default", tokens))
    assert await vault.subjects.lookup("default", Alias("wa_id", "16505551000")) is None

    reports = verify(await load_redis(rt.redis), public_key=keys.signing_key().public_key(), audit_key=keys.audit)
    assert reports[rt.audit.writer_id].ok and reports[rt.audit.writer_id].tail_seq >= 1
    assert all(r.ok for r in reports.values())
    await crm.down()
    await crm2.down()
