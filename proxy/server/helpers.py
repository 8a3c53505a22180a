"""Helpers the handlers share: JSON bodies, typed paths and queries, and audit writes.

`audit()` is how a handler records an action: it raises `AuditError` (503) when the
entry cannot be written, so the caller writes it *before* answering with a value or
after deciding but before destroying, and a trail failure refuses the action.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel

from proxy.audit import AuditEvent, AuditWriter, Outcome
from proxy.errors import BadRequest, NotFound
from proxy.server.app_keys import REQUEST_ID, RUNTIME
from proxy.server.models.fields import parse

M = TypeVar("M", bound=BaseModel)


def parse_json(raw: bytes, problem: str) -> Any:
    """A request body's JSON, or 400 naming `problem` (never echoing what was sent). A body
    nested deeper than Python's recursion limit (about 1,000 levels fit in 2 KB) is a bad
    request like any other, not a RecursionError that would answer 500."""
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadRequest([problem]) from None


async def json_body(request: web.Request) -> dict[str, Any]:
    """The request's JSON object, or 400 (never echoing what was sent)."""
    raw = await request.read()
    if not raw:  # no body: no parameters, whatever Content-Type a client put on nothing
        return {}
    if request.content_type not in ("application/json", ""):
        raise BadRequest(["body: Content-Type must be application/json"], "unsupported_media_type")
    body = parse_json(raw, "body: not valid JSON")
    if not isinstance(body, dict):
        raise BadRequest(["body: a JSON object is expected"])
    return body


async def read_body(request: web.Request, model: type[M], *, code: str = "bad_request") -> M:
    """The request's JSON body as `model`, or 400 naming each field that does not fit."""
    return parse(model, await json_body(request), code=code)


def read_query(request: web.Request, model: type[M]) -> M:
    """The query string as `model` (a repeated parameter is refused, not half-read)."""
    query = request.query
    if len(set(query.keys())) != len(query):
        raise BadRequest(["query: a parameter is repeated"])
    return parse(model, dict(query), root="query")


def read_path(request: web.Request, model: type[M]) -> M:
    """The path's parameters as `model`."""
    return parse(model, dict(request.match_info), root="path")


def find_path(request: web.Request, model: type[M], code: str, message: str) -> M:
    """The path's parameters as `model`, for a path that names a resource: one that does not
    fit names nothing Veil serves, so 404 `code` (not 400), each field named, no value echoed."""
    try:
        return read_path(request, model)
    except BadRequest as exc:
        raise NotFound(code, "; ".join([message, *exc.problems])) from None


def reply(model: type[BaseModel], answer: Mapping[str, Any], *, status: int = 200) -> web.Response:
    """`answer` as JSON, validated against `model`, the answer the OpenAPI document names for
    this operation: an answer that does not fit its model fails here (500, logged), so the
    document cannot drift from what is answered. Keys not set are not added."""
    return web.json_response(model.model_validate(answer).model_dump(mode="json", exclude_unset=True), status=status)


def writer(request: web.Request) -> AuditWriter:
    """This process's audit writer: a failed write raises AuditError (503), no trail, no action."""
    return request.app[RUNTIME].audit


async def audit(
    request: web.Request,
    *,
    actor: str,
    action: str,
    tenant: str,
    outcome: Outcome,
    entities: Iterable[str] = (),
    tokens: Iterable[str] = (),
    subject: str = "",
    purpose: str = "",
    reason: str = "",
) -> None:
    await writer(request).append(
        AuditEvent(
            actor=actor,
            action=action,
            tenant=tenant,
            outcome=outcome,
            entities=tuple(sorted(set(entities))),
            tokens=tuple(tokens),
            subject=subject,
            purpose=purpose,
            request_id=request.get(REQUEST_ID, ""),
            reason=reason,
        )
    )
