"""Lower-case full names whose first name alone would not pass: the surname after it is the evidence.

`GivenNameRecognizer._lower` takes a lower-case first name only when it is given at least
"regularly" and is no word of the language or of English: "sveva", "imelda", "torquato" (rarer
names) and "letizia", "lisa", "mercedes", "mark" (names that are also words) were never read in
lower case, even with their surname after them ("tavolo per sveva bellini", "recoge mercedes
gómez"). People who type without capitals do so for the whole message, so the pair is all there
is to go on. The second word decides:

- a **listed surname** (the US census list, `surname_pairs`; it leaves out every ordinary word of
  the six languages) that is no frequent word of the language or of English, read with and
  without its accents ("gómez" as "gomez"): "mark jones", "letizia sanna", "mercedes gómez";
- for a first name that is no word anywhere (only rarer), any **non-everyday word** (no frequent
  word of the language or English, no stop word, no verb form): "imelda ferraris".

A first name that is a word, before a word that is no surname, stays the word ("rosa antico",
"angela verde", "mercedes usados", "will arrive"): commerce chat is full of those. A hyphenated
double first name ("kai-uwe", "marie-claire", "heinz-günther") is a name by itself when every
part is a listed name given regularly and no part is a word of the language or of English:
a keyboard joins no two first names for any other reason.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from recognizers import surname_pairs

DOUBLE_POPULARITY = 3  # each part of a lower-case double first name is given at least "regularly"
RARE_POPULARITY = 1  # a rarer first name: only with a surname after it
WORD_POPULARITY = 3  # a first name that is also a word: given at least "regularly"
PLAIN_POPULARITY = 2  # a first name that takes any non-everyday word as its surname: more than rarely


def bare(folded: str) -> str:
    """A word without its accents ("gómez" -> "gomez"): the census list is spelt in ASCII."""
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


def listed_surname(folded: str) -> bool:
    """A census surname as written or without its accents ("muñoz" is listed as "munoz")."""
    return surname_pairs.surname(folded) or surname_pairs.surname(bare(folded))


@dataclass(frozen=True)
class PairLists:
    """What one language's recognizer knows, as `GivenNameRecognizer` holds it."""

    language: str
    popularity: dict[str, int]
    words_in: dict[str, frozenset[str]]
    everyday: frozenset[str]  # frequent words of the language and of English (wordfreq)
    stops: frozenset[str]  # stop words of the language and of English

    def word_anywhere(self, folded: str) -> bool:
        """A listed name that is an ordinary word of the language or of English."""
        langs = self.words_in.get(folded, frozenset())
        return self.language in langs or "en" in langs

    def plain_first_name(self, folded: str) -> bool:
        """A listed first name given at least rarely that is no word of the language or of English."""
        return self.popularity.get(folded, 0) >= RARE_POPULARITY and not self.word_anywhere(folded)

    def census_surname(self, folded: str) -> bool:
        """A listed census surname, with or without its accents, that is no stop word. Frequent
        words are left in: the census list holds no ordinary word, and wordfreq counts the famous
        surnames ("gómez", "torres", "jones", "schwarz") among a language's frequent words."""
        if folded in self.stops:
            return False
        return listed_surname(folded)

    def plain_surname(self, folded: str) -> bool:
        """Any word that is no frequent word or stop word of the language or English."""
        return folded not in self.everyday and folded not in self.stops

    def may_pair(self, folded: str) -> bool:
        """False when neither `double_first_name` nor `paired` can hold for `folded`, whatever its
        surnames: no hyphen, and a name given less than rarely or a stop word. Lets a caller skip
        reading the surnames for the many lower-case words that are no name at all."""
        return "-" in folded or (self.popularity.get(folded, 0) >= RARE_POPULARITY and folded not in self.stops)

    def double_first_name(self, folded: str) -> bool:
        """A double first name ("kai-uwe", "marie-claire"): two or three listed names, none a word."""
        parts = folded.split("-")
        if not 2 <= len(parts) <= 3:
            return False
        return all(
            self.popularity.get(p, 0) >= DOUBLE_POPULARITY and not self.word_anywhere(p) and p not in self.stops
            for p in parts
        )

    def paired(self, first: str, surnames: list[str], *, particles: bool) -> bool:
        """True when a lower-case listed first name that `_lower_name` refused, followed by the
        surname words `surnames` (`particles` when a "de", "van" stood between), reads as a
        person's full name. A first name that is also a word of the language or of English
        ("letizia", "mercedes", and "kit", "laisse" too) needs a regularly given name and a census
        surname right after it that is no frequent word ("le colis", "femme de marcelle" are census
        surnames after a word); one that is a word elsewhere or a frequent word ("bitte" in Italian
        text, "ségolène") needs a census surname right after it; only a name no word anywhere, given more than
        rarely, takes any word that is no everyday word as its surname."""
        popularity = self.popularity.get(first, 0)
        if not surnames or popularity < RARE_POPULARITY or first in self.stops:
            return False
        if self.word_anywhere(first):
            if particles or popularity < WORD_POPULARITY:
                return False
            return self.census_surname(surnames[0]) and surnames[0] not in self.everyday
        if self.words_in.get(first, frozenset()) - {"place"} or first in self.everyday or popularity < PLAIN_POPULARITY:
            return not particles and self.census_surname(surnames[0])
        return self.surname_after_name(surnames)

    def unlisted_first(self, folded: str) -> bool:
        """A lower-case word no list holds at all: no listed first name or word of any language, no
        frequent word or stop word of the language or of English, three letters or more, letters only
        (`GivenNameRecognizer._unlisted_lower_pair`: "yaritza fontalvo")."""
        return (
            len(folded) >= 3
            and folded.isalpha()
            and folded not in self.popularity
            and folded not in self.words_in
            and folded not in self.everyday
            and folded not in self.stops
        )

    def surname_after_name(self, surnames: list[str]) -> bool:
        """After a first name that is no word: a census surname, or words that are no everyday words."""
        return self.census_surname(surnames[0]) or all(self.plain_surname(s) for s in surnames)
