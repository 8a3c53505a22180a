"""The audit writer and verifier against real Redis (7 and 6.2): appends, fail-closed
behaviour, and every kind of tampering located at the right sequence number."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from redis.asyncio import Redis

from proxy.audit.chain import canonical, entry_hash, entry_mac, key_at, parse
from proxy.audit.verify import AuditRecords, Problem, load_redis, load_sink, verify
from proxy.audit.writer import AuditEvent, AuditFailure, AuditWriter
from proxy.errors import AuditError
from proxy.kv import keyspace
from tests.redis_servers import free_port

WRITER = "host-a:4242:1700000000000"


@dataclass
class Harness:
    audit_key: bytes = field(default_factory=lambda: os.urandom(32))
    signing_key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    failures: list[AuditFailure] = field(default_factory=list)

    def writer(self, redis: Redis, sink: Path | None, **kw: object) -> AuditWriter:
        return AuditWriter(
            redis,
            audit_key=self.audit_key,
            signing_key=self.signing_key,
            sink=sink,
            writer_id=WRITER,
            on_failure=self.failures.append,
            **kw,  # type: ignore[arg-type]
        )


def event(i: int, *, action: str = "reveal") -> AuditEvent:
    return AuditEvent(
        actor="crm-support",
        action=action,
        tenant="acme",
        outcome="allowed",
        entities=("PHONE_NUMBER",),
        tokens=(f"tok_person_{'A' * 25}{i % 10}",),
        subject=f"s{i:04d}",
        purpose="support",
        request_id=f"req-{i}",
        reason="granted",
    )


@pytest.fixture
def h() -> Harness:
    return Harness()


@pytest.fixture
def sink(tmp_path: Path) -> Path:
    return tmp_path / "audit.jsonl"


async def chain(redis: Redis) -> list[bytes]:
    rows = await redis.xrange(keyspace.audit_chain(WRITER))
    return [values[b"e"] for _, values in rows]


async def rewrite(redis: Redis, raws: Sequence[bytes]) -> None:
    """What an attacker with Redis access does: rebuild the stream as they like."""
    key = keyspace.audit_chain(WRITER)
    await redis.delete(key)
    for i, raw in enumerate(raws, start=1):
        await redis.xadd(key, {"e": raw}, id=f"0-{i}")


async def filled(h: Harness, redis: Redis, sink: Path, n: int = 5) -> AuditWriter:
    writer = h.writer(redis, sink)
    for i in range(1, n + 1):
        assert await writer.append(event(i)) == i
    return writer


def report(h: Harness, records: AuditRecords, *, with_key: bool = True):  # type: ignore[no-untyped-def]
    return verify(
        records,
        public_key=h.signing_key.public_key(),
        audit_key=h.audit_key if with_key else None,
    )[WRITER]


# --- appending ----------------------------------------------------------------------
async def test_appends_link_and_reach_redis_and_sink(h: Harness, redis: Redis, sink: Path) -> None:
    await filled(h, redis, sink)
    stored = await chain(redis)
    assert [parse(raw)["seq"] for raw in stored] == [1, 2, 3, 4, 5]
    assert parse(stored[0])["prev"] == ""
    for before, after in zip(stored, stored[1:], strict=False):
        assert parse(after)["prev"] == hashlib.sha256(before).hexdigest()
    assert sink.read_bytes().splitlines() == stored
    assert await redis.smembers(keyspace.audit_writers()) == {WRITER.encode()}
    ids = [i for i, _ in await redis.xrange(keyspace.audit_chain(WRITER))]
    assert ids == [f"0-{n}".encode() for n in range(1, 6)]


async def test_entry_holds_the_event_fields_and_nothing_else(h: Harness, redis: Redis, sink: Path) -> None:
    await filled(h, redis, sink, n=1)
    record = parse((await chain(redis))[0])
    assert set(record) == {
        "type",
        "seq",
        "writer",
        "prev",
        "mac",
        "time",
        "actor",
        "action",
        "tenant",
        "entities",
        "tokens",
        "subject",
        "purpose",
        "outcome",
        "request_id",
        "reason",
    }
    assert record["entities"] == ["PHONE_NUMBER"] and record["outcome"] == "allowed"


@pytest.mark.parametrize(
    "bad",
    [
        {"entities": ("maria@example.com",)},
        {"tenant": "acme corp +44 7700 900123"},
        {"tokens": ("Maria Rossi",)},
        {"outcome": "maybe"},
        {"action": "Reveal!"},
    ],
)
def test_event_refuses_value_shaped_fields_without_echoing_them(bad: dict[str, object]) -> None:
    fields: dict[str, object] = {"actor": "svc", "action": "reveal", "tenant": "acme", "outcome": "allowed"}
    with pytest.raises(ValueError) as info:
        AuditEvent(**(fields | bad))  # type: ignore[arg-type]
    for value in bad.values():
        shown = value[0] if isinstance(value, tuple) else value
        assert str(shown) not in str(info.value)


async def test_sink_failure_is_reported_but_the_entry_stands(h: Harness, redis: Redis, tmp_path: Path) -> None:
    writer = h.writer(redis, tmp_path)  # a directory: every sink write fails
    assert await writer.append(event(1)) == 1
    assert [f.stage for f in h.failures] == ["sink"]
    assert len(await chain(redis)) == 1


# --- failing closed -----------------------------------------------------------------
async def test_redis_unreachable_refuses_and_reports_without_advancing(h: Harness, sink: Path) -> None:
    dead = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=0.5)
    writer = h.writer(dead, sink)
    try:
        with pytest.raises(AuditError):
            await writer.append(event(1))
        with pytest.raises(AuditError):
            await writer.append(event(2))
    finally:
        await dead.aclose()
    assert writer.seq == 0 and writer.head == ""
    assert [(f.stage, f.action, f.tenant) for f in h.failures][:1] == [("append", "reveal", "acme")]
    assert not sink.exists()


async def test_refused_write_leaves_state_and_the_chain_continues(h: Harness, redis: Redis, sink: Path) -> None:
    writer = await filled(h, redis, sink, n=2)
    head = writer.head
    await redis.config_set("maxmemory", "1")  # noeviction: every write is now refused (OOM)
    try:
        with pytest.raises(AuditError):
            await writer.append(event(3))
    finally:
        await redis.config_set("maxmemory", "0")
    assert (writer.seq, writer.head) == (2, head)
    assert h.failures[0].stage == "append"
    assert await writer.append(event(4)) == 3
    records = await load_redis(redis)
    assert report(h, records).ok


async def test_timed_out_write_is_dropped_or_adopted_by_the_next_append(h: Harness, redis: Redis, sink: Path) -> None:
    writer = await filled(h, redis, sink, n=1)
    writer._timeout_s = 0.2
    await redis.execute_command("CLIENT", "PAUSE", "2000", "WRITE")
    try:
        with pytest.raises(AuditError):
            await writer.append(event(2))
    finally:
        await redis.execute_command("CLIENT", "UNPAUSE")
    pending = writer._pending
    assert pending is not None and writer.seq == 1
    # Whether or not the server had executed it, Redis decides; play "it landed".
    await redis.xadd(keyspace.audit_chain(WRITER), {"e": pending.raw}, id=f"0-{pending.seq}")
    assert await writer.append(event(3)) == 3
    records = await load_redis(redis)
    assert report(h, records).ok and report(h, load_sink(sink)).ok


# --- verification -------------------------------------------------------------------
async def test_intact_chain_verifies_from_redis_and_sink(h: Harness, redis: Redis, sink: Path) -> None:
    writer = await filled(h, redis, sink)
    await writer.close()
    for records in (await load_redis(redis), load_sink(sink)):
        for with_key in (True, False):
            result = report(h, records, with_key=with_key)
            assert result.ok, result
            assert (result.entries, result.tail_seq, result.checkpoint_seq) == (5, 5, 5)


async def test_edited_entry_is_located(h: Harness, redis: Redis, sink: Path) -> None:
    await filled(h, redis, sink)
    stored = await chain(redis)
    edited = parse(stored[2]) | {"actor": "someone-else"}
    stored[2] = canonical(edited)
    await rewrite(redis, stored)
    records = await load_redis(redis)
    assert report(h, records).first_bad == Problem(3, "mac_mismatch")
    assert report(h, records, with_key=False).first_bad == Problem(4, "hash_link")


async def test_edit_with_relinked_tail_is_caught_by_mac_and_by_checkpoint(h: Harness, redis: Redis, sink: Path) -> None:
    writer = await filled(h, redis, sink)
    await writer.checkpoint()
    stored = await chain(redis)
    stored[2] = canonical(parse(stored[2]) | {"outcome": "denied"})
    for i in (3, 4):  # recompute the links, as anyone without the audit key can
        stored[i] = canonical(parse(stored[i]) | {"prev": entry_hash(stored[i - 1])})
    await rewrite(redis, stored)
    records = await load_redis(redis)
    assert report(h, records).first_bad == Problem(3, "mac_mismatch")
    assert report(h, records, with_key=False).first_bad == Problem(5, "checkpoint_mismatch")


async def test_deleted_entry_is_located(h: Harness, redis: Redis, sink: Path) -> None:
    await filled(h, redis, sink)
    await redis.xdel(keyspace.audit_chain(WRITER), "0-3")
    for with_key in (True, False):
        got = report(h, await load_redis(redis), with_key=with_key)
        assert got.first_bad == Problem(3, "sequence_gap")


async def test_reordered_entries_are_located(h: Harness, redis: Redis, sink: Path) -> None:
    await filled(h, redis, sink)
    stored = await chain(redis)
    stored[1], stored[2] = stored[2], stored[1]
    await rewrite(redis, stored)
    assert report(h, await load_redis(redis)).first_bad == Problem(2, "sequence_reorder")


async def test_truncated_tail_is_reported(h: Harness, redis: Redis, sink: Path) -> None:
    writer = await filled(h, redis, sink)
    await writer.checkpoint()
    await redis.xdel(keyspace.audit_chain(WRITER), "0-4", "0-5")
    result = report(h, await load_redis(redis))
    assert result.truncated and not result.ok and result.problems == ()
    assert (result.tail_seq, result.checkpoint_seq) == (3, 5)


async def test_deleted_stream_is_caught_by_the_sink_checkpoints(h: Harness, redis: Redis, sink: Path) -> None:
    writer = await filled(h, redis, sink)
    await writer.close()
    await redis.delete(keyspace.audit_chain(WRITER), keyspace.audit_checkpoints(WRITER))
    await redis.srem(keyspace.audit_writers(), WRITER)
    records = (await load_redis(redis)).with_checkpoints(load_sink(sink).checkpoints)
    result = report(h, records)
    assert result.truncated and (result.tail_seq, result.checkpoint_seq) == (0, 5)


async def test_trim_at_a_checkpoint_boundary_still_verifies(h: Harness, redis: Redis, sink: Path) -> None:
    writer = await filled(h, redis, sink, n=3)
    await writer.checkpoint()
    for i in (4, 5):
        await writer.append(event(i))
    await redis.xtrim(keyspace.audit_chain(WRITER), minid="0-4")
    for with_key in (True, False):
        assert report(h, await load_redis(redis), with_key=with_key).ok


async def test_forged_checkpoint_is_rejected(h: Harness, redis: Redis, sink: Path) -> None:
    writer = await filled(h, redis, sink)
    await writer.checkpoint()
    forger = Harness(audit_key=h.audit_key)  # same audit key, other signing key
    forged = forger.writer(redis, None)
    forged._seq, forged._head = 99, "0" * 64
    await forged.checkpoint()
    altered = parse(load_sink(sink).checkpoints[0]) | {"seq": 42}
    records = (await load_redis(redis)).with_checkpoints([canonical(altered)])
    result = report(h, records)
    assert set(result.problems) == {Problem(42, "bad_checkpoint_signature"), Problem(99, "bad_checkpoint_signature")}
    assert not result.truncated and result.checkpoint_seq == 5


async def test_checkpoints_periodic_and_final(h: Harness, redis: Redis, sink: Path) -> None:
    writer = await filled(h, redis, sink, n=2)
    task = asyncio.create_task(writer.run_checkpoints(0.02))
    await asyncio.sleep(0.15)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await writer.close()
    cps = await redis.xrange(keyspace.audit_checkpoints(WRITER))
    assert len(cps) >= 3
    last = json.loads(cps[-1][1][b"c"])
    assert (last["type"], last["seq"], last["head"]) == ("checkpoint", 2, writer.head)
    lines = [json.loads(line) for line in sink.read_text().splitlines()]
    assert [x["type"] for x in lines].count("checkpoint") == len(cps)
    with pytest.raises(AuditError):
        await writer.append(event(3))


async def test_ratchet_current_key_cannot_reproduce_earlier_macs(h: Harness, redis: Redis, sink: Path) -> None:
    writer = await filled(h, redis, sink, n=3)
    current = bytes(writer._key)
    assert current == key_at(h.audit_key, WRITER, 3)
    for raw in await chain(redis):
        record = parse(raw)
        seq = record["seq"]
        assert isinstance(seq, int)
        assert entry_mac(key_at(h.audit_key, WRITER, seq - 1), record) == record["mac"]
        assert entry_mac(current, record) != record["mac"]
    await writer.close()
    assert bytes(writer._key) == bytes(32)  # the key is wiped at close


async def test_a_stop_never_cuts_a_checkpoint_in_half(h: Harness, redis: Redis, tmp_path: Path) -> None:
    """Cancel the checkpoint loop at many points of its write: it always stops, and every
    checkpoint is in both Redis and the sink (a cut one was in Redis only, and a cancel
    landing in asyncio.timeout's exit was once swallowed and the loop never stopped)."""
    for i in range(60):
        await redis.delete(keyspace.audit_checkpoints(WRITER), keyspace.audit_chain(WRITER))
        sink = tmp_path / f"audit-{i}.jsonl"
        writer = await filled(h, redis, sink, n=1)
        task = asyncio.create_task(writer.run_checkpoints(0.001))
        await asyncio.sleep(0.002 + (i % 7) * 0.0007)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)
        in_redis = len(await redis.xrange(keyspace.audit_checkpoints(WRITER)))
        in_sink = [json.loads(line)["type"] for line in sink.read_text().splitlines()].count("checkpoint")
        assert in_redis == in_sink
        await writer.close()
