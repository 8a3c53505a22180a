"""`Share.close` at a shutdown: no drain starts after it, so none takes a lease that
nobody releases before the process exits. Real Redis."""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

from proxy.inbound.membership import Membership
from proxy.inbound.share import Share


async def test_a_look_in_flight_at_close_starts_no_drain(redis: Redis) -> None:
    """The inbound path closes the tokeniser's share while its loop may be in the middle of
    a tick (its look at the shards is a Redis round trip). The tick must not start drains
    once the share is closed: such a drain took its shard's lease during the shutdown,
    nobody cancelled or awaited it, and the lease outlived the worker (a takeover 8 s late)."""
    await redis.flushdb()
    membership = Membership(redis, "worker-a")  # never beaten: owns and looks at everything
    started: list[int] = []

    async def drain(key: int) -> None:
        started.append(key)

    share: Share[int] = Share(membership, lambda: [0, 1], lambda k: f"ingress:t:{k}", lambda k: f"s:{k}", drain)
    for k in (0, 1):
        await redis.xadd(f"s:{k}", {"f": "v"})
    tick = asyncio.create_task(share.tick(redis))
    await asyncio.sleep(0)  # the tick's look (a pipeline of XLEN/XRANGE) is in flight
    assert not tick.done()
    await share.close()
    await tick
    orphans = list(share.active.values())
    for task in orphans:
        task.cancel()
    await asyncio.gather(*orphans, return_exceptions=True)
    assert not orphans and started == [], "a drain started after the share was closed"


async def test_an_open_share_starts_the_drains_its_look_found(redis: Redis) -> None:
    """The same tick without a close starts both drains (the test above can fail)."""
    await redis.flushdb()
    membership = Membership(redis, "worker-a")
    started: list[int] = []

    async def drain(key: int) -> None:
        started.append(key)

    share: Share[int] = Share(membership, lambda: [0, 1], lambda k: f"ingress:t:{k}", lambda k: f"s:{k}", drain)
    for k in (0, 1):
        await redis.xadd(f"s:{k}", {"f": "v"})
    await share.tick(redis)
    await asyncio.gather(*share.active.values())
    assert sorted(started) == [0, 1]
