"""`VaultAdmin.token_metadata` and `VaultAdmin.subjects`: what the admin API shows of a token
and a tenant's subjects, read by the vault (the owner of records, tombstones and subject
keys), never by a handler. Real Redis."""

from __future__ import annotations

import time

import pytest
from redis.asyncio import Redis

from proxy.config import VaultSettings
from proxy.kv import keyspace
from proxy.vault.admin import TokenMetadata, VaultAdmin
from proxy.vault.key_material import EnvFileProvider, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.subjects import Alias
from proxy.vault.tokens import Shape, tag_of_canonical
from proxy.vault.vault import TokenizeRequest, Vault

T = "default"


@pytest.fixture
async def admin(redis: Redis, key_env: dict[str, str]) -> VaultAdmin:
    keystore = KeyStore(redis, load_keys(EnvFileProvider(key_env)))
    await keystore.verify()
    return VaultAdmin(Vault(redis, keystore, VaultSettings()))


async def _subject(admin: VaultAdmin, wa_id: str, tenant: str = T) -> str:
    return (await admin.vault.subjects.resolve(tenant, [Alias("wa_id", wa_id)])).subject


async def _tokenize(admin: VaultAdmin, value: str, entity: str, subject: str, tenant: str = T) -> str:
    shape = Shape.DIGITS if entity == "PHONE_NUMBER" else Shape.TEXT
    (minted,) = await admin.vault.tokenize(
        tenant, [TokenizeRequest(value, entity, subject, shape, identifier=entity == "PHONE_NUMBER")]
    )
    return minted.token


async def test_a_live_token_shows_its_record_never_its_value(admin: VaultAdmin, redis: Redis) -> None:
    before = int(time.time())
    s = await _subject(admin, "16505551234")
    token = await _tokenize(admin, "Maria Rossi", "PERSON", s)
    meta = await admin.token_metadata(T, token)
    assert (meta.state, meta.entity, meta.subject) == ("live", "PERSON", s)
    assert before <= meta.first_seen <= meta.last_seen <= int(time.time())
    ttl = await redis.ttl(keyspace.token_record(T, tag_of_canonical(token), token))
    assert 0 < meta.expires_in <= 90 * 86_400 and abs(meta.expires_in - ttl) <= 1
    assert "Maria" not in repr(meta)


async def test_a_deleted_token_is_freed_an_erased_one_erased(admin: VaultAdmin) -> None:
    s = await _subject(admin, "16505551234")
    deleted = await _tokenize(admin, "+1 650 555 1234", "PHONE_NUMBER", s)
    erased = await _tokenize(admin, "Maria Rossi", "PERSON", s)
    assert await admin.delete_token(T, deleted)
    assert await admin.token_metadata(T, deleted) == TokenMetadata("freed")
    await admin.erase(T, s)
    assert await admin.token_metadata(T, erased) == TokenMetadata("erased")
    # the erasure also marks the tombstone of its token freed before: no value reclaims it now
    assert await admin.token_metadata(T, deleted) == TokenMetadata("erased")


async def test_a_token_of_another_tenant_is_unknown(admin: VaultAdmin) -> None:
    s = await _subject(admin, "16505551234", tenant="other")
    token = await _tokenize(admin, "Maria Rossi", "PERSON", s, tenant="other")
    assert (await admin.token_metadata("other", token)).state == "live"
    assert await admin.token_metadata(T, token) == TokenMetadata("unknown")


async def test_subjects_are_the_tenants_ids_sorted(admin: VaultAdmin) -> None:
    assert await admin.subjects(T) == []
    mine = {await _subject(admin, wa_id) for wa_id in ("16505551234", "5511987654321", "393471234567")}
    await _subject(admin, "16505550000", tenant="other")
    assert await admin.subjects(T) == sorted(mine)
    erased = sorted(mine)[0]
    await admin.erase(T, erased)
    assert await admin.subjects(T) == sorted(mine - {erased})


async def test_size_counts_a_tenants_tokens_and_subjects_only(admin: VaultAdmin) -> None:
    """What the vault-size metric samples: key counts per tenant, other tenants apart."""
    assert await admin.size(T) == (0, 0)
    alice, bob = await _subject(admin, "393470000001"), await _subject(admin, "393470000002")
    await _tokenize(admin, "alice@example.com", "EMAIL_ADDRESS", alice)
    await _tokenize(admin, "393470000001", "PHONE_NUMBER", alice)
    await _tokenize(admin, "bob@example.com", "EMAIL_ADDRESS", bob)
    await _tokenize(
        admin, "carol@example.com", "EMAIL_ADDRESS", await _subject(admin, "393470000003", "other"), tenant="other"
    )
    assert await admin.size(T) == (3, 2)
    assert await admin.size("other") == (1, 1)
