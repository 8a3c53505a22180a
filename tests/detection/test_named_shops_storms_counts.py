"""A first name in commerce chat that names no one, in the shapes of `bench.nopii_tune22`: a shop
named after someone whose trade noun opens its capitalised name (with a link or an honorific a cue
rule reads as a person's: "Trattoria Da Nino", "Cantina Dona Rosa"), a storm named with its noun,
goods named after a first name right after their noun, dishes and drinks counted out, the Virgin's
feasts; and a person beside the same words, who stays. Sentences written here, not the tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a shop whose trade noun opens its name, a link or honorific between
        ("it", "Siamo passati dalla Trattoria Da Pino, buonissima"),
        ("pt", "Compramos o vinho na Adega Dona Amélia"),
        ("en", "Have you got a stand at Boutique Harriet this weekend?"),
        ("it", "La Sartoria Franco fa anche orli?"),
        ("pt", "A Barbearia Rui usa os vossos produtos"),
        # a storm named after a person
        ("it", "L'uragano Ofelia ha rallentato le spedizioni?"),
        ("en", "Hurricane Bertha closed the port, any news on my order?"),
        ("pt", "A tempestade Leonor atrasou o envio"),
        # goods named after a first name right after their noun
        ("pt", "Os pratos Leonor vêm em conjunto de seis?"),
        ("it", "I piatti Vittoria sono in porcellana?"),
        ("es", "Los platos Lucía vienen en caja de seis?"),
        # the Virgin's feast: "Virgen" opens a title, not a name
        ("es", "¿Cerráis el día de la Virgen del Pilar?"),
        # dishes and drinks counted out
        ("it", "Ci fate due Margherita da asporto?"),
        ("es", "De postre pedimos tres Carlota, ¿las tenéis?"),
    ],
)
def test_a_first_name_that_names_no_one_is_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert {e for e in found(analyzer, text, language) if e[0] == "PERSON"} == set()


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a person beside a shop, or a shop named after a full name (fail closed)
        ("it", "Ho parlato con Pino della trattoria", {"Pino"}),
        ("pt", "A Dona Amélia da adega disse que chega amanhã", {"Amélia"}),
        ("es", "Compré el pan en la Panadería Lucía Romero", {"Lucía Romero"}),
        ("en", "Harriet from the boutique will call you", {"Harriet"}),
        # a person after a storm, in a separate clause
        ("en", "After the storm Bertha Jones called to check", {"Bertha Jones"}),
        # a person after the goods they bought, and counted people
        ("it", "I piatti li ha ordinati Vittoria Galli", {"Vittoria Galli"}),
        ("en", "Two rooms for Margaret Hughes, please", {"Margaret Hughes"}),
        ("it", "Alle 3 Martina passa a ritirare", {"Martina"}),
        ("es", "Lo recoge Pilar Ruiz el día de la Virgen", {"Pilar Ruiz"}),
    ],
)
def test_a_person_beside_the_same_words_stays(analyzer: Analyzer, language: str, text: str, names: set[str]) -> None:
    [spans] = analyzer.analyze([text], language=language)
    for name in names:
        start = text.rindex(name)
        assert all(
            text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
        ), name
