"""A second surname joined by Spanish "y" or Portuguese "e" is the same person's
(`proxy.detection.joined_surnames`), with places, firms and two people as controls. Sentences
written here in the shapes of `bench.names_tune26`, with other names."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "A nombre de Yeimy Carrasco y Ochoa, por favor", "Yeimy Carrasco y Ochoa"),
        ("es", "Soy Heriberto Lozano y Prieto, el del pedido", "Heriberto Lozano y Prieto"),
        ("pt", "Sou a Josenilda Barros e Moura, do pedido 12", "Josenilda Barros e Moura"),
    ],
)
def test_a_second_surname_after_the_conjunction_joins_the_name(
    analyzer: Analyzer, language: str, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("es", "Vinieron Juan Pérez y Ana Gómez", {"Juan Pérez", "Ana Gómez"}),  # two people
        ("es", "Vinieron Juan Pérez y Ana", {"Juan Pérez", "Ana"}),
        ("es", "Pedido de Construcciones Ortega y Hermanos", set()),  # a firm
        ("pt", "Ferragens Silva e Filhos fecha às seis?", set()),
    ],
)
def test_two_people_places_and_firms_stay_apart(analyzer: Analyzer, language: str, text: str, kept: set[str]) -> None:
    assert {value for entity, value in found(analyzer, text, language) if entity == "PERSON"} == kept
