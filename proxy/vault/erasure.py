"""Erasing a subject end to end (docs/design.md "The vault on Redis", docs/decisions.md 7 and 23).

Order, so a crash part-way leaves nothing readable and the erasure still re-applies:
1. read which tokens each subscriber received (the inbound delivery record,
   `subject_sent`) and the subject's values in clear (an `ErasureTarget`), before the
   vault forgets the subject;
2. run every purger with the target: the stores that live above the vault (sealed
   updates in ingress and quarantine, delivery queues and dead letters) are reached
   through callables the runtime passes in, so the vault never imports upward;
3. `VaultAdmin.erase`: data key, tokens (tombstones marked so no value reclaims
   them), aliases; alias hashes go to the erasure ledger;
4. run the purgers named `again_after_vault` again (an event of the subject queued while
   step 3 ran is gone before the notice is queued);
5. record the subject id in the subject ledger too (a subject may have no alias), so
   a restore of an older backup erases it again; it is written once before step 3 as
   well, so a worker that resolved the subject just before cannot re-create its record;
6. write the receipt (it expires after `vault.stores.receipt_days`), delete the delivery
   records, queue one signed notice per subscriber with an `erasure_url` that received
   tokens of the subject, listing exactly those tokens (a subscriber that received
   nothing gets no notice), and ask for an append-only-file rewrite (`AofRewrite`).
The caller audits the erasure *before* calling this (fail closed on audit failure).
The values held in the target are used to search sealed entries and dropped with it:
they are never logged, stored or returned.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from redis.asyncio import Redis

from proxy.kv import as_str, keyspace
from proxy.vault.admin import VaultAdmin
from proxy.vault.aof import AofRewrite
from proxy.vault.erasure_notices import ErasureNotices
from proxy.vault.vault import Revealed

log = logging.getLogger("veil.erasure")


@dataclass(frozen=True, slots=True)
class ErasureTarget:
    """What a purger looks for: entries indexed by one of the alias hashes (keyed under
    `tenant`'s key), events recorded for the subject id or carrying one of its tokens, and,
    in entries with nothing usable to go by (no alias, or another tenant's keyed hashes),
    any of the subject's values in clear. Never logged (`values` stays out of its repr)."""

    tenant: str
    subject: str
    alias_hashes: frozenset[str]
    tokens: frozenset[str]
    values: tuple[str, ...] = field(repr=False)


Purger = Callable[[ErasureTarget], Awaitable[int]]


@dataclass(frozen=True, slots=True)
class Purge:
    """One store an erasure reaches: `name` becomes the receipt's `<name>_purged` count.
    `again_after_vault`: run a second time once the vault forgot the subject, for stores
    a worker may still be writing to while the erasure runs (delivery queues)."""

    name: str
    run: Purger
    again_after_vault: bool = False


@dataclass(frozen=True, slots=True)
class ErasureResult:
    receipt_id: str
    tenant: str
    subject: str
    tokens: int
    aliases: int
    erased_at: int
    notified: tuple[str, ...]  # subscribers a notice was queued for
    purged: dict[str, int] = field(default_factory=dict)  # store name -> entries removed


async def _delivered_tokens(
    redis: Redis, tenant: str, subject: str, subscribers: Sequence[str]
) -> dict[str, list[str]]:
    """Tokens of this subject each subscriber received, as the inbound path recorded them
    when it queued deliveries (`keyspace.subject_sent`, one set per subscriber in the
    subject's slot). Subscribers that received nothing are absent."""
    async with redis.pipeline(transaction=False) as pipe:
        for name in subscribers:
            pipe.smembers(keyspace.subject_sent(tenant, subject, name))
        replies = await pipe.execute() if subscribers else []
    return {
        name: sorted(as_str(t) for t in tokens) for name, tokens in zip(subscribers, replies, strict=True) if tokens
    }


def _delivery_records(tenant: str, subject: str, subscribers: Sequence[str]) -> list[str]:
    """The subject's delivery records: which tokens and which events each subscriber got."""
    return [keyspace.subject_sent(tenant, subject, name) for name in subscribers] + [
        keyspace.subject_deliveries(tenant, subject)
    ]


class Eraser:
    def __init__(
        self,
        redis: Redis,
        admin: VaultAdmin,
        notices: ErasureNotices,
        *,
        purgers: Sequence[Purge] = (),
        aof: AofRewrite | None = None,
        receipt_ttl_s: int = 0,
    ) -> None:
        self._redis = redis
        self._admin = admin
        self._notices = notices
        self._purgers = tuple(purgers)
        self._aof = aof
        self._receipt_ttl_s = receipt_ttl_s

    async def target(self, tenant: str, subject: str) -> ErasureTarget:
        """The subject as purgers (and the access export) look for it, read from the vault."""
        alias_hashes = frozenset(
            as_str(h) for h in await self._redis.smembers(keyspace.subject_aliases(tenant, subject))
        )
        exported = await self._admin.export(tenant, subject)
        tokens = frozenset(as_str(t) for t in await self._redis.smembers(keyspace.subject_tokens(tenant, subject)))
        values = tuple(sorted({r.value for r in exported.items if isinstance(r, Revealed) and r.value.strip()}))
        return ErasureTarget(tenant, subject, alias_hashes, tokens, values)

    async def erase(self, tenant: str, subject: str, *, actor: str) -> ErasureResult:
        subscribers = self._notices.subscribers_of(tenant)
        delivered = await _delivered_tokens(self._redis, tenant, subject, subscribers)
        target = await self.target(tenant, subject)
        purged = {p.name: await p.run(target) for p in self._purgers}
        # in the subject ledger first: from here on no worker re-creates the subject's record
        await self._redis.hset(keyspace.erased_subjects(tenant), subject, str(int(time.time())))
        receipt = await self._admin.erase(tenant, subject)
        for p in self._purgers:
            if p.again_after_vault:
                purged[p.name] += await p.run(target)
        receipt_id = "era_" + secrets.token_hex(10)
        record: dict[str, str | int] = {
            "tenant": tenant,
            "subject": subject,
            "tokens": len(receipt.tokens),
            "aliases": receipt.aliases,
            "erased_at": receipt.erased_at,
            "actor": actor,
        }
        record |= {f"{name}_purged": n for name, n in purged.items()}
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hset(keyspace.erased_subjects(tenant), subject, str(receipt.erased_at))
            pipe.hset(keyspace.erasure_receipt(receipt_id), mapping={k: v for k, v in record.items()})
            if self._receipt_ttl_s:
                pipe.expire(keyspace.erasure_receipt(receipt_id), self._receipt_ttl_s)
            pipe.delete(*_delivery_records(tenant, subject, subscribers))  # they name the subject's tokens
            await pipe.execute()
        notified = []
        for sub in self._notices.subscribers_for(tenant):
            tokens = delivered.get(sub.name, [])
            if not tokens:
                continue
            await self._notices.enqueue(receipt_id, tenant, sub.name, tokens, receipt.erased_at)
            notified.append(sub.name)
        if self._aof is not None:
            await self._aof.request(receipt_id)
        return ErasureResult(
            receipt_id,
            tenant,
            subject,
            len(receipt.tokens),
            receipt.aliases,
            receipt.erased_at,
            tuple(notified),
            purged,
        )

    async def reapply_ledger(self, tenants: Sequence[str]) -> int:
        """Erase again every subject the ledgers name (after a restore), and remove the
        delivery records a backup brought back with them; returns how many were live."""
        count = 0
        for tenant in tenants:
            subjects = {as_str(s) for s in await self._redis.hkeys(keyspace.erased_subjects(tenant))}
            for alias_hash in await self._redis.hkeys(keyspace.erasure_ledger(tenant)):
                found = await self._redis.get(keyspace.alias(tenant, as_str(alias_hash)))
                if found is not None:
                    subjects.add(as_str(found))
            subscribers = self._notices.subscribers_of(tenant)
            for subject in sorted(subjects):
                if await self._live(tenant, subject):
                    await self._admin.erase(tenant, subject)
                    count += 1
                await self._redis.delete(*_delivery_records(tenant, subject, subscribers))
        return count

    async def _live(self, tenant: str, subject: str) -> bool:
        return (
            int(
                await self._redis.exists(
                    keyspace.subject_record(tenant, subject),
                    keyspace.subject_tokens(tenant, subject),
                    keyspace.subject_aliases(tenant, subject),
                )
            )
            > 0
        )
