"""bench.seal drives the webhook handler's own seal path, at the rate asked, with the setting asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from redis.asyncio import Redis

from bench.harness import corpus_texts, veil_env
from bench.seal import run_one
from proxy.errors import VaultUnavailable
from proxy.kv import keyspace
from proxy.vault.key_material import generate_key_texts


async def test_a_run_seals_every_webhook_it_offers(redis7_url: str, tmp_path: Path) -> None:
    env = veil_env(dict(generate_key_texts()))
    row = await run_one(redis7_url, tmp_path, env, 0, rate=100, seconds=0.5, first_seq=0, texts=corpus_texts(20))
    assert row["offered"] == row["acknowledged"] == 50 and row["refused"] == 0, row
    assert 40 < row["rate"] <= 110 and row["p50"] <= row["p95"] <= row["p99"] <= row["max"], row
    async with Redis.from_url(redis7_url) as redis:
        sealed = sum([await redis.xlen(keyspace.ingress_stream("default", shard)) for shard in range(4)])
    assert sealed == 50 + 20  # the measured webhooks and the warm-up's, each sealed once


async def test_wait_replicas_is_the_setting_the_run_uses(redis7_url: str, tmp_path: Path) -> None:
    """A lone server has no replica: with `wait_replicas: 1` nothing can be acknowledged."""
    env = veil_env(dict(generate_key_texts()))
    with pytest.raises(VaultUnavailable, match="replicas confirmed"):  # the warm-up's first seal: a 503
        await run_one(redis7_url, tmp_path, env, 1, rate=20, seconds=0.2, first_seq=0, texts=corpus_texts(5))
