"""The console's page render and subject lookup times, and its screenshots.

    python -m bench.console [--subjects 10000] [--per-subject 10] [--rounds 300] [--redis-url URL]
                            [--keep DIR] [--check-counts]
    python -m bench.console --screenshots docs/console [--subjects 50]

A real Veil admin listener (in this process, the real detector) over a redis-server started
here (AOF and RDB off), a vault filled through the vault's own code (`Subjects.resolve`,
`Vault.tokenize`: see `fill`) with `--subjects` subjects of `--per-subject` tokens each (one
phone alias per subject), an admin signed in through the console's own form. Each page is
fetched once (its first request, printed apart: a one-off migration such as the approvals
index's shows there) and then `--rounds` times over HTTP by one client, one request at a
time; the table prints p50 / p99 / max in ms: what the browser waits for the HTML,
server-side rendering and every admin API call the page makes included (no browser
rendering). The subject lookup is the console's POST (by a random subject's phone alias)
beside the bare admin API call it makes (`POST /admin/v1/subjects/lookup`).
`--keep DIR` keeps the filled vault (redis-server's RDB and the made-up keys) in DIR and
reuses it on the next run with the same sizes: a million tokens are filled once.
`--check-counts` recounts the vault key by key at the end and prints it beside the counts
kept on write (and how long the SCAN took).
`--screenshots DIR` instead drives Debian's Chromium (Playwright) through every page at
1280×800 and writes one PNG per page (docs/console.md shows them).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
import pyotp
from aiohttp.test_utils import TestServer

from bench.harness import pct
from proxy.alerts import identify_ceiling_alert
from proxy.config import Settings, parse_settings
from proxy.detection.detector import InlineDetector
from proxy.detection.settings import DetectionSettings
from proxy.kv import Batch, keyspace
from proxy.server.app import Apps, create_apps
from proxy.server.app_keys import LOOPBACK
from proxy.vault import KeySet
from proxy.vault.key_material import EnvFileProvider, generate_key_texts, load_keys
from proxy.vault.subjects import Alias
from proxy.vault.vault import TokenizeRequest
from tests.redis_servers import RedisProcess

PASSWORD = "correct horse battery staple"  # noqa: S105 - the bench's own made-up admin
ENTITIES = ("PERSON", "EMAIL_ADDRESS", "LOCATION", "IBAN_CODE", "DATE_TIME", "URL", "CREDIT_CARD")
ENV = {
    "VEIL_WA_APP_SECRET": "app-secret",
    "VEIL_WA_VERIFY_TOKEN": "verify-token",
    "VEIL_WA_ACCESS_TOKEN": "business-token",
    "VEIL_SUB_CRM_SECRET": "sub-secret",
    "VEIL_SVC_CRM_KEY": "veil_sk_crm0test_0123456789abcdefghijklmnopqrstuv",
}


def settings(redis_url: str, folder: Path) -> Settings:
    return parse_settings(
        {
            "vault": {"url": redis_url},
            "audit": {"sink": str(folder / "audit.jsonl")},
            "subscribers": [{"name": "crm", "url": "http://127.0.0.1:9/hook", "secret_env": "VEIL_SUB_CRM_SECRET"}],
            "services": [
                {
                    "name": "crm",
                    "api_key_env": "VEIL_SVC_CRM_KEY",
                    "use": ["PHONE_NUMBER"],
                    "reveal": ["PERSON"],
                    "tokenize": ["*"],
                    "purposes": ["support-callback"],
                }
            ],
        },
        ENV,
    )


def phone(i: int) -> str:
    return f"+39 347 {i // 10_000:03d} {i % 10_000:04d}"


def wa_id(i: int) -> str:
    """The WhatsApp id of subject i: its phone number's digits."""
    return phone(i).replace(" ", "")[1:]


async def fill(apps: Apps, subjects: int, per_subject: int, block: int = 1000, lanes: int = 32) -> float:
    """`subjects` subjects with a phone alias and `per_subject` tokens each; seconds taken.

    Through the vault's own code, as webhooks would write them: `Subjects.resolve` per
    subject (alias, subject record, data key) and `Vault.tokenize` (mint.lua, the counts).
    What makes it fast is concurrency, not a shortcut: `lanes` subjects resolve at once
    (each is a few round trips; one after the other they were most of the 754 s a million
    tokens took), and a block's tokens go as several tokenize calls in flight."""
    vault = apps.runtime.vault
    start = time.perf_counter()
    for lo in range(0, subjects, block):
        ids = range(lo, min(lo + block, subjects))
        found = []
        for k in range(0, len(ids), lanes):
            found += await asyncio.gather(
                *[vault.subjects.resolve("default", [Alias("wa_id", wa_id(i))]) for i in ids[k : k + lanes]]
            )
        reqs = [
            TokenizeRequest(f"value {i}-{k} of customer {i}", ENTITIES[k % len(ENTITIES)], r.subject)
            for i, r in zip(ids, found, strict=True)
            for k in range(per_subject)
        ]
        await asyncio.gather(*[vault.tokenize("default", reqs[j : j + 1000]) for j in range(0, len(reqs), 1000)])
        if lo and lo % (block * 10) == 0:
            print(f"  {lo:,} subjects, {time.perf_counter() - start:.0f} s …", flush=True)
    return time.perf_counter() - start


