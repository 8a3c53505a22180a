"""The audit writer: one tamper-evident chain per Veil process, failing closed.

Every use, reveal, tokenisation, erasure, export, key or policy operation, login and
denied attempt becomes an `AuditEvent`, appended by this process's `AuditWriter` to its
own Redis stream `audit:{<writer id>}` and to the JSON-lines sink a SIEM reads. The byte
format and key schedule live in `proxy.audit.chain` (docs/design.md "Audit", docs/decisions.md 16).

Invariants:
- An event never holds a value: only names, entity types, tokens (or their keyed digest,
  the caller's choice), the internal random subject id and short codes.
- `append` returns only once the entry is in Redis. If it cannot be written it raises
  `AuditError`, so the caller refuses the use or reveal (fail closed), reports through
  `on_failure`, and leaves seq, head and key where they were.
- Appends are serialised by one lock: one process, one chain, no cross-process race.
- The sink line is one write(2) on an open O_APPEND file (proxy/audit/sink.py), in chain
  order, before `append` returns; a sink failure is reported, the entry stands (Redis is
  the record).
- Only the current ratchet key is kept; the audit key itself is not retained.
- Each checkpoint names every registered writer's tail (seq and head hash) as Redis holds
  it (`roster`), and the one written at close says `final`: removing a writer, its stream
  or the tail of the sink leaves signed evidence elsewhere (proxy/audit/verify.py).
- A write whose outcome is unknown (a timeout after XADD was sent) is settled before the
  next one: if Redis holds it, the chain adopts it (it may record an action that was then
  refused, never the reverse); if not, it is dropped.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.alerts import Alert
from proxy.audit.chain import (
    ENTRY,
    Record,
    canonical,
    entry_hash,
    entry_mac,
    initial_key,
    ratchet,
    sign_checkpoint,
)
from proxy.audit.sink import SinkWriter
from proxy.errors import AuditError
from proxy.kv import keyspace

logger = logging.getLogger("veil.audit")

Outcome = Literal["allowed", "denied", "error"]
Stage = Literal["append", "sink", "checkpoint", "checkpoint_sink", "settle"]
OUTCOMES: Final = frozenset({"allowed", "denied", "error"})
ENTRY_FIELD: Final = "e"
CHECKPOINT_FIELD: Final = "c"
ROSTER_MAX: Final = 200  # writers named per checkpoint: the newest by start time
_ACTION = re.compile(r"[a-z][a-z_]{1,31}")
_ENTITY = re.compile(r"[A-Z][A-Z0-9_]{1,40}")
_NAME = re.compile(r"[A-Za-z0-9_.:@/+=-]{0,160}")
_CODE = re.compile(r"[A-Za-z0-9_.:-]{0,64}")
_REDIS_FAILURES = (RedisError, OSError, TimeoutError)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEvent:
    """One audited action. Identifiers and codes only: a field that fails its grammar is
    refused with a message naming the field, never echoing what was passed."""

    actor: str  # service or admin name
    action: str  # reveal, use, tokenize, erase, export, key_rotate, policy_change, login…
    tenant: str
    outcome: Outcome
    entities: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()  # tokens or their keyed digests, as the caller chose
    subject: str = ""  # internal random subject id
    purpose: str = ""
    request_id: str = ""
    reason: str = ""  # short code: "granted", "no_grant", "honey_token", …
    time: datetime = field(default_factory=_now)

    def __post_init__(self) -> None:
        checks: list[tuple[str, bool]] = [
            ("action", _ACTION.fullmatch(self.action) is not None),
            ("outcome", self.outcome in OUTCOMES),
            ("actor", bool(self.actor) and _NAME.fullmatch(self.actor) is not None),
            ("entities", all(_ENTITY.fullmatch(e) for e in self.entities)),
            ("tokens", all(t and _NAME.fullmatch(t) for t in self.tokens)),
            ("time", self.time.tzinfo is not None),
        ]
        for name in ("tenant", "subject", "purpose", "request_id", "reason"):
            checks.append((name, _CODE.fullmatch(getattr(self, name)) is not None))
        bad = [name for name, ok in checks if not ok]
        if bad:
            raise ValueError(f"invalid audit event field(s): {', '.join(bad)}")

    def record(self) -> Record:
        return {
            "time": self.time.astimezone(UTC).isoformat(timespec="milliseconds"),
            "actor": self.actor,
            "action": self.action,
            "tenant": self.tenant,
            "entities": list(self.entities),
            "tokens": list(self.tokens),
            "subject": self.subject,
            "purpose": self.purpose,
            "outcome": self.outcome,
            "request_id": self.request_id,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class AuditFailure:
    """What `on_failure` receives: where the trail broke, without any event content
    beyond its action and tenant (the alert sink turns it into an alert)."""

    writer_id: str
    stage: Stage
    error: str  # exception class name
    action: str = ""
    tenant: str = ""

    def alert(self) -> Alert:
        """The alert for this failure: the action the entry guarded was refused."""
        return Alert(
            kind="audit_failure",
            severity="error",
            tenant=self.tenant,
            detail={"writer": self.writer_id, "stage": self.stage, "error": self.error, "action": self.action},
        )


FailureHook = Callable[[AuditFailure], None]


def default_writer_id() -> str:
    """host:pid:start-ms: unique per process, so each process owns exactly one chain."""
    return f"{socket.gethostname()}:{os.getpid()}:{int(time.time() * 1000)}"


@dataclass(slots=True)
class _Pending:
    seq: int
    raw: bytes
    mac: str


def _as_bytes(value: bytes | str) -> bytes:
    return value.encode() if isinstance(value, str) else value


def _started(writer_id: str) -> int:
    """The start time (ms) a default writer id ends with; 0 for any other id."""
    tail = writer_id.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


class AuditWriter:
    """This process's chain. Create one at start-up, `close()` it at shutdown."""

    def __init__(
        self,
        redis: Redis,
        *,
        audit_key: bytes,
        signing_key: Ed25519PrivateKey,
        sink: Path | None = None,
        writer_id: str | None = None,
        on_failure: FailureHook | None = None,
        timeout_s: float = 2.0,
    ) -> None:
        self.writer_id = writer_id or default_writer_id()
        if any(c in self.writer_id for c in "{}\n") or len(self.writer_id) > 200:
            raise ValueError("writer id must be ≤ 200 characters without braces or newlines")
        self._redis = redis
        self._key = bytearray(initial_key(audit_key, self.writer_id))
        self._signing_key = signing_key
        self._sink = None if sink is None else SinkWriter(sink)
        self._on_failure = on_failure
        self._timeout_s = timeout_s
        self._lock = asyncio.Lock()
        self._seq = 0
        self._head = ""
        self._head_mac = ""
        self._pending: _Pending | None = None
        self._registered = False
        self._closed = False

    @property
    def seq(self) -> int:
        """Sequence number of the last committed entry (0 before the first)."""
        return self._seq

    @property
    def head(self) -> str:
        """SHA-256 hex of the last committed entry ("" before the first)."""
        return self._head

    async def append(self, event: AuditEvent) -> int:
        """Commit one entry and return its sequence number, or raise `AuditError`."""
        async with self._lock:
            if self._closed:
                raise AuditError("audit writer is closed")
            await self._settle_pending()
            seq = self._seq + 1
            body = event.record() | {"type": ENTRY, "seq": seq, "writer": self.writer_id, "prev": self._head}
            mac = entry_mac(self._key, body)
            raw = canonical(body | {"mac": mac})
            try:
                async with asyncio.timeout(self._timeout_s):
                    await self._register()
                    await self._redis.xadd(keyspace.audit_chain(self.writer_id), {ENTRY_FIELD: raw}, id=f"0-{seq}")
            except _REDIS_FAILURES as exc:
                self._pending = _Pending(seq, raw, mac)
                self._fail("append", exc, event.action, event.tenant)
                raise AuditError("audit entry could not be written") from exc
            self._commit(seq, raw, mac)
            return seq

    async def checkpoint(self) -> None:
        """Sign the current head into Redis and the sink; `AuditError` if either failed."""
        async with self._lock:
            if self._closed:
                raise AuditError("audit writer is closed")
            await self._checkpoint_locked()

    async def run_checkpoints(self, interval_s: float) -> None:
        """Background task: checkpoint every `interval_s` until cancelled or closed.
        Failures were already reported through `on_failure`; the next tick retries.

        A checkpoint is never cut in half by the cancellation: cancelled mid-write, it
        would be in Redis but not in the sink (or the reverse), and a cancel landing in
        asyncio.timeout's exit can be mistaken for the timeout and swallowed, leaving this
        loop running. So the write is shielded; a stop waits for it, then stops."""
        while not self._closed:
            await asyncio.sleep(interval_s)
            if self._closed:
                return
            attempt = asyncio.ensure_future(self._checkpoint_quietly())
            try:
                await asyncio.shield(attempt)
            except asyncio.CancelledError:
                await asyncio.wait({attempt})
                raise

    async def _checkpoint_quietly(self) -> None:
        try:
            await self.checkpoint()
        except AuditError:
            logger.warning("audit checkpoint failed; retrying next interval")

    async def close(self) -> None:
        """Write the final checkpoint (raising `AuditError` if it failed), then refuse
        further appends and drop the key."""
        async with self._lock:
            if self._closed:
                return
            try:
                await self._checkpoint_locked(final=True)
            finally:
                self._closed = True
                if self._sink is not None:
                    self._sink.close()
                self._key[:] = bytes(len(self._key))

    # --- internals (called with the lock held) -------------------------------------
    async def _register(self) -> None:
        if not self._registered:
            await self._redis.sadd(keyspace.audit_writers(), self.writer_id)
            self._registered = True

    def _commit(self, seq: int, raw: bytes, mac: str) -> None:
        self._seq, self._head, self._head_mac = seq, entry_hash(raw), mac
        old, self._key = self._key, bytearray(ratchet(self._key))
        old[:] = bytes(len(old))
        self._pending = None
        self._to_sink(raw, "sink")

    async def _settle_pending(self) -> None:
        """Decide an unknown write from the stream's tail before writing the next one."""
        pending = self._pending
        if pending is None:
            return
        try:
            async with asyncio.timeout(self._timeout_s):
                rows = await self._redis.xrevrange(keyspace.audit_chain(self.writer_id), count=1)
        except _REDIS_FAILURES as exc:
            self._fail("settle", exc)
            raise AuditError("audit chain state could not be read") from exc
        last_id, fields = rows[0] if rows else (b"0-0", {})
        last_seq = int(_as_bytes(last_id or b"0-0").split(b"-")[1])
        if last_seq < pending.seq:
            self._pending = None
            return
        stored = {_as_bytes(k): _as_bytes(v) for k, v in (fields or {}).items()}
        if last_seq > pending.seq or stored.get(ENTRY_FIELD.encode()) != pending.raw:
            self._fail("settle", AuditError("foreign entry"))
            raise AuditError("audit chain holds an entry this writer did not write")
        self._commit(pending.seq, pending.raw, pending.mac)

    async def _checkpoint_locked(self, *, final: bool = False) -> None:
        await self._settle_pending()
        body: Record = {
            "writer": self.writer_id,
            "seq": self._seq,
            "head": self._head,
            "head_mac": self._head_mac,
            "time": _now().isoformat(timespec="milliseconds"),
        }
        if final:
            body["final"] = True
        redis_ok = True
        raw = b""
        try:
            async with asyncio.timeout(self._timeout_s):
                await self._register()
                body["roster"] = await self._roster()
                raw = canonical(sign_checkpoint(self._signing_key, body))
                await self._redis.xadd(keyspace.audit_checkpoints(self.writer_id), {CHECKPOINT_FIELD: raw})
        except _REDIS_FAILURES as exc:
            redis_ok = False
            self._fail("checkpoint", exc, "checkpoint")
        if not raw:  # the roster could not be read: the sink still gets this writer's head
            raw = canonical(sign_checkpoint(self._signing_key, body))
        sink_ok = self._to_sink(raw, "checkpoint_sink")
        if not (redis_ok and sink_ok):
            raise AuditError("audit checkpoint could not be written")

    async def _roster(self) -> list[str]:
        """Every registered writer's tail as Redis holds it now, "<seq> <head> <writer id>",
        signed into this checkpoint: a writer whose chain is later deleted, renamed or cut
        short (and removed from `audit:writers`) stays named, with its head, by the
        checkpoints of every other writer, in Redis and in the sink (docs/security.md,
        "Audit writers that vanish"). The newest `ROSTER_MAX` writers by start time."""
        members = {_as_bytes(m).decode() for m in await self._redis.smembers(keyspace.audit_writers())}
        members.add(self.writer_id)
        writers = sorted(members, key=_started, reverse=True)[:ROSTER_MAX]
        async with self._redis.pipeline(transaction=False) as pipe:
            for writer in writers:
                pipe.xrevrange(keyspace.audit_chain(writer), count=1)
            tails = await pipe.execute()
        roster: list[str] = []
        for writer, rows in zip(writers, tails, strict=True):
            if writer == self.writer_id:
                roster.append(f"{self._seq} {self._head} {writer}")
            elif rows:
                last_id, fields = rows[0]
                seq = int(_as_bytes(last_id).split(b"-")[1])
                stored = {_as_bytes(k): _as_bytes(v) for k, v in (fields or {}).items()}
                roster.append(f"{seq} {entry_hash(stored.get(ENTRY_FIELD.encode(), b''))} {writer}")
        return sorted(roster, key=lambda line: line.split(" ", 2)[2])

    def _to_sink(self, raw: bytes, stage: Literal["sink", "checkpoint_sink"]) -> bool:
        """Append one line to the SIEM sink (proxy/audit/sink.py: one write(2), no thread
        hop). An entry is committed once it is in Redis, so a sink failure is reported but
        does not undo it."""
        if self._sink is None:
            return True
        try:
            self._sink.write(raw)
        except OSError as exc:
            self._fail(stage, exc)
            return False
        return True

    def _fail(self, stage: Stage, exc: BaseException, action: str = "", tenant: str = "") -> None:
        failure = AuditFailure(self.writer_id, stage, type(exc).__name__, action, tenant)
        logger.error(
            "audit %s failed (%s)",
            stage,
            failure.error,
            extra={"writer": self.writer_id, "audit_stage": stage},
        )
        if self._on_failure is None:
            return
        try:
            self._on_failure(failure)
        except Exception:  # a broken alert channel must not mask the AuditError
            logger.exception("audit failure hook raised")
