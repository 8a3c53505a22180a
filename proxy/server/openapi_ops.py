"""Every operation Veil serves, one row each: the models it parses, what it answers, and
every status it answers with. `server/openapi.py` turns the rows into documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from proxy.server.models import admin as am
from proxy.server.models import answers as ans
from proxy.server.models import public as pm
from proxy.server.models.errors import ErrorBody, GraphErrorBody
from proxy.server.models.graph import (
    GraphMediaPath,
    GraphMessage,
    GraphSendPath,
    GraphUploadPath,
    HandshakeQuery,
    MediaDownloadQuery,
    MediaHandlePath,
    MediaIdPath,
    MediaQuery,
    MetaUpdate,
    RouteHeaders,
    RoutePath,
    TenantPath,
)

SIGNATURE = {
    "name": "X-Hub-Signature-256",
    "in": "header",
    "required": True,
    "description": "sha256=<HMAC-SHA256 of the raw body under the app secret>: missing or wrong, 401 and "
    "nothing stored",
    "schema": {"type": "string", "pattern": "^sha256=[0-9a-f]{64}$"},
}
# A generic route carries any JSON (an object, an array, a string…) or no body at all.
ANY_JSON: dict[str, Any] = {"description": "any JSON value, passed to the upstream after the route's request rules"}

Answer = type[BaseModel] | tuple[type[BaseModel], ...] | dict[str, Any] | None
OBJECT: dict[str, Any] = {"type": "object"}
DOCUMENT: dict[str, Any] = {
    "type": "object",
    "required": ["openapi", "info", "paths"],
    "description": "an OpenAPI 3.1 document",
}
BINARY: dict[str, Any] = {"type": "string", "format": "binary"}
TEXT: dict[str, Any] = {"type": "string"}


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    summary: str
    body: type[BaseModel] | dict[str, Any] | None = None
    query: type[BaseModel] | None = None
    path_params: type[BaseModel] | None = None
    ok: Answer = None
    status: int = 200
    errors: tuple[int, ...] = ()
    more: tuple[tuple[int, Answer], ...] = ()  # other answers: (status, schema)
    body_required: bool = False
    body_media: str = "application/json"
    answer_media: str = "application/json"
    open: bool = False
    passthrough: bool = False
    error: type[BaseModel] = ErrorBody
    headers: type[BaseModel] | tuple[dict[str, Any], ...] = ()  # header parameters: a model, or as OpenAPI writes them
    # OpenAPI links: (status, name, operationId, parameters) — what an answer lets a client call
    # next; schemathesis's stateful phase follows them (and checks a created resource exists,
    # a deleted one is gone).
    links: tuple[tuple[int, str, str, dict[str, str]], ...] = ()

    @property
    def operation_id(self) -> str:
        words = [p.strip("{}").replace("-", "_") for p in self.path.split("/") if p and p not in ("admin", "v1")]
        return "_".join([self.method, *words])

    def answers(self) -> dict[int, Answer]:
        """Status → schema; an error status maps to the listener's error body."""
        out: dict[int, Answer] = {self.status: self.ok if self.ok is not None else OBJECT}
        for status in self.errors:
            out[status] = self.error
        out.update(dict(self.more))
        return out


# Statuses shared by each family of operations.
V1 = (400, 401, 403, 413, 429, 503)
GRAPH = (400, 401, 403, 404, 413, 429, 502, 503, 504)  # a path that fits no model: 404; a query: 400
MEDIA = (400, 401, 403, 404, 429, 502, 503, 504)
ADMIN = (400, 401, 403, 503)
ADMIN_BODY = (*ADMIN, 413)
P = "/admin/v1"


def _admin(method: str, path: str, summary: str, *, body: type[BaseModel] | None = None, **kw: Any) -> Operation:
    errors = ADMIN_BODY if body is not None else ADMIN
    return Operation(method, P + path, summary, body=body, errors=kw.pop("errors", errors), **kw)


