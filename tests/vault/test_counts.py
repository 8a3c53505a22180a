"""The vault's counts kept on write (proxy/vault/counts.py): after a mint, a re-use, a
delete and a re-mint over the tombstone, a merge, an erasure and a compaction they equal
a key-by-key recount, on one redis-server and on a 3-master Redis Cluster; a vault
written before the counts existed is counted once by its first read; expiry is what only
a recount sees."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis

from proxy.config import VaultSettings
from proxy.errors import VaultUnavailable
from proxy.kv import keyspace
from proxy.kv.connection import connect
from proxy.vault.admin import VaultAdmin
from proxy.vault.counts import SHARDS
from proxy.vault.key_material import EnvFileProvider, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.subjects import Alias
from proxy.vault.tokens import Shape, tag_of_canonical
from proxy.vault.vault import TokenizeRequest, Vault
from tests.redis_topologies import Cluster

T = "acme"


async def _admin(redis: Redis, key_env: dict[str, str]) -> VaultAdmin:
    keystore = KeyStore(redis, load_keys(EnvFileProvider(key_env)))
    await keystore.verify()
    return VaultAdmin(Vault(redis, keystore, VaultSettings()))


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    topology = Cluster.start()
    yield topology
    topology.stop()


@pytest.fixture
async def cluster_client(cluster: Cluster, tmp_path: Path) -> AsyncIterator[Redis]:
    conn = connect(VaultSettings(url=cluster.url), data_dir=tmp_path)
    await conn.client.flushall()  # type: ignore[call-arg]
    yield conn.client
    await conn.close()


def _kept(stats: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in stats.items() if k != "counted_at"}


async def _counted(admin: VaultAdmin, **expected: int) -> dict[str, int]:
    """The kept counts, checked against `expected` and against a key-by-key recount (which
    corrects nothing when they were right)."""
    kept = _kept(await admin.stats(T))
    assert {k: kept.get(k, 0) for k in expected} == expected, kept
    assert _kept(await admin.recount(T)) == kept
    return kept


async def _mint(admin: VaultAdmin, subject: str, *pairs: tuple[str, str]) -> list[Any]:
    reqs = [
        TokenizeRequest(
            value,
            entity,
            subject,
            Shape.DIGITS if entity == "PHONE_NUMBER" else Shape.TEXT,
            identifier=entity == "PHONE_NUMBER",
        )
        for value, entity in pairs
    ]
    return await admin.vault.tokenize(T, reqs)


async def _lifecycle(admin: VaultAdmin) -> None:
    await admin.stats(T)  # the empty vault is counted once: from here on only the kept counts move
    vault = admin.vault
    maria = (await vault.subjects.resolve(T, [Alias("wa_id", "16505551234")])).subject
    joao = (await vault.subjects.resolve(T, [Alias("wa_id", "5511987654321")])).subject
    minted = await _mint(
        admin,
        maria,
        ("Maria Rossi", "PERSON"),
        ("maria@example.com", "EMAIL_ADDRESS"),
        ("Via Roma 1", "LOCATION"),
        ("+1 650 555 1234", "PHONE_NUMBER"),
    )
    await _mint(admin, joao, ("João Silva", "PERSON"))
    await _counted(admin, tokens=5, subjects=2, tombstones=0, **{"entity:PERSON": 2, "entity:LOCATION": 1})

    again = await _mint(admin, maria, ("Maria Rossi", "PERSON"), ("Via Roma 1", "LOCATION"))
    assert not any(m.created for m in again)  # re-used: nothing counted
    await _counted(admin, tokens=5, subjects=2, tombstones=0, **{"entity:PERSON": 2})

    assert await admin.delete_token(T, minted[2].token)
    await _counted(admin, tokens=4, subjects=2, tombstones=1, **{"entity:LOCATION": 0})
    (back,) = await _mint(admin, maria, ("Via Roma 1", "LOCATION"))
    assert back.created and back.token == minted[2].token  # over its own tombstone: no new reservation
    await _counted(admin, tokens=5, subjects=2, tombstones=0, **{"entity:LOCATION": 1})

    # the two subjects turn out to be one (an alias of each): the younger is merged away
    joined = await vault.subjects.resolve(T, [Alias("wa_id", "16505551234"), Alias("wa_id", "5511987654321")])
    assert joined.merged
    await _counted(admin, tokens=5, subjects=1, tombstones=0)

    receipt = await admin.erase(T, joined.subject)
    assert len(receipt.tokens) == 5
    await _counted(admin, tokens=0, subjects=0, tombstones=5, **{"entity:PERSON": 0})
    assert await admin.compact(T, 0) == 5
    await _counted(admin, tokens=0, subjects=0, tombstones=0)
    assert (await admin.vault.counts.read(T))["reservations"] == 0


async def test_counts_follow_every_write_on_one_server(redis: Redis, key_env: dict[str, str]) -> None:
    await _lifecycle(await _admin(redis, key_env))


async def test_counts_follow_every_write_on_a_cluster(cluster_client: Redis, key_env: dict[str, str]) -> None:
    admin = await _admin(cluster_client, key_env)
    await _lifecycle(admin)
    await _mint(
        admin,
        (await admin.vault.subjects.resolve(T, [Alias("wa_id", "393471234567")])).subject,
        *[(f"value {i}", "PERSON") for i in range(40)],
    )
    await _counted(admin, tokens=40, subjects=1)
    nodes = {
        cluster_client.get_node_from_key(keyspace.vault_counts(T, k)).port  # type: ignore[attr-defined]
        for k in range(SHARDS)
    }
    assert len(nodes) > 1  # the shards spread over the masters


async def test_concurrent_mints_of_one_value_count_once(redis: Redis, key_env: dict[str, str]) -> None:
    admin = await _admin(redis, key_env)
    await admin.stats(T)
    subject = (await admin.vault.subjects.resolve(T, [Alias("wa_id", "16505551234")])).subject
    results = await asyncio.gather(*[_mint(admin, subject, ("Maria Rossi", "PERSON")) for _ in range(8)])
    assert sum(r[0].created for r in results) == 1
    await _counted(admin, tokens=1, subjects=1, **{"entity:PERSON": 1})


async def test_a_vault_older_than_the_counts_is_counted_by_its_first_read_once(
    redis: Redis, key_env: dict[str, str]
) -> None:
    admin = await _admin(redis, key_env)
    subject = (await admin.vault.subjects.resolve(T, [Alias("wa_id", "16505551234")])).subject
    await _mint(admin, subject, ("Maria Rossi", "PERSON"), ("maria@example.com", "EMAIL_ADDRESS"))
    # what a vault written before the counts looks like: records and no counts at all
    await redis.delete(*[keyspace.vault_counts(T, k) for k in range(SHARDS)])
    assert not await redis.exists(keyspace.vault_counts_built(T))

    first = await admin.stats(T)
    assert _kept(first) == {
        "tokens": 2,
        "subjects": 1,
        "tombstones": 0,
        "erased_aliases": 0,
        "entity:EMAIL_ADDRESS": 1,
        "entity:PERSON": 1,
    }
    assert first["counted_at"] > 0 and await redis.exists(keyspace.vault_counts_built(T))
    # once: a token written behind the counts' back is not found by later reads
    await redis.hset(keyspace.token_record(T, "aaa", "tok_person_aaa"), mapping={"e": "PERSON"})
    assert await admin.stats(T) == first
    assert (await admin.recount(T))["tokens"] == 3  # until a recount


async def test_expiry_leaves_the_counts_until_a_recount(redis: Redis, key_env: dict[str, str]) -> None:
    admin = await _admin(redis, key_env)
    await admin.stats(T)
    subject = (await admin.vault.subjects.resolve(T, [Alias("wa_id", "16505551234")])).subject
    (minted,) = await _mint(admin, subject, ("Maria Rossi", "PERSON"))
    await redis.pexpire(keyspace.token_record(T, tag_of_canonical(minted.token), minted.token), 1)
    await asyncio.sleep(0.05)
    assert (await admin.stats(T))["tokens"] == 1  # nothing runs when Redis drops a record
    recounted = await admin.recount(T)
    assert (recounted["tokens"], recounted["tombstones"], recounted.get("entity:PERSON", 0)) == (0, 1, 0)
    assert (await admin.stats(T))["tokens"] == 0


async def test_a_second_recount_waits_for_the_first(redis: Redis, key_env: dict[str, str]) -> None:
    admin = await _admin(redis, key_env)
    await redis.set(keyspace.lock(f"recount:{T}"), "1", ex=60)
    with pytest.raises(VaultUnavailable):
        await admin.recount(T)
