"""Undo the ways people (and apps) disguise identifiers, and map offsets back.

A phone number typed with non-breaking spaces, U+202F, en dashes or soft
hyphens, with a zero-width space or an RTL mark inside, in Arabic-Indic or
fullwidth digits, or spaced out digit by digit; an e-mail with a fullwidth `＠`
or written "mario dot rossi at example dot com": the recognizers' regexes see
none of these. So each text is normalised before matching, and every span
found on the normalised text is mapped back to the exact offsets of the
original, so what Veil replaces covers the disguised original.

Why a helper of Veil's own: `unicodedata` gives the per-character facts
(category, decimal value, NFKC form) and is used for them, and `str.translate`
would do the character mapping, but neither records *where* each output
character came from, and dropping characters (zero-width, bidi controls) or
rewriting phrases (" dot " → ".") shifts every later offset. No maintained
PyPI package does offset-preserving normalisation for this; the mapping here
is a list of (start, end) original offsets per normalised character.

Text of ASCII and accented Latin letters without spaced digits or spelled-out e-mails (most messages)
is returned as it is, after one regex search: no per-character work.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from recognizers import factored

# Zero-width characters, bidi marks/embeddings/overrides/isolates, BOM, word joiner,
# soft hyphen, Mongolian vowel separator, Arabic letter mark: invisible, dropped.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2043\u02d7")
# Single digits separated by one space/dot/dash, at least seven: "3 4 7 1 2 3 4 5 6 7".
_SPACED_DIGITS = re.compile(r"(?<![\w.,])(?:\+ ?)?\d(?:[ .\-]\d){6,}(?![\w]|[.,]\d)")
_DOT = r"\s*(?:\.|\(\s*(?:dot|punto|ponto|punkt|point)\s*\)|\[\s*(?:dot|punto|ponto|punkt|point)\s*\]|\s(?:dot|punto|ponto|punkt|point)\s)\s*"  # noqa: E501
_AT = r"\s*(?:@|\(\s*(?:at|chiocciola|arroba|arobase)\s*\)|\[\s*(?:at|chiocciola|arroba|arobase)\s*\]|\s(?:at|chiocciola|arroba|arobase)\s)\s*"  # noqa: E501
_LABEL = r"[^\W_][\w\-]*"
# "mario dot rossi at example dot com": a local part, an "at", then labels joined by "dot"
# ending in an alphabetic TLD. Only spelled-out forms: a real "a@b.c" is left alone.
_SPELLED_EMAIL = re.compile(
    rf"(?<![\w.@])(?P<local>{_LABEL}(?:{_DOT}{_LABEL})*)(?P<at>{_AT})(?P<domain>{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}[^\W\d_]{{2,24}})(?!\w)",
    re.IGNORECASE,
)
_SPELLED_HINT = factored.compile(
    r"\s(?:at|chiocciola|arroba|arobase)\s|[(\[]\s*(?:at|chiocciola|arroba|arobase)\s*[)\]]", re.IGNORECASE
)
_DOT_ONLY = re.compile(_DOT, re.IGNORECASE)
# Characters `_char` may change: everything outside ASCII and the Latin letters with
# accents (U+00C0-U+024F), which most European messages are made of and which stay.
_SUSPECT = re.compile(r"[^\x00-\x7f\u00c0-\u024f]")
_SPACED_HINT = re.compile(r"\d[ .\-]\d[ .\-]\d[ .\-]\d")
# A digit typed as a letter in a run of digit groups: "O6 12 34 56 78", "347 l23 4567",
# "(2o7) 362-7552" (O/o for 0, l for 1, as some people type and as OCR reads). `_lettered` decides.
_LETTER_HINT = re.compile(r"\d[Ool]|[Ool]\d|0[xX]{2}\d")
# Brazil's old long-distance prefix with the carrier left open, "0xx11 91234-5678", "(0XX21) …":
# the trunk 0 and the area code, as dialled.
_LONG_DISTANCE = re.compile(r"(?<!\w)0[xX]{2}(?=\d{2}(?:\)|[\s.\-/])\s?\d)")
_LETTERED_RUN = re.compile(r"(?<![\w+])\(?\+?[\dOol]+\)?(?:[ .\-/]{1,3}\(?[\dOol]+\)?){0,7}(?!\w)")
_RUN_GROUP = re.compile(r"[\dOol]+")
_AS_DIGIT = {"O": "0", "o": "0", "l": "1"}
# A line break or tab written as its escape ("Ship to:\n12 Elm St\nTel 555-…", a backslash
# and a letter): text copied out of JSON, a log line or a CSV cell. Read as the character it
# stands for, so "\n12" is a line break and a house number, not the word "n12"; the one
# character spans the whole escape. An escaped backslash before it ("C:\\new") is left alone.
_ESCAPE = re.compile(r"(?<!\\)\\(?:r\\n|[nrt])")
_UNESCAPED = {"n": "\n", "r": "\n", "t": "\t"}
# Where `_KNOWN` is worked out: Latin-1 to spacing modifiers, general punctuation and currency,
# arrows and symbols, fullwidth forms, emoji.
_KNOWN_RANGES = ((0x80, 0x2FF), (0x2000, 0x20CF), (0x2190, 0x27BF), (0xFE00, 0xFFEF), (0x1F000, 0x1FAFF))


@dataclass(frozen=True, slots=True)
class Normalised:
    """`text` as matched, and for each of its characters the original [start, end)."""

    original: str
    text: str
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    @property
    def changed(self) -> bool:
        return self.text is not self.original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets covering normalised [start, end)."""
        if not self.changed or end <= start:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _char(ch: str) -> str:
    """What one non-ASCII character becomes: "", a space, "-", a digit, or its NFKC form; read from
    `_KNOWN` for the characters of most messages."""
    known = _KNOWN.get(ch)
    return known if known is not None else _becomes(ch)


