"""The pure half of the direct API (/v1/tokenize, /v1/detokenize): requests and verdicts.

`read_values` / `read_tokens` validate request bodies into typed items with errors that
never echo a value; `judge` turns vault results into the per-item answers of docs/design.md
(`{token, entity, value}` or `{token, error}`) under a policy, using the entity sealed
in the record, never the one written in the token; `mask` is what a `mask` grant sees
(the last characters, e.g. a phone's last four digits). No I/O here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from proxy.access.policy import Op, Policy, decide
from proxy.config import ENTITY_NAME
from proxy.errors import BadRequest
from proxy.vault import NotRevealed, Revealed

__all__ = ["ValueItem", "Verdict", "judge", "mask", "read_purpose", "read_text", "read_tokens", "read_values"]

MAX_ITEMS = 1000
MAX_VALUE = 4096
MAX_TEXT = 64 * 1024


@dataclass(frozen=True, slots=True)
class ValueItem:
    value: str
    entity: str


@dataclass(frozen=True, slots=True)
class Verdict:
    answer: dict[str, str]  # the item as the API returns it
    outcome: str  # revealed | masked | forbidden | not_found | malformed
    revealed: Revealed | None = None


def mask(value: str) -> str:
    """Letters and digits hidden but the last few (4 of a phone or card number)."""
    alnum = sum(ch.isalnum() for ch in value)
    keep = 4 if alnum >= 8 else alnum // 4
    out, seen = [], 0
    for ch in value:
        if ch.isalnum():
            seen += 1
            out.append(ch if seen > alnum - keep else "*")
        else:
            out.append(ch)
    return "".join(out)


def read_values(body: dict[str, Any]) -> list[ValueItem]:
    values = body.get("values")
    if not isinstance(values, list) or not 1 <= len(values) <= MAX_ITEMS:
        raise BadRequest([f"values: a list of 1 to {MAX_ITEMS} {{value, entity}} objects"])
    out = []
    for i, item in enumerate(values):
        if not isinstance(item, dict) or set(item) - {"value", "entity"}:
            raise BadRequest([f"values.{i}: an object with value and entity"])
        value, entity = item.get("value"), item.get("entity")
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_VALUE:
            raise BadRequest([f"values.{i}.value: a non-empty string of at most {MAX_VALUE} characters"])
        if not isinstance(entity, str) or not ENTITY_NAME.match(entity):
            raise BadRequest([f"values.{i}.entity: must match [A-Z][A-Z0-9_]{{1,40}}"])
        out.append(ValueItem(value, entity))
    return out


def read_tokens(body: dict[str, Any]) -> list[str]:
    tokens = body.get("tokens")
    if not isinstance(tokens, list) or not 1 <= len(tokens) <= MAX_ITEMS:
        raise BadRequest([f"tokens: a list of 1 to {MAX_ITEMS} strings"])
    if not all(isinstance(t, str) and 0 < len(t) <= 256 for t in tokens):
        raise BadRequest(["tokens: every item must be a string of 1 to 256 characters"])
    return list(tokens)


def read_text(body: dict[str, Any]) -> str:
    text = body.get("text")
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise BadRequest([f"text: a string of at most {MAX_TEXT} characters"])
    return text


def read_purpose(body: dict[str, Any]) -> str:
    purpose = body.get("purpose")
    if not isinstance(purpose, str) or not purpose.strip():
        raise BadRequest(["purpose: required (why the values are needed; it is audited)"])
    if len(purpose) > 64 or not all(ch.isalnum() or ch in "_.:-" for ch in purpose):
        raise BadRequest(["purpose: at most 64 characters of letters, digits and _ . : -"])
    return purpose


def judge(policy: Policy, purpose: str, given: Sequence[str],
          results: Sequence[Revealed | NotRevealed]) -> list[Verdict]:
    """Per-item answers in order, echoing each token as given; unknown and foreign tokens
    are `not_found` alike."""
    out = []
    for token, r in zip(given, results, strict=True):
        if isinstance(r, NotRevealed):
            out.append(Verdict({"token": token, "error": r.error.value}, r.error.value))
        elif decide(policy, Op.REVEAL, r.entity, purpose=purpose).allowed:
            out.append(Verdict({"token": token, "entity": r.entity, "value": r.value}, "revealed", r))
        elif decide(policy, Op.MASK, r.entity, purpose=purpose).allowed:
            out.append(Verdict({"token": token, "entity": r.entity, "value": mask(r.value)}, "masked", r))
        else:
            out.append(Verdict({"token": token, "error": "forbidden"}, "forbidden", r))
    return out
