"""The token vault: values in, tokens out, and back only through `reveal`.

Invariants (docs/design.md, Tokens and The vault on Redis):
- a token is a keyed HMAC of the normalised value under a per-tenant subkey, scoped to
  the tenant (identifiers) or to (tenant, subject) (everything else);
- a token value, once issued in a tenant, is never issued for another value: the
  tombstone that outlives the record holds the value's index hash, so only that value
  reclaims it, and a collision walks to the next candidate;
- the value is sealed with AES-256-GCM under the subject's data key, AAD binding
  (tenant, token, entity, subject); authorisation reads the entity from the record;
- every write of one token touches one hash slot, by one Lua script (mint.lua; a single
  server takes a batch of tokens per call, Cluster one token per call).
Batches cost two round trips: subject keys first, then the scripts (docs/performance.md).
"""

from __future__ import annotations

import asyncio
import enum
import hashlib
import hmac
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.asyncio.cluster import RedisCluster
from redis.exceptions import NoScriptError

from proxy.config import VaultSettings
from proxy.errors import DecryptError, TokenError, VaultError, VaultUnavailable
from proxy.kv import (
    TRANSIENT_REDIS_ERRORS,
    Batch,
    as_bytes,
    as_str,
    keyspace,
    lua_source,
    opt_str,
    packable,
    run_packed,
)
from proxy.vault.counts import VaultCounts, token_delta
from proxy.vault.crypto import NONCE_BYTES, Aead, aad, aad_fields
from proxy.vault.entities import IDENTIFIER_ENTITIES, shape_allowed
from proxy.vault.keyring import KeyStore
from proxy.vault.normalize import normalize
from proxy.vault.subjects import Subjects, value_aad, value_aad_head
from proxy.vault.tokens import ParsedToken, Shape, legacy_twin, mint, parse, tag_for, tag_of_canonical

MAX_CANDIDATES = 64
INDEX_BYTES = 16  # 128-bit blind index in key names and tombstones
# Script replies meaning "not now" (failover, loading, resharding, out of memory), not "this update is bad".
_TRANSIENT_REPLIES = TRANSIENT_REDIS_ERRORS
_CREATED, _KNOWN, _RECREATED, _TAKEN = 0, 1, 2, 3  # mint.lua's replies; a string: the value's other token
_HEADS_KEPT = 4096
_CHUNK, _IN_FLIGHT = 34, 3  # tokens per pipeline, pipelines in flight per batch
_PER_SCRIPT = 128  # tokens per mint.lua call on a single server: ~4 ms of Redis time at most
# (KEYS, ARGV) of one token
_MintCall = tuple[tuple[bytes, bytes, bytes, bytes], tuple[bytes, bytes, bytes, bytes, bytes]]
_EVALSHA = "EVALSHA"  # a str: the cluster client routes EVALSHA by its name


class Miss(enum.Enum):
    MALFORMED = "malformed"
    NOT_FOUND = "not_found"


@dataclass(frozen=True, slots=True)
class TokenizeRequest:
    value: str
    entity: str
    subject: str
    shape: Shape = Shape.TEXT
    identifier: bool = False  # found in an identifier field: deterministic per tenant
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Minted:
    token: str
    entity: str
    subject: str  # the subject the record belongs to
    created: bool


@dataclass(frozen=True, slots=True)
class Revealed:
    token: str
    entity: str  # from the sealed record, never from the token string
    subject: str
    value: str


@dataclass(frozen=True, slots=True)
class NotRevealed:
    token: str
    error: Miss


