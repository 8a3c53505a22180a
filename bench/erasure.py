"""What one erasure costs as quarantine and queues grow: the price of opening and searching.

    python -m bench.erasure [--sizes 0,1000,10000] [--queued 1000] [--rounds 3]

On a fresh redis-server: two tenants and `_unrouted`, each quarantine holding `size` sealed
updates of *other* customers with no alias (so every one is opened and searched), and
`--queued` events of other subjects in each of two subscribers' queues plus dead letters.
Then one subject (a phone number, a name, an e-mail, an IBAN) is created and erased through
the same `Eraser` and purgers the runtime builds; the erasure runs `--rounds` times (a new
subject each time) and the median is printed, with the two purgers timed alone beside it.
Redis's own time is inside: the bench and Redis share the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import logging
import statistics
import time

from redis.asyncio import Redis

from proxy.config import Settings, parse_settings
from proxy.inbound.erasure import purge_deliveries, purge_sealed
from proxy.inbound.ingress import UNROUTED, IngressStore
from proxy.kv import keyspace
from proxy.vault.admin import VaultAdmin
from proxy.vault.erasure import Eraser, Purge
from proxy.vault.erasure_notices import ErasureNotices
from proxy.vault.key_material import EnvFileProvider, generate_key_texts, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.subjects import Alias
from proxy.vault.vault import TokenizeRequest, Vault
from tests.redis_servers import RedisProcess, debian_redis_server

TENANTS = ("main", "acme")
SUBSCRIBERS = ("crm", "erp")


def _settings(url: str, env: dict[str, str]) -> Settings:
    return parse_settings(
        {
            "vault": {"url": url},
            "tenants": [
                {"name": "main", "waba_ids": ["1"], "phone_number_ids": ["11"]},
                {"name": "acme", "waba_ids": ["2"], "phone_number_ids": ["22"]},
            ],
            "subscribers": [
                {"name": n, "url": "http://127.0.0.1:9/", "secret_env": "VEIL_SUB_CRM_SECRET", "tenant": "main"}
                for n in SUBSCRIBERS
            ],
        },
        env,
    )


def _other_customer(i: int) -> bytes:
    """An update of someone else, as a body Veil could not parse (no alias to go by)."""
    text = f"Ciao, sono Cliente {i}, scrivetemi a cliente{i}@example.org o al +39 333 {i:07d}"
    return json.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [{"changes": [{"value": {"messages": [{"text": {"body": text}}]}}]}],
        }
    )[:-3].encode()


async def _fill(redis: Redis, store: IngressStore, settings: Settings, size: int, queued: int) -> None:
    for tenant in (*TENANTS, UNROUTED):
        for i in range(size):
            await store.quarantine_raw(tenant, _other_customer(i), "unparsable_body")
    async with redis.pipeline(transaction=False) as pipe:
        for name in SUBSCRIBERS:
            for i in range(queued):
                p = i % settings.delivery.partitions
                fields = {
                    "e": f"{i:032x}",
                    "b": b'{"entry": [{"tok": "tok_person_' + str(i).encode() + b'"}]}',
                    "s": f"other{i:019d}",
                    "q": str(int(time.time() * 1000)),
                }
                pipe.xadd(keyspace.delivery_stream(name, p), fields)  # type: ignore[arg-type]
                pipe.xadd(keyspace.delivery_dead(name, p), fields)  # type: ignore[arg-type]
        await pipe.execute()


async def _subject(vault: Vault, n: int) -> str:
    phone = f"+39 347 {n:07d}"
    subject = (await vault.subjects.resolve("main", [Alias("wa_id", phone.replace(" ", "").lstrip("+"))])).subject
    await vault.tokenize(
        "main",
        [
            TokenizeRequest(v, e, subject)
            for v, e in (
                (phone, "PHONE_NUMBER"),
                (f"Persona Numero{n}", "PERSON"),
                (f"persona{n}@example.com", "EMAIL_ADDRESS"),
                ("IT60X0542811101000000123456", "IBAN_CODE"),
            )
        ],
    )
    return subject


async def run(sizes: list[int], queued: int, rounds: int) -> None:
    print(
        f"## bench.erasure: quarantine of 3 tenants x size, {queued} queued + {queued} dead letters "
        f"for each of 2 subscribers; median of {rounds} erasures"
    )
    print(
        f"{'quarantine/tenant':>18} {'erase ms':>9} {'purge_sealed ms':>16} {'purge_deliveries ms':>20} "
        f"{'us per sealed entry':>20}"
    )
    for size in sizes:
        proc = RedisProcess(debian_redis_server()).start()
        redis = Redis.from_url(proc.url)
        try:
            env = {
                "VEIL_SUB_CRM_SECRET": "s",
                "VEIL_WA_APP_SECRET": "a",
                "VEIL_WA_VERIFY_TOKEN": "b",
                "VEIL_WA_ACCESS_TOKEN": "c",
            } | dict(generate_key_texts())
            settings = _settings(proc.url, env)
            keystore = KeyStore(redis, load_keys(EnvFileProvider(env)))
            await keystore.verify()
            vault = Vault(redis, keystore, settings.vault)
            store = IngressStore(redis, keystore, vault.subjects, settings)
            await _fill(redis, store, settings, size, queued)
            admin = VaultAdmin(vault)
            eraser = Eraser(
                redis,
                admin,
                ErasureNotices(redis, settings, lambda: None, lambda: None),
                purgers=[
                    Purge("sealed_updates", functools.partial(purge_sealed, store, settings)),
                    Purge(
                        "queued_events", functools.partial(purge_deliveries, redis, settings), again_after_vault=True
                    ),
                ],
            )
            erase, sealed, deliveries = [], [], []
            for n in range(rounds):
                subject = await _subject(vault, n)
                target = await eraser.target("main", subject)
                t0 = time.perf_counter()
                await purge_sealed(store, settings, target)
                t1 = time.perf_counter()
                await purge_deliveries(redis, settings, target)
                t2 = time.perf_counter()
                await eraser.erase("main", subject, actor="bench")
                t3 = time.perf_counter()
                sealed.append(t1 - t0)
                deliveries.append(t2 - t1)
                erase.append(t3 - t2)
            per_entry = statistics.median(sealed) / (3 * size) * 1e6 if size else 0.0
            print(
                f"{size:>18} {statistics.median(erase) * 1e3:>9.1f} {statistics.median(sealed) * 1e3:>16.1f} "
                f"{statistics.median(deliveries) * 1e3:>20.1f} {per_entry:>20.1f}"
            )
        finally:
            await redis.aclose()
            proc.stop()


def main() -> None:
    logging.getLogger("veil").setLevel(logging.ERROR)  # every quarantined update logs a warning
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="0,1000,10000", help="quarantined entries per tenant, comma separated")
    ap.add_argument("--queued", type=int, default=1000, help="queued events (and dead letters) per subscriber")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    asyncio.run(run([int(s) for s in args.sizes.split(",")], args.queued, args.rounds))


if __name__ == "__main__":
    main()
