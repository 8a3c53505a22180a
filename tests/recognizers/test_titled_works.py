"""A title that opens a book's or a film's name (`name_words.NAMED_THINGS`): "el Señor de los
Anillos", "o Senhor dos Anéis" are no one, as `bench.nopii_tune16` writes them; the same title before
a particled surname ("el Señor de los Santos", "o Senhor dos Santos") stays a person."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("es", "¿tenéis el Señor de los Anillos en tapa dura?", []),
        ("pt", "o Senhor dos Anéis em capa dura ainda tem?", []),
        ("de", "Habt ihr Herr der Ringe als Box?", []),
        # a particled surname after the same title stays a name
        ("es", "el Señor de los Santos pasará a recogerlo", ["de los Santos"]),
        ("pt", "o Senhor dos Santos vem buscar amanhã", ["dos Santos"]),
        ("es", "el señor de la Fuente ya pagó", ["de la Fuente"]),
    ],
)
def test_titled_work(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text) == names
