"""Offline verification of the audit chains: what `veil audit verify` reports.

For each writer it names the first bad record (sequence number and reason) and says
whether a validly signed checkpoint is ahead of the stored tail (truncation). Two modes,
because they need different secrets:

- **Public key only** (`audit_key=None`): checks sequence numbers, the SHA-256 links and
  the Ed25519 checkpoints. This is docs/design.md's "needs only the public key" and anyone
  may run it. It catches deletion, reordering, truncation behind a checkpoint and any
  edit of an entry followed by an intact one (reported at the entry whose `prev` no
  longer matches: that entry or the one before it was altered). It cannot catch a
  rewrite of the tail after the last checkpoint by someone who recomputes the links.
- **With the audit key**: also recomputes every HMAC (k_0 from the key and the writer
  id, ratcheted per entry), so an edited entry is named exactly and a rebuilt tail is
  caught. Whoever holds the audit key can also forge MACs (docs/decisions.md 16): run this
  mode only where that key is held anyway, never on a serving host.

Checkpoints may come from anywhere (Redis and the SIEM sink): a checkpoint kept in the
sink is what exposes a Redis stream cut short or deleted outright.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from redis.asyncio import Redis

from proxy.audit.chain import (
    CHECKPOINT,
    ENTRY,
    Record,
    checkpoint_signed,
    entry_hash,
    initial_key,
    key_at,
    mac_matches,
    parse,
    ratchet,
)
from proxy.audit.writer import CHECKPOINT_FIELD, ENTRY_FIELD
from proxy.kv import keyspace

Reason = Literal[
    "malformed",
    "wrong_writer",
    "sequence_gap",
    "sequence_reorder",
    "hash_link",
    "mac_mismatch",
    "bad_checkpoint_signature",
    "checkpoint_mismatch",
]


@dataclass(frozen=True, slots=True)
class Problem:
    seq: int
    reason: Reason


@dataclass(frozen=True, slots=True)
class WriterReport:
    writer: str
    entries: int  # records stored for this writer
    tail_seq: int  # highest sequence number stored
    checkpoint_seq: int  # highest sequence covered by a validly signed checkpoint
    macs_checked: bool
    problems: tuple[Problem, ...] = ()

    @property
    def truncated(self) -> bool:
        """A signed checkpoint vouches for entries that are no longer stored."""
        return self.checkpoint_seq > self.tail_seq

    @property
    def first_bad(self) -> Problem | None:
        return min(self.problems, key=lambda p: p.seq) if self.problems else None

    @property
    def ok(self) -> bool:
        return not self.problems and not self.truncated


@dataclass(frozen=True, slots=True)
class AuditRecords:
    """Raw stored bytes: entries per writer in stored order, checkpoints of any writer."""

    entries: Mapping[str, tuple[bytes, ...]] = field(default_factory=dict)
    checkpoints: tuple[bytes, ...] = ()
    writers: frozenset[str] = frozenset()
    unreadable_lines: int = 0  # sink lines that were not JSON objects

    def with_checkpoints(self, more: Iterable[bytes]) -> AuditRecords:
        """These entries judged against checkpoints from another source too (the sink)."""
        merged = tuple(dict.fromkeys((*self.checkpoints, *more)))
        return AuditRecords(self.entries, merged, self.writers, self.unreadable_lines)


async def load_redis(redis: Redis, *, batch: int = 1000) -> AuditRecords:
    """Every chain and checkpoint stream in Redis, found by registry and by SCAN."""
    writers = {_text(w) for w in await redis.smembers(keyspace.audit_writers())}
    async for key in redis.scan_iter(match=keyspace.audit_chain_pattern(), count=batch):
        writer = keyspace.audit_writer_of(_text(key))
        if writer is not None:
            writers.add(writer)
    entries: dict[str, tuple[bytes, ...]] = {}
    checkpoints: list[bytes] = []
    for writer in sorted(writers):
        chain = await _read_stream(redis, keyspace.audit_chain(writer), ENTRY_FIELD, batch)
        if chain:
            entries[writer] = tuple(chain)
        cps = keyspace.audit_checkpoints(writer)
        checkpoints.extend(await _read_stream(redis, cps, CHECKPOINT_FIELD, batch))
    return AuditRecords(entries, tuple(checkpoints), frozenset(writers))


def load_sink(path: Path) -> AuditRecords:
    """The JSON-lines sink, grouped by writer. A blocking read: offline tool only."""
    entries: dict[str, list[bytes]] = {}
    checkpoints: list[bytes] = []
    unreadable = 0
    with path.open("rb") as fh:
        for line in fh:
            raw = line.rstrip(b"\n")
            if not raw:
                continue
            try:
                record = parse(raw)
            except ValueError:
                unreadable += 1
                continue
            if record.get("type") == CHECKPOINT:
                checkpoints.append(raw)
            else:
                entries.setdefault(str(record.get("writer", "")), []).append(raw)
    grouped = {w: tuple(raws) for w, raws in entries.items()}
    return AuditRecords(grouped, tuple(checkpoints), frozenset(grouped), unreadable)


def verify(
    records: AuditRecords, *, public_key: Ed25519PublicKey, audit_key: bytes | None = None
) -> dict[str, WriterReport]:
    """One report per writer seen in entries, the registry or a checkpoint."""
    by_writer: dict[str, list[Record]] = {}
    bad_signatures: dict[str, list[Problem]] = {}
    for raw in records.checkpoints:
        try:
            cp = parse(raw)
        except ValueError:
            continue
        writer, seq = str(cp.get("writer", "")), _int(cp.get("seq"))
        if cp.get("type") == CHECKPOINT and checkpoint_signed(public_key, cp) and seq >= 0:
            by_writer.setdefault(writer, []).append(cp)
        else:
            bad_signatures.setdefault(writer, []).append(
                Problem(max(seq, 0), "bad_checkpoint_signature")
            )
    names = set(records.entries) | records.writers | set(by_writer) | set(bad_signatures)
    return {
        w: _verify_writer(
            w, records.entries.get(w, ()), by_writer.get(w, []),
            bad_signatures.get(w, []), audit_key,
        )
        for w in sorted(names)
    }


def _verify_writer(
    writer: str,
    raws: Sequence[bytes],
    checkpoints: list[Record],
    problems: list[Problem],
    audit_key: bytes | None,
) -> WriterReport:
    parsed: list[tuple[bytes, Record | None]] = []
    for raw in raws:
        try:
            parsed.append((raw, parse(raw)))
        except ValueError:
            parsed.append((raw, None))
    seqs = [_int(rec.get("seq")) if rec else -1 for _, rec in parsed]
    heads: dict[int, tuple[str, str]] = {0: ("", "")}
    expected, prev = 1, ""
    key = initial_key(audit_key, writer) if audit_key is not None else None
    first = parsed[0][1] if parsed else None
    if first is not None and seqs[0] > 1:  # trimmed at a checkpoint boundary?
        anchor = [
            c for c in checkpoints
            if _int(c.get("seq")) == seqs[0] - 1 and c.get("head") == first.get("prev")
        ]
        if anchor:
            expected, prev = seqs[0], str(first.get("prev"))
            heads = {expected - 1: (prev, str(anchor[0].get("head_mac", "")))}
            key = key_at(audit_key, writer, expected - 1) if audit_key is not None else None
    for i, (raw, rec) in enumerate(parsed):
        problem = _check_entry(writer, rec, seqs[i], expected, prev, key, seqs[i + 1 :])
        if problem is not None:
            problems.append(problem)
            break
        assert rec is not None  # noqa: S101 - _check_entry returned a problem otherwise
        prev, expected = entry_hash(raw), expected + 1
        heads[expected - 1] = (prev, str(rec.get("mac")))
        key = ratchet(key) if key is not None else None
    for cp in checkpoints:
        seq = _int(cp.get("seq"))
        if seq in heads and heads[seq] != (cp.get("head"), cp.get("head_mac")):
            problems.append(Problem(seq, "checkpoint_mismatch"))
    return WriterReport(
        writer=writer,
        entries=len(parsed),
        tail_seq=max(seqs, default=0),
        checkpoint_seq=max((_int(c.get("seq")) for c in checkpoints), default=0),
        macs_checked=audit_key is not None,
        problems=tuple(sorted(set(problems), key=lambda p: (p.seq, p.reason))),
    )


def _check_entry(
    writer: str,
    rec: Record | None,
    seq: int,
    expected: int,
    prev: str,
    key: bytes | None,
    later: Sequence[int],
) -> Problem | None:
    if rec is None or rec.get("type") != ENTRY:
        return Problem(expected, "malformed")
    if rec.get("writer") != writer:
        return Problem(expected, "wrong_writer")
    if seq != expected:
        reordered = seq < expected or expected in later
        return Problem(expected, "sequence_reorder" if reordered else "sequence_gap")
    if rec.get("prev") != prev:
        return Problem(seq, "hash_link")
    if key is not None and not mac_matches(key, rec):
        return Problem(seq, "mac_mismatch")
    return None


async def _read_stream(redis: Redis, key: str, fieldname: str, batch: int) -> list[bytes]:
    out: list[bytes] = []
    start = "-"
    while True:
        rows = await redis.xrange(key, min=start, max="+", count=batch)
        if not rows:
            return out
        for _, values in rows:
            fields = {_text(k): v for k, v in (values or {}).items()}
            value = fields.get(fieldname)
            out.append(value.encode() if isinstance(value, str) else bytes(value or b""))
        start = "(" + _text(rows[-1][0] or "")
        if len(rows) < batch:
            return out


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else -1
