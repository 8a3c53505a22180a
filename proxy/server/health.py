"""`/healthz` (the process answers) and `/readyz` (Redis reachable and fit, keys verified).

`/readyz` probes Redis on each call (bounded by a 2 s timeout) so a load balancer sees
an outage and the recovery within one probe interval; its body names the reason but
never a host, a key or a value.
"""

from __future__ import annotations

import os

from aiohttp import web

from proxy.server.app_keys import RUNTIME


async def healthz(request: web.Request) -> web.Response:
    """Liveness; the pid tells which worker answered (several share a listener)."""
    return web.json_response({"status": "ok", "pid": os.getpid()})


async def readyz(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    if rt.readiness.fatal is not None:
        return web.json_response({"status": "refused", "reason": "key check failed"}, status=503)
    state = await rt.readiness.check()
    body = {"status": "ready" if state.ready else "not_ready", "reason": state.reason,
            "warnings": list(state.warnings)}
    return web.json_response(body, status=200 if state.ready else 503)


ROUTES = [web.get("/healthz", healthz), web.get("/readyz", readyz)]
