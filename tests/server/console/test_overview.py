"""In Chromium against a real Veil (its public app running the tokeniser and the senders),
Redis and a real CRM: after real webhooks, the overview shows what is sealed and not yet
tokenised per tenant, what was delivered in the last hours, and the open alerts."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.server.app import create_apps
from tests.inbound.harness import FAST, Crm, Veil, subscriber, text_message, wait_for
from tests.server.access_kit import access_settings, bootstrap
from tests.server.console.kit import chromium, sign_in, start_admin
from tests.server.helpers import make_keys


async def test_overview_shows_ingress_backlog_deliveries_and_alerts(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    make_crm: object,
) -> None:
    crm: Crm = await make_crm()  # type: ignore[operator]
    owned = [{"name": "default", "phone_number_ids": ["106540352242922"]}, {"name": "acme"}]
    settings = access_settings(
        redis7_url,
        tmp_path,
        listen={"public_url": "https://veil.example"},
        tenants=owned,
        subscribers=[subscriber("crm", crm.url)],
        **FAST,
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    veil = Veil(apps, await aiohttp_client(apps.public))  # starts the tokeniser and the senders
    server = await start_admin(apps)
    base = str(server.make_url("")).rstrip("/")
    alice = await bootstrap(apps)
    assert (await veil.post(text_message("wamid.one", "first"))).status == 200
    await wait_for(lambda: len(crm.received) == 1, what="one delivery")
    # The CRM's 2xx comes before the sender's ack, which carries the hour's count: stopping
    # the senders in between (a loaded machine) would leave the delivery uncounted.
    hours = [keyspace.delivered_hour("crm", int(time.time() // 3600) - d) for d in (0, 1)]
    async with Redis.from_url(redis7_url) as redis:
        for _ in range(300):
            if sum([await redis.pfcount(h) for h in hours]) == 1:
                break
            await asyncio.sleep(0.05)
    await apps.runtime.inbound.stop()  # nothing tokenises now: the next update stays sealed
    assert (await veil.post(text_message("wamid.two", "second"))).status == 200
    stray = text_message("wamid.three", "nobody's")
    stray["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = "555000111"
    assert (await veil.post(stray)).status == 200  # a number no tenant owns: quarantined, alerted
    await apps.runtime.alert_log.drain()
    try:
        async with chromium() as browser:
            page = await browser.new_page()
            await sign_in(page, base, "alice", alice)
            rows = {
                tuple(r.split("\t")[:2]) + (r.split("\t")[3],)
                for r in await page.locator("#ingress tbody tr").all_inner_texts()
            }
            assert rows == {("default", "1", "0"), ("acme", "0", "0")}
            assert await page.locator("#ingress tbody tr", has_text="default").locator("td").nth(1).inner_text() != "—"
            assert await page.locator("#delivered-total").inner_text() == "1 events delivered to subscribers in 24 h."
            bars = await page.locator("#deliveries rect title").all_text_contents()
            assert len(bars) == 24 and sorted(bars) == ["0"] * 23 + ["1"]
            hour = bars.index("1")
            assert hour >= 22  # this hour, or the last one if the hour turned since
            assert await page.locator("#deliveries rect").nth(hour).get_attribute("height") == "100"
            alerts = [r.split("\t") for r in await page.locator("#alerts tbody tr").all_inner_texts()]
            assert [a[:5] for a in alerts] == [["quarantine_growth", "warning", "_unrouted", "—", "1"]]
            assert "reason unknown_owner" in alerts[0][6] and "count 1" in alerts[0][6]
    finally:
        await server.close()
