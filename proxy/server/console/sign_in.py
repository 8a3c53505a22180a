"""Signing in (password + TOTP), enrolling a new admin, stepping up inline, signing out.

All four are the admin API's: `POST /login`, `POST /enrol`, `POST /session/step-up`,
`DELETE /session`. Their answers, lockouts, replay refusals and audit entries are the API's;
the console only carries the session token in its cookie. A failed sign-in says what the
API said, never which part was wrong beyond that.
"""

from __future__ import annotations

from typing import Any

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


async def enrol(request: web.Request) -> web.Response:
    form = await request.post()
    body = {"token": field(form, "token"), "password": form.get("password", "")}
    answer = await AdminApi(request, None).post("/enrol", body)
    if not answer.ok:
        return _anonymous_page(request, "enrol.html", status=answer.status, error=answer.error, uri=None)
    return _anonymous_page(request, "enrol.html", error=None, uri=answer.body["provisioning_uri"],
                           name=answer.body["name"])


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
