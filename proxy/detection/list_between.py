"""A list item standing between two found names is a name.

`name_spans` reads the items listed beside a found name only when the item itself reads as a name:
a listed first name or surname, a word no list holds, a first name that is also a word given often
enough. A first name that is also an everyday word ("Camino", "Remedios", "Milagros") or a rare one
the lists lack in lower case ("yusmary") then stays in clear, though the names on both sides of it
were found: "los demás: Yader, Camino, Esteban y Farruco Cortés", "invitados ana ruiz / wander de
los santos / luis gil". Several writers of the retired sets list people so, in Spanish and the other
languages alike.

Between two found names, in one run of the same separator, the item is the list's own kind: a
person; so are two or three items there ("sönke, frieda, till und hauke"), each of a name's shape,
or none of them is read. The test is the shape and the two neighbours, not the words, so it takes an everyday word
too; what it still refuses is what a list of people holds besides people: a stop word or pronoun
("Ana, Luis y yo", "Ana, todos y Luis"), a word Veil lists as a thing, brand, title or relation
("Ana, mamá y Luis"), a digit, a word in another case than its neighbours, and more than four words.
It never starts from nothing: with fewer than two found names in a list, no change, so a message
with no person found keeps no new span.
"""

from __future__ import annotations

import re

from proxy.detection.settings import Span
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.lower_pairs import listed_surname
from recognizers.slot_things import german_compound_noun

RECOGNIZER = "ListBetween"
_MAX_WORDS = 4
_MAX_BETWEEN = 3  # items between two found names
_MAX_GAP = 120  # characters between them
_SP = r"[ \t\u00a0]"
_CONJ = r"(?:and|e|y|et|und|&|or|ou|oder)"
# The separator after the first name: a comma, slash or semicolon alone (a list's middle)
_FIRST_SEP = re.compile(rf"{_SP}*(?P<mark>[,/;]){_SP}*")
# The separator before the second name: the same mark (a conjunction may follow it) or, after a
# comma, a conjunction alone ("A, B y C")
_SECOND_SEP = re.compile(rf"{_SP}*(?:(?P<mark>[,/;]){_SP}*(?:{_CONJ}{_SP}+)?|{_SP}(?P<conj>{_CONJ}){_SP}+)$", re.I)
_ITEM = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:" + _SP + r"+[^\W\d_]+(?:['’\-][^\W\d_]+)*)*")
# Particles inside a name ("wander de los santos"), never at its edges
_PARTICLES = w.PARTICLES | frozenset("do dos das des los las della del dal lo zum zur ten ap al el".split())


def between(text: str, spans: list[Span], language: str) -> list[Span]:
    """`spans` with each list item that stands between two adjacent found names added (module doc)."""
    people = sorted((s for s in spans if s.entity == "PERSON" and not s.grey), key=lambda s: s.start)
    out = list(spans)
    for first, second in zip(people, people[1:], strict=False):
        for start, end in _items(text, first, second, language):
            if all(s.end <= start or s.start >= end for s in out):
                out.append(Span("PERSON", start, end, min(first.score, second.score), RECOGNIZER))
    return sorted(out, key=lambda s: (s.start, s.end))


def _items(text: str, first: Span, second: Span, language: str) -> list[tuple[int, int]]:
    """The items between `first` and `second` when the gap is "<mark> item (<mark> item)… <mark or
    conj>", one mark all through: up to `_MAX_BETWEEN` items, each of a name's shape, or none."""
    if second.start - first.end > _MAX_GAP:
        return []
    gap = text[first.end : second.start]
    opened = _FIRST_SEP.match(gap)
    closed = _SECOND_SEP.search(gap)
    if opened is None or closed is None or closed.start() <= opened.end():
        return []
    mark = opened.group("mark")
    if closed.group("mark") not in (mark, None) or (closed.group("conj") and mark != ","):
        return []  # "A / B, C": two runs, not one list
    offset = first.end + opened.end()
    body = gap[opened.end() : closed.start()]
    found: list[tuple[int, int]] = []
    at = 0
    for inner in [*re.finditer(rf"{_SP}*{re.escape(mark)}{_SP}*", body), None]:
        end = inner.start() if inner is not None else len(body)
        item = body[at:end]
        if _ITEM.fullmatch(item) is None or not _names_shape(item, text, first, second, language):
            return []  # one item that is no name's shape: the run is not a list of people only
        found.append((offset + at, offset + end))
        at = inner.end() if inner is not None else at
    return found if len(found) <= _MAX_BETWEEN else []


def _names_shape(body: str, text: str, first: Span, second: Span, language: str) -> bool:
    """One to four words, particles inside only, none a stop word or a listed thing, and written in
    the case of the two names beside it."""
    words = body.split()
    names = [v for v in words if v.casefold() not in _PARTICLES]
    if not 1 <= len(names) <= _MAX_WORDS or words[0].casefold() in _PARTICLES or words[-1].casefold() in _PARTICLES:
        return False
    lists = gazetteer()
    # what a list of people holds besides people: things, firms, titles, kin and roles ("Ana, mamá y
    # Luis"); not the saints' words, which `name_spans` adds: between two names "Santo" is a man
    vetoed = w.not_in_a_name()
    for v in names:
        folded = v.casefold()
        if len(folded) < 2 or folded in vetoed:
            return False
        if any(folded in lists.stop_words.get(lang, ()) for lang in (language, "en")):
            return False
        if language == "de" and german_compound_noun(v):
            return False  # "Jana, Kaffeemaschine, Lukas": a German noun of goods, capitalised as all are
        named = lists.popularity.get(folded, 0) > 0 or listed_surname(folded)
        if not named and any(folded in lists.common.get(lang, ()) for lang in (language, "en")):
            return False  # "Aitor, Chocolate, Begoña": an everyday word that no one is called
    beside = (text[first.start : first.end], text[second.start : second.end])
    if all(b.isupper() for b in beside):
        return all(v.isupper() for v in names)
    if all(b.islower() for b in beside):
        return all(v.islower() for v in names)
    return all(v[:1].isupper() and not v.isupper() for v in names) and not any(b.isupper() for b in beside)
