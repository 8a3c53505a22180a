"""run_packed against real Redis: replies in order, error replies in place, and a
connection never goes back to the pool out of step with its replies."""

from __future__ import annotations

import asyncio

import pytest
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from proxy.redis_batch import Batch, run_packed


async def test_replies_in_order_with_errors_in_place(redis: Redis) -> None:
    await redis.set("rb:n", "not a number")
    replies = await run_packed(redis, [["SET", "rb:a", b"\x00\xffbinary"], ["INCR", "rb:n"], ["GET", "rb:a"],
                                       ["HMGET", "rb:missing", "x", "y"], ["ECHO", 12]])
    assert replies[0] is True or replies[0] == b"OK"
    assert isinstance(replies[1], ResponseError)
    assert replies[2:] == [b"\x00\xffbinary", [None, None], b"12"]
    assert await redis.get("rb:a") == b"\x00\xffbinary"  # the pool's connections are in step


async def test_a_cancelled_batch_does_not_return_a_stale_connection(redis: Redis) -> None:
    await redis.delete("rb:empty")
    task = asyncio.ensure_future(run_packed(redis, [["BLPOP", "rb:empty", 1], ["ECHO", "late"]]))
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    for i in range(5):  # had the connection gone back unread, these would get BLPOP's and ECHO's replies
        assert await redis.echo(f"now {i}") == f"now {i}".encode()
    await asyncio.sleep(1.0)
    assert await redis.echo("after") == b"after"


async def test_a_batch_sends_what_a_pipeline_would_and_raises_the_first_error(redis: Redis) -> None:
    batch = Batch(redis)
    batch.sadd("rb:set", "a", "b")
    batch.expire("rb:set", 100)
    batch.lpush("rb:list", "x", "y")
    batch.ltrim("rb:list", 0, 0)
    batch.hget("rb:nohash", "f")
    batch.execute_command("XADD", "rb:stream", "*", "k", "v")
    assert (await batch.execute())[:5] == [2, 1, 2, b"OK", None]
    assert await redis.smembers("rb:set") == {b"a", b"b"} and 0 < await redis.ttl("rb:set") <= 100
    assert await redis.lrange("rb:list", 0, -1) == [b"y"]
    (entry_id, _), = await redis.xrange("rb:stream")
    done = Batch(redis)
    done.xack("rb:stream", "nogroup", entry_id.decode())
    done.xdel("rb:stream", entry_id.decode())
    done.delete("rb:set", "rb:list")
    assert await done.execute() == [0, 1, 2]
    assert await redis.xlen("rb:stream") == 0
    await redis.set("rb:n", "not a number")
    failing = Batch(redis)
    failing.execute_command("INCR", "rb:n")
    failing.execute_command("SET", "rb:after", "1")
    with pytest.raises(ResponseError):
        await failing.execute()
    assert await redis.get("rb:after") == b"1"  # like a pipeline: the rest still ran, in order
    assert await Batch(redis).execute() == []
