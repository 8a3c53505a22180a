"""Answer models of the admin API and of health: what each operation answers on success.

Why models and not dicts: a handler builds its answer through `reply()` (server/helpers.py),
which validates it against the model the OpenAPI document names for that operation. A key
added to an answer but not to its model, a type changed, a field dropped: the answer fails
its own model (a 500 the suite's fuzzing and tests see) instead of drifting silently from
the document. Each model carries an example, checked against the model itself
(tests/server/test_answers.py), so the documented example cannot drift either.

Deeply nested documents other modules own (an audit entry, a delivery, a policy, a pending
event) are typed as objects here; their keys are documented where they are built.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Object = dict[str, Any]


def _example(**example: Any) -> ConfigDict:
    return ConfigDict(extra="forbid", json_schema_extra={"examples": [example]})


class AnswerModel(BaseModel):
    """An answer: exactly these keys (an extra one fails its own validation)."""

    model_config = ConfigDict(extra="forbid")


# Sessions.


class LoginAnswer(AnswerModel):
    model_config = _example(token="veil_as_3q2…", admin="alice", tenant=None, expires_in=900, elevated_for=300)  # noqa: S106 - an example
    token: str = Field(description="the session: Authorization: Bearer <token>")
    admin: str
    tenant: str | None = Field(description="the admin's tenant; null: every tenant")
    expires_in: int = Field(description="seconds the session lives")
    elevated_for: int = Field(description="seconds of step-up left (login elevates)")


class StepUpAnswer(AnswerModel):
    model_config = _example(elevated_for=300)
    elevated_for: int


class SessionAnswer(AnswerModel):
    model_config = _example(name="alice", kind="admin", tenant=None, scopes=["*"], elevated=True, elevated_for=212)
    name: str
    kind: Literal["admin", "account"]
    tenant: str | None
    scopes: list[str]
    elevated: bool
    elevated_for: int


class LogoutAnswer(AnswerModel):
    model_config = _example(logged_out=True)
    logged_out: Literal[True]


# Vault.


class TenantCounts(AnswerModel):
    """A tenant's counts, kept on write, with `entity:<NAME>` counts beside these."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, int] = Field(init=False)
    tokens: int
    subjects: int
    tombstones: int
    erased_aliases: int
    counted_at: str | None = Field(description="the last key-by-key recount, ISO 8601 UTC; null: never")


class StatsAnswer(AnswerModel):
    model_config = _example(
        tenants={
            "default": {
                "tokens": 12,
                "subjects": 3,
                "tombstones": 1,
                "erased_aliases": 0,
                "entity:PHONE_NUMBER": 3,
                "counted_at": "2026-12-05T01:00:00Z",
            }
        },
        delivery=[
            {
                "subscriber": "crm",
                "tenant": "default",
                "queued": 0,
                "oldest": None,
                "oldest_age_s": None,
                "dead_letters": 0,
                "failing_since": None,
                "failing_s": None,
                "failing": False,
            }
        ],
    )
    tenants: dict[str, TenantCounts]
    delivery: list[DeliveryStatus]


class RecountAnswer(AnswerModel):
    model_config = _example(
        tenants={
            "default": {
                "tokens": 11,
                "subjects": 3,
                "tombstones": 2,
                "erased_aliases": 0,
                "entity:PHONE_NUMBER": 3,
                "counted_at": "2026-12-05T01:02:03Z",
            }
        }
    )
    tenants: dict[str, TenantCounts] = Field(description="per tenant, as /stats, just recounted")


class DeliveryStatus(AnswerModel):
    subscriber: str
    tenant: str
    queued: int
    oldest: str | None = Field(description="ISO 8601 UTC")
    oldest_age_s: float | None
    dead_letters: int
    failing_since: str | None
    failing_s: float | None
    failing: bool


class IngressBacklog(AnswerModel):
    """A tenant's updates sealed at the webhook and not yet tokenised (over its shards)."""

    tenant: str
    sealed: int = Field(description="updates waiting to be tokenised")
    oldest: str | None = Field(description="ISO 8601 UTC: when the oldest waiting one was sealed")
    oldest_age_s: float | None
    quarantined: int


class DeliveredHour(AnswerModel):
    hour: str = Field(description="ISO 8601 UTC, the hour's start")
    delivered: int = Field(description="events acknowledged by the subscribers in that hour")


