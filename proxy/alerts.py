"""Alerts: what an operator must see now, as a structured log line and a counter.

Sources (today the audit writer's failures; later reveal/use ceilings, honey tokens,
quarantine growth, backlog caps) build an `Alert` and call `AlertSink.emit`. The sink
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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal

from prometheus_client import CollectorRegistry, Counter

from proxy.audit import AuditFailure

logger = logging.getLogger("veil.alerts")

Severity = Literal["warning", "error"]
Scalar = str | int | float | bool
AlertChannel = Callable[["Alert"], None]

_LEVELS: Final = {"warning": logging.WARNING, "error": logging.ERROR}
_KIND = re.compile(r"[a-z][a-z0-9_]{1,47}")
_NAME = re.compile(r"[A-Za-z0-9_.:-]{0,64}")
_DETAIL_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_DETAIL_TEXT: Final = 128


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


def audit_failure_alert(failure: AuditFailure) -> Alert:
    """The alert for an audit write that failed: the action it guarded was refused."""
    return Alert(
        kind="audit_failure",
        severity="error",
        tenant=failure.tenant,
        detail={
            "writer": failure.writer_id,
            "stage": failure.stage,
            "error": failure.error,
            "action": failure.action,
        },
    )


class AlertSink:
    """Log line + counter now; more channels through `add_channel`."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self._counter = Counter(
            "veil_alerts_total",
            "Alerts raised, by kind and severity.",
            ["kind", "severity"],
            registry=registry,
        )
        self._channels: list[tuple[str, AlertChannel]] = []

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

    def audit_failure(self, failure: AuditFailure) -> None:
        """Usable as `AuditWriter(on_failure=sink.audit_failure)`: every audit failure
        (the action it guarded was refused) becomes an alert."""
        self.emit(audit_failure_alert(failure))
