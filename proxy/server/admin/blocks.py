"""`/admin/v1/blocks`, `/admin/v1/services/{name}/unblock` and `/admin/v1/honey/…`: the
admin side of the access guard (proxy/access/guard.py, docs/monitoring.md).

A block set after a ceiling breach or a honey-token access stays until an admin lifts it
(scope `policy`, step-up, audited before the block goes: no audit, no lift). Listing
blocks needs only the `policy` scope and shows the services of the caller's tenants.
Planting a decoy (scope `policy`, step-up) creates a subject through the real vault and
marks its tokens as honey (proxy/access/honey.py); the answer is the only place its tokens are
handed out, so the admin can put them where an intruder would look. Listing decoy tokens
needs the same scope.
"""

from __future__ import annotations

from aiohttp import web

from proxy.access import AccessGuard, honey_tokens, plant_decoy
from proxy.errors import BadRequest
from proxy.server.admin.auth import PREFIX, require
from proxy.server.app_keys import REQUEST_ID, RUNTIME
from proxy.server.helpers import read_body, read_path, read_query, reply, writer
from proxy.server.models import answers as ans
from proxy.server.models.admin import HoneyQuery, NamePath, Nothing, Plant


def _guard(request: web.Request) -> AccessGuard:
    return request.app[RUNTIME].guard


def _tenant(request: web.Request, tenant: str) -> str:
    if tenant not in request.app[RUNTIME].settings.tenant_names():
        raise BadRequest(["tenant: a configured tenant"], "unknown_tenant")
    return tenant


async def list_blocks(request: web.Request) -> web.Response:
    actor = await require(request, "policy")
    rt = await request.app[RUNTIME].ready()
    tenants = {
        name: svc.tenant
        for name in rt.policy_sync.services()
        if (svc := rt.policy_sync.service(name)) is not None and actor.may_tenant(svc.tenant)
    }
    blocked = await _guard(request).blocks(sorted(tenants))
    return reply(
        ans.BlocksAnswer,
        {
            "blocks": [
                {"service": name, "tenant": tenants[name], "reason": reason} for name, reason in sorted(blocked.items())
            ]
        },
    )


async def unblock_service(request: web.Request) -> web.Response:
    """Lift a block the access guard set (ceiling breach or honey token)."""
    rt = await request.app[RUNTIME].ready()
    svc = rt.policy_sync.service(read_path(request, NamePath).name)
    if svc is None:
        raise BadRequest(["service: no such service"], "unknown_service")
    await read_body(request, Nothing)
    actor = await require(request, "policy", tenant=svc.tenant, step_up=True)
    lifted = await _guard(request).lift(svc.name, actor.audit_name, request_id=request.get(REQUEST_ID))
    return reply(ans.UnblockAnswer, {"service": svc.name, "lifted": lifted})


async def plant(request: web.Request) -> web.Response:
    tenant = _tenant(request, (await read_body(request, Plant)).tenant)
    actor = await require(request, "policy", tenant=tenant, step_up=True)
    vault = request.app[RUNTIME].ready_vault()
    decoy = await plant_decoy(
        vault, writer(request), tenant=tenant, admin=actor.audit_name, request_id=request.get(REQUEST_ID)
    )
    return reply(
        ans.DecoyAnswer,
        {
            "tenant": decoy.tenant,
            "subject": decoy.subject,
            "wa_id": decoy.wa_id,
            "text_tokens": dict(decoy.text_tokens),
            "tokens": list(decoy.tokens),
        },
        status=201,
    )


async def list_honey(request: web.Request) -> web.Response:
    tenant = _tenant(request, read_query(request, HoneyQuery).tenant)
    await require(request, "policy", tenant=tenant)
    vault = request.app[RUNTIME].ready_vault()
    return reply(ans.HoneyAnswer, {"tenant": tenant, "tokens": sorted(await honey_tokens(vault.redis, tenant))})


ROUTES = [
    web.get(f"{PREFIX}/blocks", list_blocks),
    web.post(f"{PREFIX}/services/{{name}}/unblock", unblock_service),
    web.post(f"{PREFIX}/honey/decoys", plant),
    web.get(f"{PREFIX}/honey", list_honey),
]
