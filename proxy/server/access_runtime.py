"""Access control's runtime: the stores and workers of issue 6, built once per process.

`Access` bundles what the /v1 and admin handlers need (policy sync, rate limiter,
admins, sessions, service accounts, approvals, erasure and its notices, retention) and
the background tasks that keep every worker in step without a restart: the policy
poll, the recognizer-reload poll, the erasure-notice sender and the retention sweep.
Created by `server.state.Shared` at start-up; nothing here imports aiohttp.web.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import aiohttp
from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.access.admins import Admins
from proxy.access.approvals import Approvals
from proxy.access.policy_store import PolicyStore
from proxy.access.policy_sync import PolicySync
from proxy.access.ratelimit import RateLimiter
from proxy.access.service_accounts import ServiceAccounts
from proxy.access.sessions import Sessions
from proxy.alerts import AlertSink
from proxy.config import Settings
from proxy.detection.detector import Detector
from proxy.inbound.ingress import purge_subject
from proxy.kv import keyspace
from proxy.kv.replies import opt_str
from proxy.vault.admin import VaultAdmin
from proxy.vault.erasure import Eraser
from proxy.vault.erasure_notices import ErasureNotices
from proxy.vault.key_material import KeySet
from proxy.vault.retention import Retention

log = logging.getLogger("veil.access")


class RecognizerSync:
    """`recognizers reload` on one worker reloads every worker's detector."""

    def __init__(self, redis: Redis, detector: Callable[[], Detector | None], interval_s: float = 2.0) -> None:
        self._redis = redis
        self._detector = detector
        self._interval_s = interval_s
        self._seen: str | None = None

    async def bump(self) -> None:
        self._seen = opt_str(await self._redis.incr(keyspace.recognizers_version()))

    async def run(self) -> None:
        while True:
            try:
                version = opt_str(await self._redis.get(keyspace.recognizers_version()))
                if self._seen is None:
                    self._seen = version or "0"
                elif version is not None and version != self._seen:
                    self._seen = version
                    detector = self._detector()
                    if detector is not None:
                        result = await detector.reload()
                        log.info("recognizers reloaded on request of another worker (ok=%s)", result.ok)
            except (RedisError, OSError) as exc:
                log.warning("recognizer poll failed (%s)", type(exc).__name__)
            await asyncio.sleep(self._interval_s)


@dataclass
class Access:
    policies: PolicySync
    ratelimit: RateLimiter
    admins: Admins
    sessions: Sessions
    accounts: ServiceAccounts
    approvals: Approvals
    notices: ErasureNotices
    eraser: Eraser
    retention: Retention
    recognizers: RecognizerSync
    vault_admin: VaultAdmin

    @classmethod
    def build(cls, redis: Redis, settings: Settings, keyset: KeySet, store: PolicyStore, vault_admin: VaultAdmin,
              *, http: Callable[[], aiohttp.ClientSession | None], alerts: Callable[[], AlertSink | None],
              detector: Callable[[], Detector | None]) -> Access:
        notices = ErasureNotices(redis, settings, http, alerts)
        return cls(
            policies=PolicySync(redis, settings, store), ratelimit=RateLimiter(redis),
            admins=Admins(redis, keyset.master), sessions=Sessions(redis), accounts=ServiceAccounts(redis),
            approvals=Approvals(redis), notices=notices,
            eraser=Eraser(redis, vault_admin, notices, purge_inbound=functools.partial(
                purge_subject, redis, shards=settings.ingress.shards)),
            retention=Retention(redis, settings.vault), recognizers=RecognizerSync(redis, detector),
            vault_admin=vault_admin,
        )

    def background(self) -> list[Coroutine[Any, Any, None]]:
        return [self.policies.run(), self.recognizers.run(), self.notices.run(),
                self.retention.run(self.vault_admin.tenants)]
