"""The privacy officers' console: server-rendered pages on the admin listener, under `/console`.

It is a browser front end of the admin API and nothing more: every read and every action
is a call to `/admin/v1/…` with the signed-in admin's own session (`client`), so scopes,
step-ups, four-eyes and audit entries are the API's own. `guard` holds the browser-facing
security (cookies, CSRF, CSP and the other headers); `render` the templates; one module per
area of pages. Templates and static files are package data; nothing is fetched from
elsewhere, so the console works offline. docs/console.md says what each page does.
"""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from proxy.server.app_keys import LOOPBACK
from proxy.server.console import overview, sign_in, subjects, work
from proxy.server.console.client import http_ctx
from proxy.server.console.guard import ROOT, console_guard
from proxy.server.loopback import Loopback

__all__ = ["install"]

STATIC = Path(__file__).parent / "static"


async def _home(request: web.Request) -> web.StreamResponse:
    raise web.HTTPSeeOther(f"{ROOT}/")


def install(app: web.Application) -> None:
    """The console's middleware, HTTP client and routes, on the admin application; and the
    private socket it calls the admin API through (`serve` opens it)."""
    loopback = Loopback()
    app[LOOPBACK] = loopback
    app.middlewares.insert(0, loopback.guard())
    app.middlewares.append(console_guard)
    app.cleanup_ctx.append(http_ctx)
    app.router.add_get(ROOT, _home)
    app.add_routes(sign_in.ROUTES + overview.ROUTES + subjects.ROUTES + work.ROUTES)
    app.router.add_static(f"{ROOT}/static", STATIC, show_index=False, follow_symlinks=False)