class DeliveryAnswer(AnswerModel):
    model_config = _example(
        threshold_s=300.0,
        subscribers=[
            {
                "subscriber": "crm",
                "tenant": "default",
                "queued": 2,
                "oldest": "2026-12-05T01:02:03.004Z",
                "oldest_age_s": 1.5,
                "dead_letters": 0,
                "failing_since": None,
                "failing_s": None,
                "failing": False,
            }
        ],
        ingress=[
            {
                "tenant": "default",
                "sealed": 1,
                "oldest": "2026-12-05T01:02:04+00:00",
                "oldest_age_s": 0.4,
                "quarantined": 0,
            }
        ],
        delivered_per_hour=[{"hour": "2026-12-05T01:00:00+00:00", "delivered": 42}],
    )
    threshold_s: float
    subscribers: list[DeliveryStatus]
    ingress: list[IngressBacklog] = Field(description="per tenant, upstream of the subscribers")
    delivered_per_hour: list[DeliveredHour] = Field(
        description="the last 24 hours, the current one last, summed over the subscribers answered"
    )


class AlertEntry(AnswerModel):
    id: str = Field(description="the alert's id (kind, tenant, service and subscriber), for POST /alerts/{id}/ack")
    kind: str
    severity: Literal["warning", "error"]
    tenant: str = Field(description="empty for an alert of no tenant")
    service: str
    count: int = Field(description="times raised in the window")
    first: str = Field(description="ISO 8601 UTC, first raise in the window")
    last: str = Field(description="ISO 8601 UTC")
    detail: dict[str, str | int | float | bool] = Field(description="the last raise's names, codes and counts")


class AckedAlert(AlertEntry):
    acknowledged_by: str = Field(description="who acknowledged it (admin:<name>)")
    acknowledged_at: str = Field(description="ISO 8601 UTC")


class AlertsAnswer(AnswerModel):
    """Alerts raised by any worker in the last `open_s` seconds, the most recent first: the
    open ones, and apart those an admin acknowledged (while they keep being raised)."""

    model_config = _example(
        open_s=3600,
        alerts=[
            {
                "id": "3f2a9c0d1e4b5a67",
                "kind": "subscriber_failing",
                "severity": "error",
                "tenant": "default",
                "service": "crm",
                "count": 12,
                "first": "2026-12-05T01:02:03+00:00",
                "last": "2026-12-05T01:13:03+00:00",
                "detail": {"subscriber": "crm", "failing_s": 960, "queued": 40, "dead_letters": 0},
            }
        ],
        acknowledged=[],
    )
    open_s: int
    alerts: list[AlertEntry] = Field(description="open: not acknowledged")
    acknowledged: list[AckedAlert]


class AlertAcked(AnswerModel):
    model_config = _example(
        alert={
            "id": "3f2a9c0d1e4b5a67",
            "kind": "honey_token",
            "severity": "error",
            "tenant": "default",
            "service": "crm",
            "count": 1,
            "first": "2026-12-05T01:02:03+00:00",
            "last": "2026-12-05T01:02:03+00:00",
            "detail": {"op": "reveal", "count": 1},
            "acknowledged_by": "admin:alice",
            "acknowledged_at": "2026-12-05T01:05:00+00:00",
        }
    )
    alert: AckedAlert


class TokenState(AnswerModel):
    """A token without a live record (404): freed, erased or unknown; never its value."""

    model_config = _example(token="tok_ph_4kq9…", tenant="default", state="erased")  # noqa: S106 - an example
    token: str
    tenant: str
    state: Literal["freed", "erased", "unknown"]


class TokenMetadataAnswer(AnswerModel):
    model_config = _example(
        token="tok_ph_4kq9…",  # noqa: S106 - an example
        tenant="default",
        state="live",
        entity="PHONE_NUMBER",
        subject="sub_7f…",
        first_seen=1764896400,
        last_seen=1764900000,
        expires_in=-1,
    )
    token: str
    tenant: str
    state: Literal["live"]
    entity: str | None
    subject: str | None
    first_seen: int = Field(description="Unix seconds")
    last_seen: int = Field(description="Unix seconds")
    expires_in: int = Field(description="seconds; -1: no expiry")


class TokenDeleted(AnswerModel):
    model_config = _example(token="tok_ph_4kq9…", deleted=True)  # noqa: S106 - an example
    token: str
    deleted: bool = Field(description="false (answered 404): there was no live token")


class CompactAnswer(AnswerModel):
    model_config = _example(tenant="default", dropped=4)
    tenant: str
    dropped: int


class ServiceEntry(AnswerModel):
    name: str
    tenant: str
    policy: Object = Field(description="the policy, `use` in its long form")
    source: Literal["config", "admin_api"]


