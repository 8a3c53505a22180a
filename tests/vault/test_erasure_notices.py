"""Erasure notices list exactly what each subscriber received: a webhook delivered to a
loopback subscriber, then an erasure through the admin API → a signed notice (retried
after a failure) naming exactly the delivered tokens of that customer; a subscriber
that received nothing of hers gets no notice; the delivery records go with her."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web
from pytest_aiohttp import AiohttpClient, AiohttpServer

from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.server.app import create_apps
from proxy.vault.vault import TokenizeRequest
from tests.inbound.harness import SECRETS, Crm, payload, settings_for, sign, subscriber, wait_for
from tests.server.access_kit import bootstrap, login
from tests.server.helpers import make_keys

TOKEN = re.compile(r"tok_[a-z_]+_[a-z2-7]{26}|wamid\.[a-z2-7]{26}|\b\d{15}\b|[A-Z]{2}\.\d{20}|[A-Z]{2}\.ENT\.\d{20}")


async def test_notice_lists_exactly_the_delivered_tokens(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    make_crm: Callable[[], Awaitable[Crm]],
) -> None:
    notices: list[tuple[str, dict[str, str], bytes]] = []
    attempts = {"n": 0}

    async def sink(request: web.Request) -> web.Response:
        attempts["n"] += 1
        if attempts["n"] == 1:
            return web.Response(status=503)  # the first attempt fails: the notice is retried
        notices.append((request.match_info["sub"], dict(request.headers), await request.read()))
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/erasure/{sub}", sink)
    server = await aiohttp_server(app)
    crm, images = await make_crm(), await make_crm()
    settings = settings_for(
        redis7_url,
        tmp_path,
        [
            subscriber("crm", crm.url, erasure_url=str(server.make_url("/erasure/crm"))),
            subscriber("crm2", images.url, message_types=["image"], erasure_url=str(server.make_url("/erasure/crm2"))),
        ],
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    public, admin = await aiohttp_client(apps.public), await aiohttp_client(apps.admin)
    raw = json.dumps(payload("webhook-text.json")).encode()
    resp = await public.post(
        "/webhooks/whatsapp", data=raw, headers={"X-Hub-Signature-256": sign(raw), "Content-Type": "application/json"}
    )
    assert resp.status == 200
    await wait_for(lambda: len(crm.received) == 1, what="the delivery")
    delivered = crm.received[0].json()
    contact = delivered["entry"][0]["changes"][0]["value"]["contacts"][0]
    sent = set(TOKEN.findall(crm.received[0].body.decode())) - {"106540352242922", "102290129340398"}
    assert contact["wa_id"] in sent and len(sent) >= 3  # wa_id, BSUID, name, wamid
    assert images.received == []
    vault = apps.runtime.vault
    assert vault is not None
    [found] = await vault.reveal("default", [contact["wa_id"]])
    subject = found.subject  # type: ignore[union-attr]
    [never_sent] = await vault.tokenize("default", [TokenizeRequest("Sheena N.", "PERSON", subject)])

    session = await login(admin, "alice", await bootstrap(apps))
    resp = await admin.post("/admin/v1/subjects/erase", headers=session, json={"subject": contact["wa_id"]})
    assert resp.status == 200, await resp.text()
    receipt = await resp.json()
    assert receipt["notices"] == {"crm": "pending"}  # crm2 received nothing of hers: no notice
    assert not await apps.runtime.redis.exists(keyspace.subject_sent("default", subject, "crm"))
    rt = apps.runtime
    for _ in range(100):
        if notices:
            break
        await asyncio.sleep(0.1)
        await rt.notices.deliver_due(now=1e12)  # skip the backoff
    [(to, headers, body)] = notices
    notice = json.loads(body)
    assert to == "crm" and notice["type"] == "veil.subject_erased" and notice["tenant"] == "default"
    assert set(notice["tokens"]) == sent and never_sent.token not in notice["tokens"]
    secret = SECRETS["crm"].encode()
    assert headers["X-Hub-Signature-256"] == "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    ts = headers["X-Veil-Timestamp"]
    assert (
        headers["X-Veil-Signature"]
        == "sha256=" + hmac.new(secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    )
    state = await (await admin.get(f"/admin/v1/erasures/{receipt['receipt']}", headers=session)).json()
    assert state["notices"]["crm"]["status"] == "delivered" and state["notices"]["crm"]["attempts"] == 2
    assert state["notices"]["crm"]["event_id"] == headers["X-Veil-Event-Id"]
    assert state["erased_at"] == notice["erased_at"]  # one time format for the receipt and the notice
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", state["notices"]["crm"]["delivered_at"])
