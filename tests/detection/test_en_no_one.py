"""Capitalised words that name no one by the clause's shape (`proxy.detection.en_no_one`: a modal
"Will" before a dish, "Isle of" said of no one, an event's title, a feast, a shop that stocks the
goods), goods blended, bottled, boxed or imported in a place in the six languages
(`name_words.MADE_IN`, `business._MADE_FROM`), a designation's place read as a person after goods
and "from", a market stall's town and a country after a courier's cut-off; and people and customers'
places in the same shapes, who stay. Sentences written here, not a tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a modal "Will" opening a question about a dish
        ("Will Scotch eggs be on the menu this Friday?", "en"),
        ("Will Cornish pasties be back next week?", "en"),
        ("Will Bangers and mash be on tonight?", "en"),
        # "Isle of" said of no one
        ("Do you post to the Isle of Man?", "en"),
        ("Any gift sets left? Shipping to the Isle of Man if possible", "en"),
        # an event's title
        ("Are you doing a Chelsea Flower Show offer on the bike?", "en"),
        # a feast never a place nor a person
        ("Any gift boxes left for Diwali?", "en"),
        # a shop that stocks the goods
        ("Is the blue kettle back in stock at Robert Dyas?", "en"),
        ("Do you stock it at Ryman Wigan or only online?", "en"),
        # goods blended, boxed, bottled or imported there
        ("Is your coffee from Kenya or blended in Bolton?", "en"),
        ("Does the Pixel 9 come boxed from Seville?", "en"),
        ("Votre thé vient d'Inde ou il est mélangé à Rouen ?", "fr"),
        ("Le café est-il importé depuis Anvers ?", "fr"),
        ("Votre cidre vient de Bretagne ou il est embouteillé à Rouen ?", "fr"),
        ("Il vostro tè viene dall'India o è miscelato a Trieste?", "it"),
        ("Il vostro olio viene dalla Puglia o è imbottigliato a Lucca?", "it"),
        ("¿Vuestro té viene de la India o está mezclado en Bilbao?", "es"),
        ("¿El aceite viene de Jaén o está envasado en Bilbao?", "es"),
        ("¿El café está importado desde Vigo?", "es"),
        ("O chá vem da Índia ou é misturado em Curitiba?", "pt"),
        ("Kommt euer Tee aus Indien oder wird er in Bremen gemischt?", "de"),
        ("Ist das Öl aus Italien importiert oder in Bremen abgefüllt?", "de"),
        # a designation's or a region's place read as a person after goods and "from"
        ("Is your tea from Darjeeling?", "en"),
        ("Does the phone case come boxed from Yorkshire?", "en"),
        # a market stall's town
        ("Is the Norwich market stall open on Saturday?", "en"),
        # a country after a courier's cut-off
        ("What's the courier cut-off for France in December?", "en"),
    ],
)
def test_no_one_is_named(analyzer: Analyzer, text: str, language: str) -> None:
    assert {e for e in found(analyzer, text, language) if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # "Will" before a name, or a first name after the modal
        ("Will Smith is coming to collect it", "en", "Will Smith"),
        ("Will Sarah be in on Monday?", "en", "Sarah"),
        ("Will Patel be in on Monday?", "en", "Patel"),
        # the island said of a person
        ("I live on the Isle of Man.", "en", "Man"),
        # a person before a word that is no event's head
        ("Chelsea said the show was great", "en", "Chelsea"),
        # a person who stocks nothing
        ("Robert Dyas will collect it at noon", "en", "Robert Dyas"),
        # a person who blends, or a customer's town in the same sentence
        ("My mum lives in Galway and blended it there", "en", "Galway"),
        ("I sent it from Leeds yesterday", "en", "Leeds"),
        ("J'habite à Nantes, le thé est mélangé où ?", "fr", "Nantes"),
        ("Abito a Bergamo, il caffè è miscelato da voi?", "it", "Bergamo"),
        # a region said of a person
        ("My sister from Yorkshire sent the tea", "en", "Yorkshire"),
        # a country said of a person
        ("My sister lives in France, what's the courier cut-off?", "en", "France"),
    ],
)
def test_a_person_in_the_same_shape_stays(analyzer: Analyzer, text: str, language: str, name: str) -> None:
    [spans] = analyzer.analyze([text], language=language)
    start = text.index(name)
    assert all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
    ), name
