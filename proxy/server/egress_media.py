"""Media bytes for services: `GET /media/{handle}` and the stable `GET /media/wa/{media_id}`.

A service never receives a URL it could fetch with the business token. It gets either
an opaque handle (from `GET /graph/{v}/{media_id}`: random, bound to tenant and media
id, ≤ 5 minutes) or, in a webhook, the stable Veil URL of a media id; both answer only
with the service key of the owning tenant, and only for MIME types the service's
`media:` policy lists (default none: 403 `media_type_forbidden`). Veil fetches the bytes
from the host Meta named for its own lookup — checked against `whatsapp.media_hosts` —
and streams them; it never inspects them (media is outside PII detection). Each download
and each refusal is audited (action `media_download`).
"""

from __future__ import annotations

import json

from aiohttp import web
from yarl import URL

from proxy.audit import AuditEvent, Outcome
from proxy.errors import NotFound, PermissionDenied, UpstreamError
from proxy.inbound import media
from proxy.outbound import business_token, graph_url, upstream
from proxy.server.app_keys import PRINCIPAL, REQUEST_ID, RUNTIME
from proxy.server.egress import fail_closed, policy_of
from proxy.server.helpers import find_path, read_query
from proxy.server.middleware import require_service
from proxy.server.models.graph import MediaDownloadQuery, MediaHandlePath, MediaIdPath

CHUNK = 64 * 1024


async def _audit(request: web.Request, media_id: str, outcome: Outcome, reason: str) -> None:
    principal = request[PRINCIPAL]
    await request.app[RUNTIME].audit.append(
        AuditEvent(
            actor=principal.service,
            action="media_download",
            tenant=principal.tenant,
            outcome=outcome,
            reason=reason,
            tokens=(f"media:{media_id}",),
            request_id=request[REQUEST_ID],
        )
    )


async def _check_mime(request: web.Request, media_id: str, mime_type: str) -> None:
    principal, rt = request[PRINCIPAL], request.app[RUNTIME]
    policy = policy_of(rt, principal.service, principal.tenant)
    if not media.mime_allowed(policy.media, mime_type):
        await _audit(request, media_id, "denied", "media_type_forbidden")
        raise PermissionDenied("media_type_forbidden", "this service's media policy does not list this MIME type")


async def _stream(request: web.Request, target: media.MediaHandle) -> web.StreamResponse:
    """Fetch from the media host with the business token and copy the bytes through."""
    rt = request.app[RUNTIME]
    await _check_mime(request, target.media_id, target.mime_type)
    url = URL(target.url)
    headers = business_token(rt.settings, target.tenant).for_media(url)
    timeout = rt.settings.whatsapp.timeout_s * 10
    async with upstream.stream(rt.http, "GET", url, headers=headers, timeout_s=timeout) as resp:
        if resp.status == 404:
            raise NotFound("media_not_found", "the media URL expired at Meta; look the media id up again")
        if resp.status != 200:
            raise UpstreamError(502, "upstream_error", f"media host answered {resp.status}")
        content_type = resp.headers.get("Content-Type", target.mime_type)
        await _check_mime(request, target.media_id, content_type)
        await _audit(request, target.media_id, "allowed", "granted")
        out = web.StreamResponse(
            headers={"Content-Type": content_type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
        )
        if resp.content_length is not None:
            out.content_length = resp.content_length
        await out.prepare(request)
        async for chunk in resp.content.iter_chunked(CHUNK):
            await out.write(chunk)
        await out.write_eof()
        return out


async def by_handle(request: web.Request) -> web.StreamResponse:
    require_service(request)
    handle = find_path(request, MediaHandlePath, "media_not_found", "no such media handle").handle
    read_query(request, MediaDownloadQuery)
    rt = request.app[RUNTIME]
    rt.ready_vault()
    target = await media.resolve_handle(rt.redis, handle, request[PRINCIPAL].tenant)
    if target is None:  # unknown, expired and other tenants' handles look alike
        raise NotFound("media_not_found", "no such media handle (they expire after 5 minutes)")
    return await _stream(request, target)


async def by_media_id(request: web.Request) -> web.StreamResponse:
    """The stable URL webhooks carry: Veil looks the id up itself, then streams it."""
    require_service(request)
    principal, rt = request[PRINCIPAL], request.app[RUNTIME]
    media_id = find_path(request, MediaIdPath, "media_not_found", "no such media id").media_id
    read_query(request, MediaDownloadQuery)
    rt.ready_vault()
    if not await media.is_known_media(rt.redis, principal.tenant, media_id):
        raise NotFound("media_not_found", "no such media id for this tenant")
    settings = rt.settings
    url = graph_url(settings, settings.whatsapp.graph_version, media_id)
    token = business_token(settings, principal.tenant)
    reply = await upstream.fetch(
        rt.http, "GET", url, headers=token.for_graph(url), timeout_s=settings.whatsapp.timeout_s
    )
    if reply.status == 404:
        raise NotFound("media_not_found", "Meta no longer has this media")
    try:
        answer = json.loads(reply.body) if reply.status == 200 else None
    except ValueError:
        answer = None
    if not isinstance(answer, dict) or not isinstance(answer.get("url"), str):
        raise UpstreamError(502, "upstream_error", f"media lookup answered {reply.status}")
    target = media.MediaHandle(principal.tenant, media_id, answer["url"], str(answer.get("mime_type", "")))
    return await _stream(request, target)


ROUTES = [
    web.get("/media/wa/{media_id}", fail_closed(by_media_id), allow_head=False),
    web.get("/media/{handle}", fail_closed(by_handle), allow_head=False),
]
