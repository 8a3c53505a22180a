"""Whether a lower-case word no list holds is a word of the message's language by its shape.

`GivenNameRecognizer._unlisted_lower_pair` reads a lower-case word that no first-name list, word
list or place list holds as a given name when a census surname follows it ("leidys fontalvo",
"tochukwu okonkwo", "bleuenn guillou"). The frequent-word lists (wordfreq's, Zipf 3.5 and up) leave
out most of a language's everyday nouns, and the census list holds plurals and nouns too ("stoves",
"hoang"), so before a word no list holds is taken for a name its shape must be no word's:

- **an ending of the language's nouns, infinitives and plurals** (`ENDINGS`): "lettering",
  "gravur", "citofonare", "nubile", "estampar", "lavadoras". A foreign given name the lists lack
  rarely ends so; one that does is lost, which is the side this rule may err on;
- **a frequent word of the language with an inflection on it** (`INFLECTIONS`: "lettering" is
  "letter" + "ing", "stoves" is "stove" + "s", "kartons" is "karton" + "s"), the stem four letters
  or more and no listed first name ("roberts", "davies" keep their names);
- in German, **a compound whose tail is a frequent German word** (`slot_things.german_compound_noun`:
  "gästeliste", "gravurwunsch"): German writes its nouns as one word, most too rare for any list.

The same test refuses a census surname after the word that is a frequent English or French word's
plural ("invicta stoves", "paniers"): `plural_of_word`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from types import MappingProxyType

_LATIN = ("ar", "er", "ir", "as", "os", "es")  # Spanish and Portuguese infinitives and plurals
# Endings of nouns, adjectives, infinitives and gerunds a given name does not take in each language
ENDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "es": _LATIN,
    "pt": _LATIN,
    "en": ("ing", "tion", "sion", "ment", "ness", "ship", "ity", "ism", "ist", "able", "ible", "ful", "less", "ous"),
    "fr": ("tion", "sion", "ment", "isme", "iste", "ité", "age", "eur", "euse", "oir", "erie", "ière"),
    "it": ("are", "ere", "ire", "zione", "mento", "ità", "ismo", "ista", "aggio", "bile", "ezza", "eria", "trice"),
    "de": ("ung", "heit", "keit", "schaft", "tät", "ion", "ur", "erei", "chen", "lein", "nis", "tum", "ismus"),
})  # fmt: skip
# letters: in en, fr, it and de an ending tells a word from a name only on a word this long ("ayur",
# "kion" stay); Spanish and Portuguese read theirs on any word, as they did before the other four
_SHORTEST = 5
# (ending, what replaces it) that turn an inflected form back into its frequent word
INFLECTIONS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({
    "en": (
        ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
        ("er", ""), ("ers", ""),
    ),
    "fr": (("s", ""), ("x", ""), ("e", ""), ("es", "")),
    "it": (("i", "o"), ("i", "e")),
    "de": (("en", ""), ("n", ""), ("e", ""), ("s", ""), ("er", ""), ("es", "")),
})  # fmt: skip
_PLURALS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType(
    {"en": (("s", ""), ("es", ""), ("ies", "y")), "fr": (("s", ""), ("x", ""))}
)
_STEM = 4  # letters: a shorter stem is no evidence ("mags" is no "mag" + "s")


def _inflected(
    folded: str, forms: tuple[tuple[str, str], ...], common: Collection[str], names: Collection[str]
) -> bool:
    for ending, base in forms:
        if not folded.endswith(ending):
            continue
        stem = folded[: len(folded) - len(ending)] + base
        if len(stem) >= _STEM and stem in common and stem not in names:
            return True
    return False


def word_by_shape(language: str, folded: str, common: Collection[str], names: Collection[str]) -> bool:
    """True when the lower-case word `folded`, which no list holds, reads as a word of `language`
    (module doc). `common` is the language's own frequent words, `names` the listed first names."""
    shortest = 0 if language in ("es", "pt") else _SHORTEST
    if len(folded) >= shortest and folded.endswith(ENDINGS.get(language, ())):
        return True
    if _inflected(folded, INFLECTIONS.get(language, ()), common, names):
        return True
    if language == "de":
        from recognizers import slot_things  # it imports given_name_recognizer, which imports this module

        return slot_things.german_compound_noun(folded, short_tail=False)
    return False


def plural_of_word(language: str, folded: str, common: Collection[str], names: Collection[str]) -> bool:
    """True when the census surname `folded` is the plural of a frequent English or French word that
    is no listed first name ("stoves", "paniers"; "roberts", "davies" are no plural here)."""
    return _inflected(folded, _PLURALS.get(language, ()), common, names)
