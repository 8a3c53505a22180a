"""A listed maker said alone is the maker, whichever recognizer read it as a person.

The first-name list holds a few makers' names as rare first names ("Huawei", "Kia", "Fila"), and
the small models read others as people ("Philips", "Smeg", "De'Longhi"): "il caricatore Huawei",
"Your Huawei order", "das Philips Hue", "le site Smeg". `brand_alone` reads the model's spans of
retailers and services (`name_words.BRANDS`); this reads any recognizer's one-word span that is one
of the makers whose models and lines are named like people (`ner_context.MAKER_PHRASES`, a list
written without common first names or surnames).

Fail closed: a maker that is a first name given more than rarely ("Mercedes", "Zara", "Nivea")
stays a person; so does one after a title, a relative, an introduction or a person preposition
("con Kia", "Mr Philips": `ner_context.person_cue`), before a verb of a clause's subject ("Fila
said", `name_words.SUBJECT_AFTER`), one opening a sentence or a line ("Dyson called me back": the
subject as often), and one that is a common surname too (`name_words.SURNAME_BRANDS`) unless a
shop's or a thing's word stands before it ("the Dyson", as `brand_spans` reads it).
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import ner_context as ctx
from proxy.detection.word_edges import EDGE
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer

_MAKERS = frozenset(m[0] for m in ctx.MAKER_PHRASES if len(m) == 1)
_POPULAR = 3  # "Mercedes", "Zara", "Nivea", "Nissan" are given as first names
_PERSON_PREPOSITIONS = frozenset(w.PERSON_PREPOSITIONS)
_OPENING = regex.compile(r"(?:^|[.!?¿¡:;«\"“(\n])[^\p{L}\d]*$")
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}'’-]*)[ \t\u00a0]+$")


def maker_alone(text: str, start: int, end: int) -> bool:
    """True when the span `text[start:end]` is one word that is a listed maker, no first name given
    more than rarely, with no person cue before it and no subject's verb after it (module doc)."""
    value = text[start:end].strip(EDGE)
    if " " in value or value.casefold().replace("’", "'") not in _MAKERS:
        return False
    if gazetteer().popularity.get(value.casefold(), 0) >= _POPULAR:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or _OPENING.search(text, 0, start):
        return False  # "Dyson called me back": a sentence's first word is its subject as often
    word = before.group(1).casefold()
    if word in _PERSON_PREPOSITIONS:
        return False  # "parlato con Kia"
    if value.casefold() in w.SURNAME_BRANDS and word not in w.SHOP_BEFORE:
        return False  # "ask Dyson": a common surname is the maker only after "the", "my", "chez" …
    if w.SUBJECT_AFTER.match(text, end):
        return False  # "Fila said it was fine"
    return not ctx.person_cue(text, start, end, lone_word=True)