class ServicesAnswer(AnswerModel):
    model_config = _example(
        services=[
            {
                "name": "crm",
                "tenant": "default",
                "source": "config",
                "policy": {
                    "use": {"whatsapp": ["*"], "routes": {}},
                    "reveal": ["PERSON"],
                    "mask": [],
                    "tokenize": ["*"],
                    "identify": [],
                    "create_subjects": False,
                    "purposes": ["support"],
                    "raw_recipients": False,
                    "media": [],
                    "any_subject": [],
                    "rate_limits": {},
                    "ceilings": {"reveal": {}, "use": {}, "block": False},
                },
            }
        ]
    )
    services: list[ServiceEntry]


class PolicyAnswer(AnswerModel):
    model_config = _example(name="crm", policy={"use": {"whatsapp": ["*"], "routes": {}}, "reveal": ["PERSON"]})
    name: str
    policy: Object


class RetentionAnswer(AnswerModel):
    model_config = _example(tenant="default", retention_days=365, by_entity={"PHONE_NUMBER": 90})
    tenant: str
    retention_days: int | None = Field(description="the vault's default; null: tokens do not expire")
    by_entity: dict[str, int | None]


class RetentionSet(AnswerModel):
    model_config = _example(tenant="default", by_entity={"PHONE_NUMBER": 90}, expiries_shortened=12)
    tenant: str
    by_entity: dict[str, int | None]
    expiries_shortened: int


class AuditAnswer(AnswerModel):
    model_config = _example(
        entries=[
            {
                "ts": "2026-12-05T01:02:03.004Z",
                "actor": "service:crm",
                "action": "reveal",
                "tenant": "default",
                "outcome": "allowed",
                "purpose": "support",
            }
        ]
    )
    entries: list[Object] = Field(description="audit entries, newest first (docs/audit.md)")


# Subjects.


class ErasureAnswer(AnswerModel):
    model_config = _example(
        receipt="er_5c…",
        tenant="default",
        subject="sub_7f…",
        tokens=3,
        aliases=2,
        erased_at="2026-12-05T01:02:03Z",
        notices={"crm": "pending"},
    )
    receipt: str
    tenant: str
    subject: str
    tokens: int
    aliases: int
    erased_at: str = Field(description="ISO 8601 UTC")
    notices: dict[str, Literal["pending"]] = Field(description="each subscriber told of the erasure")


class ReceiptAnswer(AnswerModel):
    """A receipt as stored: counts of what each store purged (`<store>_purged`) beside these."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "id": "er_5c…",
                    "tenant": "default",
                    "subject": None,
                    "tokens": 3,
                    "aliases": 2,
                    "queue_purged": 1,
                    "erased_at": "2026-12-05T01:02:03Z",
                    "notices": {"crm": {"state": "delivered", "delivered_at": "2026-12-05T01:02:04Z"}},
                }
            ]
        },
    )
    __pydantic_extra__: dict[str, int | str | None] = Field(init=False)
    id: str
    tenant: str | None = None
    subject: str | None = Field(description="null once the erasure finished")
    notices: dict[str, Object]
    tokens: int | None = None
    aliases: int | None = None
    erased_at: str | None = None
    aof_rewritten_at: str | None = None


class ExportAnswer(AnswerModel):
    model_config = _example(
        tenant="default",
        subject="sub_7f…",
        tokens=[{"token": "tok_ph_4kq9…", "entity": "PHONE_NUMBER", "value": "+31 6 1234 5678"}],
        aliases={"count": 1, "identifiers": []},
        deliveries=[],
        access_report=[],
        pending=[],
    )
    tenant: str
    subject: str
    tokens: list[Object] = Field(description="token, entity, value")
    aliases: Object = Field(description="count, identifiers")
    deliveries: list[Object] = Field(description="to whom the subject's data was delivered")
    access_report: list[Object] = Field(description="who saw the subject's data: audit entries")
    pending: list[Object] = Field(description="its events still pending in the inbound stores")


class TokenRevealAnswer(AnswerModel):
    """One token's value (step-up, audited as a reveal with the purpose sent)."""

    model_config = _example(
        tenant="default",
        token="tok_ph_4kq9…",  # noqa: S106 - example
        entity="PHONE_NUMBER",
        subject="sub_7f…",
        value="+31 6 1234 5678",
    )
    tenant: str
    token: str
    entity: str
    subject: str
    value: str


class DsarAnswer(AnswerModel):
    model_config = _example(tenant="default", subject="sub_7f…", text="Call +31 6 1234 5678", tokens=1)
    tenant: str
    subject: str
    text: str
    tokens: int


class LookupToken(AnswerModel):
    token: str
    entity: str | None
    first_seen: int
    last_seen: int
    expires_in: int


