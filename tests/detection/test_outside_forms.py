"""Kinds of English text a published labelled set holds and Veil missed, through the whole analyzer:
streets named by an everyday suffix alone, other countries' streets and postcodes, addresses and
places in other scripts, towns with their country, places in capitals, names with a middle initial,
a first name greeted that is a word elsewhere. Each value must be covered; the shop talk beside each
form must come back unchanged. The examples are written for these tests, not taken from that set."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer

N = "\\n"  # a line break as text pasted from JSON shows it


def covered(analyzer: Analyzer, text: str, value: str) -> set[str]:
    """The entities of the spans that together cover every non-space character of `value`."""
    [spans] = analyzer.analyze([text], language="en", identify=True, grey=True)
    start = text.index(value)
    missing = [
        i
        for i in range(start, start + len(value))
        if not text[i].isspace() and not any(s.start <= i < s.end for s in spans)
    ]
    assert not missing, (
        f"{text[missing[0] :]!r} not covered in {text!r}: {[(s.entity, text[s.start : s.end]) for s in spans]}"
    )
    return {s.entity for s in spans if s.start < start + len(value) and start < s.end}


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        # a street named by an everyday suffix alone, no number, no "on"/"at"
        ("The package went to Pisano Row yesterday", "Pisano Row", "ADDRESS"),
        ("Hartigan Heights is my new address", "Hartigan Heights", "ADDRESS"),
        ("can you redirect it to Dunmore Bypass", "Dunmore Bypass", "ADDRESS"),
        # other countries: the street's name first and its number after, or the number first
        ("My address is Strojírenská 1006, Ostrava", "Strojírenská 1006, Ostrava", "ADDRESS"),
        ("ship to 1006 Rozmarínová, Brno", "1006 Rozmarínová, Brno", "ADDRESS"),
        ("please ship it to Atatürk Bulvarı 112, Ankara", "Atatürk Bulvarı 112, Ankara", "ADDRESS"),
        # their postcodes, unlabelled, after a town or in an address's tail, and a country last
        ("I live in Nieuwegein 3431 HX", "Nieuwegein 3431 HX", "ADDRESS"),
        ("Sydney NSW 2000, Australia", "Sydney NSW 2000, Australia", "ADDRESS"),
        ("Kossuth Lajos utca 12, 1053 Budapest, Hungary", "Kossuth Lajos utca 12, 1053 Budapest, Hungary", "ADDRESS"),
        (f"Kungsgatan 44{N}111 35 Stockholm{N}Sweden", f"Kungsgatan 44{N}111 35 Stockholm{N}Sweden", "ADDRESS"),
        ("Unit 4, 9 Ocean Parade, Brisbane", "Unit 4, 9 Ocean Parade, Brisbane", "ADDRESS"),
        ("the flat is No. 12, Marsh View", "No. 12, Marsh View", "ADDRESS"),
        # scripts other than Latin
        ("My address is ул. Ленина 12, Москва", "ул. Ленина 12, Москва", "ADDRESS"),
        ("ship to 東京都千代田区丸の内1-1 please", "東京都千代田区丸の内1-1", "ADDRESS"),
        ("the courier needs Οδός Ερμού 10, Αθήνα", "Οδός Ερμού 10, Αθήνα", "ADDRESS"),
        ("my city is Санкт-Петербург", "Санкт-Петербург", "LOCATION"),
        # places the small English model does not tag
        ("We shipped it to GROSSMENGERSDORF yesterday", "GROSSMENGERSDORF", "LOCATION"),
        ("Zlatibor, Serbia is where I spend the summer", "Zlatibor, Serbia", "LOCATION"),
        # names: a middle initial, a first name greeted that is a word of another language
        ("Please contact Dorothy M Faria about the refund", "Dorothy M Faria", "PERSON"),
        ("Dorothy M. Faria placed the order", "Dorothy M. Faria", "PERSON"),
        ("Hi Ella, your parcel is on the way", "Ella", "PERSON"),
        ("Dear June, thanks for the review", "June", "PERSON"),
        ("hi ella, the parcel is late", "ella", "PERSON"),
        # a generational suffix or a degree after the name
        ("Anders Holm III paid the balance", "Anders Holm III", "PERSON"),
        ("Please forward this to Wojciech Brandt MD", "Wojciech Brandt MD", "PERSON"),
    ],
)
def test_each_form_is_covered(analyzer: Analyzer, text: str, value: str, entity: str) -> None:
    assert entity in covered(analyzer, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "The Oregon Trail game and a Happy Meal toy",
        "Is the Galaxy Tab 4 back in stock",
        "Pokémon 25 cards and a Café 3 pack",
        "the Lincoln Heights hoodie in size M",
        "Le Blender Philips Série 5000 fait du bruit après 3 jours",
        "Bestellung 77812 Viele Grüße",
        "see you on June 12 at 3 pm",
        "the Amazon Basics 12 pack, $9.99",
        "the Sony Alpha III camera, is it back",
        "Do you ship to Northern Ireland or only Great Britain?",
        "an Air France voucher for two",
        "MY ORDER FROM AMAZON IS LATE",
    ],
)
def test_shop_talk_stays_clear(analyzer: Analyzer, text: str) -> None:
    [spans] = analyzer.analyze([text], language="en", identify=True, grey=True)
    assert [(s.entity, text[s.start : s.end]) for s in spans] == []


def test_a_surname_that_is_a_street_suffix_stays_a_person(analyzer: Analyzer) -> None:
    [spans] = analyzer.analyze(["Please ask Emma Woods about it"], language="en", identify=True, grey=True)
    assert {s.entity for s in spans} == {"PERSON"}
