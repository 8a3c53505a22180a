"""GivenNameRecognizer: a first name that is also an everyday word (or a modal, or a month) opening
the sentence stays a person when a verb only a person does follows it, alone ("Rosario pasa a
recogerlo", "Dores vai buscar", "Rose passera le chercher") or after one capitalised surname
("Socorro Lima vai buscar", "Will Carter called", "May Thompson will collect it"); the same word
before a thing's noun or a verb said of goods is still no one.

Sentences are the controls of `bench.nopii_tune30`, `bench.nopii_tune31` and `bench.nopii_tune32`
and shapes written here beside them, none from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a person's verb after the lone word-name opening the sentence
        ("es", "Rosario pasa a recogerlo", ["Rosario"]),
        ("es", "Pilar pasa a recogerlo mañana", ["Pilar"]),
        ("pt", "Dores vai buscar o colchão", ["Dores"]),
        ("pt", "Aurora pediu o quebra-cabeça", ["Aurora"]),
        ("pt", "Rosário vem buscar o terço", ["Rosário"]),
        ("fr", "Rose passera le chercher demain", ["Rose"]),
        # a surname, then a person's verb
        ("pt", "Socorro Lima vai buscar", ["Socorro Lima"]),
        ("pt", "Amparo Dias vai buscar", ["Amparo Dias"]),
        ("en", "Will Carter called about the sofa", ["Will Carter"]),
        ("en", "May Thompson will collect it", ["May Thompson"]),
    ],
)
def test_word_name_opening_a_persons_verb_is_a_person(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # no person's verb, or a thing's noun after the word: still no one
        ("es", "vamos al Rocío este año"),
        ("pt", "Missa do Socorro, fechamos às 17"),
        ("en", "Summer Sale ends when?"),
        ("en", "Will collect it tomorrow"),
        ("en", "May I collect it tomorrow?"),
    ],
)
def test_word_name_opening_without_a_persons_verb_holds_no_one(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []
