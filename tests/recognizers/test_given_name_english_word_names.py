"""GivenNameRecognizer: English first names that are everyday words, opening a message before a
lower-case word ("Holly wreath", "Dawn till dusk") or a Title Case pair that is a thing, a sale or a
button ("Summer Sale", "Grace Period", "Max Factor"), while a person so named stays: a verb only a
person does after the name ("Holly said …", "Summer wants …"), a surname, or a cue before it.

Sentences written here for the `bench.nopii_tune32` round, none from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found


@pytest.fixture(scope="module")
def recognizer() -> GivenNameRecognizer:
    return GivenNameRecognizer(supported_language="en")


@pytest.mark.parametrize(
    "text",
    [
        # the word-name opens the message before a lower-case word: the capital is the sentence's
        "Holly wreath for the door, how much?",
        "Dawn till dusk opening?",
        "Frank talk: the box was crushed",
        "Jay cloths pack of 10",
        "Daisy chain necklace in silver",
        "Rusty hinges, need WD40",
        "Wade in and grab a bargain",
        "Carol service tickets",
        "Ivy plant in the window",
        "Mike stand for karaoke?",
        "Amber warning for wind tomorrow, will you still open?",
        # a thing's noun after a word-name in Title Case
        "Is there a Grace Period for returns?",
        "Summer Sale ends when?",
        "Penny Sweets mix 1kg",
        "Sandy Beach towels still available?",
        "Miles Per Gallon figure is wrong in the listing",
        "Chase Bank card declined",
        "Candy Crush gift card",
        "Amber Leaf tobacco",
        "Guy Ropes for the tent",
        "Sterling Pound or Euro?",
        # brands named like a person
        "Max Factor foundation in ivory please",
        "Rob Roy cocktail glasses",
        "Sonny Angel figures restocked?",
    ],
)
def test_word_names_as_words_hold_no_one(recognizer: GivenNameRecognizer, text: str) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb only a person does after the name opening the message
        ("Holly said it's out of stock", ["Holly"]),
        ("Dawn from your shop said it was dispatched", ["Dawn"]),
        ("Frank called, the box was crushed", ["Frank"]),
        ("Ivy will sign for it", ["Ivy"]),
        ("Summer wants it in a 12", ["Summer"]),
        ("Penny is collecting the sweets", ["Penny"]),
        ("Chase said the card was declined", ["Chase"]),
        # or where the person works
        ("Holly in the Ladies department helped me", ["Holly"]),
        ("Frank at the till was lovely", ["Frank"]),
        # a surname after the word-name, no thing's noun
        ("Dawn Hughes ordered the dish soap", ["Dawn Hughes"]),
        ("Penny Walsh signed for it", ["Penny Walsh"]),
        ("Sandy Powell paid already", ["Sandy Powell"]),
        ("Jay Patel is collecting", ["Jay Patel"]),
        # a cue or the middle of a sentence
        ("Thanks Holly, see you Saturday", ["Holly"]),
        ("Please leave it with Carol next door", ["Carol"]),
        ("My daughter Summer picked the dress", ["Summer"]),
    ],
)
def test_word_names_of_people_stay(recognizer: GivenNameRecognizer, text: str, expected: list[str]) -> None:
    assert found(recognizer, text) == expected
