"""Delivery end to end: order per customer under retries, slow and dead subscribers,
backlog caps, dead letters, reclaim after a crash, poison updates, filters, erasure purge,
a 1,000-message history sync. Real Redis (both versions where it matters), real HTTP."""

from __future__ import annotations

import asyncio
import copy
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web
from prometheus_client import CollectorRegistry
from redis.asyncio import Redis

from proxy.alerts import AlertSink
from proxy.config import VaultSettings
from proxy.detection.detector import Detector
from proxy.inbound import deadletters
from proxy.inbound.ingress import IngressStore, purge_subject
from proxy.inbound.path import Inbound
from proxy.kv import keyspace
from proxy.kv.streams import Lease, take
from proxy.vault.key_material import EnvFileProvider, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.subjects import Alias
from proxy.vault.vault import Vault
from tests.inbound.harness import SECRETS, Crm, Veil, payload, settings_for, subscriber, text_message, wait_for

A, B = "16505551234", "393471234567"


def value_of(body: Any) -> Any:
    return body["entry"][0]["changes"][0]["value"]


def steps_by_customer(crm: Crm) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for body in crm.bodies():
        msg = value_of(body)["messages"][0]
        out.setdefault(msg["from"], []).append(msg["text"]["body"])
    return out


async def post_steps(veil: Veil, n: int, customers: tuple[str, ...] = (A, B), tag: str = "") -> None:
    for i in range(n):
        for c in customers:
            assert (await veil.post(text_message(f"wamid.{tag}{c}.{i}", f"step {i}", wa_id=c))).status == 200


async def test_order_per_customer_under_retries(
    redis_url: str,
    redis: Redis,
    tmp_path: Path,
    start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
) -> None:
    crm = await make_crm()
    crm.fail_first = 3
    seen: dict[bytes, int] = {}

    def flaky(body: bytes) -> bool:  # every third event fails twice before it goes through
        seen[body] = seen.get(body, 0) + 1
        return hashlib.sha256(body).digest()[0] % 3 == 0 and seen[body] <= 2

    crm.fail_if = flaky
    veil = await start_veil(settings_for(redis_url, tmp_path, [subscriber("crm", crm.url)]))
    await post_steps(veil, 6)
    await wait_for(lambda: len(crm.received) == 12, what="12 deliveries")
    by_customer = steps_by_customer(crm)
    assert len(by_customer) == 2
    for steps in by_customer.values():
        assert steps == [f"step {i}" for i in range(6)]
    assert len({d.event_id for d in crm.received}) == 12
    assert crm.attempts > 12  # retries happened


async def test_every_delivery_carries_its_receipt_order_key(
    redis_url: str,
    redis: Redis,
    tmp_path: Path,
    start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
) -> None:
    """`X-Veil-Received`: microseconds of Veil's receipt, distinct and increasing in the order
    the webhooks came in, the same on a redelivery of the event."""
    crm = await make_crm()
    crm.fail_first = 2  # the first two events are delivered twice
    veil = await start_veil(settings_for(redis_url, tmp_path, [subscriber("crm", crm.url)]))
    before_us = time.time_ns() // 1000
    await post_steps(veil, 4)
    await wait_for(lambda: len(crm.received) == 8, what="8 deliveries")
    keys: dict[str, list[int]] = {}
    by_event: dict[str, int] = {}
    for d in crm.received:
        msg = value_of(d.json())["messages"][0]
        key = int(d.headers["X-Veil-Received"])
        assert before_us <= key <= time.time_ns() // 1000
        assert by_event.setdefault(d.event_id, key) == key
        keys.setdefault(msg["from"], []).append(key)
    assert all(k == sorted(k) for k in keys.values())
    assert len(set(by_event.values())) == 8
    # posted A0, B0, A1, B1, ...: every step's keys come before the next step's, whichever
    # customer's partition delivered first ("from" is a token, so the customers are unnamed here)
    steps = list(zip(*(sorted(set(k)) for k in keys.values()), strict=True))
    assert len(steps) == 4 and all(max(now) < min(after) for now, after in itertools.pairwise(steps))


