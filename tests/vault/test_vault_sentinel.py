"""The vault through Redis Sentinel: WAIT for a real replica, and a failover that keeps every token."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from proxy.config import VaultSettings
from proxy.kv.connection import connect
from proxy.vault.key_material import EnvFileProvider, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.subjects import Alias
from proxy.vault.vault import Revealed, TokenizeRequest, Vault
from tests.redis_topologies import SentinelSet

T = "default"


@pytest.fixture
def sentinels() -> Iterator[SentinelSet]:
    topology = SentinelSet.start()
    yield topology
    topology.stop()


async def test_wait_replicas_and_failover_keep_every_acknowledged_token(
    sentinels: SentinelSet, key_env: dict[str, str], tmp_path: Path
) -> None:
    settings = VaultSettings(url=sentinels.url, wait_replicas=1, wait_timeout_ms=2000)
    conn = connect(settings, data_dir=tmp_path)
    try:
        vault = Vault(conn.client, KeyStore(conn.client, load_keys(EnvFileProvider(key_env))), settings)
        await vault.keystore.verify()
        subject = (await vault.subjects.resolve(T, [Alias("wa_id", "16505551234")])).subject
        acknowledged = []
        for i in range(20):
            (m,) = await vault.tokenize(T, [TokenizeRequest(f"Name {i}", "PERSON", subject)])
            acknowledged.append((m.token, f"Name {i}"))
        old_master = sentinels.current_master_port()
        sentinels.master.kill()  # no shutdown save: only what the replica confirmed survives
        for _ in range(150):
            await asyncio.sleep(0.2)
            if sentinels.current_master_port() != old_master:
                break
        assert sentinels.current_master_port() == sentinels.replica.port, "sentinels did not fail over"
        for _ in range(50):  # the client reconnects to the new master through the sentinels
            try:
                revealed = await vault.reveal(T, [t for t, _ in acknowledged])
                break
            except Exception:  # noqa: BLE001 - connection errors while the client re-resolves
                await asyncio.sleep(0.2)
        assert [(r.token, r.value) for r in revealed if isinstance(r, Revealed)] == acknowledged
        settings_no_replica = VaultSettings(url=sentinels.url, wait_replicas=1, wait_timeout_ms=200)
        lonely = Vault(conn.client, vault.keystore, settings_no_replica)
        with pytest.raises(Exception, match="replicas confirmed"):
            await lonely.tokenize(T, [TokenizeRequest("After failover", "PERSON", subject)])
    finally:
        await conn.close()
