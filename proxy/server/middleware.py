"""Request ids, error mapping and service authentication, for every application.

`errors_to_json` is the one place a `VeilError` becomes an HTTP answer: its status and
stable code, with a message that never carries a value (errors are built PII-free).
A Redis failure that clears up by itself (out of memory at `maxmemory`, a dropped
connection, a failover) that reached here unmapped is a 503 `vault_unavailable` with
Retry-After like any `VaultError`, never a 500. Anything else unexpected becomes a bare
500 with the request id, logged with its traceback (never the body) and counted in
`veil_http_unhandled_errors_total`. Under `/graph` the same errors come in Graph's own
error shape (`proxy.server.models.errors.graph_error`), which a Graph client parses; Veil's
code is in `error.error_data.veil_code`. A 405 keeps its `Allow` header.
"""

from __future__ import annotations

import logging
import secrets
import time

from aiohttp import web
from aiohttp.typedefs import Handler

from proxy.access import authenticate
from proxy.errors import VeilError
from proxy.kv import unavailable
from proxy.logs import request_id_var
from proxy.server.app_keys import LISTENER, METRICS, PRINCIPAL, REQUEST_ID, RUNTIME
from proxy.server.models.errors import graph_error

log = logging.getLogger("veil.http")


@web.middleware
async def request_id(request: web.Request, handler: Handler) -> web.StreamResponse:
    rid = secrets.token_hex(8)
    request[REQUEST_ID] = rid
    token = request_id_var.set(rid)
    try:
        response = await handler(request)
    finally:
        request_id_var.reset(token)
    response.headers["X-Request-Id"] = rid
    return response


def error_response(
    status: int, code: str, message: str, rid: str = "", headers: dict[str, str] | None = None, *, graph: bool = False
) -> web.Response:
    body = (
        graph_error(status, code, message, rid)
        if graph
        else {"error": {"code": code, "message": message, "request_id": rid}}
    )
    return web.json_response(body, status=status, headers=headers)


def _route(request: web.Request) -> str | None:
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else None


@web.middleware
async def errors_to_json(request: web.Request, handler: Handler) -> web.StreamResponse:
    rid = request.get(REQUEST_ID, "")
    graph = request.path == "/graph" or request.path.startswith("/graph/")
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        allow = {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None
        message = "body: larger than this listener accepts" if exc.status == 413 else exc.reason
        return error_response(exc.status, exc.reason.lower().replace(" ", "_"), message, rid, allow, graph=graph)
    except VeilError as exc:
        return error_response(exc.status, exc.code, str(exc), rid, exc.headers or None, graph=graph)
    except Exception as exc:  # noqa: BLE001 - last resort: never leak a traceback or a body
        vault = unavailable(exc)
        if vault is not None:
            log.warning("vault unavailable on %s (%s)", _route(request), type(exc).__name__)
            return error_response(vault.status, vault.code, str(vault), rid, vault.headers, graph=graph)
        # The traceback names code, never values; the request id (in every log line) ties it to the answer.
        log.exception("unhandled %s on %s (request %s)", type(exc).__name__, _route(request), rid)
        metrics = request.app.get(METRICS)
        if metrics is not None:
            metrics.unhandled_error(_route(request), type(exc).__name__, listener=request.app.get(LISTENER, "public"))
        return error_response(500, "internal_error", "internal error", rid, graph=graph)


@web.middleware
async def count_requests(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Requests and latency by listener, route template and status: never the raw path
    (it may carry tokens)."""
    start = time.perf_counter()
    response = await handler(request)
    resource = request.match_info.route.resource
    route = resource.canonical if resource is not None else "unmatched"
    request.app[RUNTIME].metrics.observe_request(
        route,
        response.status,
        method=request.method,
        listener=request.app.get(LISTENER, "public"),
        seconds=time.perf_counter() - start,
    )
    return response


def require_service(request: web.Request) -> None:
    """Authenticate a service key (401 before anything else) and set request[PRINCIPAL]."""
    request[PRINCIPAL] = authenticate(request.headers, request.app[RUNTIME].key_table)