async def test_a_down_and_a_slow_subscriber_get_everything_in_order(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    down, slow = await make_crm(), await make_crm()
    down.fail, slow.delay_s = True, 0.1
    veil = await start_veil(
        settings_for(redis7_url, tmp_path, [subscriber("crm2", down.url), subscriber("crm3", slow.url)])
    )
    await post_steps(veil, 4)
    await wait_for(lambda: len(slow.received) == 8, what="the slow subscriber")
    assert down.received == [] and down.attempts > 0
    down.fail = False
    await wait_for(lambda: len(down.received) == 8, what="the recovered subscriber")
    for crm in (down, slow):
        assert all(steps == [f"step {i}" for i in range(4)] for steps in steps_by_customer(crm).values())
    assert {d.event_id for d in down.received} == {d.event_id for d in slow.received}
    for crm, name in ((down, "crm2"), (slow, "crm3")):
        for d in crm.received:
            secret = SECRETS[name].encode()
            assert d.headers["X-Hub-Signature-256"] == "sha256=" + hmac.new(secret, d.body, hashlib.sha256).hexdigest()
            ts = d.headers["X-Veil-Timestamp"]
            assert abs(int(ts) - time.time()) < 60
            mac = hmac.new(secret, ts.encode() + b"." + d.body, hashlib.sha256).hexdigest()
            assert d.headers["X-Veil-Signature"] == "sha256=" + mac
            assert d.body.isascii()


async def test_backlog_cap_isolates_a_dead_subscriber(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    healthy, dead = await make_crm(), await make_crm()
    dead.fail = True
    subs = [subscriber("crm", healthy.url), subscriber("crm2", dead.url, max_backlog=3)]
    veil = await start_veil(settings_for(redis7_url, tmp_path, subs))
    await post_steps(veil, 3, customers=(A,))
    await wait_for(lambda: veil.inbound.backlog.entries.get("crm2", 0) >= 3, what="backlog view")
    await post_steps(veil, 3, customers=(B,))
    await wait_for(lambda: len(healthy.received) == 6, what="the healthy subscriber")
    redis = veil.apps.runtime.redis
    letters = await deadletters.list_dead(redis, "crm2", 4)
    assert [x.reason for x in letters] == ["backlog"] * 3
    assert 'veil_alerts_total{kind="backlog_cap",severity="error"} 1.0' in veil.apps.runtime.metrics.render().decode()
    dead.fail = False
    await wait_for(lambda: len(dead.received) == 3, what="the queued three")
    for letter in letters:
        assert await deadletters.replay_dead(redis, "crm2", letter.id, tenant="default")
    await wait_for(lambda: len(dead.received) == 6, what="the replayed three")
    assert {d.event_id for d in dead.received} == {d.event_id for d in healthy.received}


async def test_dead_letter_after_max_age_records_broken_order(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    crm.fail = True
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url, max_age_s=1)]))
    await post_steps(veil, 2, customers=(A,))
    redis = veil.apps.runtime.redis
    await wait_for(lambda: crm.attempts >= 1)
    letters: list[deadletters.Letter] = []

    async def two_dead() -> bool:
        letters[:] = await deadletters.list_dead(redis, "crm", 4)
        return len(letters) == 2

    deadline = time.monotonic() + 10
    while not await two_dead():
        assert time.monotonic() < deadline, "dead letters did not appear"
        await asyncio.sleep(0.1)
    assert [x.reason for x in letters] == ["max_age", "max_age"]
    assert [x.order_broken for x in letters] == [True, False]
    assert letters[0].attempts >= 1 and letters[0].size > 0
    crm.fail = False
    for letter in letters:
        assert await deadletters.replay_dead(redis, "crm", letter.id, tenant="default")
    await wait_for(lambda: len(crm.received) == 2)
    assert [d.event_id for d in crm.received] == [x.event_id for x in letters]
    assert await deadletters.list_dead(redis, "crm", 4) == []


