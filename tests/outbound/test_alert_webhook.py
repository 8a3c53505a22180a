"""The signed alert webhook against a real HTTP server: signatures, retries with backoff,
stable event ids, redirects never followed, and a caller that is never blocked."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time

import aiohttp
from aiohttp import web
from prometheus_client import CollectorRegistry
from pytest_aiohttp import AiohttpServer

from proxy.alerts import AlertSink, ceiling_alert, honey_alert
from proxy.outbound.alert_webhook import AlertWebhook

SECRET = "alert-secret"


class Receiver:
    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.got: list[tuple[dict[str, str], bytes]] = []

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.got.append((dict(request.headers), await request.read()))
        status = self.statuses.pop(0) if self.statuses else 200
        if status == 302:
            raise web.HTTPFound("/elsewhere")
        return web.Response(status=status)


async def serve(aiohttp_server: AiohttpServer, receiver: Receiver) -> str:
    app = web.Application()
    app.router.add_post("/alerts", receiver.handle)
    app.router.add_post("/elsewhere", receiver.handle)
    server = await aiohttp_server(app)
    return str(server.make_url("/alerts"))


async def test_signed_retried_with_a_stable_id_until_accepted(aiohttp_server: AiohttpServer) -> None:
    receiver = Receiver([500, 503, 200])
    url = await serve(aiohttp_server, receiver)
    async with aiohttp.ClientSession() as http:
        hook = AlertWebhook(url, SECRET, http, base_delay_s=0.01)
        sink = AlertSink(CollectorRegistry())
        sink.add_channel("webhook", hook.submit)
        task = asyncio.create_task(hook.run())
        started = time.perf_counter()
        sink.emit(ceiling_alert("crm", "acme", "reveal", "PHONE_NUMBER", "minute", 30, True))
        assert time.perf_counter() - started < 0.05  # the caller never waits for the network
        await asyncio.wait_for(hook.drain(), 5)
        task.cancel()
    assert len(receiver.got) == 3 and hook.sent == 1
    ids = {h["X-Veil-Event-Id"] for h, _ in receiver.got}
    assert len(ids) == 1 and len({body for _, body in receiver.got}) == 1
    headers, body = receiver.got[-1]
    ts = headers["X-Veil-Timestamp"]
    expected = hmac.new(SECRET.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    assert headers["X-Veil-Signature"] == f"sha256={expected}"
    assert headers["X-Hub-Signature-256"] == "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert abs(int(ts) - time.time()) < 60
    doc = json.loads(body)
    assert doc["type"] == "veil.alert" and doc["id"] in ids and doc["kind"] == "ceiling_exceeded"
    assert doc["detail"] == {"op": "reveal", "entity": "PHONE_NUMBER", "window": "minute", "limit": 30, "blocked": True}


async def test_redirect_is_a_failure_and_never_followed(aiohttp_server: AiohttpServer) -> None:
    receiver = Receiver([302, 302])
    url = await serve(aiohttp_server, receiver)
    async with aiohttp.ClientSession() as http:
        hook = AlertWebhook(url, SECRET, http, base_delay_s=0.01, max_attempts=2)
        hook.submit(honey_alert("crm", "acme", "reveal", 1))
        task = asyncio.create_task(hook.run())
        await asyncio.wait_for(hook.drain(), 5)
        task.cancel()
    assert len(receiver.got) == 2 and hook.failed == 1 and hook.sent == 0


async def test_full_queue_drops_the_oldest(aiohttp_server: AiohttpServer) -> None:
    receiver = Receiver([])
    url = await serve(aiohttp_server, receiver)
    async with aiohttp.ClientSession() as http:
        hook = AlertWebhook(url, SECRET, http, max_queue=2)
        for n in range(4):
            hook.submit(honey_alert("crm", "acme", "use", n + 1))
        assert hook.dropped == 2
        task = asyncio.create_task(hook.run())
        await asyncio.wait_for(hook.drain(), 5)
        task.cancel()
    assert [json.loads(b)["detail"]["count"] for _, b in receiver.got] == [3, 4]
