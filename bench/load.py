"""Load test: `veil serve --workers N` under a steady stream of signed webhooks, on loopback.

    python -m bench.load [--workers 1] [--minutes 0.5] [--rate 100] [--detection-workers 1]

Started here: a redis-server (AOF everysec, Veil's default), a fake CRM (its own process),
and `python -m proxy serve --config <bench config> --workers N` (the real supervisor and
workers, SO_REUSEPORT, one detector pool per worker). After a 2 s warm-up it offers
`--rate` text-message webhooks a second for `--minutes` (open loop, at most
`--max-events`), waits until every acknowledged event reached the CRM (or nothing arrived
for 15 s), and prints:

- loss: events acknowledged 200 that never reached the CRM (must be 0; exit 1 otherwise);
- duplicates (deliveries beyond the first per event);
- acknowledgement and delivery latency percentiles;
- CPU-ms per delivered event by component, from /proc: Veil workers (and the supervisor),
  detector processes, Redis, the fake CRM, the load generator (docs/decisions.md 21: on a shared
  2-core machine this, not wall-clock throughput, shows whether scale-out is linear);
- a JSON line with the same figures, for docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import (
    AOF,
    CpuMeter,
    Ports,
    corpus_texts,
    pct,
    split_veil_tree,
    veil_env,
    wait_up,
    webhook,
    write_config,
)
from bench.traffic import Offered, crm_main, delivery, drain, offer
from tests.redis_servers import RedisProcess, debian_redis_server, free_port

PERCENTILES = (50, 90, 99, 99.9)


async def wait_workers(pid: int, workers: int, detectors: int, url: str, timeout: float = 150.0) -> None:
    """Until every worker has its detector pool and the service answers ready."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        veil, det = split_veil_tree(pid)
        if len(det) >= workers * detectors and len(veil) >= (workers + 1 if workers > 1 else 1):
            break
        await asyncio.sleep(0.5)
    await wait_up(url, timeout=max(1.0, deadline - time.monotonic()))


