"""Dead letters and quarantine: list, inspect (metadata only), replay, drop.

Functions for the admin API (which authenticates, audits and exposes them). Dead
letters are per subscriber partition (`{q:<subscriber>:<p>}:dlq`): tokenised events a
subscriber did not take in time (`max_age`) or could not queue (backlog cap); replay
appends the event again to its partition with the same event id and body, so the
receiver can still de-duplicate. Quarantine is per tenant ingress shard: sealed updates
Veil could not route, parse or tokenise; they are never shown in clear here, and only
updates that failed tokenisation can be replayed (back into their shard, still sealed).
Letter ids are "<partition or shard>:<stream entry id>".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from proxy.errors import PermissionDenied
from proxy.inbound.ingress_entry import IngressEntry
from proxy.kv import as_str, entry_ms, keyspace


@dataclass(frozen=True, slots=True)
class Letter:
    id: str  # "<partition|shard>:<entry id>"
    event_id: str
    reason: str
    queued_ms: int  # when it entered the dead letters / quarantine
    order_broken: bool = False
    attempts: int = 0
    field: str = ""
    kind: str = ""
    size: int = 0  # bytes of the (tokenised or sealed) payload, never the payload itself


Fields = dict[str, bytes]
ToLetter = Callable[[int, str, Fields], Letter]


def _dead_letter(partition: int, entry_id: str, f: Fields) -> Letter:
    return Letter(
        id=f"{partition}:{entry_id}",
        event_id=as_str(f.get("e", b"")),
        reason=as_str(f.get("reason", b"")),
        queued_ms=entry_ms(entry_id),
        order_broken=f.get("order_broken") == b"1",
        attempts=int(f.get("attempts") or 0),
        field=as_str(f.get("f", b"")),
        kind=as_str(f.get("k", b"")),
        size=len(f.get("b") or b""),
    )


def _quarantine_letter(shard: int, entry_id: str, fields: Fields) -> Letter:
    try:
        entry = IngressEntry.from_fields(fields)
    except ValueError:  # only the tokeniser quarantines an update it cannot read, as it found it
        return Letter(
            id=f"{shard}:{entry_id}", event_id="", reason="unreadable", queued_ms=entry_ms(entry_id), kind="update"
        )
    return Letter(
        id=f"{shard}:{entry_id}",
        event_id=entry.event_id,
        reason=entry.reason,
        queued_ms=entry_ms(entry_id),
        attempts=entry.attempts or 0,
        kind=entry.kind,
        size=len(entry.sealed),
    )


async def _range(
    redis: Redis, key: str, *, entry_id: str | None = None, count: int | None = None
) -> list[tuple[str, Fields]]:
    """XRANGE as typed pairs, field names decoded (one entry when `entry_id` is given)."""
    lo, hi = (entry_id, entry_id) if entry_id else ("-", "+")
    reply: Any = await redis.xrange(key, min=lo, max=hi, count=count)
    return [(as_str(i), {as_str(k): v for k, v in (fields or {}).items()}) for i, fields in reply or []]


def _split_id(letter_id: str) -> tuple[int, str]:
    where, _, entry_id = letter_id.partition(":")
    if not where.isdigit() or not entry_id:
        raise ValueError("letter id must be '<partition>:<entry id>'")
    return int(where), entry_id


# --- subscriber dead letters ------------------------------------------------------------
async def _list(redis: Redis, key_of: Callable[[int], str], slots: int, count: int, letter: ToLetter) -> list[Letter]:
    """The oldest `count` letters over every partition or shard (one stream each)."""
    out: list[Letter] = []
    for slot in range(slots):
        for entry_id, fields in await _range(redis, key_of(slot), count=count):
            out.append(letter(slot, entry_id, fields))
    return sorted(out, key=lambda found: found.queued_ms)[:count]


async def _inspect(redis: Redis, key_of: Callable[[int], str], letter_id: str, letter: ToLetter) -> Letter | None:
    slot, entry_id = _split_id(letter_id)
    found = await _range(redis, key_of(slot), entry_id=entry_id)
    return letter(slot, found[0][0], found[0][1]) if found else None


async def list_dead(redis: Redis, subscriber: str, partitions: int, *, count: int = 100) -> list[Letter]:
    return await _list(redis, lambda p: keyspace.delivery_dead(subscriber, p), partitions, count, _dead_letter)


async def inspect_dead(redis: Redis, subscriber: str, letter_id: str) -> Letter | None:
    return await _inspect(redis, lambda p: keyspace.delivery_dead(subscriber, p), letter_id, _dead_letter)


async def replay_dead(redis: Redis, subscriber: str, letter_id: str, *, tenant: str) -> bool:
    """Put a dead letter back at the end of its partition (same event id and body).
    PermissionDenied for an event of an erased subject: erasure removes them, and one
    that escaped (queued while the erasure ran) is never handed out again."""
    p, entry_id = _split_id(letter_id)
    dead = keyspace.delivery_dead(subscriber, p)
    found = await _range(redis, dead, entry_id=entry_id)
    if not found:
        return False
    fields = found[0][1]
    subject = fields.get("s")
    if subject is not None and await redis.hexists(keyspace.erased_subjects(tenant), as_str(subject)):
        raise PermissionDenied("subject_erased", "this event belongs to an erased subject and is not replayed")
    keep = {k: v for k, v in fields.items() if k in ("e", "b", "f", "k", "t", "q", "s", "o")}
    async with redis.pipeline(transaction=True) as pipe:  # one slot: the partition
        pipe.xadd(keyspace.delivery_stream(subscriber, p), keep)  # type: ignore[arg-type]
        pipe.xdel(dead, entry_id)
        await pipe.execute()
    return True


async def drop_dead(redis: Redis, subscriber: str, letter_id: str) -> bool:
    p, entry_id = _split_id(letter_id)
    return bool(await redis.xdel(keyspace.delivery_dead(subscriber, p), entry_id))


# --- tenant quarantine --------------------------------------------------------------------
async def list_quarantine(redis: Redis, tenant: str, shards: int, *, count: int = 100) -> list[Letter]:
    return await _list(
        redis, lambda shard: keyspace.ingress_quarantine(tenant, shard), shards, count, _quarantine_letter
    )


async def inspect_quarantine(redis: Redis, tenant: str, letter_id: str) -> Letter | None:
    return await _inspect(
        redis, lambda shard: keyspace.ingress_quarantine(tenant, shard), letter_id, _quarantine_letter
    )


async def replay_quarantine(redis: Redis, tenant: str, letter_id: str) -> bool:
    """Send a sealed update that failed tokenisation back to its shard (e.g. after a
    recognizer fix). Bodies and parts Veil could not route or parse are not replayable."""
    shard, entry_id = _split_id(letter_id)
    quarantine = keyspace.ingress_quarantine(tenant, shard)
    found = await _range(redis, quarantine, entry_id=entry_id)
    try:
        entry = IngressEntry.from_fields(found[0][1]) if found else None
    except ValueError:
        return False  # unreadable: replayed, it would only come back
    if entry is None or entry.kind != "update":
        return False
    async with redis.pipeline(transaction=True) as pipe:  # one slot: the shard
        pipe.xadd(keyspace.ingress_stream(tenant, shard), entry.in_shard().to_fields())  # type: ignore[arg-type]
        pipe.xdel(quarantine, entry_id)
        replies = await pipe.execute()
    for alias in entry.aliases:
        await redis.sadd(keyspace.ingress_alias_index(tenant, shard, alias), as_str(replies[0]))
    return True


async def drop_quarantine(redis: Redis, tenant: str, letter_id: str) -> bool:
    shard, entry_id = _split_id(letter_id)
    return bool(await redis.xdel(keyspace.ingress_quarantine(tenant, shard), entry_id))
