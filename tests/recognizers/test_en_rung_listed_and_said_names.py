"""English person slots the retired sets of several writers showed (`recognizers.verb_slots`,
`recognizers.name_slots`, `recognizers.vocative_slots`): a booking "under" a surname after a table, a
room, a ticket or a time; the name an order goes by ending a clause ("…, name Butkus"); whom to ring or
buzz at the door; a name in capitals that is no code; whose birthday or leaving do it is; thanks and
what for; what a receipt or card says or spells; the items of a "names:" list; a courtesy word ending
a name read after a cue ("card for X pls"). Names and sentences are
made up here; things, words, codes, brands and feasts in the same places are the controls."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Table for 4 at 7 under Mahlangu, one is gluten free", "Mahlangu"),
        ("we land late, room is under Tendai Chikore, is reception open?", "Tendai Chikore"),
        ("shoe repair ticket 2290 is under Okonjo, my brother will collect", "Okonjo"),
        ("Our dog is due his booster, registered under CHIPO MAKONI", "CHIPO MAKONI"),
        ("takeaway for 8pm: 1 korma, 2 naan, name Vaitkus", "Vaitkus"),
        ("left my scarf on the train, name inside says tapiwa dube", "tapiwa dube"),
        ("canvas print A2, name on the label kemi adeyemi", "kemi adeyemi"),
        ("Ring Sandhu on the intercom if nobody answers, that's my flatmate", "Sandhu"),
        ("Buzz Okafor on the intercom, flat 12", "Okafor"),
        ("can the driver ring Mereana Tipoki when he's 5 mins away", "Mereana Tipoki"),
        ("could the fitter ring Saoirse when he gets there", "Saoirse"),
        ("one is veggie and one is Tanvir's birthday", "Tanvir"),
        ("Collection for Rangi's leaving do is at £60 so far", "Rangi"),
        ("thanks Tamati for sorting the tyres so fast", "Tamati"),
        ("Could the receipt say Harpreet Kaur-Dhillon please, my work needs it", "Harpreet Kaur-Dhillon"),
        ("I changed my name but my card says Oyelaran now, is that ok", "Oyelaran"),
        ("the certificate needs the name spelled TENDAI MOYO exactly as in the passport", "TENDAI MOYO"),
        ("leaving card for aroha te rangi pls, 'good luck from all at accounts'", "aroha te rangi"),
        ("stocking names pls: nimesha, keelan, rhiannon 🎄 silver glitter", "nimesha"),
        ("names for the 3pm class: ruta vaitkute, kofi mensah and cat byrne", "cat byrne"),
        ("names for the 3pm class: ruta vaitkute, kofi mensah and cat byrne", "ruta vaitkute"),
    ],
)
def test_english_names_in_booking_ringing_saying_and_list_slots(text: str, name: str) -> None:
    assert name in found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6)


@pytest.mark.parametrize(
    "text",
    [
        "the parcel is under the stairs",
        "it is under warranty still",
        "the order is under Returns",
        "Table for 6 at 8 under the window please",
        "2 lamb curry, name tags for the staff",
        "Order 5, name please",
        "Ring the bell when you arrive",
        "Please call back when you can",
        "ring reception when you arrive",
        "can you ring Evri when they arrive",
        "ring Tesco if nobody answers",
        "Is Mother's Day cake available?",
        "thanks again for sorting the brakes",
        "Thanks Team for the quick reply",
        "thanks guys for the help",
        "my card says Visa",
        "my card says Mastercard now",
        "the label says Fragile on it",
        "it says Royal Mail now",
        "the card should say Happy Birthday please",
        "names: TBC",
        "team names: Red Dragons, Blue Sharks and Green Giants",
        "product names: Ultra Boost, Air Max",
        "Registered under DPD tracking",  # a code in capitals
    ],
)
def test_things_words_and_codes_in_those_slots_stay_no_one(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6) == []
