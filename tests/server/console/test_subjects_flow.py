"""In Chromium against a real Veil and Redis: sign in with TOTP, find a subject by its phone
number, reveal one of its values after an inline step-up, download its access export, erase
it with a receipt, sign out; and nothing the browser saw (pages, URLs, redirects, Referers)
nor any server log line carries a value used, but the one answer that reveals a value."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from pytest_aiohttp import AiohttpClient

from proxy.access.sessions import digest
from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.server.app import create_apps
from tests.pii_guard import PiiValues
from tests.server.access_kit import access_settings, bootstrap
from tests.server.console.kit import EMAIL, NAME, PHONE, Visit, chromium, customer, sign_in, start_admin
from tests.server.helpers import make_keys


async def test_lookup_export_erase_and_sign_out_leak_nothing(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: PiiValues,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    pii_values.add(PHONE, NAME, EMAIL)
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public = await aiohttp_client(apps.public)
    server = await start_admin(apps)
    base = str(server.make_url("")).rstrip("/")
    tokens = await customer(public)
    totp = await bootstrap(apps)
    seen = Visit()
    async with chromium() as browser:
        context = await browser.new_context(accept_downloads=True)
        page = await context.new_page()
        seen.watch(page)
        await sign_in(page, base, "alice", totp)
        await seen.keep(page)
        cookie = next(c for c in await context.cookies() if c["name"] == "veil_console")
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/console"
        size = await page.locator("#vault-size").inner_text()  # the overview: the counts kept on write
        assert "PHONE_NUMBER 1" in size and "PERSON 1" in size and "EMAIL_ADDRESS 1" in size

        await page.get_by_role("link", name="Subjects").click()
        await page.get_by_label("Token or alias").fill(PHONE)
        await page.get_by_role("button", name="Find").click()
        await page.wait_for_selector("#tokens")
        await seen.keep(page)
        rows = await page.locator("#tokens tbody tr").all_inner_texts()
        assert sorted(r.split("\t")[0] for r in rows) == ["EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER"]
        assert all("hidden" in r for r in rows)
        shown = await page.locator("#tokens").inner_text()
        assert not any(t in shown for t in tokens)  # tokens are shown shortened

        await page.get_by_role("button", name="Show the access report").click()
        await page.wait_for_selector("#report")
        await seen.keep(page)
        assert "admin:alice\tsubject_lookup" in await page.locator("#report").inner_text()

        # one value revealed, for a purpose; the sign-in's step-up has lapsed (as after 5 minutes),
        # so the row's prompt comes back open asking for a code, and nothing is shown until then
        session = keyspace.admin_session(digest(cookie["value"]))
        record = json.loads(await apps.runtime.redis.get(session))
        await apps.runtime.redis.set(session, json.dumps(record | {"elevated_until": 0}), keepttl=True)
        person = page.locator("#tokens tbody tr", has_text="PERSON")
        await person.get_by_text("Reveal", exact=True).click()
        await person.get_by_label("Purpose").fill("support-callback")
        await person.get_by_role("button", name="Reveal this value").click()
        await page.wait_for_selector("p.error")
        await seen.keep(page)
        assert "step-up has lapsed" in await page.locator("p.error").inner_text()
        person = page.locator("#tokens tbody tr", has_text="PERSON")
        assert await person.locator("details").get_attribute("open") is not None
        assert await person.get_by_label("Purpose").input_value() == "support-callback"
        async with page.expect_response(lambda r: r.url.endswith("/reveal-token")) as answer_info:
            await person.get_by_label("TOTP code").fill(totp.code())
            await person.get_by_role("button", name="Reveal this value").click()
        answer = await answer_info.value
        assert answer.request.method == "POST" and answer.headers["cache-control"] == "no-store"
        assert await person.locator(".revealed").inner_text() == NAME
        assert await page.locator("#tokens .revealed").count() == 1  # only the one asked for
        await page.get_by_role("link", name="Subjects").click()  # its Referer names no value
        await page.get_by_label("Token or alias").fill(tokens[0])
        await page.get_by_role("button", name="Find").click()
        await page.wait_for_selector("#tokens")
        await seen.keep(page)
        assert await page.locator("#tokens .revealed").count() == 0  # shown in that one answer only

        async with page.expect_download() as download_info:
            await page.get_by_role("button", name="Download export").click()
        export = json.loads(Path(await (await download_info.value).path()).read_text())
        assert {t["value"] for t in export["tokens"]} == {PHONE, NAME, EMAIL}
        assert {t["token"] for t in export["tokens"]} == set(tokens)
        assert [e["action"] for e in export["access_report"]][-1] == "export"

        erase = page.get_by_role("button", name="Erase subject")
        assert await erase.is_disabled()  # until the word is typed (console.js)
        await page.get_by_label("Type ERASE to confirm").fill("ERASE")
        await erase.click()
        await page.wait_for_url(f"{base}/console/erasures/era_*")
        await seen.keep(page)
        assert await page.locator("#receipt-tokens").inner_text() == "3"
        receipt_id = await page.locator("#receipt-id").inner_text()
        async with page.expect_download() as download_info:
            await page.locator("#receipt-download").click()
        receipt = json.loads(Path(await (await download_info.value).path()).read_text())
        assert receipt["id"] == receipt_id and receipt["tokens"] == 3
        await page.goto(f"{base}/console/")
        assert "PHONE_NUMBER" not in await page.locator("#vault-size").inner_text()  # erased: counted out

        await page.goto(f"{base}/console/subjects")
        await page.get_by_label("Token or alias").fill(PHONE)
        await page.get_by_role("button", name="Find").click()
        await page.wait_for_selector("p.error")
        await seen.keep(page)
        assert "No subject" in await page.locator("p.error").inner_text()

        await page.get_by_role("button", name="Sign out").click()
        await page.wait_for_url(f"{base}/console/login")
        assert "veil_console" not in {c["name"] for c in await context.cookies()}
        await page.goto(f"{base}/console/audit")
        assert page.url == f"{base}/console/login"
    await server.close()

    audit = (tmp_path / "audit.jsonl").read_text()
    assert all(f'"action":"{a}"' in audit for a in ("login", "subject_lookup", "reveal", "export", "erase"))
    reveals = [json.loads(line) for line in audit.splitlines() if '"action":"reveal"' in line]
    assert [(e["actor"], e["purpose"], e["tokens"]) for e in reveals] == [
        ("admin:alice", "support-callback", [tokens[1]])
    ]
    assert '"actor":"admin:alice"' in audit
    for where, texts in (
        ("page", seen.pages),
        ("url", seen.urls),
        ("log", [r.getMessage() + json.dumps(r.__dict__, default=str) for r in caplog.records]),
    ):
        leaked = [
            v
            for text in texts
            for v in pii_values.found_in(text)
            if v in {PHONE.lower(), NAME.lower(), EMAIL.lower(), "393471234567"}
        ]
        assert not leaked, (where, leaked)
    assert len(seen.pages) == 7 and len(seen.urls) > 10
