"""A first name that is also a feast, before a surname: "Inmaculada Roig", "Immacolata Pugliese".

"Inmaculada", "Immacolata", "Assunta", "Asunción", "Aparecida" are feasts of the Virgin and, after
them, some of the commonest women's names of Spain, Italy and Brazil. The first-name rules stop at
them (`name_words.FEASTS`: "l'Immacolata", "el puente de la Inmaculada" name no one), so the person
they open was read by no rule unless a cue stood before her: "perdón, es Agustina Ferraro, no
Inmaculada Montoya", "il corriere ha lasciato tutto da Immacolata Morelli".

A feast is written alone or after an article ("la Inmaculada", "dell'Immacolata") and, when a word
follows it, the word is its own ("Inmaculada Concepción", "Assunta in cielo"); a woman's name is
followed by her surname. So a capitalised feast that is a listed first name given often, right
before a capitalised word that reads as a surname, is a person: the surname a census surname, or a
word that is no everyday word of the language or of English, no place and no first name given often
("Concepción"); hyphenated surnames read by their parts ("Capasso-Ascione"). Not after an article or a
capitalised word, where the feast is a church's, a school's or a holiday's ("la Inmaculada
Concepción", "Colegio Inmaculada Niña", "Virgen Asunción"), unless that word opens the sentence.

In Spanish (2026-12-07) the whole class of women's names taken from the Virgin's
titles and feasts, and the few men's names that are a weekday or a feast (`_WORD_GIVEN`: "Reyes",
"Camino", "Montaña", "Soledad", "Rocío", "Consuelo", "Domingo", …), opens a person the same way:
"dueña Reyes Salazar", "a la atención de Reyes Heredia", "la organizan Camino Goñi", "la inquilina
Domingo Batz"; the same guards keep out "la Virgen del Rocío", "Camino Real", "Montaña Rusa", "el
Domingo de Ramos". Not "Mercedes" and "Estrella", which are a car and a beer before a surname-like word
("Mercedes Benz", "Estrella Galicia"), nor "Carmen", no word and found by the first-name list, and
a shoe brand before one ("Carmen Steffens"). Spanish only: the Portuguese names of the kind are
spelt otherwise ("Conceição", "Graça", "Dores"). "Abril", a month, is one of Spain's commonest girls'
names now ("Una caja para Abril Jurado"). In Spanish the surname may be a frequent one that is also a
word (`name_words.WORD_SURNAMES`: "Inmaculada Castro", "Reyes Molina", "Abril Iglesias").

Cost: one search of a regex of the feasts' names, case-sensitive; most texts hold none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.surname_pairs import surname

# A feast is a first name here when given at least this often ("Inmaculada" 5, "Immacolata" 6)
_GIVEN = 3
# A word after the feast that is a first name given this often is the feast's own ("Inmaculada
# Concepción") or a second first name: no surname
_POPULAR_SECOND = 5
# Words before a feast that make it the feast's or an institution's: articles and "the" of the six
# languages (an elided one is glued: "dell'Immacolata" has no space before the name)
_ARTICLES = frozenset("la el lo il a o the l der die das le los las".split())
_SP = r"[ \t\u00a0]+"
_NAME = r"[A-ZÀ-Þ][^\W\d_]*(?:-[A-ZÀ-Þ][^\W\d_]*)?"
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")
# Spanish given names that are the Virgin's titles or feasts, or a weekday, and words
# (see module doc), listed here as names since the name lists lack some ("Camino", "Montaña")
_WORD_GIVEN = frozenset(
    """
    dolores rosario pilar consuelo remedios camino montaña rocío soledad asunción concepción candelaria
    milagros socorro amparo fátima lourdes begoña covadonga guadalupe paz salud esperanza nieves angustias
    gracia reyes montserrat araceli almudena macarena purificación encarnación natividad luz loreto belén
    piedad caridad auxiliadora sagrario valle cruz domingo abril
    """.split()
)
_WORD_GIVEN_LANGUAGES = frozenset({"es"})


@cache
def _pattern(words: bool = False) -> re.Pattern[str] | None:
    """The capitalised feasts that are first names given often, each before a capitalised word; with
    `words`, the Spanish and Portuguese names that are words too (`_WORD_GIVEN`)."""
    popularity = gazetteer().popularity
    feasts = sorted(f for f in w.FEASTS if popularity.get(f, 0) >= _GIVEN and f.isalpha())
    if words:  # names by their list, given often or not ("Camino", "Montaña" are in no name list)
        feasts = sorted({*feasts, *_WORD_GIVEN})
    if not feasts:
        return None
    names = "|".join(re.escape(f[0].upper() + f[1:]) for f in feasts)
    return re.compile(rf"(?<![\w'’])(?P<feast>{names}){_SP}(?P<surname>{_NAME})(?![\w'’])")


def spans(text: str, language: str) -> Iterator[tuple[int, int]]:
    """The feast-named people of `text` (see module doc), as (start, end) of first name and surname."""
    pattern = _pattern(language in _WORD_GIVEN_LANGUAGES)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        if _institution(text, match.start()) or _dated(text, match):
            continue
        if all(_surname_part(part, language) for part in match.group("surname").split("-")):
            yield match.start(), match.end()


def _institution(text: str, start: int) -> bool:
    """An article or a capitalised word inside the sentence right before the feast: "la Inmaculada
    Concepción", "Colegio Inmaculada Niña", "Virgen Asunción"."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word.casefold() in _ARTICLES:
        return True
    opening = text[: before.start(1)].rstrip(" \t\u00a0")[-1:] in ("", ".", "!", "?", "\n", ":", "¿", "¡")
    return word[0].isupper() and not opening


# Words before a month that make it the month: "el 3 de Abril", "en Abril", "hasta Abril"
_DATE_WORDS = frozenset("de del en hasta desde para a finales principios mediados mes primeros últimos".split())


def _dated(text: str, match: re.Match[str]) -> bool:
    """A month named as the month: after a preposition or a number ("en Abril Zara rebaja")."""
    if match.group("feast").casefold() not in w.MONTHS:
        return False
    before = re.search(r"([^\W_]+)[ \t\u00a0]+$", text[max(0, match.start() - 30) : match.start()])
    return before is not None and (before.group(1).casefold() in _DATE_WORDS or before.group(1).isdigit())


def _surname_part(word: str, language: str) -> bool:
    """A capitalised word that may be a surname after a feast's first name (see module doc)."""
    folded = word.casefold()
    if word.isupper() or folded in w.FEASTS or folded in w.NOT_NAMES:
        return False
    lists = gazetteer()
    if lists.popularity.get(folded, 0) >= _POPULAR_SECOND:
        return False
    if surname(folded) or language == "es" and folded in w.WORD_SURNAMES:
        return True  # "Inmaculada Castro", "Reyes Molina": a frequent surname that is also a word
    everyday = any(
        folded in lists.common.get(lang, frozenset()) or folded in lists.stop_words.get(lang, frozenset())
        for lang in (language, "en")
    )
    return not everyday and folded not in places().words_in and len(folded) > 2
