"""A material or a use after a goods noun and a linking preposition (`proxy.detection.made_of`):
"Friggitrice ad Aria", "Veste en Jean" are goods; "Mamma di Aria", "ho scritto a Lana" are people."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Span
from proxy.detection.filters import settle
from proxy.detection.made_of import made_of
from tests.detection.helpers import at

GIVEN = "GivenNameRecognizer"
NER = "SpacyRecognizer"


# (language, text, span text, goods)
CASES = [
    ("it", "Vorrei sapere se la Pentola a Vapore arriva entro venerdì", "Vapore", True),
    ("it", "il Maglione di Lana Benetton è ancora in saldo?", "Lana Benetton", True),
    ("it", "Mi serve un Tavolino da Giardino per sabato", "Giardino", True),
    ("it", "avete ancora la Camicia di Lino bianca?", "Lino", True),
    ("it", "la Collana d'Argento è arrivata graffiata", "Argento", True),
    ("es", "¿El Edredón de Plumas se puede lavar?", "Plumas", True),
    ("es", "Compré la Chaqueta de Lana Zara y vino rota", "Lana Zara", True),
    ("es", "la Plancha de Vapor llegó sin el cable", "Plancha de Vapor", True),
    ("pt", "A Camisola de Lã chegou com um furo", "Lã", True),
    ("pt", "vocês têm o Secador de Cabelo e a Panela de Pressão?", "Pressão", True),
    ("fr", "le Pull en Laine taille M est dispo ?", "Laine", True),
    ("fr", "une Brosse à Dents électrique, c'est possible ?", "Dents", True),
    ("fr", "la Chemise en Jean Levi's est trop petite", "Jean", True),
    ("fr", "une Bouteille d'Huile d'Olive cassée dans le colis", "Olive", True),
    ("de", "Ist die Decke aus Wolle schon unterwegs?", "Wolle", True),
    # a person's word before the link, a cue before the run, no head, a verb opening the sentence
    ("it", "la Mamma di Aria ha già pagato", "Aria", False),
    ("it", "ho messo la Foto di Lana sul profilo", "Lana", False),
    ("it", "Scrivi a Lana che il pacco è arrivato", "Lana", False),
    ("it", "ho parlato con Aria ieri", "Aria", False),
    ("es", "la Señora de Lino llamó ayer", "Lino", False),
    ("es", "Marta de Lana pasará a recogerlo", "Lana", False),
    ("es", "Hablé con Lana de la tienda", "Lana", False),
    ("es", "es el Pedido de Lana Pérez", "Lana Pérez", False),
    ("pt", "a Tia de Jade vem buscar amanhã", "Jade", False),
    ("fr", "Je suis passée voir Jean en rentrant", "Jean", False),
    ("fr", "le Cadeau de Laine est prêt ?", "Laine", False),
    ("fr", "Merci à Jean pour son aide", "Jean", False),
    ("de", "Grüße aus Wolle", "Wolle", False),
    ("pt", "o Sr. Lopes da Pedra vem buscar", "Lopes da Pedra", False),  # a surname, no word, as head
    ("pt", "quem assina é Nunes da Madeira", "Nunes da Madeira", False),
]


@pytest.mark.parametrize(("language", "text", "value", "goods"), CASES)
def test_made_of(language: str, text: str, value: str, goods: bool) -> None:
    assert made_of(text, *at(text, value), language) is goods


@pytest.mark.parametrize(
    ("language", "text", "value", "recognizer"),
    [
        ("it", "il Maglione di Lana Benetton è ancora in saldo?", "Lana Benetton", GIVEN),
        ("fr", "une Brosse à Dents électrique, c'est possible ?", "Dents", NER),
        ("es", "la Plancha de Vapor llegó sin el cable", "Plancha de Vapor", NER),
    ],
)
def test_settle_drops_the_material(language: str, text: str, value: str, recognizer: str) -> None:
    span = Span("PERSON", *at(text, value), 0.85, recognizer)
    assert settle(text, [span], language, ner_filter=False) == []


def test_settle_keeps_a_relative_s_name() -> None:
    text = "la Mamma di Aria ha già pagato"
    span = Span("PERSON", *at(text, "Aria"), 0.85, GIVEN)
    assert settle(text, [span], "it", ner_filter=False) == [span]


def test_punctuation_parts_head_and_link() -> None:
    text = "Olá Atendimento, a Lana chegou ontem"
    assert made_of(text, *at(text, "Lana"), "pt") is False