async def test_a_crashed_consumers_entries_are_reclaimed_in_order(
    redis_url: str,
    redis: Redis,
    tmp_path: Path,
    start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
) -> None:
    crm = await make_crm()
    crm.fail = True
    veil = await start_veil(
        settings_for(
            redis_url,
            tmp_path,
            [subscriber("crm", crm.url)],
            delivery={
                "partitions": 1,
                "poll_interval_s": 0.02,
                "backoff_base_s": 0.05,
                "backoff_max_s": 0.1,
                "lease_s": 2.0,
            },
        )
    )
    await post_steps(veil, 3, customers=(A,))
    stream = keyspace.delivery_stream("crm", 0)
    await wait_for(lambda: crm.attempts >= 1, what="a first attempt")
    # The worker that holds the partition "dies": a ghost holds the lease and the entries.
    ghost = Lease(redis, keyspace.delivery_lease("crm", 0), "ghost", 1.0)
    deadline = time.monotonic() + 10
    while not await ghost.acquire():
        assert time.monotonic() < deadline
        await asyncio.sleep(0.01)
    await wait_for(lambda: True)
    pending = await redis.xpending_range(stream, "send", min="-", max="+", count=10)
    await redis.xclaim(stream, "send", "ghost", 0, [p["message_id"] for p in pending])
    assert await take(redis, stream, "send", "ghost", 10)
    crm.fail = False
    await asyncio.sleep(0.5)
    assert crm.received == []  # the ghost's lease still holds
    await wait_for(lambda: len(crm.received) == 3, what="reclaimed deliveries")
    assert steps_by_customer(crm) == {value_of(crm.bodies()[0])["messages"][0]["from"]: ["step 0", "step 1", "step 2"]}


async def test_in_flight_events_at_a_stop_are_redelivered_byte_identical(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    crm.delay_s = 1.0
    settings = settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)])
    first = await start_veil(settings)
    await post_steps(first, 1, customers=(A,))
    await wait_for(lambda: crm.attempts == 1, what="an event in flight")
    await first.client.close()  # the process stops with the POST in flight
    crm.delay_s = 0.0
    await start_veil(settings)
    await wait_for(lambda: len(crm.received) == 1, what="the redelivery")
    await asyncio.sleep(0.3)
    assert len(crm.seen) == 2  # the one in flight at the stop, and its redelivery: nothing else
    assert crm.seen[0].body == crm.seen[1].body == crm.received[0].body
    assert crm.seen[0].event_id == crm.seen[1].event_id


async def test_a_poison_update_is_quarantined_while_the_rest_flows(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)]))
    batch = text_message("wamid.p1", "first")
    poison = text_message("wamid.p2", "x " * 60_000)  # longer than the detector accepts: always fails
    last = text_message("wamid.p3", "third")
    batch["entry"] += [poison["entry"][0], last["entry"][0]]
    assert (await (await veil.post(batch)).json())["stored"] == 3
    await wait_for(lambda: len(crm.received) == 2, what="the two good updates")
    assert [value_of(b)["messages"][0]["text"]["body"] for b in crm.bodies()] == ["first", "third"]
    redis = veil.apps.runtime.redis
    letters = await deadletters.list_quarantine(redis, "default", 2)
    assert [(x.reason, x.attempts, x.kind) for x in letters] == [("tokenize_failed", 3, "update")]
    assert 'kind="quarantine_growth"' in veil.apps.runtime.metrics.render().decode()
    assert await deadletters.replay_quarantine(redis, "default", letters[0].id)
    assert await deadletters.list_quarantine(redis, "default", 2) == []  # back in its shard
    deadline = time.monotonic() + 10  # picked up at the next sweep (no ring from an admin replay)
    while not await deadletters.list_quarantine(redis, "default", 2) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert len(await deadletters.list_quarantine(redis, "default", 2)) == 1  # failed again, quarantined again
    await asyncio.sleep(0.3)
    assert len(crm.received) == 2  # never forwarded


