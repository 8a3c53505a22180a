"""The console's browser-facing security: cookies, CSRF, headers, and who is signed in.

- The session cookie holds the admin API's own session token (`veil_as_…`): `HttpOnly`,
  `SameSite=Strict`, path `/console`, `Secure` when the request came over TLS (directly or
  through a proxy saying `X-Forwarded-Proto: https`). The console keeps no session of its
  own, so it expires, steps up and signs out exactly as the API's session does.
- Every POST carries a CSRF token that must match the one derived from the session token
  (SHA-256 under a console-only label, so it is neither the token nor Redis's hash of it);
  before sign-in, from a random pre-session cookie (double submit). A POST whose `Origin`
  names another site is refused too. Refusals change nothing and answer 403.
- Every console answer carries a strict Content-Security-Policy (scripts and styles only
  from Veil itself, no inline script, no frames, forms only to Veil), `X-Frame-Options:
  DENY`, `Referrer-Policy: same-origin` and `Cache-Control: no-store`: no page with a value
  on it is cached, and no console URL is ever sent to another site (`no-referrer` would
  also make browsers send `Origin: null` on the console's own forms, blinding the origin check).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from aiohttp import web
from aiohttp.typedefs import Handler

from proxy.server.app_keys import CONSOLE_SESSION

ROOT = "/console"
SESSION_COOKIE = "veil_console"
PRE_COOKIE = "veil_console_pre"
OPEN_PATHS = frozenset({f"{ROOT}/login", f"{ROOT}/enrol"})
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def csrf_for(secret: str) -> str:
    return hashlib.sha256(b"veil/console/csrf\0" + secret.encode()).hexdigest()


def over_tls(request: web.Request) -> bool:
    return request.secure or request.headers.get("X-Forwarded-Proto", "").lower() == "https"


def set_cookie(response: web.StreamResponse, request: web.Request, name: str, value: str) -> None:
    response.set_cookie(name, value, path=ROOT, httponly=True, samesite="Strict", secure=over_tls(request))


def clear_session(response: web.StreamResponse) -> None:
    response.del_cookie(SESSION_COOKIE, path=ROOT)


def pre_secret(request: web.Request) -> tuple[str, bool]:
    """The pre-session secret of this browser, and whether it is new (then set it)."""
    found = request.cookies.get(PRE_COOKIE, "")
    return (found, False) if len(found) >= 32 else (secrets.token_urlsafe(32), True)


def form_csrf(request: web.Request) -> str:
    """The token the page's forms carry."""
    token = request.get(CONSOLE_SESSION)
    return csrf_for(token) if token else csrf_for(pre_secret(request)[0])


def _same_origin(request: web.Request) -> bool:
    origin = request.headers.get("Origin")
    if origin is None:  # not every client sends it; the token decides
        return True
    return origin in (f"{request.scheme}://{request.host}", f"https://{request.host}")


async def _csrf_ok(request: web.Request) -> bool:
    if not _same_origin(request):
        return False
    form = await request.post()
    sent = form.get("csrf")
    if not isinstance(sent, str) or not sent:
        return False
    token = request.cookies.get(SESSION_COOKIE, "")
    secret = token if token and request.path not in OPEN_PATHS else request.cookies.get(PRE_COOKIE, "")
    return bool(secret) and hmac.compare_digest(sent, csrf_for(secret))


def refusal() -> web.Response:
    body = (
        "<!doctype html><title>Refused</title><h1>Refused</h1><p>This form was stale or came from "
        'another site, so nothing was done. <a href="/console/">Back to the console</a>.</p>'
    )
    return web.Response(status=403, text=body, content_type="text/html")


@web.middleware
async def console_guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    if not (request.path == ROOT or request.path.startswith(ROOT + "/")):
        return await handler(request)
    try:
        response = await _guarded(request, handler)
    except web.HTTPException as exc:
        exc.headers.update(HEADERS)
        raise
    response.headers.update(HEADERS)
    return response


async def _guarded(request: web.Request, handler: Handler) -> web.StreamResponse:
    static = request.path.startswith(f"{ROOT}/static/")
    if request.method == "POST" and not await _csrf_ok(request):
        return refusal()
    if static or request.path in OPEN_PATHS:
        return await handler(request)
    token = request.cookies.get(SESSION_COOKIE, "")
    if not token.startswith("veil_as_"):
        raise web.HTTPSeeOther(f"{ROOT}/login")
    request[CONSOLE_SESSION] = token
    return await handler(request)
