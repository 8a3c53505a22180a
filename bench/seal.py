"""The seal path alone: what `vault.wait_replicas: 1` adds to a webhook's acknowledgement.

    python -m bench.seal [--rate 300] [--seconds 15] [--rounds 2] [--wait-replicas 0,1]

The full inbound bench (`bench.inbound --cluster`) cannot offer 300 webhooks/s on a 2-core
machine that also runs Veil's detector, its tokeniser and senders, six redis-servers and a
CRM: it tops out at 65-150/s there, and the cost of `WAIT` drowns in CPU noise. This bench
keeps only what stands between a webhook's bytes and Meta's 200 inside Redis: the same
`IngressStore.accept` the webhook handler calls (split, route, seal with AES-GCM, the
append script per update, the group commit per master, `WAIT` where the writes went, the
doorbell rings, the health view's diversion), in this one process, at a fixed rate (open
loop: each call starts at its scheduled time, and its latency counts from that time, so a
stall is not hidden by the calls it delayed). Not included: HTTP (reading the request, the
signature check, the answer), detection, tokenisation and delivery (nothing consumes the
sealed updates).

Started here: a local Redis Cluster of 3 masters with a replica each (AOF everysec,
`cluster-node-timeout` 2000, `tests.redis_topologies`). Each round runs every
`--wait-replicas` setting once, back to back, on the same cluster with fresh webhooks
(the bench's 200 customers, a new message id each): rounds interleave the settings so a
busy minute on a shared machine hits both. Printed per run: achieved rate, acknowledgement
latency p50 / p95 / p99 / max, refused (a `VaultError`: a 503), and how many answers took
over 100 ms and when in the run they were sent (one stall, or spread out).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import secrets
import shlex
import socket
import sys
import tempfile
import time
from pathlib import Path

from redis import Redis as SyncRedis

from bench.harness import corpus_texts, pct, veil_env, webhook, yardstick_ms
from proxy.config import DEFAULT_TENANT, Settings, parse_settings
from proxy.errors import VaultError
from proxy.inbound.ingress import IngressStore
from proxy.inbound.membership import Membership
from proxy.kv import connect
from proxy.vault import KeyStore
from proxy.vault.key_material import generate_key_texts
from proxy.vault.vault import Vault
from tests.redis_topologies import Cluster
from tests.server.helpers import make_keys

SLOW_S = 0.1  # answers slower than this are listed by when they were sent (a stall, or a steady tail)


def settings(url: str, data: Path, wait_replicas: int, env: dict[str, str]) -> Settings:
    raw = {
        "vault": {"url": url, "data_dir": str(data), "wait_replicas": wait_replicas},
        "listen": {"public_url": "http://127.0.0.1:1"},
        "audit": {"sink": str(data / "audit.jsonl")},
    }
    return parse_settings(raw, env)


async def run_one(
    url: str,
    work: Path,
    env: dict[str, str],
    wait_replicas: int,
    rate: float,
    seconds: float,
    first_seq: int,
    texts: list[str],
) -> dict[str, float]:
    """One run: `rate` x `seconds` webhooks through `IngressStore.accept`, open loop."""
    s = settings(url, work, wait_replicas, env)
    redis = connect(s.vault, data_dir=work).client
    keystore = KeyStore(redis, make_keys(env))
    membership = Membership(redis, f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}")
    store = IngressStore(redis, keystore, Vault(redis, keystore, s.vault).subjects, s, None, membership)
    stop = asyncio.Event()
    watcher = asyncio.create_task(store.health.watch(stop)) if store.health is not None else None
    n = int(rate * seconds)
    bodies = [webhook(first_seq + i, texts[i % len(texts)]).body for i in range(n + 20)]
    tenants = {DEFAULT_TENANT}
    try:
        for body in bodies[n:]:  # warm: the tenant's keys, scripts, connections, the health view
            await store.accept(body, tenants=tenants, body_tenant=DEFAULT_TENANT)
        await asyncio.sleep(0.6)
        latencies: list[float] = []
        slow: list[tuple[float, float]] = []  # (seconds into the run, latency) of answers over 100 ms
        refused = 0

        async def one(body: bytes, due: float) -> None:
            nonlocal refused
            try:
                await store.accept(body, tenants=tenants, body_tenant=DEFAULT_TENANT)
            except VaultError:
                refused += 1
                return
            latencies.append(time.monotonic() - due)
            if latencies[-1] > SLOW_S:
                slow.append((due - start, latencies[-1]))

        tasks = []
        gc.collect()  # the previous run's garbage is not this run's pause
        pauses = CollectorPauses()
        start = time.monotonic()
        lag = asyncio.create_task(loop_lag(start, n / rate))
        for i in range(n):
            due = start + i / rate
            pause = due - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)
            tasks.append(asyncio.create_task(one(bodies[i], due)))
        await asyncio.gather(*tasks)
        elapsed = time.monotonic() - start
        worst_lag, worst_at = await lag
        pauses.stop()
    finally:
        stop.set()
        if watcher is not None:
            await watcher
        await redis.aclose()
    ms = [x * 1000 for x in latencies]
    return {
        "offered": n,
        "acknowledged": len(ms),
        "refused": refused,
        "rate": len(ms) / elapsed,
        "p50": pct(ms, 50),
        "p95": pct(ms, 95),
        "p99": pct(ms, 99),
        "max": max(ms, default=float("nan")),
        "slow": len(slow),
        "slow_from": min((t for t, _ in slow), default=float("nan")),
        "slow_to": max((t for t, _ in slow), default=float("nan")),
        "lag_ms": worst_lag * 1000,
        "lag_at": worst_at,
        "gc_ms": pauses.longest * 1000,
    }


class CollectorPauses:
    """The longest pause of Python's garbage collector while installed (`gc.callbacks`):
    tells a stall of this process's own making from CPU taken by other processes."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._began = 0.0
        gc.callbacks.append(self._note)

    def _note(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        else:
            self.longest = max(self.longest, time.perf_counter() - self._began)

    def stop(self) -> None:
        gc.callbacks.remove(self._note)


async def loop_lag(start: float, seconds: float) -> tuple[float, float]:
    """The event loop's longest lateness over a 5 ms sleep during the run, and when (seconds
    into it): a stall of this process (CPU taken by others, a collection), not of Redis."""
    worst, at = 0.0, float("nan")
    while time.monotonic() - start < seconds:
        before = time.monotonic()
        await asyncio.sleep(0.005)
        late = time.monotonic() - before - 0.005
        if late > worst:
            worst, at = late, before - start
    return worst, at


def redis_events(cluster: Cluster) -> dict[str, float]:
    """What the redis-servers did that can stall a write: AOF rewrites (a fork each) so far,
    the longest fork, the memory of the fullest node."""
    out = {"aof_rewrites": 0.0, "fork_ms": 0.0, "used_mb": 0.0}
    for node in cluster.alive():
        with SyncRedis(port=node.port) as direct:
            persistence, memory, stats = direct.info("persistence"), direct.info("memory"), direct.info("stats")
        out["aof_rewrites"] += float(persistence.get("aof_rewrites", 0))
        out["fork_ms"] = max(out["fork_ms"], float(stats.get("latest_fork_usec", 0)) / 1000)
        out["used_mb"] = max(out["used_mb"], float(memory["used_memory"]) / 2**20)
    return out


async def measure(args: argparse.Namespace, work: Path) -> None:
    texts = corpus_texts(args.texts)
    env = veil_env(dict(generate_key_texts()))
    settings_list = [int(w) for w in args.wait_replicas.split(",")]
    cluster = await asyncio.to_thread(Cluster.start, replicas=1, node_timeout_ms=2000)
    print(f"yardstick before: {yardstick_ms():.0f} ms; load average {os.getloadavg()[0]:.1f}")
    rows: list[tuple[int, int, dict[str, float], float]] = []
    try:
        seq = 0
        for r in range(args.rounds):
            for w in settings_list:
                load = os.getloadavg()[0]
                row = await run_one(cluster.url, work, env, w, args.rate, args.seconds, seq, texts)
                seq += int(args.rate * args.seconds) + 20
                rows.append((r + 1, w, row, load))
                row |= await asyncio.to_thread(redis_events, cluster)
                print(
                    f"round {r + 1}, wait_replicas {w} (load {load:.1f}): {row['acknowledged']}/{row['offered']} "
                    f"acknowledged at {row['rate']:.0f}/s; p50 {row['p50']:.1f} ms, p95 {row['p95']:.1f} ms, "
                    f"p99 {row['p99']:.1f} ms, max {row['max']:.1f} ms; refused {row['refused']}; over 100 ms: "
                    f"{_slow(row)}; longest loop "
                    f"stall {row['lag_ms']:.0f} ms at {row['lag_at']:.1f} s (longest collection "
                    f"{row['gc_ms']:.0f} ms); Redis so far: "
                    f"{row['aof_rewrites']:.0f} AOF rewrites, longest fork {row['fork_ms']:.0f} ms, "
                    f"{row['used_mb']:.0f} MB on the fullest node",
                    flush=True,
                )
    finally:
        await asyncio.to_thread(cluster.stop)
    print(f"yardstick after: {yardstick_ms():.0f} ms")
    print("\n| round | wait_replicas | load | acknowledged | rate | p50 | p95 | p99 | max | refused |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r, w, row, load in rows:
        print(
            f"| {r} | {w} | {load:.1f} | {row['acknowledged']}/{row['offered']} | {row['rate']:.0f}/s "
            f"| {row['p50']:.1f} ms | {row['p95']:.1f} ms | {row['p99']:.1f} ms | {row['max']:.1f} ms "
            f"| {row['refused']} |"
        )


def _slow(row: dict[str, float]) -> str:
    """How many answers took over 100 ms, and when in the run they were sent (none: no span)."""
    if not row["slow"]:
        return "0"
    return f"{row['slow']:.0f} (sent {row['slow_from']:.1f}-{row['slow_to']:.1f} s into the run)"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--rate", type=float, default=300.0, help="webhooks offered per second")
    ap.add_argument("--seconds", type=float, default=15.0, help="each run's length")
    ap.add_argument("--rounds", type=int, default=2, help="times each setting runs (interleaved)")
    ap.add_argument("--wait-replicas", default="0,1", help="vault.wait_replicas settings, comma-separated")
    ap.add_argument("--texts", type=int, default=240, help="distinct texts (cycled)")
    args = ap.parse_args(argv)
    print("command:", shlex.join([sys.executable, "-m", "bench.seal", *(argv or sys.argv[1:])]))
    with tempfile.TemporaryDirectory(prefix="veil-bench-seal-") as tmp:
        asyncio.run(measure(args, Path(tmp)))


if __name__ == "__main__":
    main()
