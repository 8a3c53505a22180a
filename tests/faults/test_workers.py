"""`veil serve --workers 2` under a steady stream: one worker SIGTERMed, then one SIGKILLed.

LONG (~45-60 s: two real worker processes with their own detector pools). Leases are 8 s:
- SIGTERM: the worker stops accepting, finishes in-flight requests and releases its ingress
  and partition leases, so the other worker delivers everything acknowledged so far well
  within one lease period (a worker that kept its leases would hold them for 8 s);
- SIGKILL: nothing is released; the survivor (and the restarted workers) take the dead
  worker's shards and partitions over once its leases expire.
Every event Meta got a 200 for reaches both subscribers; duplicates are only the deliveries
in flight at the kill, each with one X-Veil-Event-Id; only unacknowledged events are resent.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from redis.asyncio import Redis

from proxy.kv import as_str
from tests.faults.harness import MetaSender, Subscriber, check_no_loss, wait_delivered
from tests.inbound.harness import ENV
from tests.processes import exited
from tests.redis_servers import RedisProcess, debian_redis_server, free_port

LEASE_S = 8.0


@pytest.fixture
def durable_redis() -> Iterator[RedisProcess]:
    server = RedisProcess(debian_redis_server(), args=("--appendonly", "yes", "--appendfsync", "always")).start()
    yield server
    server.stop()


def _config(tmp_path: Path, redis_url: str, subs: list[Subscriber]) -> Path:
    names = ["crm", "crm2"]
    config = {
        "vault": {"url": redis_url},
        "audit": {"sink": str(tmp_path / "audit.jsonl")},
        "listen": {"public_url": "https://veil.example"},
        "subscribers": [
            {"name": n, "url": s.url, "secret_env": f"VEIL_SUB_{n.upper()}_SECRET", "timeout_s": 2.0}
            for n, s in zip(names, subs, strict=True)
        ],
        "services": [{"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY", "use": ["PHONE_NUMBER"]}],
        "ingress": {"poll_interval_s": 0.02, "retry_base_s": 0.1, "shards": 2, "lease_s": LEASE_S},
        "delivery": {
            "partitions": 4,
            "poll_interval_s": 0.02,
            "backoff_base_s": 0.05,
            "backoff_max_s": 0.5,
            "lease_s": LEASE_S,
        },
        # Leases and hand-over are under test, not detection: English alone (the stream's messages are
        # English) keeps each worker's own detector pool real while it loads one language's models
        # instead of six, which is most of a worker's start-up on a busy machine, and this test starts
        # four workers (two, then the supervisor's two replacements).
        "detection": {"workers": 1, "languages": ["en"], "default_language": "en"},
    }
    path = tmp_path / "veil.json"  # YAML is a superset of JSON
    path.write_text(json.dumps(config))
    return path


async def _get(session: aiohttp.ClientSession, url: str) -> tuple[int, dict[str, object]]:
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
            return resp.status, await resp.json()
    except (aiohttp.ClientError, TimeoutError, ValueError):
        return 0, {}


async def _worker_pids(
    session: aiohttp.ClientSession, base: str, supervisor: subprocess.Popen[bytes], want: int, seconds: float
) -> set[int]:
    pids: set[int] = set()
    deadline = time.monotonic() + seconds
    while len(pids) < want and time.monotonic() < deadline:
        assert supervisor.poll() is None, "veil exited"
        status, body = await _get(session, f"{base}/readyz")
        if status == 200:
            _, health = await _get(session, f"{base}/healthz")
            pids.add(int(health["pid"]))  # type: ignore[call-overload]
        else:
            await asyncio.sleep(0.3)
    assert len(pids) >= want, f"only {len(pids)} workers answered"
    return pids


async def _leases_held_by(server: RedisProcess, pid: int) -> list[str]:
    """The ingress and delivery leases whose holder is the worker `pid` (`host:pid:nonce`)."""
    redis = Redis.from_url(server.url)
    try:
        keys = [k async for k in redis.scan_iter(match="*:lease")]
        holders = [await redis.get(k) for k in keys]
    finally:
        await redis.aclose()
    held = [as_str(k) for k, h in zip(keys, holders, strict=True) if h and as_str(h).split(":")[-2:-1] == [str(pid)]]
    return sorted(held)


def _tail(tmp_path: Path) -> str:
    """The workers' last log lines (levels, logger names and code locations, never values)."""
    return (tmp_path / "veil.log").read_text(errors="replace")[-3000:]


@pytest.mark.timeout(240)
async def test_sigterm_hands_over_and_sigkill_loses_no_acknowledged_event(
    durable_redis: RedisProcess, key_env: dict[str, str], tmp_path: Path
) -> None:
    subs = [Subscriber(), Subscriber(delay_s=0.1)]
    for sub in subs:
        await sub.up()
    port = free_port()
    env = (
        {
            "PATH": os.environ["PATH"],
            "HOME": str(tmp_path),
            "VEIL_LISTEN__PORT": str(port),
            "VEIL_ADMIN__PORT": str(free_port()),
            "VEIL_METRICS__PORT": str(free_port()),
        }
        | ENV
        | key_env
    )
    log = (tmp_path / "veil.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "proxy",
            "serve",
            "--config",  # noqa: S603
            str(_config(tmp_path, durable_redis.url, subs)),
            "--workers",
            "2",
        ],
        env=env,
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    meta = MetaSender(f"{base}/webhooks/whatsapp")
    try:
        # a new connection per probe: the kernel spreads connections, not requests, over workers
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True)) as probe:
            first, second = sorted(await _worker_pids(probe, base, proc, 2, 150))
            stream = asyncio.create_task(meta.stream(count=300, rate=15))
            await asyncio.sleep(2.0)

            os.kill(first, signal.SIGTERM)  # graceful: finish, release leases, exit
            deadline = time.monotonic() + 15
            while not exited(first) and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            assert exited(first), "SIGTERM did not stop the worker"
            stopped = time.monotonic()
            assert await _leases_held_by(durable_redis, first) == [], "the stopped worker left leases behind"
            acked_then = set(meta.acked)
            await wait_delivered(acked_then, subs, timeout=LEASE_S * 2)
            handover_s = time.monotonic() - stopped
            assert handover_s < LEASE_S / 2, f"takeover took {handover_s:.1f} s; {_tail(tmp_path)}"
            assert (await _get(probe, f"{base}/readyz"))[0] == 200  # the survivor answers ready

            await asyncio.sleep(1.0)
            os.kill(second, signal.SIGKILL)  # a crash: nothing released, in-flight work pending
            await asyncio.wait_for(stream, timeout=150)
            await wait_delivered(meta.acked, subs, timeout=LEASE_S * 4)
            # at most one POST in flight per partition (4) at each of the two stops
            report = check_no_loss(meta, subs, max_duplicates=8)
            assert len(meta.acked) == 300, report
            restarted = await _worker_pids(probe, base, proc, 1, 30)
            assert not restarted & {first, second}  # the supervisor replaced both
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        for sub in subs:
            await sub.down()
    print(f"handover {handover_s:.2f} s; {report}")  # noqa: T201 - the measured numbers, with -s
    assert proc.returncode == 0, (tmp_path / "veil.log").read_text()[-3000:]
