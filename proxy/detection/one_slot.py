"""Two people in one "for" slot: the one beside a found name is a name too.

A booking, a parcel or a gift is often for two people, joined by a conjunction after the one
preposition, or with the preposition said again: "camera per rado kosmina e Dušan Žerjal",
"habitación para amparo puchades y Celia Revuelta", "¿El pedido es para Canal o para Ainhoa
Zubizarreta?", "Un pacco per Ginevra Grasso e uno per Jacopo Greco". One of the two is found; the
other stays in clear when `name_spans._listed` turns it down: written in another case than the found
name, a surname that is also a word ("Canal", "Villa"), a first name no list holds. Writers of
several retired sets put a second person in that slot, in Italian and Spanish alike.

After Italian "per", Spanish "para" or French "pour", the run joined to a found PERSON span by a
conjunction ("e", "y", "et", "o", "ou"; the preposition again may follow it, after "uno"/"otra"/"une"
too: after the found name, "une" without it is more goods, "une Margherita pour X et une Reine")
is read as a person when it has a name's shape: one to three words (particles inside), written in
one case, no stop word ("per me e Anna"), no word Veil lists as a thing, brand, title or relative,
no frequent word of the language unless a first-name or surname list holds it, no place ("per
Milano e per Anna"). The run after the conjunction ends where a name does: a punctuation mark, the
text's end, or, for a capitalised run, the next lower-case word.

It never starts from nothing: with no person found, no change, so no message without a name gets a
new span.
"""

from __future__ import annotations

import re
from functools import cache

from proxy.detection.settings import Span
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.surname_pairs import surname

RECOGNIZER = "OneSlot"
_PREP = {"it": "per", "es": "para", "fr": "pour"}
_CONJ = r"(?:e|y|et|o|ou)"
# What may stand between the conjunction and the repeated preposition: "e uno per", "y otra para"
_FILLER = r"(?:uno|una|otro|otra|un|une|altro|altra|anche|también|aussi)"
_SP = r"[ \t\u00a0]"
_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_MAX_WORDS = 3
_WINDOW = 90
_PARTICLES = w.PARTICLES | frozenset("los las lo del dal".split())
_BOUNDARY = re.compile(rf"{_SP}*(?:$|[,;:.!?)\n/]|{_SP}\W)")


@cache
def _before(prep: str) -> re.Pattern[str]:
    """The run between the preposition and the conjunction before a found name."""
    return re.compile(
        rf"(?s).*(?<!\w){prep}{_SP}+(?P<item>{_WORD}(?:{_SP}+{_WORD}){{0,4}}){_SP}+{_CONJ}{_SP}+"
        rf"(?:{_FILLER}{_SP}+)?(?:{prep}{_SP}+)?$",
        re.I,
    )


@cache
def _after(prep: str) -> re.Pattern[str]:
    """The conjunction after a found name and the run of words after it."""
    return re.compile(
        rf"{_SP}+{_CONJ}{_SP}+(?:(?:{_FILLER}{_SP}+)?{prep}{_SP}+)?(?P<item>{_WORD}(?:{_SP}+{_WORD}){{0,4}})",
        re.I,
    )


def paired(text: str, spans: list[Span], language: str) -> list[Span]:
    """`spans` with the second person of a "for" slot a found name stands in (module doc)."""
    prep = _PREP.get(language)
    if prep is None or prep not in text.casefold():
        return spans
    people = [s for s in spans if s.entity == "PERSON" and not s.grey]
    if not people:
        return spans
    out = list(spans)
    for person in people:
        for item in (_left(text, person, prep, language), _right(text, person, prep, language)):
            if item is not None and all(s.end <= item[0] or s.start >= item[1] for s in out):
                out.append(Span("PERSON", item[0], item[1], person.score, RECOGNIZER))
    return sorted(out, key=lambda s: (s.start, s.end))


def _left(text: str, person: Span, prep: str, language: str) -> tuple[int, int] | None:
    """The run X of "per X e <person>", when of a name's shape."""
    start = max(0, person.start - _WINDOW)
    found = _before(prep).search(text[start : person.start])
    if found is None:
        return None
    # the greedy opening makes the preposition the last one before the run
    if not _name_shape(found.group("item").split(), language):
        return None
    return start + found.start("item"), start + found.end("item")


def _right(text: str, person: Span, prep: str, language: str) -> tuple[int, int] | None:
    """The run X of "per <person> e X", when the found name stands after the preposition and X ends as a name."""
    head = text[max(0, person.start - len(prep) - 2) : person.start].rstrip(" \t\u00a0")
    if not head.casefold().endswith(prep) or (len(head) > len(prep) and head[-len(prep) - 1].isalnum()):
        return None
    found = _after(prep).match(text, person.end)
    if found is None:
        return None
    words = list(re.finditer(_WORD, text[found.start("item") : found.end("item")]))
    base = found.start("item")
    for k in range(min(len(words), _MAX_WORDS + 1), 0, -1):
        head_words = [m.group() for m in words[:k]]
        end = base + words[k - 1].end()
        if not _name_shape(head_words, language) or not _ends(text, end, head_words):
            continue
        return base, end
    return None


def _ends(text: str, end: int, words: list[str]) -> bool:
    """A name ends at `end`: a punctuation mark or the text's end, or, after a capitalised run, a
    lower-case word."""
    if _BOUNDARY.match(text, end):
        return True
    nxt = re.match(rf"{_SP}+({_WORD})", text[end:])
    capitalised = all(v[:1].isupper() for v in words if v.casefold() not in _PARTICLES)
    return nxt is not None and capitalised and nxt.group(1).islower()


def _name_shape(words: list[str], language: str) -> bool:
    """One to three name words, particles inside only, one case, none a stop word, thing, place or
    frequent word no name list holds."""
    if not words or words[0].casefold() in _PARTICLES or words[-1].casefold() in _PARTICLES:
        return False
    names = [v for v in words if v.casefold() not in _PARTICLES]
    if not 1 <= len(names) <= _MAX_WORDS:
        return False
    if not (all(v.islower() for v in names) or all(v.isupper() for v in names)):
        if not all(v[:1].isupper() and not v.isupper() for v in names):
            return False
    lists = gazetteer()
    vetoed = w.not_in_a_name()
    for v in names:
        folded = v.casefold()
        if len(folded) < 2 or folded in vetoed:
            return False
        if any(folded in lists.stop_words.get(lang, ()) for lang in (language, "en")):
            return False
        named = lists.popularity.get(folded, 0) > 0 or surname(folded)
        if not named and any(folded in lists.common.get(lang, ()) for lang in (language, "en")):
            return False
    return " ".join(v.casefold() for v in words) not in places().words_in