def _becomes(ch: str) -> str:
    """`_char`, worked out."""
    if ch in _INVISIBLE:
        return ""
    if ch in _DASHES:
        return "-"
    category = unicodedata.category(ch)
    if category == "Zs":
        return " "
    if category == "Cf":
        return ""
    value = unicodedata.decimal(ch, None)
    if value is not None:
        return str(value)
    if "\uff01" <= ch <= "\uff5e":  # fullwidth ASCII forms: ＠ → @, Ａ → A
        return unicodedata.normalize("NFKC", ch)
    return ch


# `_char` of the characters most messages hold beyond ASCII (accented Latin, punctuation, spaces,
# currency, fullwidth forms, emoji), worked out at import: a fixed table, not a cache of the
# characters messages brought, so a worker keeps no trace of which ones it read (docs/security.md).
_KNOWN: Mapping[str, str] = MappingProxyType(
    {chr(c): _becomes(chr(c)) for first, last in _KNOWN_RANGES for c in range(first, last + 1)}
)


def normalise(text: str) -> Normalised:
    """The normalised text and its offset map (the text itself when nothing changes)."""
    plain = _unchanged(text)
    escaped = "\\" in text and _ESCAPE.search(text) is not None
    if (
        plain
        and not escaped
        and not _SPACED_HINT.search(text)
        and not _SPELLED_HINT.search(text)
        and not _LETTER_HINT.search(text)
    ):
        return Normalised(text, text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    if plain:
        out = list(text)
        starts = list(range(len(text)))
        ends = list(range(1, len(text) + 1))
    else:
        for i, ch in enumerate(text):
            new = ch if ch < "\x80" else _char(ch)
            for c in new:
                out.append(c)
                starts.append(i)
                ends.append(i + 1)
    if escaped:
        out, starts, ends = _unescape(out, starts, ends)
    chars, starts, ends = _rewrite(out, starts, ends)
    joined = "".join(chars)
    if joined == text:
        return Normalised(text, text)
    return Normalised(text, joined, tuple(starts), tuple(ends))


def _unchanged(text: str) -> bool:
    """True when `_char` leaves every character of `text` as it is: no character outside ASCII and the
    accented Latin letters (`_SUSPECT`), or only such characters that stay ("€", "£", "º", "°", "¿": a
    fifth of the messages). Then the text is mapped character by character as itself, no loop needed."""
    if _SUSPECT.search(text) is None:
        return True
    return all(_char(ch) == ch for ch in set(_SUSPECT.findall(text)))


def _unescape(chars: list[str], starts: list[int], ends: list[int]) -> tuple[list[str], list[int], list[int]]:
    """Each escape (`_ESCAPE`) as the one character it stands for, spanning the whole escape."""
    out: list[str] = []
    o_starts: list[int] = []
    o_ends: list[int] = []
    pos = 0
    text = "".join(chars)
    for m in _ESCAPE.finditer(text):
        out += chars[pos : m.start()]
        o_starts += starts[pos : m.start()]
        o_ends += ends[pos : m.start()]
        out.append(_UNESCAPED[m.group()[1]])
        o_starts.append(starts[m.start()])
        o_ends.append(ends[m.end() - 1])
        pos = m.end()
    out += chars[pos:]
    o_starts += starts[pos:]
    o_ends += ends[pos:]
    return out, o_starts, o_ends


def _rewrite(chars: list[str], starts: list[int], ends: list[int]) -> tuple[list[str], list[int], list[int]]:
    """Collapse spaced digits and spelled-out e-mails, keeping each character's original extent.

    A kept character maps to itself; a character that stands for a phrase (the "@" of
    " at ", the "." of " dot ") maps to the whole phrase, so a span touching it covers it.
    """
    text = "".join(chars)
    edits: list[tuple[int, int, list[tuple[str, int, int]]]] = []  # (start, end, new chars) in `text`
    for m in _SPACED_DIGITS.finditer(text):
        edits.append(
            (
                m.start(),
                m.end(),
                [(c, starts[i], ends[i]) for i, c in enumerate(m.group(), m.start()) if c.isdigit() or c == "+"],
            )
        )
    if _LETTER_HINT.search(text):
        for m in _LONG_DISTANCE.finditer(text):
            edits.append((m.start(), m.end(), [("0", starts[m.start()], ends[m.end() - 1])]))
        for m in _LETTERED_RUN.finditer(text):
            if _lettered(m.group(), text[m.end() : m.end() + 2]) and not any(
                s < m.end() and m.start() < e for s, e, _ in edits
            ):
                edits.append(
                    (
                        m.start(),
                        m.end(),
                        [(_AS_DIGIT.get(c, c), starts[i], ends[i]) for i, c in enumerate(m.group(), m.start())],
                    )
                )
    if _SPELLED_HINT.search(text):
        for m in _SPELLED_EMAIL.finditer(text):
            if not _disguised(m) or any(s < m.end() and m.start() < e for s, e, _ in edits):
                continue
            edits.append((m.start(), m.end(), _compact_email(m, starts, ends)))
    if not edits:
        return chars, starts, ends
    out: list[str] = []
    o_starts: list[int] = []
    o_ends: list[int] = []
    pos = 0
    for s, e, new in sorted(edits, key=lambda edit: edit[0]):
        out += chars[pos:s]
        o_starts += starts[pos:s]
        o_ends += ends[pos:s]
        out += [c for c, _, _ in new]
        o_starts += [a for _, a, _ in new]
        o_ends += [b for _, _, b in new]
        pos = e
    out += chars[pos:]
    o_starts += starts[pos:]
    o_ends += ends[pos:]
    return out, o_starts, o_ends


def _lettered(run: str, after: str) -> bool:
    """A phone-like run with a digit or two typed as letters: at least seven real digits, one or
    two letters, each inside a group that has digits too. Not an ordinal before its word ("… 2o
    andar", "1o piano": a last group of one digit and an o, a word after it), not a word between
    numbers ("347… o 339…": no digit in it)."""
    groups = _RUN_GROUP.findall(run)
    if len(groups[-1]) == 2 and groups[-1][1] == "o" and after[:1] == " " and after[1:].isalpha():
        return False
    letters = sum(run.count(c) for c in _AS_DIGIT)
    digits = sum(c.isdigit() for c in run)
    if not 1 <= letters <= 2 or digits < 7:
        return False
    for group in groups:
        if group.isdigit():
            continue
        if not any(c.isdigit() for c in group):
            return False
    return True


def _disguised(m: re.Match[str]) -> bool:
    """A spelled-out e-mail, not "look at example.com": the "at" is spelled and either
    bracketed, or a "dot" is spelled too, or the local part looks like an address's."""
    at = m.group("at").strip()
    if at == "@":
        return False
    spelled_dot = any(len(d.group().strip()) > 1 for d in _DOT_ONLY.finditer(m.group()))
    local = m.group("local")
    return at[:1] in "([" or spelled_dot or any(c in local for c in "._0123456789")


def _compact_email(m: re.Match[str], starts: list[int], ends: list[int]) -> list[tuple[str, int, int]]:
    """The address's characters: label characters map to themselves, "@"/"." to their phrase."""
    out: list[tuple[str, int, int]] = []
    for group in ("local", "at", "domain"):
        g_start, g_end = m.span(group)
        if group == "at":
            out.append(("@", starts[g_start], ends[g_end - 1]))
            continue
        pos = g_start
        for d in _DOT_ONLY.finditer(m.string, g_start, g_end):
            out += [(m.string[i], starts[i], ends[i]) for i in range(pos, d.start())]
            out.append((".", starts[d.start()], ends[d.end() - 1]))
            pos = d.end()
        out += [(m.string[i], starts[i], ends[i]) for i in range(pos, g_end)]
    return out
