"""Alerts: one structured line, one counter increment, extra channels, audit failures."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from prometheus_client import CollectorRegistry
from redis.asyncio import Redis

from proxy.alerts import Alert, AlertSink
from proxy.audit.writer import AuditEvent, AuditWriter
from proxy.errors import AuditError
from tests.redis_servers import free_port


def count(registry: CollectorRegistry, kind: str, severity: str) -> float:
    value = registry.get_sample_value("veil_alerts_total", {"kind": kind, "severity": severity})
    return value or 0.0


def test_emit_logs_and_counts(caplog: pytest.LogCaptureFixture) -> None:
    registry = CollectorRegistry()
    sink = AlertSink(registry)
    caplog.set_level(logging.WARNING, logger="veil.alerts")
    alert = Alert(
        kind="reveal_ceiling",
        severity="warning",
        tenant="acme",
        service="crm-support",
        detail={"limit": 100, "window": "1m"},
    )
    sink.emit(alert)
    sink.emit(alert)
    assert count(registry, "reveal_ceiling", "warning") == 2
    rec = caplog.records[-1]
    assert rec.name == "veil.alerts" and rec.levelno == logging.WARNING
    assert rec.getMessage() == "alert reveal_ceiling"
    assert (rec.alert, rec.tenant, rec.service) == ("reveal_ceiling", "acme", "crm-support")  # type: ignore[attr-defined]
    assert rec.detail == {"limit": 100, "window": "1m"}  # type: ignore[attr-defined]


def test_error_severity_logs_at_error(caplog: pytest.LogCaptureFixture) -> None:
    sink = AlertSink(CollectorRegistry())
    with caplog.at_level(logging.WARNING, logger="veil.alerts"):
        sink.emit(Alert(kind="honey_token", severity="error"))
    assert caplog.records[-1].levelno == logging.ERROR


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "Honey Token"},
        {"severity": "info"},
        {"tenant": "acme corp"},
        {"detail": {"phone": "x" * 200}},
        {"detail": {"Phone Number": 1}},
        {"detail": {"values": ["a", "b"]}},
    ],
)
def test_alert_refuses_non_scalar_or_long_fields(bad: dict[str, object]) -> None:
    fields: dict[str, object] = {"kind": "backlog_cap", "severity": "warning"}
    with pytest.raises(ValueError) as info:
        Alert(**(fields | bad))  # type: ignore[arg-type]
    assert "x" * 200 not in str(info.value)


def test_alert_detail_is_frozen() -> None:
    detail = {"depth": 5}
    alert = Alert(kind="quarantine_growth", severity="warning", detail=detail)
    detail["depth"] = 6
    assert alert.detail["depth"] == 5
    with pytest.raises(TypeError):
        alert.detail["depth"] = 7  # type: ignore[index]


def test_channels_run_after_log_and_counter_and_a_broken_one_is_contained(
    caplog: pytest.LogCaptureFixture,
) -> None:
    registry = CollectorRegistry()
    sink = AlertSink(registry)
    seen: list[str] = []

    def broken(alert: Alert) -> None:
        raise RuntimeError("webhook down")

    sink.add_channel("broken", broken)
    sink.add_channel("recorder", lambda a: seen.append(a.kind))
    with caplog.at_level(logging.WARNING, logger="veil.alerts"):
        sink.emit(Alert(kind="backlog_cap", severity="warning"))
    assert seen == ["backlog_cap"]
    assert count(registry, "backlog_cap", "warning") == 1
    assert any("alert channel broken failed" in r.getMessage() for r in caplog.records)


async def test_audit_failure_becomes_an_alert(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    registry = CollectorRegistry()
    alerts = AlertSink(registry)
    dead = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=0.5)
    writer = AuditWriter(
        dead,
        audit_key=os.urandom(32),
        signing_key=Ed25519PrivateKey.generate(),
        sink=tmp_path / "audit.jsonl",
        writer_id="h:1:2",
        on_failure=lambda failure: alerts.emit(failure.alert()),
    )
    event = AuditEvent(
        actor="crm", action="reveal", tenant="acme", outcome="allowed", entities=("PHONE_NUMBER",), subject="s1"
    )
    try:
        with caplog.at_level(logging.WARNING), pytest.raises(AuditError):
            await writer.append(event)
    finally:
        await dead.aclose()
    assert count(registry, "audit_failure", "error") == 1
    rec = next(r for r in caplog.records if r.name == "veil.alerts")
    assert rec.tenant == "acme"  # type: ignore[attr-defined]
    assert rec.detail["stage"] == "append" and rec.detail["writer"] == "h:1:2"  # type: ignore[attr-defined]


def test_inbound_hooks_alert_throttled_per_key(caplog: pytest.LogCaptureFixture) -> None:
    registry = CollectorRegistry()
    now = [0.0]
    sink = AlertSink(registry, clock=lambda: now[0])
    seen: list[Alert] = []
    sink.add_channel("t", seen.append)
    with caplog.at_level(logging.WARNING, logger="veil.alerts"):
        for n in range(1, 4):
            sink.quarantine_growth("acme", n, "unknown_shape")
        sink.quarantine_growth("other", 1, "unrouted")
        sink.backlog_cap("crm", tenant="acme", entries=100_000, age_s=12.5)
        sink.ingress_stale("acme", 4000.0)
        now[0] = 61.0
        sink.quarantine_growth("acme", 9, "unknown_shape")
    assert [(a.kind, a.tenant, dict(a.detail).get("count")) for a in seen] == [
        ("quarantine_growth", "acme", 1),
        ("quarantine_growth", "other", 1),
        ("backlog_cap", "acme", None),
        ("ingress_stale", "acme", None),
        ("quarantine_growth", "acme", 9),
    ]
    assert dict(seen[2].detail) == {"subscriber": "crm", "entries": 100_000, "age_s": 12.5, "limit": "entries"}
    assert count(registry, "quarantine_growth", "warning") == 3
    assert count(registry, "backlog_cap", "error") == 1
