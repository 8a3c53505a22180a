"""lease_take against real Redis (7 and 6.2): lease, reclaim, read and state in one call."""

from __future__ import annotations

from redis.asyncio import Redis

from proxy.kv.streams import Lease, lease_take, take


async def test_lease_take_reclaims_first_then_reads_new_and_respects_other_holders(redis: Redis) -> None:
    stream, state = "lt:{p}:s", "lt:{p}:st"
    ids = [(await redis.xadd(stream, {"n": str(i)})).decode() for i in range(4)]
    mine = Lease(redis, "lt:{p}:lease", "worker-a", 5.0)
    held, entries, seen = await lease_take(mine, stream, "g", 2, state_key=state)  # no group yet: made
    assert held and [e[0] for e in entries] == ids[:2] and entries[0][1] == {"n": b"0"} and seen == {}
    other = Lease(redis, "lt:{p}:lease", "worker-b", 5.0)
    assert await lease_take(other, stream, "g", 10) == (False, [], {})
    await mine.release()
    # worker-a "died" holding ids[0:2] pending; ids[1] was deleted meanwhile
    await redis.xdel(stream, ids[1])
    await redis.hset(state, mapping={"head": ids[0], "attempts": "2"})
    held, entries, seen = await lease_take(other, stream, "g", 10, state_key=state)
    assert held and [e[0] for e in entries] == [ids[0]]  # reclaimed first; the deleted one skipped
    assert seen == {"head": ids[0], "attempts": "2"}
    await redis.xack(stream, "g", ids[0])
    held, entries, _ = await lease_take(other, stream, "g", 10, renew=True)
    assert held and [e[0] for e in entries] == ids[2:]  # then the new ones
    await redis.xack(stream, "g", *ids[2:])
    assert await lease_take(other, stream, "g", 10, renew=True) == (True, [], {})
    await other.release()
    assert await lease_take(other, stream, "g", 10, renew=True) == (False, [], {})  # renew needs the lease
    assert await take(redis, stream, "g", "worker-b", 10) == []
