"""The alert log on a real Redis: alerts raised through the sink reach the stream from its
writer task, group into open alerts per kind, tenant, service and subscriber, age out after
an hour, and a tenant admin's view holds only its tenants'; an acknowledged alert is not open
while it keeps being raised, and opens again after a quiet hour or a day."""

from __future__ import annotations

import asyncio
import time

from prometheus_client import CollectorRegistry
from redis.asyncio import Redis

from proxy.alert_log import ACK_KEPT_S, OPEN_S, AlertLog, alert_id
from proxy.alerts import AlertSink, admin_alert
from proxy.kv import keyspace


async def test_open_alerts_group_filter_and_age_out(redis: Redis) -> None:
    now = [1_000_000.0]
    log = AlertLog(redis, clock=lambda: now[0])
    sink = AlertSink(CollectorRegistry())
    sink.add_channel("recent", log.submit)
    writer = asyncio.create_task(log.run())
    try:
        for failing_s in (300, 360):
            sink.subscriber_failing("crm", tenant="acme", failing_s=failing_s, queued=4, dead_letters=0, every_s=0)
            sink._last.clear()  # noqa: SLF001 - a second raise without waiting a minute
        sink.subscriber_failing("erp", tenant="acme", failing_s=400, queued=1, dead_letters=0)
        sink.emit(admin_alert("created", "bob", by="alice"))
        await log.drain()
        now[0] = time.time()
        everything = await log.open_alerts(lambda _t: True)
        assert sorted((a.kind, a.tenant, str(a.detail.get("subscriber")), a.count) for a in everything) == [
            ("admin_change", "", "None", 1),
            ("subscriber_failing", "acme", "crm", 2),
            ("subscriber_failing", "acme", "erp", 1),
        ]
        assert [a.last_ms for a in everything] == sorted((a.last_ms for a in everything), reverse=True)
        [crm] = [a for a in everything if a.detail.get("subscriber") == "crm"]
        assert crm.detail["failing_s"] == 360 and crm.first_ms <= crm.last_ms
        assert await log.open_alerts(lambda t: t == "default") == []
        assert {a.tenant for a in await log.open_alerts(lambda t: t == "acme")} == {"acme"}
        now[0] += OPEN_S + 5
        assert await log.open_alerts(lambda _t: True) == []  # an hour without a raise: closed
    finally:
        writer.cancel()


async def _raise(redis: Redis, at_s: float, kind: str = "subscriber_failing", tenant: str = "acme") -> None:
    """One alert in the stream at a chosen time (the writer stamps it now; the stream id is the time)."""
    detail = '{"subscriber":"crm"}' if kind == "subscriber_failing" else "{}"
    await redis.xadd(
        keyspace.alerts_recent(),
        {"k": kind, "v": "error", "t": tenant, "s": "crm", "d": detail},
        id=f"{int(at_s * 1000)}-0",
    )


async def test_an_acknowledged_alert_is_not_open_while_it_keeps_being_raised(redis: Redis) -> None:
    start = time.time() - 2 * ACK_KEPT_S
    now = [start]
    log = AlertLog(redis, clock=lambda: now[0])
    everyone = lambda _t: True  # noqa: E731
    await _raise(redis, start)
    await _raise(redis, start + 1, kind="honey_token")
    now[0] = start + 60
    [honey, failing] = await log.open_alerts(everyone)
    assert failing.id == alert_id("subscriber_failing", "acme", "crm", "crm") and failing.subscriber == "crm"
    assert await log.acknowledge(failing.id, lambda t: t == "default", "admin:carol") is None  # not hers to see
    assert await log.acknowledge("0123456789abcdef", everyone, "admin:alice") is None
    acked = await log.acknowledge(failing.id, everyone, "admin:alice")
    assert acked is not None
    assert (acked.acknowledged_by, acked.acknowledged_ms) == ("admin:alice", int(now[0] * 1000))
    assert acked.as_json()["acknowledged_by"] == "admin:alice" and "acknowledged_at" in acked.as_json()
    again = await log.acknowledge(failing.id, everyone, "admin:bob")  # the first acknowledgement stands
    assert again is not None and again.acknowledged_by == "admin:alice"
    assert [a.id for a in await log.open_alerts(everyone)] == [honey.id]
    assert [(a.id, a.acknowledged_by) for a in await log.recent(everyone)] == [
        (honey.id, ""),
        (failing.id, "admin:alice"),
    ]
    # the condition lasts: raised every 20 minutes for three hours, it stays acknowledged,
    # though the raise it was acknowledged at left the hour's window long ago
    for minutes in range(20, 200, 20):
        await _raise(redis, start + minutes * 60)
    now[0] = start + 200 * 60
    assert await log.open_alerts(everyone) == []
    [still] = await log.recent(everyone)
    assert still.acknowledged_by == "admin:alice" and still.count == 3
    # it stops for more than an hour, then comes back: a new alert, open again
    await _raise(redis, start + 300 * 60)
    now[0] = start + 301 * 60
    assert [a.id for a in await log.open_alerts(everyone)] == [failing.id]
    # an acknowledgement is forgotten after a day: a condition still raised reopens
    await log.acknowledge(failing.id, everyone, "admin:alice")
    assert await log.open_alerts(everyone) == []
    for minutes in range(320, 301 + ACK_KEPT_S // 60 + 30, 30):
        await _raise(redis, start + minutes * 60)
    now[0] = start + 301 * 60 + ACK_KEPT_S + 60
    assert [a.id for a in await log.open_alerts(everyone)] == [failing.id]
    # a new acknowledgement prunes forgotten ones (its own is replaced); an unreadable record
    # leaves its alert open
    await redis.hset(
        keyspace.alert_acks(),
        "00000000000000aa",
        f'{{"by":"admin:x","at":{int(start * 1000)},"through":{int(start * 1000)}}}',
    )
    await log.acknowledge(failing.id, everyone, "admin:bob")
    assert await redis.hkeys(keyspace.alert_acks()) == [failing.id.encode()]
    await redis.hset(keyspace.alert_acks(), failing.id, "not json")
    assert [a.id for a in await log.open_alerts(everyone)] == [failing.id]
