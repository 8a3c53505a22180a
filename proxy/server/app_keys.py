"""Every `web.AppKey` and `web.RequestKey` of Veil, and nothing else."""

from __future__ import annotations

from aiohttp import ClientSession, web

from proxy.access import Actor, Principal
from proxy.metrics import Metrics
from proxy.server.loopback import Loopback
from proxy.server.runtime import Runtime

RUNTIME = web.AppKey("runtime", Runtime)  # set by each app's start-up; the same object in all three
METRICS = web.AppKey("metrics", Metrics)  # the metrics app serves the registry, runtime started or not
LISTENER = web.AppKey("listener", str)  # "public" / "admin": the metrics label of the app's requests
PRINCIPAL = web.RequestKey("principal", Principal)
REQUEST_ID = web.RequestKey("request_id", str)
ACTOR = web.RequestKey("actor", Actor)  # who called the admin API (session or signed service account)
CONSOLE_HTTP = web.AppKey("console_http", ClientSession)  # the console's client of its own admin API
LOOPBACK = web.AppKey("loopback", Loopback)  # the admin app's private Unix socket, the console's way in
CONSOLE_SESSION = web.RequestKey("console_session", str)  # the signed-in admin's session token (console pages)
