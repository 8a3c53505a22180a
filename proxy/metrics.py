"""Prometheus metrics: one registry per process, created at start-up, never global.

`Metrics` owns the `CollectorRegistry` served on the metrics listener and the foundation
series: HTTP requests by listener, method, route template and status (with latency),
vault tokenisations / uses / reveals by entity type and service, audit failures, and
Redis reachability. `AlertSink(metrics.registry)` adds `veil_alerts_total` to the same
registry; later issues add their series the same way.

Security property: no label is ever a value, a token or a subject id. Every label goes
through a guard: routes must be templates ("/webhooks/whatsapp/{tenant}", never the
raw path), entity and service names must match the config grammar, methods and
listeners come from fixed sets. Anything else is counted under "invalid" rather than
exported, which also bounds cardinality.
"""

from __future__ import annotations

import re
from typing import Final

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from proxy.config import ENTITY_NAME, SERVICE_NAME

CONTENT_TYPE: Final = CONTENT_TYPE_PLAIN_0_0_4
INVALID: Final = "invalid"
UNMATCHED: Final = "unmatched"
LISTENERS: Final = frozenset({"public", "admin", "metrics"})
METHODS: Final = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
REVEAL_OUTCOMES: Final = frozenset({"allowed", "denied", "error"})
_SEGMENT = re.compile(r"(?:[A-Za-z0-9_.-]|\{[a-z_][a-z0-9_]*\})+")
_LONG_DIGITS = re.compile(r"\d{5,}")
_STAGE = re.compile(r"[a-z][a-z_]{1,31}")


def route_label(template: str | None) -> str:
    """A route template, or "unmatched" / "invalid". A raw path with an id in it (a
    phone number id, a token) fails the guard because ids appear only as {name}."""
    if template is None:
        return UNMATCHED
    if template == "/":
        return template
    if not template.startswith("/") or len(template) > 120:
        return INVALID
    for segment in template[1:].split("/"):
        literal = re.sub(r"\{[^}]*\}", "", segment)
        if not _SEGMENT.fullmatch(segment) or _LONG_DIGITS.search(literal):
            return INVALID
        if literal.lower().startswith(("tok_", "wamid", "qz.")):
            return INVALID
    return template


def entity_label(entity: str) -> str:
    return entity if ENTITY_NAME.match(entity) else INVALID


def service_label(service: str) -> str:
    """Service names come from config; "-" stands for Veil itself (inbound webhooks)."""
    if service == "-" or (SERVICE_NAME.match(service) and not _LONG_DIGITS.search(service)):
        return service
    return INVALID


class Metrics:
    """The process's registry and foundation series, with label-guarding recorders."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.http_requests = Counter(
            "veil_http_requests_total", "HTTP requests served, by route template and status.",
            ["listener", "method", "route", "status"], registry=r,
        )
        self.http_seconds = Histogram(
            "veil_http_request_duration_seconds", "HTTP request latency by route template.",
            ["listener", "route"], registry=r,
        )
        self.tokenizations = Counter(
            "veil_vault_tokenizations_total", "Values tokenised, by entity type and service.",
            ["entity", "service"], registry=r,
        )
        self.uses = Counter(
            "veil_vault_uses_total", "Tokens resolved in flight (use), by entity and service.",
            ["entity", "service"], registry=r,
        )
        self.reveals = Counter(
            "veil_vault_reveals_total", "Reveal requests, by entity, service and outcome.",
            ["entity", "service", "outcome"], registry=r,
        )
        self.audit_failures = Counter(
            "veil_audit_failures_total", "Audit writes that failed, by stage.",
            ["stage"], registry=r,
        )
        self.redis_up = Gauge(
            "veil_redis_up", "1 while Redis is reachable and fit, else 0.", registry=r
        )

    def observe_request(
        self,
        route: str | None,
        status: int,
        *,
        method: str | None = None,
        listener: str = "public",
        seconds: float | None = None,
    ) -> None:
        """Count one answered request; `route` is the matched resource's template
        (aiohttp's `resource.canonical`), None when nothing matched."""
        route_l = route_label(route)
        listener_l = listener if listener in LISTENERS else INVALID
        if method is None:
            method_l = "-"
        else:
            method_l = method.upper() if method.upper() in METHODS else "OTHER"
        status_l = str(status) if 100 <= status <= 599 else INVALID
        self.http_requests.labels(listener_l, method_l, route_l, status_l).inc()
        if seconds is not None:
            self.http_seconds.labels(listener_l, route_l).observe(max(seconds, 0.0))

    def tokenized(self, entity: str, service: str = "-", count: int = 1) -> None:
        self.tokenizations.labels(entity_label(entity), service_label(service)).inc(count)

    def used(self, entity: str, service: str, count: int = 1) -> None:
        self.uses.labels(entity_label(entity), service_label(service)).inc(count)

    def revealed(self, entity: str, service: str, outcome: str, count: int = 1) -> None:
        outcome_l = outcome if outcome in REVEAL_OUTCOMES else INVALID
        self.reveals.labels(entity_label(entity), service_label(service), outcome_l).inc(count)

    def audit_failed(self, stage: str) -> None:
        self.audit_failures.labels(stage if _STAGE.fullmatch(stage) else INVALID).inc()

    def render(self) -> bytes:
        """The Prometheus text exposition of this registry (for `/metrics`)."""
        return generate_latest(self.registry)
