"""The pure half of the direct API (/v1/tokenize, /v1/detokenize): verdicts.

Request bodies are parsed by the server's models (`proxy.server.models.public`). `judge`
turns vault results into the per-item answers of docs/design.md
(`{token, entity, value}` or `{token, error}`) under a policy, using the entity sealed
in the record, never the one written in the token; `mask` is what a `mask` grant sees
(the last characters, e.g. a phone's last four digits). No I/O here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from proxy.access.policy import Op, Policy, decide
from proxy.vault import NotRevealed, Revealed

__all__ = ["ValueItem", "Verdict", "judge", "mask"]


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


def judge(
    policy: Policy, purpose: str, given: Sequence[str], results: Sequence[Revealed | NotRevealed]
) -> list[Verdict]:
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
