"""In Chromium against a real Veil and Redis: an approval another admin decided while this
one looked at the list answers 409 `approval_changed`, and the page says so plainly (what
happened, that nothing was done, what to do) instead of a refusal's code."""

from __future__ import annotations

import json
from pathlib import Path

import aiohttp

from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from tests.server.access_kit import PASSWORD, access_settings, add_admin, bootstrap
from tests.server.console.kit import chromium, sign_in, start_admin
from tests.server.helpers import make_keys


async def test_an_approval_changed_meanwhile_is_explained(
    redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    # the session's analyzer, as the other admin tests inject it: a detector pool of its own would load six
    # languages' models in a worker process for a test that detects nothing
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await start_admin(apps)
    base = str(server.make_url("")).rstrip("/")
    alice, bob, carol = await bootstrap(apps), await add_admin(apps, "bob"), await add_admin(apps, "carol")

    async def session(http: aiohttp.ClientSession, name: str, totp: object) -> dict[str, str]:
        login = await http.post("/admin/v1/login", json={"name": name, "password": PASSWORD, "code": totp.code()})  # type: ignore[attr-defined]
        return {"Authorization": f"Bearer {(await login.json())['token']}"}

    try:
        async with aiohttp.ClientSession(base) as http:  # alice asks to create an admin, as `veil admin add` does
            asked = await http.post(
                "/admin/v1/approvals",
                headers=await session(http, "alice", alice),
                json={"action": "admin_create", "params": {"name": "dave", "tenant": ""}},
            )
            approval = (await asked.json())["id"]
            async with chromium() as browser:
                page = await browser.new_page()
                await sign_in(page, base, "bob", bob)
                await page.goto(f"{base}/console/approvals")
                assert approval in await page.locator("#pending").inner_text()
                # carol approves it through the API while bob's page still offers the button
                given = await http.post(
                    f"/admin/v1/approvals/{approval}/approve", headers=await session(http, "carol", carol)
                )
                assert given.status == 200, await given.text()
                async with page.expect_response(f"{base}/console/approvals/{approval}/approve") as waited:
                    await page.locator("#pending tr", has_text=approval).get_by_role("button", name="Approve").click()
                assert (await waited.value).status == 409
                error = await page.locator("p.error").inner_text()
                assert f"Approval {approval} changed while you were deciding" in error
                assert "Nothing was done" in error and "look again" in error
                assert approval in await page.locator("#pending").inner_text()  # the list as it is now
    finally:
        await server.close()
    audit = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [(e["actor"], e["outcome"], e.get("reason")) for e in audit if e.get("action") == "approval_give"] == [
        ("admin:carol", "allowed", f"admin_create:{approval}"),
        ("admin:bob", "denied", f"approval_changed:{approval}"),
    ]
