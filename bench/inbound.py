"""Inbound cost and latency: signed webhooks at a running Veil, in one run on the same messages.

    python -m bench.inbound [--rate 300] [--seconds 20] [--profile-seconds 8] [--customers 200]
                            [--cluster [--kill-master-at S [--restart-after S]] [--no-full-coverage]]

Started here, on loopback: a redis-server, a fake CRM (its own process; records arrival
times), and Veil as `veil serve` runs it (one process with its detector worker pool, the
defaults of `detection:`), in a child whose main thread can be profiled. Then:

1. warm-up (2 s at the rate, not counted);
2. measured phase (`--seconds` at `--rate`, open loop): acknowledgement latency and rate,
   delivered events/s and delivery latency (CRM arrival - send), loss and duplicates, and
   CPU from /proc per process: Veil, its detector workers, Redis, the CRM, this load generator;
3. profiled phase (`--profile-seconds`, same texts, new message ids): cProfile in Veil's
   main thread gives each component's *share* of Veil's CPU (`bench.attribution`); the
   measured phase's /proc CPU is split by those shares (cProfile inflates what it measures,
   so its absolute numbers are not used);
4. the same texts through Veil's detector alone (`InlineDetector`, this process), one message
   per call and in batches of 100: CPU-ms per message.

`--cluster`: a Redis Cluster of 3 masters with a replica each (AOF everysec,
`cluster-node-timeout` `--node-timeout-ms`, `tests.redis_topologies`) instead of one
redis-server. `--kill-master-at S`: S seconds into the measured phase one master is
SIGKILLed (its replica is promoted), and `--restart-after` seconds later started again (it
rejoins as a replica); the acknowledgements are then also reported per window (before the
kill, the `--fault-window` seconds after it, the rest), with the slowest answers after the
kill (their send times also in unix seconds, to find them in Veil's log: `--veil-log FILE`
keeps it, with Veil's DEBUG lines, each webhook's and each seal's stages). The load
generator does not resend what was refused, as Meta would: a refused webhook
is counted, not retried. `--no-full-coverage` sets `cluster-require-full-coverage no` on
every node first (Redis's default, `yes`, has every master refuse every command while a
slot has no master: the second between a master marked failed and its replica's promotion).
Every run also reports each customer's order: of the consecutive
pairs of its acknowledged webhooks (the first acknowledged before the second was sent), how
many were delivered the other way round, and how many carry `X-Veil-Received` the other way
round (docs/inbound.md, "Receipt order").

Goals (docs/performance.md): p99 acknowledgement < 50 ms at 300 events/s offered; detection <= 2.5 ms CPU
per single-message text event; everything else together <= 2 ms CPU per event.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import shlex
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from redis import Redis as SyncRedis
from redis.asyncio import Redis

from bench import attribution
from bench.harness import (
    AOF,
    CpuMeter,
    Ports,
    corpus_texts,
    pct,
    split_veil_tree,
    veil_child,
    veil_env,
    wait_up,
    webhook,
    write_config,
    yardstick_ms,
)
from bench.traffic import Offered, crm_get, crm_main, delivery, drain, offer, order
from tests.redis_servers import RedisProcess, debian_redis_server, free_port
from tests.redis_topologies import Cluster

GOAL_ACK_P99_MS, GOAL_DETECT_MS, GOAL_REST_MS = 50.0, 2.5, 2.0


def detector_alone(texts: list[str], rounds: int = 3) -> tuple[float, float]:
    """CPU-ms per message of Veil's detector in this process: one message per call, batches of 100."""
    from proxy.detection.detector import InlineDetector
    from proxy.detection.settings import DetectionSettings

    detector = InlineDetector(DetectionSettings())

    def run(batch: int) -> float:
        analyze = detector.analyzer.analyze  # what InlineDetector.detect awaits, without a loop
        analyze(texts[:batch], language="en", identify=None)  # warm; identify as a tenant that did not choose
        start = time.process_time()
        for _ in range(rounds):
            for i in range(0, len(texts), batch):
                analyze(texts[i : i + batch], language="en", identify=None)
        return (time.process_time() - start) * 1000 / (rounds * len(texts))

    return run(1), run(100)


