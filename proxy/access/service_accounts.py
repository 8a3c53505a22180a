"""Service accounts: automation (DSAR tickets, nightly backups) signing each request.

An account is a name, a registered Ed25519 public key, a tenant scope and a set of
scopes; it has no password and no TOTP, and every call it makes is audited under
`account:<name>`. A request carries four headers:

    X-Veil-Account:   <name>
    X-Veil-Timestamp: <unix seconds>
    X-Veil-Nonce:     <16-64 characters of [A-Za-z0-9_-], fresh per request>
    X-Veil-Signature: <base64 Ed25519 signature of the string below>

    veil-admin-v1 \\n METHOD \\n path?query \\n timestamp \\n nonce \\n sha256-hex(body)

Veil refuses a timestamp more than 5 minutes away from its clock, checks the
signature, then records the nonce with `SET NX` (10 minutes, longer than the window):
a captured request cannot be replayed, on any worker, nor altered (method, path,
query and body are all signed).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from redis.asyncio import Redis

from proxy.access.admins import check_name
from proxy.access.sessions import SCOPES, Actor
from proxy.errors import AuthError, BadRequest, PermissionDenied
from proxy.kv import keyspace

SKEW_S = 300
NONCE_TTL_S = 600
NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
HEADERS = ("X-Veil-Account", "X-Veil-Timestamp", "X-Veil-Nonce", "X-Veil-Signature")


def signing_string(method: str, path_qs: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    return "\n".join(
        ["veil-admin-v1", method.upper(), path_qs, timestamp, nonce, hashlib.sha256(body).hexdigest()]
    ).encode()


def sign_request(
    key: Ed25519PrivateKey,
    account: str,
    method: str,
    path_qs: str,
    body: bytes,
    *,
    now: float | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The four headers of a signed admin request (used by the CLI and by tests)."""
    ts = str(int(time.time() if now is None else now))
    nonce = nonce or secrets.token_urlsafe(18)
    sig = key.sign(signing_string(method, path_qs, ts, nonce, body))
    return dict(zip(HEADERS, (account, ts, nonce, base64.b64encode(sig).decode()), strict=True))


def public_key_b64(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


@dataclass(frozen=True, slots=True)
class Account:
    name: str
    public_key: str  # base64 of the raw 32-byte key
    scopes: frozenset[str]
    tenant: str
    created_by: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "name": self.name,
                "public_key": self.public_key,
                "scopes": sorted(self.scopes),
                "tenant": self.tenant,
                "created_by": self.created_by,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, raw: str | bytes) -> Account:
        d = json.loads(raw)
        return cls(d["name"], d["public_key"], frozenset(d["scopes"]), d.get("tenant", ""), d.get("created_by", ""))


def _load_public(b64: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(b64, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise BadRequest(["public_key: base64 of a raw 32-byte Ed25519 public key"]) from None


class ServiceAccounts:
    def __init__(self, redis: Redis) -> None:
        self._redis = redis

    async def register(self, name: str, public_key: str, scopes: list[str], *, tenant: str, created_by: str) -> Account:
        check_name(name)
        _load_public(public_key)
        unknown = sorted(set(scopes) - SCOPES)
        if unknown or not scopes:
            raise BadRequest([f"scopes: unknown {unknown}; known: {sorted(SCOPES)}"])
        account = Account(name, public_key, frozenset(scopes), tenant, created_by)
        if not await self._redis.hsetnx(keyspace.service_accounts(), name, account.to_json()):
            raise PermissionDenied("account_exists", "a service account of that name exists")
        return account

    async def remove(self, name: str) -> bool:
        return int(await self._redis.hdel(keyspace.service_accounts(), name)) == 1

    async def list(self) -> list[Account]:
        raw = await self._redis.hgetall(keyspace.service_accounts())
        return sorted((Account.from_json(v) for v in raw.values()), key=lambda a: a.name)

    async def verify(
        self, headers: Mapping[str, str], method: str, path_qs: str, body: bytes, *, now: float | None = None
    ) -> Actor:
        """The Actor of a correctly signed, fresh, first-seen request, else AuthError."""
        name, ts, nonce, sig = (headers.get(h, "") for h in HEADERS)
        now = time.time() if now is None else now
        if not (ts.isdigit() and abs(now - int(ts)) <= SKEW_S):
            raise AuthError("signed request too old, from the future, or without a timestamp")
        if not NONCE_RE.match(nonce):
            raise AuthError("signed request without a valid nonce")
        raw = await self._redis.hget(keyspace.service_accounts(), name) if len(name) < 64 else None
        if raw is None:
            raise AuthError("unknown service account or bad signature")
        account = Account.from_json(raw)
        try:
            _load_public(account.public_key).verify(
                base64.b64decode(sig, validate=True), signing_string(method, path_qs, ts, nonce, body)
            )
        except (InvalidSignature, binascii.Error, ValueError):
            raise AuthError("unknown service account or bad signature") from None
        if not await self._redis.set(keyspace.account_nonce(name, nonce), "1", nx=True, ex=NONCE_TTL_S):
            raise AuthError("replayed request (nonce already used)")
        return Actor(name=name, kind="account", tenant=account.tenant, scopes=account.scopes)
