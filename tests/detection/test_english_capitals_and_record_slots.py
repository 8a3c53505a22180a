"""English names copied in capitals, held by a record, or named by a trade (2026-12-06, night):
`capital_runs` reads a run in capitals after a person's preposition in a mixed-case English text, and
in a text typed all in capitals when its phrase ends after it; `verb_slots` reads the name a booking
is held "as", the surname "on it", what a buzzer or an envelope says and the name a booking is changed
to, whom a thing belongs or is registered to, who is added to a group; staff "from the gym", whoever
"said he'd", a caller "confirming" after "it's"; a trade or an ex before a capitalised name
(`title_words.TRADE_NOUNS`, `RELATIONS`). Each with its no-person look-alikes in the same words."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from recognizers.capital_runs import spans as capital_spans
from recognizers.person_name_recognizer import PersonNameRecognizer
from tests.detection.helpers import found

_RULES = PersonNameRecognizer("en")


def _people(analyzer: Analyzer, text: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, "en") if entity == "PERSON"}


def _ruled(text: str) -> set[str]:
    """What the cue rules alone read (the model may find some of these names on its own)."""
    return {text[r.start : r.end] for r in _RULES.analyze(text, ["PERSON"], None)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi, a box of the Merlot for TAVITA MEREDITH please, she'll collect Friday", "TAVITA MEREDITH"),
        ("Printing the diploma for WANGARI KAMAU, silver frame", "WANGARI KAMAU"),
        ("Engrave the trophy for MARGUERITE DU TOIT, thanks", "MARGUERITE DU TOIT"),
        ("Bibs for the under 9s: HARPREET SANDHU no 5, the rest as before", "HARPREET SANDHU"),
        ("THE VAN IS HIRED BY TEVITA HAVILI, I'M ONLY THE DRIVER", "TEVITA HAVILI"),
        ("GOT YOUR CARD FROM WAMBUI NJERI AT THE MARKET, DO YOU DO HEMS", "WAMBUI NJERI"),
        ("THE SOFA GOES TO OLUWAKEMI FASHOLA'S FLAT AND THE RUG STAYS HERE", "OLUWAKEMI FASHOLA"),
        ("Vet says the cat needs a jab, booked in as Vaifale, not under my name", "Vaifale"),
        ("her name is on the receipt as Faletau, can you check", "Faletau"),
        ("he has the docket, surname on it is Tuimavave", "Tuimavave"),
        ("pizza for the flat, the door buzzer says Ramnarine", "Ramnarine"),
        ("can you change the name on the booking to tevita fifita, i can't go", "tevita fifita"),
        ("the referee Ngata sent him off for nothing", "Ngata"),
        ("the plumber Siaosi fixed it in ten minutes", "Siaosi"),
        ("Toa from the gym said I could pause my plan", "Toa"),
        ("Tuala from the garage rang about the tyres", "Tuala"),
        ("ok so Toafa said he'd bring the ladder Monday", "Toafa"),
        ("As Makerita said on the phone, the refund takes a week", "Makerita"),
        ("My ex Tavake still has the fob, can you cancel it", "Tavake"),
        ("Hi its Tupou Vaipulu confirming my 2pm fitting on friday", "Tupou Vaipulu"),
        ("Please add Fakatava to the group booking, we are 9 now", "Fakatava"),
        ("could Vaipulu be added to the tutoring group? same level", "Vaipulu"),
        ("the lost umbrella belongs to Mele Tapueluelu, black with dots", "Mele Tapueluelu"),
        ("the cat is registered to Sione Kata-Fifita, the new owner is me", "Sione Kata-Fifita"),
    ],
)
def test_english_capitals_records_and_trades_find_the_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert any(name in value for value in _ruled(text))  # the rules read it, maybe in a wider span
    assert any(name in value for value in _people(analyzer, text))  # and it stays after the filters


@pytest.mark.parametrize(
    "text",
    [
        "Can I pay for AMAZON PRIME with this card?",
        "Is the colour for ROSE GOLD still in stock?",
        "I paid for NEXT DAY delivery but it's late",
        "I bought a voucher for JOHN LEWIS last week",
        "Flights to KUALA LUMPUR are cheaper in May",
        "Sent to NHS DPD depot by mistake",
        "Subject: URGENT REPLY needed about my order",
        "ORDER FOR EASTER DINNER: THE STICKY TOFFEE PUDDING FOR 6",
        "RESTOCK OF EARL GREY FROM PERTH WHEN?",
        "PLEASE ADD THE NEW SEASON TO MY WATCHLIST",
        "IT WAS PAID BY APPLE PAY AND NOT BY CARD",
        "THE PARCEL WAS SENT BY ROYAL MAIL, NOT COURIER",
        "I booked in as a guest, is that ok?",
        "It is registered as disabled on the form",
        "the surname on it is wrong, can you fix it",
        "the label says Fragile on it",
        "please change the name to mine, thanks",
        "the coach Trip to the coast was lovely",
        "We took the coach London to Leeds",
        "the fitter London branch never rang me back",
        "the plumber Emergency line is closed on sundays",
        "Towels from the gym are still in my bag",
        "Post from the surgery came today",
        "Tracking said she'd be here by 5",
        "Evri said he'd come back tomorrow",
        "Hi it's Lovely checking the parcel is here",
        "please add Oat Milk to the order",
        "can you add Gift Wrap to the booking",
        "I think it belongs to the shop next door",
        "Can Prime be added to my account?",
    ],
)
def test_english_look_alikes_name_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == set()


def test_an_english_run_in_capitals_needs_a_cue_and_no_everyday_word() -> None:
    assert list(capital_spans("Saw TAVITA MEREDITH today", "en")) == []  # no cue before it
    assert list(capital_spans("Box for TAVITA MEREDITH LTD please", "en")) == []  # a company
    assert list(capital_spans("Box for TAVITA MEREDITH please", "it")) == []  # English cues only
    assert list(capital_spans("Box for LE TAVITA please", "en")) == []  # a particle opens no name
    assert list(capital_spans("BOX FOR TAVITA MEREDITH NUMBER TWELVE", "en")) == []  # shouted: its phrase goes on