async def measure(args: argparse.Namespace, work: Path) -> dict[str, object]:
    texts = corpus_texts(args.texts)
    (work / "redis").mkdir()
    cluster = Cluster.start(replicas=1, node_timeout_ms=args.node_timeout_ms) if args.cluster else None
    if cluster is not None and args.no_full_coverage:
        for node in cluster.nodes:  # (a node started again later comes back with Redis's default)
            with SyncRedis(port=node.port) as direct:
                direct.config_set("cluster-require-full-coverage", "no")
    redis: _OneServer | _ClusterAsOne = (
        _ClusterAsOne(cluster)
        if cluster is not None
        else _OneServer(RedisProcess(debian_redis_server(), workdir=str(work / "redis"), args=AOF).start())
    )
    ports = Ports(free_port(), free_port(), free_port(), free_port())
    ctx = multiprocessing.get_context("spawn")
    from proxy.vault.key_material import generate_key_texts

    env = veil_env(dict(generate_key_texts()))
    config = write_config(work, redis.url, ports, detection_workers=args.detection_workers, overrides=args.set)
    profile = str(work / "veil.prof")
    crm = ctx.Process(target=crm_main, args=(ports.crm,), daemon=True)
    veil = ctx.Process(
        target=veil_child,  # has children: not daemonic
        args=(str(config), env, profile, bool(args.veil_log)),
    )
    result: dict[str, object] = {"yardstick_before": yardstick_ms()}
    try:
        crm.start()
        veil.start()
        await wait_up(f"http://127.0.0.1:{ports.crm}/count")
        await wait_up(f"http://127.0.0.1:{ports.public}/readyz", alive=veil.is_alive)
        url = f"http://127.0.0.1:{ports.public}/webhooks/whatsapp"
        veil_pid, crm_pid = veil.pid or 0, crm.pid or 0
        meter = CpuMeter(
            {
                "Veil process": lambda: split_veil_tree(veil_pid)[0],
                "detector workers": lambda: split_veil_tree(veil_pid)[1],
                "Redis": redis.pids,
                "fake CRM": lambda: [crm_pid],
                "load generator": lambda: [os.getpid()],
            }
        )
        seq = 0

        async def phase(seconds: float) -> tuple[Offered, range, dict[str, object]]:
            nonlocal seq
            n = max(1, int(args.rate * seconds))
            hooks = [webhook(seq + i, texts[i % len(texts)], args.customers) for i in range(n)]
            seqs = range(seq, seq + n)
            seq += n
            offered = Offered()
            await offer(url, hooks, args.rate, offered, connections=args.connections)
            stats = await drain(ports.crm, offered.acked(), timeout=args.drain_timeout)
            return offered, seqs, stats

        await phase(args.warmup)
        before = await redis.stats()
        meter.start()
        fault = asyncio.create_task(_kill_master(cluster, args, result)) if cluster and args.kill_master_at else None
        offered, seqs, stats = await phase(args.seconds)
        if fault is not None:
            await fault
        result["cpu"] = meter.stop()
        after = await redis.stats()
        result["redis"] = {k: after[k] - before[k] for k in after}  # (the bench's own INFO: 2 of ~9,000)
        result["offered"], result["delivery"], result["crm"] = offered, delivery(offered, stats, seqs), stats
        os.kill(veil_pid, signal.SIGUSR1)
        _, pseqs, _ = await phase(args.profile_seconds)
        os.kill(veil_pid, signal.SIGUSR2)
        for _ in range(100):
            if Path(profile).exists():
                break
            await asyncio.sleep(0.1)
        result["shares"] = attribution.from_file(profile)
        if args.keep_profile:
            shutil.copy(profile, args.keep_profile)
        result["counters"] = await crm_get(ports.crm, "/count")
    finally:
        for child in (veil, crm):
            if child.pid is not None and child.is_alive():
                child.terminate()
                child.join(20)
        redis.stop()
        if args.veil_log and (work / "veil.log").exists():
            shutil.copy(work / "veil.log", args.veil_log)
    result["alone"] = detector_alone(texts)
    result["yardstick"] = (result.pop("yardstick_before"), yardstick_ms())
    result["texts"] = len(texts)
    return result


