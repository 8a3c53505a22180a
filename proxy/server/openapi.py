"""OpenAPI 3.1 documents for `/v1` (served at `/v1/openapi.json`) and `/admin/v1`
(served at `/admin/v1/openapi.json`, behind the admin guard like every admin path).

Written by hand from the handlers' contracts (docs/admin.md): small, stable, and
reviewed with them. Pure data; no I/O.
"""

from __future__ import annotations

from typing import Any

_ERROR = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["code", "message", "request_id"],
    "properties": {"code": {"type": "string"}, "message": {"type": "string"}, "request_id": {"type": "string"}}}}}
_ENTITY = {"type": "string", "pattern": "^[A-Z][A-Z0-9_]{1,40}$"}
_SUBJECT = {"oneOf": [{"type": "string", "maxLength": 256}, {"type": "object", "required": ["kind", "value"],
            "properties": {"kind": {"enum": ["token", "wa_id", "bsuid", "parent_bsuid", "username"]},
                           "value": {"type": "string"}}}]}


def _errors(*codes: int) -> dict[str, Any]:
    return {str(c): {"description": "error", "content": {"application/json": {"schema": _ERROR}}} for c in codes}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": schema or {"type": "object"}}}}
    return {"200": {"description": "ok", **body}}


def public_document() -> dict[str, Any]:
    tokenize = {"oneOf": [
        {"type": "object", "required": ["values"], "additionalProperties": False, "properties": {
            "values": {"type": "array", "minItems": 1, "maxItems": 1000, "items": {
                "type": "object", "required": ["value", "entity"], "additionalProperties": False,
                "properties": {"value": {"type": "string", "minLength": 1, "maxLength": 4096},
                               "entity": _ENTITY}}},
            "subject": _SUBJECT}},
        {"type": "object", "required": ["text", "subject"], "properties": {
            "text": {"type": "string", "maxLength": 65536}, "language": {"type": "string"}, "subject": _SUBJECT}}]}
    detokenize = {"type": "object", "required": ["purpose"], "properties": {
        "tokens": {"type": "array", "minItems": 1, "maxItems": 1000, "items": {"type": "string", "maxLength": 256}},
        "text": {"type": "string", "maxLength": 65536},
        "purpose": {"type": "string", "pattern": "^[A-Za-z0-9_.:-]{1,64}$"}}}
    result = {"oneOf": [
        {"type": "object", "required": ["token", "entity", "value"], "properties": {
            "token": {"type": "string"}, "entity": _ENTITY, "value": {"type": "string"}}},
        {"type": "object", "required": ["token", "error"], "properties": {
            "token": {"type": "string"}, "error": {"enum": ["not_found", "forbidden", "malformed"]}}}]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Veil direct API", "version": "1"},
        "components": {"securitySchemes": {"serviceKey": {"type": "http", "scheme": "bearer",
                                                          "description": "veil_sk_<kid>_<secret>"}}},
        "security": [{"serviceKey": []}],
        "paths": {
            "/v1/tokenize": {"post": {"summary": "Tokenise values or a text", "requestBody": _json(tokenize),
                                      "responses": _ok() | _errors(400, 401, 403, 429, 503)}},
            "/v1/detokenize": {"post": {
                "summary": "Values of tokens the service may reveal (purpose required, audited)",
                "requestBody": _json(detokenize),
                "responses": _ok({"type": "object", "properties": {
                    "results": {"type": "array", "items": result}, "text": {"type": "string"}}})
                | _errors(400, 401, 403, 429, 503)}},
            "/v1/whoami": {"get": {"summary": "The service a key belongs to", "responses": _ok() | _errors(401)}},
        },
    }


