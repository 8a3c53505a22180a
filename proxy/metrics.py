"""Prometheus metrics: one registry per process, created at start-up, never global.

`Metrics` owns the `CollectorRegistry` served on the metrics listener and every series:
HTTP requests by listener, method, route template and status (with latency), vault
tokenisations / uses / reveals by entity type and service, detection latency, ingress /
quarantine / delivery / dead-letter queue depths, delivery attempts, retries and dead
letters, vault size per tenant, access-guard denials, audit failures and Redis
reachability. `AlertSink(metrics.registry)` adds `veil_alerts_total` to the same
registry. Code elsewhere calls the recorder methods (`tokenized`, `used`, `revealed`,
`observe_detection`, `set_queue_depth`, `delivery_attempt`, `dead_lettered`,
`set_vault_size`, `guard_denied`), never the series directly. docs/monitoring.md lists
every series.

Security property: no label is ever a value, a token or a subject id. Every label goes
through a guard: routes must be templates ("/webhooks/whatsapp/{tenant}", never the
raw path), entity and service names must match the config grammar, methods and
listeners come from fixed sets. Anything else is counted under "invalid" rather than
exported, which also bounds cardinality.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
from collections.abc import Awaitable, Callable
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
QUEUES: Final = frozenset({"ingress", "quarantine", "delivery", "dead_letter"})
DELIVERY_OUTCOMES: Final = frozenset({"delivered", "retry", "dead_letter"})
DETECTION_BUCKETS: Final = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
_LANGUAGE = re.compile(r"[a-z]{2,3}")
log = logging.getLogger("veil.metrics")
_SEGMENT = re.compile(r"(?:[A-Za-z0-9_.-]|\{[a-z_][a-z0-9_]*\})+")
_LONG_DIGITS = re.compile(r"\d{5,}")
_STAGE = re.compile(r"[a-z][a-z_]{1,31}")
_EXCEPTION = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")  # a Python class name


@functools.lru_cache(maxsize=512)
def route_label(template: str | None) -> str:
    """A route template, or "unmatched" / "invalid". A raw path with an id in it (a
    phone number id, a token) fails the guard because ids appear only as {name}.
    Cached: templates are the app's fixed set, checked on every request."""
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
            "veil_http_requests_total",
            "HTTP requests served, by route template and status.",
            ["listener", "method", "route", "status"],
            registry=r,
        )
        self.http_seconds = Histogram(
            "veil_http_request_duration_seconds",
            "HTTP request latency by route template.",
            ["listener", "route"],
            registry=r,
        )
        self.tokenizations = Counter(
            "veil_vault_tokenizations_total",
            "Values tokenised, by entity type and service.",
            ["entity", "service"],
            registry=r,
        )
        self.uses = Counter(
            "veil_vault_uses_total",
            "Tokens resolved in flight (use), by entity and service.",
            ["entity", "service"],
            registry=r,
        )
        self.reveals = Counter(
            "veil_vault_reveals_total",
            "Reveal requests, by entity, service and outcome.",
            ["entity", "service", "outcome"],
            registry=r,
        )
        self.grey_spans = Counter(
            "veil_detection_grey_spans_total",
            "Spans tokenised from the grey zone (below their threshold, PII-shaped), by entity type.",
            ["entity"],
            registry=r,
        )
        self.audit_failures = Counter(
            "veil_audit_failures_total",
            "Audit writes that failed, by stage.",
            ["stage"],
            registry=r,
        )
        self.redis_up = Gauge("veil_redis_up", "1 while Redis is reachable and fit, else 0.", registry=r)
        self.detection_seconds = Histogram(
            "veil_detection_duration_seconds",
            "Detector latency per batch of texts, by language.",
            ["language"],
            buckets=DETECTION_BUCKETS,
            registry=r,
        )
        self.queue_depth = Gauge(
            "veil_queue_depth",
            "Entries waiting: ingress, quarantine, delivery (per subscriber), dead letters.",
            ["queue", "subscriber"],
            registry=r,
        )
        self.delivery_attempts = Counter(
            "veil_delivery_attempts_total",
            "Webhook deliveries attempted, by subscriber and outcome.",
            ["subscriber", "outcome"],
            registry=r,
        )
        self.delivery_retries = Counter(
            "veil_delivery_retries_total",
            "Deliveries scheduled for a retry, by subscriber.",
            ["subscriber"],
            registry=r,
        )
        self.dead_letters = Counter(
            "veil_dead_letters_total",
            "Events moved to a dead-letter stream, by subscriber and reason.",
            ["subscriber", "reason"],
            registry=r,
        )
        self.vault_tokens = Gauge("veil_vault_tokens", "Live tokens per tenant (sampled).", ["tenant"], registry=r)
        self.vault_subjects = Gauge("veil_vault_subjects", "Subjects per tenant (sampled).", ["tenant"], registry=r)
        self.unhandled = Counter(
            "veil_http_unhandled_errors_total",
            "Requests answered 500 by an error Veil did not expect "
            "(each logged with its traceback and request id), by listener, route and exception class.",
            ["listener", "route", "exception"],
            registry=r,
        )
        self.guard_denials = Counter(
            "veil_guard_denials_total",
            "Uses / reveals refused by the access guard, by service and reason.",
            ["service", "reason"],
            registry=r,
        )
        # the per-delivery counters' children, by (subscriber, outcome): a delivery is counted on
        # the hot path, where guarding and looking up the labels each time cost 5.5 µs a call
        # (1.5 µs with the children kept)
        self._attempt_children: dict[tuple[str, str], tuple[Counter, Counter | None]] = {}

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

    def unhandled_error(self, route: str | None, exception: str, *, listener: str = "public") -> None:
        """One request answered 500 by an exception nothing mapped."""
        listener_l = listener if listener in LISTENERS else INVALID
        exception_l = exception if _EXCEPTION.fullmatch(exception) else INVALID
        self.unhandled.labels(listener_l, route_label(route), exception_l).inc()

    def tokenized(self, entity: str, service: str = "-", count: int = 1) -> None:
        self.tokenizations.labels(entity_label(entity), service_label(service)).inc(count)

    def grey_tokenized(self, entity: str, count: int = 1) -> None:
        """Spans of `entity` tokenised though they scored below the acceptance threshold."""
        self.grey_spans.labels(entity_label(entity)).inc(count)

    def used(self, entity: str, service: str, count: int = 1) -> None:
        self.uses.labels(entity_label(entity), service_label(service)).inc(count)

    def revealed(self, entity: str, service: str, outcome: str, count: int = 1) -> None:
        outcome_l = outcome if outcome in REVEAL_OUTCOMES else INVALID
        self.reveals.labels(entity_label(entity), service_label(service), outcome_l).inc(count)

    def audit_failed(self, stage: str) -> None:
        self.audit_failures.labels(stage if _STAGE.fullmatch(stage) else INVALID).inc()

    def observe_detection(self, seconds: float, language: str = "-") -> None:
        """One detector call (a batch of texts) took `seconds`."""
        lang = language if language == "-" or _LANGUAGE.fullmatch(language) else INVALID
        self.detection_seconds.labels(lang).observe(max(seconds, 0.0))

    def set_queue_depth(self, queue: str, depth: int, subscriber: str = "-") -> None:
        """Workers (or a sampler reading Redis lengths) set the current depth of a queue."""
        queue_l = queue if queue in QUEUES else INVALID
        self.queue_depth.labels(queue_l, service_label(subscriber)).set(max(depth, 0))

    def delivery_attempt(self, subscriber: str, outcome: str) -> None:
        """One delivery try: delivered (2xx), retry (failed, tried again after a back-off; also
        counted in retries) or dead_letter (failed past `max_age_s`: moved to the dead letters)."""
        children = self._attempt_children.get((subscriber, outcome))
        if children is None:
            outcome_l = outcome if outcome in DELIVERY_OUTCOMES else INVALID
            sub_l = service_label(subscriber)
            children = (
                self.delivery_attempts.labels(sub_l, outcome_l),
                self.delivery_retries.labels(sub_l) if outcome_l == "retry" else None,
            )
            if len(self._attempt_children) < 4096:  # bounded whatever callers pass
                self._attempt_children[(subscriber, outcome)] = children
        attempts, retries = children
        attempts.inc()
        if retries is not None:
            retries.inc()

    def dead_lettered(self, subscriber: str, reason: str, count: int = 1) -> None:
        """Events dead-lettered; reason the letter's own: max_age (failing too long) or
        backlog (the subscriber was over its backlog cap when the event arrived)."""
        reason_l = reason if _STAGE.fullmatch(reason) else INVALID
        self.dead_letters.labels(service_label(subscriber), reason_l).inc(count)

    def set_vault_size(self, tenant: str, *, tokens: int, subjects: int) -> None:
        tenant_l = service_label(tenant)
        self.vault_tokens.labels(tenant_l).set(tokens)
        self.vault_subjects.labels(tenant_l).set(subjects)

    def guard_denied(self, service: str, reason: str) -> None:
        self.guard_denials.labels(service_label(service), reason if _STAGE.fullmatch(reason) else INVALID).inc()

    def render(self) -> bytes:
        """The Prometheus text exposition of this registry (for `/metrics`)."""
        return generate_latest(self.registry)


async def sample_forever(sample: Callable[[], Awaitable[None]], interval_s: float) -> None:
    """Background task: run `sample` (e.g. read queue lengths from Redis and set gauges)
    every `interval_s` until cancelled; a failed sample is logged and retried next time."""
    while True:
        try:
            await sample()
        except Exception as exc:  # noqa: BLE001 - a sampler must outlive a Redis blip
            log.warning("metrics sample failed (%s)", type(exc).__name__)
        await asyncio.sleep(interval_s)
