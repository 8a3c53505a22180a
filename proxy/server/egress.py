"""The CRM → Graph API routes: a drop-in `/graph` base URL that holds no PII for the CRM.

Exactly these operations are forwarded (docs/design.md, Outbound; docs/decisions.md 3):
`POST /graph/{v}/{pnid}/messages` and `/marketing_messages`, `POST /graph/{v}/{pnid}/media`,
`GET` / `DELETE /graph/{v}/{media_id}` for media ids Veil recorded for the caller's
tenant. Anything else under `/graph` is 404 `not_proxied` (after authentication), as is
a `pnid` of another tenant, so a CRM can never borrow the business token for
`subscribed_apps`, webhook overrides or any other Graph object. Every call needs the
service key; Veil swaps in the tenant's token (proxy/outbound/upstream.py decides where it may
go). Messages are detokenised bound to their recipient (proxy/outbound/messages.py) and every
answer is tokenised (proxy/outbound/retokenize.py) before the service sees it; a media lookup
answers an opaque handle (proxy/server/egress_media.py serves it).
"""

from __future__ import annotations

import functools
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel
from redis.exceptions import RedisError
from yarl import URL

from proxy.access import Policy
from proxy.errors import BadRequest, NotFound, UpstreamError, VaultError
from proxy.inbound import media
from proxy.outbound import (
    NOT_PROXIED,
    Caller,
    Reflection,
    alias_for,
    business_token,
    check_pnid,
    detection_context,
    detokenize_message,
    graph_send_response,
    graph_url,
    is_error_text,
    map_strings,
    scan_json,
    tenant_places,
    upstream,
)
from proxy.server.app_keys import PRINCIPAL, REQUEST_ID, RUNTIME
from proxy.server.helpers import find_path, parse_json, read_query
from proxy.server.middleware import require_service
from proxy.server.models.fields import parse
from proxy.server.models.graph import GraphMediaPath, GraphMessage, GraphSendPath, GraphUploadPath, MediaQuery
from proxy.server.runtime import Runtime

MAX_UPLOAD = 100 * 1024 * 1024  # Meta's largest media (documents)
MEDIA_FIELDS = ("messaging_product", "mime_type", "sha256", "file_size", "id")


def policy_of(rt: Runtime, service: str, tenant: str) -> Policy:
    policy = rt.policy_store.current.get(service)
    return policy or Policy(service=service, tenant=tenant)  # default: nothing granted


M = TypeVar("M", bound=BaseModel)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def fail_closed(handler: Handler) -> Handler:
    """Redis failing mid-request is 503 `vault_unavailable` (nothing was sent), not a bare 500."""

    @functools.wraps(handler)
    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except RedisError as exc:
            raise VaultError(f"vault unavailable ({type(exc).__name__})") from None

    return wrapped


def graph_path(request: web.Request, model: type[M]) -> M:
    """The path as `model` (ASCII digits only: Python's `\\d` and `$` would take "v٢٣.٠" and
    "v23.0\\n" for versions): one that does not fit is a Graph path Veil does not proxy."""
    return find_path(request, model, "not_proxied", NOT_PROXIED)


async def _json_body(request: web.Request) -> dict[str, Any]:
    if request.content_type != "application/json":
        raise BadRequest(["the body must be JSON (Content-Type: application/json)"])
    body = parse_json(await request.read(), "the body is not valid JSON")
    if not isinstance(body, dict):
        raise BadRequest(["the body must be a JSON object"])
    parse(GraphMessage, body)  # typed where Veil reads it; the rest is Meta's and passes as sent
    return body


def _parse_answer(reply: upstream.Reply) -> Any:
    if reply.content_type not in ("application/json", "text/javascript") or not reply.body:
        raise UpstreamError(502, "upstream_bad_response", f"Graph API answered {reply.status} without JSON")
    try:
        return json.loads(reply.body)
    except ValueError:
        raise UpstreamError(502, "upstream_bad_response", f"Graph API answered {reply.status} with bad JSON") from None


