"""Service authentication: `Authorization: Bearer veil_sk_<kid>_<secret>`.

Keys are stored as SHA-256 and found by kid; the comparison is constant-time and an
unknown kid costs the same comparison, so timing tells nothing. Two keys may be active
per service (rotation). Short or malformed keys are refused when the config loads.
Pure: takes a headers mapping, never a request.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from proxy.config import ServiceSettings, Settings
from proxy.errors import AuthError, ConfigError

KEY_RE = re.compile(r"^veil_sk_([a-z0-9]{4,16})_([A-Za-z0-9_-]{22,})$")
HASH_RE = re.compile(r"^([a-z0-9]{4,16}):([0-9a-f]{64})$")
_DUMMY = hashlib.sha256(b"veil/no-such-key").digest()


@dataclass(frozen=True, slots=True)
class Principal:
    service: str
    tenant: str
    kid: str


@dataclass(frozen=True, slots=True)
class KeyTable:
    """kid -> (sha256 of the whole key, service, tenant)."""

    entries: Mapping[str, tuple[bytes, str, str]]


def generate_service_key() -> str:
    return f"veil_sk_{secrets.token_hex(4)}_{secrets.token_urlsafe(24)}"


def _entries_for(svc: ServiceSettings, settings: Settings, path: str) -> list[tuple[str, bytes]]:
    if svc.api_key_sha256 is not None:
        items = [svc.api_key_sha256] if isinstance(svc.api_key_sha256, str) else svc.api_key_sha256
        out = []
        for item in items:
            match = HASH_RE.match(item)
            if not match:
                raise ConfigError([f"{path}.api_key_sha256: expected '<kid>:<64 hex>'"])
            out.append((match[1], bytes.fromhex(match[2])))
        return out
    raw = settings.secret(svc.api_key_env, svc.api_key_file) or ""
    out = []
    for key in (k.strip() for k in raw.split(",") if k.strip()):
        match = KEY_RE.match(key)
        if not match:
            ref = svc.api_key_env or svc.api_key_file
            raise ConfigError(
                [
                    f"{path}: the key in {ref} is malformed or too short "
                    "(veil_sk_<kid>_<at least 22 url-safe characters>)"
                ]
            )
        out.append((match[1], hashlib.sha256(key.encode()).digest()))
    return out


def build_key_table(settings: Settings) -> KeyTable:
    entries: dict[str, tuple[bytes, str, str]] = {}
    for i, svc in enumerate(settings.services):
        path = f"services.{i}"
        pairs = _entries_for(svc, settings, path)
        if not 1 <= len(pairs) <= 2:
            raise ConfigError([f"{path}: one or two keys per service (two only while rotating)"])
        for kid, digest in pairs:
            if kid in entries:
                raise ConfigError([f"{path}: key id {kid} is used twice"])
            entries[kid] = (digest, svc.name, svc.tenant)
    return KeyTable(entries)


def authenticate(headers: Mapping[str, str], table: KeyTable) -> Principal:
    value = headers.get("Authorization", "")
    scheme, _, key = value.partition(" ")
    match = KEY_RE.match(key.strip()) if scheme.lower() == "bearer" else None
    if match is None:
        raise AuthError("missing or malformed service key")
    entry = table.entries.get(match[1])
    digest = hashlib.sha256(key.strip().encode()).digest()
    expected = entry[0] if entry else _DUMMY
    if not hmac.compare_digest(digest, expected) or entry is None:
        raise AuthError("unknown or wrong service key")
    return Principal(service=entry[1], tenant=entry[2], kid=match[1])