async def sign_in(http: aiohttp.ClientSession, base: str, totp: pyotp.TOTP) -> None:
    form = await (await http.get(f"{base}/console/login")).text()
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', form)
    assert found is not None
    resp = await http.post(
        f"{base}/console/login",
        allow_redirects=False,
        data={"csrf": found.group(1), "name": "alice", "password": PASSWORD, "code": totp.now()},
    )
    if resp.status != 303:
        raise SystemExit(f"sign-in failed: {resp.status}")


async def made_up_traffic(apps: Apps) -> None:
    """For the overview's screenshot: deliveries to `crm` over the last 24 h, counted through
    the real per-hour counter (a made-up daily curve), and one alert raised through the
    runtime's sink, as a service that ran out of its identify budget raises it."""
    watch, now = apps.runtime.inbound.watch, time.time()
    batch = Batch(apps.runtime.redis)
    for ago in range(24):
        hour_of_day = int((now - ago * 3600) // 3600) % 24
        for i in range(10 + 6 * min(hour_of_day, 24 - hour_of_day)):
            watch.count_delivered(batch, "crm", f"evt-{ago}-{i}", now=now - ago * 3600)
    await batch.execute()
    apps.runtime.alerts.emit(identify_ceiling_alert("crm", "default", count=500, limit=500, window="hour"))
    await apps.runtime.alert_log.drain()


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert found is not None
    return found.group(1)


async def timed(rounds: int, call: Any) -> list[float]:
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        await call()
        out.append((time.perf_counter() - start) * 1000)
    return out


async def measure(apps: Apps, base: str, args: argparse.Namespace, totp: pyotp.TOTP) -> None:
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookie_jar=jar) as http:
        await sign_in(http, base, totp)
        csrf = csrf_of(await (await http.get(f"{base}/console/subjects")).text())
        rng = random.Random(7)
        rows: list[tuple[str, list[float]]] = []
        for name, path in (
            ("overview", "/console/"),
            ("vault", "/console/vault"),
            ("subjects (form)", "/console/subjects"),
            ("approvals", "/console/approvals"),
            ("audit (200 entries)", "/console/audit"),
            ("recognizers", "/console/recognizers"),
            ("dead letters", "/console/dlq"),
            ("services & admins", "/console/people"),
        ):

            async def get(path: str = path) -> None:
                async with http.get(base + path) as resp:
                    assert resp.status == 200, (path, resp.status)
                    await resp.read()

            once = await timed(1, get)
            rows.append((name, once + await timed(args.rounds, get)))

        async def lookup() -> None:
            data = {"csrf": csrf, "tenant": "default", "subject": phone(rng.randrange(args.subjects))}
            async with http.post(f"{base}/console/subjects/lookup", data=data) as resp:
                assert resp.status == 200 and b'id="tokens"' in await resp.read(), resp.status

        rows.append(("subject lookup (console)", await timed(args.rounds + 1, lookup)))
        token = await (
            await http.post(
                f"{base}/admin/v1/login",
                json={"name": "alice", "password": PASSWORD, "code": totp.at(time.time() + 30)},
            )
        ).json()

        async def api_lookup() -> None:
            body = {"tenant": "default", "subject": phone(rng.randrange(args.subjects))}
            async with http.post(
                f"{base}/admin/v1/subjects/lookup", json=body, headers={"Authorization": f"Bearer {token['token']}"}
            ) as resp:
                assert resp.status == 200, resp.status
                await resp.read()

        rows.append(("subject lookup (admin API)", await timed(args.rounds + 1, api_lookup)))
    print(f"{'page':<30}{'first ms':>10}{'rounds':>8}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for name, (first, *ms) in rows:
        print(f"{name:<30}{first:>10.1f}{len(ms):>8}{pct(ms, 50):>10.1f}{pct(ms, 99):>10.1f}{max(ms):>10.1f}")


def kept(args: argparse.Namespace) -> dict[str, Any] | None:
    """What `--keep DIR` holds from an earlier run of the same sizes, or None."""
    found = Path(args.keep or "/nonexistent") / "veil-bench.json"
    if not found.exists():
        return None
    meta: dict[str, Any] = json.loads(found.read_text())
    return meta if (meta["subjects"], meta["per_subject"]) == (args.subjects, args.per_subject) else None


async def keep(apps: Apps, folder: Path, meta: dict[str, Any]) -> None:
    """Save the filled vault (BGSAVE: a SAVE of a million tokens outlasts the client's
    timeout) and the made-up keys it needs, for `kept` to find next time."""
    redis = apps.runtime.redis
    before = await redis.lastsave()
    await redis.bgsave()
    while await redis.lastsave() == before:
        await asyncio.sleep(1)
    found = folder / "veil-bench.json"
    found.write_text(json.dumps(meta))
    found.chmod(0o600)
    print(f"kept in {folder}", flush=True)


async def main(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="veil-bench-console-"))
    proc = None
    url = args.redis_url
    reuse = kept(args) if url is None else None
    if url is None:
        workdir = args.keep or str(folder)
        Path(workdir).mkdir(parents=True, exist_ok=True)
        if args.keep and reuse is None:
            (Path(workdir) / "dump.rdb").unlink(missing_ok=True)
        proc = RedisProcess(shutil.which("redis-server") or "redis-server", workdir=workdir, start_s=600).start()
        url = proc.url
    key_texts = reuse["keys"] if reuse else generate_key_texts()  # made up for the bench, never real
    keyset: KeySet = load_keys(EnvFileProvider(key_texts))
    apps = create_apps(settings(url, folder), keyset, data_dir=folder, detector=InlineDetector(DetectionSettings()))
    server = TestServer(apps.admin, host="127.0.0.1")
    await server.start_server()
    assert server.runner is not None
    await apps.admin[LOOPBACK].open(server.runner)  # the console's production route to the admin API
    base = str(server.make_url("")).rstrip("/")
    try:
        if reuse is None:
            await apps.runtime.redis.flushdb()
            seconds = await fill(apps, args.subjects, args.per_subject)
        else:
            seconds = reuse["filled_s"]
            print(f"reusing the vault kept in {args.keep}", flush=True)
        if args.keep and reuse is None:
            await keep(
                apps,
                Path(args.keep),
                {"subjects": args.subjects, "per_subject": args.per_subject, "filled_s": seconds, "keys": key_texts},
            )
        tokens, subjects = await apps.runtime.vault_admin.size("default")
        info = await apps.runtime.redis.info()
        enrolment = await apps.runtime.admins.bootstrap("alice", PASSWORD)
        totp = pyotp.TOTP(pyotp.parse_uri(enrolment.provisioning_uri).secret)
        print(
            f"vault: {tokens:,} tokens, {subjects:,} subjects in one tenant (filled in {seconds:.0f} s); "
            f"redis-server {info['redis_version']}, used_memory {info['used_memory_human']}",
            flush=True,
        )
        if args.screenshots:
            from bench.console_screens import screenshots  # Playwright: only for --screenshots

            await apps.runtime.redis.xadd(
                keyspace.delivery_dead("crm", 0), {"e": "evt-42", "b": b"{}", "reason": "max_age"}
            )
            await made_up_traffic(apps)
            await screenshots(apps, base, totp, Path(args.screenshots), phone(3))
        else:
            await measure(apps, base, args, totp)
        if args.check_counts:
            kept_counts = await apps.runtime.vault_admin.stats("default")
            start = time.perf_counter()
            recounted = await apps.runtime.vault_admin.recount("default")
            print(
                f"recount (SCAN) took {time.perf_counter() - start:.1f} s; kept on write: "
                f"{ {k: v for k, v in kept_counts.items() if k != 'counted_at'} }; "
                f"recounted: { {k: v for k, v in recounted.items() if k != 'counted_at'} }",
                flush=True,
            )
    finally:
        await server.close()
        if proc:
            proc.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subjects", type=int, default=10_000)
    parser.add_argument("--per-subject", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--keep", help="keep the filled vault in this folder and reuse it (same sizes)")
    parser.add_argument(
        "--check-counts",
        action="store_true",
        help="recount the vault key by key at the end and print it beside the kept counts",
    )
    parser.add_argument("--redis-url")
    parser.add_argument("--screenshots", help="write one PNG per page into this folder instead of timing")
    asyncio.run(main(parser.parse_args()))
