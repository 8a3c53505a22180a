"""Watching delivery: what each subscriber has waiting, dead-lettered, and since when it fails.

A CRM that is down must be visible within minutes, not when its events start dead-lettering
a day later. The senders report every attempt here (`attempted`, `dead_lettered`: the
counters of docs/monitoring.md), and mark a subscriber *failing* from its first failed
attempt after its last success: the failure (any worker) sets `keyspace.delivery_failing`
to the time with SET NX, the next success (any worker that knows of the mark) deletes it.
So the time survives the dead-lettering of the events that failed, and it is the same
whichever worker is asked. A success costs no extra write: a worker deletes the mark only
when it set it or saw it at a sample.

Each acknowledged delivery also counts into its hour (`count_delivered`: PFADD of its event
id to `keyspace.delivered_hour`, a HyperLogLog per subscriber and hour in its own slot, kept
~25 h), so `delivered_per_hour` can answer the last 24 hours to the console's chart: two more
commands in the ack's own round trip, no read. A HyperLogLog rather than a counter because
adding an id twice counts it once: an ack batch is re-sent whole when Redis lost the lease
script, and an event is delivered again after a crash before its ack, and neither should
count twice. The price is an estimate (standard error 0.81%; a handful count exactly in
practice) and up to 12 KB a key; the ids themselves are not stored, only their hashes' bits.

`sample()` runs in the inbound monitor loop: it reads every subscriber's status from Redis,
sets the queue-depth gauges (ingress, quarantine, delivery, dead letters) and raises
`subscriber_failing` (throttled) for a subscriber failing for longer than
`delivery.failing_threshold_s` while events wait. `/readyz` reports the last sample
(`failing()`); the admin API asks for a fresh `status()`.

Only names, counts and times leave this module: never a body, a token or a subject.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from proxy.alerts import AlertSink
from proxy.config import Settings, SubscriberSettings
from proxy.kv import Batch, as_str, entry_ms, keyspace
from proxy.metrics import Metrics

HOURS_KEPT = 24
DELIVERED_TTL_S = 25 * 3600  # an hour's count outlives the 24 h chart that reads it


def iso_ms(ms: int | None) -> str | None:
    """A ms timestamp as ISO 8601 UTC (the shape every Veil answer uses), None kept."""
    return None if ms is None else datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class SubscriberStatus:
    """One subscriber's backlog, read from Redis at `at_ms`."""

    subscriber: str
    tenant: str
    queued: int  # events waiting in its partitions
    oldest_ms: int | None  # when the oldest waiting event was queued
    dead_letters: int
    failing_since_ms: int | None  # first failed attempt since the last success (None: delivering)
    at_ms: int

    @property
    def failing_s(self) -> float | None:
        """How long it has been failing with events waiting; None while it delivers or
        has nothing to deliver (a mark left after its last event was dead-lettered)."""
        if self.failing_since_ms is None or self.queued == 0:
            return None
        return max(0.0, (self.at_ms - self.failing_since_ms) / 1000)

    def as_json(self, threshold_s: float) -> dict[str, Any]:
        failing_s = self.failing_s
        return {
            "subscriber": self.subscriber,
            "tenant": self.tenant,
            "queued": self.queued,
            "oldest": iso_ms(self.oldest_ms),
            "oldest_age_s": None if self.oldest_ms is None else round(max(0, self.at_ms - self.oldest_ms) / 1000, 1),
            "dead_letters": self.dead_letters,
            "failing_since": iso_ms(self.failing_since_ms) if failing_s is not None else None,
            "failing_s": None if failing_s is None else round(failing_s, 1),
            "failing": failing_s is not None and failing_s >= threshold_s,
        }


