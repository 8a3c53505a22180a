"""`/webhooks/whatsapp[/{tenant}]` over HTTP: handshake, signatures, limits, quarantine,
Redis outages and Meta's retries, tenant routing. Real Redis, real CRM servers."""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Awaitable, Callable
from pathlib import Path

from redis.asyncio import Redis

from proxy.inbound import deadletters
from proxy.kv import keyspace
from tests.inbound.harness import Crm, Veil, payload, settings_for, sign, subscriber, text_message, wait_for
from tests.redis_servers import RedisProcess, debian_redis_server

PNID = "106540352242922"
WABA = "102290129340398"


async def _ingress_keys(redis: Redis) -> list[bytes]:
    return [k async for k in redis.scan_iter(match="veil:{i:*")]


async def test_handshake_over_http(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)]))
    q = {"hub.mode": "subscribe", "hub.verify_token": "verify-token", "hub.challenge": "chal_lenge-42"}
    resp = await veil.client.get("/webhooks/whatsapp", params=q)
    assert resp.status == 200 and await resp.text() == "chal_lenge-42"
    assert resp.content_type == "text/plain"
    assert (await veil.client.get("/webhooks/whatsapp", params=q | {"hub.verify_token": "nope"})).status == 403
    bad = await veil.client.get("/webhooks/whatsapp", params=q | {"hub.challenge": "<b>x</b>"})
    assert bad.status == 400 and "<b>" not in await bad.text()
    assert (await veil.client.get("/webhooks/whatsapp/nosuch", params=q)).status == 404


async def test_bad_signatures_are_401_and_store_nothing(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)]))
    raw = json.dumps(payload("webhook-text.json")).encode()
    for headers in (
        {},
        {"X-Hub-Signature-256": sign(raw, "wrong-secret")},
        {"X-Hub-Signature-256": sign(raw + b" ")},
        {"X-Hub-Signature-256": "sha256=zz"},
    ):
        resp = await veil.client.post("/webhooks/whatsapp", data=raw, headers=headers)
        assert resp.status == 401
        assert (await resp.json())["error"]["code"] == "unauthorized"
    assert await _ingress_keys(veil.apps.runtime.redis) == []
    assert crm.attempts == 0


async def test_body_over_the_limit_is_413(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(
        settings_for(
            redis7_url,
            tmp_path,
            [subscriber("crm", crm.url)],
            listen={"public_url": "https://veil.example", "max_body_bytes": 4096},
        )
    )
    raw = json.dumps(text_message("wamid.big", "x" * 5000)).encode()
    resp = await veil.client.post("/webhooks/whatsapp", data=raw, headers={"X-Hub-Signature-256": sign(raw)})
    assert resp.status == 413
    assert await _ingress_keys(veil.apps.runtime.redis) == []


async def test_unparsable_and_unknown_updates_are_quarantined_the_rest_flows(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)]))
    resp = await veil.post(b"{not json")
    assert resp.status == 200 and (await resp.json())["quarantined"] == 1
    mixed = text_message("wamid.ok1")
    mixed["entry"][0]["changes"].append({"field": "calls", "value": {"calls": [{"from": "16505551234"}]}})
    resp = await veil.post(mixed)
    assert resp.status == 200 and (await resp.json()) | {} == {
        "status": "ok",
        "stored": 1,
        "duplicates": 0,
        "quarantined": 1,
    }
    await wait_for(lambda: len(crm.received) == 1, what="the good update")
    redis = veil.apps.runtime.redis
    letters = await deadletters.list_quarantine(redis, "default", 2)
    assert sorted(letter.reason for letter in letters) == ["unknown_shape", "unparsable_body"]
    raw = await redis.xrange(keyspace.ingress_quarantine("default", 0))
    assert all(b"16505551234" not in v and b"not json" not in v for _, f in raw for v in f.values())  # sealed
    metrics = veil.apps.runtime.metrics.render().decode()
    assert 'veil_alerts_total{kind="quarantine_growth",severity="warning"} 2.0' in metrics  # one per reason
    assert (await veil.post(b"{still not json")).status == 200  # a flood of one reason: one alert a minute
    assert len(await deadletters.list_quarantine(redis, "default", 2)) == 3
    metrics = veil.apps.runtime.metrics.render().decode()
    assert 'veil_alerts_total{kind="quarantine_growth",severity="warning"} 2.0' in metrics
    assert not await deadletters.replay_quarantine(redis, "default", letters[0].id)  # not a tokenisation failure
    assert await deadletters.drop_quarantine(redis, "default", letters[0].id)


