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

Writers vouch for each other: every checkpoint's signed `roster` names each registered
writer's tail (seq and head hash) as Redis held it. A roster claim counts like that
writer's own checkpoint for truncation (a writer whose chain was renamed away and removed
from `audit:writers` is reported, with nothing stored, at the claimed seq) and its head
must match the stored entry. A writer whose last checkpoint says `final` was closed; any
other may still be running, may have crashed, or may end where someone cut the sink, which
only a second source can tell (`compare`).
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
    closed: bool = False  # its last own checkpoint says `final` and covers the stored tail
    last_time: str = ""  # ISO time of its latest entry or own checkpoint ("" if none)

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
    vault_in_use: bool = False  # Redis: the vault recorded its keys (a Veil has run on it)

    def with_checkpoints(self, more: Iterable[bytes]) -> AuditRecords:
        """These entries judged against checkpoints from another source too (the sink)."""
        merged = tuple(dict.fromkeys((*self.checkpoints, *more)))
        return AuditRecords(self.entries, merged, self.writers, self.unreadable_lines, self.vault_in_use)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One writer the two sources tell differently about: its tail in each (0: none)."""

    writer: str
    tails: tuple[tuple[str, int], tuple[str, int]]

    def describe(self) -> str:
        (a, ta), (b, tb) = self.tails
        if not ta or not tb:
            has, lacks = (a, b) if ta else (b, a)
            return f"{self.writer}: entries up to seq {max(ta, tb)} in {has}, none in {lacks}"
        return f"{self.writer}: {a} ends at seq {ta}, {b} at seq {tb}"


def compare(a: tuple[str, Mapping[str, WriterReport]], b: tuple[str, Mapping[str, WriterReport]]) -> list[Disagreement]:
    """Writers whose stored tail differs between two sources (the sink and Redis): a writer
    removed from one, or one cut short. Redis may drop a chain's oldest entries at a
    checkpoint, never its tail, so only tails are compared."""
    (name_a, reports_a), (name_b, reports_b) = a, b
    out = []
    for writer in sorted(set(reports_a) | set(reports_b)):
        ta = reports_a[writer].tail_seq if writer in reports_a else 0
        tb = reports_b[writer].tail_seq if writer in reports_b else 0
        if ta != tb:
            out.append(Disagreement(writer, ((name_a, ta), (name_b, tb))))
    return out


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
    in_use = bool(await redis.exists(keyspace.meta()))
    return AuditRecords(entries, tuple(checkpoints), frozenset(writers), vault_in_use=in_use)


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
    claims: dict[str, list[tuple[int, str]]] = {}
    bad_signatures: dict[str, list[Problem]] = {}
    for raw in records.checkpoints:
        try:
            cp = parse(raw)
        except ValueError:
            continue
        writer, seq = str(cp.get("writer", "")), _int(cp.get("seq"))
        if cp.get("type") == CHECKPOINT and checkpoint_signed(public_key, cp) and seq >= 0:
            by_writer.setdefault(writer, []).append(cp)
            for named, claim in roster_claims(cp):
                if named != writer:
                    claims.setdefault(named, []).append(claim)
        else:
            bad_signatures.setdefault(writer, []).append(Problem(max(seq, 0), "bad_checkpoint_signature"))
    names = (
        set(records.entries)
        | records.writers
        | set(by_writer)
        | set(bad_signatures)
        | {w for w, cs in claims.items() if any(seq > 0 for seq, _ in cs)}
    )
    return {
        w: _verify_writer(
            w,
            records.entries.get(w, ()),
            by_writer.get(w, []),
            bad_signatures.get(w, []),
            audit_key,
            claims.get(w, []),
        )
        for w in sorted(names)
    }


def roster_claims(checkpoint: Mapping[str, object]) -> list[tuple[str, tuple[int, str]]]:
    """(writer, (seq, head)) for each well-formed line of a checkpoint's `roster`."""
    roster = checkpoint.get("roster")
    out: list[tuple[str, tuple[int, str]]] = []
    for line in roster if isinstance(roster, list) else []:
        parts = line.split(" ", 2) if isinstance(line, str) else []
        if len(parts) == 3 and parts[0].isdigit():
            out.append((parts[2], (int(parts[0]), parts[1])))
    return out


def _verify_writer(
    writer: str,
    raws: Sequence[bytes],
    checkpoints: list[Record],
    problems: list[Problem],
    audit_key: bytes | None,
    claims: Sequence[tuple[int, str]] = (),
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
        anchor = [c for c in checkpoints if _int(c.get("seq")) == seqs[0] - 1 and c.get("head") == first.get("prev")]
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
    for seq, head in claims:  # another writer's signed word for this chain's head
        if seq in heads and heads[seq][0] != head:
            problems.append(Problem(seq, "checkpoint_mismatch"))
    tail = max(seqs, default=0)
    own = max((_int(c.get("seq")) for c in checkpoints), default=0)
    last = max(checkpoints, key=lambda c: (_int(c.get("seq")), str(c.get("time", ""))), default=None)
    return WriterReport(
        writer=writer,
        entries=len(parsed),
        tail_seq=tail,
        checkpoint_seq=max([own, *(seq for seq, _ in claims)]),
        macs_checked=audit_key is not None,
        problems=tuple(sorted(set(problems), key=lambda p: (p.seq, p.reason))),
        closed=last is not None and last.get("final") is True and _int(last.get("seq")) == tail,
        last_time=max(
            [str(r.get("time", "")) for _, r in parsed if r] + [str(c.get("time", "")) for c in checkpoints], default=""
        ),
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
