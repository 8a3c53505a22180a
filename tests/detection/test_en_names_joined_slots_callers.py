"""English names in constructions the retired sets of several writers showed, and English words that
name no one: a name no list holds joined to a found one by "and"/"or"/"&" (`name_spans`), a surname
after a name noun or a pick-up's "name for the collection" (`verb_slots`), a census surname alone in
a person's slot, a caller after "its" (`PersonNameRecognizer._its`), a rule's name widened over the
model's longer reading (`model_extents`), grandparents and a wedding party as relatives; feasts,
fryers, "Bill me" and "Gift for", shops named with a title. Names and sentences are made up here;
goods, brands, pets and everyday words are the controls."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str, language: str = "en") -> set[str]:
    return {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}


def _any(analyzer: Analyzer, text: str, language: str = "en") -> set[str]:
    return {value for _, value in found(analyzer, text, language)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name no list holds, joined to a found one of its shape
        ("Is it Callum or Ngozika on the fish counter today?", "Ngozika"),
        ("Hi, Freya and Tavitha will come for the cake at 4", "Tavitha"),
        ("ME DESMOND OKORO AND KEMARLEY THWAITES WILL COLLECT THE SOFA", "KEMARLEY THWAITES"),
        ("IS THE GIFT LIST FOR ADETOKUNBO OGUNLESI & MARCUS REID STILL OPEN?", "ADETOKUNBO OGUNLESI"),
        # a name noun or a pick-up's name before the name
        ("Booked in for 10 and 10:30, surname Pemberton-Hale", "Pemberton-Hale"),
        ("ordered under my maiden name Obuya but the card is in my new name", "Obuya"),
        ("Name for the collection: Kiplagat. Around 6 is fine", "Kiplagat"),
        # a census surname that is also a frequent word, alone in a person's slot
        ("MOT booked under Goldberg, blue Fiesta, is it Tuesday?", "Goldberg"),
        # a caller's name after "its", a label or a hesitation around it
        ("Voice note: hi its Chidimma erm calling about the blinds, can someone ring me", "Chidimma"),
        # "said it'd", a name to embroider, an order number for a surname
        ("honestly Yewande said it'd be ready by friday", "Yewande"),
        ("can we get Oyinkan embroidered on the cuff please", "Oyinkan"),
        ("Nobody had the order number, it's 55210 for Ferreira-Boateng", "Ferreira-Boateng"),
        # a grandparent or a wedding party's member before the name
        ("I'm ringing for my nan Thulani Mokoena, she ordered the recliner", "Thulani Mokoena"),
        ("Sashes please: Bride Ekaette, then her sisters", "Ekaette"),
    ],
)
def test_english_names_in_joined_slotted_and_caller_shapes(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # goods, greetings, brands and pets joined to a name stay as they are
        ("Thanks Anna and Happy Birthday", {"Happy Birthday", "Happy"}),
        ("Grooming for Biscuit (dog) and Max, owner Anna Lee", {"Biscuit"}),
        ("Ask Callum and Reception about it", {"Reception"}),
        # a name noun or an errand slot before things
        ("the surname field is blank on the form", {"field"}),
        ("Do you sell Oyster cards at the desk?", {"Oyster"}),
        ("order 12345 for Christmas, is that ok?", {"Christmas"}),
        ("can we get Gold embroidered on the back", {"Gold"}),
        # "it's" before an everyday word or a product
        ("Note: it's Perfect about the size", {"Perfect"}),
        ("Hi, it's Priority about your parcel", {"Priority"}),
    ],
)
def test_things_in_those_shapes_stay_no_one(analyzer: Analyzer, text: str, absent: set[str]) -> None:
    assert not absent & _people(analyzer, text)


def test_a_rule_name_is_widened_over_the_model_reading(analyzer: Analyzer) -> None:
    people = _people(analyzer, "Is the prescription for Kah Wai Teo ready? I'm picking it up for him")
    assert "Kah Wai Teo" in people


def test_a_model_reading_that_adds_a_word_does_not_widen(analyzer: Analyzer) -> None:
    people = _people(analyzer, "The delivery was signed by Nicholas Black but I don't know her")
    assert "Nicholas" in people and "Nicholas Black" not in people  # "Black" is a word: the rule's reading stands


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Any chance of shortbread before Easter??", {"Easter"}),
        ("Are you open on Easter Monday? Need the pie for six", {"Easter", "Easter Monday"}),
        ('Order note: "Air Fryer for the spare room, no rush"', {"Air Fryer", "Air"}),
        ("The Ninja air fryer i got in May stopped working", {"air fryer"}),
        ("Bill me separately for the second order?", {"Bill"}),
        ("Bill attached, can you check the VAT number?", {"Bill"}),
        ("Gift for Mother's Day, can it be wrapped?", {"Gift"}),
        ("Gift message: Happy Birthday Grandma", {"Gift"}),
        ("Can I collect the boots at Mr Fix-It Garage on Sunday?", {"Fix-It Garage", "Fix-It"}),
    ],
)
def test_english_feasts_fryers_bills_gifts_and_titled_shops_name_no_one(
    analyzer: Analyzer, text: str, absent: set[str]
) -> None:
    assert not absent & _any(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sarah Fryer will collect it tomorrow", "Sarah Fryer"),
        ("Bill said the parcel left on Monday", "Bill"),
        ("Please give it to Mr Okafor at the garage", "Okafor"),
        ("Mr Evans will collect from the Garage", "Evans"),
    ],
)
def test_people_beside_those_words_keep_their_names(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)
