"""The stock French model's false names and places on no-PII chat (2026-12-06, late afternoon):
a span over a line break is judged line by line (`line_spans.by_line`), a trade noun read alone
at the head of a shop's name is the shop (`filters._trade_head`), an emoji or a line's end closes
a greeting (`filters._everyday_alone`), "cours" names a street (`filters._COURS`), a venue's noun
opening a sentence makes the name after it the premises (`given_name_recognizer.venue_before`),
and a possessive before no first name owns a thing (`filters._owned_thing`). Each with the real
names of the same shapes that stay tokenised."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Span
from proxy.detection.filters import settle
from proxy.detection.line_spans import by_line

NER = "SpacyRecognizer"


def _span(text: str, value: str, entity: str = "PERSON", recognizer: str = NER) -> Span:
    start = text.index(value)
    return Span(entity, start, start + len(value), 0.85, recognizer)


def _kept(text: str, value: str, language: str = "fr", entity: str = "PERSON") -> list[str]:
    spans = settle(text, [_span(text, value, entity)], language, ner_filter=True)
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        (
            "fr",
            "Message transféré\nDe : Cave Saint-Vincent\nObjet : votre commande Huawei",
            "Cave Saint-Vincent\nObjet",
        ),
        ("en", "Forwarded message\nFrom: Ivy Lane Bakery\nSubject: Your Vileda order", "Ivy Lane Bakery\nSubject"),
    ],
)
def test_a_shop_and_the_next_lines_label_are_no_one(language: str, text: str, value: str) -> None:
    assert _kept(text, value, language) == []


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Cliente : Chanthou Prak\nCoiffeuse : Marie-Carmelle\nPrestation : balayage", "Marie-Carmelle\nPrestation",
         "Marie-Carmelle"),
        ("Carte cadeau\nPour : Rithy\nDe la part de : Gwen", "Rithy\nDe", "Rithy"),
        ("De : Cave Saint-Vincent\nSophie Kerjean", "Saint-Vincent\nSophie Kerjean", "Sophie Kerjean"),
        ("Livré par\nKerjean : merci", "par\nKerjean", "Kerjean"),  # an unknown word before a colon: not a label
    ],
)  # fmt: skip
def test_a_name_on_either_line_stays(text: str, value: str, name: str) -> None:
    assert name in _kept(text, value)


def test_a_span_on_one_line_is_left_whole() -> None:
    span = _span("Julie Martin a appelé", "Julie Martin")
    assert by_line("Julie Martin a appelé", span, "fr") == [span]


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("La commande est prête à Droguerie Lille Wazemmes ?", "Droguerie", "LOCATION"),
        ("il y en aura d'autres chez Pâtisserie Chez Yvonne en septembre ?", "Pâtisserie", "PERSON"),
        ("il y en aura d'autres chez Bistrot Chez Marcel en octobre ?", "Bistrot", "PERSON"),
        ("Je passe chez Caves Saint-Vincent après le travail.", "Caves Saint-Vincent", "PERSON"),
    ],
)
def test_a_trade_noun_heading_a_shops_name_is_the_shop(text: str, value: str, entity: str) -> None:
    assert _kept(text, value, entity=entity) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Petit Kerjean a appelé ce matin", "Petit"),  # an adjective and a surname, never read alone
        ("Je passe chez Boulangerie Anna Weber demain", "Anna Weber"),  # a person's full name after the trade
        ("Caves a appelé ce matin", "Caves"),  # the trade alone, no shop's name after it
    ],
)
def test_names_beside_trades_stay(text: str, value: str) -> None:
    assert _kept(text, value) == [value]


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Coucou 👋 c'est arrivé ?", "Coucou", "LOCATION"),
        ("Bises\nMerci", "Bises", "LOCATION"),
    ],
)
def test_a_greeting_closed_by_an_emoji_or_its_line_is_no_one(text: str, value: str, entity: str) -> None:
    assert _kept(text, value, entity=entity) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Julie 👋 c'est arrivé ?", "Julie"),  # a first name
        ("Merci\nBoulanger\nà demain", "Boulanger"),  # an everyday word alone on its line: a surname as often
        ("Je vois avec Coucou 👋", "Coucou"),  # not at a sentence's start
    ],
)
def test_names_before_an_emoji_or_a_line_end_stay(text: str, value: str) -> None:
    assert _kept(text, value) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Le parking cours Mirabeau est gratuit après 18h ?",
        "la boutique du cours Napoléon est ouverte pour Pâques ?",
    ],
)
def test_a_name_after_cours_is_the_street(text: str) -> None:
    value = text.split("cours ")[1].split()[0]
    assert _kept(text, value) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("C'est en cours Kerjean, je vous tiens au courant", "Kerjean"),  # work in progress
        ("Le cours de Kerjean est complet ?", "Kerjean"),  # her class
        ("le cours Julien est complet ?", "Julien"),  # a first name given often
        ("Je cours Kerjean, attends", "Kerjean"),  # the verb
    ],
)
def test_names_after_cours_stay(text: str, value: str) -> None:
    assert _kept(text, value) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le rayon Bébé a des bodies en 6 mois ?", "Bébé"),
        ("La librairie Gibert a le livre d'occasion ?", "Gibert"),
        ("L'hôtel Henriette a un parking ?", "Henriette"),
    ],
)
def test_a_venue_opening_the_sentence_names_the_premises(text: str, value: str) -> None:
    assert _kept(text, value) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("au café Kerjean m'a dit que c'était fermé", "Kerjean"),  # a preposition before the venue
        ("Hier au rayon Kerjean a dit que c'était fermé", "Kerjean"),
    ],
)
def test_a_subject_after_a_venue_noun_stays(text: str, value: str) -> None:
    assert _kept(text, value) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ma Twingo fait un bruit au freinage", "Ma Twingo"),
        ("le voyant moteur de ma Twingo reste allumé", "Twingo"),
        ("Ma Opel Adam est prévue pour la révision mardi", "Ma Opel Adam"),
    ],
)
def test_a_possessive_before_no_first_name_owns_a_thing(text: str, value: str) -> None:
    assert _kept(text, value) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ma Julie a adoré le cadeau", "Ma Julie"),
        ("mon Léo a cassé le jouet", "Léo"),
        ("c'est pour ma Jeanne-Marie", "Jeanne-Marie"),
        ("Twingo a appelé hier", "Twingo"),  # no possessive
    ],
)
def test_a_possessive_before_a_first_name_stays(text: str, value: str) -> None:
    assert _kept(text, value)
