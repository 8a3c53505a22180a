"""What one WhatsApp update means: its dedup key, its customer's aliases, its type.

Pure functions over a `protocol.Part`. They decide three things the inbound path
relies on (docs/design.md, Data model and Inbound):
- the dedup key (message or echo -> wamid; status -> (wamid, status,
  recipient_participant_id); history -> (phase, chunk, thread, message id); anything
  else -> SHA-256 of the canonical change), so a retry in another batch is caught;
- the aliases that identify the update's subject: the customer on the *other side*
  (sender of a message, recipient of a status or echo, the thread of a history
  message), including both sides of a `system` change event, which links them;
- whether Veil knows the shape at all; an unknown one is quarantined, never guessed at.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from proxy.errors import ShapeError
from proxy.whatsapp.protocol import Part

BSUID_RE = re.compile(r"^[A-Z]{2}\.\d{1,128}$")
PARENT_BSUID_RE = re.compile(r"^[A-Z]{2}\.ENT\.\d{1,128}$")
MESSAGE_FIELDS = frozenset({"messages", "smb_message_echoes", "history", "user_preferences"})
ACCOUNT_FIELDS = frozenset({
    "account_alerts", "account_review_update", "account_update", "automatic_events",
    "business_capability_update", "message_template_components_update",
    "message_template_quality_update", "message_template_status_update", "partner_solutions",
    "payment_configuration_update", "phone_number_name_update", "phone_number_quality_update",
    "security", "template_category_update",
})  # fmt: skip
TENANT_SUBJECT = "_tenant"  # owner of PII found in account-level updates (no customer)


_ITEM_ARRAYS = MappingProxyType(
    {
        "message": "messages",
        "status": "statuses",
        "echo": "message_echoes",
        "history": "history",
        "preference": "user_preferences",
    }
)
_ALIAS_ORDER = MappingProxyType({"wa_id": 0, "bsuid": 1, "parent_bsuid": 2, "username": 3})


def item(part: Part) -> Mapping[str, Any]:
    """The one item of a part (the history *message*, for history parts)."""
    if part.kind == "other":
        return part.value
    found = part.value[_ITEM_ARRAYS[part.kind]][0]
    if part.kind == "history":
        thread = found.get("threads", [{}])[0]
        messages = thread.get("messages", [{}])
        return messages[0] if messages else {}
    return found if _is_object(found) else {}


def _is_object(obj: Any) -> bool:
    """Parsed JSON objects are plain dicts: `type()` first, the ABC check (10x dearer) after."""
    return type(obj) is dict or isinstance(obj, Mapping)


def _canonical(part: Part) -> bytes:
    doc = {"entry": part.entry_id, "field": part.field, "value": part.value}
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def dedup_key(part: Part) -> str:
    """The update's dedup key (fed to a keyed hash; never stored or logged as is)."""
    one = item(part)
    if part.kind in ("message", "echo") and one.get("id"):
        return f"m\x1f{one['id']}"
    if part.kind == "status" and one.get("id"):
        return f"s\x1f{one['id']}\x1f{one.get('status', '')}\x1f{one.get('recipient_participant_id', '')}"
    if part.kind == "history":
        chunk = part.value["history"][0]
        meta = chunk.get("metadata", {}) if isinstance(chunk, Mapping) else {}
        thread = chunk.get("threads", [{}])[0] if isinstance(chunk, Mapping) else {}
        return "\x1f".join(
            [
                "h",
                str(meta.get("phase", "")),
                str(meta.get("chunk_order", "")),
                str(thread.get("id", "")),
                str(one.get("id", "")),
            ]
        )
    return "o\x1f" + hashlib.sha256(_canonical(part)).hexdigest()


def _kind_of_id(value: str) -> str:
    if PARENT_BSUID_RE.match(value):
        return "parent_bsuid"
    return "bsuid" if BSUID_RE.match(value) else "wa_id"


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if _is_object(obj) else None


def _contact_aliases(part: Part) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for contact in part.value.get("contacts", []) or []:
        out += [
            ("wa_id", _get(contact, "wa_id")),
            ("bsuid", _get(contact, "user_id")),
            ("parent_bsuid", _get(contact, "parent_user_id")),
            ("username", _get(_get(contact, "profile"), "username")),
        ]
    return out


def aliases(part: Part) -> list[tuple[str, str]]:
    """(kind, value) pairs naming the update's customer, in preference order (wa_id first),
    without empties or duplicates. Empty for account-level updates."""
    one = item(part)
    pairs: list[tuple[str, Any]] = []
    if part.kind == "message":
        pairs += [
            ("wa_id", one.get("from")),
            ("bsuid", one.get("from_user_id")),
            ("parent_bsuid", one.get("from_parent_user_id")),
        ]
        system = one.get("system")
        pairs += [
            ("wa_id", _get(system, "wa_id")),
            ("bsuid", _get(system, "user_id")),
            ("parent_bsuid", _get(system, "parent_user_id")),
        ]
        pairs += _contact_aliases(part)
    elif part.kind == "status":
        if one.get("recipient_type") == "group":
            pairs.append(("wa_id", one.get("recipient_participant_id")))
        else:
            pairs += [
                ("wa_id", one.get("recipient_id")),
                ("bsuid", one.get("recipient_user_id")),
                ("parent_bsuid", one.get("recipient_parent_user_id")),
            ]
        pairs += _contact_aliases(part)
    elif part.kind == "echo":
        pairs += [
            ("wa_id", one.get("to")),
            ("bsuid", one.get("to_user_id")),
            ("parent_bsuid", one.get("to_parent_user_id")),
        ]
    elif part.kind == "history":
        thread = part.value["history"][0].get("threads", [{}])[0]
        thread_id = thread.get("id")
        if isinstance(thread_id, str) and thread_id:
            pairs.append((_kind_of_id(thread_id), thread_id))
    elif part.kind == "preference":
        pairs.append(("wa_id", one.get("wa_id")))
        pairs += _contact_aliases(part)
    out = list(dict.fromkeys(p for p in pairs if type(p[1]) is str and p[1]))  # in order, once each
    out.sort(key=lambda p: _ALIAS_ORDER[p[0]])
    return out


def message_type(part: Part) -> str | None:
    """`type` of a message, echo or history message (for subscriber filters)."""
    if part.kind in ("message", "echo", "history"):
        value = item(part).get("type")
        return value if isinstance(value, str) else None
    return None


def check_shape(part: Part) -> list[tuple[str, str]]:
    """Raise ShapeError unless Veil knows this update's shape (names no value); else the
    update's `aliases`, which the check needs for most shapes and its caller needs next."""
    if part.field not in MESSAGE_FIELDS and part.field not in ACCOUNT_FIELDS:
        raise ShapeError("unknown webhook field")
    if part.field in ACCOUNT_FIELDS:
        if part.kind != "other":
            raise ShapeError("account-level field with message items")
        return []
    if part.kind == "other":
        if set(part.value) - {"messaging_product", "metadata", "errors", "contacts"}:
            raise ShapeError("message-field value without a known item array")
        return []
    one = item(part)
    if not isinstance(one, Mapping):
        raise ShapeError("item is not an object")
    if part.kind in ("message", "echo", "history", "status") and not isinstance(one.get("id"), str):
        raise ShapeError("item without an id")
    found = aliases(part)
    if part.kind in ("message", "status", "echo", "preference") and not found:
        raise ShapeError("item without a customer identifier")
    metadata = part.value.get("metadata")
    if not isinstance(metadata, Mapping) or not isinstance(metadata.get("phone_number_id"), str):
        raise ShapeError("item without metadata.phone_number_id")
    return found
