"""Who may call `/admin/v1/…`: the authentication middleware, `require()`, login and step-up.

`admin_authentication` runs on the admin listener before any handler: every path under
`/admin/v1/` except `POST /admin/v1/login` and `POST /admin/v1/enrol` (its one-time token is
the credential) answers 401 unless the request carries a live session
(`Authorization: Bearer veil_as_…`) or a correctly signed, fresh, first-seen
service-account request — also for paths that do not exist, so the API's shape is not
probed without credentials. Handlers then call `require()` with the scope, tenant and
step-up their action needs; a refusal is audited.
"""

from __future__ import annotations

import re
import time

from aiohttp import web
from aiohttp.typedefs import Handler

from proxy.access import SESSION_S, STEP_UP_S, Actor
from proxy.config import DEFAULT_TENANT
from proxy.errors import AuthError, BadRequest, PermissionDenied
from proxy.server.app_keys import ACTOR, RUNTIME
from proxy.server.helpers import audit, read_body, reply
from proxy.server.models import answers as ans
from proxy.server.models.admin import Login, StepUp

PREFIX = "/admin/v1"
OPEN = frozenset({f"{PREFIX}/login", f"{PREFIX}/enrol"})
_SAFE_NAME = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")


async def _authenticate(request: web.Request) -> Actor:
    rt = request.app[RUNTIME]
    if "X-Veil-Account" in request.headers:
        rt = await rt.ready()
        body = await request.read()
        return await rt.accounts.verify(request.headers, request.method, request.path_qs, body)
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError("an admin session or a signed service-account request is required")
    rt = await rt.ready()
    actor = await rt.sessions.get(token.strip())
    if actor is None:
        raise AuthError("session expired or unknown; log in again")
    record = await rt.admins.get(actor.name)
    if record is None:
        raise AuthError("this admin no longer exists")
    return actor


@web.middleware
async def admin_authentication(request: web.Request, handler: Handler) -> web.StreamResponse:
    if (request.path == PREFIX or request.path.startswith(PREFIX + "/")) and request.path not in OPEN:
        request[ACTOR] = await _authenticate(request)
    return await handler(request)


def tenant_of(request: web.Request, given: str | None) -> str:
    """The tenant a call acts on: as given, else (not given: None) the admin's own, else
    `default`. A value that is not a tenant's name is refused, never read as "not given"."""
    actor = request[ACTOR]
    if given is not None and (not isinstance(given, str) or not given):
        raise BadRequest(["tenant: a tenant's name"])
    tenant = given if given is not None else (actor.tenant or DEFAULT_TENANT)
    if tenant not in request.app[RUNTIME].settings.tenant_names():
        raise BadRequest(["tenant: no such tenant"], "unknown_tenant")
    return tenant


async def require(
    request: web.Request, scope: str, *, tenant: str | None = None, step_up: bool = False, global_only: bool = False
) -> Actor:
    """The caller, if it may do this; else 403 (audited) naming what is missing."""
    actor = request[ACTOR]
    problem = None
    if not actor.has_scope(scope):
        problem = ("scope_forbidden", f"this service account lacks the {scope} scope")
    elif global_only and not actor.is_global:
        problem = ("tenant_forbidden", "only an admin of every tenant may do this")
    elif tenant is not None and not actor.may_tenant(tenant):
        problem = ("tenant_forbidden", "outside this admin's tenant")
    elif step_up and not actor.elevated():
        problem = ("step_up_required", "this call needs a TOTP code from the last 5 minutes: step up")
    if problem is not None:
        await audit(
            request,
            actor=actor.audit_name,
            action="admin_denied",
            tenant=tenant or "",
            outcome="denied",
            reason=problem[0],
        )
        raise PermissionDenied(*problem)
    return actor


async def login(request: web.Request) -> web.Response:
    body = await read_body(request, Login)
    name, password, code = body.name, body.password, body.code
    rt = await request.app[RUNTIME].ready()
    who = f"admin:{name}" if _SAFE_NAME.match(name) else "admin:unknown"
    try:
        record = await rt.admins.authenticate(name, password, code)
    except AuthError as exc:
        await audit(
            request,
            actor=who,
            action="login",
            tenant="",
            outcome="denied",
            reason="locked" if "locked" in str(exc) else "bad_credentials",
        )
        raise
    token, actor = await rt.sessions.create(record.name, record.tenant)
    await audit(request, actor=actor.audit_name, action="login", tenant=record.tenant, outcome="allowed")
    return reply(
        ans.LoginAnswer,
        {
            "token": token,
            "admin": record.name,
            "tenant": record.tenant or None,
            "expires_in": SESSION_S,
            "elevated_for": STEP_UP_S,
        },
    )


async def step_up(request: web.Request) -> web.Response:
    actor = request[ACTOR]
    if actor.kind != "admin":
        raise PermissionDenied("not_an_admin", "service accounts do not step up")
    body = await read_body(request, StepUp)
    rt = await request.app[RUNTIME].ready()
    try:
        await rt.admins.step_up(actor.name, body.code)
    except AuthError:
        await audit(request, actor=actor.audit_name, action="step_up", tenant=actor.tenant, outcome="denied")
        raise
    elevated = await rt.sessions.elevate(actor)
    await audit(request, actor=actor.audit_name, action="step_up", tenant=actor.tenant, outcome="allowed")
    return reply(ans.StepUpAnswer, {"elevated_for": int(elevated.elevated_until - time.time())})


async def whoami(request: web.Request) -> web.Response:
    actor = request[ACTOR]
    return reply(
        ans.SessionAnswer,
        {
            "name": actor.name,
            "kind": actor.kind,
            "tenant": actor.tenant or None,
            "scopes": sorted(actor.scopes),
            "elevated": actor.elevated(),
            "elevated_for": max(0, int(actor.elevated_until - time.time())),
        },
    )


async def logout(request: web.Request) -> web.Response:
    actor = request[ACTOR]
    if actor.kind == "admin":
        rt = await request.app[RUNTIME].ready()
        await rt.sessions.delete(actor)
    return reply(ans.LogoutAnswer, {"logged_out": True})


ROUTES = [
    web.post(f"{PREFIX}/login", login),
    web.post(f"{PREFIX}/session/step-up", step_up),
    web.get(f"{PREFIX}/session", whoami),
    web.delete(f"{PREFIX}/session", logout),
]
