"""OpenAPI 3.1 documents of the public listener (served at `/v1/openapi.json`) and of the
admin API (`/admin/v1/openapi.json`, behind the admin guard like every admin path),
generated from the request models the handlers parse into (`server/models/`).

Each operation is one `Operation` row: its request models, its answer and every status it
answers. tests/server/test_openapi.py checks that every route the applications serve has
a row and every row a route; tests/server/test_api_fuzz.py runs schemathesis over both
documents against a real Veil and Redis, so a documented status, schema or body that the
server does not keep fails the suite. Pure data; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from proxy.server.models import public as pm
from proxy.server.openapi_ops import ADMIN_OPS, PUBLIC_OPS, Operation

__all__ = ["Operation", "admin_document", "public_document"]

_REF = "#/components/schemas/{model}"
_REASONS = {
    200: "ok",
    201: "created",
    400: "a body, query or path parameter that does not fit (each named)",
    401: "no or wrong credentials",
    403: "not allowed (the code says why)",
    404: "not found",
    405: "method not allowed",
    409: "conflict",
    413: "body too large",
    415: "unsupported media type",
    422: "the recognizers did not reload",
    429: "over a rate limit (Retry-After)",
    502: "the upstream failed",
    503: "the vault, audit trail or detector is unavailable (Retry-After)",
    504: "the upstream timed out",
}


@dataclass
class _Schemas:
    models: set[type[BaseModel]] = field(default_factory=set)

    def ref(self, model: type[BaseModel]) -> dict[str, Any]:
        self.models.add(model)
        return {"$ref": _REF.format(model=model.__name__)}

    def components(self) -> dict[str, Any]:
        _, top = models_json_schema(
            [(m, "validation") for m in sorted(self.models, key=lambda m: m.__name__)], ref_template=_REF
        )
        return dict(top.get("$defs", {}))


def _params(model: type[BaseModel] | None, where: str) -> list[dict[str, Any]]:
    """Query or path parameters from a model's fields (null is 'absent', not a value)."""
    if model is None:
        return []
    schema = model.model_json_schema()
    required = set(schema.get("required", ()))
    out = []
    for name, prop in schema["properties"].items():
        prop = dict(prop)
        choices = [c for c in prop.pop("anyOf", []) if c.get("type") != "null"]
        if choices:
            prop |= choices[0] if len(choices) == 1 else {"anyOf": choices}
        prop.pop("default", None) if prop.get("default") is None else None
        prop.pop("title", None)
        out.append({"name": name, "in": where, "required": where == "path" or name in required, "schema": prop})
    return out


def _content(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {"content": {media: {"schema": schema}}}


def _operation(op: Operation, schemas: _Schemas) -> dict[str, Any]:
    out: dict[str, Any] = {"summary": op.summary, "operationId": op.operation_id}
    params = (
        _params(op.path_params, "path")
        + _params(op.query, "query")
        + (_params(op.headers, "header") if isinstance(op.headers, type) else [dict(h) for h in op.headers])
    )
    if params:
        out["parameters"] = params
    if op.body is not None:
        out["requestBody"] = {"required": op.body_required} | _content(
            schemas.ref(op.body) if isinstance(op.body, type) else op.body, op.body_media
        )
        if op.path == "/v1/tokenize":  # the oneOf names both models
            schemas.ref(pm.TokenizeValues), schemas.ref(pm.TokenizeText)
    responses: dict[str, Any] = {}
    for status, answer in op.answers().items():
        if answer is None:
            body = _content(schemas.ref(op.error))
        elif isinstance(answer, dict):
            body = _content(answer, op.answer_media)
        elif isinstance(answer, tuple):
            body = _content({"oneOf": [schemas.ref(a) for a in answer]}, op.answer_media)
        else:
            body = _content(schemas.ref(answer), op.answer_media if status < 400 else "application/json")
        responses[str(status)] = {"description": _REASONS.get(status, "answer")} | body
    for status, name, target, parameters in op.links:
        responses[str(status)].setdefault("links", {})[name] = {"operationId": target, "parameters": parameters}
    if op.passthrough:
        responses["default"] = {"description": "the upstream's own answer, tokenised"}
    out["responses"] = responses
    if op.open:
        out["security"] = []
    return out


def _document(title: str, ops: list[Operation], security: dict[str, Any], description: str) -> dict[str, Any]:
    schemas = _Schemas()
    paths: dict[str, dict[str, Any]] = {}
    for op in ops:
        paths.setdefault(op.path, {})[op.method] = _operation(op, schemas)
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1", "description": description},
        "components": {"securitySchemes": security, "schemas": schemas.components()},
        "security": [{name: []} for name in security],
        "paths": paths,
    }


def public_document() -> dict[str, Any]:
    return _document(
        "Veil public API",
        PUBLIC_OPS,
        {"serviceKey": {"type": "http", "scheme": "bearer", "description": "veil_sk_<kid>_<secret>"}},
        "The direct API (/v1), the Graph API proxy (/graph: Veil's own errors in Meta's error shape, "
        "GraphErrorBody), generic routes (/routes), media, Meta's webhooks and health. See docs/design.md.",
    )


def admin_document() -> dict[str, Any]:
    return _document(
        "Veil admin API",
        ADMIN_OPS,
        {
            "session": {"type": "http", "scheme": "bearer", "description": "veil_as_… from /admin/v1/login"},
            "serviceAccount": {
                "type": "apiKey",
                "in": "header",
                "name": "X-Veil-Signature",
                "description": "Ed25519 signature; see docs/admin.md",
            },
        },
        "Sessions, step-up, service-account signatures and four-eyes approvals: docs/admin.md.",
    )