class _OneServer:
    """The bench's view of its one redis-server: its pid and counters."""

    def __init__(self, server: RedisProcess) -> None:
        self.server = server
        self.url = server.url

    def pids(self) -> list[int]:
        return [self.server.proc.pid] if self.server.proc else []

    async def stats(self) -> dict[str, int]:
        return await redis_stats(self.url)

    def stop(self) -> None:
        self.server.stop()


class _ClusterAsOne:
    """The bench's view of its Redis when that is a Cluster: every node's pids and counters."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.url = cluster.url

    def pids(self) -> list[int]:
        return [n.proc.pid for n in self.cluster.nodes if n.proc is not None]

    async def stats(self) -> dict[str, int]:
        """Summed over the masters (a replica's reads are its master's replication stream)."""
        masters = await asyncio.to_thread(self.cluster.masters)
        total = {"total_reads_processed": 0, "total_commands_processed": 0}
        for node in masters:
            for key, value in (await redis_stats(f"redis://127.0.0.1:{node.port}")).items():
                total[key] += value
        return total

    def stop(self) -> None:
        self.cluster.stop()


async def _kill_master(cluster: Cluster, args: argparse.Namespace, result: dict[str, object]) -> None:
    await asyncio.sleep(args.kill_master_at)
    victim = (await asyncio.to_thread(cluster.masters))[0]
    victim.kill()
    result["killed_at"] = time.time()
    await asyncio.sleep(args.restart_after)
    await asyncio.to_thread(victim.start)
    result["restarted_at"] = time.time()


async def redis_stats(url: str) -> dict[str, int]:
    """Redis's own counters: a socket read per write a client made (the dearest thing Veil
    does, and unlike CPU time not subject to the VM's drift), and commands run."""
    client = Redis.from_url(url)
    try:
        info = await client.info("stats")
    finally:
        await client.aclose()
    return {k: int(info[k]) for k in ("total_reads_processed", "total_commands_processed")}


