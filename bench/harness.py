"""What `bench.inbound` and `bench.load` share: a bench-started Redis, a fake CRM, Veil, signed webhooks, CPU.

Everything runs on loopback and is started (and stopped) by the bench:

- `redis-server` (Debian's, AOF and RDB off) through `tests.redis_servers.RedisProcess`;
- a fake CRM and the load generator (`bench.traffic`);
- Veil: a config file (`write_config`) with the bench's ports, Redis and CRM, keys in the
  environment; started as `veil serve --workers N` (`bench.load`) or in a child process
  whose main thread can be profiled (`veil_child`, `bench.inbound`);
- webhooks shaped like `webhook-text.json`, one text message each, signed with the app
  secret; texts come from `bench.corpus` (English, with and without PII). The sequence number
  rides in `messages[].timestamp`, which Veil passes through unchanged; the customer (wa_id,
  BSUID, profile name) cycles over `customers` people.

CPU is read from `/proc/<pid>/stat` (utime + stime) per process and grouped by role
(docs/decisions.md 21: CPU-ms per event per component is the honest measure on a shared 2-core
machine; wall-clock throughput is not).
"""

from __future__ import annotations

import asyncio
import copy
import functools
import hashlib
import hmac
import json
import os
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import yaml

PAYLOADS = Path(__file__).resolve().parents[1] / "tests" / "data" / "whatsapp" / "payloads"
APP_SECRET = "bench-app-secret"  # noqa: S105 - a bench-only secret
SUB_SECRET = "bench-sub-secret"  # noqa: S105
BASE_TS = 1_750_000_000  # messages[].timestamp = BASE_TS + sequence number
BSUID_PREFIX = "US.1349120865530"
AOF = ("--appendonly", "yes", "--appendfsync", "everysec")  # Veil's default persistence


# ---------------------------------------------------------------- statistics


