"""English person slots of notes, cards and errands (`recognizers/verb_slots.py`, 2026-12-07, day): staff
named by the kitchen or team they work in, someone joined to the writer ("X and I booked"), whom a parcel is
left with next door, a name written inside lost property, a relative's name after its noun, a relative word
used as a title on a card ("from auntie X"), a note signed with a relative in brackets ("X (mum)"), a gift
note's "For X, love always, Y", someone who won't be at a class, a helper at home named with their post,
"FAO X"; quotes around a card's words; and the ordinary words, relatives and brands in the same slots,
which are no one. The names are made up for these tests."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Order for Friday: 30 rolls. Tawhiri from the kitchen will sign for it", ["Tawhiri"]),
        ("hi, Oyelaran from your team said to message here", ["Oyelaran"]),
        ("is the tasting still on? Ebunoluwa and I booked last week", ["Ebunoluwa"]),
        ("Please leave the box with Kerensa next door if I'm out", ["Kerensa"]),
        ("PLEASE LEAVE THE BOX WITH OBIAGELI NEXT DOOR IF I'M OUT", ["OBIAGELI"]),
        ("found a glove at the range? it has tegen polkinghorne written inside", ["tegen polkinghorne"]),
        ("Could the room be under my wife's name, Hinewai Tapsell-Rangi?", ["Hinewai Tapsell-Rangi"]),
        ("Please write 'love from auntie Hinemoa' on the tag", ["Hinemoa"]),
        ("can you put 'happy 10th birthday bethan' on the screen before the film?", ["bethan"]),
        ("Tevita won't be at swimming this week. Sorry! Marenka (mum)", ["Tevita", "Marenka"]),
        ("Gift note please: For Ngaire, love always, Oghenekaro", ["Ngaire", "Oghenekaro"]),
        ("Could you come after 2? Ruperake our cleaner finishes then", ["Ruperake"]),
        ("Please address the invoice FAO Tomasz Wierzbicki, our new manager", ["Tomasz Wierzbicki"]),
    ],
)
def test_name_in_an_english_note_slot(text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6) == names


@pytest.mark.parametrize(
    "text",
    [
        "Greetings from the team, we hope you enjoy it",
        "Best wishes from the kitchen!",
        "The delivery won't be at the depot until Monday",
        "It won't be at the shop till Friday",
        "Please leave the box with the neighbour next door",
        "Please leave the box with reception downstairs",
        "the label has Fragile written on it",
        "my mug has Best Dad written on it",
        "my wife's name is on the booking",
        "Could you put it under my wife's name, not mine?",
        "I'd like 'happy birthday mum' on the cake",
        "Size 10 (mum) and size 4 (daughter)",
        "lots of love, the team",
        "For Christmas, love the new range",
        "we love it, thanks",
        "Sorry! Ordered the wrong size (again)",
        "Could you come after 2? the cleaner finishes then",
        "it's happy hour till 6",
        "FAO Goods In, bay 3",
        "Please address the invoice FAO Accounts Payable",
    ],
)
def test_ordinary_words_in_an_english_note_slot(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6) == []
