"""The audit trail: one hash-linked, ratcheting-HMAC chain per writer with signed checkpoints,
failing closed (no entry, no action); its events, its JSON-lines sink, queries and the
offline verifier.
"""

from __future__ import annotations

from proxy.audit import events
from proxy.audit.events import TokenRef
from proxy.audit.query import AuditFilter, query
from proxy.audit.verify import AuditRecords, Disagreement, WriterReport, compare, load_redis, load_sink, verify
from proxy.audit.writer import AuditEvent, AuditFailure, AuditWriter, Outcome

__all__ = [
    "AuditEvent",
    "AuditFailure",
    "AuditFilter",
    "AuditRecords",
    "AuditWriter",
    "Disagreement",
    "Outcome",
    "TokenRef",
    "WriterReport",
    "compare",
    "events",
    "load_redis",
    "load_sink",
    "query",
    "verify",
]
