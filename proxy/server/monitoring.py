"""Assembly of issue 7's runtime parts for one process: the access guard (ceilings, honey
tokens, blocks, baseline), the optional signed alert webhook, and the vault-size sampler.

`build_monitoring` is called once by the server's shared state after the audit writer
and the alert sink exist; it registers the webhook channel on the sink and returns the
guard plus the background coroutines to run (and cancel at shutdown). Nothing here
touches aiohttp.web.
"""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, Final

import aiohttp
from redis.asyncio import Redis

from proxy.access.baseline import BaselineParams, BaselineStore
from proxy.access.guard import AccessGuard
from proxy.access.policy_store import PolicyStore
from proxy.alerts import AlertSink
from proxy.audit.writer import AuditWriter
from proxy.config import Settings
from proxy.errors import ConfigError
from proxy.kv import keyspace
from proxy.metrics import Metrics, sample_forever
from proxy.outbound.alert_webhook import AlertWebhook

VAULT_SIZE_INTERVAL_S: Final = 300.0


@dataclass
class Monitoring:
    guard: AccessGuard
    webhook: AlertWebhook | None = None
    background: list[Coroutine[Any, Any, None]] = field(default_factory=list)


def build_monitoring(settings: Settings, *, redis: Redis, audit: AuditWriter, alerts: AlertSink,
                     metrics: Metrics, policies: PolicyStore, http: aiohttp.ClientSession) -> Monitoring:
    b = settings.alerts.baseline
    baseline = None
    if b.enabled:
        params = BaselineParams(alpha=b.alpha, k=b.k, min_count=b.min_count,
                                warmup_windows=b.warmup_windows, rel_floor=b.rel_floor)
        baseline = BaselineStore(redis, params, window_s=b.window_s)
    guard = AccessGuard(redis, alerts, audit, metrics, policies=policies, baseline=baseline,
                        phone_prefix=settings.vault.phone_token_prefix)
    out = Monitoring(guard)
    a = settings.alerts
    if a.webhook_url:
        secret = settings.secret(a.webhook_secret_env, a.webhook_secret_file)
        if not secret:
            raise ConfigError(["alerts.webhook_url needs alerts.webhook_secret_env or alerts.webhook_secret_file"])
        out.webhook = AlertWebhook(a.webhook_url, secret, http)
        alerts.add_channel("webhook", out.webhook.submit)
        out.background.append(out.webhook.run())
    tenants = settings.tenant_names()

    async def vault_size() -> None:
        for tenant in tenants:
            tokens = await _count(redis, keyspace.token_pattern(tenant))
            subjects = await _count(redis, keyspace.subject_pattern(tenant))
            metrics.set_vault_size(tenant, tokens=tokens, subjects=subjects)

    out.background.append(sample_forever(vault_size, VAULT_SIZE_INTERVAL_S))
    return out


async def _count(redis: Redis, pattern: str) -> int:
    n = 0
    async for _ in redis.scan_iter(match=pattern, count=1000):
        n += 1
    return n
