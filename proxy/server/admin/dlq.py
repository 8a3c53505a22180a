"""`/admin/v1/dlq/…` and `/admin/v1/quarantine/…`: list, inspect (metadata only), replay, drop.

The functions live in `proxy.inbound.deadletters` (inbound); here they are authenticated, scoped
to the caller's tenants and audited. Nothing here shows a payload: a letter is its id,
event id, reason, times, attempts, kind and size. Dropping destroys an event, so it needs
a step-up; replaying re-queues a tokenised (or still sealed) event and is audited.
"""

from __future__ import annotations

from dataclasses import asdict

from aiohttp import web

from proxy.errors import BadRequest
from proxy.inbound import deadletters
from proxy.server.admin.auth import PREFIX, require, tenant_of
from proxy.server.app_keys import ACTOR, RUNTIME
from proxy.server.helpers import audit, read_body, read_path, read_query, reply
from proxy.server.models import answers as ans
from proxy.server.models.admin import DeadLetterPath, LetterPath, Nothing, SubscriberQuery, TenantQuery


def _subscriber_tenant(request: web.Request, name: str) -> str:
    for sub in request.app[RUNTIME].settings.subscribers:
        if sub.name == name:
            return sub.tenant
    raise BadRequest(["subscriber: no such subscriber"], "unknown_subscriber")


def _letter_id(request: web.Request) -> str:
    return read_path(request, LetterPath if "subscriber" not in request.match_info else DeadLetterPath).letter


def _subscriber(request: web.Request) -> str:
    return read_path(request, DeadLetterPath).subscriber


async def list_dead(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    actor = request[ACTOR]
    wanted = read_query(request, SubscriberQuery).subscriber
    subs = [s for s in rt.settings.subscribers if (wanted is None or s.name == wanted) and actor.may_tenant(s.tenant)]
    await require(request, "dlq", tenant=subs[0].tenant if wanted and subs else None)
    partitions = rt.settings.delivery.partitions
    out = {s.name: [asdict(x) for x in await deadletters.list_dead(rt.redis, s.name, partitions)] for s in subs}
    return reply(ans.DeadLettersAnswer, {"dead_letters": out})


async def inspect_dead(request: web.Request) -> web.Response:
    name = _subscriber(request)
    await require(request, "dlq", tenant=_subscriber_tenant(request, name))
    found = await deadletters.inspect_dead(request.app[RUNTIME].redis, name, _letter_id(request))
    if found is None:
        raise web.HTTPNotFound(reason="No such dead letter")
    return reply(ans.LetterAnswer, asdict(found))


async def replay_dead(request: web.Request) -> web.Response:
    name = _subscriber(request)
    tenant = _subscriber_tenant(request, name)
    await read_body(request, Nothing)
    actor = await require(request, "dlq", tenant=tenant)
    letter = _letter_id(request)
    await audit(
        request,
        actor=actor.audit_name,
        action="dlq_replay",
        tenant=tenant,
        outcome="allowed",
        reason=f"{name}:{letter}"[:64],
    )
    ok = await deadletters.replay_dead(request.app[RUNTIME].redis, name, letter, tenant=tenant)
    return reply(ans.Replayed, {"replayed": ok}, status=200 if ok else 404)


async def drop_dead(request: web.Request) -> web.Response:
    name = _subscriber(request)
    tenant = _subscriber_tenant(request, name)
    actor = await require(request, "dlq", tenant=tenant, step_up=True)
    letter = _letter_id(request)
    await audit(
        request,
        actor=actor.audit_name,
        action="dlq_drop",
        tenant=tenant,
        outcome="allowed",
        reason=f"{name}:{letter}"[:64],
    )
    ok = await deadletters.drop_dead(request.app[RUNTIME].redis, name, letter)
    return reply(ans.Dropped, {"dropped": ok}, status=200 if ok else 404)


async def list_quarantine(request: web.Request) -> web.Response:
    tenant = tenant_of(request, read_query(request, TenantQuery).tenant)
    await require(request, "dlq", tenant=tenant)
    rt = request.app[RUNTIME]
    found = await deadletters.list_quarantine(rt.redis, tenant, rt.settings.ingress.shards)
    return reply(ans.QuarantineAnswer, {"tenant": tenant, "quarantine": [asdict(x) for x in found]})


async def inspect_quarantine(request: web.Request) -> web.Response:
    tenant = tenant_of(request, read_query(request, TenantQuery).tenant)
    await require(request, "dlq", tenant=tenant)
    found = await deadletters.inspect_quarantine(request.app[RUNTIME].redis, tenant, _letter_id(request))
    if found is None:
        raise web.HTTPNotFound(reason="No such quarantined update")
    return reply(ans.LetterAnswer, asdict(found))


async def replay_quarantine(request: web.Request) -> web.Response:
    tenant = tenant_of(request, read_query(request, TenantQuery).tenant)
    await read_body(request, Nothing)
    actor = await require(request, "dlq", tenant=tenant)
    letter = _letter_id(request)
    await audit(
        request, actor=actor.audit_name, action="quarantine_replay", tenant=tenant, outcome="allowed", reason=letter
    )
    ok = await deadletters.replay_quarantine(request.app[RUNTIME].redis, tenant, letter)
    return reply(ans.Replayed, {"replayed": ok}, status=200 if ok else 404)


async def drop_quarantine(request: web.Request) -> web.Response:
    tenant = tenant_of(request, read_query(request, TenantQuery).tenant)
    actor = await require(request, "dlq", tenant=tenant, step_up=True)
    letter = _letter_id(request)
    await audit(
        request, actor=actor.audit_name, action="quarantine_drop", tenant=tenant, outcome="allowed", reason=letter
    )
    ok = await deadletters.drop_quarantine(request.app[RUNTIME].redis, tenant, letter)
    return reply(ans.Dropped, {"dropped": ok}, status=200 if ok else 404)


ROUTES = [
    web.get(f"{PREFIX}/dlq", list_dead),
    web.get(f"{PREFIX}/dlq/{{subscriber}}/{{letter}}", inspect_dead),
    web.post(f"{PREFIX}/dlq/{{subscriber}}/{{letter}}/replay", replay_dead),
    web.delete(f"{PREFIX}/dlq/{{subscriber}}/{{letter}}", drop_dead),
    web.get(f"{PREFIX}/quarantine", list_quarantine),
    web.get(f"{PREFIX}/quarantine/{{letter}}", inspect_quarantine),
    web.post(f"{PREFIX}/quarantine/{{letter}}/replay", replay_quarantine),
    web.delete(f"{PREFIX}/quarantine/{{letter}}", drop_quarantine),
]