class Vault:
    def __init__(self, redis: Redis, keystore: KeyStore, settings: VaultSettings) -> None:
        self.redis = redis
        self.keystore = keystore
        self.settings = settings
        self.ttl = settings.retention_days * 86_400
        self.counts = VaultCounts(redis)
        self.subjects = Subjects(redis, keystore, self.counts, retention_s=self.ttl)
        self._mint_text = lua_source("mint")
        self._mint_sha = hashlib.sha1(self._mint_text.encode()).hexdigest().encode()  # noqa: S324 - Redis script id
        self._records_text = lua_source("records")
        self._records_sha = hashlib.sha1(self._records_text.encode()).hexdigest().encode()  # noqa: S324
        self.free_script = redis.register_script(lua_source("free"))
        self._index_heads: dict[tuple[str, str, Shape, str], tuple[bytes, str]] = {}
        self._per_script = 1 if isinstance(redis, RedisCluster) else _PER_SCRIPT
        self._packed = packable(redis)

    # --- tokenize ---------------------------------------------------------------------
    def _scope(self, req: TokenizeRequest) -> str:
        by_config = self.settings.deterministic.get(req.entity)
        if by_config == "tenant" or (req.identifier and req.entity in IDENTIFIER_ENTITIES):
            return ""
        return req.subject

    def _derive(self, tenant: str, req: TokenizeRequest) -> tuple[bytes, str]:
        """The blind index, keyed_hash(index key, entity, shape, scope, normalised value),
        and the basis candidates are minted from. The AAD head of the first three fields
        repeats across a batch, so it is kept (a bounded cache: one entry per subject)."""
        norm = normalize(req.entity, req.value, region=req.region)
        scope = self._scope(req)
        head_key = (tenant, req.entity, req.shape, scope)
        head = self._index_heads.get(head_key)
        if head is None:
            if len(self._index_heads) >= _HEADS_KEPT:
                self._index_heads.clear()
            fields = (req.entity, req.shape.value, scope)
            head = self._index_heads[head_key] = (aad(*fields), "\x1f".join(fields) + "\x1f")
        index = hmac.digest(self.keystore.index_key(tenant), head[0] + aad_fields(norm), "sha256")
        return index, head[1] + norm

    def _candidate(self, tenant: str, req: TokenizeRequest, index: bytes, basis: str, n: int) -> str:
        """Candidate n: HMAC under the active token key over "n\x1f<basis>" (n first: unambiguous)."""
        digest = hmac.digest(self.keystore.token_key(tenant), f"{n}\x1f{basis}".encode(), "sha256")
        return mint(req.shape, req.entity, index, digest, phone_prefix=self.settings.phone_token_prefix)

    async def tokenize(self, tenant: str, requests: Sequence[TokenizeRequest]) -> list[Minted]:
        """Tokens for a batch, in order; subjects are created on first use."""
        for req in requests:
            if not shape_allowed(req.entity, req.shape):
                raise TokenError(f"entity {req.entity} cannot take the {req.shape.value} shape")
        if not requests:
            return []
        derived: list[tuple[bytes, str]] = []
        pending: dict[int, str] = {}
        for start in range(0, len(requests), _CHUNK):
            if start:
                await asyncio.sleep(0)  # a batch's HMACs are ~10-25 ms: let webhooks be acknowledged meanwhile
            for i in range(start, min(start + _CHUNK, len(requests))):
                derived.append(self._derive(tenant, requests[i]))
                pending[i] = self._candidate(tenant, requests[i], *derived[i], 0)
        attempt = [0] * len(requests)
        aeads = await self._subject_aeads(tenant, requests, pending)
        results: dict[int, Minted] = {}
        new_reservations = 0
        tail = f"\x1f{int(time.time())}\x1f{self.ttl}"
        aad_head = value_aad_head(tenant)
        while pending:
            order = list(pending.items())
            nonces = os.urandom(NONCE_BYTES * len(order))
            replies = await self._mint_overlapped(
                [
                    partial(
                        self._mint_call,
                        tenant,
                        requests[i],
                        derived[i][0],
                        token,
                        aeads,
                        tail,
                        aad_head,
                        nonces[NONCE_BYTES * n : NONCE_BYTES * (n + 1)],
                    )
                    for n, (i, token) in enumerate(order)
                ]
            )
            pending = {}
            for (i, token), reply in zip(order, replies, strict=True):
                req = requests[i]
                if reply == _CREATED or reply == _KNOWN or reply == _RECREATED:
                    results[i] = Minted(token, req.entity, req.subject, reply != _KNOWN)
                    new_reservations += reply == _CREATED
                elif reply != _TAKEN:  # known under another candidate: the reply is that token
                    pending[i] = as_str(reply)
                else:
                    attempt[i] += 1
                    if attempt[i] >= MAX_CANDIDATES:
                        raise VaultError("token space exhausted for one value")
                    pending[i] = self._candidate(tenant, req, *derived[i], attempt[i])
            if pending:
                await self._remember(tenant, requests, pending)
        minted = [results[i] for i in range(len(requests))]
        counted = token_delta([m.entity for m in minted if m.created], reservations=new_reservations)
        return await self._owners_checked(tenant, minted, counted)

    def _mint_call(
        self,
        tenant: str,
        req: TokenizeRequest,
        index: bytes,
        token: str,
        aeads: dict[str, Aead],
        tail: str,
        aad_head: bytes,
        nonce: bytes,
    ) -> _MintCall:
        """One token's keys and arguments for mint.lua, already bytes. The AAD is
        `value_aad(tenant, token, entity, subject)`, its constant head built once per batch."""
        index_hex = index[:INDEX_BYTES].hex()
        associated = aad_head + aad_fields(token, req.entity, req.subject)
        sealed = aeads[req.subject].seal(req.value.encode(), associated, nonce)
        twin = legacy_twin(token)
        return (
            keyspace.mint_keys(tenant, tag_for(req.shape, index), index_hex, token, twin),
            (
                index_hex.encode(),
                token.encode(),
                f"{req.entity}\x1f{req.subject}{tail}".encode(),
                sealed,
                twin.encode(),
            ),
        )

    async def _subject_aeads(
        self, tenant: str, requests: Sequence[TokenizeRequest], pending: dict[int, str]
    ) -> dict[str, Aead]:
        """One round trip: each subject's wrapped key, and its token set lists the candidates
        before any token exists (the subject record is written first)."""
        subjects = sorted({r.subject for r in requests})
        batch = Batch(self.redis)
        for subject in subjects:
            batch.hget(keyspace.subject_record(tenant, subject), "dk")
        self._queue_remember(batch, tenant, requests, pending)
        replies = await batch.execute()
        out: dict[str, Aead] = {}
        for subject, blob in zip(subjects, replies[: len(subjects)], strict=True):
            if blob is None:
                key = await self.subjects.ensure_record(tenant, subject)
            else:
                key = await self.keystore.unwrap_data_key(tenant, subject, as_bytes(blob))
            out[subject] = Aead(key)
        return out

    async def _mint_overlapped(self, makers: list[Callable[[], _MintCall]]) -> list[Any]:
        """Send the batch in chunks as they are sealed: Redis runs one chunk's scripts while
        this process seals the next, so the two cores work at once instead of taking turns.
        At most `_IN_FLIGHT` pipelines (pooled connections) per batch."""
        flights: list[asyncio.Future[list[Any]]] = []
        try:
            for start in range(0, len(makers), _CHUNK):
                if len(flights) >= _IN_FLIGHT:
                    await flights[-_IN_FLIGHT]
                chunk = [make() for make in makers[start : start + _CHUNK]]
                flights.append(asyncio.ensure_future(self._mint_batch(chunk)))
                await asyncio.sleep(0)  # this chunk reaches the socket before the next is sealed
            return [reply for replies in await asyncio.gather(*flights) for reply in replies]
        except BaseException:
            for flight in flights:
                flight.cancel()
            await asyncio.gather(*flights, return_exceptions=True)
            raise

    async def _mint_batch(self, calls: list[_MintCall]) -> list[Any]:
        """mint.lua over the batch in one write, one reply per token; loads the script once
        if Redis lost it. A single server takes up to `_PER_SCRIPT` tokens per call, packed by
        hiredis (the per-reply and per-argument costs of the client, not Redis, bounded
        tokenisation); Cluster takes one per call, since a script may touch one slot.

        With `wait_replicas`, WAIT rides at the end of the same write: WAIT counts the
        writes of its own connection, so sent on another pooled connection it proves nothing.
        """
        per = self._per_script
        commands: list[list[str | bytes | int]] = []
        for start in range(0, len(calls), per):
            chunk = calls[start : start + per]
            keys = [key for call in chunk for key in call[0]]
            commands.append([_EVALSHA, self._mint_sha, len(keys), *keys, *(arg for call in chunk for arg in call[1])])
        if self.settings.wait_replicas > 0:
            commands.append(["WAIT", self.settings.wait_replicas, self.settings.wait_timeout_ms])
        replies = await self._scripted(self._mint_text, commands)
        self.check_wait(replies)
        return [one for reply in replies[: len(replies) - (self.settings.wait_replicas > 0)] for one in reply]

    async def _scripted(self, text: str, commands: list[list[str | bytes | int]]) -> list[Any]:
        """Send EVALSHA commands of one script (and any WAIT) in one write and return the
        replies; loads the script once if Redis lost it. An error reply raises
        VaultUnavailable when it means "not now" (failover, loading), else VaultError."""
        for _ in range(2):
            replies = await run_packed(self.redis, commands)  # on a Cluster, WAIT where the writes went
            if not any(isinstance(r, NoScriptError) for r in replies):
                for reply in replies:
                    if isinstance(reply, _TRANSIENT_REPLIES):  # a failover in progress: pause, retry
                        raise VaultUnavailable(f"vault script failed ({type(reply).__name__})")
                    if isinstance(reply, Exception):
                        raise VaultError(f"vault script failed ({type(reply).__name__})")
                return replies
            await self.redis.script_load(text)
        raise VaultError("vault script could not be loaded")

    async def _remember(self, tenant: str, requests: Sequence[TokenizeRequest], pending: dict[int, str]) -> None:
        async with self.redis.pipeline(transaction=False) as pipe:
            self._queue_remember(pipe, tenant, requests, pending)
            await pipe.execute()

    def _queue_remember(
        self, pipe: Pipeline | Batch, tenant: str, requests: Sequence[TokenizeRequest], pending: dict[int, str]
    ) -> None:
        by_subject: dict[str, list[str]] = {}
        for i, token in pending.items():
            by_subject.setdefault(requests[i].subject, []).append(token)
        for subject, tokens in by_subject.items():
            pipe.sadd(keyspace.subject_tokens(tenant, subject), *tokens)
            pipe.expire(keyspace.subject_tokens(tenant, subject), self.ttl)
            pipe.expire(keyspace.subject_record(tenant, subject), self.ttl)
            pipe.expire(keyspace.subject_aliases(tenant, subject), self.ttl)

    async def _owners_checked(self, tenant: str, minted: list[Minted], counted: Counter[str]) -> list[Minted]:
        """A known tenant-wide token may belong to another subject (one round trip for all),
        and the vault's counts take the tokens created (in the same round trip)."""
        ask = [i for i, m in enumerate(minted) if not m.created and not self._is_subject_scoped(m)]
        if not ask and not any(counted.values()):
            return minted
        batch = Batch(self.redis)
        for i in ask:
            token = minted[i].token
            batch.hget(keyspace.token_record(tenant, tag_of_canonical(token), token), "s")
        self.counts.queue(batch, tenant, counted)
        owners = (await batch.execute())[: len(ask)]
        out = list(minted)
        for i, owner in zip(ask, owners, strict=True):
            out[i] = Minted(minted[i].token, minted[i].entity, opt_str(owner) or minted[i].subject, False)
        return out

    def _is_subject_scoped(self, minted: Minted) -> bool:
        return minted.entity not in IDENTIFIER_ENTITIES and minted.entity not in self.settings.deterministic

    def check_wait(self, replies: Sequence[Any]) -> None:
        """Fail closed when fewer replicas than configured confirmed the pipeline's writes."""
        n = self.settings.wait_replicas
        if n > 0 and int(replies[-1]) < n:
            raise VaultUnavailable(f"only {int(replies[-1])} of {n} replicas confirmed the write")

    # --- reveal -------------------------------------------------------------------------
    async def reveal(self, tenant: str, tokens: Sequence[str], *, renew: bool = False) -> list[Revealed | NotRevealed]:
        """Values of tokens of this tenant; unknown and foreign tokens are `not_found` alike."""
        parsed: list[ParsedToken | NotRevealed] = []
        for token in tokens:
            try:
                p = parse(token, phone_prefix=self.settings.phone_token_prefix)
            except TokenError:
                p = None
            parsed.append(NotRevealed(token, Miss.MALFORMED) if p is None else p)
        live = [p for p in parsed if isinstance(p, ParsedToken)]
        records = iter(await self._records([keyspace.token_record(tenant, p.tag, p.canonical) for p in live]))
        rows: list[tuple[str, str, list[bytes | None]] | NotRevealed] = [
            p if isinstance(p, NotRevealed) else (p.canonical, p.tag, next(records)) for p in parsed
        ]
        await self._refuse_mangled_legacy(tenant, parsed, rows, tokens)
        subjects = {r[2][1].decode() for r in rows if isinstance(r, tuple) and r[2][1] is not None}
        keys = {s: Aead(k) for s, k in (await self.subjects.data_keys(tenant, subjects)).items() if k}
        out: list[Revealed | NotRevealed] = []
        for given, row in zip(tokens, rows, strict=True):
            out.append(row if isinstance(row, NotRevealed) else self._open(tenant, given, row, keys))
        if renew:
            await self.renew(tenant, [r for r in out if isinstance(r, Revealed)])
        return out

    async def _refuse_mangled_legacy(
        self,
        tenant: str,
        parsed: Sequence[ParsedToken | NotRevealed],
        rows: list[tuple[str, str, list[bytes | None]] | NotRevealed],
        tokens: Sequence[str],
    ) -> None:
        """A token that passes only the first (weaker) check is real only if the vault ever
        issued it: its tombstone outlives the record (kv/lua/mint.lua). Without one it is a
        mangled token that slipped through the old check: malformed, as the new check says."""
        doubtful: list[tuple[int, ParsedToken]] = []
        for i, (p, row) in enumerate(zip(parsed, rows, strict=True)):
            if isinstance(p, ParsedToken) and p.legacy and isinstance(row, tuple) and row[2][2] is None:
                doubtful.append((i, p))
        if not doubtful:
            return
        async with self.redis.pipeline(transaction=False) as pipe:
            for _, p in doubtful:
                pipe.exists(keyspace.tombstone(tenant, p.tag, p.canonical))
            issued = await pipe.execute()
        for (i, _), known in zip(doubtful, issued, strict=True):
            if not known:
                rows[i] = NotRevealed(tokens[i], Miss.MALFORMED)

    async def _records(self, keys: list[str]) -> list[list[bytes | None]]:
        """[entity, subject, sealed] of each record key. On a single server one script reads
        them all into one reply (the client's per-reply cost bounded reveal); Cluster
        pipelines one HMGET per record, each to its slot's node."""
        if not keys:
            return []
        if not self._packed:
            async with self.redis.pipeline(transaction=False) as pipe:
                for key in keys:
                    pipe.hmget(key, ["e", "s", "c"])
                return list(await pipe.execute())
        chunks = [keys[start : start + _PER_SCRIPT] for start in range(0, len(keys), _PER_SCRIPT)]
        replies = await self._scripted(
            self._records_text, [[_EVALSHA, self._records_sha, len(chunk), *chunk] for chunk in chunks]
        )
        return [[field or None for field in row] for reply in replies for row in reply]

    def _open(
        self, tenant: str, given: str, row: tuple[str, str, list[bytes | None]], keys: dict[str, Aead]
    ) -> Revealed | NotRevealed:
        canonical, _, (entity, subject, sealed) = row
        if entity is None or subject is None or sealed is None:
            return NotRevealed(given, Miss.NOT_FOUND)
        aead = keys.get(subject.decode())
        if aead is None:
            return NotRevealed(given, Miss.NOT_FOUND)
        try:
            value = aead.open(sealed, value_aad(tenant, canonical, entity.decode(), subject.decode()))
        except DecryptError:
            return NotRevealed(given, Miss.NOT_FOUND)
        return Revealed(canonical, entity.decode(), subject.decode(), value.decode())

    async def renew(self, tenant: str, revealed: Sequence[Revealed]) -> None:
        """Restart the retention clock of these tokens and their subjects (`vault.renew_on_use`:
        a customer still in use is not forgotten). Call after the access was authorised."""
        if not revealed:
            return
        async with self.redis.pipeline(transaction=False) as pipe:
            for r in revealed:
                pipe.expire(keyspace.token_record(tenant, tag_of_canonical(r.token), r.token), self.ttl)
                pipe.expire(keyspace.subject_record(tenant, r.subject), self.ttl)
                pipe.expire(keyspace.subject_tokens(tenant, r.subject), self.ttl)
            await pipe.execute()
