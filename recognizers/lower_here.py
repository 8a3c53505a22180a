"""A name typed in lower case before "here" that opens a message or a clause: "fynn seidel hier,
sorry", "océane brun ici :", "poppy adeyemi here, typing on my phone", "ismael crespo por aquí".

`PersonNameRecognizer` reads "Marco here" with capitals only. People who type without capitals
introduce themselves the same way, and the surname of someone typing from a phone is as often
one no list holds ("kerjean", "seidel"). The shape itself is the evidence: one to three words
opening the text, a line or a clause, then the word for "here" in the six languages and a
punctuation mark or the line's end. What must not fire is the same shape around a thing ("photo
ici :", "link here:", "tutto qui,", "sono qui!"), so every word must be no stop word and no
frequent word of the language or of English, unless it is a listed first name that is no word
(`lower_pairs.PairLists`); a single word must be such a first name ("nat here, the mug …"). A
frequent word still stands where the name's shape vouches for it: after a surname's particle ("ciro lo
presti qui,", "gianfranco lo russo qui,") or as the surname after a listed first name that is no word
("sveva guerrieri qui,": "guerrieri" is "warriors").
"""

from __future__ import annotations

import re

from recognizers import factored
from recognizers import name_words as w
from recognizers.lower_pairs import PairLists

_WORD = r"[^\W\d_A-ZÀ-Þ][^\W\d_]*(?:[\-'’][^\W\d_]+)*"
_HERE_WORDS = r"here|qui|qua|aquí|aqui|ici|hier|por[ \t]+aquí|por[ \t]+aqui|por[ \t]+acá|por[ \t]+aca"
# Particles inside a surname, Italian "lo"/"li" too ("ciro lo presti", "turi li causi")
_INNER_PARTICLES = w.PARTICLES | frozenset({"lo", "li", "los", "las", "do", "dos"})
_HERE = factored.compile(
    rf"(?:^|(?<=\n)|(?<=[,.!?:])[ \t]+)[ \t]*(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
    rf"[ \t]+(?:{_HERE_WORDS})[ \t]*(?:[,!:;.\-–—]|$)",
    re.MULTILINE,
)


def here_names(text: str, lists: PairLists) -> list[tuple[int, int]]:
    """Spans of lower-case names before "here" (see module doc)."""
    spans: list[tuple[int, int]] = []
    for match in _HERE.finditer(text):
        name = match.group("name")
        if not name.islower():
            continue
        words = [word.casefold() for word in name.split()]
        if words[0] in _INNER_PARTICLES or words[-1] in _INNER_PARTICLES:
            continue
        if any(_never_name(word, lists) and not _vouched(words, i, lists) for i, word in enumerate(words)):
            continue
        if len(words) == 1 and not lists.plain_first_name(words[0]):
            continue
        spans.append((match.start("name"), match.end("name")))
    return spans


def _vouched(words: list[str], i: int, lists: PairLists) -> bool:
    """A word inside the name that a frequent word's test would turn down, but whose place vouches for
    it: a surname's particle between two words ("ciro lo presti", "ana de la fuente"), the word after
    one ("lo russo"), or the surname after a listed first name that is no word ("sveva guerrieri").
    Never a stop word after a first name or a particle ("maria sempre qui" has "sempre")."""
    word = words[i]
    if word in _INNER_PARTICLES:
        return 0 < i < len(words) - 1
    if i == 0 or word in lists.stops or word in w.NOT_LOWER_NAMES or len(word) < 2:
        return False
    before = words[i - 1]
    return before in _INNER_PARTICLES or (i == 1 and lists.plain_first_name(before))


def _never_name(word: str, lists: PairLists) -> bool:
    """A word that is no part of a name here: a stop word, a word `name_words` calls never a name,
    or a frequent word that is no listed first name nor census surname ("crespo", "garrido" are
    frequent in Spanish text as surnames)."""
    if len(word) < 2 or word in lists.stops or word in w.NOT_LOWER_NAMES:
        return True
    return word in lists.everyday and not lists.plain_first_name(word) and not lists.census_surname(word)