class LookupAnswer(AnswerModel):
    model_config = _example(
        tenant="default",
        subject="sub_7f…",
        aliases=1,
        tokens=[
            {
                "token": "tok_ph_4kq9…",
                "entity": "PHONE_NUMBER",
                "first_seen": 1764896400,
                "last_seen": 1764900000,
                "expires_in": -1,
            }
        ],
    )
    tenant: str
    subject: str
    aliases: int
    tokens: list[LookupToken]
    access_report: list[Object] | None = Field(None, description="with report: true only")


# Guard and honey.


class Block(AnswerModel):
    service: str
    tenant: str
    reason: str


class BlocksAnswer(AnswerModel):
    model_config = _example(blocks=[{"service": "crm", "tenant": "default", "reason": "ceiling:reveal:PERSON"}])
    blocks: list[Block]


class UnblockAnswer(AnswerModel):
    model_config = _example(service="crm", lifted=True)
    service: str
    lifted: bool


class DecoyAnswer(AnswerModel):
    model_config = _example(
        tenant="default",
        subject="sub_9a…",
        wa_id="31600000000",
        text_tokens={"PERSON": "tok_pe_…"},
        tokens=["tok_ph_…", "tok_pe_…"],
    )
    tenant: str
    subject: str
    wa_id: str
    text_tokens: dict[str, str]
    tokens: list[str]


class HoneyAnswer(AnswerModel):
    model_config = _example(tenant="default", tokens=["tok_ph_…"])
    tenant: str
    tokens: list[str]


# Keys, backups, recognizers.


class RotateAnswer(AnswerModel):
    model_config = _example(version=2, rewrapped=14, tenants=["default"], admin_seeds_resealed=2)
    version: int
    rewrapped: int
    tenants: list[str]
    admin_seeds_resealed: int


class RetireAnswer(AnswerModel):
    model_config = _example(retired=1, tenants=["default"])
    retired: int
    tenants: list[str]


class EpochAnswer(AnswerModel):
    model_config = _example(token_epoch=2)
    token_epoch: int


class RestoreAnswer(AnswerModel):
    model_config = _example(backup_id="bk_3f…", keys=1024, reerased_subjects=1, created=1764896400)
    backup_id: str
    keys: int
    reerased_subjects: int
    created: int = Field(description="Unix seconds the backup was taken")


class ReloadAnswer(AnswerModel):
    """200 with ok: true; 422 with ok: false and the problems (the old recognizers stay)."""

    model_config = _example(ok=True, recognizers=42, problems=[])
    ok: bool
    recognizers: int
    problems: list[str]


class ActiveRecognizer(AnswerModel):
    name: str
    entities: list[str]
    source: str = Field(description="built-in, yaml or extra")


class RecognizersAnswer(AnswerModel):
    model_config = _example(
        languages={"en": [{"name": "PhoneRecognizer", "entities": ["PHONE_NUMBER"], "source": "built-in"}]}
    )
    languages: dict[str, list[ActiveRecognizer]]


class SpanFound(AnswerModel):
    entity: str
    start: int
    end: int
    score: float
    recognizer: str


class DryRunAnswer(AnswerModel):
    model_config = _example(
        spans=[{"entity": "PHONE_NUMBER", "start": 5, "end": 20, "score": 0.85, "recognizer": "PhoneRecognizer"}]
    )
    spans: list[SpanFound]


class WriterCheck(AnswerModel):
    writer: str
    entries: int
    tail_seq: int
    checkpoint_seq: int
    ok: bool
    truncated: bool
    first_bad: Object | None = Field(description="seq and reason of the first bad entry")


class VerifyAnswer(AnswerModel):
    model_config = _example(
        ok=True,
        writers=[
            {
                "writer": "w1",
                "entries": 120,
                "tail_seq": 119,
                "checkpoint_seq": 100,
                "ok": True,
                "truncated": False,
                "first_bad": None,
            }
        ],
    )
    ok: bool
    writers: list[WriterCheck]


# People and approvals.


class AdminEntry(AnswerModel):
    name: str
    tenant: str | None
    created: str = Field(description="ISO 8601 UTC")
    created_by: str
    enrolled: bool


class AdminsAnswer(AnswerModel):
    model_config = _example(
        admins=[
            {
                "name": "alice",
                "tenant": None,
                "created": "2026-12-05T01:02:03Z",
                "created_by": "bootstrap",
                "enrolled": True,
            }
        ]
    )
    admins: list[AdminEntry]


class NewAdminAnswer(AnswerModel):
    model_config = _example(name="bob", enrolment_token="veil_en_…", enrolled=False)  # noqa: S106 - an example
    name: str
    enrolment_token: str = Field(description="one-time: the new admin enrols with it")
    enrolled: Literal[False]


