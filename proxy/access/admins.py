"""Admins: password (argon2id) plus TOTP (RFC 6238), replay refusal and lockout.

Security properties (docs/design.md "Services, admins, policies", docs/decisions.md 17):
- the first admin exists only through `bootstrap`, which needs the master key and
  succeeds only while no admin exists (one atomic check on the one admins hash);
- TOTP seeds are stored sealed (AES-GCM) under a key derived from a master-key
  version, AAD binding the admin name and that version, so a seed copied onto
  another admin's record does not open; rotation re-seals them under the active one;
- a code is accepted at most once: the time step it matched is recorded per admin
  with `SET NX` in Redis, so a replay fails on every worker;
- 5 failures (password or code, login or step-up) lock the name for 15 minutes; an
  unknown name is counted and hashed like a known one, so answers do not enumerate;
- argon2 runs off the event loop;
- an admin created through the API enrols itself: `create` stores a record with
  no password and no seed and returns a one-time enrolment token (stored only as its
  SHA-256, 24 h); `enrol` takes the token and the new admin's own password and answers the
  provisioning URI to whoever holds the token, never to the creator. Until then the record
  has no password hash, so no login can succeed. `enrolled_ms` (when the admin set its own
  password and seed) is what four-eyes compares with the request's time.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import re
import secrets
import time
from dataclasses import dataclass

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from redis.asyncio import Redis

from proxy.errors import AuthError, BadRequest, DecryptError, KeyMaterialError, PermissionDenied
from proxy.kv import keyspace
from proxy.vault import Aead, Keyring, aad, hkdf

NAME_RE = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")
MIN_PASSWORD = 12
MAX_FAILURES = 5
LOCK_S = 15 * 60
STEP_S = 30
ISSUER = "Veil"
ENROL_S = 24 * 3600
ENROL_PREFIX = "veil_en_"
_BOOTSTRAP = """
if redis.call('HLEN', KEYS[1]) > 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
"""


@dataclass(frozen=True, slots=True)
class AdminRecord:
    name: str
    password_hash: str
    seed_sealed: str  # base64 of the sealed seed
    seed_version: int  # master-key version the seed is sealed under
    tenant: str  # "" = every tenant
    created: int
    created_by: str
    enrolled_ms: int = 0  # when the admin set its own password and seed; 0 = not yet

    @property
    def enrolled(self) -> bool:
        return self.enrolled_ms > 0 and bool(self.password_hash) and bool(self.seed_sealed)

    def to_json(self) -> str:
        return json.dumps(
            {
                "name": self.name,
                "password": self.password_hash,
                "seed": self.seed_sealed,
                "seed_mv": self.seed_version,
                "tenant": self.tenant,
                "created": self.created,
                "created_by": self.created_by,
                "enrolled_ms": self.enrolled_ms,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, raw: str | bytes) -> AdminRecord:
        d = json.loads(raw)
        # a record written before enrolment existed counts as enrolled when it was created
        enrolled = int(d["enrolled_ms"]) if "enrolled_ms" in d else int(d["created"]) * 1000
        return cls(
            d["name"],
            d["password"],
            d["seed"],
            int(d["seed_mv"]),
            d.get("tenant", ""),
            int(d["created"]),
            d.get("created_by", ""),
            enrolled,
        )


@dataclass(frozen=True, slots=True)
class Enrolment:
    """What a new admin sees once: the provisioning URI for an authenticator app."""

    name: str
    provisioning_uri: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def check_name(name: str) -> str:
    if not NAME_RE.match(name):
        raise BadRequest(["name: must match [a-z][a-z0-9_.-]{1,62}"])
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise BadRequest([f"password: at least {MIN_PASSWORD} characters"])
    return password


class Admins:
    def __init__(self, redis: Redis, master: Keyring) -> None:
        self._redis = redis
        self._master = master
        self._hasher = PasswordHasher()
        self._dummy = self._hasher.hash("veil/no-such-admin")
        self._bootstrap = redis.register_script(_BOOTSTRAP)

    # --- seeds ---------------------------------------------------------------------
    def _seed_aead(self, version: int) -> Aead:
        key = self._master.get(version)
        if key is None:
            raise KeyMaterialError(f"an admin seed is sealed under master key v{version}, which is not configured")
        return Aead(hkdf(key, "veil/v1/admin-seed"))

    def _seal_seed(self, name: str, seed: str) -> tuple[str, int]:
        version = self._master.active_version
        blob = self._seed_aead(version).seal(seed.encode(), aad("admin-seed", name, str(version)))
        return base64.b64encode(blob).decode(), version

    def _open_seed(self, rec: AdminRecord) -> str:
        try:
            raw = self._seed_aead(rec.seed_version).open(
                base64.b64decode(rec.seed_sealed), aad("admin-seed", rec.name, str(rec.seed_version))
            )
        except DecryptError:
            raise KeyMaterialError("an admin TOTP seed does not open") from None
        return raw.decode()

    async def _new_record(self, name: str, password: str, tenant: str, created_by: str) -> tuple[AdminRecord, str]:
        check_name(name)
        check_password(password)
        seed = pyotp.random_base32()
        sealed, version = self._seal_seed(name, seed)
        pw_hash = await asyncio.to_thread(self._hasher.hash, password)
        now = time.time()
        rec = AdminRecord(name, pw_hash, sealed, version, tenant, int(now), created_by, int(now * 1000))
        return rec, pyotp.TOTP(seed).provisioning_uri(name=name, issuer_name=ISSUER)

    # --- records -------------------------------------------------------------------
    async def bootstrap(self, name: str, password: str) -> Enrolment:
        """The first admin (global), only while none exists."""
        rec, uri = await self._new_record(name, password, "", "bootstrap")
        if not int(await self._bootstrap(keys=[keyspace.admins()], args=[name, rec.to_json()])):
            raise PermissionDenied("admin_exists", "an admin already exists: bootstrap runs only once")
        return Enrolment(name, uri)

    async def create(self, name: str, *, tenant: str, created_by: str, half_digest: str = "") -> str:
        """A new admin that cannot log in yet, and its one-time enrolment token (shown once).
        With `half_digest` (an approved `admin_create`), enrolling also needs the approver's
        half: the new admin presents `<this token>.<approver's half>`."""
        check_name(name)
        rec = AdminRecord(name, "", "", 0, tenant, int(time.time()), created_by, 0)
        if not await self._redis.hsetnx(keyspace.admins(), name, rec.to_json()):
            raise PermissionDenied("admin_exists", "an admin of that name exists")
        token = ENROL_PREFIX + secrets.token_urlsafe(32)
        value = f"{name}\x1f{half_digest}" if half_digest else name
        await self._redis.set(keyspace.admin_enrolment(_digest(token)), value, ex=ENROL_S)
        return token

    async def enrol(self, token: str, password: str) -> Enrolment:
        """The new admin sets its own password and gets its own TOTP seed; the token works once."""
        check_password(password)
        if not token.startswith(ENROL_PREFIX) or len(token) > 200:
            raise AuthError("unknown or used enrolment token")
        mine, _, half = token.partition(".")
        key = keyspace.admin_enrolment(_digest(mine))
        stored = await self._redis.get(key)
        name, _, half_digest = (stored.decode() if isinstance(stored, bytes) else str(stored or "")).partition("\x1f")
        if stored is None or not hmac.compare_digest(half_digest, _digest(half) if half else ""):
            raise AuthError("unknown or used enrolment token (an approved admin needs both halves: a.b)")
        raw = await self._redis.getdel(key)
        rec = None if raw is None else await self.get(name)
        if rec is None or rec.enrolled:
            raise AuthError("unknown or used enrolment token")
        new, uri = await self._new_record(rec.name, password, rec.tenant, rec.created_by)
        done = AdminRecord(
            new.name,
            new.password_hash,
            new.seed_sealed,
            new.seed_version,
            rec.tenant,
            rec.created,
            rec.created_by,
            new.enrolled_ms,
        )
        await self._redis.hset(keyspace.admins(), rec.name, done.to_json())
        return Enrolment(rec.name, uri)

    async def get(self, name: str) -> AdminRecord | None:
        raw = await self._redis.hget(keyspace.admins(), name)
        return None if raw is None else AdminRecord.from_json(raw)

    async def names(self) -> list[AdminRecord]:
        raw = await self._redis.hgetall(keyspace.admins())
        return sorted((AdminRecord.from_json(v) for v in raw.values()), key=lambda r: r.name)

    async def exists_any(self) -> bool:
        return int(await self._redis.hlen(keyspace.admins())) > 0

    async def remove(self, name: str) -> bool:
        return int(await self._redis.hdel(keyspace.admins(), name)) == 1

    async def reseal_all(self) -> int:
        """Re-seal every seed under the active master-key version (part of rotation)."""
        count = 0
        for rec in await self.names():
            if not rec.seed_sealed or rec.seed_version == self._master.active_version:
                continue
            sealed, version = self._seal_seed(rec.name, self._open_seed(rec))
            new = AdminRecord(
                rec.name, rec.password_hash, sealed, version, rec.tenant, rec.created, rec.created_by, rec.enrolled_ms
            )
            await self._redis.hset(keyspace.admins(), rec.name, new.to_json())
            count += 1
        return count

    async def sealed_under(self, version: int) -> int:
        return sum(1 for rec in await self.names() if rec.seed_sealed and rec.seed_version == version)

    # --- authentication --------------------------------------------------------------
    @staticmethod
    def _bucket(name: str) -> str:
        """Failures of names that cannot exist share one bucket (no key per random string)."""
        return name if NAME_RE.match(name) else "-invalid-"

    async def locked(self, name: str) -> bool:
        return int(await self._redis.get(keyspace.admin_failures(self._bucket(name))) or 0) >= MAX_FAILURES

    async def _failed(self, name: str) -> None:
        key = keyspace.admin_failures(self._bucket(name))
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.ttl(key)
            _, ttl = await pipe.execute()
        if int(ttl) < 0:
            await self._redis.expire(key, LOCK_S)

    def _password_ok(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    async def _code_ok(self, rec: AdminRecord, code: str, now: float) -> bool:
        """True once per matching time step (±1 step of clock drift), across workers."""
        if not re.fullmatch(r"\d{6}", code or ""):
            return False
        totp = pyotp.TOTP(self._open_seed(rec))
        current = int(now // STEP_S)
        for counter in (current - 1, current, current + 1):
            if hmac.compare_digest(totp.generate_otp(counter), code):
                return bool(await self._redis.set(keyspace.admin_step(rec.name, counter), "1", nx=True, ex=4 * STEP_S))
        return False

    async def authenticate(self, name: str, password: str, code: str, *, now: float | None = None) -> AdminRecord:
        """Password and a fresh code, or AuthError (the same message for every failure)."""
        now = time.time() if now is None else now
        if await self.locked(name):
            raise AuthError("account locked after repeated failures; try again later")
        rec = await self.get(name) if NAME_RE.match(name) else None
        ok = await asyncio.to_thread(
            self._password_ok, rec.password_hash if rec and rec.enrolled else self._dummy, password
        )
        if rec is None or not ok or not rec.enrolled or not await self._code_ok(rec, code, now):
            await self._failed(name)
            raise AuthError("wrong name, password or code")
        await self._redis.delete(keyspace.admin_failures(name))
        return rec

    async def step_up(self, name: str, code: str, *, now: float | None = None) -> None:
        """A fresh code from a logged-in admin (same replay and lockout rules)."""
        now = time.time() if now is None else now
        if await self.locked(name):
            raise AuthError("account locked after repeated failures; try again later")
        rec = await self.get(name)
        if rec is None or not rec.enrolled or not await self._code_ok(rec, code, now):
            await self._failed(name)
            raise AuthError("wrong code")
        await self._redis.delete(keyspace.admin_failures(name))
