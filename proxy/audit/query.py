"""Reading the audit trail back: the admin API's audit query and a subject's access report.

Every Veil process writes its own chain (`audit:{<writer>}`) and registers it in the writer
set; this module reads the chains the set names, keeps entries matching a filter and returns
them oldest first. Entries hold no values (writer.py), so nothing here can leak one. It
reads; it never verifies: a chain removed from the set (or renamed, or cut short) is
tampering that `veil audit verify` reports from the other writers' signed rosters. An
earlier version also SCANned the keyspace for chains missing from the set: on a vault of a
million tokens that SCAN alone cost seconds per query (docs/performance.md, the console).

Each chain is read newest first and left as soon as it can add nothing: once it has given
`limit` matches (the answer keeps the newest `limit` of all chains), or once its entries are
older than `since` (one writer appends in its own clock's order). Cost is then bounded by
the entries in the asked window, not by the whole trail.
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
        checks = ((self.tenant, "tenant"), (self.actor, "actor"), (self.action, "action"), (self.outcome, "outcome"))
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
    return sorted(keyspace.audit_chain(w) for w in writers)


async def _newest_first(redis: Redis, chain: str) -> AsyncIterator[dict[str, Any]]:
    end = "+"
    while True:
        rows = await redis.xrevrange(chain, max=end, min="-", count=PAGE) or []
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
        end = "(" + as_str(rows[-1][0])


def _public(entry: dict[str, Any]) -> dict[str, Any]:
    keep = (
        "time",
        "actor",
        "action",
        "tenant",
        "entities",
        "tokens",
        "subject",
        "purpose",
        "outcome",
        "reason",
        "request_id",
        "writer",
        "seq",
    )
    return {k: entry.get(k) for k in keep}


async def query(redis: Redis, flt: AuditFilter, *, limit: int = 1000) -> list[dict[str, Any]]:
    """Matching entries, oldest first, at most `limit` (the newest ones when cut; 0: all)."""
    found: list[dict[str, Any]] = []
    for chain in await _chains(redis):
        taken = 0
        async for entry in _newest_first(redis, chain):
            if flt.since and str(entry.get("time", "")) < flt.since:
                break
            if flt.matches(entry):
                found.append(_public(entry))
                taken += 1
                if 0 < limit <= taken:
                    break
    found.sort(key=lambda e: (str(e.get("time")), str(e.get("writer")), int(e.get("seq") or 0)))
    return found[-limit:] if limit > 0 else found
