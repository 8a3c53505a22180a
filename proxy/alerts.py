"""Alerts: what an operator must see now, as a structured log line and a counter.

Sources build an `Alert` and call `AlertSink.emit`, or use the sink's named hooks:
`audit_failure` (the audit writer), `quarantine_growth`, `backlog_cap`, `ingress_stale`,
`subscriber_failing` (the inbound path), and the access guard's `ceiling_exceeded`, `honey_token`,
`baseline_burst` alerts (constructors below). Hooks that a busy path may call per event
are throttled per (kind, key) so a flood of quarantined updates is one alert a minute
with the latest count, not thousands. The sink
writes one WARNING or ERROR line on logger "veil.alerts" and increments
`veil_alerts_total{kind,severity}` in the registry it was given (never the global one).
Further channels (the optional signed webhook) plug in through `add_channel` at
start-up; the log line and the counter are always written first, so an alert is never
lost to a broken channel.

Security property: an alert carries names, codes and counts, never a value, token or
subject id. `Alert` refuses anything but short scalars in `detail`, and the log line
still passes through `logs.PiiMaskFilter` like every other record.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal

from prometheus_client import CollectorRegistry, Counter

logger = logging.getLogger("veil.alerts")

Severity = Literal["warning", "error"]
Scalar = str | int | float | bool
AlertChannel = Callable[["Alert"], None]

_LEVELS: Final = {"warning": logging.WARNING, "error": logging.ERROR}
_KIND = re.compile(r"[a-z][a-z0-9_]{1,47}")
_NAME = re.compile(r"[A-Za-z0-9_.:-]{0,64}")
_DETAIL_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_DETAIL_TEXT: Final = 128
THROTTLE_S: Final = 60.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Alert:
    """One alert. `detail` holds short PII-free scalars (counts, limits, codes)."""

    kind: str  # audit_failure, reveal_ceiling, honey_token, quarantine_growth, backlog_cap…
    severity: Severity
    tenant: str = ""
    service: str = ""
    detail: Mapping[str, Scalar] = field(default_factory=dict)

    def __post_init__(self) -> None:
        bad = [
            name
            for name, ok in (
                ("kind", _KIND.fullmatch(self.kind) is not None),
                ("severity", self.severity in _LEVELS),
                ("tenant", _NAME.fullmatch(self.tenant) is not None),
                ("service", _NAME.fullmatch(self.service) is not None),
                ("detail", all(_detail_ok(k, v) for k, v in self.detail.items())),
            )
            if not ok
        ]
        if bad:
            raise ValueError(f"invalid alert field(s): {', '.join(bad)}")
        object.__setattr__(self, "detail", MappingProxyType(dict(self.detail)))


def _detail_ok(key: str, value: object) -> bool:
    if _DETAIL_KEY.fullmatch(key) is None:
        return False
    if isinstance(value, str):
        return len(value) <= MAX_DETAIL_TEXT and "\n" not in value
    return isinstance(value, int | float | bool)


def quarantine_growth_alert(tenant: str, count: int, reason: str) -> Alert:
    """Updates sealed into quarantine (unknown shape, unrouted, failed tokenisation)."""
    return Alert(kind="quarantine_growth", severity="warning", tenant=tenant, detail={"count": count, "reason": reason})


def backlog_cap_alert(subscriber: str, tenant: str, entries: int, age_s: float, limit: str) -> Alert:
    """A subscriber hit `max_backlog` (entries or age): its new events go to dead letters."""
    return Alert(
        kind="backlog_cap",
        severity="error",
        tenant=tenant,
        detail={"subscriber": subscriber, "entries": entries, "age_s": round(age_s, 1), "limit": limit},
    )


def subscriber_failing_alert(subscriber: str, tenant: str, failing_s: float, queued: int, dead_letters: int) -> Alert:
    """A subscriber has not taken a delivery for `failing_s` while events wait: its CRM is
    down or refusing, and after `max_age_s` its events go to the dead letters."""
    return Alert(
        kind="subscriber_failing",
        severity="error",
        tenant=tenant,
        service=subscriber,
        detail={"subscriber": subscriber, "failing_s": int(failing_s), "queued": queued, "dead_letters": dead_letters},
    )


def ingress_stale_alert(tenant: str, age_s: float, max_age_s: int = 0) -> Alert:
    """The oldest sealed update is older than `ingress.max_age_s`: workers are not keeping up."""
    return Alert(
        kind="ingress_stale", severity="error", tenant=tenant, detail={"age_s": round(age_s, 1), "max_age_s": max_age_s}
    )


def ceiling_alert(service: str, tenant: str, op: str, entity: str, window: str, limit: int, blocked: bool) -> Alert:
    return Alert(
        kind="ceiling_exceeded",
        severity="error",
        tenant=tenant,
        service=service,
        detail={"op": op, "entity": entity, "window": window, "limit": limit, "blocked": blocked},
    )


def honey_alert(service: str, tenant: str, op: str, count: int) -> Alert:
    """A decoy token was used or revealed: someone is reading data no workflow touches."""
    return Alert(
        kind="honey_token", severity="error", tenant=tenant, service=service, detail={"op": op, "count": count}
    )


def burst_alert(service: str, tenant: str, count: int, threshold: float, mean: float) -> Alert:
    return Alert(
        kind="baseline_burst",
        severity="warning",
        tenant=tenant,
        service=service,
        detail={"count": count, "threshold": round(threshold, 1), "mean": round(mean, 1)},
    )


def identify_burst_alert(service: str, tenant: str, measure: str, count: int, threshold: float, mean: float) -> Alert:
    """A service's identifier lookups (or the subjects they created) in this window are far
    above its baseline: someone may be enumerating numbers under the budget."""
    return Alert(
        kind="identify_burst",
        severity="warning",
        tenant=tenant,
        service=service,
        detail={"measure": measure, "count": count, "threshold": round(threshold, 1), "mean": round(mean, 1)},
    )


def identify_ceiling_alert(service: str, tenant: str, count: int, limit: int, window: str) -> Alert:
    """A service ran out of its `identify` budget (the request was refused with 429)."""
    return Alert(
        kind="identify_ceiling",
        severity="error",
        tenant=tenant,
        service=service,
        detail={"count": count, "limit": limit, "window": window},
    )


def admin_alert(event: str, name: str, *, by: str = "", four_eyes: bool = False) -> Alert:
    """Who may touch the vault changed: an admin was created, enrolled or removed."""
    return Alert(
        kind="admin_change",
        severity="warning",
        detail={"event": event, "admin": name, "by": by, "four_eyes": four_eyes},
    )


class AlertSink:
    """Log line + counter now; more channels through `add_channel`."""

    def __init__(self, registry: CollectorRegistry, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._counter = Counter(
            "veil_alerts_total",
            "Alerts raised, by kind and severity.",
            ["kind", "severity"],
            registry=registry,
        )
        self._channels: list[tuple[str, AlertChannel]] = []
        self._clock = clock
        self._last: dict[tuple[str, str], float] = {}

    def add_channel(self, name: str, channel: AlertChannel) -> None:
        """Register another destination (e.g. the signed webhook). Call at start-up only.

        A channel is called on the event loop after the log line and the counter: it must
        not block (queue the alert and deliver from its own task) and it should not raise;
        if it does, the error is logged and the other channels still run.
        """
        self._channels.append((name, channel))

    def emit(self, alert: Alert) -> None:
        """Never raises: an alert about a failure must not become a second failure."""
        self._counter.labels(kind=alert.kind, severity=alert.severity).inc()
        logger.log(
            _LEVELS[alert.severity],
            "alert %s",
            alert.kind,
            extra={
                "alert": alert.kind,
                "severity": alert.severity,
                "tenant": alert.tenant,
                "service": alert.service,
                "detail": dict(alert.detail),
            },
        )
        for name, channel in self._channels:
            try:
                channel(alert)
            except Exception:  # one broken channel must not silence the rest
                logger.exception("alert channel %s failed", name)

    def emit_throttled(self, alert: Alert, key: str, every_s: float = THROTTLE_S) -> bool:
        """Emit unless an alert of this kind and key went out less than `every_s` ago."""
        now, slot = self._clock(), (alert.kind, key)
        last = self._last.get(slot)
        if last is not None and now - last < every_s:
            return False
        if len(self._last) > 10_000:  # bounded: keys are tenants and subscribers
            self._last.clear()
        self._last[slot] = now
        self.emit(alert)
        return True

    def quarantine_growth(self, tenant: str, count: int, reason: str = "unknown_shape") -> None:
        """Call on every quarantined update with the tenant's quarantine size; one alert a minute."""
        self.emit_throttled(quarantine_growth_alert(tenant, count, reason), f"{tenant}:{reason}")

    def backlog_cap(
        self, subscriber: str, *, tenant: str = "", entries: int = 0, age_s: float = 0.0, limit: str = "entries"
    ) -> None:
        """Call whenever a subscriber's event is dead-lettered for its cap; one alert a minute."""
        self.emit_throttled(backlog_cap_alert(subscriber, tenant, entries, age_s, limit), subscriber)

    def subscriber_failing(
        self,
        subscriber: str,
        *,
        tenant: str,
        failing_s: float,
        queued: int,
        dead_letters: int,
        every_s: float = THROTTLE_S,
    ) -> None:
        """Call at every sample that finds the subscriber failing past its threshold; one
        alert per `every_s` (at least a minute) while it lasts."""
        self.emit_throttled(
            subscriber_failing_alert(subscriber, tenant, failing_s, queued, dead_letters),
            subscriber,
            max(every_s, THROTTLE_S),
        )

    def ingress_stale(self, tenant: str, age_s: float, max_age_s: int = 0) -> None:
        """Call at every age check that finds the tenant's oldest update too old; one alert a minute."""
        self.emit_throttled(ingress_stale_alert(tenant, age_s, max_age_s), tenant)
