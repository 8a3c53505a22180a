"""The vault and audit chains on a real 3-master Redis Cluster: every atomic unit in one slot."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from proxy.audit.verify import load_redis, verify
from proxy.audit.writer import AuditEvent, AuditWriter
from proxy.config import VaultSettings
from proxy.kv.batch import Batch
from proxy.kv.connection import connect
from proxy.kv.fitness import check_fit
from proxy.vault.admin import VaultAdmin
from proxy.vault.aof import rewrite
from proxy.vault.key_material import EnvFileProvider, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.subjects import Alias
from proxy.vault.tokens import Shape
from proxy.vault.vault import NotRevealed, Revealed, TokenizeRequest, Vault
from tests.redis_topologies import Cluster, _cli

T = "acme"


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


async def test_cluster_is_fit_and_tokens_spread_over_masters(
    cluster_client: Redis, key_env: dict[str, str], cluster: Cluster
) -> None:
    assert (await check_fit(cluster_client)).ok
    keystore = KeyStore(cluster_client, load_keys(EnvFileProvider(key_env)))
    await keystore.verify()
    vault = Vault(cluster_client, keystore, VaultSettings(url=cluster.url))
    subject = (
        await vault.subjects.resolve(T, [Alias("wa_id", "16505551234"), Alias("bsuid", "US.13491208655302741918")])
    ).subject
    reqs = [TokenizeRequest(f"Person {i}", "PERSON", subject) for i in range(60)]
    reqs.append(TokenizeRequest("+1 650 555 1234", "PHONE_NUMBER", subject, Shape.DIGITS, True))
    minted = await vault.tokenize(T, reqs)
    again = await vault.tokenize(T, reqs)
    assert [m.token for m in minted] == [m.token for m in again]
    revealed = await vault.reveal(T, [m.token for m in minted])
    assert [r.value for r in revealed if isinstance(r, Revealed)] == [r.value for r in reqs]
    counts = []
    for node in cluster.nodes:
        async with Redis(port=node.port) as direct:
            counts.append(await direct.dbsize())
    assert all(c > 0 for c in counts), counts  # not one hot shard

    admin = VaultAdmin(vault)
    stats = await admin.stats(T)
    assert stats["tokens"] == 61 and stats["subjects"] == 1
    merged = await vault.subjects.resolve(T, [Alias("username", "maria")])
    (tm,) = await vault.tokenize(T, [TokenizeRequest("Maria", "PERSON", merged.subject)])
    joined = await vault.subjects.resolve(T, [Alias("wa_id", "16505551234"), Alias("username", "maria")])
    assert joined.merged and (await vault.reveal(T, [tm.token]))[0].subject == joined.subject  # type: ignore[union-attr]

    receipt = await admin.erase(T, joined.subject)
    assert len(receipt.tokens) == 62
    assert all(isinstance(r, NotRevealed) for r in await vault.reveal(T, [m.token for m in minted]))


async def test_rotation_and_retirement_on_cluster(
    cluster_client: Redis, key_env: dict[str, str], cluster: Cluster
) -> None:
    settings = VaultSettings(url=cluster.url)
    v1 = Vault(cluster_client, KeyStore(cluster_client, load_keys(EnvFileProvider(key_env))), settings)
    await v1.keystore.verify()
    subject = (await v1.subjects.resolve(T, [Alias("wa_id", "393471234567")])).subject
    (m,) = await v1.tokenize(T, [TokenizeRequest("Luigi", "PERSON", subject)])
    new_master = key_env["VEIL_AUDIT_KEY"]
    env2 = key_env | {"VEIL_MASTER_KEY": f"v2:{new_master},{key_env['VEIL_MASTER_KEY']}"}
    v2 = Vault(cluster_client, KeyStore(cluster_client, load_keys(EnvFileProvider(env2))), settings)
    await v2.keystore.verify()
    report = await VaultAdmin(v2).rotate()
    assert report.rewrapped == 1
    await VaultAdmin(v2).retire(1)
    assert (await v2.reveal(T, [m.token]))[0].value == "Luigi"  # type: ignore[union-attr]


async def test_audit_chain_on_cluster(cluster_client: Redis, key_env: dict[str, str]) -> None:
    keys = load_keys(EnvFileProvider(key_env))
    writer = AuditWriter(cluster_client, audit_key=keys.audit, signing_key=keys.signing_key())
    for i in range(5):
        await writer.append(
            AuditEvent(actor="crm", action="reveal", tenant=T, outcome="allowed", entities=("PERSON",), purpose=f"p{i}")
        )
    await writer.close()
    reports = verify(await load_redis(cluster_client), public_key=keys.signing_key().public_key(), audit_key=keys.audit)
    assert reports[writer.writer_id].ok and reports[writer.writer_id].tail_seq == 5


async def test_a_batch_on_cluster_routes_each_command_to_its_node(cluster_client: Redis) -> None:
    keys = [f"rb:{i}" for i in range(12)]  # spread over the three masters' slots
    batch = Batch(cluster_client)
    for key in keys:
        batch.sadd(key, "member")
        batch.expire(key, 100)
    assert await batch.execute() == [1, 1] * len(keys)
    assert all([await cluster_client.sismember(key, "member") for key in keys])
    done = Batch(cluster_client)
    done.delete(*keys[:1])
    done.hget(keys[1], "f")  # WRONGTYPE: the first error is raised, as by a pipeline
    with pytest.raises(ResponseError):
        await done.execute()
    assert not await cluster_client.exists(keys[0])


async def test_the_append_only_file_of_every_master_is_rewritten(cluster: Cluster, cluster_client: Redis) -> None:
    """After an erasure on a Cluster, BGREWRITEAOF runs on each master, not only on one node."""
    assert await rewrite(cluster_client) == "off"  # no master keeps an AOF: nothing to rewrite
    masters = cluster.masters()

    def count(field: str) -> list[int]:
        return [
            int(line.split(":")[1])
            for node in masters
            for line in _cli(node.port, "INFO", "persistence").split()
            if line.startswith(f"{field}:")
        ]

    try:
        for node in masters:
            _cli(node.port, "CONFIG", "SET", "appendonly", "yes")  # starts with a rewrite of its own
        for _ in range(100):
            if not any(count("aof_rewrite_in_progress")) and not any(count("aof_rewrite_scheduled")):
                break
            await asyncio.sleep(0.05)
        before = count("aof_rewrites")
        assert await rewrite(cluster_client) == "done"
        assert [a - b for a, b in zip(count("aof_rewrites"), before, strict=True)] == [1] * len(masters)
    finally:
        for node in masters:
            _cli(node.port, "CONFIG", "SET", "appendonly", "no")
