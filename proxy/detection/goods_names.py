"""Place names that are part of the goods' name, not where anyone is (`business.shop_place`).

Shop chat names towns inside what it sells far more often than where a customer is: a regional
specialty with the town it comes from ("les madeleines de Commercy", "i pistacchi di Bronte", "las
yemas de Ávila", "Marzipan aus Lübeck": German writes mass nouns with no article, "the Lisbon
tiles"), and a protected designation said alone as the goods ("the Cheddar is mature", "le Bordeaux
2015 est épuisé", "we have Stilton and Cheddar", "a glass of Cognac"). Two readings, for a model's or
the place list's LOCATION only (a place read as a first name, "les macarons de Nancy", may be the
person's and is kept):

- **a specialty** (`name_words.ORIGIN_SPECIALTIES`) a few words before "from"/"de"/"di"/"aus" and the
  town, or right before the town ("the Lisbon tiles");
- **a measure's goods**: any listed place right after a bottle, glass, case or slice and "of" ("tre
  bottiglie di Tsingtao", "trois bouteilles de Asahi", "a case of Tsingtao"): a beer or a cheese named
  after its town, sold by the measure; no one is located by the glass;
- **a designation** (`name_words.DESIGNATIONS`: wines, spirits, cheeses named after a place) with an
  article or a measure right before it and no place preposition before that ("the Cheddar", "un verre
  de Sancerre"; not "in the Champagne", "from Cognac"), or joined by "and"/"or" to another one read so.

The caller has already failed closed on the customer's cue in the clause ("I live in Bordeaux").
"""

from __future__ import annotations

from functools import cache

import regex  # type: ignore[import-untyped]

from proxy.detection.phrases import BLANKS, alternation
from recognizers import name_words as w

_B = BLANKS
# The sentence before a designation: "Stilton. We also have Cheddar" reads from "We"
_SENTENCE_END = regex.compile(r"[.!?;:\n]")
# Goods, up to three lower-case words, then "from"/"of" and an article: "the pistachios from", "les
# madeleines de", "i pistacchi di", "Marzipan aus", "o pão de ló de"
_FROM = r"(?:from|de|d['’]|du|des|da|dal|dalla|dall['’]|do|dos|das|aus|di|del|della|von|vom)"
_ARTICLE = r"(?:(?:the|la|le|les|l['’]|el|il|lo|o|a|os|as|der|die|dem)[ \t\u00a0]*)?"
_SPECIALTY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}'’])(?:{alternation(w.ORIGIN_SPECIALTIES)}){_B}(?:(?-i:[\p{{Ll}}'’]+){_B}){{0,3}}"
    rf"{_FROM}(?:{_B}|(?<=['’])){_ARTICLE}$",
    regex.IGNORECASE,
)
_SPECIALTY_AFTER = regex.compile(rf"(?:{_B}|-)(?:{alternation(w.ORIGIN_SPECIALTIES)})(?![\p{{L}}'’])", regex.IGNORECASE)

# The determiners a designation takes as goods, per language; never one that is also a preposition
# ("a" in it, es, pt) nor one contracted with it ("du", "al", "do", "no", "im")
_DETERMINERS: dict[str, str] = {
    "en": "the|a|an|this|that|our|your|some|any",
    "fr": "le|la|les|l['’]|un|une|ce|cet|cette|votre|notre",
    "it": "il|lo|la|l['’]|un|uno|una|questo|questa|quel|quello|vostro|nostro",
    "es": "el|la|los|las|un|una|este|esta|ese|vuestro|nuestro",
    "pt": "o|os|um|uma|este|esse|vosso|nosso",
    "de": "der|die|das|den|dem|ein|eine|einen|euer|unser|unseren",
}
# A measure of a drink or a cheese and "of": "a bottle of", "une coupe de", "un calice di", "una copa
# de", "um copo de", "eine Flasche"
_MEASURE = (
    r"(?:bottles?|glass|glasses|case|cases|pint|wedge|slice|piece|bouteilles?|verres?|coupes?|flûtes?|caisses?"
    r"|cartons?|morceau|tranche|bottiglie|bottiglia|bicchieri?|calici?|casse|cassa|pezzo|fetta|botellas?"
    r"|copas?|vasos?|cajas?|trozo|cuña|garrafas?|copos?|taças?|caixas?|fatia|pedaço)"
    rf"{_B}(?:of|de|d['’]|di)(?:{_B}|(?<=['’]))"
    r"|(?:flaschen?|gläser|glas|kisten?|stück|scheibe)" + _B
)
# A measure right before the place: "tre bottiglie di Tsingtao", "trois bouteilles de Asahi", "a case of
# Tsingtao", "eine Flasche Kronenbourg": a drink or a food sold by the bottle, glass or slice is named
# after the town (a brewery's, a cheese's), and no one is poured by the glass
_MEASURED = regex.compile(rf"(?<![\p{{L}}'’])(?:{_MEASURE})$", regex.IGNORECASE)
# A place preposition before the article: "in the Champagne", "nel Chianti", "from the Médoc"
_PLACE_PREP = (
    r"in|at|to|from|near|into|around|en|à|dans|vers|près|a|da|di|per|verso|desde|hacia|para|em|nach|aus"
    r"|von|bei|zu|durch|über"
)
_AND = r"and|or|&|et|ou|e|o|y|und|oder|,"