async def test_redis_down_is_503_then_metas_retry_succeeds(
    tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    proc = RedisProcess(debian_redis_server()).start()
    try:
        crm = await make_crm()
        veil = await start_veil(settings_for(proc.url, tmp_path, [subscriber("crm", crm.url)]))
        assert (await veil.post(text_message("wamid.before"))).status == 200
        await wait_for(lambda: len(crm.received) == 1, what="first delivery")
        proc.stop()
        body = text_message("wamid.during")
        assert (await veil.post(body)).status == 503
        proc.start()
        resp = await veil.post(body)  # Meta retries the same POST
        assert resp.status == 200, await resp.text()
        await wait_for(lambda: len(crm.received) == 2, what="delivery after the outage")
        again = await veil.post(body)
        assert again.status == 200, await again.text()
        assert (await again.json())["duplicates"] == 1  # and again: not delivered twice
        await asyncio.sleep(0.5)
        assert len(crm.received) == 2
        wamid = crm.received[1].json()["entry"][0]["changes"][0]["value"]["messages"][0]["id"]
        assert wamid.startswith("wamid.") and wamid != "wamid.during"
    finally:
        proc.stop()


async def test_a_retry_in_another_batch_is_delivered_once(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)]))
    one, two = text_message("wamid.one"), text_message("wamid.two", wa_id="393471234567")
    batch = copy.deepcopy(one)
    batch["entry"].append(two["entry"][0])
    assert (await (await veil.post(batch)).json())["stored"] == 2
    again = await veil.post(two)  # the second update, retried alone
    assert (await again.json())["duplicates"] == 1
    await wait_for(lambda: len(crm.received) == 2)
    assert (await veil.post(batch)).status == 200  # and the whole batch again
    statuses = copy.deepcopy(payload("webhook-status-read.json"))
    assert (await (await veil.post(statuses)).json())["stored"] == 1
    assert (await (await veil.post(statuses)).json())["duplicates"] == 1
    delivered = copy.deepcopy(statuses)
    delivered["entry"][0]["changes"][0]["value"]["statuses"][0]["status"] = "delivered"
    assert (await (await veil.post(delivered)).json())["stored"] == 1  # another status of the same wamid
    await wait_for(lambda: len(crm.received) == 4)
    assert len({d.event_id for d in crm.received}) == 4


async def test_tenants_route_by_number_and_app(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm, crm2 = await make_crm(), await make_crm()
    tenants = [
        {"name": "main", "waba_ids": [WABA], "phone_number_ids": [PNID], "display_numbers": ["15550783881"]},
        {
            "name": "acme",
            "waba_ids": ["999"],
            "phone_number_ids": ["555"],
            "app_secret_env": "VEIL_ACME_APP_SECRET",
            "verify_token_env": "VEIL_ACME_VERIFY",
        },
    ]
    subs = [subscriber("crm", crm.url, tenant="main"), subscriber("crm2", crm2.url, tenant="acme")]
    services = [{"name": "crm", "tenant": "main", "api_key_env": "VEIL_SVC_CRM_KEY", "use": ["PHONE_NUMBER"]}]
    veil = await start_veil(settings_for(redis7_url, tmp_path, subs, tenants=tenants, services=services))
    acme = text_message("wamid.acme")
    acme["entry"][0]["id"] = "999"
    acme["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = "555"
    q = {"hub.mode": "subscribe", "hub.verify_token": "acme-verify", "hub.challenge": "ok"}
    assert (await veil.client.get("/webhooks/whatsapp/acme", params=q)).status == 200
    assert (await veil.client.get("/webhooks/whatsapp", params=q)).status == 403
    assert (await veil.post(acme, path="/webhooks/whatsapp/acme")).status == 401  # the default app's secret
    resp = await veil.post(acme, path="/webhooks/whatsapp/acme", secret="acme-app-secret")
    assert (await resp.json())["stored"] == 1
    resp = await veil.post(acme, secret="app-secret")  # acme's number through the shared app: refused
    assert (await resp.json())["quarantined"] == 1
    unknown = text_message("wamid.nobody")
    unknown["entry"][0]["id"] = "123"
    unknown["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = "456"
    assert (await (await veil.post(unknown)).json())["quarantined"] == 1
    assert (await (await veil.post(text_message("wamid.main"))).json())["stored"] == 1
    await wait_for(lambda: len(crm.received) == 1 and len(crm2.received) == 1)
    redis = veil.apps.runtime.redis
    reasons = sorted(x.reason for x in await deadletters.list_quarantine(redis, "_unrouted", 1))
    assert reasons == ["unknown_owner", "wrong_app"]
    assert [x.reason for x in await deadletters.list_quarantine(redis, "main", 1)] == []


async def test_wait_replicas_unconfirmed_is_503(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(
        settings_for(
            redis7_url,
            tmp_path,
            [subscriber("crm", crm.url)],
            vault={"url": redis7_url, "wait_replicas": 1, "wait_timeout_ms": 20},
        )
    )
    resp = await veil.post(text_message("wamid.unreplicated"))
    assert resp.status == 503  # no replica confirmed: Meta will retry
