"""`/admin/v1/admins`, `/admin/v1/service-accounts` and `/admin/v1/approvals`.

Creating admins or service accounts changes who may touch the vault: it needs an
admin of every tenant with a fresh step-up (scoped admins can only act inside their
tenant, never grant). Creating an admin is also four-eyes (`admin_create`) once another
enrolled global admin exists, and the new admin enrols with the creator's token joined to
the approver's half; every admin created, enrolled or removed raises `admin_change`.
Approvals are the four-eyes flow of `proxy.access.approvals`: anyone
entitled to the action requests, a *different* human admin approves (step-up), the
requester executes with the approval id; the approver must have enrolled before the
request was made; the requester (withdrawing) or any admin of the scope may refuse instead
(step-up), which deletes the request. A new admin is created without credentials: the creator gets a one-time
enrolment token, and `POST /admin/v1/enrol` (open, the token is the credential) lets the new
admin set its own password and answers its TOTP provisioning URI to it alone.
"""

from __future__ import annotations

from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from proxy.access import GLOBAL_ACTIONS, Actor, Approval, check_name, check_password
from proxy.alerts import admin_alert
from proxy.errors import AuthError, BadRequest, Conflict, NotFound, PermissionDenied
from proxy.server.admin.auth import PREFIX, require, tenant_of
from proxy.server.app_keys import RUNTIME
from proxy.server.helpers import audit, json_body, read_body, read_path, reply
from proxy.server.models import answers as ans
from proxy.server.models.admin import ApprovalRequest, Enrol, IdPath, NamePath, NewAccount, NewAdmin, Nothing
from proxy.server.models.fields import parse


async def list_admins(request: web.Request) -> web.Response:
    await require(request, "policy", global_only=True)
    rt = await request.app[RUNTIME].ready()
    records = await rt.admins.names()
    return reply(
        ans.AdminsAnswer,
        {
            "admins": [
                {
                    "name": r.name,
                    "tenant": r.tenant or None,
                    "created": _iso(r.created),
                    "created_by": r.created_by,
                    "enrolled": r.enrolled,
                }
                for r in records
            ]
        },
    )


