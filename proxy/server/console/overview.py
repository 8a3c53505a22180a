"""The overview, the audit page and the read-only services and admins page.

An open alert's Acknowledge button posts `/alerts/{id}/ack`.
Each number comes from an admin API read (`/delivery`, `/alerts`, `/stats`, `/dlq`, `/quarantine`, `/audit`,
`/services`, `/admins`, `/service-accounts`) or the listener's own `/readyz`; a read the
admin may not make (a tenant admin asking for admins) shows as "not available to you".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from aiohttp import web

from proxy.server.app_keys import RUNTIME
from proxy.server.console.client import Answer
from proxy.server.console.guard import ROOT
from proxy.server.console.render import api, page, signed_in

AUDIT_FILTERS = ("tenant", "actor", "action", "outcome", "since", "until")
_ALERT_ID = re.compile(r"^[0-9a-f]{16}$")


def _hourly(entries: list[dict[str, Any]], now: dt.datetime) -> list[dict[str, Any]]:
    """Entries per hour over the last 24 h, oldest first, as bars scaled to 0–100."""
    counts = [0] * 24
    for entry in entries:
        try:
            when = dt.datetime.fromisoformat(str(entry.get("time", "")).replace("Z", "+00:00"))
        except ValueError:
            continue
        hours = int((now - when).total_seconds() // 3600)
        if 0 <= hours < 24:
            counts[23 - hours] += 1
    return _bars(counts)


def _bars(counts: list[int]) -> list[dict[str, Any]]:
    """24 hourly counts, oldest first, as SVG bars scaled to 0–100."""
    top = max(counts) or 1
    return [{"count": c, "height": round(100 * c / top), "x": i * 12} for i, c in enumerate(counts)]


async def overview(
    request: web.Request, *, notice: str | None = None, error: str | None = None, status: int = 200
) -> web.Response:
    """What a glance needs: the vault's size (the counts kept on write: one read), one audit
    read for both the last verification and the reveals chart; the deliveries chart comes
    with the backlog (`/delivery`, per-hour counts kept on each ack)."""
    admin = await signed_in(request)
    client = api(request)
    delivery = await client.get("/delivery")
    alerts = await client.get("/alerts")
    stats = await client.get("/stats")
    dead = await client.get("/dlq")
    tenants = [admin["tenant"]] if admin.get("tenant") else request.app[RUNTIME].settings.tenant_names()
    quarantine = {t: await client.get("/quarantine", tenant=t) for t in tenants}
    now = dt.datetime.now(dt.UTC)
    since = (now - dt.timedelta(hours=24)).strftime("%Y-%m-%dT%H:%M:%S")
    recent = await client.get("/audit", since=since, limit="10000")
    entries = recent.body["entries"] if recent.ok else []
    verified = [e for e in entries if e.get("action") == "audit_verify"]
    ready = await client.readiness()
    return await page(
        request,
        "overview.html",
        admin=admin,
        active="overview",
        delivery=delivery,
        alerts=alerts,
        dead=dead,
        stats=stats,
        quarantine={t: len(a.body["quarantine"]) if a.ok else None for t, a in quarantine.items()},
        reveals=_hourly([e for e in entries if e.get("action") == "reveal"], now) if recent.ok else None,
        deliveries=_bars([h["delivered"] for h in delivery.body["delivered_per_hour"]]) if delivery.ok else None,
        last_verify=verified[-1] if verified else None,
        ready=ready,
        notice=notice,
        error=error,
        status=status,
    )


async def overview_page(request: web.Request) -> web.Response:
    return await overview(request)


async def acknowledge(request: web.Request) -> web.Response:
    """An open alert's Acknowledge button: `POST /alerts/{id}/ack` as this admin (audited
    there); the overview again, the alert now under Acknowledged."""
    alert = request.match_info["id"]
    if not _ALERT_ID.match(alert):
        raise web.HTTPNotFound(reason="No such alert")
    answer = await api(request).post(f"/alerts/{alert}/ack")
    if not answer.ok:
        return await overview(request, error=answer.error, status=answer.status)
    return await overview(request, notice=f"Acknowledged {answer.body['alert']['kind']} ({alert}).")


async def vault(request: web.Request) -> web.Response:
    """Tokens, subjects, tombstones and erased aliases by tenant and entity (`GET /stats`),
    and when they were last recounted key by key."""
    admin = await signed_in(request)
    return await page(request, "vault.html", admin=admin, active="vault", stats=await api(request).get("/stats"))


async def audit_page(request: web.Request) -> web.Response:
    admin = await signed_in(request)
    wanted = {k: request.query.get(k, "").strip() for k in AUDIT_FILTERS}
    limit = request.query.get("limit", "200")
    found = await api(request).get("/audit", limit=limit if limit.isdigit() else "200", **wanted)
    return await page(request, "audit.html", admin=admin, active="audit", wanted=wanted, found=found, verify=None)


async def verify(request: web.Request) -> web.Response:
    admin = await signed_in(request)
    result = await api(request).post("/audit/verify")
    found = Answer(200, {"entries": []})
    return await page(
        request,
        "audit.html",
        admin=admin,
        active="audit",
        wanted=dict.fromkeys(AUDIT_FILTERS, ""),
        found=found,
        verify=result,
    )


async def people(request: web.Request) -> web.Response:
    admin = await signed_in(request)
    client = api(request)
    return await page(
        request,
        "people.html",
        admin=admin,
        active="people",
        services=await client.get("/services"),
        admins=await client.get("/admins"),
        accounts=await client.get("/service-accounts"),
    )


ROUTES = [
    web.get(f"{ROOT}/", overview_page),
    web.post(f"{ROOT}/alerts/{{id}}/ack", acknowledge),
    web.get(f"{ROOT}/vault", vault),
    web.get(f"{ROOT}/audit", audit_page),
    web.post(f"{ROOT}/audit/verify", verify),
    web.get(f"{ROOT}/people", people),
]
