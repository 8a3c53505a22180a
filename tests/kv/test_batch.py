"""run_packed against real Redis: replies in order, error replies in place, and a
connection never goes back to the pool out of step with its replies."""

from __future__ import annotations

import asyncio
import time

import pytest
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from proxy.kv.batch import Batch, BatchGroup, run_packed, script_sha


async def test_replies_in_order_with_errors_in_place(redis: Redis) -> None:
    await redis.set("rb:n", "not a number")
    replies = await run_packed(
        redis,
        [
            ["SET", "rb:a", b"\x00\xffbinary"],
            ["INCR", "rb:n"],
            ["GET", "rb:a"],
            ["HMGET", "rb:missing", "x", "y"],
            ["ECHO", 12],
        ],
    )
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
    ((entry_id, _),) = await redis.xrange("rb:stream")
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


class _Cutter:
    """A TCP forwarder to Redis that can cut its open connections the way a restarted server
    does: the client's next write still succeeds, and its read then finds the socket closed."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.cut_before = 0.0
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        opened = time.monotonic()
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter, check: bool) -> None:
            while data := await src.read(65536):
                if check and opened < self.cut_before:
                    break  # a connection from before the "restart": drop it, unanswered
                dst.write(data)
                await dst.drain()
            dst.close()

        await asyncio.gather(pump(reader, up_writer, True), pump(up_reader, writer, False), return_exceptions=True)
        writer.close()


async def test_a_batch_on_a_connection_the_server_dropped_is_sent_again_on_a_fresh_one(
    redis: Redis, redis_url: str
) -> None:
    port = redis.connection_pool.connection_kwargs.get("port")
    if not port:
        pytest.skip("needs Redis on TCP")
    cutter = _Cutter(int(port))
    client = Redis(port=await cutter.start())
    try:
        assert await run_packed(client, [["SET", "rb:cut", "1"]]) == [b"OK"]  # a pooled connection now
        cutter.cut_before = time.monotonic()  # the server "restarted": that connection is dead
        batch = Batch(client)
        batch.execute_command("INCR", "rb:cut")
        assert await batch.execute() == [2]
        assert await redis.get("rb:cut") == b"2"
    finally:
        await client.aclose()
        assert cutter.server is not None
        cutter.server.close()


async def test_scripts_go_by_sha_and_a_lost_script_cache_reruns_the_batch_with_text(redis: Redis) -> None:
    text = "redis.call('INCR', KEYS[1]); return redis.call('GET', KEYS[1])"
    await redis.delete("rb:s")
    await redis.script_flush()
    batch = Batch(redis)
    batch.eval(text, ["rb:s"], [])
    batch.execute_command("GET", "rb:s")
    assert await batch.execute() == [b"1", b"1"]  # NOSCRIPT, then the whole batch again as EVAL
    assert (await redis.script_exists(script_sha(text))) == [True]  # EVAL loaded it
    calls = int((await redis.info("commandstats"))["cmdstat_eval"]["calls"])
    again = Batch(redis)
    again.eval(text, ["rb:s"], [])
    assert await again.execute() == [b"2"]
    assert int((await redis.info("commandstats"))["cmdstat_eval"]["calls"]) == calls  # by sha this time


async def test_a_group_sends_the_batches_of_one_turn_together_each_with_its_replies(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    try:
        await client.delete("rb:g")
        group = BatchGroup(client)

        async def one(i: int) -> list[object]:
            batch = Batch(client, group)
            batch.execute_command("RPUSH", "rb:g", i)
            batch.execute_command("ECHO", f"batch {i}")
            return await batch.execute()

        replies = await asyncio.gather(*(one(i) for i in range(5)))
        assert [r[1] for r in replies] == [f"batch {i}".encode() for i in range(5)]
        assert await client.lrange("rb:g", 0, -1) == [str(i).encode() for i in range(5)]  # in order
        pool = client.connection_pool
        assert len(pool._available_connections) + len(pool._in_use_connections) == 1  # one write, one connection
        failing = Batch(client, group)
        failing.execute_command("INCR", "rb:g")  # a list: an error reply, for that batch only
        fine = Batch(client, group)
        fine.execute_command("ECHO", "fine")
        results = await asyncio.gather(failing.execute(), fine.execute(), return_exceptions=True)
        assert isinstance(results[0], ResponseError) and results[1] == [b"fine"]
    finally:
        await client.aclose()


async def _reads(client: Redis) -> int:
    """Redis's count of socket reads it processed: one per write a client made."""
    return int((await client.info("stats"))["total_reads_processed"])


async def test_an_in_flight_group_sends_batches_made_during_a_write_in_one_more_write(redis_url: str) -> None:
    client, probe = Redis.from_url(redis_url), Redis.from_url(redis_url)
    try:
        await client.delete("rb:f")
        await client.ping()
        for in_flight, most in ((False, None), (True, 2)):
            group = BatchGroup(client, in_flight=in_flight)

            async def one(i: int, group: BatchGroup = group) -> list[object]:
                for _ in range(i):  # one loop turn after another, as webhooks arrive: never one turn
                    await asyncio.sleep(0)
                batch = Batch(client, group)
                if i == 0:  # the first stays in flight for 50 ms: every later one arrives meanwhile
                    batch.execute_command("BLPOP", "rb:nothing", "0.05")
                batch.execute_command("RPUSH", "rb:f", i)
                return (await batch.execute())[-1:]

            before = await _reads(probe)
            replies = await asyncio.gather(*(one(i) for i in range(20)))
            writes = await _reads(probe) - before - 1  # the INFO itself is one read
            assert len({r[0] for r in replies}) == 20  # each batch its own reply
            if most is None:
                assert writes >= 15  # alone, scattered batches go one write each
            else:
                assert writes <= most, writes  # the first alone, then the rest together
        assert sorted(int(v) for v in await client.lrange("rb:f", 0, -1)) == sorted([*range(20)] * 2)
    finally:
        await client.aclose()
        await probe.aclose()
