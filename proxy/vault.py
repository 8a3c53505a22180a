"""The token vault: values in, tokens out, and back only through `reveal`.

Invariants (DESIGN.md, Tokens and The vault on Redis):
- a token is a keyed HMAC of the normalised value under a per-tenant subkey, scoped to
  the tenant (identifiers) or to (tenant, subject) (everything else);
- a token value, once issued in a tenant, is never issued for another value: the
  tombstone that outlives the record holds the value's index hash, so only that value
  reclaims it, and a collision walks to the next candidate;
- the value is sealed with AES-256-GCM under the subject's data key, AAD binding
  (tenant, token, entity, subject); authorisation reads the entity from the record;
- every write of one token touches one hash slot, by one Lua script.
Batches cost two round trips: subject keys first, then one pipelined script per value.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import BusyLoadingError, NoScriptError, ReadOnlyError, TryAgainError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from proxy import redis_keys
from proxy.config import VaultSettings
from proxy.crypto import Aead, DecryptError, keyed_hash
from proxy.entities import IDENTIFIER_ENTITIES, shape_allowed
from proxy.errors import TokenError, VaultError, VaultUnavailable
from proxy.keystore import KeyStore
from proxy.normalize import normalize
from proxy.redis_values import as_bytes, as_str, opt_str
from proxy.subjects import Subjects, value_aad
from proxy.tokens import Shape, mint, parse, tag_for, tag_of_canonical

MAX_CANDIDATES = 64
INDEX_BYTES = 16  # 128-bit blind index in key names and tombstones
# Script replies meaning "not now" (failover, loading, resharding), not "this update is bad".
_TRANSIENT_REPLIES = (ReadOnlyError, BusyLoadingError, TryAgainError, RedisConnectionError, RedisTimeoutError)
_CREATED, _KNOWN, _OTHER, _TAKEN = 0, 1, 2, 3


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


def _script(name: str) -> str:
    return resources.files("proxy").joinpath(f"lua/{name}.lua").read_text(encoding="utf-8")


class Vault:
    def __init__(self, redis: Redis, keystore: KeyStore, settings: VaultSettings) -> None:
        self.redis = redis
        self.keystore = keystore
        self.settings = settings
        self.ttl = settings.retention_days * 86_400
        self.subjects = Subjects(redis, keystore, retention_s=self.ttl)
        self._mint_text = _script("mint")
        self._mint_sha = hashlib.sha1(self._mint_text.encode()).hexdigest()  # noqa: S324 - Redis script id
        self.free_script = redis.register_script(_script("free"))

    # --- tokenize ---------------------------------------------------------------------
    def _scope(self, req: TokenizeRequest) -> str:
        by_config = self.settings.deterministic.get(req.entity)
        if by_config == "tenant" or (req.identifier and req.entity in IDENTIFIER_ENTITIES):
            return ""
        return req.subject

    def _derive(self, tenant: str, req: TokenizeRequest) -> tuple[bytes, str]:
        norm = normalize(req.entity, req.value, region=req.region)
        fields = (req.entity, req.shape.value, self._scope(req), norm)
        return keyed_hash(self.keystore.index_key(tenant), *fields), "\x1f".join(fields)

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
        derived = [self._derive(tenant, r) for r in requests]
        attempt = [0] * len(requests)
        pending = {i: self._candidate(tenant, r, *derived[i], 0) for i, r in enumerate(requests)}
        aeads = await self._subject_aeads(tenant, requests, pending)
        results: dict[int, Minted] = {}
        now = str(int(time.time()))
        while pending:
            order = list(pending.items())
            calls: list[tuple[str | bytes, ...]] = []
            for i, token in order:
                req, index = requests[i], derived[i][0]
                tag = tag_for(req.shape, index)
                sealed = aeads[req.subject].seal(req.value.encode(), value_aad(tenant, token, req.entity, req.subject))
                index_hex = index[:INDEX_BYTES].hex()
                calls.append((redis_keys.value_index(tenant, tag, index_hex),
                               redis_keys.token_record(tenant, tag, token),
                               redis_keys.tombstone(tenant, tag, token),
                               index_hex, token, f"{req.entity}\x1f{req.subject}\x1f{now}\x1f{self.ttl}", sealed))
            replies = await self._mint_batch(calls)
            pending = {}
            for (i, _token), (code, found) in zip(order, replies, strict=True):
                req = requests[i]
                if code in (_CREATED, _KNOWN):
                    results[i] = Minted(as_str(found), req.entity, req.subject, code == _CREATED)
                elif code == _OTHER:
                    pending[i] = as_str(found)
                else:
                    attempt[i] += 1
                    if attempt[i] >= MAX_CANDIDATES:
                        raise VaultError("token space exhausted for one value")
                    pending[i] = self._candidate(tenant, req, *derived[i], attempt[i])
            if pending:
                await self._remember(tenant, requests, pending)
        return [await self._owner_checked(tenant, results[i]) for i in range(len(requests))]

    async def _subject_aeads(self, tenant: str, requests: Sequence[TokenizeRequest],
                             pending: dict[int, str]) -> dict[str, Aead]:
        """One round trip: each subject's wrapped key, and its token set lists the candidates
        before any token exists (the subject record is written first)."""
        subjects = sorted({r.subject for r in requests})
        async with self.redis.pipeline(transaction=False) as pipe:
            for subject in subjects:
                pipe.hget(redis_keys.subject_record(tenant, subject), "dk")
            self._queue_remember(pipe, tenant, requests, pending)
            replies = await pipe.execute()
        out: dict[str, Aead] = {}
        for subject, blob in zip(subjects, replies[: len(subjects)], strict=True):
            if blob is None:
                key = await self.subjects.ensure_record(tenant, subject)
            else:
                key = await self.keystore.unwrap_data_key(tenant, subject, as_bytes(blob))
            out[subject] = Aead(key)
        return out

    async def _mint_batch(self, calls: list[tuple[str | bytes, ...]]) -> list[Any]:
        """EVALSHA per call in one pipeline; loads the script once if Redis lost it.

        With `wait_replicas`, WAIT rides at the end of the same pipeline: WAIT counts the
        writes of its own connection, so sent on another pooled connection it proves nothing.
        """
        for _ in range(2):
            async with self.redis.pipeline(transaction=False) as pipe:
                for call in calls:
                    pipe.execute_command("EVALSHA", self._mint_sha, 3, *call)  # (.evalsha is blocked on cluster pipes)
                self.queue_wait(pipe)
                replies = await pipe.execute(raise_on_error=False)
            if not any(isinstance(r, NoScriptError) for r in replies):
                for reply in replies:
                    if isinstance(reply, _TRANSIENT_REPLIES):  # a failover in progress: pause, retry
                        raise VaultUnavailable(f"token script failed ({type(reply).__name__})")
                    if isinstance(reply, Exception):
                        raise VaultError(f"token script failed ({type(reply).__name__})")
                self.check_wait(replies)
                return replies[: len(calls)]
            await self.redis.script_load(self._mint_text)
        raise VaultError("token script could not be loaded")

    async def _remember(self, tenant: str, requests: Sequence[TokenizeRequest], pending: dict[int, str]) -> None:
        async with self.redis.pipeline(transaction=False) as pipe:
            self._queue_remember(pipe, tenant, requests, pending)
            await pipe.execute()

    def _queue_remember(self, pipe: Pipeline, tenant: str, requests: Sequence[TokenizeRequest],
                        pending: dict[int, str]) -> None:
        by_subject: dict[str, list[str]] = {}
        for i, token in pending.items():
            by_subject.setdefault(requests[i].subject, []).append(token)
        for subject, tokens in by_subject.items():
            pipe.sadd(redis_keys.subject_tokens(tenant, subject), *tokens)
            pipe.expire(redis_keys.subject_tokens(tenant, subject), self.ttl)
            pipe.expire(redis_keys.subject_record(tenant, subject), self.ttl)
            pipe.expire(redis_keys.subject_aliases(tenant, subject), self.ttl)

    async def _owner_checked(self, tenant: str, minted: Minted) -> Minted:
        if minted.created or self._is_subject_scoped(minted):
            return minted
        owner = await self.redis.hget(
            redis_keys.token_record(tenant, tag_of_canonical(minted.token), minted.token), "s")
        return Minted(minted.token, minted.entity, opt_str(owner) or minted.subject, False)

    def _is_subject_scoped(self, minted: Minted) -> bool:
        return minted.entity not in IDENTIFIER_ENTITIES and minted.entity not in self.settings.deterministic

    def queue_wait(self, pipe: Pipeline) -> None:
        """Queue `WAIT n timeout` after this pipeline's writes (same connection), if configured."""
        if self.settings.wait_replicas > 0:
            pipe.execute_command("WAIT", self.settings.wait_replicas, self.settings.wait_timeout_ms)

    def check_wait(self, replies: Sequence[Any]) -> None:
        """Fail closed when fewer replicas than configured confirmed the pipeline's writes."""
        n = self.settings.wait_replicas
        if n > 0 and int(replies[-1]) < n:
            raise VaultUnavailable(f"only {int(replies[-1])} of {n} replicas confirmed the write")

    # --- reveal -------------------------------------------------------------------------
    async def reveal(self, tenant: str, tokens: Sequence[str], *, renew: bool = False) -> list[Revealed | NotRevealed]:
        """Values of tokens of this tenant; unknown and foreign tokens are `not_found` alike."""
        parsed: list[tuple[str, str] | NotRevealed] = []
        for token in tokens:
            try:
                p = parse(token, phone_prefix=self.settings.phone_token_prefix)
            except TokenError:
                p = None
            parsed.append(NotRevealed(token, Miss.MALFORMED) if p is None else (p.canonical, p.tag))
        live = [p for p in parsed if isinstance(p, tuple)]
        async with self.redis.pipeline(transaction=False) as pipe:
            for canonical, tag in live:
                pipe.hmget(redis_keys.token_record(tenant, tag, canonical), ["e", "s", "c"])
            records = iter(await pipe.execute())
        rows: list[tuple[str, str, list[bytes | None]] | NotRevealed] = [
            p if isinstance(p, NotRevealed) else (p[0], p[1], next(records)) for p in parsed
        ]
        subjects = {r[2][1].decode() for r in rows if isinstance(r, tuple) and r[2][1] is not None}
        keys = {s: Aead(k) for s, k in (await self.subjects.data_keys(tenant, subjects)).items() if k}
        out: list[Revealed | NotRevealed] = []
        for given, row in zip(tokens, rows, strict=True):
            out.append(row if isinstance(row, NotRevealed) else self._open(tenant, given, row, keys))
        if renew:
            await self.renew(tenant, [r for r in out if isinstance(r, Revealed)])
        return out

    def _open(self, tenant: str, given: str, row: tuple[str, str, list[bytes | None]],
              keys: dict[str, Aead]) -> Revealed | NotRevealed:
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
                pipe.expire(redis_keys.token_record(tenant, tag_of_canonical(r.token), r.token), self.ttl)
                pipe.expire(redis_keys.subject_record(tenant, r.subject), self.ttl)
                pipe.expire(redis_keys.subject_tokens(tenant, r.subject), self.ttl)
            await pipe.execute()

