"""Vault operations a privacy officer runs: erase, export, delete, compact, stats, keys.

Erasure deletes the subject's data key, tokens and aliases, marks its tombstones so
no value reclaims them (a returning customer gets new tokens), and records its alias
hashes in the erasure ledger that restore re-applies. Copies made earlier stay
readable until the master-key version that wrapped the data key is retired:
`rotate()` re-wraps every data key under the active version while serving, and
`retire()` then deletes the tenant keys of the old version, after which every older
copy (backups, RDB/AOF, cut-off replicas) is unreadable.
The admin API (proxy/server/admin/) calls these and audits them; nothing here logs values.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from proxy.errors import VaultError
from proxy.kv import as_bytes, as_str, keyspace, opt_str
from proxy.vault.counts import ENTITY, RESERVATIONS, SUBJECTS, TOKENS, token_delta
from proxy.vault.tokens import tag_of_canonical
from proxy.vault.vault import Revealed, Vault


@dataclass(frozen=True, slots=True)
class ErasureReceipt:
    tenant: str
    subject: str
    tokens: tuple[str, ...]  # tokens freed (subscribers that received them get notices)
    aliases: int
    erased_at: int


@dataclass(frozen=True, slots=True)
class SubjectExport:
    tenant: str
    subject: str
    items: tuple[Revealed, ...]
    aliases: int


@dataclass(frozen=True, slots=True)
class TokenMetadata:
    """What an admin may see of one token: never its value. `state` is "live" (then the
    record's fields are set), "freed" (deleted or expired), "erased" or "unknown"."""

    state: str
    entity: str | None = None
    subject: str | None = None
    first_seen: int = 0  # Unix seconds
    last_seen: int = 0
    expires_in: int = -1  # seconds, as Redis's TTL gives it (-1: no expiry)


@dataclass(slots=True)
class RotationReport:
    version: int
    rewrapped: int = 0
    tenants: list[str] = field(default_factory=list)


def _tombstone_state(tomb: str | None) -> str:
    """Why a token has no record: its tombstone says "<index hash>:<time>" once freed
    (only that value may reclaim it), "x:<time>" once erased (none may)."""
    if tomb is None:
        return "unknown"
    return "erased" if tomb.startswith("x:") else "freed"


class VaultAdmin:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.redis = vault.redis

    async def _tokens_of(self, tenant: str, subject: str) -> list[str]:
        raw = await self.redis.smembers(keyspace.subject_tokens(tenant, subject))
        return sorted(as_str(t) for t in raw)

    async def _free(self, tenant: str, token: str, *, subject: str, mode: str) -> tuple[int, str]:
        """free.lua's reply (1 freed, 0 no record, -1 another subject's) and the entity."""
        tag = tag_of_canonical(token)
        rec = keyspace.token_record(tenant, tag, token)
        index_hex, entity = await self.redis.hmget(rec, ["v", "e"])
        index_key = keyspace.value_index(tenant, tag, opt_str(index_hex) or "-")
        result = await self.vault.free_script(
            keys=[rec, index_key, keyspace.tombstone(tenant, tag, token)],
            args=[subject, mode, str(int(time.time()))],
        )
        return int(result), opt_str(entity) or ""

    async def erase(self, tenant: str, subject: str) -> ErasureReceipt:
        self.vault.subjects.forget(tenant, subject)
        tokens = await self._tokens_of(tenant, subject)
        freed: list[str] = []
        entities: list[str] = []
        for token in tokens:
            result, entity = await self._free(tenant, token, subject=subject, mode="erase")
            if result == 1:
                freed.append(token)
                entities.append(entity)
        alias_hashes = [as_str(h) for h in await self.redis.smembers(keyspace.subject_aliases(tenant, subject))]
        now = int(time.time())
        async with self.redis.pipeline(transaction=False) as pipe:
            for h in alias_hashes:
                pipe.delete(keyspace.alias(tenant, h))
                pipe.hset(keyspace.erasure_ledger(tenant), h, str(now))
            pipe.delete(keyspace.subject_record(tenant, subject))
            pipe.delete(keyspace.subject_tokens(tenant, subject), keyspace.subject_aliases(tenant, subject))
            gone = (await pipe.execute())[-2]
        delta = token_delta(entities, sign=-1)
        delta[SUBJECTS] -= int(gone)
        await self.vault.counts.add(tenant, delta)
        self.vault.subjects.forget(tenant, subject)
        return ErasureReceipt(tenant, subject, tuple(freed), len(alias_hashes), now)

    async def export(self, tenant: str, subject: str) -> SubjectExport:
        tokens = await self._tokens_of(tenant, subject)
        revealed = await self.vault.reveal(tenant, tokens)
        mine = tuple(r for r in revealed if isinstance(r, Revealed) and r.subject == subject)
        aliases = await self.redis.scard(keyspace.subject_aliases(tenant, subject))
        return SubjectExport(tenant, subject, mine, int(aliases))

    async def token_metadata(self, tenant: str, token: str) -> TokenMetadata:
        """A canonical token's state and, while it is live, its entity, subject and times."""
        tag = tag_of_canonical(token)
        rec = keyspace.token_record(tenant, tag, token)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hmget(rec, ["e", "s", "fs", "ls"])
            pipe.ttl(rec)
            pipe.get(keyspace.tombstone(tenant, tag, token))
            fields, ttl, tomb = await pipe.execute()
        if fields[0] is None:
            return TokenMetadata(_tombstone_state(opt_str(tomb)))
        entity, subject, first, last = (opt_str(x) for x in fields)
        return TokenMetadata("live", entity, subject, int(first or 0), int(last or 0), int(ttl))

    async def subject_tokens(self, tenant: str, subject: str) -> list[tuple[str, TokenMetadata]]:
        """Every token of a subject with its metadata (never a value): what a privacy officer
        sees before deciding to reveal, export or erase. One round trip per token."""
        return [(token, await self.token_metadata(tenant, token)) for token in await self._tokens_of(tenant, subject)]

    async def alias_count(self, tenant: str, subject: str) -> int:
        return int(await self.redis.scard(keyspace.subject_aliases(tenant, subject)))

    async def delete_token(self, tenant: str, token: str) -> bool:
        """Free one token; its tombstone keeps the value's hash so only that value reclaims it."""
        result, entity = await self._free(tenant, token, subject="", mode="delete")
        if result == 1:
            await self.vault.counts.add(tenant, token_delta([entity], sign=-1))
        return result == 1

    async def compact(self, tenant: str, older_than_s: int) -> int:
        """Drop tombstones of freed tokens older than the cutoff (the only thing that does)."""
        cutoff = time.time() - older_than_s
        dropped = 0
        async for key in self.redis.scan_iter(match=keyspace.tombstone_pattern(tenant), count=1000):
            token = keyspace.token_of_tombstone(as_str(key))
            rec = keyspace.token_record(tenant, tag_of_canonical(token), token)
            value = await self.redis.get(key)
            if value is None or await self.redis.exists(rec):
                continue
            if float(as_str(value).rsplit(":", 1)[1]) < cutoff:
                dropped += int(await self.redis.delete(key))
        await self.vault.counts.add(tenant, {RESERVATIONS: -dropped})
        return dropped

    async def subjects(self, tenant: str) -> list[str]:
        """Every subject id of the tenant, sorted, each once (SCAN may yield a key twice)."""
        found = {
            keyspace.subject_of(tenant, as_str(key))
            async for key in self.redis.scan_iter(match=keyspace.subject_pattern(tenant), count=1000)
        }
        return sorted(found)

    async def size(self, tenant: str) -> tuple[int, int]:
        """(tokens, subjects) of a tenant, from the counts kept on write (proxy/vault/counts.py)."""
        counts = await self.vault.counts.read(tenant)
        return counts[TOKENS], counts[SUBJECTS]

    async def stats(self, tenant: str) -> dict[str, int]:
        """Tokens, subjects, tombstones of freed tokens, erased aliases, tokens by entity, and
        when the counts were last recounted key by key (`counted_at`, Unix seconds). Read
        from the counts kept on write; tokens that expired since `counted_at` are still in
        them (docs/console.md, "Vault counts")."""
        counts = await self.vault.counts.read(tenant)
        out = {
            "tokens": counts[TOKENS],
            "subjects": counts[SUBJECTS],
            "tombstones": max(0, counts[RESERVATIONS] - counts[TOKENS]),  # live tokens have one too
            "erased_aliases": int(await self.redis.hlen(keyspace.erasure_ledger(tenant))),
        }
        out |= {f"entity:{k.removeprefix(ENTITY)}": v for k, v in counts.items() if k.startswith(ENTITY)}
        return out | {"counted_at": counts["counted_at"]}

    async def recount(self, tenant: str) -> dict[str, int]:
        """Count the tenant's keys one by one (SCAN) and correct the kept counts; then `stats`."""
        await self.vault.counts.recount(tenant)
        return await self.stats(tenant)

    # --- key lifecycle ---------------------------------------------------------------
    async def tenants(self) -> list[str]:
        found = set()
        async for key in self.redis.scan_iter(match=keyspace.tenant_keys("*"), count=1000):
            found.add(keyspace.tenant_of_keys(as_str(key)))
        return sorted(found)

    async def rotate(self) -> RotationReport:
        """Re-wrap every subject data key under the active master-key version, while serving."""
        ks = self.vault.keystore
        report = RotationReport(ks.keys.master.active_version)
        for tenant in await self.tenants():
            report.tenants.append(tenant)
            await ks.tenant_key(tenant, report.version)
            async for key in self.redis.scan_iter(match=keyspace.subject_pattern(tenant), count=500):
                raw = await self.redis.hget(key, "dk")
                if raw is None or ks.split_wrapped(blob := as_bytes(raw))[0] == report.version:
                    continue
                subject = keyspace.subject_of(tenant, as_str(key))
                data_key = await ks.unwrap_data_key(tenant, subject, blob)
                rewrapped = await ks.wrap_data_key(tenant, subject, data_key)
                async with self.redis.pipeline(transaction=True) as pipe:
                    await pipe.watch(key)
                    if await pipe.hget(key, "dk") == blob:
                        pipe.multi()  # type: ignore[no-untyped-call]
                        pipe.hset(key, "dk", rewrapped)
                        await pipe.execute()
                        report.rewrapped += 1
        return report

    async def retire(self, version: int) -> list[str]:
        """Destroy a master-key version's tenant keys once nothing is wrapped under it."""
        ks = self.vault.keystore
        if version == ks.keys.master.active_version:
            raise VaultError("the active master key version cannot be retired")
        tenants = await self.tenants()
        for tenant in tenants:
            async for key in self.redis.scan_iter(match=keyspace.subject_pattern(tenant), count=500):
                raw = await self.redis.hget(key, "dk")
                if raw is not None and ks.split_wrapped(as_bytes(raw))[0] == version:
                    raise VaultError(f"data keys are still wrapped under v{version}: rotate first")
        async with self.redis.pipeline(transaction=False) as pipe:
            for tenant in tenants:
                pipe.hdel(keyspace.tenant_keys(tenant), str(version))
            pipe.hset(keyspace.meta(), f"retired:{version}", str(int(time.time())))
            await pipe.execute()
        ks.forget_tenant_keys()
        return tenants

    async def new_token_epoch(self) -> int:
        """Record that the active token key version mints from now on; old tokens stay valid."""
        version = self.vault.keystore.keys.token.active_version
        await self.redis.hsetnx(keyspace.meta(), f"epoch:{version}", str(int(time.time())))
        return version
