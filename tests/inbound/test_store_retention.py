"""Every store beside the vault that holds personal data has a bound: quarantine, delivery
queues and dead letters are trimmed by the retention sweep once older than their
`vault.stores.*_days`, and an erasure's receipt and notices expire by TTL. Over real HTTP
(webhooks in, a subscriber down, one past max_age) and a real Redis; the sweep is run
with a clock moved forward, so nothing waits for days."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from pytest_aiohttp import AiohttpClient

from proxy.config import parse_settings
from proxy.errors import ConfigError
from proxy.kv import keyspace
from tests.inbound.harness import ENV, Crm, Veil, settings_for, subscriber, text_message, wait_for
from tests.server.access_kit import bootstrap, login

DAY = 86_400
STORES = {"quarantine_days": 2, "queue_days": 3, "dead_letter_days": 4, "receipt_days": 5, "notice_days": 6}


async def _lengths(veil: Veil) -> tuple[int, int, int]:
    """(quarantined, queued for crm, dead letters of crm3) over every shard and partition."""
    redis, s = veil.apps.runtime.redis, veil.apps.runtime.settings
    quarantined = sum([await redis.xlen(keyspace.ingress_quarantine("default", i)) for i in range(s.ingress.shards)])
    queued = sum([await redis.xlen(keyspace.delivery_stream("crm", p)) for p in range(s.delivery.partitions)])
    dead = sum([await redis.xlen(keyspace.delivery_dead("crm3", p)) for p in range(s.delivery.partitions)])
    return quarantined, queued, dead


async def test_every_store_is_bounded(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    tmp_path: Path,
    start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
) -> None:
    down, late = await make_crm(), await make_crm()
    down.fail = late.fail = True
    subs = [subscriber("crm", down.url, erasure_url=down.url), subscriber("crm3", late.url, max_age_s=1)]
    veil = await start_veil(
        settings_for(redis7_url, tmp_path, subs, vault={"url": redis7_url, "retention_days": 7, "stores": STORES})
    )
    assert (await veil.post(text_message("wamid.kept", "ciao"))).status == 200
    assert (await veil.post(b'{"object": "whatsapp_business_account", "entry": [')).status == 200  # quarantined
    await wait_for(lambda: down.attempts >= 1 and late.attempts >= 2, what="failed deliveries")
    rt = veil.apps.runtime
    for _ in range(100):  # crm3's event reaches its dead letters after max_age
        if (await _lengths(veil))[2] == 1:
            break
        await asyncio.sleep(0.05)
    assert await _lengths(veil) == (1, 1, 1)
    now = time.time()
    assert await rt.retention.sweep_stores(now) == 0
    assert await rt.retention.sweep_stores(now + 2 * DAY + 60) == 1
    assert await _lengths(veil) == (0, 1, 1)
    assert await rt.retention.sweep_stores(now + 3 * DAY + 60) == 1
    assert await _lengths(veil) == (0, 0, 1)
    assert await rt.retention.sweep_stores(now + 4 * DAY + 60) == 1
    assert await _lengths(veil) == (0, 0, 0)

    admin = await aiohttp_client(veil.apps.admin)
    session = await login(admin, "alice", await bootstrap(veil.apps))
    resp = await admin.post("/admin/v1/subjects/erase", headers=session, json={"subject": "16505551234"})
    assert resp.status == 200, await resp.text()
    receipt = (await resp.json())["receipt"]
    assert 4 * DAY < await rt.redis.ttl(keyspace.erasure_receipt(receipt)) <= 5 * DAY
    [notice] = [n async for n in rt.redis.scan_iter(match=keyspace.notice("*"))]
    assert 5 * DAY < await rt.redis.ttl(notice) <= 6 * DAY


def test_no_store_outlives_the_vault() -> None:
    with pytest.raises(ConfigError, match="longer than vault.retention_days"):
        parse_settings({"vault": {"retention_days": 30, "stores": {"dead_letter_days": 31}}}, ENV)
    assert parse_settings({"vault": {"retention_days": 30}}, ENV).vault.store_days("quarantine") == 30