async def measure(args: argparse.Namespace, work: Path) -> dict[str, object]:
    from proxy.vault.key_material import generate_key_texts

    texts = corpus_texts(args.texts)
    (work / "redis").mkdir()
    redis = RedisProcess(debian_redis_server(), workdir=str(work / "redis"), args=AOF).start()
    ports = Ports(free_port(), free_port(), free_port(), free_port())
    config = write_config(work, redis.url, ports, detection_workers=args.detection_workers)
    crm = multiprocessing.get_context("spawn").Process(target=crm_main, args=(ports.crm,), daemon=True)
    log = (work / "veil.log").open("wb")
    cmd = [sys.executable, "-m", "proxy", "serve", "--config", str(config), "--workers", str(args.workers)]
    veil = subprocess.Popen(
        cmd,
        env=os.environ | veil_env(dict(generate_key_texts())),  # noqa: S603
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        crm.start()
        await wait_up(f"http://127.0.0.1:{ports.crm}/count")
        await wait_workers(veil.pid, args.workers, args.detection_workers, f"http://127.0.0.1:{ports.public}/readyz")
        url = f"http://127.0.0.1:{ports.public}/webhooks/whatsapp"
        redis_pid, crm_pid = redis.proc.pid if redis.proc else 0, crm.pid or 0
        meter = CpuMeter(
            {
                "Veil workers": lambda: split_veil_tree(veil.pid)[0],
                "detector processes": lambda: split_veil_tree(veil.pid)[1],
                "Redis": lambda: [redis_pid],
                "fake CRM": lambda: [crm_pid],
                "load generator": lambda: [os.getpid()],
            }
        )
        warm = [webhook(i, texts[i % len(texts)], args.customers) for i in range(int(args.rate * 2))]
        await offer(url, warm, args.rate, Offered())
        n = min(args.max_events, int(args.rate * args.minutes * 60))
        first = len(warm)
        hooks = [webhook(first + i, texts[i % len(texts)], args.customers) for i in range(n)]
        offered = Offered()
        await drain(ports.crm, range(first), timeout=args.drain_timeout)
        meter.start()
        await asyncio.sleep(args.idle_seconds)
        idle = {role: seconds / args.idle_seconds for role, seconds in meter.stop().items()}
        meter.start()
        started = time.perf_counter()
        await offer(url, hooks, args.rate, offered)
        stats = await drain(ports.crm, offered.acked(), timeout=args.drain_timeout)
        cpu = meter.stop()
        window = time.perf_counter() - started
        return {
            "offered": offered,
            "delivery": delivery(offered, stats, range(first, first + n)),
            "cpu": cpu,
            "idle": idle,
            "window_s": window,
            "leaks": stats["leaks"],
            "bad_signature": stats["bad_signature"],
            "command": cmd,
        }
    finally:
        if veil.poll() is None:
            veil.send_signal(signal.SIGTERM)
            try:
                veil.wait(60)
            except subprocess.TimeoutExpired:
                veil.kill()
                veil.wait()
        log.close()
        if crm.is_alive():
            crm.terminate()
            crm.join(10)
        redis.stop()


def report(args: argparse.Namespace, r: dict[str, object]) -> int:
    offered, d, cpu = r["offered"], r["delivery"], r["cpu"]
    from bench.traffic import Delivery

    assert isinstance(offered, Offered) and isinstance(d, Delivery) and isinstance(cpu, dict)
    n = len(offered.sent)
    acked = offered.acked()
    ack_ms = [offered.ack[s] * 1000 for s in acked]
    lat_ms = [x * 1000 for x in d.latency_s]
    events = max(1, d.delivered)
    print(
        f"\n## bench.load: {args.workers} worker(s) x {args.detection_workers} detector process(es); "
        f"{n} webhooks offered at {args.rate:g}/s for {offered.wall_s:.1f} s; {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    command = r["command"]
    assert isinstance(command, list)
    print(f"veil: {shlex.join(map(str, command))}")
    print(
        f"acknowledged 200: {len(acked)}/{n}; delivered: {d.delivered}; LOST: {len(d.lost)}"
        f"{' e.g. ' + str(d.lost[:5]) if d.lost else ''}; duplicates: {d.duplicates}; "
        f"bodies with a customer's number in clear: {r['leaks']}; bad signatures: {r['bad_signature']}"
    )
    print(f"{'latency ms':<14}" + "".join(f"{'p' + format(p, 'g'):>9}" for p in PERCENTILES) + f"{'max':>9}")
    for name, values in (("acknowledge", ack_ms), ("deliver", lat_ms)):
        print(f"{name:<14}" + "".join(f"{pct(values, p):9.1f}" for p in PERCENTILES) + f"{max(values, default=0):9.1f}")
    idle, window = r["idle"], float(r["window_s"])  # type: ignore[arg-type]
    assert isinstance(idle, dict)
    print(
        f"CPU-ms per delivered event (/proc) over {window:.1f} s; 'net' subtracts the idle CPU/s "
        f"measured for {args.idle_seconds:g} s before the load (polling, timers) x the window:"
    )
    print(f"  {'':<26}{'gross':>8}{'net':>8}{'idle ms/s':>11}")
    per = {role: seconds * 1000 / events for role, seconds in cpu.items()}
    net = {role: (seconds - idle[role] * window) * 1000 / events for role, seconds in cpu.items()}
    for role in per:
        print(f"  {role:<26}{per[role]:8.3f}{net[role]:8.3f}{idle[role] * 1000:11.1f}")
    service = per["Veil workers"] + per["detector processes"] + per["Redis"]
    service_net = net["Veil workers"] + net["detector processes"] + net["Redis"]
    print(
        f"  {'service (Veil+det+Redis)':<26}{service:8.3f}{service_net:8.3f}   -> {1000 / service:.0f} events/s "
        f"per core gross, {1000 / service_net:.0f} net"
    )
    summary = {
        "workers": args.workers,
        "rate": args.rate,
        "offered": n,
        "acked": len(acked),
        "delivered": d.delivered,
        "lost": len(d.lost),
        "duplicates": d.duplicates,
        "ack_p50": pct(ack_ms, 50),
        "ack_p99": pct(ack_ms, 99),
        "deliver_p50": pct(lat_ms, 50),
        "deliver_p99": pct(lat_ms, 99),
        "window_s": round(window, 1),
    }
    summary |= {k: round(v, 3) for k, v in per.items()} | {f"{k} net": round(v, 3) for k, v in net.items()}
    summary |= {f"{k} idle ms/s": round(v * 1000, 1) for k, v in idle.items()}
    print("json: " + json.dumps(summary))
    return 1 if d.lost or len(acked) < n else 0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--minutes", type=float, default=0.5, help="measured time (fractions allowed)")
    ap.add_argument("--rate", type=float, default=100.0, help="webhooks offered per second")
    ap.add_argument("--max-events", type=int, default=200_000)
    ap.add_argument("--detection-workers", type=int, default=1, help="detector processes per worker")
    ap.add_argument("--customers", type=int, default=200)
    ap.add_argument("--texts", type=int, default=240)
    ap.add_argument("--drain-timeout", type=float, default=90.0)
    ap.add_argument("--idle-seconds", type=float, default=5.0, help="idle CPU measured before the load")
    args = ap.parse_args(argv)
    if not (1 <= args.workers <= 64 and 0 < args.minutes <= 60 and 0 < args.rate <= 5000):
        ap.error("--workers 1..64, --minutes (0, 60], --rate (0, 5000]")
    print("command: " + shlex.join([sys.executable, "-m", "bench.load", *(argv or sys.argv[1:])]))
    print(
        f"resolved: workers={args.workers} minutes={args.minutes:g} rate={args.rate:g} "
        f"detection_workers={args.detection_workers} customers={args.customers} texts={args.texts}"
    )
    with tempfile.TemporaryDirectory(prefix="veil-bench-load-") as work:
        sys.exit(report(args, asyncio.run(measure(args, Path(work)))))


if __name__ == "__main__":
    main()
