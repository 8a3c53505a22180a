"""Metrics: own registry, Prometheus text, and labels that can never carry a value."""

from __future__ import annotations

import re

import pytest
from prometheus_client.parser import text_string_to_metric_families

from proxy.alerts import Alert, AlertSink
from proxy.metrics import INVALID, Metrics, entity_label, route_label, service_label

PII = [
    "447700900123",
    "maria@example.com",
    "tok_person_ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "289123456789012",
    "wamid.HBgLMTU1NTEy",
    "QZ.12345678901234567890",
    "Maria Rossi",
]


@pytest.mark.parametrize(
    ("given", "label"),
    [
        ("/webhooks/whatsapp/{tenant}", "/webhooks/whatsapp/{tenant}"),
        ("/graph/{version}/{phone_number_id}/messages", "/graph/{version}/{phone_number_id}/messages"),
        ("/graph/v21.0/{pnid}/media", "/graph/v21.0/{pnid}/media"),
        ("/", "/"),
        (None, "unmatched"),
        ("/graph/v21.0/106540352242922/messages", INVALID),
        ("/v1/reveal/tok_person_ABCDEFGHIJKLMNOPQRSTUVWXYZ", INVALID),
        ("/v1/x/maria@example.com", INVALID),
        ("/v1/x/wamid.HBgLMTU", INVALID),
        ("/v1/x/QZ.1234", INVALID),
        ("relative/path", INVALID),
        ("/a b", INVALID),
    ],
)
def test_route_label_accepts_templates_only(given: str | None, label: str) -> None:
    assert route_label(given) == label


def test_entity_and_service_labels_follow_the_config_grammar() -> None:
    assert entity_label("PHONE_NUMBER") == "PHONE_NUMBER"
    assert entity_label("maria@example.com") == INVALID
    assert service_label("crm-support") == "crm-support"
    assert service_label("-") == "-"
    assert service_label("447700900123") == INVALID
    assert service_label("Maria Rossi") == INVALID


def samples(metrics: Metrics) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for family in text_string_to_metric_families(metrics.render().decode()):
        for sample in family.samples:
            out.setdefault(sample.name, []).append(dict(sample.labels))
    return out


def test_render_is_prometheus_text_with_the_foundation_series() -> None:
    m = Metrics()
    AlertSink(m.registry).emit(Alert(kind="backlog_cap", severity="warning"))
    m.observe_request("/webhooks/whatsapp/{tenant}", 200, method="post", seconds=0.01)
    m.observe_request(None, 404)
    m.tokenized("PHONE_NUMBER", count=3)
    m.used("PERSON", "crm-support")
    m.revealed("EMAIL_ADDRESS", "crm-support", "denied")
    m.audit_failed("append")
    m.redis_up.set(1)
    got = samples(m)
    assert {"listener": "public", "method": "POST", "route": "/webhooks/whatsapp/{tenant}", "status": "200"} in got[
        "veil_http_requests_total"
    ]
    assert {"listener": "public", "method": "-", "route": "unmatched", "status": "404"} in got[
        "veil_http_requests_total"
    ]
    assert got["veil_vault_tokenizations_total"] == [{"entity": "PHONE_NUMBER", "service": "-"}]
    assert got["veil_vault_reveals_total"][0]["outcome"] == "denied"
    assert got["veil_audit_failures_total"] == [{"stage": "append"}]
    assert got["veil_alerts_total"] == [{"kind": "backlog_cap", "severity": "warning"}]
    assert "veil_redis_up" in got
    assert (
        m.registry.get_sample_value("veil_vault_tokenizations_total", {"entity": "PHONE_NUMBER", "service": "-"}) == 3
    )


def test_two_instances_do_not_share_state() -> None:
    a, b = Metrics(), Metrics()
    a.tokenized("PERSON")
    assert b.registry.get_sample_value("veil_vault_tokenizations_total", {"entity": "PERSON", "service": "-"}) is None


def test_no_pii_reaches_the_exposition_whatever_callers_pass() -> None:
    m = Metrics()
    for value in PII:
        m.observe_request(f"/v1/reveal/{value}", 200, method=value, listener=value)
        m.tokenized(value, value)
        m.used(value, value)
        m.revealed(value, value, value)
        m.audit_failed(value)
    text = m.render().decode()
    for value in PII:
        assert value not in text
        assert value.lower() not in text.lower()
    labels = [v for rows in samples(m).values() for row in rows for v in row.values()]
    assert labels and not any(re.search(r"\d{5,}|@|\s", v) for v in labels)


def test_monitoring_series_are_exported_and_guarded() -> None:
    m = Metrics()
    m.observe_detection(0.012, "en")
    m.set_queue_depth("ingress", 4)
    m.set_queue_depth("delivery", 7, subscriber="crm")
    m.delivery_attempt("crm", "retry")
    m.delivery_attempt("crm", "delivered")
    m.dead_lettered("crm", "max_age")
    m.set_vault_size("default", tokens=10, subjects=3)
    m.guard_denied("crm", "ceiling_exceeded")
    get = m.registry.get_sample_value
    assert get("veil_detection_duration_seconds_count", {"language": "en"}) == 1
    assert get("veil_queue_depth", {"queue": "delivery", "subscriber": "crm"}) == 7
    assert get("veil_delivery_attempts_total", {"subscriber": "crm", "outcome": "retry"}) == 1
    assert get("veil_delivery_retries_total", {"subscriber": "crm"}) == 1
    assert get("veil_dead_letters_total", {"subscriber": "crm", "reason": "max_age"}) == 1
    assert get("veil_vault_tokens", {"tenant": "default"}) == 10
    assert get("veil_vault_subjects", {"tenant": "default"}) == 3
    assert get("veil_guard_denials_total", {"service": "crm", "reason": "ceiling_exceeded"}) == 1


def test_no_pii_reaches_the_monitoring_series_whatever_callers_pass() -> None:
    m = Metrics()
    sink = AlertSink(m.registry)
    for value in PII:
        m.observe_detection(0.1, value)
        m.set_queue_depth(value, 1, subscriber=value)
        m.delivery_attempt(value, value)
        m.dead_lettered(value, value)
        m.set_vault_size(value, tokens=1, subjects=1)
        m.guard_denied(value, value)
        sink.quarantine_growth("acme", 3, "unknown_shape")
    text = m.render().decode()
    for value in PII:
        assert value.lower() not in text.lower()
    labels = [v for rows in samples(m).values() for row in rows for v in row.values()]
    assert labels and not any(re.search(r"\d{5,}|@|\s", v) for v in labels)


def test_grey_zone_spans_are_counted_by_entity_and_never_by_value() -> None:
    m = Metrics()
    m.grey_tokenized("PHONE_NUMBER", 2)
    m.grey_tokenized("+39 347 123 4567")  # a value where an entity belongs: not a label
    text = m.render().decode()
    assert 'veil_detection_grey_spans_total{entity="PHONE_NUMBER"} 2.0' in text
    grey = [line for line in text.splitlines() if line.startswith("veil_detection_grey_spans_total")]
    assert not any("347" in line for line in grey)
    assert f'veil_detection_grey_spans_total{{entity="{INVALID}"}} 1.0' in grey
