"""Media ids Veil has seen per tenant, and the stable media URL webhooks carry.

A CRM may fetch or delete a Meta media id through Veil only if Veil recorded it for
the caller's tenant: seen in a webhook or returned by an upload it proxied. The URL a
webhook carries instead of Meta's is stable per media id, so redeliveries stay
byte-identical; it answers only with a service key (the outbound work serves it).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from redis.asyncio import Redis

from proxy import redis_keys

MEDIA_ID = re.compile(r"^[0-9A-Za-z_-]{1,128}$")
MEDIA_TTL_S = 30 * 86_400  # Meta keeps media for 30 days


def valid_media_id(media_id: str) -> bool:
    return MEDIA_ID.match(media_id) is not None


async def record_media(redis: Redis, tenant: str, media_id: str) -> None:
    if valid_media_id(media_id):
        await redis.set(redis_keys.media_known(tenant, media_id), b"1", ex=MEDIA_TTL_S)


async def is_known_media(redis: Redis, tenant: str, media_id: str) -> bool:
    return valid_media_id(media_id) and bool(await redis.exists(redis_keys.media_known(tenant, media_id)))


def media_url(public_url: str, media_id: str) -> str:
    """The stable Veil URL that replaces Meta's media `url` in a webhook."""
    return f"{public_url.rstrip('/')}/media/wa/{quote(media_id, safe='')}"
