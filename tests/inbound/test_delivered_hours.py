"""The per-hour delivered counts on a real Redis: each ack queues a PFADD of its event id and
an EXPIRE of its hour's key, and `delivered_per_hour` answers the last 24 hours summed over
the asked subscribers, the current hour last, older hours and other subscribers left out; an
event acknowledged twice (a re-sent batch, a redelivery) counts once."""

from __future__ import annotations

from redis.asyncio import Redis

from proxy.config import parse_settings
from proxy.inbound.watch import DELIVERED_TTL_S, DeliveryWatch
from proxy.kv import Batch, keyspace
from proxy.metrics import Metrics
from tests.server.helpers import BASE_ENV

HOUR = 490_000  # a Unix hour (2025-11-23)


async def test_counted_with_the_ack_and_read_per_hour(redis: Redis) -> None:
    watch = DeliveryWatch(redis, parse_settings({}, BASE_ENV), Metrics())
    batch = Batch(redis)
    for sub, hour, times in (
        ("crm", HOUR, 3),
        ("erp", HOUR, 1),
        ("crm", HOUR - 5, 2),
        ("crm", HOUR - 24, 7),
        ("other", HOUR, 9),
    ):
        for i in range(times):
            watch.count_delivered(batch, sub, f"evt-{hour}-{i}", now=hour * 3600 + 1800)
    await batch.execute()
    await batch.execute()  # the same batch again, as when Redis had lost a script: nothing counts twice
    again = Batch(redis)
    watch.count_delivered(again, "crm", f"evt-{HOUR}-0", now=HOUR * 3600 + 3000)  # redelivered, acked again
    await again.execute()
    ttl = await redis.ttl(keyspace.delivered_hour("crm", HOUR))
    assert DELIVERED_TTL_S - 5 < ttl <= DELIVERED_TTL_S

    hours = await watch.delivered_per_hour(["crm", "erp"], now=HOUR * 3600 + 60)
    assert [h for h, _ in hours] == list(range(HOUR - 23, HOUR + 1))
    assert [n for _, n in hours] == [0] * 18 + [2] + [0] * 4 + [4]  # HOUR - 24 is out of the window
    later = await watch.delivered_per_hour(["crm"], now=(HOUR + 1) * 3600)
    assert [n for _, n in later][-2:] == [3, 0]
    assert await watch.delivered_per_hour([], now=HOUR * 3600) == [(h, 0) for h in range(HOUR - 23, HOUR + 1)]


async def test_many_deliveries_are_counted_within_three_standard_errors(redis: Redis) -> None:
    watch = DeliveryWatch(redis, parse_settings({}, BASE_ENV), Metrics())
    batch = Batch(redis)
    for i in range(5000):
        watch.count_delivered(batch, "crm", f"evt-{i:06d}", now=HOUR * 3600)
    await batch.execute()
    [(_, n)] = (await watch.delivered_per_hour(["crm"], now=HOUR * 3600))[-1:]
    assert abs(n - 5000) <= 150, n  # three standard errors (0.81% each); 5065 with these ids
