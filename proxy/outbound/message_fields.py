"""Where tokens are looked for in a Graph API message, and putting values back (pure).

| field                                                     | tokens found                   |
|-----------------------------------------------------------|--------------------------------|
| `to`, `recipient`                                         | the whole value, any shape     |
| `context.message_id`, `reaction.message_id`, read receipt `message_id` | whole value (a wamid token) |
| shared contacts: `phones[].phone`, `phones[].wa_id`, `emails[].email` | whole value, any shape |
| every other string                                        | `tok_…` anywhere in the text   |
| `biz_opaque_callback_data` (Meta echoes it to webhooks)   | none: left as written          |
| any `link`/`url`/`uri`/`href` field (any case, any depth), | none: left as written; a URL's |
| every button but a quick reply (any case, any depth, in  | host, Meta's link preview or a |
| carousel cards too), every word that may be a URL        | click would receive the value  |

Digit and `QZ.` tokens are never searched in free text (docs/decisions.md 22.3). A word "may be a
URL" when it holds a dot between two letters or digits (`evil.example/?p=…`, `wa.me/…`, `www.…`)
or a colon followed by more (`https://…`, `tel:…`, `mailto:…`, `host:port`); words end only at
ASCII white space, so a token anywhere in such a word stays a token. Nothing here mutates its input.
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
# A key naming a URL (`link`, `url`, `urls`, `website_url`, `href`, any case), at any depth.
URL_KEY_RE = re.compile(r"(?i)(?:^|_)(?:link|url|uri|href|website)s?$")
# Words end only at ASCII white space (a client may linkify across anything else).
WORD_RE = re.compile(r"[^ \t\n\r\f\v]+")
# A dot (also the ideographic and full-width ones) between two letters or digits, or a colon
# followed by more: a domain, a scheme, a host:port.
URLISH_RE = re.compile(r"[^\W_][.\u3002\uff0e\uff61][^\W_]|:[^ \t\n\r\f\v]")
# Button sub-types whose parameters never become a URL (a quick reply's payload comes back in a webhook).
SAFE_BUTTONS = frozenset({"quick_reply"})

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


def _is_button(node: dict[str, Any]) -> bool:
    """A template button (top level or in a carousel card, at any depth) that may carry a URL:
    any `sub_type` but a quick reply, in any case; a `type: button` with no sub-type too."""
    sub_type = node.get("sub_type")
    if sub_type is not None:
        return not (isinstance(sub_type, str) and sub_type.strip().lower() in SAFE_BUTTONS)
    kind = node.get("type")
    return isinstance(kind, str) and kind.strip().lower() == "button" and "parameters" in node


def _strings(node: Any, path: Path = (), in_url: bool = False) -> Iterator[tuple[Path, str, bool]]:
    """Every string with its path, and whether it is (or may become) part of a URL."""
    if isinstance(node, dict):
        in_url = in_url or (bool(path) and _is_button(node))
        for key, child in node.items():
            if path or key not in UNTOUCHED:
                yield from _strings(child, (*path, key), in_url or bool(URL_KEY_RE.search(str(key))))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _strings(child, (*path, i), in_url)
    elif isinstance(node, str):
        yield path, node, in_url


def _kind(path: Path, body: dict[str, Any]) -> Kind:
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
    for path, text, in_url in _strings(body):
        kind = _kind(path, body)
        if in_url:
            continue  # a link, a URL button: left as written, whatever it holds
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
        urls = [(w.start(), w.end()) for w in WORD_RE.finditer(text) if URLISH_RE.search(w[0])]
        for match in TEXT_TOKEN_RE.finditer(text):
            if any(start <= match.start() < end for start, end in urls):
                continue  # in a word that may be a URL: left as written (link previews, clicks)
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
