"""The bench harness measures what it says: percentiles, signed webhooks, CPU from /proc,
loss and duplicates, the fake CRM's leak check, and the cProfile attribution by component."""

from __future__ import annotations

import cProfile
import hashlib
import hmac
import json
import multiprocessing
import pstats
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench import attribution
from bench.harness import (
    APP_SECRET,
    SUB_SECRET,
    CpuMeter,
    Ports,
    corpus_texts,
    cpu_seconds,
    customer,
    descendants,
    pct,
    seq_of,
    veil_env,
    wait_up,
    webhook,
    write_config,
)
from bench.traffic import Offered, crm_get, crm_main, delivery, drain, offer
from tests.redis_servers import free_port

VEIL = attribution.ROOT + "/proxy/"


def test_percentiles_are_nearest_rank() -> None:
    values = list(range(1, 101))
    assert pct(values, 50) == 50
    assert pct(values, 99) == 99
    assert pct(values, 100) == 100
    assert pct([7.0], 99) == 7.0
    assert pct([], 50) != pct([], 50)  # nan


def test_webhook_is_signed_and_carries_its_sequence_number_and_text() -> None:
    hook = webhook(1234, "call me on +44 7700 900123", customers=10)
    mac = "sha256=" + hmac.new(APP_SECRET.encode(), hook.body, hashlib.sha256).hexdigest()
    assert hook.signature == mac
    body = json.loads(hook.body)
    assert seq_of(body) == 1234
    value = body["entry"][0]["changes"][0]["value"]
    wa_id, bsuid, name = customer(1234 % 10)
    assert value["messages"][0]["text"]["body"] == "call me on +44 7700 900123"
    assert value["messages"][0]["from"] == value["contacts"][0]["wa_id"] == wa_id
    assert value["contacts"][0]["user_id"] == bsuid and value["contacts"][0]["profile"]["name"] == name
    assert webhook(1235, "x").body != webhook(1234, "x").body  # unique wamid and timestamp
    assert seq_of({"entry": []}) is None


def test_corpus_texts_are_varied_and_mostly_carry_pii() -> None:
    texts = corpus_texts(120)
    assert len(texts) == 120 and len(set(texts)) > 100


def test_cpu_meter_reads_a_child_process_and_its_descendants(tmp_path: Path) -> None:
    """Each of two processes (a parent and its child) burns 0.3 s of CPU, says so with a file and
    sleeps: the meter stops once both have said so, not after a fixed wall time, which a loaded
    machine (two cores, a dozen busy processes) could spend before either burnt its share."""
    burn = (
        "import sys,time\nt=time.process_time()\nwhile time.process_time()-t<0.3: pass\n"
        "open(sys.argv[1],'w').close()\ntime.sleep(120)"
    )
    parent = f"import subprocess,sys\nc=subprocess.Popen([sys.executable,'-c',{burn!r},sys.argv[2]])\nexec({burn!r})"
    marks = [tmp_path / "parent", tmp_path / "child"]
    proc = subprocess.Popen([sys.executable, "-c", parent, str(marks[0]), str(marks[1])])
    try:
        meter = CpuMeter({"tree": lambda: [proc.pid, *descendants(proc.pid)]})
        meter.start()
        deadline = time.monotonic() + 60
        while not all(m.exists() for m in marks) and time.monotonic() < deadline:
            time.sleep(0.05)
        used = meter.stop()["tree"]
        assert all(m.exists() for m in marks), "the burners did not finish within 60 s"
        assert len(descendants(proc.pid)) == 1
        assert 0.4 <= used <= 2.5
        assert (cpu_seconds(proc.pid) or 0) >= 0.25
    finally:
        proc.kill()
        proc.wait()
    assert cpu_seconds(proc.pid) is None


def test_loss_and_duplicates_are_counted_per_window() -> None:
    offered = Offered(sent={1: 10.0, 2: 10.0, 3: 10.0, 4: 10.0}, status={1: 200, 2: 200, 3: 503, 4: 200})
    stats = {"arrivals": {"1": [10.5, 10.9], "2": [10.2], "9": [11.0]}}
    d = delivery(offered, stats, range(1, 5))
    assert d.acked == 3 and d.delivered == 2 and d.lost == [4] and d.duplicates == 1
    assert sorted(round(x, 3) for x in d.latency_s) == [0.2, 0.5]


async def test_fake_crm_records_arrivals_and_flags_clear_numbers() -> None:
    port = free_port()
    crm = multiprocessing.get_context("spawn").Process(target=crm_main, args=(port,), daemon=True)
    crm.start()
    try:
        await wait_up(f"http://127.0.0.1:{port}/count", timeout=30)
        hooks = [webhook(i, f"text {i}") for i in range(20)]
        offered = Offered()
        await offer(f"http://127.0.0.1:{port}/hook", hooks, rate=200, out=offered, connections=4)
        assert sorted(offered.acked()) == list(range(20))
        stats = await drain(port, offered.acked(), timeout=10)
        d = delivery(offered, stats, range(20))
        assert d.lost == [] and d.duplicates == 0 and d.delivered == 20
        # The bench's webhooks hold the customer's number in clear and are signed with the app
        # secret, not the subscriber's: the CRM must see both problems.
        assert stats["leaks"] == 20 and stats["bad_signature"] == 20
        assert (await crm_get(port, "/count"))["distinct"] == 20
    finally:
        crm.terminate()
        crm.join(10)


