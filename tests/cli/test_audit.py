"""`veil audit verify` end to end: real chains in real Redis and a sink file, then
tampering; exit 0 when every chain verifies, 1 when a problem is found, 2 on bad usage."""

from __future__ import annotations

import asyncio
import base64
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from redis.asyncio import Redis

from proxy.audit.chain import canonical, parse
from proxy.audit.writer import AuditEvent, AuditWriter
from proxy.cli.main import cli
from proxy.kv import keyspace

WRITER = "host-b:99:1700000000000"


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


class Keys:
    def __init__(self) -> None:
        self.audit = os.urandom(32)
        self.signing = Ed25519PrivateKey.generate()

    @property
    def public(self) -> str:
        return b64(self.signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    @property
    def seed(self) -> str:
        return b64(self.signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))


def write_chain(url: str, keys: Keys, sink: Path, n: int = 5, *, close: bool = True) -> None:
    async def go() -> None:
        redis = Redis.from_url(url)
        writer = AuditWriter(redis, audit_key=keys.audit, signing_key=keys.signing, sink=sink, writer_id=WRITER)
        for i in range(n):
            await writer.append(
                AuditEvent(
                    actor="crm",
                    action="reveal",
                    tenant="default",
                    outcome="allowed",
                    entities=("PERSON",),
                    subject=f"s{i}",
                    purpose="support",
                )
            )
        if close:
            await writer.close()
        else:
            await writer.checkpoint()
        await redis.aclose()

    asyncio.run(go())


def redis_do(url: str, *commands: tuple[object, ...]) -> None:
    async def go() -> None:
        redis = Redis.from_url(url)
        try:
            for cmd in commands:
                await redis.execute_command(*cmd)
        finally:
            await redis.aclose()

    asyncio.run(go())


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    clean = {
        k: None
        for k in (
            "VEIL_AUDIT_KEY",
            "VEIL_AUDIT_KEY_FILE",
            "VEIL_AUDIT_SIGNING_KEY",
            "VEIL_AUDIT_SIGNING_KEY_FILE",
            "VEIL_AUDIT_PUBLIC_KEY",
        )
    }
    return CliRunner().invoke(cli, ["audit", "verify", *args], env=clean | (env or {}))  # type: ignore[arg-type]


@pytest.fixture
def keys() -> Keys:
    return Keys()


def test_intact_chains_exit_0_from_each_source(redis7_url: str, keys: Keys, tmp_path: Path) -> None:
    sink = tmp_path / "audit.jsonl"
    write_chain(redis7_url, keys, sink)
    for args in (["--sink", str(sink)], ["--redis-url", redis7_url], ["--sink", str(sink), "--redis-url", redis7_url]):
        result = run("--public-key", keys.public, *args)
        assert result.exit_code == 0, result.output
        assert f"{WRITER} ok: 5 entries, tail 5, checkpoint 5 (links and signatures only)" in result.output
    result = run("--sink", str(sink), env={"VEIL_AUDIT_SIGNING_KEY": keys.seed, "VEIL_AUDIT_KEY": b64(keys.audit)})
    assert result.exit_code == 0 and "(MACs checked)" in result.output
    assert (
        "links and signatures only"
        in run(
            "--sink",
            str(sink),
            "--no-macs",
            env={"VEIL_AUDIT_SIGNING_KEY": keys.seed, "VEIL_AUDIT_KEY": b64(keys.audit)},
        ).output
    )


def test_edited_entry_is_named_exit_1(redis7_url: str, keys: Keys, tmp_path: Path) -> None:
    sink = tmp_path / "audit.jsonl"
    write_chain(redis7_url, keys, sink)
    key = keyspace.audit_chain(WRITER)
    raws = [_entry(redis7_url, key, seq) for seq in range(1, 6)]
    raws[2] = canonical(parse(raws[2]) | {"purpose": "marketing"})
    redis_do(redis7_url, ("DEL", key), *[("XADD", key, f"0-{i}", "e", raw) for i, raw in enumerate(raws, 1)])
    audit_key = tmp_path / "audit.key"
    audit_key.write_text(b64(keys.audit))
    result = run("--public-key", keys.public, "--redis-url", redis7_url, "--audit-key-file", str(audit_key))
    assert result.exit_code == 1
    assert f"redis {WRITER} BAD: first bad entry seq 3 (mac_mismatch)" in result.output
    assert f"sink  {WRITER} ok" in run("--public-key", keys.public, "--sink", str(sink)).output
    result = run("--public-key", keys.public, "--redis-url", redis7_url)
    assert result.exit_code == 1 and "first bad entry seq 4 (hash_link)" in result.output