async def tokenised_error(
    rt: Runtime,
    tenant: str,
    answer: Any,
    *,
    subject: str | None,
    reflection: Reflection,
    raw_recipient: str | None = None,
) -> Any:
    """A Graph error body as the service may see it: echoes guarded, PII in its texts tokenised."""
    vault = rt.ready_vault()
    if rt.detector is None:
        raise UpstreamError(503, "detector_unavailable", "detector not started")
    guarded = map_strings(answer, reflection.apply)
    if subject is None and raw_recipient:
        subject = (await vault.subjects.resolve(tenant, [alias_for(raw_recipient)])).subject
    language, regions = detection_context(rt.settings, tenant)
    return await scan_json(
        guarded,
        only=is_error_text,
        vault=vault,
        detector=rt.detector,
        tenant=tenant,
        subject=subject,
        language=language,
        regions=regions,
        digit_runs=True,
        places=tenant_places(rt.settings, tenant),
    )


async def send(request: web.Request) -> web.Response:
    require_service(request)
    principal, rt = request[PRINCIPAL], request.app[RUNTIME]
    settings = rt.settings
    path = graph_path(request, GraphSendPath)
    version, pnid = path.v, path.pnid
    check_pnid(settings, principal.tenant, pnid)
    body = await _json_body(request)
    vault = rt.ready_vault()
    actor = Caller(
        principal.service,
        principal.tenant,
        policy_of(rt, principal.service, principal.tenant),
        request[REQUEST_ID],
        settings.vault.phone_token_prefix,
    )
    out = await detokenize_message(
        body, actor=actor, vault=vault, audit=rt.audit, admit=rt.guard.bind(principal, request[REQUEST_ID])
    )
    url = graph_url(settings, version, pnid, path.op or "messages")
    headers = {"Content-Type": "application/json"} | business_token(settings, principal.tenant).for_graph(url)
    reply = await upstream.fetch(
        rt.http, "POST", url, headers=headers, data=json.dumps(out.body).encode(), timeout_s=settings.whatsapp.timeout_s
    )
    answer, reflection = _parse_answer(reply), Reflection.of(out.used)
    if 200 <= reply.status < 300:
        answer = await graph_send_response(
            answer,
            vault=vault,
            tenant=principal.tenant,
            subject=out.recipient_subject,
            reflection=reflection,
            recipients=out.recipients,
        )
    else:
        answer = await tokenised_error(
            rt,
            principal.tenant,
            answer,
            subject=out.recipient_subject,
            reflection=reflection,
            raw_recipient=out.raw_recipient,
        )
    return web.json_response(
        answer,
        status=reply.status,
        headers=upstream.pass_response_headers({k: v for k, v in reply.headers.items() if k.lower() != "content-type"}),
    )


async def _upload_body(request: web.Request) -> AsyncIterator[bytes]:
    seen = 0
    async for chunk in request.content.iter_chunked(64 * 1024):
        seen += len(chunk)
        if seen > MAX_UPLOAD:
            raise web.HTTPRequestEntityTooLarge(max_size=MAX_UPLOAD, actual_size=seen)
        yield chunk


async def upload(request: web.Request) -> web.Response:
    """Multipart upload passed through unread (media is not inspected); the new id is recorded."""
    require_service(request)
    principal, rt = request[PRINCIPAL], request.app[RUNTIME]
    settings = rt.settings
    path = graph_path(request, GraphUploadPath)
    version, pnid = path.v, path.pnid
    check_pnid(settings, principal.tenant, pnid)
    content_type = request.headers.get("Content-Type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise web.HTTPUnsupportedMediaType(text="multipart/form-data required")
    if (request.content_length or 0) > MAX_UPLOAD:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_UPLOAD, actual_size=request.content_length or 0)
    rt.ready_vault()
    url = graph_url(settings, version, pnid, "media")
    headers = {"Content-Type": content_type} | business_token(settings, principal.tenant).for_graph(url)
    reply = await upstream.fetch(
        rt.http, "POST", url, headers=headers, data=_upload_body(request), timeout_s=settings.whatsapp.timeout_s * 4
    )
    answer = _parse_answer(reply)
    if 200 <= reply.status < 300 and isinstance(answer, dict) and media.valid_media_id(str(answer.get("id", ""))):
        await media.record_media(rt.redis, principal.tenant, str(answer["id"]))
        return web.json_response({"id": str(answer["id"])}, status=reply.status)
    if 200 <= reply.status < 300:
        raise UpstreamError(502, "upstream_bad_response", "Graph API answered an upload without a media id")
    answer = await tokenised_error(rt, principal.tenant, answer, subject=None, reflection=Reflection.of({}))
    return web.json_response(answer, status=reply.status)


