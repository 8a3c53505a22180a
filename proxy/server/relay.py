"""Generic routes on the public listener: `/routes/...` → a configured upstream (JSON only).

The handler finds the route by its prefix, refuses a remainder that could leave the
route's base URL (proxy/outbound/route_paths.py), checks the caller is one of the route's
services, applies the request rules (proxy/outbound/routes.py), sends with only allow-listed
headers plus the route's own upstream credential, never follows a redirect, and gives
back the answer after the reflection guard, the response rules and the text scan.
Unknown prefixes are 404; nothing unauthenticated gets further than 401.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from aiohttp import web

from proxy.errors import BadRequest, NotFound, PermissionDenied, UpstreamError
from proxy.outbound import (
    Reflection,
    RouteCall,
    detection_context,
    detokenize_rules,
    find_route,
    map_strings,
    resolve_subject,
    scan_paths,
    scan_texts,
    tenant_places,
    tokenize_rules,
    upstream,
    upstream_url,
)
from proxy.server.app_keys import PRINCIPAL, REQUEST_ID, RUNTIME
from proxy.server.egress import fail_closed, policy_of
from proxy.server.helpers import parse_json
from proxy.server.middleware import require_service
from proxy.server.models.fields import parse
from proxy.server.models.graph import RouteHeaders

PURPOSE_HEADER = "X-Veil-Purpose"


def _call(request: web.Request, name: str) -> RouteCall:
    principal, rt = request[PRINCIPAL], request.app[RUNTIME]
    settings = rt.settings
    route = settings.routes[name]
    if rt.detector is None:
        raise UpstreamError(503, "detector_unavailable", "detector not started")
    language, regions = detection_context(settings, principal.tenant)
    return RouteCall(
        name=name,
        route=route,
        tenant=principal.tenant,
        service=principal.service,
        policy=policy_of(rt, principal.service, principal.tenant),
        vault=rt.ready_vault(),
        detector=rt.detector,
        audit=rt.audit,
        admit=rt.guard.bind(principal, request[REQUEST_ID]),
        language=route.language or language,
        regions=regions,
        phone_prefix=settings.vault.phone_token_prefix,
        places=tenant_places(settings, principal.tenant),
        request_id=request[REQUEST_ID],
        purpose=_purpose(request),
    )


def _purpose(request: web.Request) -> str:
    """`X-Veil-Purpose`, checked as /v1's `purpose` is (a 400 naming it, never cut to fit:
    the audit trail records it), or "" for `route:<name>`."""
    sent = request.headers.get(PURPOSE_HEADER)
    try:
        return parse(RouteHeaders, {} if sent is None else {PURPOSE_HEADER: sent}).purpose or ""
    except BadRequest:
        raise BadRequest([f"header.{PURPOSE_HEADER}: ASCII letters, digits, _ . : - (at most 64)"]) from None


async def _request_doc(request: web.Request, max_body: int) -> Any:
    if request.content_length is not None and request.content_length > max_body:
        raise web.HTTPRequestEntityTooLarge(max_size=max_body, actual_size=request.content_length)
    raw = await request.content.read(max_body + 1)
    if len(raw) > max_body:
        raise web.HTTPRequestEntityTooLarge(max_size=max_body, actual_size=len(raw))
    if not raw:
        return None
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(text="generic routes carry JSON only")
    return parse_json(raw, "the body is not valid JSON")


async def _request_side(call: RouteCall, doc: Any) -> Any:
    if doc is None:
        return None
    doc = copy.deepcopy(doc)
    rules = call.route.rules.request
    await resolve_subject(call, doc)
    await tokenize_rules(call, doc, rules, need_grant=True)
    doc = await scan_paths(call, doc, rules.scan)
    await detokenize_rules(call, doc, rules.detokenize, use=call.route.sink)
    return doc


async def _response_side(call: RouteCall, reply: upstream.Reply, reflection: Reflection) -> web.Response:
    headers = upstream.pass_response_headers(reply.headers)
    for key in list(headers):
        headers[key] = reflection.apply(headers[key])
    headers.popall("Content-Type", None)
    if not reply.body:
        return web.Response(status=reply.status, headers=headers)
    scan_all = call.route.response == "scan"
    rules = call.route.rules.response
    if reply.content_type == "application/json" or reply.content_type.endswith("+json"):
        try:
            doc = json.loads(reply.body)
        except ValueError:
            raise UpstreamError(502, "upstream_bad_response", "upstream sent invalid JSON") from None
        doc = map_strings(doc, reflection.apply)
        await tokenize_rules(call, doc, rules, need_grant=False)
        doc = await scan_paths(call, doc, ["$..*"] if scan_all else rules.scan)
        await detokenize_rules(call, doc, rules.detokenize, use=False)
        return web.json_response(doc, status=reply.status, headers=headers)
    if not reply.content_type.startswith("text/"):
        raise UpstreamError(502, "upstream_not_json", "generic routes carry JSON (or text) only")
    text = reflection.apply(reply.body.decode("utf-8", errors="replace"))
    if scan_all:
        [text] = await scan_texts(
            [text],
            vault=call.vault,
            detector=call.detector,
            tenant=call.tenant,
            subject=call.subject,
            language=call.language,
            regions=call.regions,
            places=call.places,
        )
    return web.Response(text=text, status=reply.status, headers=headers, content_type="text/plain")


async def relay(request: web.Request) -> web.Response:
    require_service(request)
    principal, rt = request[PRINCIPAL], request.app[RUNTIME]
    raw_path = request.rel_url.raw_path
    found = find_route(rt.settings, raw_path)
    if found is None:
        raise NotFound("route_not_found", "no route has this prefix")
    name, route, remainder = found
    if principal.service not in route.services:
        raise PermissionDenied("route_not_allowed", "this service may not call this route")
    if request.method not in route.methods:
        raise web.HTTPMethodNotAllowed(request.method, list(route.methods))
    url = upstream_url(route.upstream, remainder, request.rel_url.query)
    call = _call(request, name)
    doc = await _request_side(call, await _request_doc(request, route.max_body))
    headers = upstream.pass_request_headers(request.headers)
    credential = rt.settings.secret(route.credential_env, route.credential_file)
    if credential:
        headers[route.credential_header] = route.credential_prefix + credential
    data = None if doc is None else json.dumps(doc).encode()
    if data is not None:
        headers["Content-Type"] = "application/json"
    reply = await upstream.fetch(
        rt.http, request.method, url, headers=headers, data=data, timeout_s=route.timeout_s, max_body=route.max_body
    )
    return await _response_side(call, reply, Reflection.of(call.used, text_forms=True))


ROUTES = [web.route("*", r"/routes/{tail:[\s\S]*}", fail_closed(relay))]
