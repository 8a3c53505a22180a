"""Tokenising what an upstream answers, before the service that called it sees it.

Three passes, used by the Graph API path and by generic routes:

- **identifiers** by field: a send response's `contacts[].input` / `wa_id` / `user_id`
  / `parent_user_id` and `messages[].id` become identifier tokens of the recipient's
  subject (deterministic per tenant, so they equal the tokens webhooks carry);
- **reflection guard**: every value Veil put into the request is replaced by its token
  wherever it reappears (raw, URL-encoded, JSON-escaped in text bodies, and phones with
  and without `+`), so an upstream that echoes the request cannot be used to read it;
- **text scan**: strings go through the detector and what it finds is tokenised for the
  request's subject. A span with no subject to own it is redacted as `[ENTITY]`: a
  value with no owner cannot be erased or exported, so it is not kept. Veil's own
  tokens (entity VEIL_TOKEN) in an answer are left as they are.
Nothing here mutates its input; failures of the vault or detector propagate (fail closed).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, quote_plus

from proxy.detection import Detector, Places, Span, replace_spans
from proxy.errors import UpstreamError
from proxy.vault import PHONE_NUMBER, WHATSAPP_MESSAGE_ID, WHATSAPP_USER_ID, Alias, Shape, TokenizeRequest, Vault

BSUID_RE = re.compile(r"^[A-Z]{2}\.\d+$")
PARENT_BSUID_RE = re.compile(r"^[A-Z]{2}\.ENT\.\d+$")
DIGIT_RUN = re.compile(r"(?<![\w.+])\+?\d[\d\s().-]{5,18}\d(?![\w])")
PHONE_CHARS = re.compile(r"^\+?[\d\s().-]{7,24}$")
ERROR_TEXT_KEYS = ("message", "error_user_title", "error_user_msg")
SKIP_SPAN = "VEIL_TOKEN"


def identifier_request(value: str, subject: str, *, field: str = "") -> TokenizeRequest:
    """How an identifier value from a Graph answer is tokenised (shape by form, or by field)."""
    if field == "id" or value.startswith("wamid."):
        return TokenizeRequest(value, WHATSAPP_MESSAGE_ID, subject, Shape.WAMID, identifier=True)
    if PARENT_BSUID_RE.match(value):
        return TokenizeRequest(value, WHATSAPP_USER_ID, subject, Shape.PARENT_BSUID, identifier=True)
    if BSUID_RE.match(value):
        return TokenizeRequest(value, WHATSAPP_USER_ID, subject, Shape.BSUID, identifier=True)
    return TokenizeRequest(value, PHONE_NUMBER, subject, Shape.DIGITS, identifier=True)


def alias_for(value: str) -> Alias:
    if PARENT_BSUID_RE.match(value):
        return Alias("parent_bsuid", value)
    return Alias("bsuid", value) if BSUID_RE.match(value) else Alias("wa_id", value)


# --- reflection guard ---------------------------------------------------------------
def _forms(value: str) -> set[str]:
    forms = {value, quote(value, safe=""), quote_plus(value), quote(value, safe="/:@")}
    if PHONE_CHARS.match(value):
        digits = re.sub(r"\D", "", value)
        if len(digits) >= 7:
            forms |= {digits, "+" + digits, quote("+" + digits, safe="")}
    return {f for f in forms if len(f) >= 3}


@dataclass(frozen=True, slots=True)
class Reflection:
    """Values put into one request, and the tokens they came from."""

    pattern: re.Pattern[str] | None
    tokens: Mapping[str, str]

    @classmethod
    def of(cls, used: Mapping[str, str], *, text_forms: bool = False) -> Reflection:
        table: dict[str, str] = {}
        for value, token in used.items():
            forms = _forms(value)
            if text_forms:
                forms |= {json.dumps(f, ensure_ascii=a)[1:-1] for f in list(forms) for a in (True, False)}
            for form in forms:
                table.setdefault(form, token)
        if not table:
            return cls(None, {})
        ordered = sorted(table, key=len, reverse=True)
        return cls(re.compile("|".join(re.escape(f) for f in ordered), re.IGNORECASE), table)

    def whole(self, text: str) -> str | None:
        """The token if `text` is exactly one of the values (in any of its forms), else None."""
        if self.pattern is None or self.pattern.fullmatch(text) is None:
            return None
        return self.tokens.get(text) or {k.lower(): v for k, v in self.tokens.items()}[text.lower()]

    def apply(self, text: str) -> str:
        if self.pattern is None:
            return text
        lowered = {k.lower(): v for k, v in self.tokens.items()}
        return self.pattern.sub(lambda m: self.tokens.get(m[0]) or lowered[m[0].lower()], text)


def map_strings(node: Any, fn: Callable[[str], str]) -> Any:
    """A copy of a JSON value with `fn` applied to every string (keys included)."""
    if isinstance(node, dict):
        return {fn(k): map_strings(v, fn) for k, v in node.items()}
    if isinstance(node, list):
        return [map_strings(v, fn) for v in node]
    return fn(node) if isinstance(node, str) else node


# --- identifiers in a Graph send answer -----------------------------------------------
async def graph_send_response(
    body: Any,
    *,
    vault: Vault,
    tenant: str,
    subject: str | None,
    reflection: Reflection,
    recipients: Mapping[str, str] | None = None,
) -> Any:
    """`contacts[]` and `messages[].id` tokenised for `subject` (resolved from them when None);
    every other string passes the reflection guard. A contact field that is the recipient
    Veil put in (any of its forms) gets back the very token the service sent, without a
    vault round trip."""
    if not isinstance(body, dict):
        return map_strings(body, reflection.apply)
    out: dict[str, Any] = json.loads(json.dumps(body))
    known = Reflection.of(recipients or {})
    slots: list[tuple[dict[str, Any], str, str]] = []
    tokens: set[str] = set()
    contacts, messages = out.get("contacts"), out.get("messages")
    for contact in contacts if isinstance(contacts, list) else []:
        for key in ("input", "wa_id", "user_id", "parent_user_id"):
            value = contact.get(key) if isinstance(contact, dict) else None
            if not isinstance(value, str) or not value:
                continue
            if (token := known.whole(value)) is not None:
                contact[key] = token
                tokens.add(token)
            else:
                slots.append((contact, key, value))
    for message in messages if isinstance(messages, list) else []:
        value = message.get("id") if isinstance(message, dict) else None
        if isinstance(value, str) and value:
            slots.append((message, "id", value))
    if slots:
        if subject is None:
            aliases = [alias_for(v) for _, k, v in slots if k != "id"]
            if not aliases:
                raise UpstreamError(
                    502, "upstream_unattributable", "a send answer without contacts cannot be tokenised"
                )
            subject = (await vault.subjects.resolve(tenant, aliases)).subject
        minted = await vault.tokenize(tenant, [identifier_request(v, subject, field=k) for _, k, v in slots])
        for (node, key, _), m in zip(slots, minted, strict=True):
            node[key] = m.token
            tokens.add(m.token)
    return map_strings(out, lambda text: text if text in tokens else reflection.apply(text))


# --- free text ------------------------------------------------------------------------
def _strings(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _strings(v, (*path, i))
    elif isinstance(node, str):
        yield path, node


def _keep(spans: list[Span]) -> list[Span]:
    """Spans to tokenise: not Veil's own tokens, nor anything overlapping one."""
    own = [s for s in spans if s.entity == SKIP_SPAN]
    return [s for s in spans if s.entity != SKIP_SPAN and not any(s.start < o.end and o.start < s.end for o in own)]


