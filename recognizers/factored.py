"""`compile(pattern, flags)`: `re.compile` with long alternations of words grouped by first letter.

Why: the stdlib `re` tries the alternatives of `(?i:via|viale|piazza|…)` one after the other
at every position where the pattern can get that far, and with IGNORECASE each try is a
full step of its engine (it skips an alternative cheaply only when its first item is a
plain literal or character class, not a case-insensitive one). The name rules' cue words
(hundreds of greetings, introductions, titles) and the street-address cores' street types
made these alternations the costliest regexes of a message.

The same pattern, parsed by `re` itself (`re._parser`), has every such alternation
rewritten: alternatives that begin with the same literal are grouped under it, in their
order ("via|piazza|viale" → "v(?:ia|iale)|piazza"), recursively; under IGNORECASE the
shared first letter becomes a case-sensitive class of every character `re` matches it with
(`[vV]`, `[sSſ]`, `[kKK]`, `[iIİı]`), which the engine checks before trying the group.
The code is then built from that tree with `re`'s own compiler, under the original
pattern's text and flags.

Why the matches are the same: an alternation tries its alternatives in order and takes the
first that lets the whole pattern match. At a given position, alternatives that begin with
different letters cannot both match (a character is matched by one ASCII letter case-
insensitively, or by none); those that begin with the same one are still tried in their
order. Only alternations whose every alternative begins with a literal are grouped; under
IGNORECASE none where a first literal is one of the four non-ASCII letters `re` matches an
ASCII one with ("ſ" for "s", the Kelvin sign for "k", "İ" and "ı" for "i": `FOLDS`). An
alternative that begins with any other cased letter outside ASCII ("à l'attention de", "él")
is left alone, in its place among the groups: it cannot match where an ASCII letter's group
can, and those letters, which may fold onto one another ("à", "À"), keep their order. (Before,
one such alternative left its whole alternation ungrouped: the 250 relation cues and 92
sign-offs of the name rules were tried one by one at every word.) Anything else, or any
failure of the private parser and compiler (other Python versions), gives plain `re.compile`.
Second, the search: `re` skips to the characters a match can begin with only when the
pattern begins with a literal or a class, and most address cores begin with a lookbehind
(`(?<![\\w.,/-])`, then a house number), so it tried the whole pattern at every position of
every text. Here the characters every match's first consumed character is among are read from
the tree (`first_characters`: lookarounds and anchors consume nothing; alternatives and
optional items add theirs; unknown when a pattern may consume any character, folds a letter
outside ASCII or can match nothing) and written into the code's info block, the one `re`
writes for `[0-9]…`: the search skips the other positions in C, the pattern's code is the same.

Third, start-up: the rewrite and `re`'s compiler took a detector worker 1.5-2 s of its start for
the few hundred patterns the rules compile. The code of every pattern the default analyzer compiles
here, those the rules' modules compile as they are imported included, is kept in
`data/factored_patterns.xz` (built by `scripts/build_compiled_patterns.py`, in `sre_code.py`'s format:
used only on the interpreter it was built for), and `compile` builds the object from it with
`_sre.compile` (which validates the code); a pattern the file lacks (a changed rule, a tenant's
configuration) is compiled here as before, only slower.

tests/recognizers/test_factored.py checks the case classes against `re` over every code
point, that no other letter outside ASCII matches an ASCII one, and that every rewritten
pattern Veil compiles finds the same matches as `re.compile` on the bench corpora.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's C engine: builds a pattern object from its code
import importlib
import lzma
import re
from functools import cache
from importlib import resources
from typing import Any

from recognizers import sre_code

SHIPPED_FILE = "factored_patterns.xz"

# The characters other than its two cases that `re` matches an ASCII letter with under IGNORECASE.
FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_FOLDED = frozenset("".join(FOLDS.values()))
_MIN_ALTERNATIVES = 3  # fewer: nothing worth grouping


@cache
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's counterpart
    """`re.compile(pattern, flags)`, with its alternations grouped (module doc); cached per pattern,
    and built from the shipped code when `shipped()` holds it (the rewrite and `re`'s compiler are
    most of a detector worker's start-up otherwise)."""
    if flags & re.LOCALE:
        return re.compile(pattern, flags)
    one = shipped().get((pattern, flags))
    if one is not None:
        try:
            return sre_code.build(one)
        except (RuntimeError, ValueError, TypeError, KeyError, AttributeError):
            pass  # code `_sre` rejects, or a damaged entry: compiled here instead
    try:
        return sre_code.build(entry(pattern, flags))
    except Exception:  # noqa: BLE001 - another Python's internals: the plain pattern, as before
        return re.compile(pattern, flags)


def entry(pattern: str, flags: int = 0) -> dict[str, Any]:
    """The file entry of `pattern` grouped (`sre_code.entry`): what `compile` builds its object from.
    Raises on anything `re`'s private parser or compiler does not take (then `compile` falls back)."""
    parser: Any = importlib.import_module("re._parser")
    compiler: Any = importlib.import_module("re._compiler")
    tree = parser.parse(pattern, flags)
    if tree.state.flags & re.LOCALE:
        raise ValueError("LOCALE patterns are compiled by re alone")
    grouped = _Grouper(parser).sub(tree, tree.state.flags)
    code = compiler._code(grouped, flags)
    code = _with_first_characters(code, grouped, flags | tree.state.flags, parser, compiler)
    return sre_code.entry(pattern, flags, tree.state, code)


@cache
def shipped() -> dict[tuple[str, int], dict[str, Any]]:
    """The code of the patterns the default analyzer compiles, built with Veil
    (`scripts/build_compiled_patterns.py`), by pattern and flags; empty when the file is missing,
    damaged or built for another interpreter (then every pattern is compiled here, a slower start)."""
    try:
        found = sre_code.entries((resources.files("recognizers") / "data" / SHIPPED_FILE).read_bytes())
    except (OSError, ValueError, KeyError, TypeError, lzma.LZMAError):
        return {}
    return {(one["pattern"], one["flags"]): one for one in found or ()}


def _with_first_characters(code: list[int], tree: Any, flags: int, p: Any, compiler: Any) -> list[int]:
    """`code` whose info block names the characters every match begins with (`first_characters`), when
    `re` found none itself: its search then skips to them in C, where it tried the whole pattern (its
    leading lookbehind first) at every position. The code after the info block is unchanged."""
    info_flags = code[2]
    if code[0] != compiler.INFO or info_flags != 0:
        return code  # `re` has a literal prefix or a first-character set of its own
    first = first_characters(tree, flags, p)
    if not first:
        return code
    info: list[int] = []
    # the class read as the pattern reads it (any Unicode digit for \d); its letters already in both cases
    compiler._compile_info(info, p.SubPattern(tree.state, [(p.IN, first)]), flags & ~re.IGNORECASE)
    if info[2] != compiler.SRE_INFO_CHARSET:
        return code
    info[3], info[4] = code[3], code[4]  # the pattern's own shortest and longest match
    return info + code[code[1] + 1 :]


def first_characters(tree: Any, flags: int, p: Any) -> list[tuple[Any, Any]] | None:
    """The members of a character class every match of `tree` begins with, or None when that is not
    known exactly (any character, a back-reference, a class `re` matches with case folding, a
    pattern that can match the empty string). Zero-width items (lookarounds, anchors) consume
    nothing: the first character is the first consumed one after them."""
    found, nullable = _first(tree.data, flags, p)
    return None if found is None or nullable else found


def _first(items: Any, flags: int, p: Any) -> tuple[list[tuple[Any, Any]] | None, bool]:
    """(first characters, whether `items` can consume nothing) of a sequence."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op in (p.ASSERT, p.ASSERT_NOT, p.AT):
            continue
        found, nullable = _first_of(op, av, flags, p)
        if found is None:
            return None, False
        out += found
        if not nullable:
            return out, False
    return out, True


def _first_of(op: Any, av: Any, flags: int, p: Any) -> tuple[list[tuple[Any, Any]] | None, bool]:  # noqa: PLR0911
    if op is p.LITERAL:
        return _literal_first(av, flags, p), False
    if op is p.IN:
        members: list[tuple[Any, Any]] = []
        for member_op, member in av:
            if member_op is p.LITERAL:
                found = _literal_first(member, flags, p)
            elif member_op is p.CATEGORY:
                found = [(member_op, member)]
            elif member_op is p.RANGE and not (flags & re.IGNORECASE and _cased_range(*member)):
                found = [(member_op, member)]
            else:
                found = None  # a negated class, a range of letters under IGNORECASE
            if found is None:
                return None, False
            members += found
        return members, False
    if op is p.BRANCH:
        union: list[tuple[Any, Any]] = []
        any_nullable = False
        for alternative in av[1]:
            found, nullable = _first(alternative.data, flags, p)
            if found is None:
                return None, False
            union += found
            any_nullable = any_nullable or nullable
        return union, any_nullable
    if op is p.SUBPATTERN:
        _group, add, remove, inner = av
        return _first(inner.data, (flags | add) & ~remove, p)
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", p.MAX_REPEAT)):
        low, high, inner = av
        if high == 0:
            return [], True
        found, nullable = _first(inner.data, flags, p)
        return found, nullable or low == 0
    if op is getattr(p, "ATOMIC_GROUP", None):
        return _first(av.data, flags, p)
    return None, False  # any character, a back-reference, a conditional: not known


def _literal_first(code: int, flags: int, p: Any) -> list[tuple[Any, Any]] | None:
    """The characters a literal matches: itself, or under IGNORECASE an ASCII letter's case class."""
    char = chr(code)
    if not (flags & re.IGNORECASE) or not _sre.unicode_iscased(code):
        return [(p.LITERAL, code)]
    if char.isascii():
        return [(p.LITERAL, ord(c)) for c in case_class(char)]
    return None  # a cased letter outside ASCII: its folds are `re`'s own business


def _cased_range(low: int, high: int) -> bool:
    return any(_sre.unicode_iscased(c) for c in range(low, high + 1))


def case_class(letter: str) -> str:
    """Every character `re` matches the ASCII `letter` with under IGNORECASE."""
    return "".join(sorted({letter.lower(), letter.upper(), *FOLDS.get(letter.lower(), "")}))


class _Grouper:
    """The tree walk: a copy of the parse tree with its alternations grouped."""

    def __init__(self, parser: Any) -> None:
        self.p = parser

    def sub(self, sub: Any, flags: int) -> Any:
        p = self.p
        data: list[tuple[Any, Any]] = []
        for op, av in sub.data:
            if op is p.BRANCH:
                alternatives = [self.sub(a, flags) for a in av[1]]
                data.append((op, (av[0], self.alternatives(alternatives, flags, sub.state))))
            elif op is p.SUBPATTERN:
                group, add, remove, inner = av
                data.append((op, (group, add, remove, self.sub(inner, (flags | add) & ~remove))))
            elif op in (p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", p.MAX_REPEAT)):
                low, high, inner = av
                data.append((op, (low, high, self.sub(inner, flags))))
            elif op in (p.ASSERT, p.ASSERT_NOT):
                direction, inner = av
                data.append((op, (direction, self.sub(inner, flags))))
            elif op is getattr(p, "ATOMIC_GROUP", None):
                data.append((op, self.sub(av, flags)))
            elif op is p.GROUPREF_EXISTS:
                group, yes, no = av
                data.append((op, (group, self.sub(yes, flags), None if no is None else self.sub(no, flags))))
            else:
                data.append((op, av))
        return self.p.SubPattern(sub.state, data)

    def alternatives(self, alternatives: list[Any], flags: int, state: Any) -> list[Any]:
        """`alternatives` grouped by first literal, order kept within each group (module doc)."""
        p = self.p
        literal_first = all(a.data and a.data[0][0] is p.LITERAL for a in alternatives)
        if len(alternatives) < _MIN_ALTERNATIVES or not literal_first:
            return alternatives
        firsts: list[int] = [a.data[0][1] for a in alternatives]
        ignore_case = bool(flags & re.IGNORECASE)
        if ignore_case and any(chr(f) in _FOLDED for f in firsts):
            return alternatives  # a letter `re` matches an ASCII one with ("ſ", "K"): left as is
        groups: dict[int | tuple[int], list[Any]] = {}
        for index, (alternative, first) in enumerate(zip(alternatives, firsts, strict=True)):
            key: int | tuple[int] = ord(chr(first).lower()) if ignore_case and first < 0x80 else first
            if ignore_case and first > 0x7F and chr(first).lower() != chr(first).upper():
                key = (index,)  # a cased letter outside ASCII ("à", "é"): alone, in its place (module doc)
            groups.setdefault(key, []).append(alternative)
        out = []
        for key, members in groups.items():
            head: tuple[Any, Any] = members[0].data[0]
            if ignore_case and isinstance(key, int) and key < 0x80 and chr(key).isalpha():
                variants = [(p.LITERAL, ord(c)) for c in case_class(chr(key))]
                head = (p.SUBPATTERN, (None, 0, re.IGNORECASE, p.SubPattern(state, [(p.IN, variants)])))
            if len(members) == 1:
                out.append(p.SubPattern(state, [head, *members[0].data[1:]]))
                continue
            rests = [p.SubPattern(state, list(m.data[1:])) for m in members]
            out.append(p.SubPattern(state, [head, (p.BRANCH, (None, self.alternatives(rests, flags, state)))]))
        return out
