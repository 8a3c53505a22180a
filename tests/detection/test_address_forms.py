"""Addresses pasted from labelled forms through the analyzer: every field value is inside an ADDRESS span
in each language (a lone "45" or "Centro" had been no address); lone town fields and specs stay clear."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found

FORMS = [
    ("pt", "Logradouro: Rua Quaresmeira\nNúmero: 71\nBairro: Centro\nCEP: 01310-100", ("71", "Centro")),
    ("it", "Via: Solferino\nCivico: 12\nCAP: 20121\nCittà: Lodi", ("Solferino", "12", "20121")),
    ("es", "Calle: Mayor\nNúmero: 5\nPiso: 2º B\nCP: 28013", ("Mayor", "5", "2º B")),
    ("de", "Straße: Lindenweg\nHausnummer: 5\nPLZ: 10115\nOrt: Celle", ("Lindenweg", "5", "10115")),
    ("fr", "Rue : Victor Hugo\nNuméro : 8\nCode postal : 69002\nVille : Lyon", ("Victor Hugo", "8", "69002")),
    ("en", "street: elm grove\nhouse number: 31\ncity: york", ("elm grove",)),
    ("en", "House No: 221\nStreet: MG Road\nLandmark: near City Mall\nPIN code: 560001", ("near City Mall",)),
]


@pytest.mark.parametrize(("language", "text", "values"), FORMS)
def test_form_values_are_addresses(blank_analyzer: Analyzer, language: str, text: str, values: tuple[str, ...]) -> None:
    [spans] = blank_analyzer.analyze([text], language="it" if language == "it" else "en")
    for value in values:
        start = text.index(value)
        assert any(s.entity == "ADDRESS" and s.start <= start and start + len(value) <= s.end for s in spans), value


@pytest.mark.parametrize("text", ["Material: Wood\nColour: Oak", "Città: Milano\nTaglia: M\nQuantità: 2"])
def test_specs_and_lone_towns_stay_clear(blank_analyzer: Analyzer, text: str) -> None:
    assert not {e for e, _ in found(blank_analyzer, text, "it")} & {"ADDRESS"}
