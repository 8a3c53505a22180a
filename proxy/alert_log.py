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
an admin change, a ceiling) is open for the hour after it.

**Acknowledged** (`acknowledge`): an admin who has seen an open alert acknowledges it, so the
open list holds only what nobody has looked at. The acknowledgement covers the alert while it
keeps being raised (a lasting condition re-raises about once a minute: acknowledging only up to
the last raise would reopen it within a minute); once its raises stop for an hour it closes, and
a raise after that opens it afresh. An acknowledgement is forgotten after `ACK_KEPT_S` (a day),
so a condition still raised then reopens, as a reminder. They are one hash,
`keyspace.alert_acks()`, by the group's id (a digest of kind, tenant, service and subscriber:
names only), each with who and when (the audit trail has them too) and the last raise it covered.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
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
ACK_KEPT_S: Final = 86_400  # an acknowledgement older than this is forgotten (a reminder)


def alert_id(kind: str, tenant: str, service: str, subscriber: str) -> str:
    """A group's stable id for the URL: a digest, since tenant and service names may hold any
    character a URL would have to escape."""
    return hashlib.sha256("\0".join((kind, tenant, service, subscriber)).encode()).hexdigest()[:16]


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
    subscriber: str = ""
    acknowledged_by: str = ""  # the admin who acknowledged it; "" while open
    acknowledged_ms: int = 0

    @property
    def id(self) -> str:
        return alert_id(self.kind, self.tenant, self.service, self.subscriber)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "tenant": self.tenant,
            "service": self.service,
            "count": self.count,
            "first": _iso(self.first_ms),
            "last": _iso(self.last_ms),
            "detail": self.detail,
        } | (
            {"acknowledged_by": self.acknowledged_by, "acknowledged_at": _iso(self.acknowledged_ms)}
            if self.acknowledged_by
            else {}
        )


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
        most recent first; acknowledged ones are not open."""
        return [a for a in await self.recent(may_see) if not a.acknowledged_by]

    async def recent(self, may_see: Callable[[str], bool]) -> list[OpenAlert]:
        """Every alert raised in the last `OPEN_S`, acknowledged or not, the most recent first.
        One read of the acknowledgements, one of the stream: from an hour ago, or from the
        oldest acknowledged raise, to tell whether its alert kept being raised since."""
        now_ms = int(self._clock() * 1000)
        since_ms = now_ms - OPEN_S * 1000
        acks = await self._acks(now_ms)
        start = min([since_ms, *(a["through"] for a in acks.values())])
        found: dict[tuple[str, str, str, str], OpenAlert] = {}
        raised: dict[tuple[str, str, str, str], list[int]] = {}
        entries = await self.redis.xrange(keyspace.alerts_recent(), min=f"{start}-0")
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
            detail = detail if isinstance(detail, dict) else {}
            at = entry_ms(as_str(entry_id))
            key = (f.get("k", ""), f.get("t", ""), f.get("s", ""), str(detail.get("subscriber", "")))
            raised.setdefault(key, []).append(at)
            if at < since_ms:
                continue
            was = found.get(key)
            found[key] = OpenAlert(
                kind=key[0],
                severity=f.get("v", ""),
                tenant=key[1],
                service=key[2],
                count=(was.count if was else 0) + 1,
                first_ms=was.first_ms if was else at,
                last_ms=at,
                detail=detail,
                subscriber=key[3],
            )
        out = []
        for key, alert in found.items():
            ack = acks.get(alert.id)
            if ack is not None and _kept_raising(raised[key], ack["through"]):
                alert = replace(alert, acknowledged_by=str(ack["by"]), acknowledged_ms=ack["at"])
            out.append(alert)
        return sorted(out, key=lambda a: a.last_ms, reverse=True)

    async def acknowledge(self, alert: str, may_see: Callable[[str], bool], by: str) -> OpenAlert | None:
        """Acknowledge one alert raised in the last hour (None: no such alert this caller may
        see); again, it stays acknowledged by whoever did it first."""
        found = next((a for a in await self.recent(may_see) if a.id == alert), None)
        if found is None or found.acknowledged_by:
            return found
        now_ms = int(self._clock() * 1000)
        record = json.dumps({"by": by, "at": now_ms, "through": found.last_ms}, separators=(",", ":"))
        stale = [
            k
            for k, v in (await self._acks(now_ms, every=True)).items()
            if v["at"] < now_ms - ACK_KEPT_S * 1000 and k != found.id
        ]
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hset(keyspace.alert_acks(), found.id, record)
            if stale:
                pipe.hdel(keyspace.alert_acks(), *stale)
            await pipe.execute()
        return replace(found, acknowledged_by=by, acknowledged_ms=now_ms)

    async def _acks(self, now_ms: int, *, every: bool = False) -> dict[str, dict[str, Any]]:
        """The acknowledgements kept (`every`: also those older than `ACK_KEPT_S`), unreadable
        ones skipped: an alert whose record is unreadable stays open."""
        out: dict[str, dict[str, Any]] = {}
        for field, raw in (await self.redis.hgetall(keyspace.alert_acks())).items():
            try:
                ack = json.loads(as_str(raw))
                record: dict[str, Any] = {"by": str(ack["by"]), "at": int(ack["at"]), "through": int(ack["through"])}
            except (ValueError, KeyError, TypeError):
                continue
            if every or record["at"] >= now_ms - ACK_KEPT_S * 1000:
                out[as_str(field)] = record
        return out


def _kept_raising(raised: list[int], through_ms: int) -> bool:
    """Whether an alert acknowledged up to its raise at `through_ms` was raised since with no
    quiet hour (it never closed): then the acknowledgement still holds."""
    last = through_ms
    for at in raised:
        if at <= through_ms:
            continue
        if at - last >= OPEN_S * 1000:
            return False
        last = at
    return True
