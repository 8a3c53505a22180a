"""The admin API on the admin listener: its guard middleware and every `/admin/v1` route.

`install(app)` is the one call `create_apps` makes: the guard goes in first (401 before
anything else, for every path under /admin/v1 but login), then the route lists of each
admin module, so adding an admin module is one line here.
"""

from __future__ import annotations

from aiohttp import web

from proxy.server import (
    admin,
    admin_auth,
    admin_backup,
    admin_dlq,
    admin_guard,
    admin_keys,
    admin_people,
    admin_subjects,
)


def install(app: web.Application) -> None:
    app.middlewares.append(admin_auth.admin_guard)
    app.add_routes(admin_auth.ROUTES + admin.ROUTES + admin_people.ROUTES + admin_subjects.ROUTES
                   + admin_keys.ROUTES + admin_backup.ROUTES + admin_dlq.ROUTES + admin_guard.ROUTES)