def pct(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty sequence; nan when empty."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil, at least the first
    return ordered[int(min(len(ordered), rank)) - 1]


# ---------------------------------------------------------------- webhooks


def corpus_texts(n: int = 240, seed: int = 11) -> list[str]:
    """`n` English WhatsApp-style texts from the tune split: about 90 % carry PII (phones, e-mails,
    IBANs, cards, NINOs, names), the rest none; shuffled with `seed`."""
    from bench.corpus import generate

    messages = [m for m in generate("tune", per_cell=max(8, n // 6), clean=max(4, n // 10)) if m.language == "en"]
    random.Random(seed).shuffle(messages)
    return [m.text for m in messages[:n]]


def customer(i: int) -> tuple[str, str, str]:
    """(wa_id, BSUID, profile name) of bench customer i."""
    first = ["Sheena", "Oliver", "Amelia", "Noah", "Isla", "Leo", "Ava", "Arthur"][i % 8]
    last = ["Nelson", "Harris", "Clarke", "Lewis", "Walker", "Young", "King", "Wright"][(i // 8) % 8]
    return f"4477009{i:05d}", f"{BSUID_PREFIX}{i:05d}", f"{first} {last}"


@dataclass(frozen=True)
class Webhook:
    seq: int
    body: bytes
    signature: str


def webhook(seq: int, text: str, customers: int = 200) -> Webhook:
    """One signed text-message webhook, the sequence number in `timestamp` (Veil passes it through)."""
    data: dict[str, Any] = copy.deepcopy(_text_template())
    wa_id, bsuid, name = customer(seq % customers)
    value = data["entry"][0]["changes"][0]["value"]
    value["contacts"][0] |= {"wa_id": wa_id, "user_id": bsuid, "profile": {"name": name}}
    wamid = "wamid.HBgL" + hashlib.sha256(f"bench{seq}".encode()).hexdigest()[:40].upper() + "AA=="
    value["messages"][0] |= {
        "from": wa_id,
        "from_user_id": bsuid,
        "id": wamid,
        "timestamp": str(BASE_TS + seq),
        "text": {"body": text},
    }
    body = json.dumps(data, separators=(",", ":")).encode()
    return Webhook(seq, body, "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest())


@functools.lru_cache(maxsize=1)
def _text_template() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAYLOADS / "webhook-text.json").read_text())
    return data


def seq_of(body: dict[str, Any]) -> int | None:
    """The bench sequence number of a delivered body (None for anything else)."""
    try:
        return int(body["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"]) - BASE_TS
    except (KeyError, IndexError, TypeError, ValueError):
        return None


# ---------------------------------------------------------------- Veil's configuration


@dataclass(frozen=True)
class Ports:
    public: int
    admin: int
    metrics: int
    crm: int


def veil_env(key_texts: dict[str, str]) -> dict[str, str]:
    return key_texts | {
        "VEIL_WA_APP_SECRET": APP_SECRET,
        "VEIL_WA_VERIFY_TOKEN": "bench-verify",
        "VEIL_WA_ACCESS_TOKEN": "bench-access",
        "VEIL_SUB_CRM_SECRET": SUB_SECRET,
    }


def write_config(
    folder: Path, redis_url: str, ports: Ports, *, detection_workers: int = 1, overrides: Sequence[str] = ()
) -> Path:
    """A veil.yaml for the bench: loopback listeners on free ports, the bench's Redis and CRM;
    `overrides` are `section.key=value` settings on top (a knob's cost, measured)."""
    raw: dict[str, Any] = {
        "vault": {"url": redis_url, "data_dir": str(folder / "data")},
        "listen": {"port": ports.public, "public_url": f"http://127.0.0.1:{ports.public}"},
        "admin": {"port": ports.admin},
        "metrics": {"port": ports.metrics},
        "audit": {"sink": str(folder / "audit.jsonl")},
        "detection": {"workers": detection_workers},
        "subscribers": [
            {"name": "crm", "url": f"http://127.0.0.1:{ports.crm}/hook", "secret_env": "VEIL_SUB_CRM_SECRET"}
        ],
    }
    for override in overrides:
        dotted, sep, value = override.partition("=")
        *sections, key = dotted.split(".")
        if not sep or not sections or not key:
            raise SystemExit(f"--set {override!r}: expected section.key=value")
        node: dict[str, Any] = raw
        for section in sections:
            node = node.setdefault(section, {})
        node[key] = yaml.safe_load(value)
    path = folder / "veil.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


def veil_child(config: str, env: dict[str, str], profile_out: str, debug: bool = False) -> None:
    """Veil (one process, as `veil serve` runs it, logging included) in a child whose main
    thread the bench can profile: SIGUSR1 starts cProfile, SIGUSR2 stops it and writes the
    stats to `profile_out`."""
    import cProfile
    import signal

    from proxy.config import load_settings
    from proxy.logs import configure_logging
    from proxy.server.app import create_apps, run
    from proxy.vault.key_material import EnvFileProvider, load_keys

    os.environ.update(env)
    log = os.open(str(Path(config).parent / "veil.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(log, 2)  # Veil's JSON log lines (access log included, as `veil serve` writes them) go to a file
    configure_logging()
    if debug:  # Veil's own DEBUG lines (a slow acknowledgement's stages), not every library's
        import logging

        logging.getLogger("veil").setLevel(logging.DEBUG)
    settings = load_settings(Path(config), os.environ)
    profiler = cProfile.Profile()

    def start(_sig: int, _frame: object) -> None:
        profiler.enable()

    def stop(_sig: int, _frame: object) -> None:
        profiler.disable()
        profiler.dump_stats(profile_out + ".tmp")
        os.replace(profile_out + ".tmp", profile_out)

    signal.signal(signal.SIGUSR1, start)
    signal.signal(signal.SIGUSR2, stop)
    data_dir = Path(settings.vault.data_dir or ".")
    run(create_apps(settings, load_keys(EnvFileProvider(os.environ)), data_dir=data_dir), settings)


async def wait_up(url: str, timeout: float = 120.0, alive: Callable[[], bool] = lambda: True) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as s:
        while time.monotonic() < deadline:
            if not alive():
                raise RuntimeError(f"the process behind {url} exited")
            try:
                async with s.get(url) as r:
                    if r.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.25)
    raise RuntimeError(f"{url} did not become ready in {timeout:.0f} s")


# ---------------------------------------------------------------- CPU from /proc


def yardstick_ms(loops: int = 2_000_000) -> float:
    """CPU-ms of a fixed pure-Python loop, best of three: how fast this VM is right now.
    Its speed drifts by 1.5-2x between hours and machines; CPU-ms per event only compare
    between runs whose yardsticks agree."""
    best = float("inf")
    for _ in range(3):
        start, total = time.process_time(), 0
        for i in range(loops):
            total += i ^ (i >> 3)
        best = min(best, time.process_time() - start)
    return best * 1000


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of a process in seconds, None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _ppid(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def descendants(root: int) -> list[int]:
    """Every live process below `root` (children, grandchildren, ...)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            ppid = _ppid(int(entry))
            if ppid is not None:
                parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


@dataclass
class CpuMeter:
    """CPU seconds per role between `start()` and `stop()`, over processes known by role.

    `roles` maps a role name to a function returning that role's pids now (processes that
    appear during the window count from zero; ones that end before `stop()` are lost, which a
    steady-state bench does not see)."""

    roles: dict[str, Any]
    _before: dict[int, float] = field(default_factory=dict)
    result: dict[str, float] = field(default_factory=dict)

    def _pids(self) -> dict[str, list[int]]:
        return {role: list(find()) for role, find in self.roles.items()}

    def start(self) -> None:
        self._before = {pid: cpu_seconds(pid) or 0.0 for pids in self._pids().values() for pid in pids}

    def stop(self) -> dict[str, float]:
        self.result = {}
        for role, pids in self._pids().items():
            total = 0.0
            for pid in pids:
                now = cpu_seconds(pid)
                if now is not None:
                    total += now - self._before.get(pid, 0.0)
            self.result[role] = total
        return self.result


def split_veil_tree(root: int) -> tuple[list[int], list[int]]:
    """(Veil processes, detector processes) under and including `root`: a process running
    `proxy serve` (or the bench's Veil child) is Veil; a multiprocessing child of one is a
    detector worker; multiprocessing's resource tracker is left out."""
    veil: list[int] = [root]
    detectors: list[int] = []
    for pid in descendants(root):
        line = cmdline(pid)
        if "resource_tracker" in line:
            continue
        (veil if " proxy serve" in line or "-m proxy" in line else detectors).append(pid)
    return veil, detectors
