"""Erasure's reach into the inbound path: sealed updates and delivery queues.

The vault's `Eraser` hands each purger an `ErasureTarget` (the subject's alias hashes,
tokens and values in clear); the runtime binds these two to this process's stores.

`purge_sealed` removes the subject's sealed updates from the ingress shards and the
quarantine of every tenant and of `_unrouted`:
- an entry indexed by one of the subject's alias hashes (the erased tenant's own) goes;
- an entry with no alias (a body Veil could not parse, a part of unknown shape), and
  any quarantined entry of another tenant or `_unrouted` (whose hashes are keyed under
  another tenant's key, so they cannot be compared), is opened with its tenant's ingress
  key and goes if its plaintext names one of the subject's values (`mentions`);
- an entry indexed by another customer's aliases stays, whatever it mentions: it is that
  customer's update (docs/security.md says what this leaves).
An entry that no longer opens (its master-key version retired) is unreadable already.

`purge_deliveries` removes the subject's events from every subscriber of the tenant,
queued and dead-lettered: events carry the subject id they were routed by (field `s`);
an event queued before that field existed goes if its body holds one of the subject's
tokens. All of a subject's events sit in one partition per subscriber.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from proxy.config import Settings
from proxy.errors import DecryptError, KeyMaterialError, VaultError, VaultUnavailable
from proxy.inbound.ingress import GROUP as TOKENIZE_GROUP
from proxy.inbound.ingress import UNROUTED, IngressStore, purge_subject
from proxy.inbound.ingress_entry import IngressEntry, aliases_of
from proxy.inbound.queue import partition_of
from proxy.inbound.sender import GROUP as SEND_GROUP
from proxy.kv import as_bytes, as_str, entry_ms, keyspace
from proxy.vault import ErasureTarget

SCAN = 500
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_DIGIT_RUN = re.compile(r"\+?\d[\d ().\-]{5,}\d")
_NOT_DIGIT = re.compile(r"\D")
Fields = dict[str, bytes]


def searchable(plain: bytes) -> str:
    """Text to search: the bytes as text with JSON's \\uXXXX escapes decoded, so "M\\u00fcller"
    reads "Müller" (whole or truncated JSON alike; no parse needed)."""
    text = plain.decode("utf-8", errors="replace")
    return _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "\\u" in text else text


def mentions(values: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a text names one of the values: as a whole word (case-insensitive),
    or, for a value of seven digits or more, as a run of digits however it is spaced or
    punctuated ("+39 333 123-4567" names 393331234567). Compiled once per erasure."""
    words = sorted({v.strip().casefold() for v in values if len(v.strip()) >= 3}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") if words else None
    numbers = {d for d in (_NOT_DIGIT.sub("", v) for v in values) if len(d) >= 7}

    def names(text: str) -> bool:
        if pattern is not None and pattern.search(text.casefold()):
            return True
        return bool(numbers) and any(_NOT_DIGIT.sub("", m.group(0)) in numbers for m in _DIGIT_RUN.finditer(text))

    return names


async def _entries(redis: Redis, stream: str) -> list[tuple[str, Fields]]:
    out: list[tuple[str, Fields]] = []
    start = "-"
    while True:
        batch: Any = await redis.xrange(stream, min=start, max="+", count=SCAN)
        if not batch:
            return out
        out += [(as_str(i), {as_str(k): v for k, v in (f or {}).items()}) for i, f in batch]
        start = "(" + as_str(batch[-1][0])


async def _open(store: IngressStore, tenant: str, fields: Fields) -> bytes:
    """The plaintext of a sealed entry; b"" when the live keys no longer open it (a retired
    master-key version): then nothing of it can be recovered by anyone either."""
    try:
        entry = IngressEntry.from_fields(fields)
        return await store.open(tenant, entry.event_id, entry.master_version, entry.sealed)
    except VaultUnavailable:
        raise  # fail closed: an erasure that cannot look does not report the entry gone
    except (ValueError, DecryptError, KeyMaterialError, VaultError):
        return b""


async def _names(store: IngressStore, tenant: str, fields: Fields, names: Callable[[str], bool]) -> bool:
    plain = await _open(store, tenant, fields)
    return bool(plain) and names(searchable(plain))


@dataclass(frozen=True, slots=True)
class Pending:
    """One entry of the subject's: where it sits and its stream fields."""

    store: str  # "ingress" | "quarantine" (sealed updates), "queued" | "dead_letter" (events)
    owner: str  # the tenant (sealed) or subscriber (events) whose stream it is in
    slot: int  # shard or partition
    entry_id: str
    fields: Fields

    @property
    def key(self) -> str:
        return {
            "ingress": keyspace.ingress_stream,
            "quarantine": keyspace.ingress_quarantine,
            "queued": keyspace.delivery_stream,
            "dead_letter": keyspace.delivery_dead,
        }[self.store](self.owner, self.slot)


async def _subjects(
    store: IngressStore,
    tenant: str,
    entries: list[tuple[str, Fields]],
    target: ErasureTarget,
    names: Callable[[str], bool],
    *,
    quarantine: bool,
) -> list[tuple[str, Fields]]:
    own = tenant == target.tenant
    found = []
    for entry_id, fields in entries:
        aliases = set(aliases_of(fields))
        if own and aliases & target.alias_hashes:
            found.append((entry_id, fields))
        elif (not aliases or (quarantine and not own)) and target.values:
            if await _names(store, tenant, fields, names):
                found.append((entry_id, fields))
    return found


async def find_sealed(store: IngressStore, settings: Settings, target: ErasureTarget) -> list[Pending]:
    """The subject's sealed updates in every tenant's shards and quarantine (rules above)."""
    out: list[Pending] = []
    names = mentions(target.values)
    for tenant in [*settings.tenant_names(), UNROUTED]:
        for shard in range(settings.ingress.shards):
            for kind, key in (
                ("ingress", keyspace.ingress_stream(tenant, shard)),
                ("quarantine", keyspace.ingress_quarantine(tenant, shard)),
            ):
                entries = await _entries(store.redis, key)
                out += [
                    Pending(kind, tenant, shard, i, f)
                    for i, f in await _subjects(store, tenant, entries, target, names, quarantine=kind == "quarantine")
                ]
    return out


async def purge_sealed(store: IngressStore, settings: Settings, target: ErasureTarget) -> int:
    """Erasure: the subject's sealed updates, in every tenant's shards and quarantine."""
    redis = store.redis
    purged = await purge_subject(redis, target.tenant, target.alias_hashes, shards=settings.ingress.shards)
    for found in await find_sealed(store, settings, target):
        async with redis.pipeline(transaction=False) as pipe:  # one slot: the shard
            pipe.xdel(found.key, found.entry_id)
            if found.store == "ingress":
                pipe.xack(found.key, TOKENIZE_GROUP, found.entry_id)  # NOGROUP when no tokeniser read it yet
                pipe.hdel(keyspace.ingress_attempts(found.owner, found.slot), found.entry_id)
            purged += int((await pipe.execute(raise_on_error=False))[0])
    return purged


def is_subjects(fields: Mapping[str, bytes], target: ErasureTarget, tokens: re.Pattern[bytes] | None) -> bool:
    """Whether a queued event is the subject's: routed by its id, or (queued before events
    named their subject) carrying one of its tokens."""
    routed = fields.get("s")
    if routed is not None:
        return as_str(routed) == target.subject
    return tokens is not None and tokens.search(as_bytes(fields.get("b", b""))) is not None


def token_pattern(tokens: Iterable[str]) -> re.Pattern[bytes] | None:
    found = sorted(tokens, key=len, reverse=True)
    if not found:
        return None
    alternatives = b"|".join(re.escape(t.encode()) for t in found)
    return re.compile(rb"(?<![A-Za-z0-9_])(?:" + alternatives + rb")(?![A-Za-z0-9_])")


async def find_deliveries(redis: Redis, settings: Settings, target: ErasureTarget) -> list[Pending]:
    """The subject's events queued for, or dead-lettered at, every subscriber of its tenant."""
    tokens = token_pattern(target.tokens)
    p = partition_of(target.subject, settings.delivery.partitions)
    out: list[Pending] = []
    for sub in (s for s in settings.subscribers if s.tenant == target.tenant):
        for kind, key in (
            ("queued", keyspace.delivery_stream(sub.name, p)),
            ("dead_letter", keyspace.delivery_dead(sub.name, p)),
        ):
            out += [
                Pending(kind, sub.name, p, i, f)
                for i, f in await _entries(redis, key)
                if is_subjects(f, target, tokens)
            ]
    return out


async def purge_deliveries(redis: Redis, settings: Settings, target: ErasureTarget) -> int:
    """Erasure: the subject's events queued for, or dead-lettered at, every subscriber."""
    purged = 0
    for found in await find_deliveries(redis, settings, target):
        state = keyspace.delivery_state(found.owner, found.slot)
        head = as_str(await redis.hget(state, "head") or b"") if found.store == "queued" else ""
        async with redis.pipeline(transaction=False) as pipe:  # one slot: the partition
            pipe.xdel(found.key, found.entry_id)
            if found.store == "queued":
                pipe.xack(found.key, SEND_GROUP, found.entry_id)  # NOGROUP when no sender read it yet
            if head == found.entry_id:
                pipe.delete(state)
            purged += int((await pipe.execute(raise_on_error=False))[0])
    return purged


async def purge_events_of(redis: Redis, settings: Settings, tenant: str, subject: str) -> int:
    """The subject's queued and dead-lettered events, found by the subject id alone: what an
    erasure notice runs before each attempt (the vault no longer knows the subject's tokens,
    and any event queued since the erasure names its subject)."""
    return await purge_deliveries(redis, settings, ErasureTarget(tenant, subject, frozenset(), frozenset(), ()))


async def pending_events(
    store: IngressStore, settings: Settings, target: ErasureTarget, *, values: bool = False
) -> list[dict[str, object]]:
    """What an access request lists of the subject beyond the vault: its sealed updates not yet
    tokenised or quarantined, and its events queued or dead-lettered, as metadata (where,
    event id, when, reason); with `values`, a sealed update's plaintext and an event's
    tokenised body too. Exactly what an erasure would remove."""
    out: list[dict[str, object]] = []
    sealed = await find_sealed(store, settings, target)
    for found in [*sealed, *await find_deliveries(store.redis, settings, target)]:
        f = found.fields
        item: dict[str, object] = {
            "store": found.store,
            "where": found.owner,
            "letter": f"{found.slot}:{found.entry_id}",
            "event_id": as_str(f.get("e", b"")),
            "at_ms": entry_ms(found.entry_id),
        }
        item |= {k: as_str(f[k]) for k in ("reason", "kind") if k in f}
        if values and found.store in ("ingress", "quarantine"):
            item["update"] = searchable(await _open(store, found.owner, f))
        elif values:
            item["body"] = as_str(f.get("b", b""))
        out.append(item)
    return out
