"""`GET/POST /webhooks/whatsapp[/{tenant}]`: Meta's handshake, then verify, seal, acknowledge.

The signature is checked over the raw bytes before anything parses them (missing or
wrong: 401, nothing stored); the body limit is the public listener's `max_body_bytes`
(8 MB: 413 beyond). A tenant with its own Meta app has its own path, app secret and
verify token; the shared path serves every tenant without one. No NLP happens here:
the handler only seals updates (`IngressStore.accept`) and answers 200 once they are in
Redis, 503 while Redis is unavailable (Meta retries for 7 days).
"""

from __future__ import annotations

import logging
import time

from aiohttp import web

from proxy.config import DEFAULT_TENANT, Settings, TenantSettings
from proxy.errors import AuthError, BadRequest
from proxy.inbound import UNROUTED
from proxy.server.app_keys import RUNTIME
from proxy.server.helpers import read_query, reply
from proxy.server.models import answers as ans
from proxy.server.models.graph import HandshakeQuery
from proxy.whatsapp import SIGNATURE_HEADER, verify_signature, verify_subscription

log = logging.getLogger("veil.webhook")


def _tenant(settings: Settings, name: str) -> TenantSettings | None:
    return next((t for t in settings.tenants if t.name == name), None)


def _endpoint(request: web.Request) -> tuple[str | None, str | None, list[str], str]:
    """(app secret, verify token, tenants this endpoint may carry, quarantine tenant)."""
    settings = request.app[RUNTIME].settings
    wa = settings.whatsapp
    secret = settings.secret(wa.app_secret_env, wa.app_secret_file)
    verify = settings.secret(wa.verify_token_env, wa.verify_token_file)
    name = request.match_info.get("tenant")
    if name is None:
        if not settings.tenants:
            return secret, verify, [DEFAULT_TENANT], DEFAULT_TENANT
        shared = [t.name for t in settings.tenants if t.app_secret_env is None and t.app_secret_file is None]
        return secret, verify, shared, UNROUTED
    tenant = _tenant(settings, name) if settings.tenants else None
    if tenant is None and not (name == DEFAULT_TENANT and not settings.tenants):
        raise web.HTTPNotFound()
    if tenant is not None:
        secret = settings.secret(tenant.app_secret_env, tenant.app_secret_file) or secret
        verify = settings.secret(tenant.verify_token_env, tenant.verify_token_file) or verify
    return secret, verify, [name], name


async def handshake(request: web.Request) -> web.Response:
    _, verify, _, _ = _endpoint(request)
    try:
        q = read_query(request, HandshakeQuery)
    except BadRequest:  # Meta's protocol answers in plain text
        return web.Response(text="bad hub.* parameters", status=400, content_type="text/plain")
    result = verify_subscription(q.mode, q.verify_token, q.challenge, verify)
    return web.Response(text=result.body, status=result.status, content_type="text/plain")


async def receive(request: web.Request) -> web.Response:
    secret, _, tenants, body_tenant = _endpoint(request)
    inbound = request.app[RUNTIME].inbound
    started = time.monotonic()
    with inbound.ack_first.acknowledging():  # the tokeniser and senders wait their turn meanwhile
        raw = await request.read()  # beyond client_max_size: 413
        read = time.monotonic()
        if not verify_signature(raw, request.headers.get(SIGNATURE_HEADER), secret):
            raise AuthError("missing or invalid X-Hub-Signature-256")
        request.app[RUNTIME].ready_vault()  # 503 until Redis passed its checks
        try:
            accepted = await inbound.store.accept(raw, tenants=tenants, body_tenant=body_tenant)
        finally:
            if log.isEnabledFor(logging.DEBUG):  # where a slow acknowledgement's time went (no values)
                done = time.monotonic()
                log.debug("webhook: read %.1f ms, accept %.1f ms", (read - started) * 1000, (done - read) * 1000)
    return reply(
        ans.WebhookAck,
        {
            "status": "ok",
            "stored": accepted.stored,
            "duplicates": accepted.duplicates,
            "quarantined": accepted.quarantined,
        },
    )


ROUTES = [
    web.get("/webhooks/whatsapp", handshake),
    web.post("/webhooks/whatsapp", receive),
    web.get("/webhooks/whatsapp/{tenant}", handshake),
    web.post("/webhooks/whatsapp/{tenant}", receive),
]
