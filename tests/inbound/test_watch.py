"""Delivery you can watch: real deliveries to real CRM servers (successes, retries, a dead
letter for age and one for the backlog cap), then `/metrics` scraped: every documented
delivery series moved, with the labels docs/monitoring.md gives; failures logged at
WARNING with the subscriber's name; a subscriber failing past its threshold is named in
`/readyz` (still ready), in the admin API and alerted (once), and forgotten when it recovers."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families
from pytest_aiohttp import AiohttpClient

from proxy.inbound import deadletters
from proxy.kv import keyspace
from tests.inbound.harness import FAST, Crm, Veil, settings_for, subscriber, text_message, wait_for
from tests.pii_guard import PiiGuard
from tests.server.access_kit import bootstrap, login

DOCS = Path(__file__).parents[2] / "docs" / "monitoring.md"
A, B = "16505551234", "393471234567"
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def documented_series() -> dict[str, set[str]]:
    """docs/monitoring.md's metrics table: series name -> the label names it documents."""
    section = DOCS.read_text().split("## Metrics", 1)[1].split("\n## ", 1)[0]
    out: dict[str, set[str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not cells[0].startswith("`veil_"):
            continue
        labels = {x.strip() for x in re.sub(r"\([^)]*\)", "", cells[1]).split(",") if x.strip()}
        for name in re.findall(r"`(veil_[a-z_]+)`", cells[0]):
            out[name] = labels
    return out


def samples(text: str) -> tuple[Samples, dict[str, set[frozenset[str]]]]:
    """(value by (sample name, labels), label-name sets seen per family), histogram
    buckets' `le` and the `_created` samples aside."""
    values: Samples = {}
    labels: dict[str, set[frozenset[str]]] = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name.endswith("_created"):
                continue
            values[(s.name, frozenset(s.labels.items()))] = s.value
            labels.setdefault(family.name, set()).add(frozenset(k for k in s.labels if k != "le"))
    return values, labels


def value(found: Samples, name: str, **labels: str) -> float | None:
    return found.get((name, frozenset(labels.items())))


async def until(probe: Callable[[], Awaitable[Any]], wanted: Any, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while (got := await probe()) != wanted:
        assert time.monotonic() < deadline, f"timed out waiting for {what}: {got!r}"
        await asyncio.sleep(0.05)


async def scrape(client: Any) -> str:
    resp = await client.get("/metrics")
    assert resp.status == 200
    text: str = await resp.text()
    return text


async def test_real_deliveries_move_every_documented_delivery_series(
    redis7_url: str,
    tmp_path: Path,
    start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
    aiohttp_client: AiohttpClient,
    pii_guard: PiiGuard,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="veil.delivery")
    crm, down = await make_crm(), await make_crm()
    crm.fail_first = 2  # two retries before the first delivery
    crm.fail_if = lambda body: b"poison" in body  # refused until it is dead-lettered (max_age_s)
    down.fail = True
    subs = [subscriber("crm", crm.url, max_age_s=1), subscriber("crm2", down.url, max_backlog=1)]
    veil = await start_veil(settings_for(redis7_url, tmp_path, subs))
    pii_guard.watch_metrics(veil.apps.runtime.metrics)
    metrics = await aiohttp_client(veil.apps.metrics)

    assert (await veil.post(text_message("wamid.watch1", "hello", wa_id=A))).status == 200
    await wait_for(lambda: len(crm.received) == 1, what="a delivery after two failures")
    await wait_for(lambda: veil.inbound.backlog.entries.get("crm2", 0) >= 1, what="crm2's backlog view")
    assert (await veil.post(text_message("wamid.watch2", "poison", wa_id=B))).status == 200  # crm2: over its cap
    redis = veil.apps.runtime.redis

    async def dead_letters() -> tuple[list[str], list[str]]:
        return (
            [x.reason for x in await deadletters.list_dead(redis, "crm", 4)],
            [x.reason for x in await deadletters.list_dead(redis, "crm2", 4)],
        )

    await until(lambda: dead_letters(), (["max_age"], ["backlog"]), "a dead letter for age and one for the cap")

    found: Samples = {}
    labels: dict[str, set[frozenset[str]]] = {}

    async def scraped() -> bool:
        nonlocal found, labels
        found, labels = samples(await scrape(metrics))
        return value(found, "veil_queue_depth", queue="dead_letter", subscriber="crm") == 1

    await until(scraped, True, "the gauges' next sample (ingress.monitor_interval_s)")

    attempts = "veil_delivery_attempts_total"
    assert value(found, attempts, subscriber="crm", outcome="delivered") == 1
    assert (value(found, attempts, subscriber="crm", outcome="retry") or 0) >= 2
    assert value(found, attempts, subscriber="crm", outcome="dead_letter") == 1
    assert (value(found, attempts, subscriber="crm2", outcome="retry") or 0) >= 1
    assert value(found, "veil_delivery_retries_total", subscriber="crm") == value(
        found, attempts, subscriber="crm", outcome="retry"
    )
    assert value(found, "veil_dead_letters_total", subscriber="crm", reason="max_age") == 1
    assert value(found, "veil_dead_letters_total", subscriber="crm2", reason="backlog") == 1
    depth = "veil_queue_depth"
    assert value(found, depth, queue="dead_letter", subscriber="crm") == 1
    assert value(found, depth, queue="dead_letter", subscriber="crm2") == 1
    assert value(found, depth, queue="delivery", subscriber="crm") == 0
    assert (value(found, depth, queue="delivery", subscriber="crm2") or 0) >= 1  # still failing, still queued
    assert value(found, depth, queue="ingress", subscriber="-") == 0
    assert value(found, depth, queue="quarantine", subscriber="-") == 0
    minted = [
        v
        for (name, lab), v in found.items()
        if name == "veil_vault_tokenizations_total" and dict(lab)["service"] == "-"
    ]
    assert minted and sum(minted) > 0  # the inbound path's tokens, counted under Veil itself

    documented = documented_series()
    for series in (
        "veil_queue_depth",
        "veil_delivery_attempts_total",
        "veil_delivery_retries_total",
        "veil_dead_letters_total",
        "veil_vault_tokenizations_total",
    ):
        assert series in documented
    for family, seen in labels.items():  # every series emitted is documented, with its labels
        name = family if family in documented else f"{family}_total"
        assert name in documented, f"{name} is emitted but not in docs/monitoring.md"
        assert seen == {frozenset(documented[name])}, f"{name}: emitted {seen}, documented {documented[name]}"

    failures = [r for r in caplog.records if r.name == "veil.delivery" and r.levelno == logging.WARNING]
    assert any("crm2" in r.getMessage() and "http_500" in r.getMessage() for r in failures)
    assert any(
        r.getMessage().startswith("delivery to subscriber crm failed") and "dead-lettered" in r.getMessage()
        for r in failures
    )
    assert not any("poison" in r.getMessage() or "hello" in r.getMessage() for r in failures)


async def test_a_subscriber_failing_past_its_threshold_is_reported_alerted_and_forgotten(
    redis7_url: str,
    tmp_path: Path,
    start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
    aiohttp_client: AiohttpClient,
) -> None:
    crm, fine = await make_crm(), await make_crm()
    crm.fail = True
    settings = settings_for(
        redis7_url,
        tmp_path,
        [subscriber("crm", crm.url), subscriber("crm2", fine.url)],
        delivery=FAST["delivery"] | {"failing_threshold_s": 1},
    )
    veil = await start_veil(settings)
    admin = await aiohttp_client(veil.apps.admin)
    ready = await (await veil.client.get("/readyz")).json()
    assert ready["status"] == "ready" and ready["failing_subscribers"] == []

    assert (await veil.post(text_message("wamid.fail1", "hello", wa_id=A))).status == 200
    body: dict[str, Any] = {}

    async def failing() -> bool:
        nonlocal body
        resp = await veil.client.get("/readyz")
        assert resp.status == 200  # a CRM that is down does not make Veil unready
        body = await resp.json()
        return bool(body["failing_subscribers"])

    await until(failing, True, "crm named in /readyz")
    assert body["status"] == "ready"
    [entry] = body["failing_subscribers"]
    assert entry["subscriber"] == "crm" and entry["failing_s"] >= 1 and entry["queued"] == 1
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", entry["failing_since"])
    rendered = veil.apps.runtime.metrics.render().decode()
    assert 'veil_alerts_total{kind="subscriber_failing",severity="error"} 1.0' in rendered
    await asyncio.sleep(0.6)  # three more samples: the alert is throttled, not repeated
    assert 'veil_alerts_total{kind="subscriber_failing",severity="error"} 1.0' in (
        veil.apps.runtime.metrics.render().decode()
    )

    session = await login(admin, "alice", await bootstrap(veil.apps))
    stats = await (await admin.get("/admin/v1/stats", headers=session)).json()
    by_name = {s["subscriber"]: s for s in stats["delivery"]}
    assert by_name["crm"]["failing"] is True and by_name["crm"]["queued"] == 1
    assert by_name["crm"]["failing_since"] == entry["failing_since"]
    assert by_name["crm2"]["failing"] is False and by_name["crm2"]["failing_since"] is None
    status = await (await admin.get("/admin/v1/delivery?subscriber=crm", headers=session)).json()
    assert status["threshold_s"] == 1 and [s["subscriber"] for s in status["subscribers"]] == ["crm"]
    assert status["subscribers"][0]["oldest_age_s"] >= 1
    assert (await admin.get("/admin/v1/delivery?subscriber=nope", headers=session)).status == 400

    crm.fail = False
    await wait_for(lambda: len(crm.received) == 1, what="the delivery once the CRM is back")
    await until(failing, False, "crm gone from /readyz")
    assert await veil.apps.runtime.redis.exists(keyspace.delivery_failing("crm")) == 0
    status = await (await admin.get("/admin/v1/delivery", headers=session)).json()
    assert [(s["subscriber"], s["failing"], s["queued"]) for s in status["subscribers"]] == [
        ("crm", False, 0),
        ("crm2", False, 0),
    ]
