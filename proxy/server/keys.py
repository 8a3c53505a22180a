"""Every `web.AppKey` and `web.RequestKey` of Veil, and nothing else."""

from __future__ import annotations

from aiohttp import web
from redis.asyncio import Redis

from proxy.auth import KeyTable, Principal
from proxy.config import Settings
from proxy.keys import KeySet
from proxy.server.state import Shared

SETTINGS = web.AppKey("settings", Settings)
KEYSET = web.AppKey("keyset", KeySet)
SHARED = web.AppKey("shared", Shared)
KEY_TABLE = web.AppKey("key_table", KeyTable)
REDIS = web.AppKey("redis", Redis)
PRINCIPAL = web.RequestKey("principal", Principal)
REQUEST_ID = web.RequestKey("request_id", str)
