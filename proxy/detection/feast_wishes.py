"""A season's wish is no one: "Joyeux Noël", "Buon Natale", "Feliz Navidad", "Frohe Weihnachten".

Shops and customers close with the season's wish written in capitals, and the feast's noun is a
first name in some languages ("Noël", "Natale", "Pascal" aside, "Pascua"): the small models and the
first-name list read "Joyeux Noël" as a person. A span whose words are only a wish's adjective and a
feast's noun (`_FEASTS`), the noun right after the adjective (in the span or right before it), is
the wish: no one is wished "Joyeux" as a name, and a person greeted with the wish comes after it
("Joyeux Noël Paul": the span over "Paul" holds a word that is no feast, and stays).
"""

from __future__ import annotations

import unicodedata

import regex  # type: ignore[import-untyped]

from proxy.detection.word_edges import EDGE


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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


def feast_wish(text: str, start: int, end: int) -> bool:
    """True when the span `text[start:end]` is only a season's wish: wish adjectives and feast nouns,
    at least one feast noun right after a wish adjective (module doc)."""
    words: list[str] = []
    for token in text[start:end].split():  # folded one by one: most spans fail on their first word
        word = _fold(token.strip(EDGE))
        if word not in _WISHES and word not in _FEASTS:
            return False
        words.append(word)
    if not words:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    previous = _fold(before.group(1)) if before is not None else ""
    for word in words:
        if word in _FEASTS and previous in _WISHES:
            return True
        previous = word
    return False
