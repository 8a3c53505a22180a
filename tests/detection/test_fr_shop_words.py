"""French shop chat the French model or the first-name list reads as people: wishes written in
capitals, salutations with no name, apps and payment services, English shop phrases
(`filters._wish`, `_salutation`, `_app_by_name`, `_shop_phrase`, `name_words.APPS`). Each side: what
is now left alone and the names beside it that must still be caught."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, Span
from proxy.detection.filters import settle
from tests.detection.helpers import found

NER = "SpacyRecognizer"
GIVEN = "GivenNameRecognizer"


def _span(text: str, value: str, entity: str = "PERSON", recognizer: str = NER) -> Span:
    start = text.index(value)
    return Span(entity, start, start + len(value), 0.85, recognizer)


# (text, span text, entity, recognizer, kept)
CASES = [
    # a wish's noun in capitals
    ("Bonne Journée à vous aussi", "Journée", "PERSON", NER, False),
    ("Bonne Année et bonne santé", "Année", "PERSON", NER, False),
    ("merci, Belle Soirée !", "Soirée", "LOCATION", NER, False),
    ("Belle Rose, merci pour le bouquet", "Rose", "PERSON", NER, True),  # a popular first name
    ("Bonne Journée, Fontaine", "Fontaine", "PERSON", NER, True),  # no wish right before it
    # a salutation with no name
    ("Chère Madame, merci pour votre message", "Chère", "PERSON", NER, False),
    ("Chère Madame, merci pour votre message", "Chère Madame", "PERSON", NER, False),
    ("Cher Client, votre commande est prête", "Cher", "PERSON", GIVEN, False),
    ("Chère Ophélie, merci pour votre commande", "Chère Ophélie", "PERSON", NER, True),
    ("Cher Tanguy, merci", "Cher", "PERSON", GIVEN, True),  # a name after it: the span stays
    # apps and payment services
    ("je l'ai vu sur Vinted moins cher", "Vinted", "LOCATION", NER, False),
    ("on peut régler par Twint ?", "Twint", "PERSON", NER, False),
    ("je peux vous payer par Lydia ?", "Lydia", "PERSON", GIVEN, False),
    ("paiement Lydia accepté ?", "Lydia", "PERSON", GIVEN, False),
    ("vous proposez Alma en 4 fois ?", "Alma", "PERSON", GIVEN, False),
    ("le colis a été payé par Lydia", "Lydia", "PERSON", GIVEN, True),  # the payer
    ("je dois payer Lydia demain", "Lydia", "PERSON", GIVEN, True),  # paid, not paid with
    ("c'est Alma qui passera le chercher", "Alma", "PERSON", GIVEN, True),
    # English shop phrases
    ("c'est quoi votre Best Seller en ce moment ?", "Best Seller", "PERSON", NER, False),
    ("la Flash Sale finit à quelle heure ?", "Flash Sale", "LOCATION", NER, False),
    ("Best Seller choisi par Solène Perrin", "Solène Perrin", "PERSON", NER, True),
]


@pytest.mark.parametrize(("text", "value", "entity", "recognizer", "kept"), CASES)
def test_french_shop_words_read_as_people(text: str, value: str, entity: str, recognizer: str, kept: bool) -> None:
    span = _span(text, value, entity, recognizer)
    settled = settle(text, [span], "fr", ner_filter=True)
    # a kept name may be completed over the name after it ("Cher Tanguy": `name_spans`)
    assert (len(settled) == 1 and settled[0].start == span.start and settled[0].end >= span.end) is kept


@pytest.mark.parametrize(
    "text",
    [
        "Bonne Journée à vous aussi",
        "Cher Client, votre commande est prête",
        "je peux vous payer par Lydia ?",
        "vous proposez Alma en 4 fois ?",
        "on peut régler par Twint ?",
        "c'est quoi votre Best Seller en ce moment ?",
    ],
)
def test_french_shop_words_are_left_alone(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "fr") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonne Journée, Solène Dubreuil", "Solène Dubreuil"),
        ("Chère Ophélie, merci pour votre commande", "Ophélie"),
        ("je paie par Lydia, c'est au nom de Ghislaine Vasseur", "Ghislaine Vasseur"),
        ("je l'ai acheté à Solène Charpentier sur Vinted", "Solène Charpentier"),
        ("le colis a été payé par Lydia", "Lydia"),
    ],
)
def test_names_beside_them_are_still_found(analyzer: Analyzer, text: str, name: str) -> None:
    assert any(entity == "PERSON" and name in value for entity, value in found(analyzer, text, "fr"))