def test_truncated_tail_is_reported_exit_1(redis7_url: str, keys: Keys, tmp_path: Path) -> None:
    sink = tmp_path / "audit.jsonl"
    write_chain(redis7_url, keys, sink, close=False)
    redis_do(redis7_url, ("XDEL", keyspace.audit_chain(WRITER), "0-4", "0-5"))
    result = run("--public-key", keys.public, "--redis-url", redis7_url, "--sink", str(sink))
    assert result.exit_code == 1
    assert f"redis {WRITER} BAD: TRUNCATED: signed checkpoint at seq 5 ahead of stored tail 3" in result.output
    assert f"sink  {WRITER} ok" in result.output
    redis_do(redis7_url, ("DEL", keyspace.audit_chain(WRITER), keyspace.audit_checkpoints(WRITER)))
    result = run("--public-key", keys.public, "--redis-url", redis7_url, "--sink", str(sink))
    assert result.exit_code == 1 and "ahead of stored tail 0" in result.output  # the sink's checkpoint remembers


def test_forged_checkpoint_is_rejected_exit_1(redis7_url: str, keys: Keys, tmp_path: Path) -> None:
    sink = tmp_path / "audit.jsonl"
    write_chain(redis7_url, keys, sink)
    lines = sink.read_text().splitlines()
    forged = parse(lines[-1].encode()) | {"seq": 9}
    forged["sig"] = Ed25519PrivateKey.generate().sign(canonical({k: v for k, v in forged.items() if k != "sig"})).hex()
    sink.write_text("\n".join([*lines, canonical(forged).decode()]) + "\n")
    result = run("--public-key", keys.public, "--sink", str(sink))
    assert result.exit_code == 1
    assert "first bad entry seq 9 (bad_checkpoint_signature)" in result.output
    assert "TRUNCATED" not in result.output


def test_bad_usage_exits_2(keys: Keys, tmp_path: Path) -> None:
    sink = tmp_path / "audit.jsonl"
    sink.write_text("")
    assert run("--sink", str(sink)).exit_code == 2  # no public key anywhere
    assert run("--public-key", keys.public).exit_code == 2  # no source
    assert run("--public-key", "bm90IGEga2V5", "--sink", str(sink)).exit_code == 2
    result = run("--public-key", keys.public, "--sink", str(sink))
    assert result.exit_code == 0 and "no audit records" in result.output
    sink.write_text('{"type": "entry"\n')
    assert run("--public-key", keys.public, "--sink", str(sink)).exit_code == 1


def _entry(url: str, key: str, seq: int) -> bytes:
    async def go() -> bytes:
        redis = Redis.from_url(url)
        rows = await redis.xrange(key, min=f"0-{seq}", max=f"0-{seq}")
        await redis.aclose()
        return bytes(rows[0][1][b"e"])

    return asyncio.run(go())


def test_public_key_printed_by_keys_generate_verifies(redis7_url: str, tmp_path: Path) -> None:
    out = CliRunner().invoke(cli, ["keys", "generate"]).output
    texts = dict(line.split("=", 1) for line in out.splitlines() if line.startswith("VEIL_"))
    public = out.rsplit(": ", 1)[1].strip()
    keys = Keys()
    keys.signing = Ed25519PrivateKey.from_private_bytes(base64.b64decode(texts["VEIL_AUDIT_SIGNING_KEY"]))
    sink = tmp_path / "audit.jsonl"
    write_chain(redis7_url, keys, sink, n=2)
    assert run("--public-key", public, "--sink", str(sink)).exit_code == 0
    assert json.loads(sink.read_text().splitlines()[-1])["type"] == "checkpoint"


def _writer_run(url: str, keys: Keys, sink: Path, writer_id: str, actions: list[str], *, close: bool) -> None:
    async def go() -> None:
        redis = Redis.from_url(url)
        writer = AuditWriter(redis, audit_key=keys.audit, signing_key=keys.signing, sink=sink, writer_id=writer_id)
        for action in actions:
            await writer.append(AuditEvent(actor="alice", action=action, tenant="default", outcome="allowed"))
        await (writer.close() if close else writer.checkpoint())
        await redis.aclose()

    asyncio.run(go())