@dataclass(frozen=True, slots=True)
class IngressStatus:
    """One tenant's sealed updates, over its shards, read from Redis at `at_ms`: those
    waiting to be tokenised and those quarantined."""

    tenant: str
    sealed: int  # waiting in the ingress shards (a tokenised update leaves at once)
    oldest_ms: int | None  # when the oldest of them was sealed
    quarantined: int
    at_ms: int

    def as_json(self) -> dict[str, Any]:
        return {
            "tenant": self.tenant,
            "sealed": self.sealed,
            "oldest": iso_ms(self.oldest_ms),
            "oldest_age_s": None if self.oldest_ms is None else round(max(0, self.at_ms - self.oldest_ms) / 1000, 1),
            "quarantined": self.quarantined,
        }


class DeliveryWatch:
    """Per process: the delivery counters, the failing marks, and the sampled status."""

    def __init__(
        self,
        redis: Redis,
        settings: Settings,
        metrics: Metrics,
        alerts: AlertSink | None = None,
        tenants: Sequence[str] = (),
    ) -> None:
        self.redis = redis
        self.settings = settings
        self.metrics = metrics
        self.alerts = alerts
        self.tenants = tuple(tenants)
        self.threshold_s = settings.delivery.failing_threshold_s
        self.last: dict[str, SubscriberStatus] = {}  # the last sample, by subscriber
        self._marked: set[str] = set()  # subscribers whose failing mark this worker set or saw

    # --- what the senders report --------------------------------------------------------
    def attempted(self, subscriber: str, outcome: str) -> None:
        self.metrics.delivery_attempt(subscriber, outcome)

    def dead_lettered(self, subscriber: str, reason: str, count: int = 1) -> None:
        self.metrics.dead_lettered(subscriber, reason, count)

    def mark_failing(self, pipe: Pipeline, subscriber: str) -> None:
        """Queue the failing mark (kept if set: it holds the first failure's time)."""
        pipe.set(keyspace.delivery_failing(subscriber), str(int(time.time() * 1000)), nx=True)
        self._marked.add(subscriber)

    def mark_delivered(self, batch: Batch, subscriber: str) -> None:
        """A delivery succeeded: queue the mark's removal, if this worker knows of one."""
        if subscriber in self._marked:
            self._marked.discard(subscriber)
            batch.delete(keyspace.delivery_failing(subscriber))

    def count_delivered(self, batch: Batch, subscriber: str, event_id: str, now: float | None = None) -> None:
        """Queue the count of one acknowledged delivery into its hour (with the ack)."""
        key = keyspace.delivered_hour(subscriber, int((time.time() if now is None else now) // 3600))
        batch.execute_command("PFADD", key, event_id)
        batch.expire(key, DELIVERED_TTL_S)

    # --- what operators read --------------------------------------------------------------
    async def status(self, subscribers: Sequence[SubscriberSettings] | None = None) -> list[SubscriberStatus]:
        """Every (or the given) subscriber's backlog, dead letters and failing time, read now
        (one pipelined round trip: per partition its length, head and dead letters)."""
        subs = list(self.settings.subscribers if subscribers is None else subscribers)
        parts = self.settings.delivery.partitions
        async with self.redis.pipeline(transaction=False) as pipe:
            for sub in subs:
                pipe.get(keyspace.delivery_failing(sub.name))
                for p in range(parts):
                    pipe.xlen(keyspace.delivery_stream(sub.name, p))
                    pipe.xrange(keyspace.delivery_stream(sub.name, p), count=1)
                    pipe.xlen(keyspace.delivery_dead(sub.name, p))
            replies = await pipe.execute()
        now_ms = int(time.time() * 1000)
        out = []
        step = 1 + 3 * parts
        for i, sub in enumerate(subs):
            mine = replies[i * step : (i + 1) * step]
            heads = [entry_ms(as_str(r[0][0])) for r in mine[2::3] if r]
            mark = mine[0]
            out.append(
                SubscriberStatus(
                    subscriber=sub.name,
                    tenant=sub.tenant,
                    queued=sum(int(n) for n in mine[1::3]),
                    oldest_ms=min(heads) if heads else None,
                    dead_letters=sum(int(n) for n in mine[3::3]),
                    failing_since_ms=int(as_str(mark)) if mark is not None and as_str(mark).isdigit() else None,
                    at_ms=now_ms,
                )
            )
        return out

    async def ingress(self, tenants: Sequence[str]) -> list[IngressStatus]:
        """Each tenant's ingress backlog, read now (one pipelined round trip: per shard the
        stream's length and head, and the quarantine's length)."""
        shards = self.settings.ingress.shards
        async with self.redis.pipeline(transaction=False) as pipe:
            for tenant in tenants:
                for shard in range(shards):
                    pipe.xlen(keyspace.ingress_stream(tenant, shard))
                    pipe.xrange(keyspace.ingress_stream(tenant, shard), count=1)
                    pipe.xlen(keyspace.ingress_quarantine(tenant, shard))
            replies = await pipe.execute()
        now_ms = int(time.time() * 1000)
        step = 3 * shards
        out = []
        for i, tenant in enumerate(tenants):
            mine = replies[i * step : (i + 1) * step]
            heads = [entry_ms(as_str(r[0][0])) for r in mine[1::3] if r]
            out.append(
                IngressStatus(
                    tenant=tenant,
                    sealed=sum(int(n) for n in mine[0::3]),
                    oldest_ms=min(heads) if heads else None,
                    quarantined=sum(int(n) for n in mine[2::3]),
                    at_ms=now_ms,
                )
            )
        return out

    async def delivered_per_hour(self, subscribers: Sequence[str], now: float | None = None) -> list[tuple[int, int]]:
        """(Unix hour, events delivered) over the last 24 hours, the current one last, summed
        over these subscribers (one round trip of PFCOUNTs, per master on a Cluster: each key
        in its own slot)."""
        this_hour = int((time.time() if now is None else now) // 3600)
        hours = range(this_hour - HOURS_KEPT + 1, this_hour + 1)
        batch = Batch(self.redis)  # not redis-py's pipeline: its Cluster pipeline refuses PFCOUNT
        for sub in subscribers:
            for hour in hours:
                batch.execute_command("PFCOUNT", keyspace.delivered_hour(sub, hour))
        replies = await batch.execute()
        counts = [0] * HOURS_KEPT
        for i, n in enumerate(replies):
            counts[i % HOURS_KEPT] += int(n or 0)
        return list(zip(hours, counts, strict=True))

    def failing(self) -> list[SubscriberStatus]:
        """Subscribers failing past the threshold at the last sample."""
        return [s for s in self.last.values() if (s.failing_s or 0.0) >= self.threshold_s]

    async def sample(self) -> list[SubscriberStatus]:
        """Read every queue's depth into the gauges, keep the subscribers' status for
        `/readyz`, and alert for each one failing past the threshold."""
        found = await self.status()
        ingress, quarantine = await self._ingress_depths()
        self.metrics.set_queue_depth("ingress", ingress)
        self.metrics.set_queue_depth("quarantine", quarantine)
        for s in found:
            self.metrics.set_queue_depth("delivery", s.queued, s.subscriber)
            self.metrics.set_queue_depth("dead_letter", s.dead_letters, s.subscriber)
            if s.failing_since_ms is not None:
                self._marked.add(s.subscriber)  # so this worker's next success clears it
            failing_s = s.failing_s
            if self.alerts is not None and failing_s is not None and failing_s >= self.threshold_s:
                self.alerts.subscriber_failing(
                    s.subscriber,
                    tenant=s.tenant,
                    failing_s=failing_s,
                    queued=s.queued,
                    dead_letters=s.dead_letters,
                    every_s=self.threshold_s,
                )
        self.last = {s.subscriber: s for s in found}
        return found

    async def _ingress_depths(self) -> tuple[int, int]:
        """Sealed updates waiting and quarantined, over every tenant's shards."""
        shards = self.settings.ingress.shards
        async with self.redis.pipeline(transaction=False) as pipe:
            for tenant in self.tenants:
                for shard in range(shards):
                    pipe.xlen(keyspace.ingress_stream(tenant, shard))
                    pipe.xlen(keyspace.ingress_quarantine(tenant, shard))
            replies = await pipe.execute()
        return sum(int(n) for n in replies[0::2]), sum(int(n) for n in replies[1::2])
