"""Rewriting Redis's append-only file after an erasure, within a bounded time.

Deleting a subject leaves its earlier writes in the AOF: replaying the file up to the
erasure brings back the wrapped data key and every sealed value, which the live keys
open. `BGREWRITEAOF` replaces the file with the dataset as it is now. An erasure calls
`request(receipt)`: the receipt joins a pending set and the rewrite falls due at the
latest `vault.aof_rewrite_after_s` later (erasures in between share one rewrite). The
background `run` loop, on whichever worker takes the lock, starts the rewrite on every
primary, waits for it to finish, and stamps each pending receipt with `aof_rewrite`
("done", "off" when the server keeps no AOF, or "failed", which raises the
`aof_rewrite_failed` alert and is tried again `after_s` later) and `aof_rewritten_at`. An
erasure that arrives while a rewrite runs stays pending for the next one (the rewrite
copies the dataset as of its start). Replicas and RDB files are the operator's
(docs/operations.md): a replica keeps its own AOF, and Veil writes only to primaries.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.cluster import RedisCluster
from redis.exceptions import RedisError, ResponseError

from proxy.alerts import Alert, AlertSink
from proxy.kv import as_str, keyspace

log = logging.getLogger("veil.erasure")
LOCK_S = 900
POLL_S = 0.2


async def _info(redis: Redis, node: Any | None) -> dict[str, Any]:
    if node is None:
        return dict(await redis.info("persistence"))
    return dict(await redis.info("persistence", target_nodes=node))


async def _start(redis: Redis, node: Any | None) -> None:
    """Start a rewrite; one already running copied an older dataset, so wait and start again."""
    while True:
        try:
            if node is None:
                await redis.execute_command("BGREWRITEAOF")  # type: ignore[no-untyped-call]
            else:
                await redis.execute_command("BGREWRITEAOF", target_nodes=node)  # type: ignore[no-untyped-call]
            return
        except ResponseError as exc:
            if "already in progress" not in str(exc):
                raise
        await asyncio.sleep(POLL_S)


async def _finished(redis: Redis, node: Any | None, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        info = await _info(redis, node)
        if not int(info.get("aof_rewrite_in_progress", 0)) and not int(info.get("aof_rewrite_scheduled", 0)):
            return str(info.get("aof_last_bgrewrite_status", "ok")) == "ok"
        await asyncio.sleep(POLL_S)
    return False


async def rewrite(redis: Redis, timeout_s: float = 600.0) -> str:
    """Rewrite the AOF of every primary and wait: "done", "off" (no AOF kept) or "failed"
    (the rewrite failed, timed out, or the server refuses the command: a managed Redis that
    renamed it, an ACL user without it)."""
    nodes: list[Any | None] = list(redis.get_primaries()) if isinstance(redis, RedisCluster) else [None]
    outcome = "off"
    for node in nodes:
        try:
            if not int((await _info(redis, node)).get("aof_enabled", 0)):
                continue
            await _start(redis, node)
        except ResponseError as exc:
            log.warning("append-only file rewrite refused by Redis (%s)", type(exc).__name__)
            return "failed"
        if not await _finished(redis, node, timeout_s):
            return "failed"
        outcome = "done"
    return outcome


class AofRewrite:
    def __init__(self, redis: Redis, after_s: int, alerts: Callable[[], AlertSink | None] = lambda: None) -> None:
        self._redis = redis
        self.after_s = after_s
        self._alerts = alerts

    async def request(self, receipt_id: str) -> None:
        """An erasure happened: the file is rewritten within `after_s` from now at the latest."""
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.sadd(keyspace.aof_rewrite_pending(), receipt_id)
            pipe.set(keyspace.aof_rewrite_due(), str(int(time.time()) + self.after_s), nx=True)
            await pipe.execute()

    async def run_due(self, now: float | None = None) -> str | None:
        """Rewrite if one is due and no other worker is at it: its outcome, else None."""
        now = time.time() if now is None else now
        due = await self._redis.get(keyspace.aof_rewrite_due())
        if due is None or float(as_str(due)) > now:
            return None
        if not await self._redis.set(keyspace.lock("aof_rewrite"), "1", nx=True, ex=LOCK_S):
            return None
        try:
            pending = [as_str(r) for r in await self._redis.smembers(keyspace.aof_rewrite_pending())]
            outcome = await rewrite(self._redis)
            finished = int(time.time())
            async with self._redis.pipeline(transaction=False) as pipe:
                for receipt in pending:
                    pipe.exists(keyspace.erasure_receipt(receipt))
                alive = [r for r, n in zip(pending, await pipe.execute(), strict=True) if int(n)]
            async with self._redis.pipeline(transaction=False) as pipe:
                for receipt in alive:  # one that expired meanwhile is not brought back
                    pipe.hset(
                        keyspace.erasure_receipt(receipt),
                        mapping={"aof_rewrite": outcome, "aof_rewritten_at": str(finished)},
                    )
                if pending and outcome != "failed":
                    pipe.srem(keyspace.aof_rewrite_pending(), *pending)
                pipe.delete(keyspace.aof_rewrite_due())
                await pipe.execute()
            if outcome == "failed":  # try again after the same bound
                await self._redis.set(keyspace.aof_rewrite_due(), str(finished + self.after_s))
                sink = self._alerts()
                if sink is not None:
                    sink.emit(Alert(kind="aof_rewrite_failed", severity="error", detail={"erasures": len(pending)}))
            elif await self._redis.scard(keyspace.aof_rewrite_pending()):  # erased during the rewrite
                await self._redis.set(keyspace.aof_rewrite_due(), str(finished + self.after_s), nx=True)
            log.info("append-only file rewrite after erasure: %s (%d receipts)", outcome, len(pending))
            return outcome
        finally:
            await self._redis.delete(keyspace.lock("aof_rewrite"))

    async def run(self, interval_s: float = 2.0) -> None:
        while True:
            try:
                await self.run_due()
            except (RedisError, OSError) as exc:
                log.warning("append-only file rewrite failed (%s)", type(exc).__name__)
            await asyncio.sleep(interval_s)
