"""lease_take against real Redis (7 and 6.2): lease, reclaim, read and state in one call."""

from __future__ import annotations

import asyncio

import pytest
from redis.asyncio import Redis

from proxy.kv.batch import BatchGroup
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


class _SlowReplies:
    """A TCP relay to Redis that passes commands at once and holds each reply back:
    the window in which a command has run but its caller has not heard."""

    def __init__(self, target_port: int, delay_s: float) -> None:
        self.target_port = target_port
        self.delay_s = delay_s
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter, delay_s: float) -> None:
            while data := await src.read(65536):
                await asyncio.sleep(delay_s)
                dst.write(data)
                await dst.drain()
            dst.close()

        try:
            await asyncio.gather(
                pump(reader, up_writer, 0.0), pump(up_reader, writer, self.delay_s), return_exceptions=True
            )
        except asyncio.CancelledError:  # the test's loop closing under a held-back reply
            pass
        writer.close()


async def test_a_take_cancelled_after_redis_ran_it_leaves_the_lease_free(redis: Redis) -> None:
    """A stopping worker cancels its drains; one cancelled while its take's reply is on the
    way holds a lease it never learns of, and without a release the next worker waits a
    whole lease period (the graceful handover in tests/faults/test_workers.py)."""
    port = redis.connection_pool.connection_kwargs.get("port")
    if not port:
        pytest.skip("needs Redis on TCP")
    relay = _SlowReplies(int(port), delay_s=0.3)
    client = Redis(port=await relay.start())
    try:
        # a pooled connection and the script cached first: the take is then one round trip
        await lease_take(Lease(client, "lt:{c}:warm", "worker-a", 30.0), "lt:{c}:s", "g", 10)
        lease = Lease(client, "lt:{c}:lease", "worker-a", 30.0, BatchGroup(client))
        task = asyncio.create_task(lease_take(lease, "lt:{c}:s", "g", 10))
        for _ in range(500):  # until Redis has run the take (its reply is still held back)
            if await redis.get("lt:{c}:lease") is not None:
                break
            await asyncio.sleep(0.01)
        assert await redis.get("lt:{c}:lease") == b"worker-a"
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await redis.get("lt:{c}:lease") is None
        assert await lease_take(Lease(redis, "lt:{c}:lease", "worker-b", 30.0), "lt:{c}:s", "g", 10) == (True, [], {})
    finally:
        await client.aclose()
        assert relay.server is not None
        relay.server.close()
