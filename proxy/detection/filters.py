"""After the recognizers: context words, the NER post-filter, overlaps.

Veil runs its recognizers itself (see `engine`), so the three steps
Presidio's `AnalyzerEngine` would do afterwards live here, in the form Veil
needs:

- **Context words on lower-cased token text** (no lemmas: the NER-only models
  and the blank pipelines have none). For a result of a recognizer with
  `context`, the window is the match's own token plus the five tokens before
  it that are neither stop words nor punctuation (Presidio's window, counted
  the same way), joined by spaces; a context word that is a substring of that
  string lifts the score by 0.35 (at least 0.4, at most 1.0), as Presidio's
  `LemmaContextAwareEnhancer` does. Multi-word context ("national insurance")
  works too, which Presidio's token-by-token test never matched.
- **NER post-filter.** The small spaCy models tag words of order numbers,
  prices and tracking codes as names or places ("Size 42", "Facture
  FT-2024/00123", "Commande"). A PERSON/LOCATION span from the NER loses edge
  words that hold a digit or a currency sign, are 2-4-letter all-capital codes
  ("NI", "IBAN") or are everyday commerce/chat words of the language
  (`words`); what remains must start with a capital letter and hold
  no digit, and must not be a colour after a colour cue ("in Black", "en Noir"),
  else the span is dropped. Since a kept span must start with a
  capitalised non-noise word, a text without one skips the NER model entirely
  (`ner_needed`): same result, a fraction of the CPU. And a structured match (any non-NER
  recognizer above its threshold) beats an overlapping NER span whatever the
  scores: "PW" in the NINO "PW 95 66 05 C" is not a place.
- **Disjoint spans.** Where spans still overlap, the best score wins, then the
  longest: callers replace each kept span by one token.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex  # type: ignore[import-untyped]

from proxy.detection.settings import Span
from proxy.detection.words import NOT_NAMES
from recognizers.name_words import COLOUR_CUES, COLOURS

CONTEXT_FACTOR = 0.35
MIN_SCORE_WITH_CONTEXT = 0.4
CONTEXT_WORDS_BEFORE = 5
NER_RECOGNIZER = "SpacyRecognizer"
_WORD = re.compile(r"\S+")
_CURRENCY = re.compile(r"[\d€$£¥₹¢]")
_CODE = re.compile(r"^[A-Z]{2,4}$")
_UPPER = regex.compile(r"[\p{Lu}\p{Lt}]")
_EDGE_PUNCT = ".,;:!?'\"()[]«»“”‘’"


@dataclass(frozen=True, slots=True)
class Token:
    """What context matching needs of a spaCy token."""

    idx: int
    lower: str
    skip: bool  # a stop word or punctuation: not counted in the window


def _idx(token: Token) -> int:
    return token.idx


def context_window(tokens: Sequence[Token], start: int) -> str:
    """Lower-cased words in the window before a match at `start` (see module doc)."""
    i = max(0, bisect_right(tokens, start, key=_idx) - 1)
    words: list[str] = []
    while i >= 0 and len(words) <= CONTEXT_WORDS_BEFORE:
        if not tokens[i].skip:
            words.append(tokens[i].lower)
        i -= 1
    return " ".join(reversed(words))


def boosted(score: float, window: str, context: Iterable[str]) -> float | None:
    """The lifted score if a context word is in `window`, else None."""
    if any(word in window for word in context):
        return min(1.0, max(score + CONTEXT_FACTOR, MIN_SCORE_WITH_CONTEXT))
    return None


def _noise(word: str, language: str) -> bool:
    """True for an edge word of an NER span that is not part of a name or place."""
    bare = word.strip(_EDGE_PUNCT)
    if not bare or _CURRENCY.search(bare) or _CODE.match(bare):
        return True
    folded = bare.casefold()
    words = NOT_NAMES.get(language, frozenset())
    return folded in words or any(part in words for part in folded.split("-") if part)


def _colour_after_cue(text: str, start: int, end: int) -> bool:
    """ "in Black", "en Noir", "in Tan": a colour after a colour cue (the first-name rules' lists,
    `recognizers.name_words`), which the small models tag as a name or a place."""
    first = text[start:end].split(None, 1)[0].strip(_EDGE_PUNCT).casefold()
    before = text[max(0, start - 12) : start].rstrip(" \t\u00a0:").rsplit(None, 1)
    return first in COLOURS and bool(before) and before[-1].casefold() in COLOUR_CUES


def _word_at(text: str, start: int) -> str:
    """The text from `start` to the next whitespace (the whole word, not cut at a span end)."""
    match = _WORD.match(text, start)
    return match.group() if match else ""


def ner_needed(text: str, language: str) -> bool:
    """False when no NER span of `text` could survive `trim_ner`, so NER can be skipped.

    A kept span starts with an upper-case letter whose word (up to the next
    whitespace) is not noise; this checks every upper-case letter of the text
    for that, so skipping the model never changes the result.
    """
    return any(not _noise(_word_at(text, m.start()), language) for m in _UPPER.finditer(text))


def trim_ner(text: str, span: Span, language: str) -> Span | None:
    """`span` without noise words at its edges, or None if nothing name-like remains.

    The first word is judged as the whole word of the text it starts ("Size42"
    even if the span stops at "Size"), which `ner_needed` relies on.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, span.start, span.end)]
    while words and _noise(_word_at(text, words[0][0]), language):
        words.pop(0)
    while words and _noise(text[words[-1][0] : words[-1][1]], language):
        words.pop()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    if _colour_after_cue(text, start, end):
        return None
    value = text[start:end].rstrip(_EDGE_PUNCT)
    if not value or not _UPPER.match(value) or _CURRENCY.search(value):
        return None
    end = start + len(value)
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.entity, start, end, span.score, span.recognizer, span.grey)


def settle(text: str, spans: list[Span], language: str, *, ner_filter: bool) -> list[Span]:
    """Apply the NER post-filter, then keep disjoint spans (see module doc)."""
    if ner_filter:
        structured = [s for s in spans if s.recognizer != NER_RECOGNIZER]
        kept = list(structured)
        for span in spans:
            if span.recognizer != NER_RECOGNIZER:
                continue
            trimmed = trim_ner(text, span, language)
            # a grey structured span (`GreyZoneSettings`) does not push out a name: both are kept if disjoint
            if trimmed and all(trimmed.end <= s.start or trimmed.start >= s.end for s in structured if not s.grey):
                kept.append(trimmed)
        spans = kept
    return without_overlaps(spans)


def without_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the best span where spans overlap (score, then length), in text order.

    Recognizers return overlapping results of different entities (a phone-shaped
    tail inside an IBAN, a bare CPF that is also a valid national phone number);
    the caller replaces each kept span by one token, so overlaps are settled here.
    """
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-s.score, s.start - s.end, s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
