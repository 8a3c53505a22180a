"""Where tokens are looked for in a Graph API message, and putting values back (pure).

| field                                                     | tokens found                   |
|-----------------------------------------------------------|--------------------------------|
| `to`, `recipient`                                         | the whole value, any shape     |
| `context.message_id`, `reaction.message_id`, read receipt `message_id` | whole value (a wamid token) |
| shared contacts: `phones[].phone`, `phones[].wa_id`, `emails[].email` | whole value, any shape |
| every other string                                        | `tok_…` anywhere in the text   |
| `biz_opaque_callback_data` (Meta echoes it to webhooks)   | none: left as written          |
| `link`, `url`, URL-button parameters, URLs inside text    | none: a URL's host (or Meta's  |
|                                                           | link preview) would receive it |

Digit and `QZ.` tokens are never searched in free text (docs/decisions.md 22.3). Nothing here
mutates its input.
"""

from __future__ import annotations

import copy
import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from proxy.errors import TokenError
from proxy.vault import TEXT_TOKEN_RE, parse

RECIPIENT_FIELDS = ("to", "recipient")
MESSAGE_ID_PATHS = frozenset({("message_id",), ("context", "message_id"), ("reaction", "message_id")})
VCARD_KEYS = frozenset({("phones", "phone"), ("phones", "wa_id"), ("emails", "email")})
# Echoed back by Meta in status webhooks and never shown to the customer: left as written.
UNTOUCHED = frozenset({"biz_opaque_callback_data"})
URL_KEYS = frozenset({"link", "url"})
URL_RE = re.compile(r"(?i)\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+")

Path = tuple[str | int, ...]


class Kind(enum.Enum):
    RECIPIENT = "recipient"
    MESSAGE_ID = "message_id"
    IDENTIFIER = "identifier"
    TEXT = "text"



@dataclass(frozen=True, slots=True)
class Found:
    path: Path
    kind: Kind
    written: str  # the token as the service wrote it
    canonical: str
    start: int = 0  # span inside the string (TEXT); whole string otherwise
    end: int = 0


def _strings(node: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    if isinstance(node, dict):
        for key, child in node.items():
            if path or key not in UNTOUCHED:
                yield from _strings(child, (*path, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _strings(child, (*path, i))
    elif isinstance(node, str):
        yield path, node


def _is_url_field(path: Path, body: dict[str, Any]) -> bool:
    """Media `link`s, CTA `url`s and dynamic URL-button parameters: the value would land in a
    URL that Meta's link preview or the customer's click sends to whoever hosts it."""
    if path and path[-1] in URL_KEYS:
        return True
    if len(path) >= 3 and path[:2] == ("template", "components") and isinstance(path[2], int):
        components = body.get("template", {}).get("components", [])
        component = components[path[2]] if path[2] < len(components) else {}
        return isinstance(component, dict) and component.get("sub_type") == "url"
    return False


def _kind(path: Path, body: dict[str, Any]) -> Kind | None:
    if _is_url_field(path, body):
        return None
    if len(path) == 1 and path[0] in RECIPIENT_FIELDS:
        return Kind.RECIPIENT
    if path in MESSAGE_ID_PATHS and (path != ("message_id",) or body.get("status") == "read"):
        return Kind.MESSAGE_ID
    keys = tuple(p for p in path if isinstance(p, str))
    if len(keys) == 3 and keys[0] == "contacts" and keys[1:] in VCARD_KEYS and body.get("type") == "contacts":
        return Kind.IDENTIFIER
    return Kind.TEXT


def find_tokens(body: dict[str, Any], *, phone_prefix: int) -> tuple[list[Found], list[str], dict[str, str]]:
    """Token occurrences, malformed tokens, and the raw (non-token) recipient fields."""
    found: list[Found] = []
    malformed: list[str] = []
    raw: dict[str, str] = {}
    for path, text in _strings(body):
        kind = _kind(path, body)
        if kind is None:
            continue
        if kind is not Kind.TEXT:
            try:
                parsed = parse(text, phone_prefix=phone_prefix)
            except TokenError:
                malformed.append(text.strip())
                continue
            if parsed is not None:
                found.append(Found(path, kind, text, parsed.canonical, 0, len(text)))
            elif kind is Kind.RECIPIENT:
                raw[str(path[0])] = text
            continue
        urls = [(u.start(), u.end()) for u in URL_RE.finditer(text)]
        for match in TEXT_TOKEN_RE.finditer(text):
            if any(start <= match.start() < end for start, end in urls):
                continue  # inside a URL in the text: left as written (link previews fetch URLs)
            try:
                parsed = parse(match[0], phone_prefix=phone_prefix)
            except TokenError:
                malformed.append(match[0])
                continue
            if parsed is not None:
                found.append(Found(path, Kind.TEXT, match[0], parsed.canonical, match.start(), match.end()))
    return found, malformed, raw


def _set(body: dict[str, Any], path: Path, value: str) -> None:
    node: Any = body
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def substitute(body: dict[str, Any], found: list[Found], values: dict[str, str]) -> dict[str, Any]:
    """A copy of `body` with each occurrence replaced by its value; the input is untouched."""
    out = copy.deepcopy(body)
    by_path: dict[Path, list[Found]] = {}
    for f in found:
        by_path.setdefault(f.path, []).append(f)
    for path, items in by_path.items():
        node: Any = out
        for part in path:
            node = node[part]
        text = str(node)
        for f in sorted(items, key=lambda f: f.start, reverse=True):
            text = text[: f.start] + values[f.canonical] + text[f.end :]
        _set(out, path, text)
    return out
