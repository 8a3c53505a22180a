"""Titles in quotes after a noun of a work or of goods, a model counted by the piece, store sections
and dishes after their noun, through the full analyzer: no one in them; people in the same shapes
(a nickname in quotes, a name after a time, a name with its surname after a number) stay. Sentences
written here, none from a held-out set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a title in quotes after a noun of a work or of goods, or English "the"
        ("en", 'is the novel "Rebecca" in paperback yet?'),
        ("es", 'tenéis la película "Lucía" en DVD?'),
        ("pt", 'o livro "Gabriela" tem na edição de bolso?'),
        ("it", 'avete la tazza di "Matilde" in rosa?'),
        # a model counted by the piece, a verb or noun before the count
        ("it", "prendo 3 Giulia in nero, taglia 38"),
        ("es", "necesito 2 Carmen en azul"),
        ("pt", "vou levar 2 Fernanda no 38"),
        # plural furniture, a store's department, a dish after its noun
        ("it", "ci sono ancora le sedie Paola in noce?"),
        ("es", "las sillas Elena vienen montadas?"),
        ("it", "il reparto Donna è al primo piano?"),
        ("pt", "o bolo Maria Luísa é de chocolate?"),
    ],
)
def test_titles_models_and_sections_hold_no_one(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", 'mio cugino Giuseppe "Peppe" Russo ritira il pacco', "Peppe"),
        ("it", "alle 3 Giulia passa a ritirare", "Giulia"),
        ("es", "a las 5 Carmen pasa a por el pedido", "Carmen"),
        ("pt", "vou levar 2 Fernanda Tavares e Paulo no carro", "Fernanda Tavares"),
        ("it", "ho parlato con Chiara del reparto Donna", "Chiara"),
        ("es", "mi hija Lucía quiere el libro", "Lucía"),
    ],
)
def test_people_in_the_same_shapes_keep_their_names(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    spans = found(analyzer, text, language)
    assert any(entity == "PERSON" and name in value for entity, value in spans), spans