class EnrolAnswer(AnswerModel):
    model_config = _example(name="bob", provisioning_uri="otpauth://totp/Veil:bob?secret=…&issuer=Veil")
    name: str
    provisioning_uri: str


class Removed(AnswerModel):
    model_config = _example(removed=True)
    removed: bool


class AccountEntry(AnswerModel):
    name: str
    scopes: list[str]
    tenant: str | None
    public_key: str
    created_by: str


class AccountsAnswer(AnswerModel):
    model_config = _example(
        service_accounts=[
            {
                "name": "ops-bot",
                "scopes": ["stats"],
                "tenant": None,
                "public_key": "MCowBQYDK2VwAyEA…",
                "created_by": "admin:alice",
            }
        ]
    )
    service_accounts: list[AccountEntry]


class NewAccountAnswer(AnswerModel):
    model_config = _example(name="ops-bot", scopes=["stats"])
    name: str
    scopes: list[str]


class ApprovalAnswer(AnswerModel):
    model_config = _example(
        id="3f9c0a1b2c3d4e5f",
        action="bulk_export",
        params={"tenant": "default"},
        tenant="default",
        requester="admin:alice",
        approver=None,
        created="2026-12-05T01:02:03.004Z",
        status="pending",
    )
    id: str
    action: str
    params: dict[str, str]
    tenant: str
    requester: str
    approver: str | None
    created: str = Field(description="ISO 8601 UTC, milliseconds")
    status: Literal["pending", "approved", "refused"]
    enrolment_half: str | None = Field(None, description="admin_create, to its approver only, once")
    refused_by: str | None = Field(None, description="a refusal only")


class ApprovalsAnswer(AnswerModel):
    model_config = _example(
        approvals=[
            {
                "id": "3f9c0a1b2c3d4e5f",
                "action": "bulk_export",
                "params": {"tenant": "default"},
                "tenant": "default",
                "requester": "admin:alice",
                "approver": None,
                "created": "2026-12-05T01:02:03.004Z",
                "status": "pending",
            }
        ]
    )
    approvals: list[ApprovalAnswer]


# Dead letters and quarantine.


class LetterAnswer(AnswerModel):
    """One dead letter or quarantined update: metadata only, never its payload."""

    model_config = _example(
        id="0:1764896400000-0",
        event_id="wamid.…",
        reason="unknown_shape",
        queued_ms=1764896400000,
        order_broken=False,
        attempts=0,
        field="messages",
        kind="part",
        size=812,
    )
    id: str = Field(description="<partition or shard>:<entry id>")
    event_id: str
    reason: str
    queued_ms: int
    order_broken: bool
    attempts: int
    field: str
    kind: str
    size: int = Field(description="bytes of the sealed or tokenised payload")


class DeadLettersAnswer(AnswerModel):
    model_config = _example(dead_letters={"crm": []})
    dead_letters: dict[str, list[LetterAnswer]]


class QuarantineAnswer(AnswerModel):
    model_config = _example(tenant="default", quarantine=[])
    tenant: str
    quarantine: list[LetterAnswer]


class Replayed(AnswerModel):
    model_config = _example(replayed=True)
    replayed: bool = Field(description="false (answered 404): no such letter")


class Dropped(AnswerModel):
    model_config = _example(dropped=True)
    dropped: bool = Field(description="false (answered 404): no such letter")


# HealthAnswer and webhooks (public listener).


class HealthAnswer(AnswerModel):
    model_config = _example(status="ok", pid=4711)
    status: Literal["ok", "vault_gone"]
    pid: int
    reason: str | None = Field(None, description="vault_gone (503): why")


class FailingSubscriber(AnswerModel):
    subscriber: str
    failing_since: str | None
    failing_s: float | None
    queued: int


class ReadyAnswer(AnswerModel):
    model_config = _example(status="ready", reason=None, warnings=[], failing_subscribers=[])
    status: Literal["ready", "not_ready", "refused"]
    reason: str | None
    warnings: list[str] = []
    degraded: list[str] = Field([], description="ready, with part of a Redis Cluster served another way")
    failing_subscribers: list[FailingSubscriber] = []


class WebhookAck(AnswerModel):
    """Meta's 200: every update is sealed in Redis (stored, or a duplicate of one stored), or
    sealed in quarantine (a body that is not JSON or not Meta's shape, an unknown owner): a
    4xx would only make Meta retry for seven days, then drop it."""

    model_config = _example(status="ok", stored=1, duplicates=0, quarantined=0)
    status: Literal["ok"]
    stored: int
    duplicates: int
    quarantined: int


StatsAnswer.model_rebuild()
