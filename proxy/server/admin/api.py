"""The admin API on the admin listener: its authentication middleware and every `/admin/v1` route.

`install(app)` is the one call `create_apps` makes: the authentication middleware goes in first (401 before
anything else, for every path under /admin/v1 but login), then the route lists of each
admin module, so adding an admin module is one line here.
"""

from __future__ import annotations

from aiohttp import web

from proxy.server.admin import alerts, auth, backup, blocks, delivery, dlq, keys, people, review, subjects, vault


def install(app: web.Application) -> None:
    app.middlewares.append(auth.admin_authentication)
    app.add_routes(
        auth.ROUTES
        + vault.ROUTES
        + people.ROUTES
        + subjects.ROUTES
        + keys.ROUTES
        + backup.ROUTES
        + dlq.ROUTES
        + blocks.ROUTES
        + delivery.ROUTES
        + review.ROUTES
        + alerts.ROUTES
    )
