"""Every `web.AppKey` and `web.RequestKey` of Veil, and nothing else."""

from __future__ import annotations

from aiohttp import web
from redis.asyncio import Redis

from proxy.access.auth import KeyTable, Principal
from proxy.access.sessions import Actor
from proxy.config import Settings
from proxy.inbound.path import Inbound
from proxy.server.runtime import Shared
from proxy.vault.key_material import KeySet

SETTINGS = web.AppKey("settings", Settings)
KEYSET = web.AppKey("keyset", KeySet)
SHARED = web.AppKey("shared", Shared)
KEY_TABLE = web.AppKey("key_table", KeyTable)
REDIS = web.AppKey("redis", Redis)
LISTENER = web.AppKey("listener", str)  # "public" / "admin": the metrics label of the app's requests
PRINCIPAL = web.RequestKey("principal", Principal)
REQUEST_ID = web.RequestKey("request_id", str)
ACTOR = web.RequestKey("actor", Actor)  # who called the admin API (session or signed service account)
INBOUND = web.AppKey("inbound", Inbound)  # ingress store + tokenisers + senders (issue 4)
