"""`GET /admin/v1/alerts`: the open alerts, whichever worker raised them (`alert_log`).

Grouped by kind, tenant, service and subscriber, with how often each was raised in the last
hour, first and last, and the last one's detail: names, codes and counts, never a value, a
token or a subject. Scope `stats`; a tenant admin sees its tenants' alerts, a global admin
also those of no tenant (admin changes, the audit writer) and of updates no tenant owns.

`POST /admin/v1/alerts/{id}/ack`: a human admin who has seen an alert acknowledges it, so it
leaves the open list (answered apart, with who and when) while it keeps being raised; audited
(`alert_ack`, the kind and id) with the admin's name. Any alert the admin may see; 404 else.
"""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from proxy.access import Actor
from proxy.alert_log import OPEN_S
from proxy.errors import NotFound, PermissionDenied
from proxy.server.admin.auth import PREFIX, require
from proxy.server.app_keys import RUNTIME
from proxy.server.helpers import audit, read_body, read_path, reply
from proxy.server.models import answers as ans
from proxy.server.models.admin import AlertPath, Nothing


def _may_see(actor: Actor) -> Callable[[str], bool]:
    def may_see(tenant: str) -> bool:
        return actor.is_global or (tenant != "" and actor.may_tenant(tenant))

    return may_see


async def open_alerts(request: web.Request) -> web.Response:
    actor = await require(request, "stats")
    rt = request.app[RUNTIME]
    rt.ready_vault()

    found = await rt.alert_log.recent(_may_see(actor))
    return reply(
        ans.AlertsAnswer,
        {
            "open_s": OPEN_S,
            "alerts": [a.as_json() for a in found if not a.acknowledged_by],
            "acknowledged": [a.as_json() for a in found if a.acknowledged_by],
        },
    )


async def acknowledge(request: web.Request) -> web.Response:
    alert = read_path(request, AlertPath).id
    await read_body(request, Nothing)
    actor = await require(request, "stats")
    if actor.kind != "admin":  # an acknowledgement says a person has seen it
        raise PermissionDenied("admin_required", "only an admin can acknowledge an alert")
    rt = request.app[RUNTIME]
    rt.ready_vault()
    found = await rt.alert_log.acknowledge(alert, _may_see(actor), actor.audit_name)
    if found is None:
        raise NotFound("alert_not_found", "no such alert raised in the last hour")
    await audit(
        request,
        actor=actor.audit_name,
        action="alert_ack",
        tenant=found.tenant,
        outcome="allowed",
        reason=f"{found.kind}:{found.id}",
    )
    return reply(ans.AlertAcked, {"alert": found.as_json()})


ROUTES = [web.get(f"{PREFIX}/alerts", open_alerts), web.post(f"{PREFIX}/alerts/{{id}}/ack", acknowledge)]
