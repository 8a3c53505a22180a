"""What a text must contain for a regex to match in it: a cheap test before running the regex.

A plain `PatternRecognizer` (Presidio's `IpRecognizer`, the YAML entries) runs every
pattern over every text through the `regex` module with a timeout, the slower of the
two engines. Most patterns cannot match most texts: every IPv6 shape needs a ":",
which 87 % of the benchmark's messages lack. A substring test per required character
costs a fraction of a scan by the pattern.

What a pattern requires is read from the pattern itself, from the parse tree the stdlib
`re` builds (`re._parser`), so it cannot drift from the regexes: the characters, and
whether a decimal digit, that every match must hold (a literal outside letters, a class
of digits only, inside repeats of at least one, groups, positive lookarounds, and
only what every branch of an alternation requires). Letters are left out (the pattern
may ignore case); so is anything the walk does not know, and a pattern it cannot parse
(a `regex`-only construct) requires nothing: the test can only fail to skip a pattern,
never skip one that could match. `\\d` matches any Unicode decimal digit in `re` and in
`regex`, and so does the digit test here.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

DIGIT = "\\d"  # stands for "a decimal digit" among the required characters
_DIGIT_RE = re.compile(r"\d")
_ASCII_DIGITS = range(ord("0"), ord("9") + 1)
_NOTHING: frozenset[str] = frozenset()


def required(pattern: str, flags: int = 0) -> frozenset[str]:
    """Characters (and `DIGIT`) present in every text `pattern` can match in (module doc)."""
    try:
        parser: Any = importlib.import_module("re._parser")
        tree = parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - unknown syntax or interpreter: assume it needs nothing
        return _NOTHING
    return _sequence(tree, parser)


def present(text: str, needs: frozenset[str]) -> bool:
    """True when `text` holds everything in `needs` (from `required`)."""
    return all((_DIGIT_RE.search(text) is not None) if c == DIGIT else c in text for c in needs)


def held(text: str, chars: frozenset[str]) -> frozenset[str]:
    """The members of `chars` (characters and `DIGIT`) that `text` holds: one test per character
    for a text, then `needs <= held(...)` is `present(text, needs)` for every pattern at once."""
    return frozenset(c for c in chars if ((_DIGIT_RE.search(text) is not None) if c == DIGIT else c in text))


def _sequence(items: Any, p: Any) -> frozenset[str]:
    out: set[str] = set()
    for op, av in items:
        out |= _item(op, av, p)
    return frozenset(out)


def _item(op: Any, av: Any, p: Any) -> frozenset[str]:  # noqa: PLR0911 - one return per opcode
    if op is p.LITERAL:
        return _literal(av)
    if op is p.IN:
        if all(_digit_member(o, a, p) for o, a in av) and av:
            return frozenset({DIGIT})
        return _literal(av[0][1]) if len(av) == 1 and av[0][0] is p.LITERAL else _NOTHING
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", p.MAX_REPEAT)):
        low, _high, sub = av
        return _sequence(sub, p) if low >= 1 else _NOTHING
    if op is p.SUBPATTERN:
        return _sequence(av[-1], p)
    if op is getattr(p, "ATOMIC_GROUP", None):
        return _sequence(av, p)
    if op is p.BRANCH:
        branches = [_sequence(branch, p) for branch in av[1]]
        return frozenset.intersection(*branches) if branches else _NOTHING
    if op is p.ASSERT:
        return _sequence(av[1], p)
    return _NOTHING


def _literal(code: int) -> frozenset[str]:
    char = chr(code)
    if code in _ASCII_DIGITS:
        return frozenset({char, DIGIT})
    # only ASCII punctuation and symbols: a letter may match another case (the pattern may ignore case)
    return frozenset({char}) if char.isascii() and not char.isalpha() else _NOTHING


def _digit_member(op: Any, av: Any, p: Any) -> bool:
    """A member of a character class that can only be a decimal digit."""
    if op is p.CATEGORY:
        return av is p.CATEGORY_DIGIT
    if op is p.LITERAL:
        return av in _ASCII_DIGITS
    if op is p.RANGE:
        return av[0] in _ASCII_DIGITS and av[1] in _ASCII_DIGITS
    return False  # NEGATE, other categories, anything else
