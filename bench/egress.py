"""Latency Veil adds to a WhatsApp send, against calling the fake Graph API directly, in one run.

    python -m bench.egress [--rate 200] [--seconds 10] [--redis-url URL]

Three processes on loopback: a fake Graph API (aiohttp, canned send answer), Veil's public
app (real Redis, real vault, audit trail on; a Redis of its own unless --redis-url), and
this load generator. At each tick (`--rate` per second, open loop: a slow answer does not
delay the next send) one text message goes to the fake directly and one goes through
Veil with a phone token as `to` and a name token in the body, so Veil reveals two tokens,
checks the recipient rule, audits, forwards, and tokenises the answer (contacts and wamid).
Prints p50 / p99 / max of both and the difference. Goal (docs/performance.md): at 200 sends/s, p99
added < 10 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from redis.asyncio import Redis

from proxy.config import VaultSettings
from proxy.vault.key_material import EnvFileProvider, generate_key_texts, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.subjects import Alias
from proxy.vault.tokens import Shape
from proxy.vault.vault import TokenizeRequest, Vault
from tests.redis_servers import RedisProcess, free_port

PNID = "106540352242922"
PHONE = "16505551234"
SERVICE_KEY = "veil_sk_bench001_0123456789abcdefghijklmnopqrstuv"
ANSWER = {
    "messaging_product": "whatsapp",
    "contacts": [{"input": PHONE, "wa_id": PHONE}],
    "messages": [{"id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJCOTY3NDc0NDFDRUI3NTA0Q0UA"}],
}


def run_graph(port: int) -> None:
    async def messages(request: web.Request) -> web.Response:
        await request.read()
        return web.json_response(ANSWER)

    app = web.Application()
    app.router.add_post("/{v}/{pnid}/messages", messages)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def run_veil(port: int, graph_port: int, redis_url: str, keys: dict[str, str], data_dir: str) -> None:
    from proxy.config import parse_settings
    from proxy.detection.detector import InlineDetector
    from proxy.detection.settings import DetectionSettings
    from proxy.server.app import create_apps

    env = keys | {
        "VEIL_WA_APP_SECRET": "s",
        "VEIL_WA_VERIFY_TOKEN": "v",
        "VEIL_WA_ACCESS_TOKEN": "business",
        "VEIL_SVC_CRM_KEY": SERVICE_KEY,
    }
    settings = parse_settings(
        {
            "vault": {"url": redis_url},
            "audit": {"sink": f"{data_dir}/audit.jsonl"},
            "whatsapp": {"graph_base_url": f"http://127.0.0.1:{graph_port}"},
            "services": [{"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY", "use": ["PHONE_NUMBER", "PERSON"]}],
        },
        env,
    )
    apps = create_apps(
        settings, load_keys(EnvFileProvider(env)), data_dir=Path(data_dir), detector=InlineDetector(DetectionSettings())
    )
    web.run_app(apps.public, host="127.0.0.1", port=port, print=None, access_log=None)


async def tokens(redis_url: str, keys: dict[str, str]) -> tuple[str, str]:
    redis = Redis.from_url(redis_url)
    keystore = KeyStore(redis, load_keys(EnvFileProvider(keys)))
    await keystore.verify()
    vault = Vault(redis, keystore, VaultSettings(url=redis_url))
    subject = (await vault.subjects.resolve("default", [Alias("wa_id", PHONE)])).subject
    phone, name = await vault.tokenize(
        "default",
        [
            TokenizeRequest(PHONE, "PHONE_NUMBER", subject, Shape.DIGITS, identifier=True),
            TokenizeRequest("Sheena", "PERSON", subject),
        ],
    )
    await redis.aclose()
    return phone.token, name.token


async def wait_up(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as s:
        while time.monotonic() < deadline:
            try:
                async with s.get(url) as r:
                    if r.status < 500:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc (docs/decisions.md 21: report CPU per event)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


async def load(args: argparse.Namespace, graph_port: int, veil_port: int, to: str, name: str) -> dict[str, list[float]]:
    direct_body = {
        "messaging_product": "whatsapp",
        "to": PHONE,
        "type": "text",
        "text": {"body": "Hi Sheena, your order #4521 has shipped."},
    }
    veil_body = direct_body | {"to": to, "text": {"body": f"Hi {name}, your order #4521 has shipped."}}
    targets = {
        "direct": (f"http://127.0.0.1:{graph_port}/v23.0/{PNID}/messages", direct_body, {"Authorization": "Bearer b"}),
        "veil": (
            f"http://127.0.0.1:{veil_port}/graph/v23.0/{PNID}/messages",
            veil_body,
            {"Authorization": f"Bearer {SERVICE_KEY}"},
        ),
    }
    out: dict[str, list[float]] = {"direct": [], "veil": []}
    errors: list[int] = []
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one(kind: str, record: bool) -> None:
            url, body, headers = targets[kind]
            start = time.perf_counter()
            async with session.post(url, json=body, headers=headers) as resp:
                await resp.read()
                if resp.status != 200:
                    errors.append(resp.status)
            if record:
                out[kind].append((time.perf_counter() - start) * 1000)

        total = int(args.rate * (args.seconds + args.warmup))
        t0 = time.perf_counter()
        tasks = []
        for i in range(total):
            delay = t0 + i / args.rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            record = i >= args.rate * args.warmup
            tasks += [asyncio.create_task(one("direct", record)), asyncio.create_task(one("veil", record))]
        await asyncio.gather(*tasks)
    if errors:
        raise SystemExit(f"{len(errors)} sends failed, e.g. HTTP {errors[0]}")
    return out


async def main(args: argparse.Namespace) -> None:
    proc = None
    redis_url = args.redis_url
    if redis_url is None:
        proc = RedisProcess(
            shutil.which("redis-server") or "redis-server", workdir=tempfile.mkdtemp(prefix="veil-bench-")
        ).start()
        redis_url = proc.url
    keys = generate_key_texts()
    ctx = multiprocessing.get_context("spawn")
    graph_port, veil_port = free_port(), free_port()
    data_dir = tempfile.mkdtemp(prefix="veil-bench-data-")
    children = [
        ctx.Process(target=run_graph, args=(graph_port,), daemon=True),
        ctx.Process(target=run_veil, args=(veil_port, graph_port, redis_url, keys, data_dir), daemon=True),
    ]
    try:
        to, name = await tokens(redis_url, keys)
        for child in children:
            child.start()
        await wait_up(f"http://127.0.0.1:{graph_port}/")
        await wait_up(f"http://127.0.0.1:{veil_port}/readyz")
        veil_pid = children[1].pid or 0
        cpu_before, wall_before = cpu_seconds(veil_pid), time.perf_counter()
        result = await load(args, graph_port, veil_port, to, name)
        result["veil_cpu"] = [cpu_seconds(veil_pid) - cpu_before, time.perf_counter() - wall_before]
        result["load"] = [os.getloadavg()[0]]
    finally:
        for child in children:
            if child.pid is not None:
                child.terminate()
                child.join(5)
        if proc:
            proc.stop()
    report(args, result)


def report(args: argparse.Namespace, result: dict[str, Any]) -> None:
    n = len(result["veil"])
    print(
        f"{n} text sends each way at {args.rate:g}/s (open loop, {args.warmup:g} s warm-up dropped), "
        f"cpu={os.cpu_count()}; Veil: one process, real Redis, audit on"
    )
    print(f"{'':<22}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for kind in ("direct", "veil"):
        v = result[kind]
        print(f"{kind:<22}{pct(v, 50):>10.2f}{pct(v, 99):>10.2f}{max(v):>10.2f}")
    added50 = pct(result["veil"], 50) - pct(result["direct"], 50)
    added99 = pct(result["veil"], 99) - pct(result["direct"], 99)
    verdict = "ok" if added99 < 10 else "MISS"
    print(f"{'added by Veil':<22}{added50:>10.2f}{added99:>10.2f}{'':>10}   goal p99 added < 10 ms: {verdict}")
    cpu, wall = result["veil_cpu"]
    total = int(args.rate * (args.seconds + args.warmup))
    print(
        f"Veil process CPU: {cpu * 1000 / total:.2f} ms per send ({cpu / wall:.0%} of one core over the run); "
        f"1-min load average at the end: {result['load'][0]:.1f} on {os.cpu_count()} cores"
    )


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rate", type=float, default=200.0)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--warmup", type=float, default=1.0)
    ap.add_argument("--redis-url", default=None)
    asyncio.run(main(ap.parse_args()))
