"""Whom a card or a gift is for, before a relative it is from (`verb_slots`: "per X da parte di zia Y",
"pour X de la part de tata Y", "für X von Tante Y"): the receiver between the two. Controls: a feast or
an occasion in the receiver's place, a gift from a relative with no one named. Sentences written here,
none taken from a set."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("de", "bitte 'für Lâm von Tante Gül' auf den Anhänger schreiben", ["Lâm", "Gül"]),
        ("de", "Karte: für Ylvi von deiner Tante, alles Gute", ["Ylvi"]),
        ("it", "sul biglietto: per Margherita da parte di zia Rosa", ["Margherita", "Rosa"]),
        ("fr", "écrivez « pour Anouk de la part de tata » sur l'étiquette", ["Anouk"]),
    ],
)
def test_the_receiver_before_a_relative(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "ein Geschenk für Weihnachten von Oma"),
        ("it", "per il compleanno da parte della nonna"),
        ("fr", "pour Noël de la part de mamie"),
    ],
)
def test_an_occasion_is_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == []
