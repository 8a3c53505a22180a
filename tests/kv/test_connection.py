"""Veil's Redis clients (real servers): a pooled connection the server dropped is resent on
a fresh one; writes are bounded in the caller's own task (no Task per command), and a
write that cannot finish still times out, its connection dropped, never reused mid-command."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from redis.asyncio import Redis
from redis.exceptions import TimeoutError as RedisTimeoutError

from proxy.config import VaultSettings
from proxy.kv.batch import Batch
from proxy.kv.connection import connect, write_timeouts_in_task


async def test_connections_the_server_dropped_are_retried_not_failed(redis7_url: str, tmp_path: Path) -> None:
    conn = connect(VaultSettings(url=redis7_url), data_dir=tmp_path)
    admin = Redis.from_url(redis7_url)
    try:
        client = conn.client
        await asyncio.gather(*(client.set(f"rt:{i}", i) for i in range(4)))  # several pooled connections
        killed = await admin.client_kill_filter(_type="normal", skipme=True)
        assert killed >= 1  # as a restart or a failover would leave them
        for i in range(4):
            assert await client.get(f"rt:{i}") == str(i).encode()
        batch = Batch(client)  # the hot paths' own sender
        batch.execute_command("INCR", "rt:n")
        batch.execute_command("GET", "rt:0")
        await admin.client_kill_filter(_type="normal", skipme=True)
        assert await batch.execute() == [1, b"0"]
    finally:
        await admin.aclose()
        await conn.close()


async def test_commands_run_without_a_task_per_write(redis7_url: str, tmp_path: Path) -> None:
    conn = connect(VaultSettings(url=redis7_url), data_dir=tmp_path)
    try:
        await conn.client.ping()  # connected (the handshake may create tasks of its own)
        created = 0
        loop = asyncio.get_running_loop()
        previous = loop.get_task_factory()

        def counting(loop_: asyncio.AbstractEventLoop, coro, **kwargs):  # type: ignore[no-untyped-def]
            nonlocal created
            created += 1
            return asyncio.Task(coro, loop=loop_, **kwargs)

        loop.set_task_factory(counting)
        try:
            for i in range(20):
                await conn.client.set(f"wt:{i}", i)
                assert await conn.client.get(f"wt:{i}") == str(i).encode()
        finally:
            loop.set_task_factory(previous)
        assert created == 0  # redis-py's own path creates one per command (asyncio.wait_for, 3.11)
    finally:
        await conn.close()


async def test_a_write_the_server_never_reads_times_out_and_drops_the_connection() -> None:
    stalled: list[asyncio.StreamWriter] = []

    async def accept_and_never_read(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        stalled.append(writer)

    server = await asyncio.start_server(accept_and_never_read, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    client = Redis(
        host="127.0.0.1",
        port=port,
        socket_timeout=0.5,
        socket_connect_timeout=1,
        protocol=2,
        retry_on_error=[],
        driver_info=None,
    )  # no handshake to answer
    write_timeouts_in_task(client.connection_pool)
    conn = await client.connection_pool.get_connection()  # type: ignore[no-untyped-call]
    try:
        await conn.connect()
        started = time.monotonic()
        with pytest.raises(RedisTimeoutError):
            await conn.send_packed_command([b"x" * (64 << 20)])  # far more than the socket buffers hold
        assert time.monotonic() - started < 3
        assert not conn.is_connected
        assert conn.socket_timeout == 0.5  # the read timeout is back for the next use
    finally:
        await client.connection_pool.release(conn)
        await client.aclose()
        for writer in stalled:
            writer.close()
        server.close()
