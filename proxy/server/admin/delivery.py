"""`GET /admin/v1/delivery`: each subscriber's backlog, read from Redis now.

What `veil delivery status` prints: per subscriber the events waiting, the age of the
oldest, since when it has been failing (first failed attempt since its last success, while
events wait) and its dead letters, plus the `delivery.failing_threshold_s` past which it is
reported in `/readyz` and alerted; and upstream of them, per tenant, the ingress backlog:
updates sealed and waiting to be tokenised (the age of the oldest) and quarantined; and the
events delivered per hour over the last 24 h, summed over the subscribers answered.
Counts, names and times only (scope `stats`, the caller's tenants); `GET /admin/v1/stats`
carries the same subscriber list for the tenants it covers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from proxy.config import SubscriberSettings
from proxy.errors import BadRequest
from proxy.server.admin.auth import PREFIX, require
from proxy.server.app_keys import ACTOR, RUNTIME
from proxy.server.helpers import read_query, reply
from proxy.server.models import answers as ans
from proxy.server.models.admin import SubscriberQuery
from proxy.server.runtime import Runtime


async def statuses(rt: Runtime, subs: list[SubscriberSettings]) -> list[dict[str, Any]]:
    """The subscribers' status as JSON, in config order (the vault must be ready)."""
    watch = rt.inbound.watch
    return [s.as_json(watch.threshold_s) for s in await watch.status(subs)] if subs else []


async def delivery_status(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    wanted = read_query(request, SubscriberQuery).subscriber
    subs = [s for s in rt.settings.subscribers if wanted is None or s.name == wanted]
    if wanted is not None and not subs:
        raise BadRequest(["subscriber: no such subscriber"], "unknown_subscriber")
    if wanted is not None:
        await require(request, "stats", tenant=subs[0].tenant)
    else:
        await require(request, "stats")
        subs = [s for s in subs if request[ACTOR].may_tenant(s.tenant)]
    rt.ready_vault()
    tenants = (
        [subs[0].tenant]
        if wanted is not None
        else [t for t in rt.settings.tenant_names() if request[ACTOR].may_tenant(t)]
    )
    ingress = [s.as_json() for s in await rt.inbound.watch.ingress(tenants)]
    hourly = await rt.inbound.watch.delivered_per_hour([s.name for s in subs])
    delivered = [
        {"hour": datetime.fromtimestamp(hour * 3600, UTC).isoformat(timespec="seconds"), "delivered": n}
        for hour, n in hourly
    ]
    return reply(
        ans.DeliveryAnswer,
        {
            "threshold_s": rt.inbound.watch.threshold_s,
            "subscribers": await statuses(rt, subs),
            "ingress": ingress,
            "delivered_per_hour": delivered,
        },
    )


ROUTES = [web.get(f"{PREFIX}/delivery", delivery_status)]
