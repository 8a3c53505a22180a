"""A first name that is also a feast of the Virgin, before a surname (`recognizers/feast_given.py`):
"Inmaculada", "Immacolata" open a person's name when a surname follows them, not after an article or
an institution's word, and not before the feast's own word. Sentences written here, not a tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from recognizers import feast_given
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("perdona, el recibo es de Inmaculada Urquiola, no mío", "es", "Inmaculada Urquiola"),
        ("Inmaculada Arriaga pasará el jueves a por las cortinas", "es", "Inmaculada Arriaga"),
        ("il pacco è rimasto da Immacolata Capuozzo al terzo piano", "it", "Immacolata Capuozzo"),
    ],
)
def test_the_name_is_found(analyzer: Analyzer, text: str, language: str, name: str) -> None:
    [spans] = analyzer.analyze([text], language=language)
    start = text.index(name)
    assert all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
    ), name


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("el puente de la Inmaculada Concepción cerramos", "es"),
        ("¿abrís el día de la Inmaculada?", "es"),
        ("Feliz día de la Inmaculada Concepción a todos", "es"),
        ("Chiuso per la festa dell'Immacolata Concezione", "it"),
        ("Assunta in cielo, la processione parte alle nove", "it"),
    ],
)
def test_no_one_is_found(analyzer: Analyzer, text: str, language: str) -> None:
    assert {e for e in found(analyzer, text, language) if e[0] == "PERSON"} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no Inmaculada Montoya, para el grabado", ["Inmaculada Montoya"]),
        ("Immacolata Capasso-Ascione sulla maglia", ["Immacolata Capasso-Ascione"]),
        # the feast's own word, a first name given often, an everyday word, a place: no surname
        ("Inmaculada Concepción es festivo", []),
        ("Inmaculada Preciosa", []),
        # a frequent surname that is also a word is a surname (2026-12-07, day: "Inmaculada Castro")
        ("Inmaculada Castro", ["Inmaculada Castro"]),
        ("Vuelo a Asunción Paraguay", []),
        # after an article or an institution's word: the feast, a school
        ("la Inmaculada Roig", []),
        ("Colegio Inmaculada Niña", []),
        ("Gracias. Inmaculada Roig", ["Inmaculada Roig"]),
    ],
)
def test_spans(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in feast_given.spans(text, "es")] == expected
