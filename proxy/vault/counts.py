"""The vault's size, kept on write: tokens, subjects and tokens by entity per tenant, read
in one round trip instead of counted key by key (a SCAN took 66 s at a million tokens).

Where the counts live. A count cannot be updated inside the script that writes what it
counts: on Redis Cluster a script touches one hash slot, and a token's slot is its shard
tag's (`{t:<tenant>:<tag>}`, up to ~50,000 of them per tenant) and a subject's is its own
(`{s:<tenant>:<subject>}`). Counters in those slots would have to be summed over tens of
thousands of keys on every read. So the counts are `SHARDS` hashes per tenant in slots of
their own (`keyspace.vault_counts`), and the write that changes them is followed by an
HINCRBY in the next round trip (the tokenizer's owner check already makes one; otherwise
one more). A batch picks one shard at random, so on a Cluster the increments of many
workers spread over the masters rather than queueing on one key; a read sums the shards
(one pipelined round trip per master).

What the counts follow, exactly: a token created by mint.lua (reply 0 or 2: never a
re-use of an existing token), freed by delete or erasure, and a reservation (tombstone
key) made for a new token or dropped by compaction; a subject record created
(`ensure_record`'s HSETNX answered 1), merged away or erased.

What they do not follow: expiry. Records expire `retention_days` after they were last
seen (or sooner by a retention rule) and nothing runs when Redis drops them, so the live
counts overstate by what expired since the last recount. A recount (`recount()`: one
worker at a time under a lock, SCANning as the counts used to be read) runs when a
tenant has none yet (the migration of a vault older than them), once a day in the
background, after a restore, and on `veil vault recount`. Beyond expiry the counts can be
off by the increments of a process that died between its write and the next round trip
(undercount), or of a batch re-sent after its connection was lost mid-reply (overcount);
a recount brings them back. A recount adds the difference between what it found and what
the counters said when it started: concurrent increments are never overwritten, and the
result is exact on a quiet vault, off at most by the tokens minted or freed while the
SCAN ran (which it may or may not have seen).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.errors import VaultUnavailable
from proxy.kv import as_str, keyspace

log = logging.getLogger("veil.counts")

SHARDS = 16
TOKENS, SUBJECTS, RESERVATIONS = "tokens", "subjects", "reservations"
ENTITY = "e:"  # field prefix: live tokens of one entity
LOCK_S = 3600  # a recount of a million tokens takes about a minute; a dead holder frees it after this
RECOUNT_INTERVAL_S = 86_400.0
_PAGE = 1000


class Queue(Protocol):
    """A redis-py pipeline or a `kv.Batch`: what the counts' HINCRBYs are queued on."""

    def execute_command(self, *args: Any, **options: Any) -> Any: ...


def token_delta(entities: Iterable[str], *, sign: int = 1, reservations: int = 0) -> Counter[str]:
    """The change for tokens of these entities created (sign 1) or freed (-1), and
    reservations made or dropped."""
    delta: Counter[str] = Counter()
    for entity in entities:
        delta[TOKENS] += sign
        delta[ENTITY + entity] += sign
    delta[RESERVATIONS] += reservations
    return delta


