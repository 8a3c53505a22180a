"""GivenNameRecognizer: a feast or a fair called by its own name in the middle of a sentence, its
head capitalised before "de"/"do"/"del" ("antes da Festa do Divino", "no Círio de Nazaré", "la
Romería del Rocío"): the name after the head is the feast's. Opening a sentence, or in lower case,
the head says nothing and a person stays. Hand-written sentences, none taken from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

FEASTS = [
    ("pt", "Vcs mandam queijo pra Belo Horizonte antes da Festa do Divino?"),
    ("pt", "As lojas fecham no Círio de Nazaré?"),
    ("es", "¿Cerráis en la Fiesta de la Virgen de la Paloma?"),
    ("es", "¿Abrís durante la Romería del Rocío?"),
]


@pytest.mark.parametrize(("language", "text"), FEASTS)
def test_a_name_after_a_feasts_capitalised_head_is_the_feast(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


PEOPLE = [
    ("pt", "Festa da Maria sábado, vocês fazem bolo?", ["Maria"]),  # opening the sentence
    ("pt", "vou na festa da Maria sábado", ["Maria"]),  # in lower case: her party
    ("it", "per la festa di Giulia serve una torta", ["Giulia"]),
    ("fr", "Vous fermez pour la Fête de Jeanne ?", ["Fête de Jeanne"]),  # French: her name day as often
    ("pt", "Vocês fazem o bolo para a Festa? a Maria paga", ["Maria"]),
]


@pytest.mark.parametrize(("language", "text", "names"), PEOPLE)
def test_a_person_after_a_party_stays(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names
