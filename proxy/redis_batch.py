"""Many commands on one pooled connection, packed in one pass by hiredis.

redis-py's asyncio pipeline packs every argument in Python: for the vault's batched
token scripts (seven arguments per token) that packing was a quarter of the client's
CPU per new token. hiredis (already the reply parser) packs the same RESP in C. Used
only for hot batches on a single server or Sentinel master; Cluster keeps redis-py's
pipeline, which routes each command to its slot's node.

Every command's reply is read before the connection goes back to the pool, so the
socket never desyncs; a cancelled or failed read closes the connection instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import hiredis  # redis[hiredis] is a dependency: the reply parser, and here the packer
from redis.asyncio import Redis
from redis.asyncio.cluster import RedisCluster
from redis.exceptions import ResponseError

Arg = str | bytes | int


def packable(redis: Redis) -> bool:
    """Whether `run_packed` may be used with this client: one server (not Cluster)."""
    return not isinstance(redis, RedisCluster)


async def run_packed(redis: Redis, commands: Sequence[Sequence[Arg]]) -> list[Any]:
    """Send the commands in one write and return their replies in order; an error reply
    is returned as its exception (like `pipeline.execute(raise_on_error=False)`)."""
    pool = redis.connection_pool
    conn = await pool.get_connection()  # type: ignore[no-untyped-call]
    try:
        packed: list[bytes] = [hiredis.pack_command(tuple(c)) for c in commands]  # type: ignore[arg-type]
        await conn.send_packed_command(packed)
        replies: list[Any] = []
        for _ in commands:
            try:
                replies.append(await conn.read_response())
            except ResponseError as error:  # the server answered: the stream is still in step
                replies.append(error)
        return replies
    except BaseException:
        await conn.disconnect()
        raise
    finally:
        await pool.release(conn)
