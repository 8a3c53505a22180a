"""A season's wish is no one: "Joyeux Noël", "Buon Natale", "Feliz Navidad", "Frohe Weihnachten".

Shops and customers close with the season's wish written in capitals, and the feast's noun is a
first name in some languages ("Noël", "Natale", "Pascal" aside, "Pascua"): the small models and the
first-name list read "Joyeux Noël" as a person. A span whose words are only a wish's adjective and a
feast's noun (`_FEASTS`), the noun right after the adjective (in the span or right before it), is
the wish: no one is wished "Joyeux" as a name, and a person greeted with the wish comes after it
("Joyeux Noël Paul": the span over "Paul" holds a word that is no feast, and stays). German makes
its feasts' nouns on "-fest" ("Frohes Pfingstfest", "ein frohes Erntedankfest"), read as listed ones.

A saint's day is wished the same way, with the saint's title and name after the wish adjective
("¡Feliz San Isidro!", "FELIZ SANTA ÁGUEDA", "Buon Sant'Ambrogio", "Bonne Sainte Catherine"): the
models read the saint's name as a person. The span over any part of it ending on the saint's name is
the wish; a surname after the name ("Feliz Santa Águeda Zubiri") or a person greeted after a comma
stays.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection.word_edges import EDGE
from recognizers import lower_pairs
from recognizers import name_words as w


def _fold(word: str) -> str:
    return lower_pairs.bare(word.casefold())


# Wish adjectives before a feast in the six languages
_WISHES = frozenset(
    _fold(x)
    for x in """
    joyeux joyeuse joyeuses bon bonne bonnes heureux heureuse belles
    buon buona buone felice felici
    feliz felices boas bom boa
    frohe frohes fröhliche fröhlichen schöne schönes gesegnete gesegnetes gutes guten
    merry happy
    """.split()
)
# Feasts and seasons wished for, in the six languages
_FEASTS = frozenset(
    _fold(x)
    for x in """
    noël noel pâques paques fêtes fetes année annee an nouvel réveillon
    natale pasqua feste anno capodanno
    navidad navidades pascua pascuas fiestas año nuevo
    natal páscoa festas ano novo
    weihnachten ostern feiertage festtage neujahr jahr rutsch advent
    christmas xmas easter holidays holiday new year
    """.split()
)
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}'’-]*)[ \t\u00a0]+$")
_WORDS_BEFORE = regex.compile(r"(\p{L}[\p{L}'’-]*)[^\p{L}\n]*")
_SAINT_CUT = regex.compile(r"['’]")


def _feast(word: str) -> bool:
    """A feast's noun: listed, or a German compound on "-fest" ("Pfingstfest", "Erntedankfest")."""
    return word in _FEASTS or (len(word) > 7 and word.endswith(("fest", "feste")))


def feast_wish(text: str, start: int, end: int) -> bool:
    """True when the span `text[start:end]` is only a season's wish: wish adjectives and feast nouns,
    at least one feast noun right after a wish adjective (module doc); or a saint's day wished, a wish
    adjective, a saint's title and the saint's name ("Feliz San Isidro", "¡FELIZ SAN ESTEBAN!", "Buon
    Sant'Antonio"), the span holding the name or more of it, and no word after the name."""
    tokens = [_fold(token.strip(EDGE)) for token in text[start:end].split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return False
    before = [_fold(m.group(1)) for m in _WORDS_BEFORE.finditer(text, max(0, start - 40), start)][-2:]
    words = [*before, *tokens]
    first = len(before)  # the span is words[first:]
    for i, word in enumerate(words[:-1]):
        if word not in _WISHES or _SAINT_CUT.split(words[i + 1], maxsplit=1)[0] not in w.SAINTS:
            continue
        name = i + 1 if _SAINT_CUT.search(words[i + 1]) else i + 2  # "sant'antonio": glued to the title
        return name == len(words) - 1 and name >= first  # the span ends on the saint's name
    for token in tokens:  # folded one by one: most spans fail on their first word
        if token not in _WISHES and not _feast(token):
            return False
    previous_word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    previous = _fold(previous_word.group(1)) if previous_word is not None else ""
    for word in tokens:
        if _feast(word) and previous in _WISHES:
            return True
        previous = word
    return False
