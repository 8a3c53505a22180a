"""GivenNameRecognizer: towns the first-name list read as names. A word typed with its accents that is
a listed town and no listed name as typed, whose plain spelling is a name given less than very often
("Guimarães" as "guimaraes", "Orléans", "Ávila"), is the town; so is the last word of a listed town a
lower-case "do"/"de" cut from its run ("Caxias do Sul"). The place rules read them. Hand-written
sentences, none taken from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

TOWNS = [
    ("pt", "Chego de Guimarães na quarta, posso levantar?"),
    ("fr", "Vous livrez jusqu'à Orléans le samedi ?"),
    ("es", "¿Las yemas de Ávila llegan en caja de doce?"),
    ("pt", "A encomenda sai de Caxias do Sul ou de Porto Alegre?"),
]


@pytest.mark.parametrize(("language", "text"), TOWNS)
def test_a_town_is_no_first_name(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


PEOPLE = [
    ("pt", "Falei com a Vitória ontem sobre a encomenda", ["Vitória"]),  # a name as typed
    ("es", "la semana de la moda de Milán fue increíble", ["Milán"]),  # "Milan", given very often
    ("pt", "Falei com Guimarães Rosa ontem sobre a encomenda", ["Guimarães Rosa"]),  # a surname after it
    ("pt", "Falei com Maria da Graça ontem sobre a encomenda", ["Maria da Graça"]),  # no town
]


@pytest.mark.parametrize(("language", "text", "names"), PEOPLE)
def test_a_person_stays(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names