async def _known_media(request: web.Request) -> tuple[Runtime, str, str, dict[str, str]]:
    require_service(request)
    principal, rt = request[PRINCIPAL], request.app[RUNTIME]
    path = graph_path(request, GraphMediaPath)
    asked = read_query(request, MediaQuery)
    rt.ready_vault()
    if not await media.is_known_media(rt.redis, principal.tenant, path.media_id):
        raise NotFound("not_proxied", NOT_PROXIED)
    query: dict[str, str] = {}
    if asked.phone_number_id is not None:
        check_pnid(rt.settings, principal.tenant, asked.phone_number_id)
        query["phone_number_id"] = asked.phone_number_id
    return rt, path.v, path.media_id, query


async def media_info(request: web.Request) -> web.Response:
    """Meta's media metadata with `url` replaced by a short-lived Veil handle URL."""
    rt, version, media_id, query = await _known_media(request)
    tenant = request[PRINCIPAL].tenant
    url = graph_url(rt.settings, version, media_id, query=query)
    token = business_token(rt.settings, tenant)
    reply = await upstream.fetch(
        rt.http, "GET", url, headers=token.for_graph(url), timeout_s=rt.settings.whatsapp.timeout_s
    )
    answer = _parse_answer(reply)
    if not 200 <= reply.status < 300:
        answer = await tokenised_error(rt, tenant, answer, subject=None, reflection=Reflection.of({}))
        return web.json_response(answer, status=reply.status)
    if not isinstance(answer, dict) or not isinstance(answer.get("url"), str):
        raise UpstreamError(502, "upstream_bad_response", "Graph API media answer has no url")
    token.for_media(URL(answer["url"]))  # refuse now a host the token may not go to
    target = media.MediaHandle(tenant, media_id, answer["url"], str(answer.get("mime_type", "")))
    handle = await media.create_handle(rt.redis, target)
    base = rt.settings.listen.public_url or str(request.url.origin())
    out = {k: answer[k] for k in MEDIA_FIELDS if k in answer} | {"url": media.handle_url(base, handle)}
    return web.json_response(out)


async def media_delete(request: web.Request) -> web.Response:
    rt, version, media_id, query = await _known_media(request)
    tenant = request[PRINCIPAL].tenant
    url = graph_url(rt.settings, version, media_id, query=query)
    reply = await upstream.fetch(
        rt.http,
        "DELETE",
        url,
        headers=business_token(rt.settings, tenant).for_graph(url),
        timeout_s=rt.settings.whatsapp.timeout_s,
    )
    answer = _parse_answer(reply)
    if 200 <= reply.status < 300:
        await media.forget_media(rt.redis, tenant, media_id)
        return web.json_response({"success": bool(isinstance(answer, dict) and answer.get("success"))})
    answer = await tokenised_error(rt, tenant, answer, subject=None, reflection=Reflection.of({}))
    return web.json_response(answer, status=reply.status)


async def not_proxied(request: web.Request) -> web.Response:
    require_service(request)  # 401 first: an anonymous caller learns nothing about /graph
    raise NotFound("not_proxied", NOT_PROXIED)


ROUTES = [
    web.post("/graph/{v}/{pnid}/{op:messages|marketing_messages}", fail_closed(send)),
    web.post("/graph/{v}/{pnid}/media", fail_closed(upload)),
    web.get("/graph/{v}/{media_id}", fail_closed(media_info), allow_head=False),
    web.delete("/graph/{v}/{media_id}", fail_closed(media_delete)),
    web.route("*", r"/graph{tail:[\s\S]*}", not_proxied),
]