def report(args: argparse.Namespace, r: dict[str, object]) -> None:
    offered = r["offered"]
    d = r["delivery"]
    cpu = r["cpu"]
    shares = r["shares"]
    counters = r["counters"]
    assert isinstance(offered, Offered) and isinstance(cpu, dict) and isinstance(shares, dict)
    assert isinstance(counters, dict) and isinstance(r["alone"], tuple)
    from bench.traffic import Delivery

    assert isinstance(d, Delivery)
    n = len(offered.sent)
    acked = offered.acked()
    ack_ms = [offered.ack[s] * 1000 for s in acked]
    events = max(1, d.delivered)
    print(
        f"\n## bench.inbound: {n} text-message webhooks offered at {args.rate:g}/s for {args.seconds:g} s "
        f"(open loop), {r['texts']} distinct English texts, {args.customers} customers; "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    )
    failed = n - len(acked)
    verdict = "ok" if pct(ack_ms, 99) < GOAL_ACK_P99_MS and failed == 0 else "MISS"
    print(
        f"acknowledged: {len(acked)}/{n} with 200 ({len(acked) / offered.wall_s:.0f}/s); latency p50 "
        f"{pct(ack_ms, 50):.1f} ms, p99 {pct(ack_ms, 99):.1f} ms, max {max(ack_ms, default=0):.1f} ms"
        f"    goal p99 < {GOAL_ACK_P99_MS:g} ms at 300/s: {verdict}"
    )
    span = max(1e-9, d.last_s - min(offered.sent.values()))
    lat = [x * 1000 for x in d.latency_s]
    print(
        f"delivered: {d.delivered} events ({d.delivered / span:.0f}/s from first send to last arrival); "
        f"latency p50 {pct(lat, 50):.1f} ms, p99 {pct(lat, 99):.1f} ms; lost {len(d.lost)}, "
        f"duplicates {d.duplicates}; bodies holding a customer's number in clear: {counters['leaks']}, "
        f"bad signatures: {counters['bad_signature']}"
    )
    crm = r["crm"]
    assert isinstance(crm, dict)
    o = order(offered, crm, args.customers)
    print(
        f"order per customer: {o.pairs} pairs of consecutive webhooks (the first acknowledged before the "
        f"second was sent): {o.delivered_reversed} delivered the other way round, {o.key_reversed} with "
        f"X-Veil-Received the other way round"
    )
    print("\nCPU-ms per delivered event, measured phase (/proc):")
    for role, seconds in cpu.items():
        print(f"  {role:<18}{seconds * 1000 / events:8.3f}")
    rs = r["redis"]
    assert isinstance(rs, dict)
    print(
        f"\nRedis, measured phase: {rs['total_reads_processed'] / events:.2f} writes received per event "
        f"(its socket reads), {rs['total_commands_processed'] / events:.1f} commands per event "
        f"(scripts' own calls included)"
    )
    veil_ms = cpu["Veil process"] * 1000 / events
    total = sum(shares.values()) or 1.0
    comp = {name: veil_ms * shares.get(name, 0.0) / total for name in attribution.ORDER}
    print("\nVeil process by component (profiled phase's shares x measured CPU):")
    for name in attribution.ORDER:
        print(f"  {name:<18}{comp[name]:8.3f}  ({shares.get(name, 0.0) / total:5.1%})")
    detect = cpu["detector workers"] * 1000 / events + comp["detection"]
    rest = veil_ms - comp["detection"]
    redis_ms = cpu["Redis"] * 1000 / events
    print(
        f"\ndetection (detector workers + Veil's client side): {detect:.3f} ms/event"
        f"    goal <= {GOAL_DETECT_MS:g}: {'ok' if detect <= GOAL_DETECT_MS else 'MISS'}"
    )
    print(
        f"everything else in Veil (HTTP, sealing, walking, vault, delivery, loop): {rest:.3f} ms/event"
        f"    goal <= {GOAL_REST_MS:g}: {'ok' if rest <= GOAL_REST_MS else 'MISS'}; "
        f"with Redis's {redis_ms:.3f}: {rest + redis_ms:.3f}"
    )
    if "killed_at" in r:
        fault_report(args, offered, r)
    one, batched = r["alone"]
    print(
        f"detector alone, same texts, this process: {one:.3f} ms CPU/message one per call, "
        f"{batched:.3f} in batches of 100"
    )
    yard = r["yardstick"]
    assert isinstance(yard, tuple)
    before, after = yard
    print(
        f"machine yardstick (harness.yardstick_ms, fixed Python loop): {before:.0f} ms before the run, "
        f"{after:.0f} after"
    )


