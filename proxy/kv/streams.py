"""Redis stream plumbing shared by the ingress and delivery workers: leases, groups, Lua.

A *lease* makes one worker (of any process) the only consumer of one stream at a time,
so entries are handled in stream order: that is what keeps each customer's events in
order. A consumer group keeps what a worker read but did not finish in its pending
list; whoever holds the lease next takes those entries over first (XAUTOCLAIM, which
Redis 6.2 has), so a crashed worker's in-flight entries are reclaimed, in order.
Scripts queued on a `Batch` go as EVALSHA, falling back to their text if Redis lost
them; called directly (cold paths) they go as EVAL, which never fails for a lost cache.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Sequence
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError, ResponseError

from proxy.kv.batch import Batch, BatchGroup
from proxy.kv.replies import as_str
from proxy.kv.scripts import lua_source

Entry = tuple[str, dict[str, bytes]]


def eval_script(
    client: Redis | Pipeline | Batch, text: str, keys: Sequence[str], args: Sequence[str | bytes | int]
) -> Any:
    """EVAL on a client (awaitable) or queued on a pipeline; EVALSHA on a `Batch`."""
    if isinstance(client, Batch):
        return client.eval(text, keys, args)
    return client.execute_command("EVAL", text, len(keys), *keys, *args)  # type: ignore[no-untyped-call]


_LEASE, _LEASE_TAKE = lua_source("lease"), lua_source("lease_take")


class Lease:
    """`SET NX PX` ownership of one stream, renewed while working, released after."""

    def __init__(self, redis: Redis, key: str, holder: str, ttl_s: float, group: BatchGroup | None = None) -> None:
        self.redis = redis
        self.group = group  # its calls share writes with the other batches of its component
        self.key = key
        self.holder = holder
        self.ttl_ms = max(1, int(ttl_s * 1000))

    def queue(self, batch: Batch, op: str) -> None:
        """Queue `op` (acquire, renew, release) on a batch; its reply is 1 if it held."""
        batch.eval(_LEASE, [self.key], [op, self.holder, self.ttl_ms])

    async def _call(self, op: str) -> bool:
        batch = Batch(self.redis, self.group)
        self.queue(batch, op)
        return bool((await batch.execute())[0])

    async def acquire(self) -> bool:
        return await self._call("acquire")

    async def renew(self) -> bool:
        return await self._call("renew")

    async def release(self) -> None:
        await self._call("release")

    async def release_alone(self) -> None:
        """Release outside the group: for a cancelled caller's clean-up, which must neither
        join nor lead a group whose other members are being torn down with it."""
        batch = Batch(self.redis)
        self.queue(batch, "release")
        await batch.execute()


async def lease_take(
    lease: Lease, stream: str, group: str, count: int, *, renew: bool = False, state_key: str | None = None
) -> tuple[bool, list[Entry], dict[str, str]]:
    """Take (or, with `renew`, keep) the lease and read the next entries in one call:
    (held, entries as `take` returns them, the hash at `state_key`). Not held: nothing read."""
    keys = [lease.key, stream] + ([state_key] if state_key else [])
    args: list[str | bytes | int] = [
        "renew" if renew else "acquire",
        lease.holder,
        lease.ttl_ms,
        group,
        lease.holder,
        count,
    ]
    batch = Batch(lease.redis, lease.group)
    batch.eval(_LEASE_TAKE, keys, args)
    try:
        reply = (await batch.execute())[0]
    except BaseException:
        # The take may have run in Redis with only its reply lost (a worker stopping
        # cancels its drains mid-call): the lease would then be held by a caller that
        # never learns it, and the next worker would wait out a whole lease period.
        # Releasing is safe either way: only the holder's own lease is deleted.
        with contextlib.suppress(RedisError, OSError):
            await lease.release_alone()
        raise
    if not int(reply[0]):
        return False, [], {}
    out: list[Entry] = [
        (as_str(e[0]), {as_str(e[1][i]): e[1][i + 1] for i in range(0, len(e[1]), 2)}) for e in reply[1] if e and e[1]
    ]  # None: deleted while pending (6.2)
    flat = reply[2]
    return True, out, {as_str(flat[i]): as_str(flat[i + 1]) for i in range(0, len(flat), 2)}


def _entries(reply: Any) -> list[Entry]:
    out: list[Entry] = []
    for entry_id, fields in reply or []:
        if fields is None:  # deleted while pending (6.2 reports it so)
            continue
        out.append((as_str(entry_id), {as_str(k): v for k, v in fields.items()}))
    return out


async def ensure_group(redis: Redis, stream: str, group: str) -> None:
    try:
        await redis.xgroup_create(stream, group, id="0", mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


async def take(redis: Redis, stream: str, group: str, consumer: str, count: int) -> list[Entry]:
    """Entries to work on, in order: first any left pending by an earlier holder (or by
    this one, after a failure), then new ones. Call only while holding the lease."""
    for _ in range(2):
        try:
            claimed = await redis.xautoclaim(stream, group, consumer, min_idle_time=0, start_id="0-0", count=count)
            pending = _entries(claimed[1])
            if pending:
                return pending
            reply: Any = await redis.xreadgroup(group, consumer, {stream: ">"}, count=count)
            return _entries(reply[0][1]) if reply else []
        except ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            await ensure_group(redis, stream, group)
    return []


def reconnect_delay_s(failures: int, base_s: float, cap_s: float = 5.0) -> float:
    """Pause after the n-th consecutive failure to reach Redis: exponential with equal jitter,
    capped, so many workers retrying an outage neither hammer Redis nor retry in lockstep,
    and recovery is noticed within `cap_s` once it is back."""
    step: float = min(cap_s, base_s * 2 ** min(max(0, failures - 1), 16))
    return step / 2 + random.uniform(0, step / 2)  # noqa: S311 - jitter, not security


def entry_ms(entry_id: str) -> int:
    """The time (ms) Redis stamped an entry id with: when it was appended."""
    return int(entry_id.split("-", 1)[0])
