"""Screenshots of every console page in Debian's Chromium, for docs/console.md
(`python -m bench.console --screenshots docs/console`). The data is the bench's made-up
vault; the playground's sample text is made up too."""

from __future__ import annotations

import time
from pathlib import Path

import aiohttp
import pyotp
from playwright.async_api import Page, async_playwright

from bench.console import PASSWORD
from proxy.cli.admin import enrolment_link
from proxy.server.app import Apps

SAMPLE = "Hi, I'm Giulia Bianchi, write to giulia.b@example.com or call +39 347 555 0199 tomorrow"


async def _shot(page: Page, folder: Path, name: str) -> None:
    await page.screenshot(path=str(folder / f"{name}.png"))
    print(f"  {folder / name}.png", flush=True)


async def screenshots(apps: Apps, base: str, totp: pyotp.TOTP, folder: Path, alias: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    admins = apps.runtime.admins
    enrolment = await admins.enrol(await admins.create("bob", tenant="", created_by="admin:alice"), PASSWORD)
    bob = pyotp.TOTP(pyotp.parse_uri(enrolment.provisioning_uri).secret)
    async with aiohttp.ClientSession() as http:  # alice asks for a bulk export: something to approve
        login = await (
            await http.post(
                f"{base}/admin/v1/login",
                json={"name": "alice", "password": PASSWORD, "code": totp.at(time.time() + 30)},
            )
        ).json()
        await http.post(
            f"{base}/admin/v1/approvals",
            headers={"Authorization": f"Bearer {login['token']}"},
            json={"action": "bulk_export", "tenant": "default"},
        )
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = await browser.new_page(viewport={"width": 1280, "height": 800})
        await page.goto(f"{base}/console/login")
        await _shot(page, folder, "login")
        await page.get_by_label("Admin name").fill("bob")
        await page.get_by_label("Password").fill(PASSWORD)
        await page.get_by_label("TOTP code").fill(bob.now())
        await page.get_by_role("button", name="Sign in").click()
        await page.wait_for_url(f"{base}/console/")
        await page.goto(f"{base}/console/audit")
        await page.get_by_role("button", name="Verify the chains").click()
        await _shot(page, folder, "audit")
        await page.goto(f"{base}/console/")
        await _shot(page, folder, "overview")
        await page.goto(f"{base}/console/vault")
        await _shot(page, folder, "vault")
        await page.goto(f"{base}/console/subjects")
        await page.get_by_label("Token or alias").fill(alias)
        await page.get_by_role("button", name="Find").click()
        await _shot(page, folder, "subject")
        row = page.locator("#tokens tbody tr").nth(1)
        await row.get_by_text("Reveal", exact=True).click()
        await row.get_by_label("Purpose").fill("support-callback")
        await _shot(page, folder, "reveal-prompt")
        await row.get_by_role("button", name="Reveal this value").click()
        await page.wait_for_selector("#tokens .revealed")
        await _shot(page, folder, "reveal")
        await page.get_by_label("Type ERASE to confirm").fill("ERASE")
        await page.get_by_role("button", name="Erase subject").click()
        await page.wait_for_url(f"{base}/console/erasures/*")
        await _shot(page, folder, "receipt")
        await page.goto(f"{base}/console/approvals")
        await _shot(page, folder, "approvals")
        await page.goto(f"{base}/console/recognizers")
        await page.get_by_label("A message").fill(SAMPLE)
        await page.get_by_role("button", name="Find personal data").click()
        await _shot(page, folder, "recognizers")
        await page.goto(f"{base}/console/dlq")
        await _shot(page, folder, "dead-letters")
        await page.goto(f"{base}/console/people")
        await _shot(page, folder, "people")
        await page.goto(f"{base}/console/recognizers")
        await page.locator("#active").scroll_into_view_if_needed()
        await _shot(page, folder, "recognizer-set")
        newcomer = await browser.new_page(viewport={"width": 1280, "height": 800})  # another browser's session
        await newcomer.goto(enrolment_link(base, await admins.create("dora", tenant="", created_by="admin:alice")))
        await _shot(newcomer, folder, "enrol")
        await newcomer.get_by_label("Choose a password").fill(PASSWORD)
        await newcomer.get_by_role("button", name="Enrol").click()
        await newcomer.wait_for_selector("#qr")
        await _shot(newcomer, folder, "enrolled")
        await browser.close()
