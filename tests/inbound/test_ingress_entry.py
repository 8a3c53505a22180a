"""`IngressEntry`: the one spelling of a sealed update's stream fields, pinned to the bytes
Veil wrote before it existed (the append script, `IngressStore.quarantine_raw` and the
tokeniser's move to quarantine each spelled them themselves)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

import pytest
from redis.asyncio import Redis

from proxy.inbound.ingress_entry import IngressEntry, aliases_of, quarantine_fields
from proxy.kv.scripts import lua_source
from proxy.kv.streams import eval_script

EVENT = "9f86d081884c7d659a2feaa0c55ad015"
SEALED = b"\x00\x01sealed\xff\x80 bytes"
ALIASES = ("ab12cd34" * 8, "ef56ab78" * 8)
RECEIVED = 1733346000123

# The append script as it was before the entry had a type: the field names were spelled here.
OLD_APPEND = """
if redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1])) == 1 then
  return 0
end
local id = redis.call('XADD', KEYS[2], '*', 'e', ARGV[2], 'mv', ARGV[3], 'c', ARGV[4], 'a', ARGV[5], 'r', ARGV[6])
redis.call('SET', KEYS[1], '1', 'EX', tonumber(ARGV[1]))
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], id)
end
return id
"""


def _flat(fields: Mapping[str, str | bytes]) -> list[str | bytes]:
    return list(itertools.chain.from_iterable(fields.items()))


def _as_read(fields: dict[str, str | bytes]) -> dict[str, bytes]:
    """The fields as a stream read gives them to a reader (names decoded, values bytes)."""
    return {k: v if isinstance(v, bytes) else v.encode() for k, v in fields.items()}


def test_a_shard_entry_has_the_fields_the_append_script_wrote() -> None:
    entry = IngressEntry(EVENT, 2, SEALED, ALIASES, RECEIVED)
    assert list(entry.to_fields().items()) == [
        ("e", EVENT),
        ("mv", "2"),
        ("c", SEALED),
        ("a", " ".join(ALIASES)),
        ("r", str(RECEIVED)),
    ]


def test_a_quarantined_body_has_the_fields_quarantine_raw_wrote() -> None:
    entry = IngressEntry(EVENT, 1, SEALED, (), RECEIVED, reason="unknown_shape", kind="part")
    old = {"e": EVENT, "mv": "1", "c": SEALED, "a": "", "r": str(RECEIVED), "reason": "unknown_shape", "kind": "part"}
    assert list(entry.to_fields().items()) == list(old.items())


def test_a_moved_update_gets_the_fields_the_tokeniser_appended() -> None:
    now = 1733346009999
    added = quarantine_fields("tokenize_failed", "update", attempts=3, at_ms=now)
    assert _flat(added) == ["reason", "tokenize_failed", "kind", "update", "attempts", "3", "q", str(now)]
    unreadable = quarantine_fields("unreadable", "update", attempts=0, at_ms=now)
    assert _flat(unreadable) == ["reason", "unreadable", "kind", "update", "attempts", "0", "q", str(now)]


@pytest.mark.parametrize(
    "entry",
    [
        IngressEntry(EVENT, 1, SEALED, ALIASES, RECEIVED),
        IngressEntry(EVENT, 3, b"", (), 0),
        IngressEntry(EVENT, 1, SEALED, ALIASES[:1], RECEIVED, reason="unparsable_body", kind="body"),
        IngressEntry(
            EVENT,
            2,
            SEALED,
            ALIASES,
            RECEIVED,
            reason="tokenize_failed",
            kind="update",
            attempts=5,
            quarantined_ms=RECEIVED + 7,
        ),
        IngressEntry(
            EVENT, 2, SEALED, ALIASES, RECEIVED, reason="unreadable", kind="update", attempts=0, quarantined_ms=RECEIVED
        ),
        IngressEntry(EVENT, 1, SEALED, ALIASES, RECEIVED, received_us=RECEIVED * 1000 + 17),
        IngressEntry(
            EVENT,
            2,
            SEALED,
            ALIASES,
            RECEIVED,
            reason="tokenize_failed",
            kind="update",
            attempts=5,
            quarantined_ms=RECEIVED + 7,
            received_us=RECEIVED * 1000 + 17,
        ),
    ],
)
def test_fields_round_trip(entry: IngressEntry) -> None:
    assert IngressEntry.from_fields(_as_read(entry.to_fields())) == entry


def test_the_order_key_of_an_entry_written_before_it_existed_is_its_receipt_ms() -> None:
    old = IngressEntry.from_fields(_as_read(IngressEntry(EVENT, 1, SEALED, ALIASES, RECEIVED).to_fields()))
    assert old.received_us == 0 and old.order_key == RECEIVED * 1000
    new = IngressEntry(EVENT, 1, SEALED, ALIASES, RECEIVED, received_us=RECEIVED * 1000 + 17)
    assert new.to_fields()["o"] == str(RECEIVED * 1000 + 17) and new.order_key == RECEIVED * 1000 + 17
    assert new.in_shard() == new


def test_a_replayed_update_goes_back_with_its_shard_fields_only() -> None:
    moved = IngressEntry(
        EVENT,
        2,
        SEALED,
        ALIASES,
        RECEIVED,
        reason="tokenize_failed",
        kind="update",
        attempts=5,
        quarantined_ms=RECEIVED + 7,
    )
    assert moved.in_shard().to_fields() == IngressEntry(EVENT, 2, SEALED, ALIASES, RECEIVED).to_fields()


@pytest.mark.parametrize(
    "broken",
    [
        {"mv": b"1", "c": SEALED, "a": b"", "r": b"1"},
        {"e": EVENT.encode(), "c": SEALED, "a": b"", "r": b"1"},
        {"e": EVENT.encode(), "mv": b"1", "a": b"", "r": b"1"},
        {"e": EVENT.encode(), "mv": b"v1", "c": SEALED, "a": b"", "r": b"1"},
        {"e": EVENT.encode(), "mv": b"1", "c": SEALED, "a": b"", "r": b"1", "attempts": b"many"},
    ],
)
def test_an_incomplete_or_malformed_entry_is_refused(broken: dict[str, bytes]) -> None:
    with pytest.raises(ValueError):
        IngressEntry.from_fields(broken)


def test_aliases_are_read_from_any_entry_for_erasure() -> None:
    assert aliases_of({"c": SEALED, "a": " ".join(ALIASES).encode()}) == ALIASES
    assert aliases_of({"c": SEALED}) == ()
    assert IngressEntry.from_fields({"e": EVENT.encode(), "mv": b"1", "c": SEALED, "r": b"5"}).aliases == ()


async def test_the_append_script_writes_the_bytes_it_wrote_before(redis: Redis) -> None:
    """Same arguments, old script and new: the same field names, order and bytes in Redis."""
    old_args: list[str | bytes | int] = ["60", EVENT, "2", SEALED, " ".join(ALIASES), str(RECEIVED)]
    await eval_script(redis, OLD_APPEND, ["old:m", "old:s", "old:x"], old_args)
    entry = IngressEntry(EVENT, 2, SEALED, ALIASES, RECEIVED)
    await eval_script(
        redis, lua_source("ingress_append"), ["new:m", "new:s", "new:x"], ["60", *_flat(entry.to_fields())]
    )
    ((old_id, old_fields),) = await redis.xrange("old:s")
    ((new_id, new_fields),) = await redis.xrange("new:s")
    assert list(new_fields.items()) == list(old_fields.items())
    assert list(old_fields) == [b"e", b"mv", b"c", b"a", b"r"] and old_fields[b"c"] == SEALED
    assert await redis.smembers("new:x") == {new_id} and await redis.smembers("old:x") == {old_id}
    assert await redis.ttl("new:m") == await redis.ttl("old:m") == 60
    read = IngressEntry.from_fields({k.decode(): v for k, v in new_fields.items()})
    assert read == entry
    assert (
        await eval_script(redis, lua_source("ingress_append"), ["new:m", "new:s"], ["60", *_flat(entry.to_fields())])
        == 0
    )  # a duplicate: nothing appended
    assert await redis.xlen("new:s") == 1
