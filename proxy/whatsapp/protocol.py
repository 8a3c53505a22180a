"""Meta specifics, pure: the handshake, the signature, Meta's serialisation and envelope.

Security properties:
- the verify token and the signature are compared in constant time, and the signature
  is checked over the raw bytes *before* anything parses them;
- `hub.challenge` is echoed only if it is <= 64 characters of `[A-Za-z0-9_-]`, so the
  handshake can never reflect markup or a header into a response;
- bodies Veil signs are serialised as Meta does (non-ASCII escaped as lowercase
  `\\uXXXX`), so raw-bytes verifiers (pywa) and escape-then-hash verifiers agree.

The envelope helpers cut a POST into *updates* (entry -> change -> one item) and put
updates back into Meta's shape; they never mutate their input.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from proxy.errors import ShapeError

SIGNATURE_HEADER = "X-Hub-Signature-256"
VEIL_EVENT_HEADER = "X-Veil-Event-Id"
VEIL_TIMESTAMP_HEADER = "X-Veil-Timestamp"
VEIL_SIGNATURE_HEADER = "X-Veil-Signature"
VEIL_RECEIVED_HEADER = "X-Veil-Received"  # receipt order key, microseconds (docs/inbound.md, "Receipt order")
OBJECT = "whatsapp_business_account"
_CHALLENGE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_SIG = re.compile(r"^sha256=([0-9a-fA-F]{64})$")

# Item arrays of a change value: each element becomes one update.
ITEM_ARRAYS = ("messages", "statuses", "message_echoes", "history", "user_preferences")
Kind = Literal["message", "status", "echo", "history", "preference", "other"]
KIND_OF: dict[str, Kind] = {
    "messages": "message", "statuses": "status", "message_echoes": "echo",
    "history": "history", "user_preferences": "preference",
}  # fmt: skip


# --- the subscription handshake ------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Handshake:
    status: int
    body: str  # the challenge on 200, a short reason otherwise


def verify_subscription(mode: str | None, token: str | None, challenge: str | None, expected: str | None) -> Handshake:
    """Meta's GET: 403 for a wrong token (or no token configured), 400 for a bad challenge."""
    given = (token or "").encode()
    ok = expected is not None and hmac.compare_digest(given, expected.encode())
    if not ok or mode != "subscribe":
        return Handshake(403, "verification failed")
    if challenge is None or not _CHALLENGE.match(challenge):
        return Handshake(400, "bad hub.challenge")
    return Handshake(200, challenge)


# --- signatures -----------------------------------------------------------------------
def sign(body: bytes, secret: str) -> str:
    """`sha256=<lowercase hex HMAC-SHA256>` of the exact bytes, as Meta sends it."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_signature(raw: bytes, header: str | None, secret: str | None) -> bool:
    """Constant-time check of `X-Hub-Signature-256` over the raw body (before parsing)."""
    if not header or not secret:
        return False
    match = _SIG.match(header.strip())
    if match is None:
        return False
    expected = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, match[1].lower())


def veil_signature(timestamp: int, body: bytes, secret: str) -> str:
    """`X-Veil-Signature`: HMAC over "<timestamp>.<body>", for receivers wanting replay protection."""
    mac = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def dumps(obj: Any) -> bytes:
    """Meta's serialisation: compact, non-ASCII escaped as lowercase `\\uXXXX`."""
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":")).encode("ascii")


# --- envelope: split and rebuild --------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Part:
    """One update cut out of a POST: its entry's id/time, its change's field and a value
    holding exactly one item (plus the contacts block that describes that item)."""

    entry_id: str
    entry_time: int | None
    field: str
    kind: Kind
    value: Mapping[str, Any]


