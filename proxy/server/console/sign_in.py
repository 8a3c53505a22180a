"""Signing in (password + TOTP), enrolling a new admin, stepping up inline, signing out.

All four are the admin API's: `POST /login`, `POST /enrol`, `POST /session/step-up`,
`DELETE /session`. Their answers, lockouts, replay refusals and audit entries are the API's;
the console only carries the session token in its cookie. A failed sign-in says what the
API said, never which part was wrong beyond that.

Enrolment starts from the link `veil admin add` prints, `/console/enrol#<token>`: the
one-time token is in the fragment, which a browser sends to no server (not in the request,
not in a Referer), so it reaches no access log. `static/enrol.js` (a same-origin file, as the
CSP allows) moves it into the form and drops it from the address bar and the history; the
form then POSTs it with the new password. Without the script the token is pasted instead.
The answer shows the TOTP seed once, as a QR code drawn on the server (inline SVG, nothing
fetched) and as the URI, with a form that signs in with a code from the app: the proof that
the authenticator was set up right.
"""

from __future__ import annotations

from typing import Any

import qrcode  # type: ignore[import-untyped]
from aiohttp import web

from proxy.server.console.client import AdminApi
from proxy.server.console.guard import PRE_COOKIE, ROOT, SESSION_COOKIE, clear_session, csrf_for, pre_secret, set_cookie
from proxy.server.console.render import api, field, render


def _anonymous_page(request: web.Request, template: str, *, status: int = 200, **context: Any) -> web.Response:
    secret, new = pre_secret(request)
    response = render(request, template, status=status, csrf=csrf_for(secret), admin=None, **context)
    if new:
        set_cookie(response, request, PRE_COOKIE, secret)
    return response


async def login_form(request: web.Request) -> web.Response:
    return _anonymous_page(request, "login.html", error=None)


async def login(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    body = {"name": field(form, "name"), "password": form.get("password", ""), "code": field(form, "code")}
    answer = await AdminApi(request, None).post("/login", body)
    if not answer.ok:
        return _anonymous_page(request, "login.html", status=answer.status, error=answer.error)
    response = web.HTTPSeeOther(f"{ROOT}/")
    set_cookie(response, request, SESSION_COOKIE, str(answer.body["token"]))
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    await api(request).delete("/session")
    response = web.HTTPSeeOther(f"{ROOT}/login")
    clear_session(response)
    raise response


async def enrol_form(request: web.Request) -> web.Response:
    return _anonymous_page(request, "enrol.html", error=None, uri=None)


def qr_path(text: str) -> tuple[int, str]:
    """`text` as a QR code: its size in modules and one SVG path of its dark modules."""
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    dark = "".join(f"M{x} {y}h1v1h-1z" for y, row in enumerate(matrix) for x, on in enumerate(row) if on)
    return len(matrix), dark


async def enrol(request: web.Request) -> web.Response:
    """The one-time token (with the approver's half when the creation was four-eyes) and the
    new admin's password; the answer is the TOTP set-up and a form to sign in with it."""
    form = await request.post()
    token, half = field(form, "token"), field(form, "half")
    body = {"token": f"{token}.{half}" if half else token, "password": form.get("password", "")}
    answer = await AdminApi(request, None).post("/enrol", body)
    if not answer.ok:
        return _anonymous_page(request, "enrol.html", status=answer.status, error=answer.error, uri=None)
    uri = answer.body["provisioning_uri"]
    size, dark = qr_path(uri)
    return _anonymous_page(
        request, "enrol.html", error=None, uri=uri, name=answer.body["name"], qr_size=size, qr_path=dark
    )


async def step_up(request: web.Request, form: Any) -> str | None:
    """Elevate the session first when the form carries a TOTP code; the API's error if that fails."""
    code = field(form, "code")
    if not code:
        return None
    answer = await api(request).post("/session/step-up", {"code": code})
    return None if answer.ok else answer.error


ROUTES = [
    web.get(f"{ROOT}/login", login_form),
    web.post(f"{ROOT}/login", login),
    web.post(f"{ROOT}/logout", logout),
    web.get(f"{ROOT}/enrol", enrol_form),
    web.post(f"{ROOT}/enrol", enrol),
]
