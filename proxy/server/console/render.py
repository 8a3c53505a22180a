"""Templates (Jinja2, autoescaped, shipped as package data) and what every page shares.

`signed_in()` asks the admin API who the session belongs to (`GET /admin/v1/session`): a
session the API no longer knows (expired, signed out elsewhere, admin removed) clears the
cookie and sends the browser to the sign-in page, so no console page outlives its session.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import jinja2
from aiohttp import web

from proxy.server.app_keys import CONSOLE_SESSION
from proxy.server.console.client import AdminApi
from proxy.server.console.guard import ROOT, clear_session, form_csrf

ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("proxy.server.console", "templates"),
    autoescape=jinja2.select_autoescape(default=True),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
NAV = (
    ("overview", "Overview", f"{ROOT}/"),
    ("vault", "Vault", f"{ROOT}/vault"),
    ("subjects", "Subjects", f"{ROOT}/subjects"),
    ("approvals", "Approvals", f"{ROOT}/approvals"),
    ("audit", "Audit", f"{ROOT}/audit"),
    ("recognizers", "Recognizers", f"{ROOT}/recognizers"),
    ("dlq", "Dead letters", f"{ROOT}/dlq"),
    ("people", "Services & admins", f"{ROOT}/people"),
)


def _when(value: object) -> str:
    """Unix seconds as UTC text; anything else as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return dt.datetime.fromtimestamp(value, dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return str(value or "—")


def _mask(token: object) -> str:
    """A token shortened for display: enough to tell two apart, not enough to use one."""
    text = str(token)
    return text if len(text) <= 12 else f"{text[:8]}…{text[-4:]}"


ENV.filters["when"] = _when
ENV.filters["mask"] = _mask


def field(form: Any, name: str) -> str:
    """A form field as stripped text ("" when absent or a file)."""
    value = form.get(name, "")
    return value.strip() if isinstance(value, str) else ""


def api(request: web.Request) -> AdminApi:
    return AdminApi(request, request.get(CONSOLE_SESSION))


async def signed_in(request: web.Request) -> dict[str, Any]:
    """The signed-in admin (`GET /session`), or a redirect to sign in again."""
    who = await api(request).get("/session")
    if who.status == 401:
        response = web.HTTPSeeOther(f"{ROOT}/login")
        clear_session(response)
        raise response
    if not who.ok:
        raise web.HTTPServiceUnavailable(reason="Admin API unavailable")
    return dict(who.body)


def render(request: web.Request, template: str, *, status: int = 200, **context: Any) -> web.Response:
    csrf = context.pop("csrf", None) or form_csrf(request)
    html = ENV.get_template(template).render(csrf=csrf, nav=NAV, root=ROOT, **context)
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")


async def page(request: web.Request, template: str, *, status: int = 200, **context: Any) -> web.Response:
    """A signed-in page: the admin, the navigation and the CSRF token come with it."""
    admin = context.pop("admin", None) or await signed_in(request)
    return render(request, template, status=status, admin=admin, **context)
