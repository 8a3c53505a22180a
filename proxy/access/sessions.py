"""Who is calling the admin API: an `Actor`, from a login session or a signed request.

Sessions last 15 minutes from login (absolute, never extended). The bearer token
(`veil_as_<random>`) is shown to the client once and stored only as its SHA-256, so
a Redis dump holds no usable session. A session is *elevated* (step-up) for 5 minutes
after a fresh TOTP code (the login's own code counts): revealing, destroying and
policy-changing calls need an elevated session. Service accounts have no sessions:
each signed request makes an Actor with the account's scopes and no step-up.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Literal

from redis.asyncio import Redis

from proxy.kv import keyspace, opt_str

SESSION_S = 15 * 60
STEP_UP_S = 5 * 60
TOKEN_PREFIX = "veil_as_"  # noqa: S105 - the public prefix of session tokens

# Scopes a service account may hold; a human admin holds them all (within its tenant).
SCOPES = frozenset(
    {
        "stats",
        "tokens:read",
        "tokens:delete",
        "erase",
        "export",
        "dsar",
        "retention",
        "backup",
        "keys",
        "policy",
        "audit",
        "dlq",
        "recognizers",
    }
)


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: Literal["admin", "account"]
    tenant: str = ""  # "" = every tenant
    scopes: frozenset[str] = field(default_factory=frozenset)
    elevated_until: float = 0.0
    session: str = ""  # digest of the session token (admins only)

    @property
    def is_global(self) -> bool:
        return self.tenant == ""

    def may_tenant(self, tenant: str) -> bool:
        return self.is_global or self.tenant == tenant

    def has_scope(self, scope: str) -> bool:
        return self.kind == "admin" or scope in self.scopes

    def elevated(self, now: float | None = None) -> bool:
        """Service accounts sign every request and have no TOTP: never asked to step up."""
        if self.kind == "account":
            return True
        return self.elevated_until > (time.time() if now is None else now)

    @property
    def audit_name(self) -> str:
        return f"{self.kind}:{self.name}"


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Sessions:
    def __init__(self, redis: Redis) -> None:
        self._redis = redis

    async def create(self, name: str, tenant: str, *, now: float | None = None) -> tuple[str, Actor]:
        """A new session, elevated for 5 minutes (the login just checked a code)."""
        now = time.time() if now is None else now
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        body = {"name": name, "tenant": tenant, "created": now, "elevated_until": now + STEP_UP_S}
        await self._redis.set(keyspace.admin_session(digest(token)), json.dumps(body), ex=SESSION_S)
        return token, self._actor(body, digest(token))

    async def get(self, token: str) -> Actor | None:
        if not token.startswith(TOKEN_PREFIX) or len(token) > 128:
            return None
        raw = opt_str(await self._redis.get(keyspace.admin_session(digest(token))))
        return None if raw is None else self._actor(json.loads(raw), digest(token))

    async def elevate(self, actor: Actor, *, now: float | None = None) -> Actor:
        now = time.time() if now is None else now
        key = keyspace.admin_session(actor.session)
        raw = opt_str(await self._redis.get(key))
        if raw is None:
            return actor
        body = json.loads(raw) | {"elevated_until": now + STEP_UP_S}
        await self._redis.set(key, json.dumps(body), keepttl=True, xx=True)
        return self._actor(body, actor.session)

    async def delete(self, actor: Actor) -> None:
        await self._redis.delete(keyspace.admin_session(actor.session))

    @staticmethod
    def _actor(body: dict[str, object], session: str) -> Actor:
        return Actor(
            name=str(body["name"]),
            kind="admin",
            tenant=str(body.get("tenant", "")),
            scopes=SCOPES,
            elevated_until=float(str(body.get("elevated_until", 0))),
            session=session,
        )
