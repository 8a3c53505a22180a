"""`GET /v1/whoami`: lets an integrator check a service key without touching data."""

from __future__ import annotations

from aiohttp import web

from proxy.server.app_keys import PRINCIPAL
from proxy.server.middleware import require_service


async def whoami(request: web.Request) -> web.Response:
    require_service(request)
    principal = request[PRINCIPAL]
    return web.json_response({"service": principal.service, "tenant": principal.tenant, "kid": principal.kid})


ROUTES = [web.get("/v1/whoami", whoami)]
