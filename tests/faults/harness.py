"""Fault-test harness: a fake Meta that posts signed webhooks at a steady rate and resends
what was not acknowledged, subscribers that record every delivery (and can go down and
come back on the same port), and the bookkeeping that proves "no acknowledged event lost".

Every event carries a sequence marker (`seq<N>x`) in its text body, which the tokeniser
leaves alone, so a delivery is matched to the event Meta sent. Loopback only; every
loop is bounded by a deadline.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from tests.inbound.harness import APP_SECRET, payload, sign
from tests.redis_servers import free_port

SEQ_RE = re.compile(r"seq(\d+)x")


def text_event(seq: int, customer: int) -> bytes:
    """A signed-ready text-message webhook: a unique wamid and a `seq<N>x` marker; one of a
    few customers (so several partitions and shards are used, each in order)."""
    body = copy.deepcopy(payload("webhook-text.json"))
    value = body["entry"][0]["changes"][0]["value"]
    wa_id = f"1650555{1000 + customer:04d}"
    value["contacts"][0]["wa_id"] = wa_id
    value["contacts"][0].pop("user_id", None)
    msg = value["messages"][0]
    msg["from"] = wa_id
    msg.pop("from_user_id", None)
    msg["id"] = f"wamid.FAULT{seq:08d}"
    msg["text"]["body"] = f"Does it come in another color? seq{seq}x"
    return json.dumps(body).encode()


@dataclass
class MetaSender:
    """Meta's side: POST each event until it gets a 200, as Meta retries (here: quickly)."""

    url: str
    secret: str = APP_SECRET
    customers: int = 6
    acked: set[int] = field(default_factory=set)
    answers: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))  # 0 = no answer
    give_up_s: float = 60.0
    first_sent: dict[int, float] = field(default_factory=dict)  # monotonic time of the first POST
    acked_at: dict[int, float] = field(default_factory=dict)  # and of the 200

    async def send(self, session: aiohttp.ClientSession, seq: int) -> None:
        raw = text_event(seq, seq % self.customers)
        headers = {"X-Hub-Signature-256": sign(raw, self.secret), "Content-Type": "application/json"}
        deadline = time.monotonic() + self.give_up_s
        self.first_sent[seq] = time.monotonic()
        delay = 0.1
        while time.monotonic() < deadline:
            try:
                async with session.post(
                    self.url, data=raw, headers=headers, timeout=aiohttp.ClientTimeout(total=5)
                ) as resp:
                    await resp.read()
                    status = resp.status
            except (aiohttp.ClientError, TimeoutError, OSError):
                status = 0
            self.answers[seq].append(status)
            if status == 200:
                self.acked.add(seq)
                self.acked_at[seq] = time.monotonic()
                return
            assert status == 0 or status >= 500, f"event {seq} refused with {status}: Meta would drop it"
            await asyncio.sleep(delay)
            delay = min(1.0, delay * 2)

    async def stream(self, count: int, rate: float, start: int = 0) -> None:
        """`count` events at `rate`/s, each retried concurrently until acknowledged."""
        # a connection per POST, as Meta's senders spread over every worker behind the listener
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True)) as session:
            tasks = []
            for seq in range(start, start + count):
                tasks.append(asyncio.create_task(self.send(session, seq)))
                await asyncio.sleep(1 / rate)
            await asyncio.gather(*tasks)

    def resent(self) -> dict[int, list[int]]:
        """Events Meta had to send more than once, with every answer it got."""
        return {seq: a for seq, a in self.answers.items() if len(a) > 1}

    def non_200_only_before_success(self) -> bool:
        return all(a[-1] == 200 and all(s != 200 for s in a[:-1]) for a in self.answers.values())


@dataclass
class Subscriber:
    """A CRM on a fixed loopback port that records (seq, event id) per delivery; `down()`
    closes the listener (connections refused), `up()` opens it again on the same port."""

    port: int = field(default_factory=free_port)
    delay_s: float = 0.0  # answer slowly: deliveries are in flight when a worker dies
    got: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    order: list[int] = field(default_factory=list)  # seq of every delivery, as they came
    received: dict[int, int] = field(default_factory=dict)  # seq -> its X-Veil-Received (receipt order key)
    arrived: dict[int, list[float]] = field(default_factory=lambda: defaultdict(list))  # seq -> monotonic times
    _runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def handle(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        text = body["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"]
        match = SEQ_RE.search(text)
        assert match, "delivery without its sequence marker"
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        self.got[int(match.group(1))].append(request.headers["X-Veil-Event-Id"])
        self.arrived[int(match.group(1))].append(time.monotonic())
        self.received.setdefault(int(match.group(1)), int(request.headers["X-Veil-Received"]))
        self.order.append(int(match.group(1)))
        return web.json_response({"ok": True})

    async def up(self) -> None:
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def down(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def duplicates(self) -> dict[int, list[str]]:
        return {seq: ids for seq, ids in self.got.items() if len(ids) > 1}


async def wait_delivered(acked: set[int], subscribers: list[Subscriber], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(acked <= set(s.got) for s in subscribers):
            return
        await asyncio.sleep(0.1)
    missing = {i: sorted(acked - set(s.got))[:20] for i, s in enumerate(subscribers)}
    raise AssertionError(f"acknowledged events never delivered: {missing}")


def check_no_loss(sender: MetaSender, subscribers: list[Subscriber], *, max_duplicates: int) -> dict[str, Any]:
    """Every acknowledged event reached every subscriber; duplicates are few and each carries
    one event id; only events never acknowledged were resent. Returns the counts."""
    assert sender.non_200_only_before_success(), "an event was resent after Meta got a 200"
    report: dict[str, Any] = {"acked": len(sender.acked), "resent": len(sender.resent())}
    for i, sub in enumerate(subscribers):
        assert sender.acked <= set(sub.got), f"subscriber {i} lost {sorted(sender.acked - set(sub.got))[:20]}"
        dups = sub.duplicates()
        assert all(len(set(ids)) == 1 for ids in dups.values()), "a redelivery changed its event id"
        assert len(dups) <= max_duplicates, f"subscriber {i}: {len(dups)} duplicates"
        report[f"duplicates_{i}"] = len(dups)
    return report


def overtaken(sender: MetaSender, subscriber: Subscriber) -> list[tuple[int, int]]:
    """Pairs (a, b) of one customer's events where Meta had its 200 for `a` before it first
    sent `b`, yet `b` was delivered first: the order Veil promises per customer, broken."""
    first = {}
    for position, seq in enumerate(subscriber.order):
        first.setdefault(seq, position)
    out = []
    for a in sender.acked:
        for b in sender.acked:
            if (
                a % sender.customers == b % sender.customers
                and sender.acked_at[a] < sender.first_sent[b]
                and first.get(b, -1) < first.get(a, -1)
            ):
                out.append((a, b))
    return sorted(out)


def received_out_of_order(sender: MetaSender, subscriber: Subscriber) -> list[tuple[int, int]]:
    """Pairs (a, b) of one customer's events where Meta had its 200 for `a` before it first
    sent `b`, yet `b`'s receipt order key (`X-Veil-Received`) is not after `a`'s: the order
    a CRM restores by that header, broken."""
    keys = subscriber.received
    return sorted(
        (a, b)
        for a in sender.acked
        for b in sender.acked
        if a % sender.customers == b % sender.customers
        and sender.acked_at[a] < sender.first_sent[b]
        and not keys[a] < keys[b]
    )
