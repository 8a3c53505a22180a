"""Access requests (GDPR art. 15): a subject's export and the DSAR helper.

`export_subject` returns everything Veil holds on one subject: each token with its
entity and value (as first seen), the aliases (count of alias hashes, and the
identifier values among the tokens: a Redis copy holds aliases only as keyed hashes).
It also lists who received the subject's data through inbound delivery: per subscriber,
the tokens it was sent and each event (id, when it was queued, when the subscriber took
it), from the delivery records the inbound path keeps in the subject's slot.
The caller adds the access report, read from the audit trail (who used, revealed,
tokenised, exported or erased what, when, for which purpose and with which outcome), and
the subject's events still pending in the inbound stores: the audit and inbound packages
sit above the vault, so the vault never reads them.

`dsar_detokenize` answers "detokenise this CRM export for subject X": it finds every
token in the text (any shape), and refuses the whole request, naming the tokens, if
one of them belongs to another subject, so a DSAR answer can never carry a second
person's data. Unknown tokens are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from proxy.errors import PermissionDenied, TokenError
from proxy.kv import as_str, keyspace
from proxy.vault.admin import VaultAdmin
from proxy.vault.entities import IDENTIFIER_ENTITIES
from proxy.vault.tokens import parse
from proxy.vault.vault import Revealed, Vault

# Every token shape a CRM export may hold; each candidate is confirmed by tokens.parse.
_CANDIDATES = re.compile(
    r"tok_[a-z][a-z0-9_]{1,40}_[a-z2-7]{26}|wamid\.[a-z2-7]{26}|[a-z2-7]{26}@tokens\.invalid"
    r"|QZ\.(?:ENT\.)?\d{20}|\+?\d{15}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TokenSpan:
    """A token in a text: where it stands, and its canonical form."""

    start: int
    end: int
    canonical: str


def find_tokens(text: str, *, phone_prefix: int) -> list[TokenSpan]:
    out = []
    for m in _CANDIDATES.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if (before.isalnum() or before == "_") or (after.isalnum() or after == "_"):
            continue
        try:
            parsed = parse(m.group(0), phone_prefix=phone_prefix)
        except TokenError:
            continue
        if parsed is not None:
            out.append(TokenSpan(m.start(), m.end(), parsed.canonical))
    return out


async def deliveries(redis: Redis, tenant: str, subject: str) -> list[dict[str, Any]]:
    """Per subscriber that was sent the subject's data: the tokens, and each event with the
    times it was queued and taken (ms; absent: not yet, or before such records were kept)."""
    record = await redis.hgetall(keyspace.subject_deliveries(tenant, subject))
    events: dict[str, dict[str, dict[str, Any]]] = {}
    for raw_field, raw_ms in record.items():
        name, event_id, what = as_str(raw_field).rsplit("|", 2)
        event = events.setdefault(name, {}).setdefault(event_id, {"event_id": event_id})
        event["delivered_at_ms" if what == "d" else "queued_at_ms"] = int(as_str(raw_ms))
    sent: dict[str, list[str]] = {}
    head = keyspace.subject_sent(tenant, subject, "")
    async for key in redis.scan_iter(match=keyspace.subject_sent(tenant, subject, "*"), count=100):
        sent[as_str(key)[len(head) :]] = sorted(as_str(t) for t in await redis.smembers(key))
    return [
        {
            "subscriber": name,
            "tokens": sent.get(name, []),
            "events": sorted(events.get(name, {}).values(), key=lambda e: e.get("queued_at_ms", 0)),
        }
        for name in sorted(set(sent) | set(events))
    ]


async def export_subject(admin: VaultAdmin, tenant: str, subject: str) -> dict[str, Any]:
    exported = await admin.export(tenant, subject)
    items = [{"token": r.token, "entity": r.entity, "value": r.value} for r in exported.items]
    return {
        "tenant": tenant,
        "subject": subject,
        "tokens": items,
        "aliases": {
            "count": exported.aliases,
            "identifiers": [i for i in items if i["entity"] in IDENTIFIER_ENTITIES],
        },
        "deliveries": await deliveries(admin.redis, tenant, subject),
    }


async def dsar_detokenize(vault: Vault, tenant: str, subject: str, text: str) -> tuple[str, list[Revealed]]:
    """The text with this subject's tokens put back; PermissionDenied if another's is in it."""
    found = find_tokens(text, phone_prefix=vault.settings.phone_token_prefix)
    unique = sorted({f.canonical for f in found})
    results = await vault.reveal(tenant, unique)
    revealed = {r.token: r for r in results if isinstance(r, Revealed)}
    foreign = sorted(t for t, r in revealed.items() if r.subject != subject)
    if foreign:
        raise PermissionDenied(
            "cross_subject_token", "the export holds tokens of another subject: " + ", ".join(foreign[:20])
        )
    parts, last = [], 0
    for f in found:
        hit = revealed.get(f.canonical)
        if hit is None:
            continue
        parts += [text[last : f.start], hit.value]
        last = f.end
    parts.append(text[last:])
    return "".join(parts), list(revealed.values())
