"""Monitoring wired into the running server: the access guard exists, alerts reach the signed
webhook, and /metrics exposes the monitoring series without PII."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web
from pytest_aiohttp import AiohttpClient, AiohttpServer

from proxy.alerts import quarantine_growth_alert
from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from proxy.server.app_keys import METRICS
from tests.inbound.harness import wait_for
from tests.pii_guard import PiiGuard
from tests.server.helpers import BASE_ENV, make_keys, make_settings


async def test_guard_webhook_and_metrics_are_wired(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_guard: PiiGuard,
) -> None:
    got: list[bytes] = []

    async def hook(request: web.Request) -> web.Response:
        got.append(await request.read())
        return web.Response()

    receiver = web.Application()
    receiver.router.add_post("/alerts", hook)
    server = await aiohttp_server(receiver)
    BASE_ENV["VEIL_ALERT_SECRET"] = "s3cret"
    try:
        settings = make_settings(
            redis7_url,
            tmp_path,
            alerts={"webhook_url": str(server.make_url("/alerts")), "webhook_secret_env": "VEIL_ALERT_SECRET"},
        )
    finally:
        del BASE_ENV["VEIL_ALERT_SECRET"]
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    pii_guard.watch_metrics(apps.metrics[METRICS])
    await aiohttp_client(apps.public)
    metrics = await aiohttp_client(apps.metrics)
    rt = apps.runtime
    rt.alerts.emit(quarantine_growth_alert("default", 3, "unknown_shape"))
    await wait_for(lambda: len(got) >= 1, timeout=5, what="the alert webhook's POST")
    assert len(got) == 1 and b'"kind":"quarantine_growth"' in got[0]
    rt.metrics.set_queue_depth("ingress", 2)
    text = await (await metrics.get("/metrics")).text()
    for series in (
        "veil_alerts_total",
        "veil_queue_depth",
        "veil_detection_duration_seconds",
        "veil_delivery_attempts_total",
        "veil_guard_denials_total",
        "veil_vault_tokens",
    ):
        assert series in text