async def test_subscriber_filters(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    everything, texts = await make_crm(), await make_crm()
    subs = [subscriber("crm", everything.url), subscriber("crm2", texts.url, message_types=["text"])]
    veil = await start_veil(settings_for(redis7_url, tmp_path, subs))
    image = payload("webhook-image.json")
    value_of(image)["messages"][0]["id"] = "wamid.another"  # the shared samples reuse one wamid
    for body in (
        payload("webhook-text.json"),
        image,
        payload("webhook-status-read.json"),
        payload("webhook-account-update.json"),
    ):
        assert (await veil.post(body)).status == 200
    await wait_for(lambda: len(everything.received) == 4)
    await asyncio.sleep(0.3)
    kinds = [value_of(b).get("messages", [{}])[0].get("type") for b in texts.bodies()]
    assert sorted(kinds, key=str) == [None, "text"]  # the text and the account update (no type to filter on)


async def test_background_work_waits_its_turn_while_a_webhook_is_in_flight(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(
        settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)], delivery={"poll_interval_s": 0.02})
    )
    gate = veil.inbound.ack_first
    gate.max_wait_s = 60.0
    with gate.acknowledging():  # a webhook that is still being acknowledged
        await post_steps(veil, 1, customers=(A,))  # sealed and acknowledged meanwhile
        await asyncio.sleep(1.0)
        assert crm.attempts == 0  # the tokeniser and the sender wait their turn
    await wait_for(lambda: len(crm.received) == 1, what="the delivery once the webhook was answered")


