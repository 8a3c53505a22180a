"""A town the model calls a person, where no one is said to be, is the shop's or no one's town.

The small person pipelines read capitalised town names as people when no place preposition stands
before them: "Opening hours for Croydon please", "only the Leicester one", "the Harrogate hotel bar",
"Both the Cardiff and Swansea teams". The place rules never proposed those spans (no place
preposition), so the model's PERSON reading is all that changes the message; and a town said that
way names a branch, a team, a crest or a dish, no one's whereabouts.

So a model PERSON span is dropped when all of it is a listed place (`data/places.tsv`, GeoNames'
towns of 30 000 people or more) that is an everyday word of no language, and no word of it is a
listed first name or a census surname ("Preston", "Bolton" stay: people bear them). Fail closed, it
stays:

- after a place preposition (`name_words.PLACE_PREPOSITIONS`: "flying out of Guildford", "a Parma"):
  where someone is, goes or comes from is the customer's place under `places: personal`;
- after a person cue (`ner_context.person_cue`: a title, a relative, an introduction, a person
  preposition such as "con", "with");
- at a sentence's or a line's start (the subject: a person as often as a branch);
- beside a listed first name in a list ("Soifia, Annaïck, Antoine": the list is of people);
- under `places: all`, where every place is tokenised anyway.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import ner_context as ctx
from proxy.detection.sentence_opening import LINE, opens_sentence
from proxy.detection.word_edges import EDGE
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.surname_pairs import surname

_PLACE_PREPOSITIONS = frozenset(p for p in w.PLACE_PREPOSITIONS if " " not in p) | frozenset({"of", "out"})
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}'’-]*)[ \t\u00a0]+$")
_WORDS = regex.compile(r"\p{L}+")
# A capitalised word joined to the span by a comma or a list's conjunction, either side
_AND = r"(?:and|et|e|ed|y|und)"
_LISTED_BEFORE = regex.compile(rf"(\p{{Lu}}\p{{L}}*)[ \t\u00a0]*(?:,|[ \t\u00a0]{_AND})[ \t\u00a0]+$")
_LISTED_AFTER = regex.compile(rf"[ \t\u00a0]*(?:,|[ \t\u00a0]{_AND}[ \t\u00a0])[ \t\u00a0]*(\p{{Lu}}\p{{L}}*)")
_MAX_WORDS = 3


def _person_word(folded: str) -> bool:
    """A listed first name (any popularity) or a census surname."""
    return gazetteer().popularity.get(folded, 0) > 0 or surname(folded)


def town_no_one(text: str, start: int, end: int) -> bool:
    """True when the model's PERSON span `text[start:end]` is a listed town that names no one (module
    doc): no everyday word, first name or surname, no place preposition, person cue, sentence start
    or list of first names around it."""
    value = text[start:end].strip(EDGE)
    words = [m.group().casefold() for m in _WORDS.finditer(value)]
    if not words or len(words) > _MAX_WORDS or not value[:1].isupper():
        return False
    listed = places().words_in.get(" ".join(words))
    if listed is None or listed or any(_person_word(word) for word in words):
        return False
    if opens_sentence(text, start, LINE):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1).casefold() in _PLACE_PREPOSITIONS:
        return False
    for neighbour in (_LISTED_BEFORE.search(text, max(0, start - 40), start), _LISTED_AFTER.match(text, end)):
        if neighbour is not None and gazetteer().popularity.get(neighbour.group(1).casefold(), 0) > 0:
            return False
    return not ctx.person_cue(text, start, end, lone_word=True)