_ADMIN_PATHS: list[tuple[str, str, str]] = [
    ("post", "/admin/v1/login", "Password + TOTP → 15-minute session"),
    ("get", "/admin/v1/session", "The caller"), ("delete", "/admin/v1/session", "Log out"),
    ("post", "/admin/v1/session/step-up", "A fresh TOTP code elevates the session for 5 minutes"),
    ("get", "/admin/v1/stats", "Vault statistics"),
    ("get", "/admin/v1/tokens/{token}", "Token metadata (never the value)"),
    ("delete", "/admin/v1/tokens/{token}", "Delete a token"),
    ("post", "/admin/v1/vault/compact", "Drop old tombstones"),
    ("post", "/admin/v1/subjects/erase", "Erase a subject by any token or alias"),
    ("get", "/admin/v1/erasures/{id}", "An erasure receipt and its notices"),
    ("post", "/admin/v1/subjects/export", "Export a subject with its access report"),
    ("post", "/admin/v1/subjects/export-bulk", "Export every subject of a tenant (four-eyes)"),
    ("post", "/admin/v1/subjects/dsar", "Detokenise a CRM export for one subject"),
    ("post", "/admin/v1/subjects/lookup", "A subject's tokens and times (never a value), optionally its access report"),
    ("get", "/admin/v1/retention", "Retention rules"), ("put", "/admin/v1/retention", "Set a retention rule"),
    ("get", "/admin/v1/services", "Services and policies"),
    ("put", "/admin/v1/services/{name}/policy", "Replace a policy on every worker"),
    ("post", "/admin/v1/services/{name}/unblock", "Lift a guard block"),
    ("get", "/admin/v1/blocks", "Services the access guard blocked"),
    ("post", "/admin/v1/honey/decoys", "Plant a honey decoy subject and tokens"),
    ("get", "/admin/v1/honey", "A tenant's honey tokens"),
    ("post", "/admin/v1/keys/rotate", "Re-wrap data keys under the active master key"),
    ("post", "/admin/v1/keys/retire", "Retire a master-key version (four-eyes)"),
    ("post", "/admin/v1/keys/new-token-epoch", "Start a token epoch"),
    ("post", "/admin/v1/backup", "Stream a sealed backup"),
    ("post", "/admin/v1/restore", "Restore a backup (four-eyes), re-applying the erasure ledger"),
    ("post", "/admin/v1/recognizers/reload", "Reload recognizers on every worker"),
    ("post", "/admin/v1/recognizers/dry-run", "What the detector finds in a text"),
    ("get", "/admin/v1/audit", "Query the audit trail"),
    ("post", "/admin/v1/audit/verify", "Verify every audit chain with the public key (the result is audited)"),
    ("get", "/admin/v1/admins", "Admins"),
    ("post", "/admin/v1/admins", "Add an admin: answers a one-time enrolment token, never credentials"),
    ("post", "/admin/v1/enrol", "Enrolment token + the new admin's own password → its TOTP provisioning URI"),
    ("delete", "/admin/v1/admins/{name}", "Remove an admin"),
    ("get", "/admin/v1/service-accounts", "Service accounts"),
    ("post", "/admin/v1/service-accounts", "Register a service account"),
    ("delete", "/admin/v1/service-accounts/{name}", "Remove a service account"),
    ("post", "/admin/v1/approvals", "Request a four-eyes approval"), ("get", "/admin/v1/approvals", "Approvals"),
    ("post", "/admin/v1/approvals/{id}/approve", "Approve another admin's request"),
    ("get", "/admin/v1/delivery", "Each subscriber's backlog: queued, oldest, failing since, dead letters"),
    ("get", "/admin/v1/dlq", "Dead letters per subscriber (metadata only)"),
    ("get", "/admin/v1/dlq/{subscriber}/{letter}", "One dead letter's metadata"),
    ("post", "/admin/v1/dlq/{subscriber}/{letter}/replay", "Re-queue a dead letter"),
    ("delete", "/admin/v1/dlq/{subscriber}/{letter}", "Drop a dead letter"),
    ("get", "/admin/v1/quarantine", "Quarantined updates of a tenant (metadata only)"),
    ("get", "/admin/v1/quarantine/{letter}", "One quarantined update's metadata"),
    ("post", "/admin/v1/quarantine/{letter}/replay", "Send a quarantined update back to tokenisation"),
    ("delete", "/admin/v1/quarantine/{letter}", "Drop a quarantined update"),
]


def admin_document() -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    for method, path, summary in _ADMIN_PATHS:
        op: dict[str, Any] = {"summary": summary, "responses": _ok() | _errors(400, 401, 403, 404, 503)}
        params = [p.strip("{}") for p in path.split("/") if p.startswith("{")]
        if params:
            op["parameters"] = [{"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
                                for p in params]
        if method in ("post", "put") and path != "/admin/v1/restore":
            op["requestBody"] = {"content": {"application/json": {"schema": {"type": "object"}}}}
        if path in ("/admin/v1/login", "/admin/v1/enrol"):
            op["security"] = []
        paths.setdefault(path, {})[method] = op
    return {
        "openapi": "3.1.0",
        "info": {"title": "Veil admin API", "version": "1",
                 "description": "See docs/admin.md: sessions, step-up, service-account signatures, four-eyes."},
        "components": {"securitySchemes": {
            "session": {"type": "http", "scheme": "bearer", "description": "veil_as_… from /admin/v1/login"},
            "serviceAccount": {"type": "apiKey", "in": "header", "name": "X-Veil-Signature",
                               "description": "Ed25519 signature; see docs/admin.md"}}},
        "security": [{"session": []}, {"serviceAccount": []}],
        "paths": paths,
    }
