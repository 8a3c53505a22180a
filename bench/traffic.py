"""Traffic of the inbound benches: the open-loop load generator and the fake CRM that counts.

The fake CRM (`crm_main`) runs in its own process, so its CPU is not the load generator's: an
aiohttp server that records the arrival time of every delivery keyed by the bench's sequence
number (carried in `messages[].timestamp`), counts deliveries per sequence number (duplicates),
checks the subscriber signature and counts bodies still holding a customer's phone number or
BSUID in clear (`leaks`, must be 0), and keeps each delivery's `X-Veil-Received`. `offer` sends
signed webhooks open loop; `drain` waits until the CRM holds what was acknowledged; `delivery`
computes loss, duplicates and latency; `order` checks each customer's order both ways.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bench.harness import BSUID_PREFIX, SUB_SECRET, Webhook, seq_of

# ---------------------------------------------------------------- the fake CRM


def crm_main(port: int) -> None:
    """The fake CRM (a child process): records arrivals, answers 200 at once."""
    from aiohttp import web

    arrivals: dict[int, list[float]] = {}
    received: dict[int, int] = {}  # seq -> X-Veil-Received of its first delivery (receipt order key)
    counters = {"leaks": 0, "bad_signature": 0, "other": 0, "deliveries": 0}
    secret = SUB_SECRET.encode()

    async def hook(request: web.Request) -> web.Response:
        raw = await request.read()
        now = time.time()
        counters["deliveries"] += 1
        mac = "sha256=" + hmac.new(secret, raw, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(mac, request.headers.get("X-Hub-Signature-256", "")):
            counters["bad_signature"] += 1
        if b"4477009" in raw or BSUID_PREFIX.encode() in raw:
            counters["leaks"] += 1
        seq = seq_of(json.loads(raw))
        if seq is None:
            counters["other"] += 1
        else:
            arrivals.setdefault(seq, []).append(now)
            key = request.headers.get("X-Veil-Received")
            if key is not None:
                received.setdefault(seq, int(key))
        return web.Response(status=200)

    async def count(_request: web.Request) -> web.Response:
        return web.json_response({"distinct": len(arrivals)} | counters)

    async def stats(_request: web.Request) -> web.Response:
        return web.json_response(
            {"arrivals": {str(k): v for k, v in arrivals.items()}, "received": {str(k): v for k, v in received.items()}}
            | counters
        )

    app = web.Application(client_max_size=16 * 1024 * 1024)
    app.router.add_post("/hook", hook)
    app.router.add_get("/count", count)
    app.router.add_get("/stats", stats)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


# ---------------------------------------------------------------- the load generator


@dataclass
class Offered:
    """What the load generator saw: per sequence number, send time (unix s), ack latency (s), status."""

    sent: dict[int, float] = field(default_factory=dict)
    ack: dict[int, float] = field(default_factory=dict)
    status: dict[int, int] = field(default_factory=dict)
    wall_s: float = 0.0

    def acked(self) -> list[int]:
        return [s for s, code in self.status.items() if code == 200]


async def offer(url: str, hooks: Sequence[Webhook], rate: float, out: Offered, *, connections: int = 16) -> None:
    """Open loop: webhook i is sent at t0 + i/rate whatever happened to the ones before it.

    Latency runs from the moment a webhook is due, so time spent waiting for a free connection
    counts (no coordinated omission). Connections are spread over `connections` keep-alive
    sockets so that SO_REUSEPORT can spread them over Veil's workers."""
    sessions = [aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1)) for _ in range(connections)]
    try:

        async def one(session: aiohttp.ClientSession, hook: Webhook, due: float) -> None:
            out.sent[hook.seq] = time.time()
            try:
                async with session.post(
                    url,
                    data=hook.body,
                    headers={"Content-Type": "application/json", "X-Hub-Signature-256": hook.signature},
                ) as resp:
                    await resp.read()
                    out.status[hook.seq] = resp.status
            except aiohttp.ClientError:
                out.status[hook.seq] = 0
            out.ack[hook.seq] = time.perf_counter() - due

        tasks = []
        t0 = time.perf_counter()
        for i, hook in enumerate(hooks):
            due = t0 + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(sessions[i % connections], hook, due)))
        await asyncio.gather(*tasks)
        out.wall_s = time.perf_counter() - t0
    finally:
        for s in sessions:
            await s.close()


async def crm_get(port: int, path: str) -> dict[str, Any]:
    async with aiohttp.ClientSession() as s, s.get(f"http://127.0.0.1:{port}{path}") as r:
        data: dict[str, Any] = await r.json()
        return data


async def drain(port: int, expected: Iterable[int], *, timeout: float = 60.0, quiet_s: float = 15.0) -> dict[str, Any]:
    """Wait until the CRM holds every expected sequence number (or nothing arrived for `quiet_s`,
    or `timeout`); return its full record."""
    want = set(expected)
    deadline = time.monotonic() + timeout
    last, last_change = -1, time.monotonic()
    while time.monotonic() < deadline:
        count = await crm_get(port, "/count")
        if count["deliveries"] != last:
            last, last_change = count["deliveries"], time.monotonic()
        if count["distinct"] >= len(want) or time.monotonic() - last_change > quiet_s:
            stats = await crm_get(port, "/stats")
            if want <= {int(k) for k in stats["arrivals"]} or time.monotonic() - last_change > quiet_s:
                return stats
        await asyncio.sleep(0.25)
    return await crm_get(port, "/stats")


@dataclass(frozen=True)
class Delivery:
    """Loss, duplicates and delivery latency of one window of sequence numbers."""

    acked: int
    delivered: int
    lost: list[int]
    duplicates: int
    latency_s: list[float]
    first_s: float
    last_s: float


def delivery(offered: Offered, stats: dict[str, Any], seqs: Iterable[int]) -> Delivery:
    arrivals = {int(k): v for k, v in stats["arrivals"].items()}
    acked = set(offered.acked()) & set(seqs)
    lost = sorted(s for s in acked if s not in arrivals)
    mine = [s for s in seqs if s in arrivals]
    dup = sum(len(arrivals[s]) - 1 for s in mine)
    lat = [min(arrivals[s]) - offered.sent[s] for s in mine if s in offered.sent]
    times = [min(arrivals[s]) for s in mine]
    return Delivery(len(acked), len(mine), lost, dup, lat, min(times, default=0.0), max(times, default=0.0))


@dataclass(frozen=True)
class Order:
    """One customer's consecutive acknowledged webhooks where the first was acknowledged
    before the second was sent: how many, how many were delivered the other way round, and
    how many have their `X-Veil-Received` the other way round (or missing)."""

    pairs: int
    delivered_reversed: int
    key_reversed: int


def order(offered: Offered, stats: dict[str, Any], customers: int) -> Order:
    arrivals = {int(k): min(v) for k, v in stats["arrivals"].items()}
    keys = {int(k): int(v) for k, v in stats.get("received", {}).items()}
    by_customer: dict[int, list[int]] = {}
    for seq in sorted(offered.acked(), key=lambda s: offered.sent[s]):
        by_customer.setdefault(seq % customers, []).append(seq)
    pairs = delivered = keyed = 0
    for seqs in by_customer.values():
        for a, b in zip(seqs, seqs[1:], strict=False):
            if offered.sent[a] + offered.ack[a] >= offered.sent[b] or a not in arrivals or b not in arrivals:
                continue
            pairs += 1
            delivered += arrivals[b] < arrivals[a]
            keyed += not (a in keys and b in keys and keys[a] < keys[b])
    return Order(pairs, delivered, keyed)