@cache
def _before(language: str) -> regex.Pattern[str]:
    """A determiner (not after a place preposition) or a measure at the end of the words before."""
    dets = _DETERMINERS[language] if language in _DETERMINERS else "|".join(_DETERMINERS.values())
    return regex.compile(
        rf"(?:(?:^|(?<![\p{{L}}'’])(?!(?:{_PLACE_PREP}){_B})[\p{{L}}\d'’-]+{_B}|[^\p{{L}}\d'’ \t\u00a0]{_B}?)"
        rf"(?:{dets})(?:{_B}|(?<=['’]))|(?<![\p{{L}}'’])(?:{_MEASURE}))$",
        regex.IGNORECASE,
    )


_DESIGNATION = regex.compile(rf"(?:{alternation(w.DESIGNATIONS)})", regex.IGNORECASE)
_JOINED_BEFORE = regex.compile(
    rf"(?<![\p{{L}}'’])(?P<other>{alternation(w.DESIGNATIONS)})(?:{_B}|(?=,))(?:{_AND}){_B}$",
    regex.IGNORECASE,
)
_JOINED_AFTER = regex.compile(
    rf"(?:{_B}|(?=,))(?:{_AND}){_B}(?P<other>{alternation(w.DESIGNATIONS)})(?![\p{{L}}'’])",
    regex.IGNORECASE,
)


def specialty(text: str, start: int, end: int) -> bool:
    """True for a town a regional specialty is named by: a few words after the goods and "from"/"de"
    ("les madeleines de Commercy", "Marzipan aus Lübeck") or right before the goods ("the Lisbon tiles")."""
    return (
        _SPECIALTY_BEFORE.search(text[max(0, start - 60) : start]) is not None
        or _SPECIALTY_AFTER.match(text, end) is not None
    )


def _goods_before(before: str, language: str) -> bool:
    return _before(language).search(before) is not None


def designation(before: str, text: str, end: int, folded: str, language: str) -> bool:
    """True for a designation said as goods: an article or a measure right before it ("the Cheddar",
    "le Bordeaux 2015", "un verre de Sancerre"), never after a place preposition; or joined by
    "and"/"or" to another designation that is ("Stilton and Cheddar", both read from the first's verb
    or article: "we have Stilton and Cheddar"; not "in Bordeaux and Cognac"). `before` is the words of
    its sentence before it."""
    if folded not in w.DESIGNATIONS:
        return False
    if _goods_before(before, language):
        return True
    joined = _JOINED_BEFORE.search(before)
    if joined is not None:
        return _plain_before(before[: joined.start()], language)
    joined = _JOINED_AFTER.match(text, end)
    return joined is not None and _plain_before(before, language)


def _plain_before(before: str, language: str) -> bool:
    """True when the first of two joined designations is goods: an article or a measure before it, or
    a word that is no place preposition ("we have Stilton and", not "in Bordeaux and")."""
    if _goods_before(before, language):
        return True
    last = regex.search(r"([\p{L}'’-]+)[ \t\u00a0]*$", before)
    return last is not None and regex.fullmatch(_PLACE_PREP, last.group(1), regex.IGNORECASE) is None


def named_goods(text: str, start: int, end: int, folded: str, language: str) -> bool:
    """True for a LOCATION that is part of the goods' name: a specialty's town or a designation. The
    caller fails closed on a person in the sentence ("my mum sent the sausages from Toulouse")."""
    if specialty(text, start, end):
        return True
    if _MEASURED.search(text[max(0, start - 30) : start]) is not None:
        return True  # "tre bottiglie di Tsingtao", "a case of Tsingtao": the drink, by its measure
    before = _SENTENCE_END.split(text[max(0, start - 120) : start])[-1]
    return designation(before, text, end, folded, language)