PUBLIC_OPS: list[Operation] = [
    Operation(
        "post",
        "/v1/tokenize",
        "Tokenise values (TokenizeValues) or a text (TokenizeText)",
        body={
            "oneOf": [{"$ref": "#/components/schemas/TokenizeValues"}, {"$ref": "#/components/schemas/TokenizeText"}]
        },
        body_required=True,
        ok=(pm.Tokens, pm.TokenizedText),
        errors=V1,
    ),
    Operation(
        "post",
        "/v1/detokenize",
        "Values of tokens the service may reveal (purpose required, audited)",
        body=pm.Detokenize,
        body_required=True,
        ok=(pm.RevealResults, pm.RevealedText),
        errors=V1,
    ),
    Operation("get", "/v1/whoami", "The service a key belongs to", ok=pm.WhoAmI, errors=(401,)),
    Operation("get", "/v1/openapi.json", "This document", ok=DOCUMENT, open=True),
    Operation(
        "post",
        "/graph/{v}/{pnid}/messages",
        "Send a message: tokens detokenised for their recipient",
        body=GraphMessage,
        body_required=True,
        path_params=GraphSendPath,
        errors=GRAPH,
        passthrough=True,
        error=GraphErrorBody,
    ),
    Operation(
        "post",
        "/graph/{v}/{pnid}/marketing_messages",
        "Send a marketing message, as /messages",
        body=GraphMessage,
        body_required=True,
        path_params=GraphSendPath,
        errors=GRAPH,
        passthrough=True,
        error=GraphErrorBody,
    ),
    Operation(
        "post",
        "/graph/{v}/{pnid}/media",
        "Upload media (multipart, passed through unread)",
        body={"type": "object"},
        body_media="multipart/form-data",
        path_params=GraphUploadPath,
        errors=(*GRAPH, 415),
        passthrough=True,
        error=GraphErrorBody,
    ),
    Operation(
        "get",
        "/graph/{v}/{media_id}",
        "Media metadata, its url a short-lived Veil handle",
        path_params=GraphMediaPath,
        query=MediaQuery,
        errors=GRAPH,
        passthrough=True,
        error=GraphErrorBody,
    ),
    Operation(
        "delete",
        "/graph/{v}/{media_id}",
        "Delete media Veil uploaded for this tenant",
        path_params=GraphMediaPath,
        query=MediaQuery,
        errors=GRAPH,
        passthrough=True,
        error=GraphErrorBody,
    ),
    Operation(
        "get",
        "/media/wa/{media_id}",
        "A webhook's media, streamed",
        path_params=MediaIdPath,
        query=MediaDownloadQuery,
        ok=BINARY,
        answer_media="application/octet-stream",
        errors=MEDIA,
    ),
    Operation(
        "get",
        "/media/{handle}",
        "Media behind a handle, streamed",
        path_params=MediaHandlePath,
        query=MediaDownloadQuery,
        ok=BINARY,
        answer_media="application/octet-stream",
        errors=MEDIA,
    ),
    *[
        Operation(
            m,
            "/routes/{tail}",
            f"A generic route ({m.upper()}): rules applied both ways",
            path_params=RoutePath,
            body=ANY_JSON if m in ("post", "put", "patch") else None,
            headers=RouteHeaders,
            errors=(400, 401, 403, 404, 413, 415, 429, 502, 503, 504),
            passthrough=True,
        )
        for m in ("get", "post", "put", "patch", "delete")
    ],
    Operation(
        "get",
        "/webhooks/whatsapp",
        "Meta's subscription handshake",
        query=HandshakeQuery,
        ok=TEXT,
        answer_media="text/plain",
        more=((400, TEXT), (403, TEXT)),
        open=True,
    ),
    Operation(
        "post",
        "/webhooks/whatsapp",
        "Meta's updates: verified, sealed (or quarantined), acknowledged",
        body=MetaUpdate,
        body_required=True,
        headers=(SIGNATURE,),
        ok=ans.WebhookAck,
        errors=(401, 413, 503),
        open=True,
    ),
    Operation(
        "get",
        "/webhooks/whatsapp/{tenant}",
        "A tenant's own app: handshake",
        path_params=TenantPath,
        query=HandshakeQuery,
        ok=TEXT,
        answer_media="text/plain",
        more=((400, TEXT), (403, TEXT)),
        errors=(404,),
        open=True,
    ),
    Operation(
        "post",
        "/webhooks/whatsapp/{tenant}",
        "A tenant's own app: updates, as the shared endpoint",
        path_params=TenantPath,
        body=MetaUpdate,
        body_required=True,
        headers=(SIGNATURE,),
        ok=ans.WebhookAck,
        errors=(401, 404, 413, 503),
        open=True,
    ),
    Operation(
        "get",
        "/healthz",
        "Alive (503 once the embedded Redis is gone for good)",
        ok=ans.HealthAnswer,
        more=((503, ans.HealthAnswer),),
        open=True,
    ),
    Operation(
        "get",
        "/readyz",
        "Ready to serve (503 until Redis passed its checks)",
        ok=ans.ReadyAnswer,
        more=((503, ans.ReadyAnswer),),
        open=True,
    ),
]