def _contacts_for(value: Mapping[str, Any], item: Mapping[str, Any], kind: Kind) -> list[Any] | None:
    """The contacts entries describing one item (all of them when none matches)."""
    contacts = value.get("contacts")
    if not isinstance(contacts, list):
        return None
    keys = _scalars(
        item.get(k)
        for k in (
            "from",
            "from_user_id",
            "recipient_id",
            "recipient_user_id",
            "recipient_participant_id",
            "wa_id",
            "to",
            "to_user_id",
        )
    )
    matching = [c for c in contacts if isinstance(c, dict) and _scalars((c.get("wa_id"), c.get("user_id"))) & keys]
    return matching or list(contacts)


def _scalars(values: Iterable[Any]) -> set[str | int]:
    """The non-empty ids among `values`; a list or object where an id belongs (a malformed
    body, found by tests/fuzz) is ignored here and quarantined by the shape check."""
    return {v for v in values if isinstance(v, str | int) and v != ""}


def _item_value(value: Mapping[str, Any], array: str, item: Any, kind: Kind) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, val in value.items():
        if key == array:
            out[key] = [item]
        elif key == "contacts":
            found = _contacts_for(value, item, kind) if isinstance(item, dict) else None
            if found is not None:
                out[key] = found
        elif key not in ITEM_ARRAYS:
            out[key] = val
    return out


def split(payload: Any) -> Iterator[Part]:
    """Every update of a POST, in order. Raises ShapeError on an unknown envelope."""
    if not isinstance(payload, dict) or payload.get("object") != OBJECT:
        raise ShapeError("not a whatsapp_business_account envelope")
    entries = payload.get("entry")
    if not isinstance(entries, list):
        raise ShapeError("entry is not a list")
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("changes"), list):
            raise ShapeError("entry without changes")
        entry_id = str(entry.get("id", ""))
        entry_time = entry.get("time") if isinstance(entry.get("time"), int) else None
        for change in entry["changes"]:
            if not isinstance(change, dict) or not isinstance(change.get("value"), dict):
                raise ShapeError("change without a value")
            yield from _split_change(entry_id, entry_time, str(change.get("field", "")), change["value"])


def _split_change(entry_id: str, entry_time: int | None, field: str, value: dict[str, Any]) -> Iterator[Part]:
    arrays = [a for a in ITEM_ARRAYS if a in value]
    if not arrays:
        yield Part(entry_id, entry_time, field, "other", value)
        return
    for array in arrays:
        items = value[array]
        if not isinstance(items, list):
            raise ShapeError("an item array is not a list")
        for item in items:
            for one in _history_messages(item) if array == "history" else [item]:
                yield Part(entry_id, entry_time, field, KIND_OF[array], _item_value(value, array, one, KIND_OF[array]))


def _history_messages(item: Any) -> list[Any]:
    """A history chunk cut into one item per (thread, message): history syncs carry
    thousands of messages of many customers, and each is one update of its thread's customer."""
    if not isinstance(item, dict) or not isinstance(item.get("threads"), list):
        return [item]
    out: list[Any] = []
    for thread in item["threads"]:
        if not isinstance(thread, dict) or not isinstance(thread.get("messages"), list):
            raise ShapeError("a history thread without messages")
        rest = {k: v for k, v in item.items() if k != "threads"}
        head = {k: v for k, v in thread.items() if k != "messages"}
        out += [rest | {"threads": [head | {"messages": [m]}]} for m in thread["messages"]]
    return out


def envelope(parts: list[Part]) -> dict[str, Any]:
    """Meta's envelope around updates (one entry per part, in order)."""
    entries = []
    for part in parts:
        entry: dict[str, Any] = {"id": part.entry_id}
        if part.entry_time is not None:
            entry["time"] = part.entry_time
        entry["changes"] = [{"value": part.value, "field": part.field}]
        entries.append(entry)
    return {"object": OBJECT, "entry": entries}


def part_to_json(part: Part) -> dict[str, Any]:
    return {
        "entry_id": part.entry_id,
        "entry_time": part.entry_time,
        "field": part.field,
        "kind": part.kind,
        "value": part.value,
    }


def part_from_json(data: Mapping[str, Any]) -> Part:
    return Part(str(data["entry_id"]), data.get("entry_time"), str(data["field"]), data["kind"], data["value"])
