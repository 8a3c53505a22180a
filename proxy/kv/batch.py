"""Many commands on one pooled connection, packed in one pass by hiredis.

redis-py's asyncio pipeline packs every argument in Python: for the vault's batched
token scripts (seven arguments per token) that packing was a quarter of the client's
CPU per new token. hiredis (already the reply parser) packs the same RESP in C. On a
Cluster `run_packed` sends each master its share the same way (`kv.cluster_batch`), with
`WAIT` on the connection that carried the writes.

Every command's reply is read before the connection goes back to the pool, so the
socket never desyncs; a cancelled or failed read closes the connection instead.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import math
from collections.abc import Callable, Sequence
from typing import Any

import hiredis  # redis[hiredis] is a dependency: the reply parser, and here the packer
from redis.asyncio import Redis
from redis.asyncio.cluster import RedisCluster
from redis.exceptions import NoScriptError, ResponseError

from proxy.kv.cluster_batch import MasterFlights, run_on_cluster
from proxy.turns import InFlightGroup, TurnGroup, split_as

Arg = str | bytes | int


def _socket_timeout(conn: Any) -> float:
    timeout = getattr(conn, "socket_timeout", None)
    return float(timeout) if timeout else 30.0


def packable(redis: Redis) -> bool:
    """Whether one command may take keys of many slots (one server, not Cluster): the
    vault's scripts over many tokens at once."""
    return not isinstance(redis, RedisCluster)


async def run_packed(redis: Redis, commands: Sequence[Sequence[Arg]]) -> list[Any]:
    """Send the commands in one write and return their replies in order; an error reply
    is returned as its exception (like `pipeline.execute(raise_on_error=False)`). On a
    Cluster, one write per master (`kv.cluster_batch`)."""
    if isinstance(redis, RedisCluster):
        return await run_on_cluster(redis, commands)
    pool = redis.connection_pool
    conn = await pool.get_connection()  # type: ignore[no-untyped-call]
    packed: list[bytes] = [hiredis.pack_command(tuple(c)) for c in commands]  # type: ignore[arg-type]

    async def attempt() -> list[Any]:
        await conn.send_packed_command(packed)  # (re)connects first if the last attempt failed
        replies: list[Any] = []
        # One deadline for the batch rather than one timer per reply (a timer per reply was
        # a tenth of the client's CPU): the connection's socket timeout per reply, at most.
        async with asyncio.timeout(_socket_timeout(conn) * len(commands)):
            for _ in commands:
                try:
                    replies.append(await conn.read_response(timeout=math.inf))
                except ResponseError as error:  # the server answered: the stream is still in step
                    replies.append(error)
        return replies

    try:
        # A pooled connection whose server went away (a restart, a failover) looks healthy
        # until written to: like redis-py's pipelines, retry on a fresh connection as the
        # client's retry policy says. The batches sent here are safe to repeat (markers,
        # idempotent scripts, acks).
        return await conn.retry.call_with_retry(attempt, lambda _error: conn.disconnect())  # type: ignore[no-any-return]
    except BaseException:
        await conn.disconnect()
        raise
    finally:
        await pool.release(conn)


class BatchGroup:
    """Batches of one component executed in the same loop turn, sent in one write
    (`proxy.turns`): each batch's commands stay contiguous and in order, so a WAIT still
    follows its own writes, and each gets its own replies. For batches that can wait one
    loop turn (or `linger_s`, see `TurnGroup`). With `in_flight`, a batch never waits for
    company: it goes at once, or with the others that arrived while one was in flight
    (`InFlightGroup`), which is what a webhook's seal uses; on a Cluster, per master
    (`kv.cluster_batch.MasterFlights`), so a slow shard holds up only its own batches."""

    def __init__(self, redis: Redis, *, linger_s: float = 0.0, in_flight: bool = False) -> None:
        self._redis = redis
        self._turn: TurnGroup[Sequence[Sequence[Arg]], list[Any]] | InFlightGroup[Sequence[Sequence[Arg]], list[Any]]
        self._turn = InFlightGroup(self._run_all) if in_flight else TurnGroup(self._run_all, linger_s=linger_s)
        self._flights = MasterFlights() if in_flight and isinstance(redis, RedisCluster) else None

    async def run(self, commands: Sequence[Sequence[Arg]], *, retries: int | None = None) -> list[Any]:
        """The replies of these commands; `retries` bounds a Cluster's attempts per master
        below the client's policy (`run_on_cluster`)."""
        if self._flights is not None:
            return await run_on_cluster(self._redis, commands, self._flights, retries=retries)
        return await self._turn.run(commands)

    async def _run_all(self, batches: Sequence[Sequence[Sequence[Arg]]]) -> list[list[Any]]:
        return split_as(await run_packed(self._redis, [c for commands in batches for c in commands]), batches)


