"""Queueing for subscribers is as durable as sealing: the tokeniser deletes an update's
sealed copy right after queueing it, so with `vault.wait_replicas` the queued events must be
on replicas first, or a master lost before replicating them takes the only copy with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from redis.asyncio import Redis

from proxy.errors import VaultUnavailable
from proxy.inbound.pipeline import Tokenized
from proxy.inbound.queue import Backlog, DeliveryQueue
from proxy.kv import keyspace
from proxy.vault.keyring import KeyStore
from proxy.whatsapp import split
from tests.inbound.harness import settings_for, subscriber, text_message
from tests.server.helpers import make_keys


def _update(n: int) -> Tokenized:
    part = next(split(text_message(f"wamid.QUEUE{n}", "hello")))
    return Tokenized(part, f"subject-{n}", {}, ())


async def _queued(redis: Redis, partitions: int) -> int:
    return sum([await redis.xlen(keyspace.delivery_stream("crm", p)) for p in range(partitions)])


@pytest.mark.parametrize("wait_replicas", [0, 1])
async def test_queued_events_unconfirmed_by_replicas_are_not_taken_as_queued(
    redis7_url: str, tmp_path: Path, key_env: dict[str, str], wait_replicas: int
) -> None:
    """A lone server has no replica: with `wait_replicas: 1` the queueing raises
    `VaultUnavailable` (the tokeniser pauses and keeps the sealed copy) after `WAIT` timed
    out; its retry writes nothing twice (the subscriber's dedup marker). With 0, queued."""
    settings = settings_for(
        redis7_url,
        tmp_path,
        [subscriber("crm", "http://127.0.0.1:1/hook")],
        vault={"url": redis7_url, "wait_replicas": wait_replicas, "wait_timeout_ms": 50},
    )
    redis = Redis.from_url(redis7_url)
    try:
        queue = DeliveryQueue(redis, KeyStore(redis, make_keys(key_env)), settings, Backlog())
        events = [("e" * 32, _update(1), 0)]
        if wait_replicas:
            with pytest.raises(VaultUnavailable, match="0 of 1 replicas"):
                await queue.enqueue_many("default", events)
            with pytest.raises(VaultUnavailable):  # the retry: the marker stops a second copy
                await queue.enqueue_many("default", events)
        else:
            assert await queue.enqueue_many("default", events) == [1]
            assert await queue.enqueue_many("default", events) == [0]
        assert await _queued(redis, settings.delivery.partitions) == 1
    finally:
        await redis.aclose()
