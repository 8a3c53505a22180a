"""`GET /admin/v1/alerts`: the open alerts, whichever worker raised them (`alert_log`).

Grouped by kind, tenant, service and subscriber, with how often each was raised in the last
hour, first and last, and the last one's detail: names, codes and counts, never a value, a
token or a subject. Scope `stats`; a tenant admin sees its tenants' alerts, a global admin
also those of no tenant (admin changes, the audit writer) and of updates no tenant owns.
"""

from __future__ import annotations

from aiohttp import web

from proxy.alert_log import OPEN_S
from proxy.server.admin.auth import PREFIX, require
from proxy.server.app_keys import RUNTIME
from proxy.server.helpers import reply
from proxy.server.models import answers as ans


async def open_alerts(request: web.Request) -> web.Response:
    actor = await require(request, "stats")
    rt = request.app[RUNTIME]
    rt.ready_vault()

    def may_see(tenant: str) -> bool:
        return actor.is_global or (tenant != "" and actor.may_tenant(tenant))

    found = await rt.alert_log.open_alerts(may_see)
    return reply(ans.AlertsAnswer, {"open_s": OPEN_S, "alerts": [a.as_json() for a in found]})


ROUTES = [web.get(f"{PREFIX}/alerts", open_alerts)]
