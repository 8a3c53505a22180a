"""German slots where a first name that is also a word reads as the word (`GivenNameRecognizer`, "de").

Two grammatical shapes no earlier round read, seen on German shop chat left changed with no person in it:

- **a neuter determiner before the word**: "das erste Mal", "jedes Mal", "zum ersten Mal", "beim
  nächsten Mal". German gives people's names no neuter article ("die Anna", "der Peter", never "das
  Peter"); "das", "jedes", "dieses" say a noun, and "zum", "beim", "vom", "im" (dative contractions,
  masculine or neuter) say one when an inflected adjective stands between ("zum ersten Mal"; "zum
  Peter" is southern German for going to a man's). Only a name the lists flag as a German word
  counts (`Mal`); the caller checks that.
- **an adverb before a participle or in a pair formula**: "ernst gemeint", "frank gesagt", "ernst
  genommen", "frank und frei". A first name that is also a German adjective ("ernst", "frank"; any
  other name before a participle is an object: "hab es anna gegeben") right before a lower-case
  past participle ("ge…t", "ge…en") is the adverb, unless an auxiliary or a preposition that
  puts a person after it stands before ("hat frank gesagt", "mit ernst gesprochen": those keep the name).
"""

from __future__ import annotations

import re

# Stdlib `re`, as the other rules' patterns: these short patterns need no Unicode properties.
_B = r"[ \t\u00a0]+"
_LETTERS = r"[^\W\d_]"
# A determiner that is neuter only, or a dative contraction before an inflected adjective
_NEUTER = r"(?:das|jedes|dieses|welches|manches|ein|kein)"
_CONTRACTED = r"(?:zum|beim|vom|im|dem|des)"
_ADJECTIVE = rf"(?P<adjective>{_LETTERS}+(?:e|en|es|er|em))"
NEUTER_BEFORE = re.compile(
    rf"(?<!{_LETTERS})(?:{_NEUTER}(?:{_B}{_ADJECTIVE})?|{_CONTRACTED}{_B}(?P<after_contraction>{_LETTERS}+(?:e|en|es|er|em))){_B}$",
    re.IGNORECASE,
)
# A lower-case past participle right after the word ("gemeint", "gesagt", "genommen"), or "und frei"
PARTICIPLE_AFTER = re.compile(rf"{_B}(?P<word>ge{_LETTERS}{{2,}}(?:t|en)|und{_B}frei)(?!{_LETTERS})")
# German adjectives that are also first names: used as adverbs before a participle ("ernst gemeint",
# "frank gesagt"). Any other name before a participle is a dative object ("hab es anna gegeben")
ADVERB_NAMES = frozenset({"ernst", "frank"})
# An auxiliary or a person's preposition before the name keeps it ("hat frank gesagt", "mit ernst")
_KEEPS_BEFORE = re.compile(
    rf"(?<!{_LETTERS})(?:hat|habe|hab|hatte|hätte|ist|war|wurde|wird|mit|für|von|an|bei){_B}$", re.IGNORECASE
)


def neuter_noun(text: str, start: int) -> bool:
    """True when a neuter determiner (or a dative contraction and an adjective) stands right before
    `start`: "das erste Mal", "jedes Mal", "zum ersten Mal". The adjective is in lower case."""
    found = NEUTER_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    adjective = found.group("adjective") or found.group("after_contraction")
    return adjective is None or adjective.islower()


def adverb_before_participle(text: str, start: int, end: int) -> bool:
    """True when the lower-case word at `start:end` is an adverb before a participle or in "und
    frei" ("ernst gemeint", "frank und frei"), with no auxiliary or person's preposition before it."""
    if text[start:end].casefold() not in ADVERB_NAMES:
        return False
    after = PARTICIPLE_AFTER.match(text, end)
    if after is None or not after.group("word").islower():
        return False
    return _KEEPS_BEFORE.search(text, max(0, start - 12), start) is None
