"""Composition root: three applications over one set of shared resources.

public (`listen`): webhooks, /graph, /v1, routes, media, health; admin (`admin`):
/admin/v1 and health; metrics (`metrics`): /metrics only, loopback by default, so
opening it to Prometheus never opens the admin API. Later features add their ROUTES
lists here; nothing registers itself.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import signal
import ssl
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import uvloop
from aiohttp import web

from proxy.config import Settings
from proxy.detection import Detector
from proxy.heap import freeze_startup_heap
from proxy.metrics import Metrics
from proxy.server import api_docs, console, direct, egress, egress_media, health, ingress, relay, whoami
from proxy.server.access_log import RouteAccessLogger
from proxy.server.admin import api
from proxy.server.app_keys import LISTENER, LOOPBACK, METRICS, RUNTIME
from proxy.server.middleware import count_requests, errors_to_json, request_id
from proxy.server.runtime import Runtime, RuntimeHost, open_runtime
from proxy.stopping import where
from proxy.tls import CertReloader, server_context
from proxy.vault import KeySet

log = logging.getLogger("veil.server")
# A worker asked to stop reports what it still waits on after SHUTDOWN_REPORT_S, and exits at
# SHUTDOWN_LIMIT_S whatever is left (aiohttp's own grace for open requests is 10 s).
SHUTDOWN_REPORT_S, SHUTDOWN_LIMIT_S = 12.0, 25.0
CLEANUP_TASK = "veil-cleanup"


@dataclass(frozen=True)
class Apps:
    public: web.Application
    admin: web.Application
    metrics: web.Application
    host: RuntimeHost

    @property
    def runtime(self) -> Runtime:
        """The shared runtime, once an application has started (tests read it)."""
        return self.host.runtime


def _runtime_ctx(host: RuntimeHost) -> Callable[[web.Application], AsyncIterator[None]]:
    async def ctx(app: web.Application) -> AsyncIterator[None]:
        app[RUNTIME] = await host.acquire()
        yield
        await host.release()

    return ctx


async def _inbound_ctx(app: web.Application) -> AsyncIterator[None]:
    """The public app runs the inbound workers: they start after the runtime and stop
    (cleanly, before it) when the app shuts down."""
    inbound = app[RUNTIME].inbound
    inbound.start()
    yield
    await inbound.stop()


def _base_app(host: RuntimeHost, metrics: Metrics, max_body: int, listener: str) -> web.Application:
    app = web.Application(client_max_size=max_body, middlewares=[request_id, count_requests, errors_to_json])
    app[LISTENER] = listener
    app[METRICS] = metrics
    app.cleanup_ctx.append(_runtime_ctx(host))
    return app


async def metrics_handler(request: web.Request) -> web.Response:
    body = request.app[METRICS].render()
    return web.Response(
        body=body, content_type="text/plain", charset="utf-8", headers={"X-Content-Type-Options": "nosniff"}
    )


def create_apps(settings: Settings, keyset: KeySet, *, data_dir: Path, detector: Detector | None = None) -> Apps:
    """The three applications; `detector` is injected by tests (else worker processes start)."""
    metrics_ = Metrics()
    host = RuntimeHost(
        functools.partial(open_runtime, settings, keyset, data_dir=data_dir, metrics=metrics_, detector=detector)
    )
    public = _base_app(host, metrics_, settings.listen.max_body_bytes, "public")
    public.add_routes(health.ROUTES + whoami.ROUTES)
    public.add_routes(egress.ROUTES + egress_media.ROUTES + relay.ROUTES)
    public.add_routes(ingress.ROUTES)
    public.add_routes(direct.ROUTES + api_docs.PUBLIC_ROUTES)
    public.cleanup_ctx.append(_inbound_ctx)
    admin = _base_app(host, metrics_, settings.admin.max_body_bytes, "admin")
    admin.add_routes(health.ROUTES)
    api.install(admin)
    admin.add_routes(api_docs.ADMIN_ROUTES)
    console.install(admin)
    metrics = web.Application()
    metrics[METRICS] = metrics_
    metrics.add_routes([web.get("/metrics", metrics_handler)])
    return Apps(public, admin, metrics, host)


async def serve(apps: Apps, settings: Settings, stop: asyncio.Event, *, reuse_port: bool = False) -> None:
    """Run the three listeners until `stop` is set, then shut down gracefully."""
    apps_ = (apps.public, apps.admin, apps.metrics)
    runners = [web.AppRunner(app, access_log_class=RouteAccessLogger, shutdown_timeout=10) for app in apps_]
    listeners = [settings.listen, settings.admin, settings.metrics]
    reloader = CertReloader()
    contexts = listener_contexts(settings, reloader)  # a bad certificate stops start-up here, before any listener
    started: list[web.AppRunner] = []
    watching: asyncio.Task[None] | None = None
    try:
        for runner, where, ctx in zip(runners, listeners, contexts, strict=True):
            await runner.setup()
            started.append(runner)
            if runner.app is apps.admin:  # the console's way to the admin API (server/loopback.py)
                await apps.admin[LOOPBACK].open(runner)
            await web.TCPSite(runner, where.host, where.port, reuse_port=reuse_port, ssl_context=ctx).start()
            log.info("listening on %s://%s:%d", "http" if ctx is None else "https", where.host, where.port)
        if reloader.watched:
            watching = asyncio.create_task(reloader.run(stop), name="veil-tls-reload")
        freeze_startup_heap()  # short full collections from here on (proxy/heap.py)
        while not stop.is_set():
            if apps.host.fatal is not None:
                raise apps.host.fatal
            try:
                await asyncio.wait_for(stop.wait(), timeout=1.0)
            except TimeoutError:
                pass
    finally:
        if watching is not None:
            watching.cancel()
        cleanup = asyncio.create_task(_cleanup(started), name=CLEANUP_TASK)
        done, _ = await asyncio.wait({cleanup}, timeout=SHUTDOWN_REPORT_S)
        if not done:
            log.warning("shutdown still waiting on: %s", "; ".join(_pending_tasks()))
            done, _ = await asyncio.wait({cleanup}, timeout=SHUTDOWN_LIMIT_S - SHUTDOWN_REPORT_S)
        if not done:  # nothing is lost by leaving now: unacknowledged work stays pending in Redis
            log.error("shutdown did not finish in %.0f s; exiting anyway", SHUTDOWN_LIMIT_S)
            apps.host.abandon()
            logging.shutdown()
            os._exit(1)
        cleanup.result()


def listener_contexts(settings: Settings, reloader: CertReloader) -> list[ssl.SSLContext | None]:
    """The public, admin and metrics listeners' TLS contexts (None: plain HTTP), each watched
    by `reloader` for renewed certificates."""
    contexts: list[ssl.SSLContext | None] = []
    for name, listener in (("listen", settings.listen), ("admin", settings.admin), ("metrics", settings.metrics)):
        if listener.tls is None:
            contexts.append(None)
            continue
        ctx = server_context(listener.tls, f"{name}.tls")
        reloader.watch(ctx, listener.tls, f"{name}.tls")
        contexts.append(ctx)
    return contexts


async def _cleanup(runners: list[web.AppRunner]) -> None:
    for runner in reversed(runners):
        await runner.cleanup()


def _pending_tasks() -> list[str]:
    """Where each unfinished task waits (the cleanup's own chain first): code locations
    only, no values, so no PII."""
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    return [where(t) for t in sorted(tasks, key=lambda t: t.get_name() != CLEANUP_TASK)]


def run(apps: Apps, settings: Settings, *, reuse_port: bool = False) -> None:
    """Serve until SIGTERM/SIGINT; `reuse_port` lets several worker processes share listeners.
    On uvloop: Veil's hot path is mostly socket writes and task switches, which it does in C
    (A/B in docs/performance.md)."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve(apps, settings, stop, reuse_port=reuse_port)

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(main())
