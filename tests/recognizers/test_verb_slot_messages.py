"""English slots a person fills in what customers ask the shop to pass on, write on a cake or a card,
or praise (`recognizers/verb_slots.py`): telling, asking or reminding someone, someone ringing back,
ringing someone in the warehouse, a cake or card "for" someone, an engraving, "Happy 40th X!", stars
and thanks for a staff member, "someone other than X"; and the ordinary words and feasts that fill the
same slots. The names are made up for these tests."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from recognizers.given_name_recognizer import gazetteer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Could you tell Tegwen the parcel arrived?", ["Tegwen"]),
        ("Tell Okonkwo from accounts the payment went through", ["Okonkwo"]),
        ("please remind Pemberton to bring the receipt", ["Pemberton"]),
        ("Can Iestyn ring me back?", ["Iestyn"]),
        ("could Fairweather please call me after 5", ["Fairweather"]),
        ("I rang Pemberton in the warehouse and got no answer", ["Pemberton"]),
        ("cake for Zodwa, 5 candles, blue icing please", ["Zodwa"]),
        ('Can you engrave "Torquil" on the back of the watch?', ["Torquil"]),
        ("Message on the card: Happy 30th Keziah!", ["Keziah"]),
        ("Shout out to Okonkwo for sorting my refund so fast", ["Okonkwo"]),
        ("5 stars for nomvula, she sorted my warranty claim", ["nomvula"]),
        ("Thanks so much to Fairweather in the Bristol store for the exchange!", ["Fairweather"]),
        ("I'd like someone other than Fairweather to deal with this.", ["Fairweather"]),
    ],
)
def test_name_in_a_message_slot(text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6) == names


@pytest.mark.parametrize(
    "text",
    [
        "Could you tell me the price?",
        "Can you tell them the parcel arrived?",
        "ask the driver if he can wait",
        "tell Amazon the parcel arrived",
        "Can someone ring me back?",
        "Can your team call me back?",
        "cake for Easter, 12 cupcakes",
        "card for Mother's Day please",
        "a card for Valentine's with a red envelope",
        "Happy birthday to you",
        "Happy 40th birthday!",
        "5 stars for the delivery at the Leeds branch",
        "thanks so much to everyone in the shop",
        "ask customer services if the order shipped",
        "Kudos to Nike on the packaging",
        "can you remind Dad to collect it",
    ],
)
def test_ordinary_words_in_a_message_slot(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6) == []


@pytest.mark.parametrize("name", ["murdo", "ruaridh", "owain", "zodwa", "wanjiku", "rumana", "hodan", "abdirahman"])
def test_names_of_under_covered_origins_are_regular(name: str) -> None:
    """Names the built list calls rare or lacks, given regularly in Britain's towns."""
    assert gazetteer().popularity[name] >= 4
