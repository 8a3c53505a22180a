"""English person slots of records and services (`recognizers/verb_slots.py`, 2026-12-07): the name a
ticket is held in, a name engraved on goods, who holds a role in a record ("Account holder is …"), whose
shift or class it is, a service booked for or with someone, someone asked to fit a customer in, a member of
staff named with a hedge; and the ordinary words, days and brands that fill the same slots, which are no
one. The names are made up for these tests."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Shoes left on Monday, ticket in the name Oduya. Can I collect them", ["Oduya"]),
        ("the booking is in the name Ashdown-Pryce, table for 4", ["Ashdown-Pryce"]),
        ("a bracelet engraved Tavish, please ring me if found", ["Tavish"]),
        ("the back of the watch is engraved ADAEZE NWOSU", ["ADAEZE NWOSU"]),
        ("Phone's broken so text here. Account holder is BRONWEN IFEANYI", ["BRONWEN IFEANYI"]),
        ("the contact is Oluwaseun Barraclough on this number", ["Oluwaseun Barraclough"]),
        ("THE REFEREE ON SUNDAY WAS TAVITA LEOTA, SHE WANTS HER FEE", ["TAVITA LEOTA"]),
        ("sellers are kwabena frimpong, buyer is me dervla oyelaran", ["kwabena frimpong", "dervla oyelaran"]),
        ("my usual barber is Tadhg Quilligan, is he in on friday?", ["Tadhg Quilligan"]),
        ("Grade 5 entry: candidate ONYEKA Chidubem, teacher Mrs Harte", ["ONYEKA Chidubem", "Harte"]),
        ("I'm covering Wiremu's Thursday class, can you tell everyone?", ["Wiremu"]),
        ("covering Taini's shift today so send it to me", ["Taini"]),
        ("Hi, I'm Ngaio's classmate, can we book a room", ["Ngaio"]),
        ("eyebrow appointment for Tamsyn moved to monday?", ["Tamsyn"]),
        ("booking a fitting for Saoirse and her mum, size 10", ["Saoirse"]),
        ("swim induction with Tevita tomorrow still on?", ["Tevita"]),
        ("the same appointment as last time with Zdenka if she's in", ["Zdenka"]),
        ("could Aroha fit me in for a trim on Friday?", ["Aroha"]),
        ("the lady on the deli counter, Olwen I think, was very kind", ["Olwen"]),
        ("Cake order for Saturday, Tiwaloluwa will pay the deposit", ["Tiwaloluwa"]),
        ("the transfer from Oyinkansola Adeyemi-Hart on the 3rd is a gift", ["Oyinkansola Adeyemi-Hart"]),
        ("Please invoice Keturah Bellamy-Oduya, not me, she runs the club", ["Keturah Bellamy-Oduya"]),
        ("can you keep the table until Taulapapa comes with the trailer?", ["Taulapapa"]),
        ("Mereana Tawhiri booked the pottery course for us both", ["Mereana Tawhiri"]),
        ("so Ifeoluwa can't make swimming tonight, sorry", ["Ifeoluwa"]),
        ("kennels: only Tavita is allowed to collect the dog", ["Tavita"]),
        ("put it aside for Ngozika please, she'll be in at 5", ["Ngozika"]),
        ("I want to complain about Eirlys on the till yesterday", ["Eirlys"]),
        ("pls Gwenllian can you save me a loaf", ["Gwenllian"]),
        ("school jumper for Hemi age 7 please", ["Hemi"]),
        ("is Wairimu teaching the beginners on Monday?", ["Wairimu"]),
        ("coach Tuiasosopo wants everyone there by 9", ["Tuiasosopo"]),
        ("the previous owner of the van was Kipkemboi Rotich", ["Kipkemboi Rotich"]),
        ("Travel documents should say OKONKWO Chidinma exactly as in the passport", ["OKONKWO Chidinma"]),
        ("please send the quote to our office manager T. Ndlovu, not me", ["T. Ndlovu"]),
        ("is the electrician coming? Tamahou said between 9 and 11", ["Tamahou"]),
        ("for table 4, Keziah is coeliac and Ruaridh is vegan", ["Ruaridh"]),
        ("the guest list: Pounamu Hetaraka nut allergy, rest are fine", ["Pounamu Hetaraka"]),
    ],
)
def test_name_in_an_english_record_slot(text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6) == names


@pytest.mark.parametrize(
    "text",
    [
        "the room is booked in the name of the company",
        "is it engraved with gold leaf, or printed?",
        "the engraved Silver Heart pendant, still in stock?",
        "Account holder is away until Monday, can you call back",
        "the owner is happy with the quote",
        "the seller is Amazon, not you",
        "contact is by email only",
        "the referee was rubbish on Saturday",
        "I'm covering Tuesday's class this week",
        "covering the morning shift today so send it to me",
        "an appointment for Tuesday please",
        "a fitting for the wedding dress, size 12",
        "the reminder for Friday came twice",
        "gym induction with the new kit tomorrow?",
        "Can Amazon come to the door?",
        "could Tesco fit me in for a slot tomorrow?",
        "the lady on the till today, the tall one i think, was lovely",
        "candidate number 4471, Grade 3",
        "Klarna will pay the rest in 3 instalments",
        "the payment from PayPal hasn't arrived",
        "can you invoice the company, not me",
        "hold it until Monday comes round",
        "hold it until the van comes",
        "We booked the table for 6",
        "the printer can't make double sided copies",
        "only members are allowed in the pool",
        "put it aside for Christmas please",
        "put one aside for Saturday",
        "the lady on the till was rude",
        "pls someone can you help",
        "pyjamas for boys age 5-6",
        "is Zumba still teaching on Mondays",
        "the owner of the shop was lovely",
        "the site manager said no",
        "Quorn is vegan isn't it",
        "the soup is vegan and the bread is coeliac friendly",
        "Amazon said between 2 and 4",
    ],
)
def test_ordinary_words_in_an_english_record_slot(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hi — Oluwadamilare Ekwueme here. Is the fabric sample ready?", ["Oluwadamilare Ekwueme"]),
        ("Hello - Tavish here, is it ready?", ["Tavish"]),
    ],
)
def test_a_name_before_here_after_a_dash(text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6) == names


@pytest.mark.parametrize(
    "text",
    ["We are not from here. Can you post it?", "Click here. The link is broken", "thanks - over here. ok"],
)
def test_everyday_words_before_here_after_a_dash(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6) == []
