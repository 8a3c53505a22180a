"""API fuzzing: schemathesis over both generated OpenAPI documents, against a real Veil and
a real Redis, authenticated as a service (public listener) and as a stepped-up admin
(admin listener). Fails on any 5xx, any answer whose status, content type or body the
documents do not describe, and any invalid request that is accepted.

    python -m bench.api_fuzz                      # the recorded run (docs/performance.md)
    python -m bench.api_fuzz --examples 20 --rounds 1   # a quick one

Veil runs in this process (its own event loop on a thread, the inline detector), on
loopback ports, with a bench-started `redis-server`; the Graph API and the subscribers
point at a closed port, so /graph answers Veil's own 502. Excluded operations and checks,
and why: `DELETE /admin/v1/session` (the fuzzer would log itself out) and
`POST /admin/v1/session/step-up` (wrong codes lock the admin), `POST /admin/v1/recognizers/reload`
(it reloads every recognizer: ten seconds a case here, past schemathesis's time limit); `positive_data_acceptance`
(a schema-valid tenant or subject that does not exist is rightly refused) and the
stateful checks that need links between operations (`use_after_free`,
`ensure_resource_availability`, `object_level_authorization`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from aiohttp import web

from proxy.detection import DetectionSettings, Detector, InlineDetector
from proxy.server.access_log import RouteAccessLogger
from proxy.server.app import Apps, create_apps
from proxy.server.openapi import admin_document, public_document
from tests.helpers import random_key
from tests.redis_servers import RedisProcess, debian_redis_server, free_port
from tests.server.access_kit import CRM_KEY, PASSWORD, Totp, access_settings, bootstrap
from tests.server.helpers import make_keys

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
EXCLUDED_CHECKS = "positive_data_acceptance,object_level_authorization"
# Run apart, each case with a session of its own (bench/fuzz_hooks.py): they change the session they use.
SESSION_OPS = ("DELETE /admin/v1/session", "POST /admin/v1/session/step-up", "POST /admin/v1/recognizers/reload")


@dataclass
class Veil:
    """A running Veil: its apps on an event loop of their own (a thread), and its listeners."""

    apps: Apps
    loop: asyncio.AbstractEventLoop
    public_url: str
    admin_url: str
    totp: Totp | None = None
    runners: list[web.AppRunner] = field(default_factory=list)

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def throwaway_sessions(self, path: Path, count: int) -> Path:
        """`count` sessions (one a line in `path`) of a global admin of their own, `fuzzer`, so
        the session run may log out, step up with wrong codes and lock it, and leave alice be."""
        rt = self.apps.runtime

        async def make() -> list[str]:
            if await rt.admins.get("fuzzer") is None:
                await rt.admins.enrol(await rt.admins.create("fuzzer", tenant="", created_by="bench"), PASSWORD)
            return [(await rt.sessions.create("fuzzer", ""))[0] for _ in range(count)]

        path.write_text("\n".join(self.run(make())) + "\n")
        return path

    def admin_session(self) -> dict[str, str]:
        """A fresh, stepped-up admin session (login elevates for 5 minutes)."""
        if self.totp is None:
            self.totp = self.run(bootstrap(self.apps))
        body = json.dumps({"name": "alice", "password": PASSWORD, "code": self.totp.code()}).encode()
        request = urllib.request.Request(  # noqa: S310
            f"{self.admin_url}/admin/v1/login",
            data=body,
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as resp:  # noqa: S310 - loopback
            return {"Authorization": f"Bearer {json.loads(resp.read())['token']}"}


@contextmanager
def running_veil(workdir: Path, detector: Detector | None = None) -> Iterator[Veil]:
    """Veil on a Redis of its own, served from a thread. `detector`: the test suite's session-wide
    analyzer (the same default settings), so the suite builds the six languages' models once, not
    twice; without it, one is built here."""
    redis = RedisProcess(debian_redis_server()).start()
    closed = f"http://127.0.0.1:{free_port()}"
    settings = access_settings(redis.url, workdir, whatsapp={"graph_base_url": closed})
    keys = {
        "VEIL_MASTER_KEY": f"v1:{random_key()}",
        "VEIL_TOKEN_KEY": random_key(),
        "VEIL_AUDIT_KEY": random_key(),
        "VEIL_AUDIT_SIGNING_KEY": random_key(),
    }
    apps = create_apps(
        settings, make_keys(keys), data_dir=workdir, detector=detector or InlineDetector(DetectionSettings())
    )
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="veil", daemon=True)
    thread.start()
    ports = free_port(), free_port()
    veil = Veil(apps, loop, f"http://127.0.0.1:{ports[0]}", f"http://127.0.0.1:{ports[1]}")

    async def start() -> None:
        for app, port in zip((apps.public, apps.admin), ports, strict=True):
            runner = web.AppRunner(app, access_log_class=RouteAccessLogger)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", port).start()
            veil.runners.append(runner)

    async def stop() -> None:
        for runner in reversed(veil.runners):
            await runner.cleanup()

    try:
        veil.run(start(), timeout=120)
        yield veil
    finally:
        veil.run(stop(), timeout=60)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        redis.stop()


@dataclass(frozen=True)
class Result:
    listener: str
    cases: int
    failures: list[str]
    seconds: float
    exit_code: int
    output: str


def schemathesis(
    doc: dict[str, Any],
    base_url: str,
    headers: dict[str, str],
    workdir: Path,
    *,
    listener: str,
    examples: int,
    phases: str,
    seed: int,
    max_time: int | None = None,
    exclude: tuple[str, ...] = (),
    include: tuple[str, ...] = (),
    timeout: int = 30,
    env: dict[str, str] | None = None,
) -> Result:
    """One `schemathesis run` over `doc` (as a file) against `base_url`; its JSON report read back."""
    schema = workdir / f"{listener}.json"
    schema.write_text(json.dumps(doc))
    report = workdir / f"{listener}-report.json"
    cmd = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(schema),
        "--url",
        base_url,
        "--checks",
        "all",
        "--exclude-checks",
        EXCLUDED_CHECKS,
        "--phases",
        phases,
        "--max-examples",
        str(examples),
        "--seed",
        str(seed),
        "--workers",
        "1",
        "--no-shrink",
        "--request-timeout",
        str(timeout),
        "--report",
        "json",
        "--report-json-path",
        str(report),
        "--suppress-health-check",
        "all",
        "--warnings",
        "off",
        "--continue-on-failure",
    ]
    for name, value in headers.items():
        cmd += ["--header", f"{name}: {value}"]
    for flag, names in (("--exclude-name-regex", exclude), ("--include-name-regex", include)):
        if names:
            cmd += [flag, "|".join(f"^{re.escape(n)}$" for n in names)]
    if max_time is not None:
        cmd += ["--max-time", str(max_time)]
    start = time.monotonic()
    env = dict(os.environ, NO_COLOR="1", SCHEMATHESIS_TELEMETRY="false", **(env or {}))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=workdir, check=False)  # noqa: S603
    seconds = time.monotonic() - start
    (workdir / f"{listener}-output.txt").write_text(proc.stdout + proc.stderr)
    cases, failures = _read_report(report)
    return Result(listener, cases, failures, seconds, proc.returncode, proc.stdout[-20000:] + proc.stderr[-5000:])


def _read_report(path: Path) -> tuple[int, list[str]]:
    """(generated cases, each failure or error group) of a schemathesis JSON report."""
    if not path.exists():
        return 0, ["no report: schemathesis did not run"]
    report = json.loads(path.read_text())
    cases = int((report.get("test_cases") or {}).get("generated", 0))
    failures = [f"{f['title']} x{f['count']}: {', '.join(f['operations'])[:300]}" for f in report.get("failures", [])]
    failures += [f"error: {e['title']} x{e['count']}" for e in report.get("errors", [])]
    return cases, failures


def fuzz(
    veil: Veil, workdir: Path, *, examples: int, rounds: int, phases: str, seed: int, max_time: int | None = None
) -> list[Result]:
    """`rounds` runs over each listener (the admin one with a fresh stepped-up session each
    round: a step-up lasts 5 minutes)."""
    out = []
    for i in range(rounds):
        out.append(
            schemathesis(
                public_document(),
                veil.public_url,
                {"Authorization": f"Bearer {CRM_KEY}"},
                workdir,
                listener=f"public-{i}",
                examples=examples,
                phases=phases,
                seed=seed + i,
                max_time=max_time,
            )
        )
        out.append(
            schemathesis(
                admin_document(),
                veil.admin_url,
                veil.admin_session(),
                workdir,
                listener=f"admin-{i}",
                examples=examples,
                phases=phases,
                seed=seed + i,
                max_time=max_time,
                exclude=SESSION_OPS,
            )
        )
        sessions = veil.throwaway_sessions(workdir / f"sessions-{i}.txt", 2000)
        out.append(
            schemathesis(
                admin_document(),
                veil.admin_url,
                {},
                workdir,
                listener=f"session-{i}",
                examples=examples,
                seed=seed + i,
                phases=",".join(p for p in phases.split(",") if p != "stateful"),  # no links here
                max_time=max_time,
                include=SESSION_OPS,
                timeout=120,
                env={"SCHEMATHESIS_HOOKS": "bench.fuzz_hooks", "VEIL_FUZZ_SESSIONS": str(sessions)},
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=60, help="cases per operation and phase")
    parser.add_argument("--rounds", type=int, default=3, help="runs per listener, each with its own seed")
    parser.add_argument("--phases", default="examples,coverage,fuzzing,stateful")
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--keep", type=Path, help="a folder for the documents, reports and outputs (kept)")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="veil-fuzz-"))
    workdir.mkdir(parents=True, exist_ok=True)
    with running_veil(workdir) as veil:
        results = fuzz(veil, workdir, examples=args.examples, rounds=args.rounds, phases=args.phases, seed=args.seed)
    print(f"{'run':<10} {'cases':>8} {'failures':>9} {'seconds':>8} {'exit':>5}")
    for r in results:
        print(f"{r.listener:<10} {r.cases:>8} {len(r.failures):>9} {r.seconds:>8.0f} {r.exit_code:>5}")
    total = sum(r.cases for r in results)
    failed = [f for r in results for f in r.failures]
    print(f"{'total':<10} {total:>8} {len(failed):>9}")
    for line in failed[:50]:
        print("  " + line)
    for r in results:
        if r.exit_code != 0 and not r.failures:
            print(r.output[-3000:])


if __name__ == "__main__":
    main()
