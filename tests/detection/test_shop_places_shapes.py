"""The business's places in the shapes of a second round (`business.shop_place`): a courier's hub, a
shop named by its trade and town, a sale or market in a town, the shop's hours there, where a delivery
time starts. The customer's town in the same words stays: a first person, a return, "near" or a
destination keeps it, and a town an order is sent to is read even when it is also a word."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a courier's hub or sorting centre, a factory
        ("it", "Il pacco è fermo al centro di smistamento di Bologna"),
        ("es", "Está parado en el hub de Zaragoza"),
        ("en", "It's a three day trip from the factory in Porto"),
        # a shop named by its trade and town
        ("fr", "C'est bien la Boulangerie de Rouen qui fait les galettes ?"),
        # a sale, a promotion, a market in a town
        ("it", "I saldi a Torino iniziano sabato?"),
        ("fr", "Le Black Friday à Nantes, c'est aussi en ligne ?"),
        ("de", "Ist der Räumungsverkauf in Bremen vorbei?"),
        # the shop's hours there
        ("it", "A Pavia aprite alle 9?"),
        ("fr", "Horaires de Toulon svp"),
        ("de", "Habt ihr am Feiertag in Mainz offen?"),
        # where a delivery time starts
        ("es", "Desde Madrid tarda 2 días"),
        ("de", "Aus Hamburg dauert es 2 Tage"),
        ("en", "From Manchester it usually takes 3 days"),
    ],
)
def test_the_business_places_are_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # the writer speaks of themselves, a return, "near", a destination
        ("fr", "Je suis à Lille, vous êtes ouverts dimanche ?", "Lille"),
        ("en", "From Leeds it takes me 2 hours to reach your shop", "Leeds"),
        ("en", "A return from Swindon takes 3 days?", "Swindon"),
        ("es", "¿De Sevilla a Bilbao cuánto tarda?", "Bilbao"),
        ("en", "Is there a shop open near Bolton?", "Bolton"),
        # a hotel is where a person stays, not a trade
        ("en", "Please deliver to the hotel in Exeter", "Exeter"),
        # a town an order is sent to, also a word of the language
        ("it", "Mandate il pacco a Cuneo prima del Black Friday", "Cuneo"),
        ("pt", "Mandem a encomenda para Braga", "Braga"),
    ],
)
def test_the_customer_places_stay(analyzer: Analyzer, language: str, text: str, place: str) -> None:
    [spans] = analyzer.analyze([text], language=language)
    start = text.index(place)
    assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(place))), place


def test_a_person_named_like_a_town_stays_in_an_hours_question(analyzer: Analyzer) -> None:
    text = "Dites à Florence que vous fermez à 18h"
    assert ("PERSON", "Florence") in found(analyzer, text, "fr")