def _f(module: str, name: str) -> attribution.Func:
    return (VEIL + module.replace(".", "/") + ".py", 1, name)


LIB = ("/x/site-packages/json/encoder.py", 1, "encode")
REDIS = ("/x/site-packages/redis/asyncio/connection.py", 1, "send")
LOOP_RUN = ("/usr/lib/python3.11/asyncio/events.py", 1, "_run")
EPOLL = ("~", 0, "<method 'poll' of 'select.epoll' objects>")
WEB = ("/x/site-packages/aiohttp/web_protocol.py", 1, "_handle_request")


def test_attribution_follows_callers_to_veil_components() -> None:
    walk, vault, send = _f("inbound.walk", "select"), _f("vault.vault", "tokenize"), _f("inbound.sender", "_one")
    crypto = _f("vault.crypto", "seal")  # pass-through: takes its caller's component
    stats = {
        walk: (1, 1, 0.2, 0.7, {}),
        vault: (1, 1, 0.1, 0.6, {}),
        send: (1, 1, 0.05, 0.3, {}),
        crypto: (1, 1, 0.4, 0.5, {vault: (1, 1, 0.4, 0.5)}),
        LIB: (2, 2, 0.3, 0.3, {walk: (1, 1, 0.2, 0.2), crypto: (1, 1, 0.1, 0.1)}),
        REDIS: (2, 2, 0.4, 0.4, {send: (1, 1, 0.1, 0.1), LOOP_RUN: (1, 1, 0.3, 0.3)}),
        WEB: (1, 1, 0.25, 0.25, {LOOP_RUN: (1, 1, 0.25, 0.25)}),
        LOOP_RUN: (1, 1, 0.15, 1.0, {}),
        EPOLL: (1, 1, 5.0, 5.0, {LOOP_RUN: (1, 1, 5.0, 5.0)}),
    }
    out = attribution.attribute(stats)
    assert out["walking"] == pytest.approx(0.2 + 0.2)
    assert out["vault"] == pytest.approx(0.1 + 0.4 + 0.1)
    assert out["HTTP"] == pytest.approx(0.25)  # an aiohttp server frame run from the loop
    # redis-py time with no Veil caller is spread like the redis-py time that has one
    assert out["delivery"] == pytest.approx(0.05 + 0.1 + 0.3)
    assert out[attribution.LOOP] == pytest.approx(0.15)
    assert sum(out.values()) == pytest.approx(0.2 + 0.1 + 0.05 + 0.4 + 0.3 + 0.4 + 0.25 + 0.15)  # idle left out


def test_attribution_of_a_real_profile_finds_the_walker() -> None:
    from proxy.inbound import walk

    doc = {"entry": [{"changes": [{"value": {"messages": [{"text": {"body": "x" * 10}}] * 50}}]}] * 20}
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(30):
        walk.select(doc, lambda _path: None)  # type: ignore[arg-type, return-value]
        json.dumps(doc)
    profiler.disable()
    out = attribution.attribute(pstats.Stats(profiler).stats)  # type: ignore[attr-defined]
    assert out.get("walking", 0) > 0
    assert set(out) <= {*attribution.ORDER}


def test_bench_config_is_one_veil_accepts(tmp_path: Path) -> None:
    from proxy.config import load_settings
    from proxy.vault.key_material import generate_key_texts

    ports = Ports(free_port(), free_port(), free_port(), free_port())
    path = write_config(tmp_path, "redis://127.0.0.1:1/0", ports, detection_workers=2)
    settings = load_settings(path, veil_env(dict(generate_key_texts())))
    assert (settings.listen.port, settings.admin.port, settings.metrics.port) == (
        ports.public,
        ports.admin,
        ports.metrics,
    )
    assert settings.listen.host == settings.admin.host == "127.0.0.1"
    assert settings.subscribers[0].url == f"http://127.0.0.1:{ports.crm}/hook"
    assert settings.secret(settings.subscribers[0].secret_env, None) == SUB_SECRET
    assert settings.detection["workers"] == 2


def test_floor_measures_both_sides_of_real_requests() -> None:
    """bench.floor sends real requests to a server in another process and reads both CPUs."""
    from bench.floor import measure

    r = measure(rate=100.0, seconds=1.0, warmup_s=0.2)
    assert r["requests"] == 100 and r["errors"] == 0
    assert 0.0 < r["server_ms"] < 50.0 and 0.0 < r["client_ms"] < 50.0
    assert r["body_bytes"] > 400  # bench.inbound's signed text webhooks, not empty posts


def test_yardstick_grows_with_the_work() -> None:
    from bench.harness import yardstick_ms

    small, large = yardstick_ms(100_000), yardstick_ms(1_000_000)
    assert 0.0 < small < large
