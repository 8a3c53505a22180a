"""`/admin/v1/…`: vault statistics (with each subscriber's delivery backlog), token metadata,
services and policies, retention, audit.

Every handler first calls `require()` (scope, tenant, step-up); what reveals or
destroys data or changes a policy needs a step-up, and is audited *before* it acts,
so a broken audit trail refuses the action. Token metadata never carries the value.
Subjects (erase, export, DSAR) live in `admin_subjects`, keys and recognizers in
`admin_keys`, backups in `admin_backup`, admins and approvals in `admin_people`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aiohttp import web

from proxy.access import policy_doc
from proxy.audit import AuditFilter, query
from proxy.errors import BadRequest
from proxy.server.admin import delivery
from proxy.server.admin.auth import PREFIX, require, tenant_of
from proxy.server.app_keys import ACTOR, RUNTIME
from proxy.server.helpers import audit, read_body, read_path, read_query, reply
from proxy.server.models import answers as ans
from proxy.server.models.admin import (
    AuditQuery,
    Compact,
    NamePath,
    PolicyDoc,
    Recount,
    RetentionBody,
    TenantQuery,
    TokenPath,
)
from proxy.vault import parse


def _counts(stats: dict[str, int]) -> dict[str, int | str | None]:
    """A tenant's counts as answered: `counted_at` (the last key-by-key recount) in ISO
    8601 UTC, like every time the admin API answers."""
    at = stats["counted_at"]
    when = datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if at else None
    return {**stats, "counted_at": when}


async def stats(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    given = read_query(request, TenantQuery).tenant
    scoped = given or not request[ACTOR].is_global
    tenants = [tenant_of(request, given)] if scoped else rt.settings.tenant_names()
    for tenant in tenants:
        await require(request, "stats", tenant=tenant)
    admin = rt.vault_admin
    rt.ready_vault()
    assert admin is not None  # noqa: S101 - ready_vault guarantees it
    subs = [s for s in rt.settings.subscribers if s.tenant in tenants]
    return reply(
        ans.StatsAnswer,
        {"tenants": {t: _counts(await admin.stats(t)) for t in tenants}, "delivery": await delivery.statuses(rt, subs)},
    )


async def recount(request: web.Request) -> web.Response:
    """Count the vault key by key (SCAN) and correct the counts kept on write: what expired
    since the last recount leaves them (a background job does this daily). Seconds to a
    minute per million tokens; 503 while another worker recounts."""
    rt = request.app[RUNTIME]
    given = (await read_body(request, Recount)).tenant
    scoped = given or not request[ACTOR].is_global
    tenants = [tenant_of(request, given)] if scoped else rt.settings.tenant_names()
    for tenant in tenants:
        await require(request, "stats", tenant=tenant)
    admin = rt.vault_admin
    rt.ready_vault()
    assert admin is not None  # noqa: S101 - ready_vault guarantees it
    return reply(ans.RecountAnswer, {"tenants": {t: _counts(await admin.recount(t)) for t in tenants}})


async def _token_key(request: web.Request) -> tuple[str, str]:
    """(tenant, canonical token) of the request."""
    tenant = tenant_of(request, read_query(request, TenantQuery).tenant)
    token = read_path(request, TokenPath).token
    vault = request.app[RUNTIME].ready_vault()
    parsed = parse(token, phone_prefix=vault.settings.phone_token_prefix)
    if parsed is None:
        raise BadRequest(["token: not a token"], "malformed_token")
    return tenant, parsed.canonical


async def token_metadata(request: web.Request) -> web.Response:
    tenant, token = await _token_key(request)
    await require(request, "tokens:read", tenant=tenant)
    admin = request.app[RUNTIME].vault_admin
    assert admin is not None  # noqa: S101 - _token_key checked the vault is ready
    meta = await admin.token_metadata(tenant, token)
    if meta.state != "live":
        return reply(ans.TokenState, {"token": token, "tenant": tenant, "state": meta.state}, status=404)
    return reply(
        ans.TokenMetadataAnswer,
        {
            "token": token,
            "tenant": tenant,
            "state": "live",
            "entity": meta.entity,
            "subject": meta.subject,
            "first_seen": meta.first_seen,
            "last_seen": meta.last_seen,
            "expires_in": meta.expires_in,
        },
    )


async def delete_token(request: web.Request) -> web.Response:
    tenant, token = await _token_key(request)
    actor = await require(request, "tokens:delete", tenant=tenant, step_up=True)
    await audit(
        request, actor=actor.audit_name, action="token_delete", tenant=tenant, outcome="allowed", tokens=[token]
    )
    admin = request.app[RUNTIME].vault_admin
    assert admin is not None  # noqa: S101 - _token_key checked the vault is ready
    deleted = await admin.delete_token(tenant, token)
    return reply(ans.TokenDeleted, {"token": token, "deleted": deleted}, status=200 if deleted else 404)


async def compact(request: web.Request) -> web.Response:
    body = await read_body(request, Compact)
    tenant = tenant_of(request, body.tenant)
    actor = await require(request, "tokens:delete", tenant=tenant, step_up=True)
    days = body.older_than_days
    await audit(
        request,
        actor=actor.audit_name,
        action="compact",
        tenant=tenant,
        outcome="allowed",
        reason=f"older_than_days:{days}",
    )
    request.app[RUNTIME].ready_vault()
    admin = request.app[RUNTIME].vault_admin
    assert admin is not None  # noqa: S101
    return reply(ans.CompactAnswer, {"tenant": tenant, "dropped": await admin.compact(tenant, days * 86_400)})


async def services(request: web.Request) -> web.Response:
    actor = await require(request, "stats")
    rt = await request.app[RUNTIME].ready()
    stored = await rt.policy_sync.stored_names()
    out = []
    for name in rt.policy_sync.services():
        svc = rt.policy_sync.service(name)
        policy = rt.policy_sync.store.current.get(name)
        if svc is None or policy is None or not actor.may_tenant(svc.tenant):
            continue
        out.append(
            {
                "name": name,
                "tenant": svc.tenant,
                "policy": policy_doc(policy),
                "source": "admin_api" if name in stored else "config",
            }
        )
    return reply(ans.ServicesAnswer, {"services": out})


async def put_policy(request: web.Request) -> web.Response:
    rt = await request.app[RUNTIME].ready()
    svc = rt.policy_sync.service(read_path(request, NamePath).name)
    if svc is None:
        raise BadRequest(["service: no such service"], "unknown_service")
    actor = await require(request, "policy", tenant=svc.tenant, step_up=True)
    if not await request.read():  # no body is not `{}`: resetting a policy is asked for, never implied
        raise BadRequest(["body: a policy document ({} restores the config's)"], "invalid_policy")
    doc = (await read_body(request, PolicyDoc, code="invalid_policy")).model_dump(exclude_unset=True)
    try:
        policy = await rt.policy_sync.save(svc.name, doc) if doc else None
    except BadRequest as exc:  # the document's problems, under this endpoint's code
        raise BadRequest(exc.problems, "invalid_policy") from None
    if policy is None:
        await rt.policy_sync.reset(svc.name)
        policy = rt.policy_sync.store.current.get(svc.name)
    await audit(
        request,
        actor=actor.audit_name,
        action="policy_change",
        tenant=svc.tenant,
        outcome="allowed",
        reason=f"service:{svc.name}"[:64],
    )
    assert policy is not None  # noqa: S101 - the service is configured
    return reply(ans.PolicyAnswer, {"name": svc.name, "policy": policy_doc(policy)})


async def get_retention(request: web.Request) -> web.Response:
    tenant = tenant_of(request, read_query(request, TenantQuery).tenant)
    await require(request, "retention", tenant=tenant)
    rt = await request.app[RUNTIME].ready()
    return reply(
        ans.RetentionAnswer,
        {
            "tenant": tenant,
            "retention_days": rt.settings.vault.retention_days,
            "by_entity": await rt.retention.rules(tenant),
        },
    )


async def put_retention(request: web.Request) -> web.Response:
    body = await read_body(request, RetentionBody)
    tenant = tenant_of(request, body.tenant)
    actor = await require(request, "retention", tenant=tenant, step_up=True)
    entity, days = body.entity, body.days
    rt = await request.app[RUNTIME].ready()
    try:
        await rt.retention.set_rule(tenant, entity, days)
    except BadRequest as exc:  # the rule's problems, under this endpoint's code
        raise BadRequest(exc.problems, "invalid_retention") from None
    await audit(
        request,
        actor=actor.audit_name,
        action="retention_change",
        tenant=tenant,
        outcome="allowed",
        entities=[entity],
        reason=f"days:{days}",
    )
    shortened = await rt.retention.sweep([tenant])
    return reply(
        ans.RetentionSet,
        {"tenant": tenant, "by_entity": await rt.retention.rules(tenant), "expiries_shortened": shortened},
    )


async def audit_query(request: web.Request) -> web.Response:
    actor = request[ACTOR]
    q = read_query(request, AuditQuery)
    tenant = tenant_of(request, q.tenant) if q.tenant or not actor.is_global else None
    await require(request, "audit", tenant=tenant)
    limit = min(q.limit, 10_000)
    flt = AuditFilter(
        tenant=tenant,
        actor=q.actor,
        action=q.action,
        subject=q.subject,
        since=q.since,
        until=q.until,
        outcome=q.outcome,
    )
    return reply(ans.AuditAnswer, {"entries": await query(request.app[RUNTIME].redis, flt, limit=limit)})


ROUTES = [
    web.get(f"{PREFIX}/stats", stats),
    # `reveal` is POST /tokens/reveal's, never a token's: so OPTIONS and 405 there name POST alone
    web.get(f"{PREFIX}/tokens/{{token:(?!reveal$)[^{{}}/]+}}", token_metadata),
    web.delete(f"{PREFIX}/tokens/{{token:(?!reveal$)[^{{}}/]+}}", delete_token),
    web.post(f"{PREFIX}/vault/compact", compact),
    web.post(f"{PREFIX}/vault/recount", recount),
    web.get(f"{PREFIX}/services", services),
    web.put(f"{PREFIX}/services/{{name}}/policy", put_policy),
    web.get(f"{PREFIX}/retention", get_retention),
    web.put(f"{PREFIX}/retention", put_retention),
    web.get(f"{PREFIX}/audit", audit_query),
]
