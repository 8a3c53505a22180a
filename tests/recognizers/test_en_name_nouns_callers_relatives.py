"""English person slots the retired sets of several writers showed (`recognizers.verb_slots`,
`PersonNameRecognizer`): a surname after a name noun, an order under a maiden name, a pick-up's name
after "Name for the collection:", whose order a number is, a name to embroider, "X said it'd", a
census surname that is also a frequent word alone in a slot, a caller after "its" (after a label, before
a hesitation or the call's errand), grandparents and a wedding party as relatives. Names and sentences
are made up here; things, places, words and products in the same places are the controls."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Booked in for 10 and 10:30, surname Pemberton-Hale", "Pemberton-Hale"),
        ("ordered under my maiden name Obuya but the card is in my new name", "Obuya"),
        ("Name for the collection: Kiplagat. Around 6 is fine", "Kiplagat"),
        ("Nobody had the order number, it's 55210 for Ferreira-Boateng", "Ferreira-Boateng"),
        ("can we get Oyinkan embroidered on the cuff please", "Oyinkan"),
        ("tbh Ishara said it'd be ready monday and it's wednesday", "Ishara"),
        ("MOT booked under Macdonald, silver Astra, can you check it's Friday", "Macdonald"),
        ("Voice note: hi its Chidimma erm calling about the blinds, can someone ring me", "Chidimma"),
        ("Hiya its Chidimma Mensah re the sofa delivery, when can I collect", "Chidimma Mensah"),
        ("I'm ringing for my nan Thulani Mokoena, she ordered the recliner", "Thulani Mokoena"),
        ("Sashes please: Bride Ekaette, then her sisters", "Ekaette"),
    ],
)
def test_english_names_in_name_noun_errand_caller_and_relative_slots(text: str, name: str) -> None:
    assert name in found(PersonNameRecognizer(supported_language="en"), text, min_score=0.6)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the surname field is blank on the form"),
        ("en", "Do you sell Oyster cards at the desk?"),  # a surname word with a noun after it in the slot
        ("en", "order 12345 for Christmas, is that ok?"),
        ("en", "can we get Gold embroidered on the back"),
        ("en", "Note: it's Perfect about the size"),
        ("en", "Hi, it's Priority about your parcel"),
        ("en", "Re: its Express regarding the order"),
        ("en", "Granny Smith apples please"),
        ("en", "Best Man Speech cards"),
        ("en", "The Bride Collection is lovely"),
        ("es", "la etiqueta pone Madrid pero tendría que poner Sevilla"),  # a town the census lists as a surname
    ],
)
def test_things_words_and_towns_in_those_slots_stay_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
