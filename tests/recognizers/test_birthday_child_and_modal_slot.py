"""The child a party is for after its article (`name_words.RELATIONS`: "the birthday girl Zuleika",
"das Geburtstagskind Tjark", "a aniversariante zuleide") and whether someone can take the writer or a
slot (`verb_slots`: "could X fit me in", "can X do the 9am", "could X be added"). Controls: the party's
goods with no article, weekdays, carriers, pronouns and goods in the name's place. Sentences written
here, none taken from a set."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Party list: Kofi, Ama and the birthday girl Zuleika", "Zuleika"),
        ("de", "Liste: Jonte, Marit und das Geburtstagskind Tjark", "Tjark"),
        ("pt", "lista: dorinha, juca e a aniversariante zuleide", "zuleide"),
        ("it", "la festeggiata Ottavia compie 8 anni", "Ottavia"),
        ("es", "y la cumpleañera Maite sopla las velas", "Maite"),
    ],
)
def test_birthday_child(language: str, text: str, name: str) -> None:
    assert name in found(PersonNameRecognizer(supported_language=language), text, min_score=0.5)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Birthday Girl Badge in pink"),
        ("de", "Geburtstagskind Kerze bitte dazu"),
        ("pt", "o aniversariante faz 10 anos"),
    ],
)
def test_no_birthday_child(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hiya could Tamsin fit me in on friday for a cut?", "Tamsin"),
        ("ok so the first one cant make it, can Kwabena do the 9am instead", "Kwabena"),
        ("could Oyelaran be added to the choir list?", "Oyelaran"),
    ],
)
def test_someone_can_take_a_slot(text: str, name: str) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.5) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "could Monday do the trick?",
        "can Saturday fit me in",
        "Can DPD do the delivery on Monday?",
        "can you do the 10am",
        "Could Gift Wrap be added",
    ],
)
def test_no_one_takes_a_slot(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.5) == []
