"""Vault throughput beside raw redis-py on the same server, in the same run.

    python -m bench.vault [--values 4000] [--rounds 9] [--batch 100] [--redis-url URL]

Both sides use redis-py's asyncio client with hiredis, pipelines of `--batch`
commands, 100-byte values, and a redis-server started here with AOF and RDB off
(or `--redis-url`). Each round runs both sides back to back, so a slow spell of a
shared machine hits both; the table prints the median of the rounds per side, the
vault's share of the raw rate, and the spread of that share over the rounds.
Goals (docs/performance.md): batched tokenise of new values >= 40% of raw pipelined SET,
reveal >= 50% of raw GET. Reveal's values are checked against the input.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

from proxy.config import VaultSettings
from proxy.vault.key_material import EnvFileProvider, generate_key_texts, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.subjects import Alias
from proxy.vault.vault import TokenizeRequest, Vault
from tests.redis_servers import RedisProcess

VALUE_BYTES = 100


def values(n: int, tag: str) -> list[str]:
    return [f"{tag}-{i:08d}-".ljust(VALUE_BYTES, "x") for i in range(n)]


async def timed(n: int, fn: Callable[[], Awaitable[None]]) -> float:
    start = time.perf_counter()
    await fn()
    return n / (time.perf_counter() - start)


async def raw_side(redis: Redis, vals: list[str], batch: int) -> tuple[float, float]:
    async def sets() -> None:
        for i in range(0, len(vals), batch):
            async with redis.pipeline(transaction=False) as pipe:
                for j, v in enumerate(vals[i : i + batch]):
                    pipe.set(f"raw:{i + j}", v)
                await pipe.execute()

    async def gets() -> None:
        for i in range(0, len(vals), batch):
            async with redis.pipeline(transaction=False) as pipe:
                for j in range(len(vals[i : i + batch])):
                    pipe.get(f"raw:{i + j}")
                await pipe.execute()

    return await timed(len(vals), sets), await timed(len(vals), gets)


async def vault_side(redis: Redis, vals: list[str], batch: int) -> tuple[float, float, float, float]:
    keystore = KeyStore(redis, load_keys(EnvFileProvider(generate_key_texts())))
    await keystore.verify()
    vault = Vault(redis, keystore, VaultSettings(url="bench"))
    subject = (await vault.subjects.resolve("bench", [Alias("wa_id", "16505551234")])).subject
    reqs = [TokenizeRequest(v, "PERSON", subject) for v in vals]
    tokens: list[str] = []

    async def tokenize() -> None:
        for i in range(0, len(reqs), batch):
            tokens.extend(m.token for m in await vault.tokenize("bench", reqs[i : i + batch]))

    async def tokenize_known() -> None:
        for i in range(0, len(reqs), batch):
            await vault.tokenize("bench", reqs[i : i + batch])

    revealed: list[str] = []

    async def reveal() -> None:
        for i in range(0, len(tokens), batch):
            revealed.extend(getattr(r, "value", "") for r in await vault.reveal("bench", tokens[i : i + batch]))

    before = int((await redis.info("memory"))["used_memory"])
    new = await timed(len(reqs), tokenize)
    per_token = (int((await redis.info("memory"))["used_memory"]) - before) / len(reqs)
    known = await timed(len(reqs), tokenize_known)
    rev = await timed(len(tokens), reveal)
    if revealed != vals:  # a fast wrong answer is not a result
        raise SystemExit("reveal did not return the tokenised values")
    return new, known, rev, per_token


async def one_round(redis: Redis, n: int, batch: int, round_no: int) -> dict[str, float]:
    await redis.flushdb()
    set_rate, get_rate = await raw_side(redis, values(n, f"raw{round_no}"), batch)
    new, known, rev, per_token = await vault_side(redis, values(n, f"vault{round_no}"), batch)
    return {"set": set_rate, "get": get_rate, "new": new, "known": known, "reveal": rev, "bytes": per_token}


async def main(args: argparse.Namespace) -> None:
    proc = None
    url = args.redis_url
    if url is None:
        binary = shutil.which("redis-server") or "redis-server"
        proc = RedisProcess(binary, workdir=tempfile.mkdtemp(prefix="veil-bench-")).start()
        url = proc.url
    redis = Redis.from_url(url)
    try:
        info = await redis.info()
        rounds = [await one_round(redis, args.values, args.batch, r) for r in range(args.rounds)]
    finally:
        await redis.aclose()
        if proc:
            proc.stop()
    mid = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    mid["bytes"] = min(r["bytes"] for r in rounds)
    print(
        f"redis-server {info['redis_version']}, aof_enabled={info['aof_enabled']}, "
        f"parser={'hiredis' if _hiredis() else 'python'}, values={args.values}, batch={args.batch}, "
        f"value={VALUE_BYTES} B, rounds={args.rounds} (median; each round runs both sides), cpu={os.cpu_count()}"
    )
    print(f"{'operation':<28}{'ops/s':>12}{'raw ops/s':>12}{'share':>9}{'rounds':>14}{'goal':>10}")
    for name, key, raw, goal in [
        ("tokenise, new values", "new", "set", 0.40),
        ("tokenise, known values", "known", "set", None),
        ("reveal", "reveal", "get", 0.50),
    ]:
        share = mid[key] / mid[raw]
        spread = sorted(r[key] / r[raw] for r in rounds)
        span = f"{spread[0]:.0%}-{spread[-1]:.0%}"
        mark = "" if goal is None else (f"{goal:.0%}" + (" ok" if share >= goal else " MISS"))
        print(f"{name:<28}{mid[key]:>12,.0f}{mid[raw]:>12,.0f}{share:>9.0%}{span:>14}{mark:>10}")
    print(f"{'raw SET (pipelined)':<28}{mid['set']:>12,.0f}")
    print(f"{'raw GET (pipelined)':<28}{mid['get']:>12,.0f}")
    print(f"Redis memory per token (100-byte value, one subject): {mid['bytes']:,.0f} bytes")


def _hiredis() -> bool:
    try:
        import hiredis  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--values", type=int, default=4_000)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--redis-url", default=None)
    ap.add_argument("--rounds", type=int, default=9)
    asyncio.run(main(ap.parse_args()))
