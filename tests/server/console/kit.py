"""A real Veil (admin listener on a real socket, real Redis, the real detector) and Debian's
Chromium driven by Playwright, for the console's browser tests and the screenshot script."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer
from playwright.async_api import Browser, Page, async_playwright

from proxy.server.access_log import RouteAccessLogger
from proxy.server.app import Apps
from proxy.server.app_keys import LOOPBACK
from tests.server.access_kit import CRM_KEY, PASSWORD, Totp, bearer

CHROMIUM = "/usr/bin/chromium"
PHONE, NAME, EMAIL = "+39 347 123 4567", "Maria Rossi", "maria.rossi@example.com"


def chromium_path() -> str:
    """Debian's Chromium (scripts/test installs it): the tests never download a browser."""
    found = shutil.which("chromium") or CHROMIUM
    if not Path(found).exists():
        raise RuntimeError("Debian's chromium is not installed: run scripts/test (it installs it)")
    return found


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        try:
            yield browser
        finally:
            await browser.close()


@dataclass
class Visit:
    """Everything a browser session showed: each page's HTML and every URL requested
    (redirect hops included) with its Referer, for the no-PII check."""

    pages: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        page.on("request", lambda r: self.urls.extend([r.url, r.headers.get("referer", "")]))
        page.on("response", lambda r: self.urls.append(r.headers.get("location", "")))

    async def keep(self, page: Page) -> None:
        self.pages.append(await page.content())


async def start_admin(apps: Apps, **start: Any) -> TestServer:
    """The admin application on a real loopback socket, with Veil's own access log, and its
    private Unix socket open as `serve` opens it (the console's way to the admin API)."""
    server = TestServer(apps.admin, host="127.0.0.1")
    await server.start_server(access_log_class=RouteAccessLogger, **start)
    assert server.runner is not None
    await apps.admin[LOOPBACK].open(server.runner)
    return server


async def customer(public: TestClient, phone: str = PHONE, name: str = NAME, email: str = EMAIL) -> list[str]:
    """A subject with a phone (its alias), a name and an e-mail, made through /v1."""
    resp = await public.post(
        "/v1/tokenize", headers=bearer(CRM_KEY), json={"values": [{"value": phone, "entity": "PHONE_NUMBER"}]}
    )
    [wa] = (await resp.json())["tokens"]
    resp = await public.post(
        "/v1/tokenize",
        headers=bearer(CRM_KEY),
        json={
            "subject": wa,
            "values": [{"value": name, "entity": "PERSON"}, {"value": email, "entity": "EMAIL_ADDRESS"}],
        },
    )
    return [wa, *(await resp.json())["tokens"]]


async def sign_in(page: Page, base: str, name: str, totp: Totp) -> None:
    await page.goto(f"{base}/console/")
    assert page.url.endswith("/console/login")
    await page.get_by_label("Admin name").fill(name)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_label("TOTP code").fill(totp.code())
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_url(f"{base}/console/")
