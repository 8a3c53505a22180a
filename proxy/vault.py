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
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from redis.asyncio import Redis

from proxy import redis_keys
from proxy.config import VaultSettings
from proxy.crypto import DecryptError, keyed_hash, open_sealed, seal
from proxy.entities import IDENTIFIER_ENTITIES, shape_allowed
from proxy.errors import TokenError, VaultError
from proxy.keystore import KeyStore
from proxy.normalize import normalize
from proxy.redis_values import opt_str
from proxy.subjects import Subjects, value_aad
from proxy.tokens import Shape, mint, parse, tag_for, tag_of_canonical

MAX_CANDIDATES = 64
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
        self._mint = redis.register_script(_script("mint"))
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
        digest = keyed_hash(self.keystore.token_key(tenant), basis, str(n))
        return mint(req.shape, req.entity, index, digest, phone_prefix=self.settings.phone_token_prefix)

    async def tokenize(self, tenant: str, requests: Sequence[TokenizeRequest]) -> list[Minted]:
        """Tokens for a batch, in order; subjects must exist or are created here."""
        for req in requests:
            if not shape_allowed(req.entity, req.shape):
                raise TokenError(f"entity {req.entity} cannot take the {req.shape.value} shape")
        if not requests:
            return []
        derived = [self._derive(tenant, r) for r in requests]
        keys = {s: await self.subjects.ensure_record(tenant, s) for s in {r.subject for r in requests}}
        attempt = [0] * len(requests)
        pending: dict[int, str] = {
            i: self._candidate(tenant, r, derived[i][0], derived[i][1], 0) for i, r in enumerate(requests)
        }
        results: dict[int, Minted] = {}
        now = str(int(time.time()))
        created_any = False
        while pending:
            await self._remember(tenant, requests, pending)
            async with self.redis.pipeline(transaction=False) as pipe:
                order = list(pending.items())
                for i, token in order:
                    req, (index, _) = requests[i], derived[i]
                    tag = tag_for(req.shape, index)
                    sealed = seal(keys[req.subject], req.value.encode(),
                                  value_aad(tenant, token, req.entity, req.subject))
                    await self._mint(
                        keys=[redis_keys.value_index(tenant, tag, index.hex()),
                              redis_keys.token_record(tenant, tag, token),
                              redis_keys.tombstone(tenant, tag, token)],
                        args=[index.hex(), token, req.entity, req.subject, sealed, now, self.ttl],
                        client=pipe,
                    )
                replies = await pipe.execute()
            pending = {}
            for (i, _token), (code, found) in zip(order, replies, strict=True):
                req = requests[i]
                if code in (_CREATED, _KNOWN):
                    created_any |= code == _CREATED
                    results[i] = Minted(found.decode(), req.entity, req.subject, code == _CREATED)
                elif code == _OTHER:
                    pending[i] = found.decode()
                else:
                    attempt[i] += 1
                    if attempt[i] >= MAX_CANDIDATES:
                        raise VaultError("token space exhausted for one value")
                    pending[i] = self._candidate(tenant, req, derived[i][0], derived[i][1], attempt[i])
        if created_any:
            await self.wait_for_replicas()
        return [await self._owner_checked(tenant, results[i]) for i in range(len(requests))]

    async def _remember(self, tenant: str, requests: Sequence[TokenizeRequest], pending: dict[int, str]) -> None:
        """Subject record first: its token set lists a token before the token exists."""
        by_subject: dict[str, list[str]] = {}
        for i, token in pending.items():
            by_subject.setdefault(requests[i].subject, []).append(token)
        async with self.redis.pipeline(transaction=False) as pipe:
            for subject, tokens in by_subject.items():
                pipe.sadd(redis_keys.subject_tokens(tenant, subject), *tokens)
                pipe.expire(redis_keys.subject_tokens(tenant, subject), self.ttl)
                pipe.expire(redis_keys.subject_record(tenant, subject), self.ttl)
                pipe.expire(redis_keys.subject_aliases(tenant, subject), self.ttl)
            await pipe.execute()

    async def _owner_checked(self, tenant: str, minted: Minted) -> Minted:
        if minted.created or self._is_subject_scoped(minted):
            return minted
        owner = await self.redis.hget(
            redis_keys.token_record(tenant, tag_of_canonical(minted.token), minted.token), "s")
        return Minted(minted.token, minted.entity, opt_str(owner) or minted.subject, False)

    def _is_subject_scoped(self, minted: Minted) -> bool:
        return minted.entity not in IDENTIFIER_ENTITIES and minted.entity not in self.settings.deterministic

    async def wait_for_replicas(self) -> None:
        n = self.settings.wait_replicas
        if n <= 0:
            return
        acked = await self.redis.execute_command("WAIT", n, self.settings.wait_timeout_ms)  # type: ignore[no-untyped-call]
        if int(acked) < n:
            raise VaultError(f"only {int(acked)} of {n} replicas confirmed the write")

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
        keys = await self.subjects.data_keys(tenant, subjects)
        out: list[Revealed | NotRevealed] = []
        for given, row in zip(tokens, rows, strict=True):
            out.append(row if isinstance(row, NotRevealed) else self._open(tenant, given, row, keys))
        if renew:
            await self._renew(tenant, [r for r in out if isinstance(r, Revealed)])
        return out

    def _open(self, tenant: str, given: str, row: tuple[str, str, list[bytes | None]],
              keys: dict[str, bytes | None]) -> Revealed | NotRevealed:
        canonical, _, (entity, subject, sealed) = row
        if entity is None or subject is None or sealed is None:
            return NotRevealed(given, Miss.NOT_FOUND)
        key = keys.get(subject.decode())
        if key is None:
            return NotRevealed(given, Miss.NOT_FOUND)
        try:
            value = open_sealed(key, sealed, value_aad(tenant, canonical, entity.decode(), subject.decode()))
        except DecryptError:
            return NotRevealed(given, Miss.NOT_FOUND)
        return Revealed(canonical, entity.decode(), subject.decode(), value.decode())

    async def _renew(self, tenant: str, revealed: list[Revealed]) -> None:
        async with self.redis.pipeline(transaction=False) as pipe:
            for r in revealed:
                pipe.expire(redis_keys.token_record(tenant, tag_of_canonical(r.token), r.token), self.ttl)
                pipe.expire(redis_keys.subject_record(tenant, r.subject), self.ttl)
                pipe.expire(redis_keys.subject_tokens(tenant, r.subject), self.ttl)
            await pipe.execute()