def _iso(seconds: int) -> str:
    """ISO 8601 UTC, as every time Veil answers (the record keeps unix seconds)."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def create_admin(request: web.Request) -> web.Response:
    actor = await require(request, "policy", global_only=True, step_up=True)
    raw = await json_body(request)
    if "password" in raw:
        raise BadRequest(["password: the new admin sets its own when it enrols"], "enrolment_required")
    body = parse(NewAdmin, raw)
    tenant = body.tenant or ""
    if tenant and tenant not in request.app[RUNTIME].settings.tenant_names():
        raise BadRequest(["tenant: no such tenant"], "unknown_tenant")
    name = check_name(body.name)
    rt = await request.app[RUNTIME].ready()
    approvers = [r for r in await rt.admins.names() if r.enrolled and not r.tenant and r.name != actor.name]
    try:
        approval = await rt.approvals.for_admin_create(
            body.approval or "", name, str(tenant), actor, approvers=len(approvers)
        )
    except PermissionDenied as exc:
        await audit(
            request,
            actor=actor.audit_name,
            action="admin_create",
            tenant=str(tenant),
            outcome="denied",
            reason=f"{exc.code}:admin:{name}"[:64],
        )
        raise
    await audit(
        request,
        actor=actor.audit_name,
        action="admin_create",
        tenant=str(tenant),
        outcome="allowed",
        reason=f"admin:{name}"[:64],
    )
    token = await rt.admins.create(
        name, tenant=str(tenant), created_by=actor.audit_name, half_digest=approval.half_digest if approval else ""
    )
    rt.alerts.emit(admin_alert("created", name, by=actor.name, four_eyes=approval is not None))
    return reply(ans.NewAdminAnswer, {"name": name, "enrolment_token": token, "enrolled": False}, status=201)


async def enrol_admin(request: web.Request) -> web.Response:
    """Open route: the one-time token is the credential; the answer goes to the new admin only."""
    body = await read_body(request, Enrol)
    password = check_password(body.password)
    rt = await request.app[RUNTIME].ready()
    try:
        enrolment = await rt.admins.enrol(body.token, password)
    except AuthError:
        await audit(
            request, actor="admin:unknown", action="admin_enrol", tenant="", outcome="denied", reason="bad_token"
        )
        raise
    await audit(request, actor=f"admin:{enrolment.name}", action="admin_enrol", tenant="", outcome="allowed")
    rt.alerts.emit(admin_alert("enrolled", enrolment.name))
    return reply(ans.EnrolAnswer, {"name": enrolment.name, "provisioning_uri": enrolment.provisioning_uri}, status=201)


async def delete_admin(request: web.Request) -> web.Response:
    actor = await require(request, "policy", global_only=True, step_up=True)
    name = read_path(request, NamePath).name
    if name == actor.name:
        raise BadRequest(["name: an admin cannot remove itself"], "self_removal")
    rt = await request.app[RUNTIME].ready()
    removed = await rt.admins.remove(name)
    await audit(
        request,
        actor=actor.audit_name,
        action="admin_remove",
        tenant="",
        outcome="allowed",
        reason="removed" if removed else "absent",
    )
    if removed:
        rt.alerts.emit(admin_alert("removed", name, by=actor.name))
    return reply(ans.Removed, {"removed": removed})


async def list_accounts(request: web.Request) -> web.Response:
    await require(request, "policy", global_only=True)
    rt = await request.app[RUNTIME].ready()
    accounts = await rt.accounts.list()
    return reply(
        ans.AccountsAnswer,
        {
            "service_accounts": [
                {
                    "name": a.name,
                    "scopes": sorted(a.scopes),
                    "tenant": a.tenant or None,
                    "public_key": a.public_key,
                    "created_by": a.created_by,
                }
                for a in accounts
            ]
        },
    )


async def register_account(request: web.Request) -> web.Response:
    actor = await require(request, "policy", global_only=True, step_up=True)
    body = await read_body(request, NewAccount)
    tenant = body.tenant or ""
    if tenant and tenant not in request.app[RUNTIME].settings.tenant_names():
        raise BadRequest(["tenant: no such tenant"], "unknown_tenant")
    scopes = list(body.scopes)
    await audit(request, actor=actor.audit_name, action="account_register", tenant=tenant, outcome="allowed")
    rt = await request.app[RUNTIME].ready()
    account = await rt.accounts.register(body.name, body.public_key, scopes, tenant=tenant, created_by=actor.audit_name)
    return reply(ans.NewAccountAnswer, {"name": account.name, "scopes": sorted(account.scopes)}, status=201)


async def remove_account(request: web.Request) -> web.Response:
    actor = await require(request, "policy", global_only=True, step_up=True)
    rt = await request.app[RUNTIME].ready()
    removed = await rt.accounts.remove(read_path(request, NamePath).name)
    await audit(request, actor=actor.audit_name, action="account_remove", tenant="", outcome="allowed")
    return reply(ans.Removed, {"removed": removed})


_ACTION_SCOPE = {"restore": "backup", "bulk_export": "export", "key_retire": "keys", "admin_create": "policy"}


async def request_approval(request: web.Request) -> web.Response:
    body = await read_body(request, ApprovalRequest)
    action = body.action
    tenant = "" if action in GLOBAL_ACTIONS else tenant_of(request, body.tenant)
    actor = await require(request, _ACTION_SCOPE[action], tenant=tenant or None, global_only=not tenant)
    params: dict[str, str] = dict(body.params or {})
    if tenant:
        params = {**params, "tenant": tenant}
    rt = await request.app[RUNTIME].ready()
    found = await rt.approvals.request(action, params, tenant, actor)
    await audit(
        request,
        actor=actor.audit_name,
        action="approval_request",
        tenant=tenant,
        outcome="allowed",
        reason=f"{action}:{found.id}",
    )
    return reply(ans.ApprovalAnswer, found.as_dict(), status=201)


async def list_approvals(request: web.Request) -> web.Response:
    actor = await require(request, "stats")
    rt = await request.app[RUNTIME].ready()
    found = await rt.approvals.pending()
    return reply(ans.ApprovalsAnswer, {"approvals": [a.as_dict() for a in found if actor.may_tenant(a.tenant)]})


async def approve(request: web.Request) -> web.Response:
    approval_id = read_path(request, IdPath).id
    await read_body(request, Nothing)
    actor = await require(request, "stats", step_up=True)
    rt = await request.app[RUNTIME].ready()
    record = await rt.admins.get(actor.name) if actor.kind == "admin" else None
    enrolled_ms = record.enrolled_ms if record is not None and record.enrolled else 0
    done = await _audited(
        request, actor, "approval_give", approval_id, rt.approvals.approve(approval_id, actor, enrolled_ms=enrolled_ms)
    )
    return reply(ans.ApprovalAnswer, done.as_dict())


async def refuse(request: web.Request) -> web.Response:
    approval_id = read_path(request, IdPath).id
    await read_body(request, Nothing)
    actor = await require(request, "stats", step_up=True)
    rt = await request.app[RUNTIME].ready()
    found = await _audited(request, actor, "approval_refuse", approval_id, rt.approvals.refuse(approval_id, actor))
    return reply(ans.ApprovalAnswer, found.as_dict() | {"status": "refused", "refused_by": actor.audit_name})


async def _audited(
    request: web.Request, actor: Actor, action: str, approval_id: str, decision: Coroutine[Any, Any, Approval]
) -> Approval:
    """Run an approve or refuse and audit it either way: allowed with `<action>:<id>`,
    denied with `<code>:<id>` (the id cut to 32 characters: it came from the URL)."""
    try:
        found = await decision
    except Exception as exc:
        code = exc.code if isinstance(exc, PermissionDenied | NotFound | Conflict) else ""
        await audit(
            request,
            actor=actor.audit_name,
            action=action,
            tenant=actor.tenant,
            outcome="denied",
            reason=(f"{code}:" if code else "") + approval_id[:32],
        )
        raise
    await audit(
        request,
        actor=actor.audit_name,
        action=action,
        tenant=found.tenant,
        outcome="allowed",
        reason=f"{found.action}:{found.id}",
    )
    return found


ROUTES = [
    web.get(f"{PREFIX}/admins", list_admins),
    web.post(f"{PREFIX}/admins", create_admin),
    web.post(f"{PREFIX}/enrol", enrol_admin),
    web.delete(f"{PREFIX}/admins/{{name}}", delete_admin),
    web.get(f"{PREFIX}/service-accounts", list_accounts),
    web.post(f"{PREFIX}/service-accounts", register_account),
    web.delete(f"{PREFIX}/service-accounts/{{name}}", remove_account),
    web.post(f"{PREFIX}/approvals", request_approval),
    web.get(f"{PREFIX}/approvals", list_approvals),
    web.post(f"{PREFIX}/approvals/{{id}}/approve", approve),
    web.post(f"{PREFIX}/approvals/{{id}}/refuse", refuse),
]
