"""In Chromium against a real Veil and Redis: an open alert on the overview is acknowledged
with its button; it leaves the open list for the Acknowledged one (who, when), the other
alert stays open, and the audit trail has the admin's `alert_ack`."""

from __future__ import annotations

import json
from pathlib import Path

from proxy.alerts import honey_alert
from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from tests.server.access_kit import access_settings, bootstrap
from tests.server.console.kit import chromium, sign_in, start_admin
from tests.server.helpers import make_keys


async def test_an_alert_is_acknowledged_from_the_overview(
    redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    # the session's analyzer, as the other admin tests inject it: a detector pool of its own would load six
    # languages' models in a worker process for a test that detects nothing
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await start_admin(apps)
    base = str(server.make_url("")).rstrip("/")
    alice = await bootstrap(apps)
    apps.runtime.alerts.emit(honey_alert("crm", "default", "reveal", 1))
    apps.runtime.alerts.emit(honey_alert("acmecrm", "acme", "use", 1))
    await apps.runtime.alert_log.drain()
    try:
        async with chromium() as browser:
            page = await browser.new_page()
            await sign_in(page, base, "alice", alice)
            assert await page.locator("#acknowledged").count() == 0
            row = page.locator("#alerts tbody tr", has_text="acmecrm")
            await row.get_by_role("button", name="Acknowledge").click()
            assert "Acknowledged honey_token" in await page.locator("p.notice").inner_text()
            acked = await page.locator("#acknowledged").inner_text()
            assert "acmecrm" in acked and "admin:alice" in acked
            still = await page.locator("#alerts").inner_text()
            assert "acmecrm" not in still and "crm" in still
    finally:
        await server.close()
    entries = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [(e["actor"], e["tenant"]) for e in entries if e.get("action") == "alert_ack"] == [("admin:alice", "acme")]