OLD = "host-a:17:1700000000000"


def test_a_writer_renamed_away_is_reported_by_the_others_rosters(redis7_url: str, keys: Keys, tmp_path: Path) -> None:
    """RENAME a writer's chain and checkpoints, SREM it: the other writer's signed roster
    still names it and its tail, in Redis and in the sink."""
    redis_do(redis7_url, ("FLUSHDB",))
    sink = tmp_path / "audit.jsonl"
    _writer_run(redis7_url, keys, sink, OLD, ["export", "erase", "reveal"], close=True)
    _writer_run(redis7_url, keys, sink, WRITER, ["reveal"], close=False)
    redis_do(
        redis7_url,
        ("RENAME", keyspace.audit_chain(OLD), "hidden:1"),
        ("RENAME", keyspace.audit_checkpoints(OLD), "hidden:2"),
        ("SREM", keyspace.audit_writers(), OLD),
    )
    result = run("--public-key", keys.public, "--redis-url", redis7_url)
    assert result.exit_code == 1, result.output
    assert f"redis {OLD} BAD: TRUNCATED: signed checkpoint at seq 3 ahead of stored tail 0" in result.output
    result = run("--public-key", keys.public, "--redis-url", redis7_url, "--sink", str(sink))
    assert result.exit_code == 1, result.output
    assert f"BAD: sink and redis disagree: {OLD}: entries up to seq 3 in sink, none in redis" in result.output


def test_the_only_writer_renamed_away_is_reported(redis7_url: str, keys: Keys, tmp_path: Path) -> None:
    redis_do(redis7_url, ("FLUSHDB",))
    sink = tmp_path / "audit.jsonl"
    _writer_run(redis7_url, keys, sink, OLD, ["export", "erase"], close=True)
    redis_do(
        redis7_url,
        ("HSET", keyspace.meta(), "started", "1"),  # what a vault records on first use
        ("RENAME", keyspace.audit_chain(OLD), "hidden:1"),
        ("RENAME", keyspace.audit_checkpoints(OLD), "hidden:2"),
        ("SREM", keyspace.audit_writers(), OLD),
    )
    result = run("--public-key", keys.public, "--redis-url", redis7_url)
    assert result.exit_code == 1 and "no audit records, yet a Veil has run on this vault" in result.output
    result = run("--public-key", keys.public, "--redis-url", redis7_url, "--sink", str(sink))
    assert result.exit_code == 1 and f"{OLD}: entries up to seq 2 in sink, none in redis" in result.output


def test_a_sink_cut_at_a_checkpoint_is_reported(redis7_url: str, keys: Keys, tmp_path: Path) -> None:
    """Cut the sink at its last checkpoint before an export and an erasure: Redis still
    holds them, and the sink alone ends without the final checkpoint."""
    redis_do(redis7_url, ("FLUSHDB",))
    sink = tmp_path / "audit.jsonl"

    async def go() -> None:
        redis = Redis.from_url(redis7_url)
        writer = AuditWriter(redis, audit_key=keys.audit, signing_key=keys.signing, sink=sink, writer_id=WRITER)
        for action in ("login", "reveal", "export", "erase"):
            if action == "export":
                await writer.checkpoint()
            await writer.append(AuditEvent(actor="alice", action=action, tenant="default", outcome="allowed"))
        await writer.close()
        await redis.aclose()

    asyncio.run(go())
    lines = sink.read_text().splitlines(keepends=True)
    cut = max(i for i, line in enumerate(lines[:-1]) if '"type":"checkpoint"' in line)
    assert run("--public-key", keys.public, "--sink", str(sink)).exit_code == 0  # intact and closed
    sink.write_text("".join(lines[: cut + 1]))
    result = run("--public-key", keys.public, "--sink", str(sink), "--redis-url", redis7_url)
    assert result.exit_code == 1, result.output
    assert f"BAD: sink and redis disagree: {WRITER}: sink ends at seq 2, redis at seq 4" in result.output
    result = run("--public-key", keys.public, "--sink", str(sink), "--open-after", "0")
    assert result.exit_code == 1 and f"{WRITER} BAD: open: no final checkpoint after seq 2" in result.output
    result = run("--public-key", keys.public, "--sink", str(sink))
    assert f"{WRITER} open: no final checkpoint after seq 2" in result.output  # fresh: named, not failed
