"""GivenNameRecognizer: the last word of a listed town that a lower-case "do"/"de" cut from its run
("Caxias do Sul": "Sul" is a name elsewhere) is the town's, left to the place rules; a name with
"do"/"da" inside that is no listed town stays. Hand-written sentences, none taken from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

TOWNS = [
    ("pt", "A encomenda sai de Caxias do Sul ou de Porto Alegre?"),
    ("pt", "Em Caxias do Sul não há onde estacionar, posso levantar noutra loja?"),
]


@pytest.mark.parametrize(("language", "text"), TOWNS)
def test_a_town_is_no_first_name(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


PEOPLE = [
    ("pt", "Falei com Maria da Graça ontem sobre a encomenda", ["Maria da Graça"]),
]


@pytest.mark.parametrize(("language", "text", "names"), PEOPLE)
def test_a_person_stays(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names