async def test_a_thousand_message_history_sync(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(
        settings_for(
            redis7_url,
            tmp_path,
            [subscriber("crm", crm.url)],
            delivery={"partitions": 8, "poll_interval_s": 0.02, "concurrency": 8},
        )
    )
    history = copy.deepcopy(payload("webhook-history.json"))
    template = history["entry"][0]["changes"][0]["value"]["history"][0]
    threads = []
    for t in range(10):
        phone = f"1650555{t:04d}"
        messages = [
            {
                "from": phone,
                "id": f"wamid.h{t}.{i}",
                "timestamp": str(1738796547 + i),
                "type": "text",
                "text": {"body": f"message {i}"},
                "history_context": {"status": "READ"},
            }
            for i in range(100)
        ]
        threads.append({"id": phone, "messages": messages})
    template["threads"] = threads
    started = time.monotonic()
    resp = await veil.post(history)
    assert (await resp.json())["stored"] == 1000
    await wait_for(lambda: len(crm.received) == 1000, timeout=120, what="1000 deliveries")
    elapsed = time.monotonic() - started
    by_thread: dict[str, list[int]] = {}
    for body in crm.bodies():
        thread = value_of(body)["history"][0]["threads"][0]
        by_thread.setdefault(thread["id"], []).append(int(thread["messages"][0]["text"]["body"].split()[1]))
    assert len(by_thread) == 10 and all(v == list(range(100)) for v in by_thread.values())
    print(f"1000-message history: {elapsed:.1f} s end to end")


async def test_erasure_purges_sealed_updates(
    redis_url: str, redis: Redis, key_env: dict[str, str], tmp_path: Path
) -> None:
    settings = settings_for(redis_url, tmp_path, [])
    keystore = KeyStore(redis, load_keys(EnvFileProvider(key_env)))
    await keystore.verify()
    vault = Vault(redis, keystore, VaultSettings())
    store = IngressStore(redis, keystore, vault.subjects, settings)
    raw = json.dumps(text_message("wamid.a1", wa_id=A)).encode()
    await store.accept(raw, tenants=["default"], body_tenant="default")
    await store.accept(
        json.dumps(text_message("wamid.a2", wa_id=A)).encode(), tenants=["default"], body_tenant="default"
    )
    await store.accept(
        json.dumps(text_message("wamid.b1", wa_id=B)).encode(), tenants=["default"], body_tenant="default"
    )
    odd = text_message("wamid.a3", wa_id=A)
    odd["entry"][0]["changes"][0]["field"] = "some_future_field"
    await store.accept(json.dumps(odd).encode(), tenants=["default"], body_tenant="default")  # quarantined

    async def count(key: Callable[[str, int], str]) -> int:
        return sum([int(await redis.xlen(key("default", s))) for s in range(2)])

    assert await count(keyspace.ingress_stream) == 3 and await count(keyspace.ingress_quarantine) == 1
    alias = vault.subjects.alias_hash("default", Alias("wa_id", A))
    assert await purge_subject(redis, "default", [alias], shards=2) == 3
    assert await count(keyspace.ingress_stream) == 1 and await count(keyspace.ingress_quarantine) == 0
    assert [k async for k in redis.scan_iter(match="veil:{i:*}:x:" + alias)] == []


async def test_the_oldest_sealed_update_alerts_past_max_age(
    redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    redis = Redis.from_url(redis7_url)
    try:
        settings = settings_for(redis7_url, tmp_path, [], ingress={"max_age_s": 1, "shards": 2})
        keystore = KeyStore(redis, load_keys(EnvFileProvider(key_env)))
        await keystore.verify()
        registry = CollectorRegistry()
        sink = AlertSink(registry)
        inbound = Inbound(
            settings=settings,
            vault=Vault(redis, keystore, VaultSettings()),
            detector=lambda: detector,
            http=lambda: None,
            alerts=sink,
            ready=lambda: False,
        )  # type: ignore[arg-type, return-value]
        await inbound.store.accept(
            json.dumps(text_message("wamid.old")).encode(), tenants=["default"], body_tenant="default"
        )
        assert (await inbound.check_ages())["default"] < 1
        await asyncio.sleep(1.2)
        assert (await inbound.check_ages())["default"] > 1
        stale = {"kind": "ingress_stale", "severity": "error"}
        assert registry.get_sample_value("veil_alerts_total", stale) == 1
        await inbound.check_ages()  # still stale at the next check: throttled to one alert a minute
        assert registry.get_sample_value("veil_alerts_total", stale) == 1
    finally:
        await redis.aclose()


async def test_tokens_each_subscriber_received_are_recorded_per_subject(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm, texts_only = await make_crm(), await make_crm()
    subs = [subscriber("crm", crm.url), subscriber("crm2", texts_only.url, message_types=["image"])]
    veil = await start_veil(settings_for(redis7_url, tmp_path, subs))
    assert (await veil.post(text_message("wamid.rec", "hello Sheena Nelson"))).status == 200
    await wait_for(lambda: len(crm.received) == 1)
    vault = veil.apps.runtime.ready_vault()
    subject = await vault.subjects.lookup("default", Alias("wa_id", A))
    assert subject is not None
    redis = veil.apps.runtime.redis
    sent = {m.decode() for m in await redis.smembers(keyspace.subject_sent("default", subject, "crm"))}
    body = crm.received[0].body.decode()
    assert sent and all(token in body for token in sent)
    msg = value_of(crm.bodies()[0])["messages"][0]
    assert {msg["from"], msg["id"]} <= sent and any(t.startswith("tok_person_") for t in sent)
    assert await redis.smembers(keyspace.subject_sent("default", subject, "crm2")) == set()


async def test_redirects_from_a_subscriber_are_never_followed(
    redis7_url: str,
    tmp_path: Path,
    start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
    aiohttp_server: Any,
) -> None:
    elsewhere = await make_crm()

    async def redirect(request: web.Request) -> web.Response:
        raise web.HTTPTemporaryRedirect(elsewhere.url)

    app = web.Application()
    app.router.add_post("/hook", redirect)
    server = await aiohttp_server(app)
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", str(server.make_url("/hook")))]))
    assert (await veil.post(text_message("wamid.redirect"))).status == 200
    redis = veil.apps.runtime.redis

    async def attempted() -> bool:
        return bool(await redis.hget(keyspace.delivery_state("crm", 0), "attempts")) or any(
            [await redis.hget(keyspace.delivery_state("crm", p), "attempts") for p in range(4)]
        )

    deadline = time.monotonic() + 10
    while not await attempted():
        assert time.monotonic() < deadline
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)
    assert elsewhere.attempts == 0  # the 307 was a failure, not a hop with the body


async def test_a_system_event_linking_two_subjects_merges_them_audited(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)]))
    username_only = payload("webhook-text-username-no-phone.json")
    value_of(username_only)["messages"][0]["id"] = "wamid.u1"
    assert (await veil.post(text_message("wamid.m1", wa_id=A))).status == 200  # subject 1: the phone
    assert (await veil.post(username_only)).status == 200  # subject 2: BSUID only
    await wait_for(lambda: len(crm.received) == 2)
    vault = veil.apps.runtime.ready_vault()
    bsuid = "US.13491208655302741918"
    one = await vault.subjects.lookup("default", Alias("wa_id", A))
    two = await vault.subjects.lookup("default", Alias("bsuid", bsuid))
    assert one and two and one != two
    link = payload("webhook-system-user-changed-user-id.json")  # from = A, from_user_id = the BSUID
    assert (await veil.post(link)).status == 200
    await wait_for(lambda: len(crm.received) == 3)
    merged = {
        await vault.subjects.lookup("default", Alias(k, v))
        for k, v in (("wa_id", A), ("bsuid", bsuid), ("bsuid", "US.24817305912873645029"))
    }
    assert len(merged) == 1
    lines = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    merges = [e for e in lines if e.get("action") == "subject_merge"]
    assert len(merges) == 1 and merges[0]["subject"] in (one, two)
    # deliveries of different customers are not ordered with each other: pick by content
    with_bsuid = [value_of(b)["messages"][0] for b in crm.bodies() if "from_user_id" in value_of(b)["messages"][0]]
    assert len(with_bsuid) == 2
    assert len({m["from_user_id"] for m in with_bsuid}) == 1  # the BSUID's token survives the merge