def fault_report(args: argparse.Namespace, offered: Offered, r: dict[str, object]) -> None:
    """Acknowledgements before the kill, in the window after it, and after that window."""
    killed = float(r["killed_at"])  # type: ignore[arg-type]
    restarted = float(r.get("restarted_at", killed)) - killed  # type: ignore[arg-type]
    print(
        f"\nmaster SIGKILLed {args.kill_master_at:g} s into the measured phase, restarted {restarted:.1f} s "
        f"later (cluster-node-timeout {args.node_timeout_ms} ms):"
    )
    end = killed + args.fault_window
    windows = {
        "before the kill": (0.0, killed),
        f"{args.fault_window:g} s after it": (killed, end),
        "after that": (end, float("inf")),
    }
    for name, (start, stop) in windows.items():
        seqs = [s for s, sent in offered.sent.items() if start <= sent < stop]
        ok = [offered.ack[s] * 1000 for s in seqs if offered.status.get(s) == 200]
        refused: dict[int, int] = {}
        for s in seqs:
            if offered.status.get(s) != 200:
                refused[offered.status.get(s, 0)] = refused.get(offered.status.get(s, 0), 0) + 1
        print(
            f"  {name:<22} {len(seqs):5d} sent, {len(ok):5d} acknowledged: p50 {pct(ok, 50):7.1f} ms, "
            f"p99 {pct(ok, 99):7.1f} ms, max {max(ok, default=0):7.1f} ms; refused "
            + (", ".join(f"{n} x {code or 'no answer'}" for code, n in sorted(refused.items())) or "none")
        )
    window = [s for s, sent in offered.sent.items() if killed <= sent < end]
    slow = sorted(window, key=lambda s: -offered.ack[s])[:8]
    print(
        "  slowest answers after the kill (s after it: status in ms): "
        + ", ".join(
            f"{offered.sent[s] - killed:.2f}: {offered.status.get(s, 0)} in {offered.ack[s] * 1000:.0f}"
            for s in sorted(slow, key=lambda s: offered.sent[s])
        )
    )
    print(
        f"  (kill at unix {killed:.3f}; sent at unix: "
        + ", ".join(f"{offered.sent[s]:.3f}" for s in sorted(slow, key=lambda s: offered.sent[s]))
        + ")"
    )
    crm = r.get("crm")
    arrivals = {int(k): v for k, v in crm["arrivals"].items()} if isinstance(crm, dict) else {}
    twice = sorted(s for s, times in arrivals.items() if len(times) > 1)
    # A duplicate whose first delivery arrived just before the kill is a delivery in flight
    # then: the CRM had it, and its ack (on the killed master) was lost with the master.
    print(
        f"  duplicates: {len(twice)}"
        + (
            "; arrivals in s after the kill (sent at): "
            + "; ".join(
                f"{', '.join(f'{t - killed:+.2f}' for t in arrivals[s])} ({offered.sent[s] - killed:+.2f})"
                for s in twice
            )
            if twice
            else ""
        )
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=300.0, help="webhooks offered per second")
    ap.add_argument("--seconds", type=float, default=20.0, help="measured phase")
    ap.add_argument("--profile-seconds", type=float, default=8.0, help="profiled phase (component shares)")
    ap.add_argument("--warmup", type=float, default=2.0)
    ap.add_argument("--customers", type=int, default=200)
    ap.add_argument("--texts", type=int, default=240, help="distinct texts (cycled)")
    ap.add_argument("--detection-workers", type=int, default=1)
    ap.add_argument("--drain-timeout", type=float, default=60.0)
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="SECTION.KEY=VALUE",
        help="a Veil setting on top of the bench's config (repeatable), e.g. ingress.poll_interval_s=0.1",
    )
    ap.add_argument("--veil-log", help="copy Veil's log here, with its DEBUG lines (a webhook's stages)")
    ap.add_argument("--keep-profile", help="copy Veil's cProfile stats (profiled phase) here")
    ap.add_argument(
        "--connections",
        type=int,
        default=16,
        help="keep-alive connections the load is spread over (one request at a time each)",
    )
    ap.add_argument("--cluster", action="store_true", help="a 3-master Redis Cluster with a replica each")
    ap.add_argument("--node-timeout-ms", type=int, default=2000, help="cluster-node-timeout (--cluster)")
    ap.add_argument(
        "--kill-master-at",
        type=float,
        default=0.0,
        help="SIGKILL a master this many seconds into the measured phase (--cluster)",
    )
    ap.add_argument("--restart-after", type=float, default=10.0, help="start the killed master again after")
    ap.add_argument(
        "--no-full-coverage",
        action="store_true",
        help="cluster-require-full-coverage no: the other masters keep serving while a slot has none",
    )
    ap.add_argument("--fault-window", type=float, default=10.0, help="seconds after the kill reported apart")
    args = ap.parse_args(argv)
    if (args.kill_master_at or args.no_full_coverage) and not args.cluster:
        ap.error("--kill-master-at and --no-full-coverage need --cluster")
    print("command: " + shlex.join([sys.executable, "-m", "bench.inbound", *(argv or sys.argv[1:])]))
    print(
        f"resolved: rate={args.rate:g} seconds={args.seconds:g} profile_seconds={args.profile_seconds:g} "
        f"warmup={args.warmup:g} customers={args.customers} texts={args.texts} "
        f"detection_workers={args.detection_workers} connections={args.connections}"
        + (f" cluster node_timeout_ms={args.node_timeout_ms}" if args.cluster else "")
        + (" cluster-require-full-coverage=no" if args.no_full_coverage else "")
        + (
            f" kill_master_at={args.kill_master_at:g} restart_after={args.restart_after:g}"
            if args.kill_master_at
            else ""
        )
        + "".join(f" set {o}" for o in args.set)
    )
    with tempfile.TemporaryDirectory(prefix="veil-bench-inbound-") as work:
        report(args, asyncio.run(measure(args, Path(work))))


if __name__ == "__main__":
    main()
