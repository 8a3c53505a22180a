"""Design, kitchen, electronics, outdoor and beauty makers before their model, and a maker that is a
popular first name after an indefinite article (`ner_context.MAKER_PHRASES`, `filters._maker_first`):
"Foscarini Twiggy", "Garmin Forerunner", "une Mercedes Vito" are goods; a person of the same name
after a person cue, or with no article, stays."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Span
from proxy.detection.filters import settle
from tests.detection.helpers import at

GIVEN = "GivenNameRecognizer"
NER = "SpacyRecognizer"


# (language, text, span text, recognizer)
GOODS = [
    ("en", "How much is Foscarini Caboche with delivery?", "Foscarini Caboche", GIVEN),
    ("en", "Is the Garmin Venu still on offer?", "Garmin Venu", NER),
    ("fr", "Le Moleskine Cahier est en rupture ?", "Moleskine Cahier", NER),
    ("de", "Ist die Nespresso Vertuo Lattissima wieder da?", "Nespresso Vertuo Lattissima", NER),
    ("it", "La lampada Artemide Nesso è arrivata", "Artemide Nesso", GIVEN),
    ("es", "¿El Samsonite Proxis viene con garantía?", "Samsonite Proxis", NER),
    ("pt", "O Fjällräven Greenland tem em verde?", "Fjällräven Greenland", NER),
    # a maker that is a popular first name, after an indefinite article
    ("fr", "Il me faut des tapis pour une Mercedes Citan", "Mercedes Citan", GIVEN),
    ("it", "Ho bisogno delle barre per una Mercedes Vito", "Mercedes Vito", GIVEN),
    ("es", "Busco fundas para una Mercedes Citan", "Mercedes Citan", GIVEN),
    ("pt", "Procuro tapetes para uma Mercedes Vito", "Mercedes Vito", GIVEN),
    ("de", "Passt das in eine Mercedes Vito?", "Mercedes Vito", GIVEN),
    # the model's span holding a possessive before the maker, or one right before it
    ("fr", "Ma Toyota Aygo fait un bruit bizarre", "Ma Toyota Aygo", NER),
    ("pt", "O meu Mercedes Citan tem revisão amanhã", "Mercedes Citan", GIVEN),
    ("it", "Il mio Mercedes Vito è in officina", "Mercedes Vito", GIVEN),
    # after a person preposition, a maker no one bears as a name
    ("en", "Express order with Adidas Gazelle, when will it come?", "Adidas Gazelle", NER),
    ("fr", "Commande avec Nespresso Essenza, elle arrive quand ?", "Nespresso Essenza", NER),
    ("pt", "Pedido com Moleskine Cahier, chega quando?", "Moleskine Cahier", NER),
]

PEOPLE = [
    ("fr", "J'ai parlé avec Mercedes Vito hier", "Mercedes Vito", GIVEN),  # a person preposition
    ("it", "Mercedes Vito ha chiamato stamattina", "Mercedes Vito", GIVEN),  # no article: a person
    ("es", "Mi hermana Mercedes Citan viene el lunes", "Mercedes Citan", GIVEN),  # a relative
    ("it", "Ho parlato con Ford Esposito ieri", "Ford Esposito", NER),  # a surname after the maker
]


@pytest.mark.parametrize(("language", "text", "value", "recognizer"), GOODS)
def test_maker_and_model(language: str, text: str, value: str, recognizer: str) -> None:
    span = Span("PERSON", *at(text, value), 0.85, recognizer)
    assert settle(text, [span], language, ner_filter=False) == []


@pytest.mark.parametrize(("language", "text", "value", "recognizer"), PEOPLE)
def test_people_stay(language: str, text: str, value: str, recognizer: str) -> None:
    span = Span("PERSON", *at(text, value), 0.85, recognizer)
    assert settle(text, [span], language, ner_filter=False) == [span]
