"""English street-type words naming a shop, a business site or goods (`recognizers.street_commerce`), and
true addresses in the same shapes, which stay.

Sentences written here for the `bench.nopii_tune33` round, none from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import EnStreetAddressRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    "text",
    [
        # a quantity of goods named with a street type
        "Order 12 Mulberry Lane Mugs for the office",
        "I want 3 Oak Park Benches for the garden",
        "Add 2 Forest Green Throws to my basket",
        "3 Willow Grove Baskets, the small ones",
        "Can I get 4 Cotswold Lane mugs and 2 plates?",
        "Get 3 Bramley Court Scented Candles for £20",
        # a branch, a pickup point, a car park: a shop's street
        "Can I collect from the store on Castle Street instead?",
        "Is your shop still on Bridge Street?",
        "The Bar Leon on Market Street sells your gin, where else?",
        "Can I click and collect at Station Road instead?",
        "We bought it at the garden centre on Ring Road last week",
        "Is the Mill Lane car park still closed?",
        "Which is nearer, the Station Road shop or the High Street one?",
        "Is it in stock at Selfridges Oxford Street?",
        "Does Liberty Regent Street have the scarf?",
        # a business site, a venue
        "Can I pick it up at Silverlink Retail Park?",
        "Happy Christmas from all of us at the Kingston Retail Park! Open Monday till 4",
        "Can I return it at Garden Centre Oxford Ring Road?",
        "Your warehouse at Magna Park says it shipped",
        "the parcel locker at Market Street is full again",  # a parcel locker's site (2026-12-06, evening)
        # a venue named by its street, a street named as a landmark (2026-12-07)
        "Pilates timetable for May please, the Wellington Street studio",
        "the gelato parlour on Dale Street, open till 10 on Fridays?",
        "two pizzas, no olives, delivered to the Victoria Road office",
        "any studio flats to rent near Percy Street under 900",
        "where's the nearest parcel shop to Hope Street",
        # goods and titles
        "Have you got Mulholland Drive on blu-ray?",
        "Is the Babolat Pure Drive racket worth it?",
        "Sunset Boulevard tickets for Saturday?",
        "The Sonos Arc is £799 here",
    ],
)
def test_shop_site_or_goods_is_no_address(text: str) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please deliver to 14 Mulberry Lane, Leeds LS6 2AB", "14 Mulberry Lane, Leeds LS6 2AB"),
        ("12 Mulberry Lane Bath", "12 Mulberry Lane Bath"),  # a town after the street, not goods
        ("the address is 40 Willow Grove Mugsley Road", "40 Willow Grove Mugsley Road"),
        ("I live at 3 Oak Park Close", "3 Oak Park Close"),
        ("Leave it at 4 Meadow Walk please", "4 Meadow Walk"),
        ("Send 2 Mugs to 3 Court Lane, Epsom", "3 Court Lane, Epsom"),
        # a shop near a home, a courier collecting from one, a relative's home
        ("My flat is above the shop on Market Street", "Market Street"),
        ("We're above the bakery on Chapel Road, flat 1", "Chapel Road, flat 1"),
        ("The driver can collect it from my house on Castle Street", "Castle Street"),
        ("I'll collect it at my mum's on Church Lane", "Church Lane"),
        ("I'm staying at my sister's on Queen Street this week", "Queen Street"),
        ("I work at the shop but I live on Bridge Street", "Bridge Street"),
        ("The house on Castle Street, the one with the red door", "Castle Street"),
        ("Church Lane has no parking, so ring the bell at number 4", "Church Lane"),
        ("I'm at 12 Retail Park Road, Unit 3", "12 Retail Park Road, Unit 3"),
        ("I live at Silverlink Court, flat 4", "Silverlink Court, flat 4"),
        ("my flat is by the locker at Church Lane", "Church Lane"),
        ("please leave it in the locker at 14 Station Road", "14 Station Road"),
        # a venue or a landmark where the clause says home (2026-12-07)
        ("I live near Percy Street", "Percy Street"),
        ("my mum lives opposite Dale Street", "Dale Street"),
        ("the Hope Street house with the blue door", "Hope Street"),
        ("deliver to our Victoria Road office please", "Victoria Road"),
        ("my flat is above the gelato parlour on Dale Street", "Dale Street"),
    ],
)
def test_addresses_in_the_same_shapes_stay(text: str, expected: str) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == [expected]
