"""Reading the audit trail back: the admin API's audit query and a subject's access report.

Every Veil process writes its own chain (`audit:{<writer>}`); this module reads every
chain in Redis (the writer set, plus a SCAN so a chain missing from the set is still
read), keeps entries matching a filter and returns them oldest first. Entries hold no
values (writer.py), so nothing here can leak one. It reads; it never verifies: that is
`veil audit verify`'s job. Cost is linear in the stored trail, which suits a DPO's
query, not a hot path; trim the trail at checkpoints to bound it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from proxy.audit.chain import ENTRY
from proxy.audit.writer import ENTRY_FIELD
from proxy.kv import as_bytes, as_str, keyspace

PAGE = 1000


@dataclass(frozen=True, slots=True)
class AuditFilter:
    tenant: str | None = None
    actor: str | None = None
    action: str | None = None
    subject: str | None = None
    tokens: Collection[str] = ()  # match entries naming any of these tokens (or the subject)
    since: str | None = None  # ISO-8601, compared as text (entries are UTC, same format)
    until: str | None = None
    outcome: str | None = None

    def matches(self, entry: dict[str, Any]) -> bool:
        checks = ((self.tenant, "tenant"), (self.actor, "actor"), (self.action, "action"),
                  (self.outcome, "outcome"))
        if any(want is not None and entry.get(key) != want for want, key in checks):
            return False
        when = str(entry.get("time", ""))
        if (self.since and when < self.since) or (self.until and when > self.until):
            return False
        if self.subject is None and not self.tokens:
            return True
        if self.subject is not None and entry.get("subject") == self.subject:
            return True
        return bool(self.tokens) and not set(entry.get("tokens", ())).isdisjoint(self.tokens)


async def _chains(redis: Redis) -> list[str]:
    writers = {as_str(w) for w in await redis.smembers(keyspace.audit_writers())}
    async for key in redis.scan_iter(match=keyspace.audit_chain_pattern(), count=1000):
        writer = keyspace.audit_writer_of(as_str(key))
        if writer is not None and not as_str(key).endswith(":checkpoints"):
            writers.add(writer)
    return sorted(keyspace.audit_chain(w) for w in writers)


async def _entries(redis: Redis, chain: str) -> AsyncIterator[dict[str, Any]]:
    start = "-"
    while True:
        rows = await redis.xrange(chain, min=start, max="+", count=PAGE) or []
        for _id, fields in rows:
            raw = {as_str(k): v for k, v in (fields or {}).items()}.get(ENTRY_FIELD)
            if raw is None:
                continue
            try:
                entry = json.loads(as_bytes(raw))
            except ValueError:
                continue
            if isinstance(entry, dict) and entry.get("type") == ENTRY:
                yield entry
        if len(rows) < PAGE:
            return
        start = "(" + as_str(rows[-1][0])


def _public(entry: dict[str, Any]) -> dict[str, Any]:
    keep = ("time", "actor", "action", "tenant", "entities", "tokens", "subject", "purpose", "outcome",
            "reason", "request_id", "writer", "seq")
    return {k: entry.get(k) for k in keep}


async def query(redis: Redis, flt: AuditFilter, *, limit: int = 1000) -> list[dict[str, Any]]:
    """Matching entries, oldest first, at most `limit` (the newest ones when cut)."""
    found: list[dict[str, Any]] = []
    for chain in await _chains(redis):
        async for entry in _entries(redis, chain):
            if flt.matches(entry):
                found.append(_public(entry))
    found.sort(key=lambda e: (str(e.get("time")), str(e.get("writer")), int(e.get("seq") or 0)))
    return found[-limit:] if limit > 0 else found
