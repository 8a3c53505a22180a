"""In Chromium against a real Veil and Redis: a new admin opens the enrolment link `veil
admin add` prints, chooses a password, is shown its TOTP seed as a QR code and signs in with
a code from it; the link's one-time token reaches the server only in the enrolment POST's
body: never in a request line, a Referer, the address bar, a page or a log line."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from aiohttp import web
from pytest_aiohttp import AiohttpClient

from proxy.cli.admin import enrolment_link
from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from tests.pii_guard import PiiValues
from tests.server.access_kit import PASSWORD, Totp, access_settings, bootstrap
from tests.server.console.kit import Visit, chromium, start_admin
from tests.server.helpers import make_keys


async def test_enrol_from_the_link_then_sign_in_and_the_token_leaks_nowhere(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: PiiValues,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    received: list[str] = []  # what the server was sent: request line and Referer

    async def note(request: web.Request, response: web.StreamResponse) -> None:
        received.append(f"{request.method} {request.path_qs} {request.headers.get('Referer', '')}")

    apps.admin.on_response_prepare.append(note)
    server = await start_admin(apps)
    base = str(server.make_url("")).rstrip("/")
    await bootstrap(apps)
    token = await apps.runtime.admins.create("carol", tenant="", created_by="admin:alice")
    pii_values.add(token)  # the guard searches every log record and the audit sink for it too
    seen = Visit()
    try:
        async with chromium() as browser:
            page = await browser.new_page()
            seen.watch(page)
            await page.goto(enrolment_link(base, token))
            assert page.url == f"{base}/console/enrol"  # out of the address bar and its history entry (replaced)
            assert await page.evaluate("location.hash") == ""
            assert await page.locator("#token").input_value() == token
            assert await page.locator("#token-field").is_hidden()
            assert await page.locator("#from-link").is_visible()
            await seen.keep(page)
            await page.get_by_label("Choose a password").fill(PASSWORD)
            await page.get_by_role("button", name="Enrol").click()
            await page.wait_for_selector("#qr")
            assert await page.locator("#qr path").get_attribute("d")
            totp = Totp(await page.locator("#uri").input_value())
            await seen.keep(page)
            await page.get_by_label("Your new password").fill(PASSWORD)
            await page.get_by_label("TOTP code").fill(totp.code())
            await page.get_by_role("button", name="Sign in").click()
            await page.wait_for_url(f"{base}/console/")
            await seen.keep(page)
            assert "carol" in await page.locator("header .who").inner_text()
    finally:
        await server.close()
    assert any(r.startswith("POST /console/enrol ") for r in received)
    # a fragment is never put on the wire: the browser's own record of a URL may keep it, the request does not
    wire = [u.split("#", 1)[0] for u in seen.urls]
    logs = [r.getMessage() + json.dumps(r.__dict__, default=str) for r in caplog.records]
    for where, texts in (("received", received), ("url", wire), ("page", seen.pages), ("log", logs)):
        assert not [t for t in texts if token in t or PASSWORD in t], where
    audit = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [(e["actor"], e["outcome"]) for e in audit if e.get("action") == "admin_enrol"] == [
        ("admin:carol", "allowed")
    ]
