"""Retention of the inbound stores that hold personal data: quarantine, queues, dead letters.

Each is a Redis stream whose entry ids are the times the entries were added (ms), so
`XTRIM MINID` drops everything older than the store's bound (`vault.stores.*_days`,
never longer than the vault's retention) in one call per stream. The vault's
`Retention` sweep runs this under its lock. A queued event trimmed this way was never
delivered: a subscriber down that long has had its events in dead letters since
`max_age_s`, so in practice the queue bound only catches what nothing else moved.
"""

from __future__ import annotations

from redis.asyncio import Redis

from proxy.config import Settings
from proxy.inbound.ingress import UNROUTED
from proxy.kv import keyspace


def _minid(now: float, days: int) -> str:
    return str(int((now - days * 86_400) * 1000))


async def sweep_stores(redis: Redis, settings: Settings, now: float) -> int:
    """Trim every quarantine, delivery queue and dead-letter stream to its bound as of `now`;
    returns how many entries went."""
    v = settings.vault
    trims: list[tuple[str, str]] = []
    quarantine = _minid(now, v.store_days("quarantine"))
    for tenant in [*settings.tenant_names(), UNROUTED]:
        trims += [(keyspace.ingress_quarantine(tenant, shard), quarantine) for shard in range(settings.ingress.shards)]
    queue, dead = _minid(now, v.store_days("queue")), _minid(now, v.store_days("dead_letter"))
    for sub in settings.subscribers:
        for p in range(settings.delivery.partitions):
            trims += [(keyspace.delivery_stream(sub.name, p), queue), (keyspace.delivery_dead(sub.name, p), dead)]
    removed = 0
    for key, minid in trims:  # one command each: a Cluster spreads them over their slots
        removed += int(await redis.xtrim(key, minid=minid, approximate=False))
    return removed
