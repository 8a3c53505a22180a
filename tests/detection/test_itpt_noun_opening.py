"""A trusted model span of several words opening a sentence, its first word with a noun's ending
(`trusted_persons._noun_opening`: "Degustazione Barolo a febbraio", "Sanificazione Ozonix a domicilio"):
the sentence's capital on what is asked about, no one. Names opening a sentence with no noun's
ending stay."""

from __future__ import annotations

import pytest

from proxy.detection.trusted_persons import trusted_person
from tests.detection.helpers import at


@pytest.mark.parametrize(
    ("language", "text", "words", "kept"),
    [
        ("it", "Degustazione Barolo a febbraio, ci sono ancora posti?", "Degustazione Barolo", False),
        ("it", "Sanificazione Ozonix a domicilio, quanto costa?", "Sanificazione Ozonix", False),
        ("pt", "Higienização Sofaclean de sofá, fazem ao sábado?", "Higienização Sofaclean", False),
        ("it", "Tsegai Okonkwo qui, il pacco è arrivato?", "Tsegai Okonkwo", True),
        ("pt", "Kalunga Muteka ainda trabalha aí?", "Kalunga Muteka", True),
    ],
)
def test_a_noun_opening_a_sentence(language: str, text: str, words: str, kept: bool) -> None:
    assert trusted_person(text, *at(text, words), language) is kept
