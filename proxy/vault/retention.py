"""Retention per entity type, set by a DPO through the admin API.

`vault.retention_days` bounds every token (a token expires that long after it was
last seen). A DPO may shorten it per entity type and tenant (say, `IBAN_CODE: 30`);
the rules live in Redis and a sweep, run by one worker at a time (a Redis lock) every
few minutes and at once after a change, sets each matching token's expiry to
last-seen + the entity's retention when that is sooner. Expiry leaves the tombstone,
as the vault's own TTL does. A rule can only shorten: longer than the vault's
retention is refused, since the subject record expires with the vault's TTL anyway.

The same sweep runs the `sweepers` it is handed: the stores beside the vault that hold
personal data and live above it (quarantine, delivery queues, dead letters: the inbound
path's `sweep_stores`), trimmed to `vault.stores.*_days`. Erasure receipts and notices
expire by their own TTL, set when they are written.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence

from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.config import ENTITY_NAME, VaultSettings
from proxy.errors import BadRequest
from proxy.kv import as_str, keyspace

log = logging.getLogger("veil.retention")
LOCK_S = 300
BATCH = 500


Sweeper = Callable[[float], Awaitable[int]]
"""`sweep(now)`: trim one family of stores to its retention; returns how many entries went."""


class Retention:
    def __init__(self, redis: Redis, settings: VaultSettings, *, sweepers: Sequence[Sweeper] = ()) -> None:
        self._redis = redis
        self._max_days = settings.retention_days
        self._sweepers = tuple(sweepers)

    async def rules(self, tenant: str) -> dict[str, int]:
        raw = await self._redis.hgetall(keyspace.retention(tenant))
        return {as_str(k): int(as_str(v)) for k, v in raw.items()}

    async def set_rule(self, tenant: str, entity: str, days: int | None) -> None:
        if not ENTITY_NAME.match(entity):
            raise BadRequest(["entity: must match [A-Z][A-Z0-9_]{1,40}"])
        if days is None:
            await self._redis.hdel(keyspace.retention(tenant), entity)
            return
        if isinstance(days, bool) or not 1 <= days <= self._max_days:  # a stored "True" broke every later read
            raise BadRequest([f"days: between 1 and vault.retention_days ({self._max_days})"])
        await self._redis.hset(keyspace.retention(tenant), entity, str(days))

    async def sweep(self, tenants: list[str], *, now: float | None = None) -> int:
        """Shorten the expiry of tokens whose entity has a shorter rule; returns how many."""
        now = time.time() if now is None else now
        changed = 0
        for tenant in tenants:
            rules = await self.rules(tenant)
            if not rules:
                continue
            batch: list[str] = []
            async for key in self._redis.scan_iter(match=keyspace.token_pattern(tenant), count=1000):
                batch.append(as_str(key))
                if len(batch) >= BATCH:
                    changed += await self._apply(batch, rules, now)
                    batch = []
            changed += await self._apply(batch, rules, now)
        return changed

    async def _apply(self, keys: list[str], rules: dict[str, int], now: float) -> int:
        if not keys:
            return 0
        async with self._redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.hmget(key, ["e", "ls"])
                pipe.ttl(key)
            replies = await pipe.execute()
        changes = []
        for key, (entity, last_seen), ttl in zip(keys, replies[0::2], replies[1::2], strict=True):
            days = rules.get(as_str(entity)) if entity is not None else None
            if days is None or last_seen is None:
                continue
            expire_at = int(as_str(last_seen)) + days * 86_400
            if int(ttl) < 0 or now + int(ttl) > expire_at + 1:
                changes.append((key, expire_at))
        async with self._redis.pipeline(transaction=False) as pipe:
            for key, expire_at in changes:
                pipe.expireat(key, max(expire_at, int(now)))
            await pipe.execute()
        return len(changes)

    async def sweep_stores(self, now: float | None = None) -> int:
        now = time.time() if now is None else now
        return sum([await sweep(now) for sweep in self._sweepers])

    async def run(self, tenants: Callable[[], Awaitable[list[str]]], interval_s: float = 300.0) -> None:
        """Background task: sweep every interval, one worker at a time."""
        while True:
            try:
                if await self._redis.set(keyspace.lock("retention"), "1", nx=True, ex=LOCK_S):
                    changed = await self.sweep(await tenants())
                    if changed:
                        log.info("retention sweep shortened %d token expiries", changed)
                    trimmed = await self.sweep_stores()
                    if trimmed:
                        log.info("retention sweep removed %d entries past their store's bound", trimmed)
            except (RedisError, OSError) as exc:
                log.warning("retention sweep failed (%s)", type(exc).__name__)
            await asyncio.sleep(interval_s)
