"""A noun opening a model's run of capitalised words is no one: one reading, per-language data.

A message opens a sentence as often on what it asks about as on who is asking: "Degustazione
Barolo a febbraio, ci sono ancora posti?", "Higienização Sofaclean de sofá, fazem ao sábado?",
"Dégustation Barolo en mai, il reste des places ?", "Tatouage sans rdv le mercredi ?". The models
read the sentence's capital, and the capitals of the product or place after it, as a person's name.
A person's name does not open with a noun of an action or a service: its ending tells it
("-zione", "-ção", "-ción", "-ung", "-age", "-ement"). Two rules said so until 2026-12-07, each with
its own list (`trusted_persons._noun_opening`, `opening_word._activity_run`); this module is both.

**The run**: the words a model span reads (case-folded, edge punctuation off), the span opening a
sentence; the callers say what opens one (`sentence_opening`: `trusted_persons` the text's start or
after ".!?…"; `opening_word` after ".!?" or a line break, and no initial's dot, "M. Karting"). A run of
one word is read too, where a caller asks (French).

**The noun** (`_NOUNS`, per language): the first word's shape (its ending, what may come before it)
and its length; in French it must also be an everyday French word, or an English loan in "-ing" of
six letters or more ("Planning", "Karting", which no list holds) that is an everyday French word or
no English word and no census surname ("Manning", "Fleming" stay). It is no listed first name
("Concepción", "Conceição" are names in Spain and Brazil).

- **Italian, Spanish, Portuguese, German** (the trusted pipelines, `trusted_persons`): a noun by its
  ending as the recognizers read one (`name_words.noun_by_ending`: any ending of
  `name_words.NOUN_ENDINGS`, a message mixing languages, "Reservation", "Kunde"; six letters or more).
  These spans reach the rule uncorroborated only: a listed first name that is no word of the
  language already kept the run (`filters.corroborated`), so the noun alone decides.
- **French** (the stock model, `opening_word`): "-age", "-erie", "-tion", "-sion", "-aison",
  "-ement" on an everyday word of seven letters or more, three letters or more before the ending.
  French surnames do not take these endings; those that come near are short ("Page", "Lepage") or
  English and listed ("Armitage"); "-ier", "-ure", "-eur" are left, being surnames' endings as often
  ("Mercier", "Couture", "Pasteur"). The stock model's spans come with no corroboration, so the run
  is guarded (`guarded`): the noun is no first name of any popularity, either half of a hyphenated
  one included, and no listed place or region; no word after it is a listed first name or a census
  surname ("Inscription Léa Kerbrat pour …", "Inscription Dubois Kerjean pour …" stay with the
  model); the clause goes on in lower case after the run ("Dégustation Barolo" alone stays).

Cheap: a few string and set tests on the spans the models propose at a sentence's start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import regex  # type: ignore[import-untyped]

from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.regions import regions
from recognizers.surname_pairs import surname

# A lower-case word right after one space: the clause goes on after the run
_NEXT_LOWER = regex.compile(r"[ \t\u00a0]+\p{Ll}")
# An English loan in "-ing", three letters or more before it ("Karting", "Parking", "Planning")
_LOAN = regex.compile(r"\p{Ll}{3,}ing")
_LOAN_SHORTEST = 6


@dataclass(frozen=True)
class _Nouns:
    """How one language tells a noun opening a run (module doc)."""

    shape: Callable[[str], bool]  # the case-folded word's length and ending are a noun's
    everyday: bool  # the language's everyday list must hold it
    loans: bool  # or an English loan in "-ing" (`_LOAN`)
    guarded: bool  # no first name or place opening it, none after it, the clause going on in lower case


# A French noun of an action or a service: three letters or more before its ending, seven in all
_FRENCH = regex.compile(r"\p{Ll}{3,}(?:age|erie|tion|sion|aison|ement)")
_FRENCH_SHORTEST = 7


def _french_noun(folded: str) -> bool:
    return len(folded) >= _FRENCH_SHORTEST and _FRENCH.fullmatch(folded) is not None


_ANY_LANGUAGE = _Nouns(w.noun_by_ending, everyday=False, loans=False, guarded=False)
_NOUNS = MappingProxyType(
    {
        "it": _ANY_LANGUAGE,
        "es": _ANY_LANGUAGE,
        "pt": _ANY_LANGUAGE,
        "de": _ANY_LANGUAGE,
        "fr": _Nouns(_french_noun, everyday=True, loans=True, guarded=True),
    }
)


def noun_opens(text: str, end: int, words: Sequence[str], language: str) -> bool:
    """True when the run `words` (case-folded, of a model span opening a sentence and ending at `end`)
    opens with a noun of `language` (`_NOUNS`) and is, with what comes after, no one's name."""
    nouns = _NOUNS.get(language)
    if nouns is None or not words or not _noun(words[0], language, nouns):
        return False
    if not nouns.guarded:
        return gazetteer().popularity.get(words[0], 0) < 1
    if not no_name(words[0]):
        return False
    popularity = gazetteer().popularity
    if any(popularity.get(part, 0) > 0 for word in words[1:] for part in (word, *word.split("-"))):
        return False  # "Inscription Léa Kerbrat pour …": a listed first name after it
    if any(surname(word) for word in words[1:]):
        return False  # "Inscription Dubois Kerjean pour …": a census surname after it is a person's
    return clause_goes_on(text, end)


def clause_goes_on(text: str, end: int) -> bool:
    """True when a lower-case word follows `end` after spaces: the clause goes on after the span."""
    return _NEXT_LOWER.match(text, end) is not None


def _noun(folded: str, language: str, nouns: _Nouns) -> bool:
    """True when `folded` has the shape of a noun of `language` (`_NOUNS`)."""
    common = gazetteer().common.get(language, frozenset())
    if nouns.shape(folded):
        return not nouns.everyday or folded in common
    if nouns.loans and len(folded) >= _LOAN_SHORTEST and _LOAN.fullmatch(folded) is not None:
        if folded in common:
            return True
        return folded not in gazetteer().common.get("en", frozenset()) and not surname(folded)
    return False


def no_name(folded: str) -> bool:
    """True when no list holds `folded` as a first name (any popularity, either half of "Jean-Aimé")
    or as a place or region."""
    popularity = gazetteer().popularity
    if any(popularity.get(part, 0) > 0 for part in (folded, *folded.split("-"))):
        return False
    return folded not in places().words_in and folded not in regions()
