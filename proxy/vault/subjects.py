"""Subjects: one customer each, a random id per tenant, found by keyed alias hashes.

A subject's aliases are every wa_id, BSUID, parent BSUID and username seen together
(one `contacts[]` entry, one `system` change event). A new alias beside a known one
joins that subject; aliases of two subjects in one signed event merge them into the
older one, re-sealing the younger one's tokens under the survivor's data key, and
the caller audits the merge. The subject record (data key, token set, alias set) is
written before any token points at it, idempotently, so a crash leaves no token
without a key. Alias keys hold only HMACs: a Redis dump does not list phone numbers.
"""

from __future__ import annotations

import base64
import os
import time
from dataclasses import dataclass, replace

from redis.asyncio import Redis

from proxy.errors import VaultError
from proxy.kv import Batch, as_bytes, as_str, keyspace, opt_str
from proxy.vault.counts import SUBJECTS, VaultCounts
from proxy.vault.crypto import aad, aad_fields, keyed_hash, open_sealed, random_key, seal
from proxy.vault.entities import PHONE_NUMBER, WHATSAPP_USER_ID, WHATSAPP_USERNAME
from proxy.vault.keyring import KeyStore
from proxy.vault.normalize import normalize
from proxy.vault.tokens import tag_of_canonical

KEY_CACHE_S = 10.0
KEY_CACHE_SIZE = 10_000
HASH_CACHE_SIZE = 50_000
# A known customer's alias, alias-set and record TTLs are pushed back at most this often per
# worker: retention counts from the last message to within a minute, for no round trip per
# message (the TTLs are days).
REFRESH_S = 60.0

ALIAS_ENTITY = {
    "wa_id": PHONE_NUMBER,
    "bsuid": WHATSAPP_USER_ID,
    "parent_bsuid": WHATSAPP_USER_ID,
    "username": WHATSAPP_USERNAME,
}


@dataclass(frozen=True, slots=True)
class Alias:
    kind: str  # wa_id | bsuid | parent_bsuid | username
    value: str

    def __post_init__(self) -> None:
        if self.kind not in ALIAS_ENTITY:
            raise ValueError(f"unknown alias kind {self.kind!r}")


@dataclass(frozen=True, slots=True)
class Resolution:
    subject: str
    created: bool
    merged: tuple[str, ...] = ()  # subjects folded into `subject` (to audit)


def new_subject_id() -> str:
    return base64.b32encode(os.urandom(15)).decode().lower()


def value_aad(tenant: str, token: str, entity: str, subject: str) -> bytes:
    """AAD binding a sealed value to its record: moved elsewhere, it fails to open."""
    return value_aad_head(tenant) + aad_fields(token, entity, subject)


def value_aad_head(tenant: str) -> bytes:
    """The constant part of a tenant's `value_aad`: a batch builds it once."""
    return aad("value", tenant)


