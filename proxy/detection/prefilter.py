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

A character every match holds more than once is asked for that many times (`repeated`): an IPv4
address holds three dots, an IPv6 one two colons, and most chat messages with a digit and a dot
hold one or two dots ("12.50", "ok. 3 pairs"), a time one colon. The count is what the match
itself holds, added up over a sequence and multiplied by a repeat's least count; a lookaround's
characters may be the match's own, so they are only compared with it, never added.
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


def repeated(pattern: str, flags: int = 0) -> frozenset[str]:
    """A character every match of `pattern` holds more than once, as that character repeated the
    least number of times a match holds it ("..." for the three dots of an IPv4 address, "::" for an
    IPv6 gap): a text holding fewer cannot match. Counted as `required` reads characters (ASCII
    punctuation and symbols only, no letters, no digits); the characters a lookaround asks for may be
    the ones the match itself holds, so they are never added to them, only compared."""
    try:
        parser: Any = importlib.import_module("re._parser")
        tree = parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - unknown syntax or interpreter: assume it needs nothing
        return _NOTHING
    held_by_match, seen = _counts(tree, parser)
    least = {c: max(held_by_match.get(c, 0), seen.get(c, 0)) for c in {*held_by_match, *seen}}
    return frozenset(c * n for c, n in least.items() if n > 1)


def present(text: str, needs: frozenset[str]) -> bool:
    """True when `text` holds everything in `needs` (from `required` and `repeated`)."""
    return all(_holds(text, c) for c in needs)


def held(text: str, chars: frozenset[str]) -> frozenset[str]:
    """The members of `chars` (characters, `DIGIT` and `repeated`'s runs) that `text` holds: one
    test per member for a text, then `needs <= held(...)` is `present(text, needs)` for every
    pattern at once."""
    return frozenset(c for c in chars if _holds(text, c))


def _holds(text: str, need: str) -> bool:
    if need == DIGIT:
        return _DIGIT_RE.search(text) is not None
    if len(need) > 1:  # `repeated`: the character at least that many times, anywhere
        return text.count(need[0]) >= len(need)
    return need in text


_Counts = dict[str, int]


def _counts(items: Any, p: Any) -> tuple[_Counts, _Counts]:
    """(how many times the match itself holds each character at least, how many times the text holds it
    at least because a lookaround inside asks for it): the first adds up over a sequence, the second
    only takes the largest, since a lookaround may read the characters the match holds."""
    held_by_match: _Counts = {}
    seen: _Counts = {}
    for op, av in items:
        mine, theirs = _item_counts(op, av, p)
        for c, n in mine.items():
            held_by_match[c] = held_by_match.get(c, 0) + n
        for c, n in theirs.items():
            seen[c] = max(seen.get(c, 0), n)
    return held_by_match, seen


def _item_counts(op: Any, av: Any, p: Any) -> tuple[_Counts, _Counts]:  # noqa: PLR0911 - one return per opcode
    if op is p.LITERAL:
        char = chr(av)
        return ({char: 1} if char.isascii() and not char.isalnum() else {}), {}
    if op is p.IN:
        return _item_counts(p.LITERAL, av[0][1], p) if len(av) == 1 and av[0][0] is p.LITERAL else ({}, {})
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", p.MAX_REPEAT)):
        low, _high, sub = av
        if low < 1:
            return {}, {}
        mine, theirs = _counts(sub, p)
        return {c: n * low for c, n in mine.items()}, theirs  # a lookaround repeated reads the same place
    if op is p.SUBPATTERN:
        return _counts(av[-1], p)
    if op is getattr(p, "ATOMIC_GROUP", None):
        return _counts(av, p)
    if op is p.BRANCH:
        branches = [_counts(branch, p) for branch in av[1]]
        if not branches:
            return {}, {}
        # whichever branch matches: the least of them, of what the match holds and of what the text holds
        wholes = [{c: max(m.get(c, 0), t.get(c, 0)) for c in {*m, *t}} for m, t in branches]
        return _least([m for m, _ in branches]), _least(wholes)
    if op is p.ASSERT:
        mine, theirs = _counts(av[1], p)
        return {}, {c: max(mine.get(c, 0), theirs.get(c, 0)) for c in {*mine, *theirs}}
    return {}, {}


def _least(counts: list[_Counts]) -> _Counts:
    """Each character's smallest count over `counts` (absent counts as none)."""
    common = set(counts[0]).intersection(*counts[1:])
    return {c: min(one[c] for one in counts) for c in common}


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
