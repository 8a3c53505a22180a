"""The French model's places after a determiner that counts or owns, goods nouns opening an ad's line,
and a feast before "Day", written for `bench.nopii_tune21` ("un Bordeaux Supérieur", "votre Berlingo",
"Blouson Schott en cuir, 120 €", "before Valentine's Day"); the cases are not all the tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Span
from proxy.detection.filters import settle, trim_ner

NER = "SpacyRecognizer"


def _ner(text: str, value: str, entity: str) -> Span:
    start = text.index(value)
    return Span(entity, start, start + len(value), 0.85, NER)


# (text, LOCATION span text, what survives or None)
PLACES = [
    # an indefinite article, a number word or a possessive before it: a wine, a car, a shoe
    ("Un Bordeaux Supérieur et deux Crémant d'Alsace", "Bordeaux", None),
    ("Un Bordeaux Supérieur et deux Crémant d'Alsace", "Crémant d'Alsace", None),
    ("Trois Sancerre et un Chinon pour samedi", "Sancerre", None),
    ("Votre Berlingo a le contrôle technique ?", "Votre Berlingo", None),
    ("Il me faut un pare-choc pour ma Twingo", "Twingo", None),
    ("Ce sont des vraies Louboutin ?", "Louboutin", None),
    # a bottle of it: where the wine comes from
    ("Six bouteilles de Chablis svp", "Chablis", None),
    # controls: a listed place after a possessive or "des", an adjective before a listed place, a
    # preposition, a postcode: still a place
    ("Je vis dans ma Normandie natale", "Normandie", "Normandie"),
    ("Je rentre des Alpes demain", "Alpes", "Alpes"),
    ("Je passe une semaine à Lyon", "Lyon", "Lyon"),
    ("Livraison 69002 Lyon", "Lyon", "Lyon"),
    ("Deux amis de Nantes m'ont parlé de vous", "Nantes", "Nantes"),
    ("J'ai vécu un temps à Bordeaux", "Bordeaux", "Bordeaux"),
]


@pytest.mark.parametrize(("text", "value", "kept"), PLACES)
def test_counted_places(text: str, value: str, kept: str | None) -> None:
    span = trim_ner(text, _ner(text, value, "LOCATION"), "fr")
    assert (text[span.start : span.end] if span else None) == kept


# (text, PERSON span text, what survives or None)
PEOPLE = [
    # a goods noun opening the run: an ad's line
    ("Blouson Schott en cuir, 120 €", "Blouson Schott", None),
    ("Verres Duralex, le lot de 6", "Verres Duralex", None),
    ("Stylo Montblanc Meisterstück avec recharge", "Stylo Montblanc Meisterstück", None),
    # controls: people after a possessive or a number word, beside the same goods
    ("Mon Paul arrive ce soir pour le blouson", "Paul", "Paul"),
    ("Les deux Martin viennent chercher les verres", "Martin", "Martin"),
    ("Le stylo est pour Hélène Garnier", "Hélène Garnier", "Hélène Garnier"),
]


@pytest.mark.parametrize(("text", "value", "kept"), PEOPLE)
def test_goods_noun_first(text: str, value: str, kept: str | None) -> None:
    span = trim_ner(text, _ner(text, value, "PERSON"), "fr")
    assert (text[span.start : span.end] if span else None) == kept


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("will it arrive before Valentine's Day", "Valentine", False),
        ("is it open on Valentine Day", "Valentine", False),
        ("Valentine's dad will collect it", "Valentine", True),  # no "Day": a person
        ("ask Valentine about the day", "Valentine", True),
    ],
)
def test_feast_before_day(text: str, value: str, kept: bool) -> None:
    spans = settle(text, [_ner(text, value, "PERSON")], "en", ner_filter=True)
    assert bool(spans) is kept
