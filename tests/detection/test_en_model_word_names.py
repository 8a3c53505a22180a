"""The English model's PERSON spans on first names that are everyday words
(`proxy.detection.en_word_names`): a word-name before a thing's noun or a set phrase is the thing
("Pat dry", "Mark as delivered", "Jay Cloth"), while a person so named stays: a verb after the
name, a cue before it, a surname that is also a noun ("Rosie Lee", "Penny Lane").

Sentences written here for the round on `bench.nopii_tune32`, none from a held-out set or the tune set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        "Pat dry before ironing, yes?",
        "Bob cut wig, is it real hair?",
        "Jack plug to USB adapter?",
        "Max size of the suitcase please",
        "Ray of sunshine mug, the yellow one",
        "Mark as received please, it turned up",
        "Bill Me Later is not showing at checkout",
        "I clicked Mark As Read and lost it",
        "Jay Cloth roll, the big one",
        "Art Deco style clock please",
        "Daisy chain fairy lights, battery ones",
    ],
)
def test_word_names_before_things_hold_no_one(analyzer: Analyzer, text: str) -> None:
    assert {e for e in found(analyzer, text, "en") if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ray is at the door", "Ray"),
        ("Pat said the wig was fine", "Pat"),
        ("Ask Jack plug it in for me", "Jack"),
        ("Thanks Max, size 12 is fine", "Max"),
        ("Rosie Lee ordered the mug", "Rosie Lee"),
        ("Penny Lane signed for it", "Penny Lane"),
        ("Jay Cloth Whitfield paid by card", "Jay Cloth Whitfield"),
    ],
)
def test_a_person_so_named_stays(analyzer: Analyzer, text: str, name: str) -> None:
    [spans] = analyzer.analyze([text], language="en")
    start = text.index(name)
    assert all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
    ), name