def _digit_spans(text: str) -> list[Span]:
    out = []
    for m in DIGIT_RUN.finditer(text):
        if 7 <= len(re.sub(r"\D", "", m[0])) <= 15:
            out.append(Span(PHONE_NUMBER, m.start(), m.end(), 0.5, "digit_run"))
    return out


async def scan_texts(
    texts: list[str],
    *,
    vault: Vault,
    detector: Detector,
    tenant: str,
    subject: str | None,
    language: str,
    regions: list[str],
    digit_runs: bool = False,
    places: Places | None = None,
) -> list[str]:
    """Each text with the PII the detector (and, if asked, bare digit runs) finds tokenised; `places`
    is the tenant's (`tenants[].places`)."""
    if not texts:
        return []
    found = await detector.detect(texts, language=language, regions=regions, places=places)
    per_text = [_keep(spans + (_digit_spans(t) if digit_runs else [])) for t, spans in zip(texts, found, strict=True)]
    requests: dict[tuple[str, str], TokenizeRequest] = {}
    if subject is not None:
        for text, spans in zip(texts, per_text, strict=True):
            for s in spans:
                value = text[s.start : s.end]
                requests.setdefault((s.entity, value), TokenizeRequest(value, s.entity, subject))
    minted = await vault.tokenize(tenant, list(requests.values()))
    tokens = {key: m.token for key, m in zip(requests, minted, strict=True)}
    return [
        replace_spans(text, spans, lambda entity, value: tokens.get((entity, value), f"[{entity}]"))
        for text, spans in zip(texts, per_text, strict=True)
    ]


async def scan_json(node: Any, *, only: Callable[[tuple[str | int, ...]], bool] | None = None, **kwargs: Any) -> Any:
    """A copy of a JSON value with every string (or those `only` selects) scanned as text."""
    picked = [(p, s) for p, s in _strings(node) if only is None or only(p)]
    scanned = await scan_texts([s for _, s in picked], **kwargs)
    changes = {p: new for (p, old), new in zip(picked, scanned, strict=True) if new != old}
    return _replace(node, changes) if changes else node


def _replace(node: Any, changes: Mapping[tuple[str | int, ...], str], path: tuple[str | int, ...] = ()) -> Any:
    if path in changes:
        return changes[path]
    if isinstance(node, dict):
        return {k: _replace(v, changes, (*path, k)) for k, v in node.items()}
    if isinstance(node, list):
        return [_replace(v, changes, (*path, i)) for i, v in enumerate(node)]
    return node


def is_error_text(path: tuple[str | int, ...]) -> bool:
    """Strings of a Graph error body that may carry PII (Meta echoes numbers there)."""
    return (
        len(path) >= 2 and path[0] == "error" and (path[-1] in ERROR_TEXT_KEYS or path[1:] == ("error_data", "details"))
    )
