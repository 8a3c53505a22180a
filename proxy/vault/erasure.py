"""Erasing a subject end to end (docs/design.md "The vault on Redis", docs/decisions.md 7 and 23).

Order, so a crash part-way leaves nothing readable and the erasure still re-applies:
1. read which tokens each subscriber received (the inbound delivery record,
   `subject_sent`), before the vault forgets the subject;
2. purge the subject's sealed inbound updates (`purge_inbound`: the ingress store lives
   above the vault, so the runtime passes its purge in);
3. `VaultAdmin.erase`: data key, tokens (tombstones marked so no value reclaims
   them), aliases; alias hashes go to the erasure ledger;
4. record the subject id in the subject ledger too (a subject may have no alias),
   so a restore of an older backup erases it again;
5. write the receipt, delete the delivery records, and queue one signed notice per
   subscriber with an `erasure_url` that received tokens of the subject, listing exactly
   those tokens (a subscriber that received nothing gets no notice).
The caller audits the erasure *before* calling this (fail closed on audit failure).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from redis.asyncio import Redis

from proxy.kv import as_str, keyspace
from proxy.vault.admin import VaultAdmin
from proxy.vault.erasure_notices import ErasureNotices

log = logging.getLogger("veil.erasure")

PurgeInbound = Callable[[str, set[str]], Awaitable[int]]
"""`purge(tenant, alias_hashes)`: drop a subject's sealed inbound updates; returns how many."""


@dataclass(frozen=True, slots=True)
class ErasureResult:
    receipt_id: str
    tenant: str
    subject: str
    tokens: int
    aliases: int
    erased_at: int
    notified: tuple[str, ...]  # subscribers a notice was queued for


async def _delivered_tokens(redis: Redis, tenant: str, subject: str,
                            subscribers: Sequence[str]) -> dict[str, list[str]]:
    """Tokens of this subject each subscriber received, as the inbound path recorded them
    when it queued deliveries (`keyspace.subject_sent`, one set per subscriber in the
    subject's slot). Subscribers that received nothing are absent."""
    async with redis.pipeline(transaction=False) as pipe:
        for name in subscribers:
            pipe.smembers(keyspace.subject_sent(tenant, subject, name))
        replies = await pipe.execute() if subscribers else []
    return {name: sorted(as_str(t) for t in tokens)
            for name, tokens in zip(subscribers, replies, strict=True) if tokens}


class Eraser:
    def __init__(self, redis: Redis, admin: VaultAdmin, notices: ErasureNotices, *,
                 purge_inbound: PurgeInbound) -> None:
        self._redis = redis
        self._admin = admin
        self._notices = notices
        self._purge_inbound = purge_inbound

    async def erase(self, tenant: str, subject: str, *, actor: str) -> ErasureResult:
        subscribers = self._notices.subscribers_of(tenant)
        delivered = await _delivered_tokens(self._redis, tenant, subject, subscribers)
        alias_hashes = {as_str(h) for h in await self._redis.smembers(keyspace.subject_aliases(tenant, subject))}
        purged = await self._purge_inbound(tenant, alias_hashes)
        receipt = await self._admin.erase(tenant, subject)
        receipt_id = "era_" + secrets.token_hex(10)
        record: dict[str, str | int] = {"tenant": tenant, "subject": subject, "tokens": len(receipt.tokens),
                                  "aliases": receipt.aliases, "erased_at": receipt.erased_at, "actor": actor,
                                  "sealed_updates_purged": purged}
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hset(keyspace.erased_subjects(tenant), subject, str(receipt.erased_at))
            pipe.hset(keyspace.erasure_receipt(receipt_id), mapping={k: v for k, v in record.items()})
            for name in subscribers:  # the delivery records name the subject's tokens: gone with it
                pipe.delete(keyspace.subject_sent(tenant, subject, name))
            await pipe.execute()
        notified = []
        for sub in self._notices.subscribers_for(tenant):
            tokens = delivered.get(sub.name, [])
            if not tokens:
                continue
            await self._notices.enqueue(receipt_id, tenant, sub.name, tokens, receipt.erased_at)
            notified.append(sub.name)
        return ErasureResult(receipt_id, tenant, subject, len(receipt.tokens), receipt.aliases,
                             receipt.erased_at, tuple(notified))

    async def reapply_ledger(self, tenants: Sequence[str]) -> int:
        """Erase again every subject the ledgers name (after a restore); returns how many."""
        count = 0
        for tenant in tenants:
            subjects = {s.decode() if isinstance(s, bytes) else str(s)
                        for s in await self._redis.hkeys(keyspace.erased_subjects(tenant))}
            for alias_hash in await self._redis.hkeys(keyspace.erasure_ledger(tenant)):
                h = alias_hash.decode() if isinstance(alias_hash, bytes) else str(alias_hash)
                found = await self._redis.get(keyspace.alias(tenant, h))
                if found is not None:
                    subjects.add(found.decode() if isinstance(found, bytes) else str(found))
            for subject in sorted(subjects):
                if await self._live(tenant, subject):
                    await self._admin.erase(tenant, subject)
                    count += 1
        return count

    async def _live(self, tenant: str, subject: str) -> bool:
        return int(await self._redis.exists(keyspace.subject_record(tenant, subject),
                                            keyspace.subject_tokens(tenant, subject),
                                            keyspace.subject_aliases(tenant, subject))) > 0
