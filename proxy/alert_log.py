"""The recent alerts, kept in Redis, so the console shows the open ones whichever worker raised them.

An alert is a log line and a counter in the process that raised it (`alerts.py`); a console
page is answered by one worker, which would know only its own. `AlertLog` is one more channel
of the sink: it queues each alert (never blocking the code that raised it) and its task appends
it to one capped stream, `keyspace.alerts_recent()` (XADD MAXLEN ~ `MAX_KEPT`: one key, its own
slot on a Cluster). An alert holds names, codes and counts only (`Alert` refuses anything else),
so neither does the stream. When Redis is down the alert is dropped here: the log line and the
counter, written first, stay its durable record.

**Open** (`open_alerts`): alerts grouped by kind, tenant, service and subscriber, whose last
raise is less than `OPEN_S` (an hour) old. A condition that lasts (a failing subscriber, a
stale ingress, a growing quarantine, a backlog cap) is raised again while it lasts (throttled to
about once a minute; `subscriber_failing` once per `delivery.failing_threshold_s`), so it stays
open while the condition lasts and closes an hour after it ends; a one-off alert (a honey token,
an admin change, a ceiling) is open for the hour after it. Nobody acknowledges an alert: it ages out.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.alerts import Alert, Scalar
from proxy.kv import as_str, entry_ms, keyspace

log = logging.getLogger("veil.alerts")

OPEN_S: Final = 3600
MAX_KEPT: Final = 2000  # alerts kept in the stream (approximate trim), enough for an hour of throttled alerts
MAX_QUEUE: Final = 1000


@dataclass(frozen=True, slots=True)
class OpenAlert:
    """One open alert: how often it was raised in the window, first and last, the last detail."""

    kind: str
    severity: str
    tenant: str
    service: str
    count: int
    first_ms: int
    last_ms: int
    detail: dict[str, Scalar]

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "tenant": self.tenant,
            "service": self.service,
            "count": self.count,
            "first": _iso(self.first_ms),
            "last": _iso(self.last_ms),
            "detail": self.detail,
        }


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


class AlertLog:
    """The channel (`submit`), its writer task (`run`) and the reader (`open_alerts`)."""

    def __init__(self, redis: Redis, *, clock: Callable[[], float] = time.time, max_queue: int = MAX_QUEUE) -> None:
        self.redis = redis
        self._clock = clock
        self._queue: asyncio.Queue[Alert] = asyncio.Queue(max_queue)
        self.dropped = 0

    def submit(self, alert: Alert) -> None:
        """Queue one alert; never blocks, never raises (the oldest goes when full)."""
        if self._queue.full():
            self._queue.get_nowait()
            self._queue.task_done()
            self.dropped += 1
        self._queue.put_nowait(alert)

    async def run(self) -> None:
        """The writer task: every alert queued since the last write, in one round trip."""
        while True:
            batch = [await self._queue.get()]
            while not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await self._write(batch)
            except (RedisError, OSError) as exc:
                self.dropped += len(batch)
                log.warning("alert log: %d alert(s) not kept in Redis (%s)", len(batch), type(exc).__name__)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def drain(self) -> None:
        """Wait until every queued alert was written or dropped (tests)."""
        await self._queue.join()

    async def _write(self, alerts: list[Alert]) -> None:
        async with self.redis.pipeline(transaction=False) as pipe:
            for a in alerts:
                pipe.xadd(
                    keyspace.alerts_recent(),
                    {
                        "k": a.kind,
                        "v": a.severity,
                        "t": a.tenant,
                        "s": a.service,
                        "d": json.dumps(dict(a.detail), separators=(",", ":"), sort_keys=True),
                    },
                    maxlen=MAX_KEPT,
                    approximate=True,
                )
            await pipe.execute()

    async def open_alerts(self, may_see: Callable[[str], bool]) -> list[OpenAlert]:
        """The open alerts of the tenants `may_see` allows (`""`: alerts of no tenant), the
        most recent first."""
        since_ms = int(self._clock() * 1000) - OPEN_S * 1000
        found: dict[tuple[str, str, str, str], OpenAlert] = {}
        entries = await self.redis.xrange(keyspace.alerts_recent(), min=f"{since_ms}-0")
        for entry_id, raw in entries or []:
            if not raw:
                continue
            f = {as_str(k): as_str(v) for k, v in raw.items()}
            if not may_see(f.get("t", "")):
                continue
            try:
                detail = json.loads(f.get("d", "{}"))
            except ValueError:
                detail = {}
            at = entry_ms(as_str(entry_id))
            key = (f.get("k", ""), f.get("t", ""), f.get("s", ""), str(detail.get("subscriber", "")))
            was = found.get(key)
            found[key] = OpenAlert(
                kind=key[0],
                severity=f.get("v", ""),
                tenant=key[1],
                service=key[2],
                count=(was.count if was else 0) + 1,
                first_ms=was.first_ms if was else at,
                last_ms=at,
                detail=detail if isinstance(detail, dict) else {},
            )
        return sorted(found.values(), key=lambda a: a.last_ms, reverse=True)
