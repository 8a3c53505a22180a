"""An Italian saint with the elided "Sant'" glued to the name ("per Sant'Efisio", "mi serve per
Sant'Ambrogio") is the saint's day, a church or a town, never a customer (`filters._feast_day`): a
PERSON span that opens so is dropped; a town so named stays a LOCATION, a first name after "Santo"
written apart ("Santo La Rosa") and a surname after a first name stay names."""

from __future__ import annotations

import pytest

from proxy.detection.filters import _feast_day
from proxy.detection.settings import Span
from tests.detection.helpers import at


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fate senza glutine per Sant'Efisio? pizza Margherita per 10", "Sant'Efisio"),
        ("C'è pesce spada oggi? mi serve per Sant'Ambrogio", "Sant'Ambrogio"),
        ("Siete aperti per Sant’Antioco?", "Sant’Antioco"),
        ("nail art per sant'efisio, quanto ci vuole?", "sant'efisio"),
    ],
)
def test_an_elided_saint_is_no_person(text: str, words: str) -> None:
    assert _feast_day(text, Span("PERSON", *at(text, words), 0.85, "PersonNameRecognizer"), "it")


@pytest.mark.parametrize(
    ("entity", "text", "words"),
    [
        ("PERSON", "lavora ancora da voi Santo La Rosa? mi aveva fatto le unghie", "Santo La Rosa"),
        ("PERSON", "il pacco è per Antonio Sant'Angelo, interno 4", "Antonio Sant'Angelo"),
        ("LOCATION", "abito a Sant'Agata, consegnate lì?", "Sant'Agata"),
    ],
)
def test_a_name_or_a_town_stays(entity: str, text: str, words: str) -> None:
    assert not _feast_day(text, Span(entity, *at(text, words), 0.85, "PersonNameRecognizer"), "it")