class VaultCounts:
    def __init__(self, redis: Redis) -> None:
        self._redis = redis

    def queue(self, pipe: Queue, tenant: str, delta: Mapping[str, int]) -> None:
        """HINCRBY the non-zero fields of `delta` on one random shard, on `pipe`."""
        key = keyspace.vault_counts(tenant, random.randrange(SHARDS))  # noqa: S311 - load spreading, not secrecy
        for field, n in sorted(delta.items()):
            if n:
                pipe.execute_command("HINCRBY", key, field, n)

    async def add(self, tenant: str, delta: Mapping[str, int]) -> None:
        """Apply `delta` in a round trip of its own (when no other follows the write)."""
        if not any(delta.values()):
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            self.queue(pipe, tenant, delta)
            await pipe.execute()

    async def _sums(self, tenant: str) -> tuple[Counter[str], int | None]:
        """(the shards' fields summed, when last recounted or None if never)."""
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.get(keyspace.vault_counts_built(tenant))
            for shard in range(SHARDS):
                pipe.hgetall(keyspace.vault_counts(tenant, shard))
            built, *shards = await pipe.execute()
        total: Counter[str] = Counter()
        for fields in shards:
            for field, n in fields.items():
                total[as_str(field)] += int(n)
        return total, None if built is None else int(as_str(built))

    async def read(self, tenant: str) -> dict[str, int]:
        """tokens, subjects, reservations, `e:<entity>` and `counted_at` (the last recount,
        Unix seconds). A tenant never counted is counted first (one SCAN, once)."""
        total, built = await self._sums(tenant)
        if built is None:
            await self.recount(tenant)
            total, built = await self._sums(tenant)
        out = {TOKENS: total[TOKENS], SUBJECTS: total[SUBJECTS], RESERVATIONS: total[RESERVATIONS]}
        out |= {k: v for k, v in sorted(total.items()) if k.startswith(ENTITY) and v}
        return out | {"counted_at": built or 0}

    async def forget(self, tenant: str) -> None:
        """The counts no longer describe the keys (a restore replaced them): the next read
        recounts."""
        await self._redis.delete(keyspace.vault_counts_built(tenant))

    async def recount(self, tenant: str) -> dict[str, int]:
        """Count every key of the tenant (SCAN) and correct the counters by the difference;
        returns what was found. VaultUnavailable while another worker recounts."""
        lock = keyspace.lock(f"recount:{tenant}")
        if not await self._redis.set(lock, str(time.time()), nx=True, ex=LOCK_S):
            raise VaultUnavailable("the vault's counts are being rebuilt by another worker; retry in a minute")
        try:
            before, _ = await self._sums(tenant)
            found = await self._scan(tenant)
            async with self._redis.pipeline(transaction=False) as pipe:
                fix = {k: found.get(k, 0) - before.get(k, 0) for k in set(found) | set(before)}
                key = keyspace.vault_counts(tenant, 0)
                for field, n in sorted(fix.items()):
                    if n:
                        pipe.hincrby(key, field, n)
                pipe.set(keyspace.vault_counts_built(tenant), str(int(time.time())))
                await pipe.execute()
            return dict(found)
        finally:
            await self._redis.delete(lock)

    async def _scan(self, tenant: str) -> Counter[str]:
        found: Counter[str] = Counter()
        page: list[bytes] = []
        async for key in self._redis.scan_iter(match=keyspace.token_pattern(tenant), count=_PAGE):
            page.append(key)
            if len(page) >= _PAGE:
                await self._count_entities(page, found)
        await self._count_entities(page, found)
        async for _ in self._redis.scan_iter(match=keyspace.subject_pattern(tenant), count=_PAGE):
            found[SUBJECTS] += 1
        async for _ in self._redis.scan_iter(match=keyspace.tombstone_pattern(tenant), count=_PAGE):
            found[RESERVATIONS] += 1
        return found

    async def _count_entities(self, keys: list[bytes], found: Counter[str]) -> None:
        """Add these token records by entity (one pipelined round trip), then empty `keys`.
        A record that expired between the SCAN and the read is not counted."""
        if not keys:
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.hget(key, "e")
            for entity in await pipe.execute():
                if entity is not None:
                    found[TOKENS] += 1
                    found[ENTITY + as_str(entity)] += 1
        keys.clear()

    async def run(self, tenants: Callable[[], Awaitable[list[str]]], interval_s: float = RECOUNT_INTERVAL_S) -> None:
        """Background task: recount each tenant whose last recount is older than the
        interval (expiry is the one change nothing counts), one worker at a time. It
        starts after its first pause: a tenant never counted is counted by its first read
        (the metrics sampler's, at start), and tests that count what they wrote see no
        recount racing their writes."""
        while True:
            await asyncio.sleep(min(interval_s, 3600.0))
            try:
                for tenant in await tenants():
                    _, built = await self._sums(tenant)
                    if built is None or time.time() - built >= interval_s:
                        await self.recount(tenant)
            except VaultUnavailable:
                pass  # another worker is recounting
            except (RedisError, OSError) as exc:
                log.warning("vault recount failed (%s)", type(exc).__name__)
