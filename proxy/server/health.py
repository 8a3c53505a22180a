"""`/healthz` (the process can serve, now or once Redis is back) and `/readyz` (Redis
reachable and fit, keys verified).

`/healthz` answers 503 only when the vault is gone for good (the embedded redis-server
died and does not start again: server.readiness): restarting Veil is then the cure, so an
orchestrator's liveness probe should do it. An external Redis that is down is not that:
Veil waits for it, alive (200) but not ready (`/readyz` 503).

`/readyz` probes Redis on each call (bounded by a 2 s timeout) so a load balancer sees
an outage and the recovery within one probe interval; its body names the reason but
never a host, a key or a value. `degraded` lists what is served another way while ready
(Cluster masters short of the replicas `vault.wait_replicas` needs: their shards' seals
go to other masters, server.readiness). It also lists the subscribers failing for longer than
`delivery.failing_threshold_s` at the last sample (`failing_subscribers`: name, since
when, events waiting) without turning not ready: readiness is about this process taking
webhooks, which it still does (they wait in Redis); a CRM that is down is reported, alerted
and shown by `veil delivery status`.
"""

from __future__ import annotations

import os
from typing import Any

from aiohttp import web

from proxy.server.app_keys import RUNTIME
from proxy.server.helpers import reply
from proxy.server.models import answers as ans
from proxy.server.runtime import Runtime


async def healthz(request: web.Request) -> web.Response:
    """Liveness; the pid tells which worker answered (several share a listener)."""
    gone = request.app[RUNTIME].readiness.gone
    if gone is not None:
        return reply(ans.HealthAnswer, {"status": "vault_gone", "reason": gone, "pid": os.getpid()}, status=503)
    return reply(ans.HealthAnswer, {"status": "ok", "pid": os.getpid()})


async def readyz(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    if rt.readiness.fatal is not None:
        return reply(ans.ReadyAnswer, {"status": "refused", "reason": "key check failed"}, status=503)
    state = await rt.readiness.check()
    body = {
        "status": "ready" if state.ready else "not_ready",
        "reason": state.reason,
        "warnings": list(state.warnings),
        "degraded": list(state.degraded),
        "failing_subscribers": _failing(rt),
    }
    return reply(ans.ReadyAnswer, body, status=200 if state.ready else 503)


def _failing(rt: Runtime) -> list[dict[str, Any]]:
    """Names, times and counts only: this body is served without authentication."""
    watch = rt.inbound.watch
    keep = ("subscriber", "failing_since", "failing_s", "queued")
    return [{k: v for k, v in s.as_json(watch.threshold_s).items() if k in keep} for s in watch.failing()]


ROUTES = [web.get("/healthz", healthz), web.get("/readyz", readyz)]
