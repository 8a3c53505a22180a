"""The alert log on a real Redis: alerts raised through the sink reach the stream from its
writer task, group into open alerts per kind, tenant, service and subscriber, age out after
an hour, and a tenant admin's view holds only its tenants'."""

from __future__ import annotations

import asyncio
import time

from prometheus_client import CollectorRegistry
from redis.asyncio import Redis

from proxy.alert_log import OPEN_S, AlertLog
from proxy.alerts import AlertSink, admin_alert


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
