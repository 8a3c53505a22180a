"""Redis memory per sealed update and per queued event, measured on a fresh redis-server.

    python -m bench.inbound_memory [--events 5000]

Seals `--events` text-message updates (webhook-text.json with unique wamids and four
customers) into the ingress shards, then queues the same number of tokenised events
for one subscriber, reading `INFO memory` (used_memory) before and after each step.
The delivery numbers include the per-subscriber dedup marker of each event (8-day TTL,
it outlives the event) and the `subject_sent` token sets.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from proxy.config import VaultSettings, parse_settings
from proxy.inbound.ingress import IngressStore
from proxy.inbound.pipeline import Tokenized
from proxy.inbound.queue import Backlog, DeliveryQueue
from proxy.vault.key_material import EnvFileProvider, generate_key_texts, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.vault import Vault
from proxy.whatsapp.protocol import split
from tests.redis_servers import RedisProcess, debian_redis_server

PAYLOAD = Path(__file__).resolve().parents[1] / "tests" / "data" / "whatsapp" / "payloads" / "webhook-text.json"


def message(i: int) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(json.loads(PAYLOAD.read_text()))
    value = data["entry"][0]["changes"][0]["value"]
    phone = f"1650555{i % 4:04d}"
    value["contacts"][0]["wa_id"] = phone
    value["messages"][0] |= {"id": f"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRB{i:012d}", "from": phone}
    return data


async def used(redis: Redis) -> int:
    return int((await redis.info("memory"))["used_memory"])


async def main(events: int) -> None:
    proc = RedisProcess(debian_redis_server()).start()
    try:
        redis = Redis.from_url(proc.url)
        env = {"VEIL_SUB_CRM_SECRET": "s"} | dict(generate_key_texts())
        settings = parse_settings(
            {
                "vault": {"url": proc.url},
                "subscribers": [{"name": "crm", "url": "http://127.0.0.1:9/", "secret_env": "VEIL_SUB_CRM_SECRET"}],
            },
            env | {"VEIL_WA_APP_SECRET": "a", "VEIL_WA_VERIFY_TOKEN": "b", "VEIL_WA_ACCESS_TOKEN": "c"},
        )
        keystore = KeyStore(redis, load_keys(EnvFileProvider(env)))
        await keystore.verify()
        vault = Vault(redis, keystore, VaultSettings())
        store = IngressStore(redis, keystore, vault.subjects, settings)
        await store.accept(json.dumps(message(-1)).encode(), tenants=["default"], body_tenant="default")
        before = await used(redis)
        for i in range(events):
            await store.accept(json.dumps(message(i)).encode(), tenants=["default"], body_tenant="default")
        sealed = (await used(redis) - before) / events
        queue = DeliveryQueue(redis, keystore, settings, Backlog())
        body = json.loads(PAYLOAD.read_text())
        part = next(iter(split(body)))
        before = await used(redis)
        for i in range(events):
            tok = Tokenized(part, f"subject{i % 4}", {f"subject{i % 4}": frozenset({"tok_person_x"})}, ())
            await queue.enqueue("default", f"{i:032x}", tok)
        queued = (await used(redis) - before) / events
        for p in range(settings.delivery.partitions):
            await redis.delete(f"veil:{{q:crm:{p}}}:s")
        markers = (await used(redis) - before) / events
        print(f"events: {events}; body {len(json.dumps(body))} bytes as JSON")
        print(f"sealed update (stream entry + dedup marker + alias index): {sealed:,.0f} bytes each")
        print(f"queued event per subscriber (stream entry + dedup marker): {queued:,.0f} bytes each")
        print(f"left after delivery (the dedup marker, 8 days): {markers:,.0f} bytes per event and subscriber")
        await redis.aclose()
    finally:
        proc.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=5000)
    asyncio.run(main(parser.parse_args().events))
