"""How many decimal digits in a row every match of a regex holds, and the longest such run in a text.

Why: the checksum recognizers (`checksum_pattern_recognizer`) scan every text with a digit, some
fifteen of them, and their bare forms need a long run of digits ("(?<![\\d.+])\\d{11}(?!\\d)": a
CPF, a partita IVA; twelve for an Aadhaar, fourteen for a CNPJ). A message's phone is mostly
typed in groups ("+33 6 12 34 08 17"), its card in fours, its amounts and dates shorter still:
its longest run of digits, read once a text, rules out most of those patterns before any scan.

What a pattern needs is read from the parse tree the stdlib `re` builds (`re._parser`), as
`proxy/detection/prefilter.py` reads the characters a pattern needs, so it cannot drift from the
regexes: consecutive items that consume only decimal digits (a digit literal, a class of digits
only, a repeat of those, counted at its least) add up; a zero-width item (an anchor, a
lookaround) leaves the run going, since the characters on both sides of it are adjacent in the
text; anything else ends it, and a group, an alternation (its shortest branch) or a repeat of at
least one counts for its own runs inside. A pattern the walk cannot parse needs no run (0): the
test can only fail to skip a pattern, never skip one that could match. `\\d` matches any Unicode
decimal digit, and so does the text's run here; a class of ASCII digits matches fewer.
"""

from __future__ import annotations

import importlib
from typing import Any

from recognizers import factored

_DIGITS = factored.compile(r"\d+")
_ASCII_DIGITS = range(ord("0"), ord("9") + 1)


def digit_run(pattern: str, flags: int = 0) -> int:
    """The length of a run of consecutive decimal digits that every match of `pattern` holds (0: none known)."""
    try:
        parser: Any = importlib.import_module("re._parser")
        tree = parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - unknown syntax or interpreter: assume it needs nothing
        return 0
    return _run(list(tree), parser)


def longest_run(text: str) -> int:
    """The length of the longest run of consecutive decimal digits in `text`."""
    return max((len(m) for m in _DIGITS.findall(text)), default=0)


class DigitRuns:
    """A text's longest digit run, read on first use and then shared by every recognizer of the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._longest: int | None = None

    @property
    def longest(self) -> int:
        if self._longest is None:
            self._longest = longest_run(self.text)
        return self._longest


def _run(items: list[Any], p: Any) -> int:
    """The longest run of digits every match of the sequence `items` holds."""
    best = current = 0
    for op, av in items:
        count = _digits(op, av, p)
        if count is not None:
            current += count
            best = max(best, current)
        else:
            current = 0
            best = max(best, _inside(op, av, p))
    return best


def _digits(op: Any, av: Any, p: Any) -> int | None:  # noqa: PLR0911 - one return per opcode
    """The digits an item consumes at least, when it consumes only decimal digits; None otherwise."""
    if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
        return 0  # zero-width: the run goes on across it
    if op is p.LITERAL:
        return 1 if av in _ASCII_DIGITS else None
    if op is p.IN:
        return 1 if av and all(_digit_member(o, a, p) for o, a in av) else None
    if op in _repeats(p):
        low, _high, sub = av
        inner = _sequence_digits(list(sub), p)
        return None if inner is None else low * inner
    if op is p.SUBPATTERN:
        return _sequence_digits(list(av[-1]), p)
    if op is p.BRANCH:
        counts = [_sequence_digits(list(branch), p) for branch in av[1]]
        return None if not counts or any(c is None for c in counts) else min(c for c in counts if c is not None)
    return None


def _sequence_digits(items: list[Any], p: Any) -> int | None:
    """The digits a sequence consumes at least, when every item of it consumes only digits."""
    total = 0
    for op, av in items:
        count = _digits(op, av, p)
        if count is None:
            return None
        total += count
    return total


def _inside(op: Any, av: Any, p: Any) -> int:
    """The longest run every match of an item that consumes more than digits holds within it."""
    if op is p.SUBPATTERN:
        return _run(list(av[-1]), p)
    if op is getattr(p, "ATOMIC_GROUP", None):
        return _run(list(av), p)
    if op in _repeats(p):
        low, _high, sub = av
        return _run(list(sub), p) if low >= 1 else 0
    if op is p.BRANCH:
        runs = [_run(list(branch), p) for branch in av[1]]
        return min(runs) if runs else 0
    return 0


def _repeats(p: Any) -> tuple[Any, ...]:
    return (p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", p.MAX_REPEAT))


def _digit_member(op: Any, av: Any, p: Any) -> bool:
    """A member of a character class that can only be a decimal digit."""
    if op is p.CATEGORY:
        return bool(av is p.CATEGORY_DIGIT)
    if op is p.LITERAL:
        return av in _ASCII_DIGITS
    if op is p.RANGE:
        return av[0] in _ASCII_DIGITS and av[1] in _ASCII_DIGITS
    return False  # NEGATE, other categories, anything else