def _detector_calls(veil: Veil) -> float:
    text = veil.apps.runtime.metrics.render().decode()
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith("veil_detection_duration_seconds_count")
    )


async def test_the_shards_of_one_tick_are_tokenised_together_and_a_poison_fails_only_itself(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)]))
    customers = [f"1650555{i:04d}" for i in range(8)]  # over 4 shards: all in one has odds of 4^-7
    body = text_message("wamid.c0", "hello 0", customers[0])
    for i, wa_id in enumerate(customers[1:], 1):
        body["entry"] += text_message(f"wamid.c{i}", f"hello {i}", wa_id)["entry"]
    before = _detector_calls(veil)
    assert (await (await veil.post(body)).json())["stored"] == 8
    await wait_for(lambda: len(crm.received) == 8, what="eight customers' updates")
    assert _detector_calls(veil) - before == 1  # one joint call for every shard the POST touched

    poison = text_message("wamid.px", "x " * 60_000, customers[0])  # always fails, in customer 0's shard
    for i, wa_id in enumerate(customers[1:], 1):
        poison["entry"] += text_message(f"wamid.d{i}", f"again {i}", wa_id)["entry"]
    assert (await (await veil.post(poison)).json())["stored"] == 8
    await wait_for(lambda: len(crm.received) == 15, what="the seven good updates beside the poison")
    letters = await deadletters.list_quarantine(veil.apps.runtime.redis, "default", 2)
    assert [(x.reason, x.attempts) for x in letters] == [("tokenize_failed", 3)]
    await asyncio.sleep(0.3)
    assert len(crm.received) == 15
