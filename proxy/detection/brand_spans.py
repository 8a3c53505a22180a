"""A model span that is a well-known shop, device, service or a demonym alone is no one.

The small English and French models read a retailer, a console, a bank or a nationality said alone
as a PERSON or a LOCATION ("do you price match Selfridges?", "chez Intermarché", "ma carte Belfius",
"je suis Belge"). `settle` drops such a span when it is wholly one of `name_words.BRANDS` or
`name_words.DEMONYMS`, as it drops a carrier or an app. Several of those words are surnames too
("Mme Boulanger a appelé", "Paul Leclerc passera", "Mrs Boots"), so the span stays when a title, a
relative, an introduction or a sign-off stands before it (`ner_context.person_cue`), when a listed
first name stands right before or after it, or when the word is itself a listed first name
("Chase", "German"); a demonym only where it is said as a nationality (after an article, a copula,
"in", "or", or in French, Italian, Spanish and Portuguese after a lower-case noun: "ask Irish" may be
a nickname or a surname); and a brand that is a common surname (`name_words.SURNAME_BRANDS`) is the
shop only right after a word that names a shop or a thing ("chez Boulanger", "au Leclerc", "le
Dyson"): fail closed wherever a person may be meant.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import ner_context as ctx
from proxy.detection import word_edges as edges
from proxy.detection.settings import Span
from recognizers import lower_pairs
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer

# a first name given more than rarely (as `filters._RUN_POPULARITY`): "Nickel", "Parfait" are given once
_FIRST_NAME_POPULARITY = 2
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}'’-]*)[ \t\u00a0]+$")
_WORD_AFTER = regex.compile(r"[ \t\u00a0]+(\p{L}[\p{L}'’-]*)")
# The post-filter's set (`word_edges.POST_FILTER_EDGE`) with Spain's marks: brand spans are read in
# every language ("¿Zara?")
_EDGE_PUNCT = edges.POST_FILTER_EDGE + edges.SPANISH_OPENERS
_LISTED = w.BRANDS | w.DEMONYMS
_TITLES = frozenset(h.rstrip(".") for h in w.HONORIFICS if " " not in h)
# Words after which a nationality is said as one ("the Irish version", "my husband is Scottish", "in
# Polish", "European or British?", "je suis Belge", "une Parisienne"): only there is a demonym the model
# reads as a person dropped; elsewhere it may be a surname or a nickname ("ask Irish", "Polish said")
_DEMONYM_BEFORE = frozenset(
    """the a an my his her their our your this that is are was were am be being not or nor and in
    le la les l' l’ un une des du de mon ma mes son sa ses est sont suis es êtes ou et en pas ni
    el los las unos unas un una soy es son eres somos o y e ni en del
    o os as um uma sou é são somos ou e em do da dos das
    il lo gli i uno sono è siamo o e in del della
    der die das ein eine ist bin sind oder und auf""".split()
)
_ADJECTIVE_AFTER_NOUN = frozenset({"fr", "it", "es", "pt"})


def _first_name(word: str) -> bool:
    """True for a listed first name given more than rarely, with or without accents."""
    popularity = gazetteer().popularity
    folded = word.casefold()
    bare = lower_pairs.bare(folded)
    return any(popularity.get(key, 0) >= _FIRST_NAME_POPULARITY for key in (folded, bare))


def _titled(text: str, start: int) -> bool:
    """True when a title stands right before `start` ("M. Leclerc", "M. Parisien"): `person_cue` reads
    "M." without its full stop."""
    before = _WORD_BEFORE.search(text[:start].rstrip().rstrip(".") + " ")
    return before is not None and before.group(1).casefold() in _TITLES


def _said_as_nationality(text: str, start: int, language: str) -> bool:
    """True when the word before a demonym says it as a nationality (`_DEMONYM_BEFORE`, an English
    "'s": "my mum's Nigerian"), or, where adjectives follow their noun, is a lower-case word
    ("la version Suisse", "chocolat Suisse", "la recette Bretonne"), not a preposition or other stop
    word ("demande à Marocain")."""
    before = _WORD_BEFORE.search(text, 0, start)
    if before is None:
        return False
    word = before.group(1).casefold()
    if word in _DEMONYM_BEFORE or word.endswith(("'s", "’s")):
        return True
    if language not in _ADJECTIVE_AFTER_NOUN or not before.group(1).islower():
        return False
    return word not in gazetteer().stop_words.get(language, frozenset())  # "demande à Marocain": a person


def country_adjective(text: str, span: Span, language: str) -> bool:
    """True when a LOCATION span is a country name that is also its people's adjective
    (`name_words.COUNTRY_ADJECTIVES`) right after a lower-case noun, where adjectives follow their
    noun ("la version Suisse", "il modello Svizzera"): what kind of thing, not where. After a
    preposition, an article or any stop word ("livré en Suisse", "vers la Suisse") it stays a place."""
    if span.entity != "LOCATION" or language not in _ADJECTIVE_AFTER_NOUN:
        return False
    if text[span.start : span.end].strip(_EDGE_PUNCT).casefold() not in w.COUNTRY_ADJECTIVES:
        return False
    before = _WORD_BEFORE.search(text, 0, span.start)
    if before is None or not before.group(1).islower():
        return False
    word = before.group(1).casefold()
    return word not in _DEMONYM_BEFORE and word not in gazetteer().stop_words.get(language, frozenset())


def brand_alone(text: str, span: Span, language: str) -> bool:
    """True when the PERSON or LOCATION span is wholly a listed brand or demonym with no sign of a
    person around it (see module doc)."""
    if span.entity not in ("PERSON", "LOCATION"):
        return False
    if country_adjective(text, span, language):
        return True  # "la version Suisse"
    words = [t.strip(_EDGE_PUNCT).casefold() for t in text[span.start : span.end].split()]
    if " ".join(words) not in _LISTED or any(_first_name(word) for word in words):
        return False
    if _titled(text, span.start):
        return False  # "M. Leclerc", "Mrs Boots"
    # "je suis Belge": an introduction before a demonym is the customer's nationality, not a name cue
    if " ".join(words) not in w.DEMONYMS and ctx.person_cue(text, span.start, span.end):
        return False
    if " ".join(words) not in w.BRANDS and not _said_as_nationality(text, span.start, language):
        return False  # "ask Irish", "Polish said": a demonym alone where a name stands
    before = _WORD_BEFORE.search(text, 0, span.start)
    if " ".join(words) in w.SURNAME_BRANDS and (before is None or before.group(1).casefold() not in w.SHOP_BEFORE):
        return False  # "Boulanger a appelé", "Dyson called me back": a surname as often as the shop
    after = _WORD_AFTER.match(text, span.end)
    return not any(m is not None and m.group(1)[:1].isupper() and _first_name(m.group(1)) for m in (before, after))