class Subjects:
    def __init__(self, redis: Redis, keystore: KeyStore, counts: VaultCounts, *, retention_s: int) -> None:
        self._redis = redis
        self._ks = keystore
        self._counts = counts
        self._ttl = retention_s
        # Unwrapped data keys, briefly: a reveal still needs the token record itself, which
        # erasure deletes first, so a cached key never outlives the data it opens.
        self._key_cache: dict[tuple[str, str], tuple[float, bytes]] = {}
        # Alias hashes, which cost a phone-number parse and an HMAC each; the values are in
        # this process's memory anyway while their messages are worked on.
        self._hashes: dict[tuple[str, str, str], str] = {}
        self._refreshed: dict[tuple[str, str], float] = {}  # (tenant, subject) -> last TTL push

    def _cached(self, tenant: str, subject: str) -> bytes | None:
        hit = self._key_cache.get((tenant, subject))
        return hit[1] if hit and hit[0] > time.monotonic() else None

    def _remember_key(self, tenant: str, subject: str, key: bytes) -> None:
        if len(self._key_cache) >= KEY_CACHE_SIZE:
            self._key_cache.clear()
        self._key_cache[(tenant, subject)] = (time.monotonic() + KEY_CACHE_S, key)

    def forget(self, tenant: str, subject: str) -> None:
        self._key_cache.pop((tenant, subject), None)

    def alias_hash(self, tenant: str, alias: Alias) -> str:
        memo = (tenant, alias.kind, alias.value)
        found = self._hashes.get(memo)
        if found is None:
            norm = normalize(ALIAS_ENTITY[alias.kind], alias.value)
            kind = "bsuid" if alias.kind == "parent_bsuid" else alias.kind
            found = keyed_hash(self._ks.index_key(tenant), "alias", kind, norm).hex()
            if len(self._hashes) >= HASH_CACHE_SIZE:
                self._hashes.clear()
            self._hashes[memo] = found
        return found

    async def ensure_record(self, tenant: str, subject: str) -> bytes:
        """The subject's data key, creating the record on first use (idempotent). Never for an
        erased subject: a worker that resolved its aliases just before the erasure would bring
        the id back with a new key (VaultError: the caller retries and resolves again)."""
        rec = keyspace.subject_record(tenant, subject)
        blob = await self._redis.hget(rec, "dk")
        if blob is None:
            if await self._redis.hexists(keyspace.erased_subjects(tenant), subject):
                raise VaultError("the subject was erased while this request resolved it; retry")
            wrapped = await self._ks.wrap_data_key(tenant, subject, random_key())
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.hsetnx(rec, "dk", wrapped)
                pipe.hsetnx(rec, "created", str(time.time_ns()))
                pipe.expire(rec, self._ttl)
                pipe.hget(rec, "dk")
                created, *_, blob = await pipe.execute()
            if created:  # another worker may have written it first: only one counts it
                await self._counts.add(tenant, {SUBJECTS: 1})
        if blob is None:
            raise VaultError("subject record could not be written")
        return await self._ks.unwrap_data_key(tenant, subject, as_bytes(blob))

    async def data_keys(self, tenant: str, subjects: set[str]) -> dict[str, bytes | None]:
        """Unwrapped data keys of existing subjects; None for erased or unknown ones."""
        out: dict[str, bytes | None] = {}
        order = []
        for subject in sorted(subjects):
            cached = self._cached(tenant, subject)
            if cached is None:
                order.append(subject)
            else:
                out[subject] = cached
        if not order:
            return out
        async with self._redis.pipeline(transaction=False) as pipe:
            for subject in order:
                pipe.hget(keyspace.subject_record(tenant, subject), "dk")
            blobs = await pipe.execute()
        for subject, blob in zip(order, blobs, strict=True):
            key = None if blob is None else await self._ks.unwrap_data_key(tenant, subject, as_bytes(blob))
            if key is not None:
                self._remember_key(tenant, subject, key)
            out[subject] = key
        return out

    async def lookup(self, tenant: str, alias: Alias) -> str | None:
        found = await self._redis.get(keyspace.alias(tenant, self.alias_hash(tenant, alias)))
        return opt_str(found)

    async def resolve(self, tenant: str, aliases: list[Alias]) -> Resolution:
        """The subject these aliases identify: found, joined, merged or created."""
        if not aliases:
            raise ValueError("resolve needs at least one alias")
        hashes = sorted({self.alias_hash(tenant, a) for a in aliases})
        for _ in range(5):
            async with self._redis.pipeline(transaction=False) as pipe:
                for h in hashes:
                    pipe.get(keyspace.alias(tenant, h))
                found = [opt_str(v) for v in await pipe.execute()]
            subjects = sorted({s for s in found if s is not None})
            created = not subjects
            merged: tuple[str, ...] = ()
            if created:
                subject = new_subject_id()
            else:
                subject = await self._oldest(tenant, subjects)
                merged = tuple(s for s in subjects if s != subject)
            await self.ensure_record(tenant, subject)
            for other in merged:
                await self.merge(tenant, into=subject, source=other)
            missing = [h for h, s in zip(hashes, found, strict=True) if s is None]
            if await self._claim(tenant, subject, hashes, missing):
                self._remember_refresh(tenant, subject)
                return Resolution(subject, created, merged)
        raise VaultError("alias resolution did not settle (concurrent writers)")

    async def resolve_many(self, tenant: str, sets: list[list[Alias]]) -> list[Resolution]:
        """`resolve` for a batch's alias sets, in order, with one round trip for the common
        case: every alias of a set already names the same subject (a known customer). Other
        sets (new customers, joins, merges) go through `resolve` one by one, in order; a set
        whose subject such a merge folded away is resolved again, so no token of the batch
        is minted for a subject that no longer exists."""
        hashes = [sorted({self.alias_hash(tenant, a) for a in aliases}) for aliases in sets]
        distinct = sorted({h for hs in hashes for h in hs})
        batch = Batch(self._redis)  # the hot read of every batch: hiredis-packed, no per-reply callbacks
        for h in distinct:
            batch.execute_command("GET", keyspace.alias(tenant, h))
        owner = dict(zip(distinct, [opt_str(v) for v in await batch.execute()], strict=True))
        out: list[Resolution | None] = []
        for hs in hashes:
            found = {owner[h] for h in hs}
            subject = next(iter(found)) if len(found) == 1 else None
            out.append(Resolution(subject, created=False) if subject is not None else None)
        gone = await self._refresh(tenant, {r.subject for r in out if r is not None})
        merged: set[str] = set()
        for i, aliases in enumerate(sets):
            known = out[i]
            if known is None or known.subject in gone:
                resolution = await self.resolve(tenant, aliases)
                merged.update(resolution.merged)
                out[i] = resolution
        for i, settled in enumerate(list(out)):
            if settled is not None and settled.subject in merged:
                out[i] = replace(await self.resolve(tenant, sets[i]), merged=())
        return [r for r in out if r is not None]

    async def _refresh(self, tenant: str, subjects: set[str]) -> set[str]:
        """Push back the TTLs of known subjects not refreshed for `REFRESH_S` (their aliases,
        alias set and record); the subjects whose record is gone (erased or expired under
        us) are returned, for a full `resolve`."""
        now = time.monotonic()
        due = sorted(s for s in subjects if now - self._refreshed.get((tenant, s), -REFRESH_S) >= REFRESH_S)
        if not due:
            return set()
        async with self._redis.pipeline(transaction=False) as pipe:
            for s in due:
                pipe.smembers(keyspace.subject_aliases(tenant, s))
                pipe.expire(keyspace.subject_aliases(tenant, s), self._ttl)
                pipe.expire(keyspace.subject_record(tenant, s), self._ttl)
            replies = await pipe.execute()
        gone = {s for i, s in enumerate(due) if not replies[3 * i + 2]}
        async with self._redis.pipeline(transaction=False) as pipe:
            for i in range(len(due)):
                for h in replies[3 * i]:
                    pipe.expire(keyspace.alias(tenant, as_str(h)), self._ttl)
            await pipe.execute()
        for s in set(due) - gone:
            self._remember_refresh(tenant, s, now)
        return gone

    def _remember_refresh(self, tenant: str, subject: str, at: float | None = None) -> None:
        if len(self._refreshed) >= KEY_CACHE_SIZE:
            self._refreshed.clear()
        self._refreshed[(tenant, subject)] = time.monotonic() if at is None else at

    async def _claim(self, tenant: str, subject: str, hashes: list[str], missing: list[str]) -> bool:
        async with self._redis.pipeline(transaction=False) as pipe:
            for h in missing:
                pipe.set(keyspace.alias(tenant, h), subject, nx=True, ex=self._ttl)
            for h in hashes:
                pipe.expire(keyspace.alias(tenant, h), self._ttl)
            pipe.sadd(keyspace.subject_aliases(tenant, subject), *hashes)
            pipe.expire(keyspace.subject_aliases(tenant, subject), self._ttl)
            pipe.expire(keyspace.subject_record(tenant, subject), self._ttl)
            results = await pipe.execute()
        return all(results[: len(missing)])

    async def _oldest(self, tenant: str, subjects: list[str]) -> str:
        async with self._redis.pipeline(transaction=False) as pipe:
            for s in subjects:
                pipe.hget(keyspace.subject_record(tenant, s), "created")
            created = await pipe.execute()
        ranked = sorted(zip([int(c or 0) for c in created], subjects, strict=True))
        return ranked[0][1]

    async def merge(self, tenant: str, *, into: str, source: str) -> int:
        """Move every token and alias of `source` to `into`; returns tokens moved."""
        keys = await self.data_keys(tenant, {into, source})
        dst_key, src_key = keys[into], keys[source]
        if dst_key is None:
            raise VaultError("merge target has no data key")
        moved = 0
        tokens = await self._redis.smembers(keyspace.subject_tokens(tenant, source))
        for raw in tokens:
            moved += await self._move_token(tenant, as_str(raw), source, into, src_key, dst_key)
        alias_hashes = await self._redis.smembers(keyspace.subject_aliases(tenant, source))
        async with self._redis.pipeline(transaction=False) as pipe:
            for h in alias_hashes:
                pipe.set(keyspace.alias(tenant, as_str(h)), into, ex=self._ttl)
            if alias_hashes:
                pipe.sadd(keyspace.subject_aliases(tenant, into), *alias_hashes)
            pipe.delete(keyspace.subject_record(tenant, source))
            pipe.delete(keyspace.subject_tokens(tenant, source), keyspace.subject_aliases(tenant, source))
            gone = (await pipe.execute())[-2]
        await self._counts.add(tenant, {SUBJECTS: -int(gone)})
        self.forget(tenant, source)
        return moved

    async def _move_token(
        self, tenant: str, token: str, source: str, into: str, src_key: bytes | None, dst_key: bytes
    ) -> int:
        rec = keyspace.token_record(tenant, tag_of_canonical(token), token)
        entity, owner, sealed = await self._redis.hmget(rec, ["e", "s", "c"])
        if owner is None or as_str(owner) != source or src_key is None or sealed is None or entity is None:
            return 0
        value = open_sealed(src_key, as_bytes(sealed), value_aad(tenant, token, as_str(entity), source))
        resealed = seal(dst_key, value, value_aad(tenant, token, as_str(entity), into))
        # Two slots, so two steps, in the order that never leaves a token without its subject:
        # the survivor's token set first, then the record (a single-key write).
        await self._redis.sadd(keyspace.subject_tokens(tenant, into), token)
        await self._redis.hset(rec, mapping={"s": into, "c": resealed})
        return 1
