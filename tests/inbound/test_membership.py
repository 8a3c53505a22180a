"""Workers share the queues by membership: one owner per shard or partition while the
views agree, hand-over when a worker leaves or goes silent, and a live worker drains the
queues of one that still heartbeats but does no work (the sweep). Real Redis."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from redis.asyncio import Redis

from proxy.inbound.membership import Membership, delivery_item, ingress_item
from proxy.kv import keyspace
from proxy.kv.batch import Batch
from tests.inbound.harness import Crm, Veil, settings_for, subscriber, text_message, wait_for

ITEMS = [delivery_item("crm", p) for p in range(16)] + [ingress_item("default", s) for s in range(4)]


async def two_workers(redis: Redis) -> tuple[Membership, Membership]:
    """Workers a and b on an empty Redis, each seeing both (two beats each)."""
    await redis.flushdb()
    a, b = Membership(redis, "worker-a"), Membership(redis, "worker-b")
    for m in (a, b, a, b):
        await m.beat()
    return a, b


def owners(members: list[Membership]) -> dict[str, list[str]]:
    return {item: [m.worker_id for m in members if m.owns(item)] for item in ITEMS}


async def test_one_owner_per_item_and_a_leaver_hands_over(redis: Redis) -> None:
    await redis.flushdb()
    a, b, c = (Membership(redis, w) for w in ("worker-a", "worker-b", "worker-c"))
    for m in (a, b, c, a, b):
        await m.beat()
    assert a.live == b.live == c.live == ("worker-a", "worker-b", "worker-c")
    split = owners([a, b, c])
    assert all(len(who) == 1 for who in split.values())
    assert {who[0] for who in split.values()} == {"worker-a", "worker-b", "worker-c"}

    await c.leave()
    await a.beat()
    await b.beat()
    after = owners([a, b])
    assert all(len(who) == 1 for who in after.values())
    # rendezvous hashing: only the leaver's items moved
    assert all(after[item] == who for item, who in split.items() if who[0] != "worker-c")


async def test_a_silent_worker_ages_out(redis: Redis) -> None:
    await redis.flushdb()
    alive, silent = Membership(redis, "alive", ttl_s=0.3), Membership(redis, "silent", ttl_s=0.3)
    await silent.beat()
    await alive.beat()
    assert alive.live == ("alive", "silent")
    await asyncio.sleep(0.5)
    await alive.beat()
    assert alive.live == ("alive",)
    assert all(alive.owns(item) for item in ITEMS)


async def test_a_worker_not_in_the_view_looks_at_everything(redis: Redis) -> None:
    await redis.flushdb()
    other, me = Membership(redis, "other"), Membership(redis, "me")
    await other.beat()
    assert all(me.owns(item) for item in ITEMS)  # never beaten (start-up, Redis down)


async def test_a_live_worker_rescues_the_queues_of_one_that_does_no_work(
    redis_url: str,
    redis: Redis,
    tmp_path: Path,
    start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
) -> None:
    """A 'zombie' keeps heartbeating (so it owns about half the partitions) but never
    drains: every event still arrives, through the sweep, once its head waited past the TTL."""
    await redis.flushdb()
    zombie = Membership(redis, "zombie")
    stop = asyncio.Event()

    async def heartbeat() -> None:
        while not stop.is_set():
            await zombie.beat()
            await asyncio.sleep(0.3)

    beating = asyncio.create_task(heartbeat())
    try:
        crm = await make_crm()
        veil = await start_veil(settings_for(redis_url, tmp_path, [subscriber("crm", crm.url)]))
        await wait_for(
            lambda: "zombie" in veil.inbound.membership.live and len(veil.inbound.membership.live) == 2,
            what="both workers in the view",
        )
        customers = [f"3934712{i:05d}" for i in range(24)]
        zombie_owned = {p for p in range(16) if zombie.owns(delivery_item("crm", p))}
        assert zombie_owned, "the zombie owns some partitions"
        for i, c in enumerate(customers):
            assert (await veil.post(text_message(f"wamid.z{i}", f"hello {i}", wa_id=c))).status == 200
        await wait_for(lambda: len(crm.received) == len(customers), timeout=30, what="every event, rescued")
        assert len({d.event_id for d in crm.received}) == len(customers)
    finally:
        stop.set()
        await beating


async def test_a_ring_reaches_only_the_owner_with_its_items(redis: Redis) -> None:
    a, b = await two_workers(redis)
    rung: list[str] = []
    got = asyncio.Event()
    a.route("delivery:", lambda item: (rung.append(item), got.set()))
    woken = a.listener()
    stop = asyncio.Event()
    listening = asyncio.create_task(a.listen(stop))
    try:
        mine = sorted(item for item in ITEMS if a.owns(item) and item.startswith("delivery:"))[:2]
        theirs = next(item for item in ITEMS if not a.owns(item))
        async with redis.pipeline(transaction=False) as pipe:
            b.ring(pipe, [theirs])  # b adds work to its own item: a hears nothing
            await pipe.execute()
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(got.wait(), 0.3)
        async with redis.pipeline(transaction=False) as pipe:
            b.ring(pipe, [*mine, mine[0]])
            await pipe.execute()
        await asyncio.wait_for(got.wait(), 2.0)
        await asyncio.sleep(0.1)
        assert sorted(rung) == mine  # each rung item once, only a's
        woken.clear()
        await Membership(redis, "worker-c").beat()
        await a.beat()  # the view changed: items may have moved to a
        assert woken.is_set()
    finally:
        stop.set()
        await listening


async def test_a_worker_rings_its_own_items_in_process_after_the_writes(redis: Redis) -> None:
    a, b = await two_workers(redis)
    rung: list[str] = []
    a.route("ingress:", rung.append)
    mine = next(item for item in ITEMS if a.owns(item) and item.startswith("ingress:"))
    theirs = next(item for item in ITEMS if b.owns(item) and item.startswith("ingress:"))
    batch = Batch(redis)
    batch.lpush("work", "x")
    a.ring(batch, [mine, theirs])
    assert rung == []  # nothing rings before the writes are in Redis
    await batch.execute()
    assert rung == [mine]
    assert await redis.llen(keyspace.doorbell("worker-a")) == 0  # no round trip through a's bell
    assert await redis.lrange(keyspace.doorbell("worker-b"), 0, -1) == [theirs.encode()]
