"""The SIEM sink file: its folder is created when missing, private, and the trail written to it
verifies (the default `<data_dir>/audit.jsonl` of a `redis://` vault has no folder yet)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from redis.asyncio import Redis

from proxy.audit.sink import SinkWriter
from proxy.audit.verify import load_sink, verify
from proxy.audit.writer import AuditEvent, AuditFailure, AuditWriter

WRITER = "host-b:4243:1700000000000"


def test_a_missing_folder_is_created_private_with_its_parents_an_existing_one_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "share" / "veil" / "audit.jsonl"
    writer = SinkWriter(path)
    writer.write(b'{"a": 1}')
    writer.write(b'{"a": 2}')
    writer.close()
    assert path.read_bytes() == b'{"a": 1}\n{"a": 2}\n'
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    folder = tmp_path / "logs"
    folder.mkdir()
    os.chmod(folder, 0o750)  # noqa: S103 - a folder an operator chose, kept as it is
    SinkWriter(folder / "audit.jsonl").write(b"{}")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o750


async def test_entries_and_checkpoints_reach_a_sink_whose_folder_did_not_exist(redis: Redis, tmp_path: Path) -> None:
    failures: list[AuditFailure] = []
    audit_key, signing_key = os.urandom(32), Ed25519PrivateKey.generate()
    sink = tmp_path / "data" / "veil" / "audit.jsonl"  # what a redis:// vault without data_dir gets
    writer = AuditWriter(
        redis, audit_key=audit_key, signing_key=signing_key, sink=sink, writer_id=WRITER, on_failure=failures.append
    )
    await writer.append(AuditEvent(actor="crm", action="reveal", tenant="acme", outcome="allowed"))
    await writer.checkpoint()
    await writer.close()
    assert failures == []
    report = verify(load_sink(sink), public_key=signing_key.public_key(), audit_key=audit_key)[WRITER]
    assert report.problems == () and report.checkpoint_seq == 1
