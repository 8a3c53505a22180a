"""Media ids Veil has seen per tenant, and the stable media URL webhooks carry.

A CRM may fetch or delete a Meta media id through Veil only if Veil recorded it for
the caller's tenant: seen in a webhook or returned by an upload it proxied. The URL a
webhook carries instead of Meta's is stable per media id, so redeliveries stay
byte-identical; it answers only with a service key (the outbound work serves it).

A media lookup made through Veil returns an opaque handle instead of Meta's URL: 32
random bytes, bound to the tenant and media id, alive at most 5 minutes, stored only
as its SHA-256. The Meta URL stays inside Veil, so a service never learns a URL it
could fetch with the business token, and Veil alone chooses where that token goes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from urllib.parse import quote

from redis.asyncio import Redis

from proxy.kv import keyspace

# Meta's media ids are numeric strings (webhooks, upload answers, `GET /{media-id}`), as every
# Graph object id Veil routes (`GraphId`); a webhook's media `id` of another shape is examined
# like an unknown field rather than passed on, recorded or turned into a media URL.
MEDIA_ID = re.compile(r"^[0-9]{1,32}$")
MEDIA_TTL_S = 30 * 86_400  # Meta keeps media for 30 days


def valid_media_id(media_id: str) -> bool:
    return MEDIA_ID.match(media_id) is not None


async def record_media(redis: Redis, tenant: str, media_id: str) -> None:
    if valid_media_id(media_id):
        await redis.set(keyspace.media_known(tenant, media_id), b"1", ex=MEDIA_TTL_S)


async def is_known_media(redis: Redis, tenant: str, media_id: str) -> bool:
    return valid_media_id(media_id) and bool(await redis.exists(keyspace.media_known(tenant, media_id)))


def media_url(public_url: str, media_id: str) -> str:
    """The stable Veil URL that replaces Meta's media `url` in a webhook."""
    return f"{public_url.rstrip('/')}/media/wa/{quote(media_id, safe='')}"


# --- opaque handles (docs/design.md, Outbound: media) -------------------------------------
HANDLE_TTL_S = 300  # never longer than Meta's own media URLs live
HANDLE_RE = re.compile(r"^[A-Za-z0-9_-]{43}$")  # 32 random bytes, url-safe base64


@dataclass(frozen=True, slots=True)
class MediaHandle:
    """What a handle stands for; the Meta URL never leaves Veil."""

    tenant: str
    media_id: str
    url: str
    mime_type: str


def _handle_key(handle: str) -> str:
    return keyspace.media_handle(hashlib.sha256(handle.encode()).hexdigest())


async def create_handle(redis: Redis, target: MediaHandle, *, ttl_s: int = HANDLE_TTL_S) -> str:
    """A fresh random handle for `target`, valid `ttl_s` (at most 5 minutes)."""
    handle = secrets.token_urlsafe(32)
    payload = json.dumps({"t": target.tenant, "m": target.media_id, "u": target.url, "y": target.mime_type})
    await redis.set(_handle_key(handle), payload, ex=max(1, min(ttl_s, HANDLE_TTL_S)))
    return handle


async def resolve_handle(redis: Redis, handle: str, tenant: str) -> MediaHandle | None:
    """The handle's target if it is live and bound to `tenant`; else None (indistinguishably)."""
    if not HANDLE_RE.match(handle):
        return None
    raw = await redis.get(_handle_key(handle))
    if raw is None:
        return None
    data = json.loads(raw)
    if not hmac.compare_digest(str(data["t"]).encode(), tenant.encode()):
        return None
    return MediaHandle(data["t"], data["m"], data["u"], data["y"])


async def forget_media(redis: Redis, tenant: str, media_id: str) -> None:
    """After a proxied DELETE: the id may no longer be fetched or deleted through Veil."""
    if valid_media_id(media_id):
        await redis.delete(keyspace.media_known(tenant, media_id))


def handle_url(public_url: str, handle: str) -> str:
    return f"{public_url.rstrip('/')}/media/{handle}"


def mime_allowed(allowed: frozenset[str] | set[str], mime_type: str) -> bool:
    """`image/jpeg` by exact type, `image/*` by family, `*` for all; parameters ignored."""
    base = mime_type.split(";", 1)[0].strip().lower()
    if not base or "/" not in base:
        return False
    family = base.split("/", 1)[0] + "/*"
    wanted = {a.lower() for a in allowed}
    return base in wanted or family in wanted or "*" in wanted