@functools.cache
def script_sha(text: str) -> str:
    """The id Redis gives a script (EVALSHA): SHA-1 of its text."""
    return hashlib.sha1(text.encode()).hexdigest()  # noqa: S324 - Redis's script id, not security


class Batch:
    """A pipeline's API (`batch.sadd(...)`, `batch.expire(...)`, `eval_script(batch, ...)`)
    that only records the commands; `execute` sends them with `run_packed` (on a Cluster,
    one write per master). Replies are Redis's own (integers, not redis-py's booleans). For
    the hot per-event and per-batch writes, where redis-py's Python packing and reply
    callbacks cost more CPU than Redis spends running the commands.

    Scripts go as EVALSHA (40 bytes instead of the script's text, which Redis would also
    hash on every call). If Redis lost them (a restart, a failover to a replica that never
    ran them), the whole batch is sent again with the scripts' text: a batch may therefore
    run twice, which every hot batch allows (markers, idempotent scripts, acks)."""

    def __init__(self, redis: Redis, group: BatchGroup | None = None, *, retries: int | None = None) -> None:
        self._redis = redis
        self._group = group
        self._retries = retries  # on a Cluster, fewer attempts per master than the client's policy
        self.commands: list[list[Arg]] = []
        self._after: list[Callable[[], None]] = []
        self._scripts: dict[int, str] = {}  # command index -> script text, for EVALSHA's fallback

    def eval(self, text: str, keys: Sequence[str], args: Sequence[Arg]) -> None:
        self._scripts[len(self.commands)] = text
        self.commands.append(["EVALSHA", script_sha(text), len(keys), *keys, *args])

    def after(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the batch has executed without an error reply: for what must
        not happen before its writes reached Redis (ringing this worker's own loops)."""
        self._after.append(callback)

    def execute_command(self, *args: Any, **_options: Any) -> None:
        self.commands.append(list(args))

    # the commands the hot paths queue (the names and arguments of redis-py's pipeline)
    def sadd(self, key: str, *members: Arg) -> None:
        self.execute_command("SADD", key, *members)

    def expire(self, key: str, seconds: int) -> None:
        self.execute_command("EXPIRE", key, seconds)

    def hget(self, key: str, field: str) -> None:
        self.execute_command("HGET", key, field)

    def hset(self, key: str, field: str, value: Arg) -> None:
        self.execute_command("HSET", key, field, value)

    def lpush(self, key: str, *values: Arg) -> None:
        self.execute_command("LPUSH", key, *values)

    def ltrim(self, key: str, start: int, end: int) -> None:
        self.execute_command("LTRIM", key, start, end)

    def xack(self, stream: str, group: str, *ids: str) -> None:
        self.execute_command("XACK", stream, group, *ids)

    def xdel(self, stream: str, *ids: str) -> None:
        self.execute_command("XDEL", stream, *ids)

    def delete(self, *keys: str) -> None:
        self.execute_command("DEL", *keys)

    async def execute(self, *, raise_on_error: bool = True) -> list[Any]:
        """Every reply, in order; the first error reply is raised (as a pipeline does), or
        with `raise_on_error=False` left in place (and the `after` callbacks run anyway:
        for a caller that judges each command's reply itself)."""
        if not self.commands:
            return []
        replies = await self._send(self.commands)
        if any(isinstance(r, NoScriptError) for r in replies):  # (on a Cluster, per master)
            replies = await self._send(self._with_text())
        for reply in replies:
            if isinstance(reply, Exception) and raise_on_error:
                raise reply
        for callback in self._after:
            callback()
        return replies

    async def _send(self, commands: Sequence[Sequence[Arg]]) -> list[Any]:
        if self._group is not None:
            return await self._group.run(commands, retries=self._retries)
        if self._retries is not None and isinstance(self._redis, RedisCluster):
            return await run_on_cluster(self._redis, commands, retries=self._retries)
        return await run_packed(self._redis, commands)

    def _with_text(self) -> list[list[Arg]]:
        """The commands with each EVALSHA as EVAL of its text (which also loads it)."""
        return [["EVAL", self._scripts[i], *c[2:]] if i in self._scripts else c for i, c in enumerate(self.commands)]