ADMIN_OPS: list[Operation] = [
    _admin("get", "/openapi.json", "This document", ok=DOCUMENT),
    _admin("get", "/docs", "This document as a page", ok=TEXT, answer_media="text/html"),
    _admin(
        "post",
        "/login",
        "Password + TOTP → 15-minute session",
        body=am.Login,
        body_required=True,
        open=True,
        errors=(400, 401, 413, 503),
        ok=ans.LoginAnswer,
    ),
    _admin("get", "/session", "The caller", ok=ans.SessionAnswer),
    _admin("delete", "/session", "Log out", ok=ans.LogoutAnswer),
    _admin(
        "post",
        "/session/step-up",
        "A fresh TOTP code elevates the session for 5 minutes",
        body=am.StepUp,
        body_required=True,
        ok=ans.StepUpAnswer,
    ),
    _admin("get", "/stats", "Vault statistics", query=am.TenantQuery, ok=ans.StatsAnswer),
    _admin(
        "get",
        "/tokens/{token}",
        "Token metadata (never the value)",
        path_params=am.TokenPath,
        query=am.TenantQuery,
        ok=ans.TokenMetadataAnswer,
        more=((404, ans.TokenState),),
    ),
    _admin(
        "delete",
        "/tokens/{token}",
        "Delete a token",
        path_params=am.TokenPath,
        query=am.TenantQuery,
        ok=ans.TokenDeleted,
        more=((404, ans.TokenDeleted),),
        links=((200, "DeletedToken", "get_tokens_token", {"token": "$request.path.token"}),),
    ),
    _admin("post", "/vault/compact", "Drop old tombstones", body=am.Compact, body_required=True, ok=ans.CompactAnswer),
    _admin(
        "post",
        "/tokens/reveal",
        "One token's value, for a purpose (step-up; audited as a reveal)",
        body=am.RevealToken,
        body_required=True,
        errors=(*ADMIN_BODY, 404),
        ok=ans.TokenRevealAnswer,
    ),
    _admin(
        "post",
        "/vault/recount",
        "Recount the vault key by key and correct the counts kept on write",
        body=am.Recount,
        ok=ans.RecountAnswer,
    ),
    _admin(
        "post",
        "/subjects/erase",
        "Erase a subject by any token or alias",
        body=am.SubjectCall,
        body_required=True,
        errors=(*ADMIN_BODY, 404),
        ok=ans.ErasureAnswer,
    ),
    _admin(
        "get",
        "/erasures/{id}",
        "An erasure receipt and its notices",
        path_params=am.IdPath,
        errors=(*ADMIN, 404),
        ok=ans.ReceiptAnswer,
    ),
    _admin(
        "post",
        "/subjects/export",
        "Export a subject with its access report",
        body=am.Export,
        body_required=True,
        errors=(*ADMIN_BODY, 404),
        ok=ans.ExportAnswer,
    ),
    _admin(
        "post",
        "/subjects/export-bulk",
        "Export every subject of a tenant (four-eyes), one JSON a line",
        body=am.BulkExport,
        ok=TEXT,
        answer_media="application/x-ndjson",
    ),
    _admin(
        "post",
        "/subjects/dsar",
        "Detokenise a CRM export for one subject",
        body=am.Dsar,
        body_required=True,
        errors=(*ADMIN_BODY, 404),
        ok=ans.DsarAnswer,
    ),
    _admin(
        "post",
        "/subjects/lookup",
        "A subject's tokens and times (never a value), optionally its access report",
        body=am.Lookup,
        body_required=True,
        errors=(*ADMIN_BODY, 404),
        ok=ans.LookupAnswer,
    ),
    _admin("get", "/retention", "Retention rules", query=am.TenantQuery, ok=ans.RetentionAnswer),
    _admin("put", "/retention", "Set a retention rule", body=am.RetentionBody, body_required=True, ok=ans.RetentionSet),
    _admin("get", "/services", "Services and policies", ok=ans.ServicesAnswer),
    _admin(
        "put",
        "/services/{name}/policy",
        "Replace a policy on every worker ({}: the config's)",
        path_params=am.NamePath,
        body=am.PolicyDoc,
        body_required=True,
        ok=ans.PolicyAnswer,
    ),
    _admin(
        "post",
        "/services/{name}/unblock",
        "Lift a guard block",
        path_params=am.NamePath,
        body=am.Nothing,
        ok=ans.UnblockAnswer,
    ),
    _admin("get", "/blocks", "Services the access guard blocked", ok=ans.BlocksAnswer),
    _admin(
        "post",
        "/honey/decoys",
        "Plant a honey decoy subject and tokens",
        body=am.Plant,
        status=201,
        links=(
            (
                201,
                "DecoyToken",
                "get_tokens_token",
                {"token": "$response.body#/tokens/0", "tenant": "$response.body#/tenant"},
            ),
            (
                201,
                "DeleteDecoyToken",
                "delete_tokens_token",
                {"token": "$response.body#/tokens/0", "tenant": "$response.body#/tenant"},
            ),
        ),
        ok=ans.DecoyAnswer,
    ),
    _admin("get", "/honey", "A tenant's honey tokens", query=am.HoneyQuery, ok=ans.HoneyAnswer),
    _admin(
        "post", "/keys/rotate", "Re-wrap data keys under the active master key", body=am.Nothing, ok=ans.RotateAnswer
    ),
    _admin(
        "post",
        "/keys/retire",
        "Retire a master-key version (four-eyes)",
        body=am.Retire,
        body_required=True,
        ok=ans.RetireAnswer,
    ),
    _admin("post", "/keys/new-token-epoch", "Start a token epoch", body=am.Nothing, ok=ans.EpochAnswer),
    _admin(
        "post", "/backup", "Stream a sealed backup", body=am.Nothing, ok=BINARY, answer_media="application/octet-stream"
    ),
    _admin(
        "post",
        "/restore",
        "Restore a backup (four-eyes), re-applying the erasure ledger",
        query=am.RestoreQuery,
        body=None,
        errors=ADMIN_BODY,
        ok=ans.RestoreAnswer,
    ),
    _admin(
        "post",
        "/recognizers/reload",
        "Reload recognizers on every worker",
        body=am.Nothing,
        ok=ans.ReloadAnswer,
        more=((422, ans.ReloadAnswer),),
    ),
    _admin(
        "post",
        "/recognizers/dry-run",
        "What the detector finds in a text",
        body=am.DryRun,
        body_required=True,
        ok=ans.DryRunAnswer,
    ),
    _admin(
        "get",
        "/recognizers",
        "The active recognizers per language: name, entities, source (built-in, yaml, extra)",
        ok=ans.RecognizersAnswer,
    ),
    _admin("get", "/audit", "Query the audit trail", query=am.AuditQuery, ok=ans.AuditAnswer),
    _admin(
        "post",
        "/audit/verify",
        "Verify every audit chain with the public key (the result is audited)",
        body=am.Nothing,
        ok=ans.VerifyAnswer,
    ),
    _admin("get", "/admins", "Admins", ok=ans.AdminsAnswer),
    _admin(
        "post",
        "/admins",
        "Add an admin: answers a one-time enrolment token, never credentials",
        body=am.NewAdmin,
        body_required=True,
        status=201,
        ok=ans.NewAdminAnswer,
    ),
    _admin(
        "post",
        "/enrol",
        "Enrolment token + the new admin's own password → its TOTP provisioning URI",
        body=am.Enrol,
        body_required=True,
        status=201,
        open=True,
        errors=(400, 401, 413, 503),
        ok=ans.EnrolAnswer,
    ),
    _admin("delete", "/admins/{name}", "Remove an admin", path_params=am.NamePath, ok=ans.Removed),
    _admin("get", "/service-accounts", "Service accounts", ok=ans.AccountsAnswer),
    _admin(
        "post",
        "/service-accounts",
        "Register a service account",
        body=am.NewAccount,
        body_required=True,
        status=201,
        ok=ans.NewAccountAnswer,
    ),
    _admin("delete", "/service-accounts/{name}", "Remove a service account", path_params=am.NamePath, ok=ans.Removed),
    _admin(
        "post",
        "/approvals",
        "Request a four-eyes approval",
        body=am.ApprovalRequest,
        body_required=True,
        status=201,
        links=(
            (201, "Approve", "post_approvals_id_approve", {"id": "$response.body#/id"}),
            (201, "Refuse", "post_approvals_id_refuse", {"id": "$response.body#/id"}),
        ),
        ok=ans.ApprovalAnswer,
    ),
    _admin("get", "/approvals", "Approvals", ok=ans.ApprovalsAnswer),
    _admin(
        "post",
        "/approvals/{id}/approve",
        "Approve another admin's request (409 approval_changed: another "
        "admin changed it meanwhile, or an admin creation's half was already handed out)",
        path_params=am.IdPath,
        body=am.Nothing,
        errors=(*ADMIN_BODY, 404, 409),
        ok=ans.ApprovalAnswer,
    ),
    _admin(
        "post",
        "/approvals/{id}/refuse",
        "Refuse a request, or withdraw one's own: it can no longer be approved "
        "or used (409 approval_changed: another admin changed it meanwhile)",
        path_params=am.IdPath,
        body=am.Nothing,
        errors=(*ADMIN_BODY, 404, 409),
        ok=ans.ApprovalAnswer,
    ),
    _admin(
        "get",
        "/delivery",
        "Each subscriber's backlog: queued, oldest, failing since, dead letters; and each tenant's ingress backlog",
        query=am.SubscriberQuery,
        ok=ans.DeliveryAnswer,
    ),
    _admin(
        "get",
        "/alerts",
        "The open alerts: raised by any worker in the last hour; the acknowledged ones apart",
        ok=ans.AlertsAnswer,
    ),
    _admin(
        "post",
        "/alerts/{id}/ack",
        "Acknowledge an alert (an admin; audited): not open while it keeps being raised",
        path_params=am.AlertPath,
        body=am.Nothing,
        errors=(*ADMIN_BODY, 404),
        ok=ans.AlertAcked,
    ),
    _admin(
        "get", "/dlq", "Dead letters per subscriber (metadata only)", query=am.SubscriberQuery, ok=ans.DeadLettersAnswer
    ),
    _admin(
        "get",
        "/dlq/{subscriber}/{letter}",
        "One dead letter's metadata",
        path_params=am.DeadLetterPath,
        errors=(*ADMIN, 404),
        ok=ans.LetterAnswer,
    ),
    _admin(
        "post",
        "/dlq/{subscriber}/{letter}/replay",
        "Re-queue a dead letter",
        path_params=am.DeadLetterPath,
        body=am.Nothing,
        ok=ans.Replayed,
        more=((404, ans.Replayed),),
    ),
    _admin(
        "delete",
        "/dlq/{subscriber}/{letter}",
        "Drop a dead letter",
        path_params=am.DeadLetterPath,
        ok=ans.Dropped,
        more=((404, ans.Dropped),),
    ),
    _admin(
        "get",
        "/quarantine",
        "Quarantined updates of a tenant (metadata only)",
        query=am.TenantQuery,
        ok=ans.QuarantineAnswer,
    ),
    _admin(
        "get",
        "/quarantine/{letter}",
        "One quarantined update's metadata",
        path_params=am.LetterPath,
        query=am.TenantQuery,
        errors=(*ADMIN, 404),
        ok=ans.LetterAnswer,
    ),
    _admin(
        "post",
        "/quarantine/{letter}/replay",
        "Send a quarantined update back to tokenisation",
        path_params=am.LetterPath,
        query=am.TenantQuery,
        body=am.Nothing,
        ok=ans.Replayed,
        more=((404, ans.Replayed),),
    ),
    _admin(
        "delete",
        "/quarantine/{letter}",
        "Drop a quarantined update",
        path_params=am.LetterPath,
        query=am.TenantQuery,
        ok=ans.Dropped,
        more=((404, ans.Dropped),),
    ),
]
