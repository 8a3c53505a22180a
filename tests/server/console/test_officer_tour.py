"""In Chromium against a real Veil and Redis: a second admin refuses one four-eyes request
and approves another,
filters and verifies the audit trail, tries the recognizer playground and reads the active
recognizer set, replays a dead letter
and reads services and admins; a forged or cross-site form changes nothing; every page
carries the console's security headers."""

from __future__ import annotations

import json
from pathlib import Path

import aiohttp
from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.server.app import create_apps
from tests.pii_guard import PiiValues
from tests.server.access_kit import PASSWORD, access_settings, add_admin, bootstrap
from tests.server.console.kit import EMAIL, chromium, sign_in, start_admin
from tests.server.helpers import make_keys


async def test_second_admin_approves_audits_tries_recognizers_and_replays(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: PiiValues,
) -> None:
    pii_values.add(EMAIL)
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await start_admin(apps)
    base = str(server.make_url("")).rstrip("/")
    alice, bob = await bootstrap(apps), await add_admin(apps, "bob")
    redis = apps.runtime.redis
    dead = {"e": "evt1", "b": b"{}", "reason": "max_age"}
    letter = (await redis.xadd(keyspace.delivery_dead("crm", 3), dead)).decode()
    async with aiohttp.ClientSession(base) as http:  # alice asks for a bulk export, as `veil vault export-all` does
        login = await http.post("/admin/v1/login", json={"name": "alice", "password": PASSWORD, "code": alice.code()})
        session = {"Authorization": f"Bearer {(await login.json())['token']}"}
        asked = await http.post(
            "/admin/v1/approvals", headers=session, json={"action": "bulk_export", "tenant": "default"}
        )
        approval = (await asked.json())["id"]
        retire = await http.post(
            "/admin/v1/approvals", headers=session, json={"action": "key_retire", "params": {"version": "1"}}
        )
        refused = (await retire.json())["id"]
    try:
        async with chromium() as browser:
            page = await browser.new_page()
            await sign_in(page, base, "bob", bob)
            first = await page.goto(f"{base}/console/")
            assert first is not None
            headers = await first.all_headers()
            assert headers["x-frame-options"] == "DENY" and "script-src 'self'" in headers["content-security-policy"]
            assert "unsafe-inline" not in headers["content-security-policy"]
            assert await page.locator("main .card .big").first.inner_text() == "ready"

            await page.get_by_role("link", name="Approvals").click()
            assert approval in await page.locator("#pending").inner_text()
            await page.locator("#pending tr", has_text=refused).get_by_role("button", name="Refuse").click()
            assert f"Refused key_retire {refused}" in await page.locator("p.notice").inner_text()
            assert refused not in await page.locator("#pending").inner_text()
            assert "refused" in await page.locator("#history").inner_text()
            assert await redis.exists(keyspace.approval(refused)) == 0  # nobody can approve or use it now
            await page.locator("#pending").get_by_role("button", name="Approve").click()
            assert f"Approved bulk_export {approval}" in await page.locator("p.notice").inner_text()
            assert "approved" in await page.locator("#history").inner_text()

            await page.get_by_role("link", name="Audit").click()
            await page.get_by_label("Action").fill("approval_give")
            await page.get_by_role("button", name="Filter").click()
            assert "action=approval_give" in page.url
            actions = await page.locator("#entries tbody td:nth-child(3)").all_inner_texts()
            assert actions == ["approval_give"]
            await page.get_by_role("button", name="Verify the chains").click()
            assert await page.locator("#verify .big").inner_text() == "Every chain is intact."
            await page.get_by_role("link", name="Overview").click()
            assert "intact" in await page.locator("main .cards").inner_text()

            await page.get_by_role("link", name="Recognizers").click()
            await page.get_by_label("A message").fill(f"please write to {EMAIL} tomorrow")
            await page.get_by_label("Language").select_option("en")
            await page.get_by_role("button", name="Find personal data").click()
            assert await page.locator("#playground mark small").all_inner_texts() == ["EMAIL_ADDRESS"]
            assert await page.locator("#forwarded").inner_text() == "please write to <EMAIL_ADDRESS> tomorrow"
            active = {tuple(r.split("\t")) for r in await page.locator("#active-en tbody tr").all_inner_texts()}
            assert ("EmailAddressRecognizer", "EMAIL_ADDRESS", "built-in") in active  # Veil's own
            assert ("OrderNumberRecognizer", "ORDER_NUMBER", "yaml") in active  # config/recognizers.yaml
            assert {a[2] for a in active} == {"built-in", "yaml"}  # no extra_recognizers configured here
            rows = await page.locator("#active-it tbody tr").count()  # every configured language has its table
            assert rows > 0 and await page.locator("#active-it caption").inner_text() == f"it: {rows} recognizers"

            await page.get_by_role("link", name="Dead letters").click()
            row = page.locator("table.letters tr", has_text="evt1")
            await row.get_by_role("button", name="Replay").click()
            assert f"Replayed 3:{letter}" in await page.locator("p.notice").inner_text()
            assert await redis.xlen(keyspace.delivery_stream("crm", 3)) == 1

            await page.get_by_role("link", name="Vault").click()
            assert "PHONE_NUMBER" not in await page.locator("#vault").inner_text()  # nothing tokenised here
            assert "default" in await page.locator("#vault").inner_text()
            assert "crm" in await (await page.goto(f"{base}/console/")).text()  # the backlog, on the overview

            await page.get_by_role("link", name="Services & admins").click()
            assert "crm" in await page.locator("#services").inner_text()
            assert "bob" in await page.locator("#admins").inner_text()

            # a forged token: refused, nothing done (the approval page still lists nothing new)
            await page.get_by_role("link", name="Audit").click()
            await page.locator("form[action$='/audit/verify'] input[name=csrf]").evaluate("e => e.value = 'forged'")
            await page.get_by_role("button", name="Verify the chains").click()
            assert "Refused" in await page.locator("h1").inner_text()
            # the right token from another site's page: refused too
            csrf = await page.goto(f"{base}/console/audit")
            token = await page.locator("form[action$='/audit/verify'] input[name=csrf]").get_attribute("value")
            assert csrf is not None and token
            cross = await page.request.post(
                f"{base}/console/audit/verify", form={"csrf": token}, headers={"Origin": "https://evil.example"}
            )
            assert cross.status == 403
            same = await page.request.post(
                f"{base}/console/audit/verify", form={"csrf": token}, headers={"Origin": base}
            )
            assert same.status == 200
    finally:
        await server.close()
    entries = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    done = [(e.get("actor"), e.get("action"), e.get("outcome")) for e in entries if e.get("type") != "checkpoint"]
    assert done.count(("admin:bob", "audit_verify", "allowed")) == 2  # the forged and cross-site posts did nothing
    assert ("admin:bob", "approval_refuse", "allowed") in done
    assert ("admin:bob", "approval_give", "allowed") in done and ("admin:bob", "dlq_replay", "allowed") in done
