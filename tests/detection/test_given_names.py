"""Names with no cue word, and places, in it/es/pt/de through the analyzer (no spaCy model for them)."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import found, settings


@pytest.fixture(scope="module")
def blank() -> Analyzer:
    """The four languages without a model: names come only from Veil's recognizers."""
    return build_analyzer(settings(models={}, languages=("it", "es", "pt", "de"), default_language="it"))


CASES = [
    ("it", "Ho parlato ieri con Giulia al telefono", {("PERSON", "Giulia")}),
    ("it", "Domani vengono Stefano e Chiara Colombo", {("PERSON", "Stefano"), ("PERSON", "Chiara Colombo")}),
    ("es", "Lo recoge Alejandro Ruiz el martes", {("PERSON", "Alejandro Ruiz")}),
    ("pt", "Quem recebe é o Thiago Ferreira", {("PERSON", "Thiago Ferreira")}),
    ("de", "Das Paket holt morgen Lukas Becker ab", {("PERSON", "Lukas Becker")}),
    ("it", "il pacco lo prende federica colombo domani", {("PERSON", "federica colombo")}),
    # a cue word and a listed name: one span, the cue rule's (it covers the whole name)
    ("it", "Buongiorno, sono Rossana Adinolfi", {("PERSON", "Rossana Adinolfi")}),
    # commerce stays clear
    ("it", "Avete la Maglia Rosa in taglia M? La borsa Michael Kors è arrivata", set()),
    ("pt", "O Nike Air Max chega na Segunda-feira?", set()),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_names_anywhere_in_the_languages_without_a_model(
    blank: Analyzer, language: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert found(blank, text, language) == expected


PLACES = [
    ("it", "Spedite a Torino entro venerdì?", {("LOCATION", "Torino")}),
    ("es", "Vivo en Zaragoza desde 2019", {("LOCATION", "Zaragoza")}),
    ("pt", "Entregam em São Paulo amanhã?", {("LOCATION", "São Paulo")}),
    ("de", "Ich komme aus Köln", {("LOCATION", "Köln")}),  # "das Paket kommt aus": a warehouse town (business.py)
    # an address keeps its city: one ADDRESS span, not a LOCATION inside it
    ("it", "Spedite a Via Garibaldi 12, 20121 Milano", {("ADDRESS", "Via Garibaldi 12, 20121 Milano")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLACES)
def test_places_in_the_languages_without_a_model(
    blank: Analyzer, language: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert found(blank, text, language) == expected


def test_a_name_that_starts_with_a_place_stays_one_person(blank: Analyzer) -> None:
    assert found(blank, "Il pacco è per conto di Sofia Rossi", "it") == {("PERSON", "Sofia Rossi")}
