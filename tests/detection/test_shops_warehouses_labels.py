"""English shops named on a town or an owner (`shop_names`), a town set against another warehouse and
a parcel "envoyé de" a town (`business.dispatch_town`), a French label before a colon
(`filters._everyday_alone`): each with the people and towns that must still be caught."""

from __future__ import annotations

import pytest

from proxy.detection.business import dispatch_town
from proxy.detection.detector import Span
from proxy.detection.filters import NER_RECOGNIZER, settle
from proxy.detection.goods_said import said_as_goods
from proxy.detection.shop_names import named_shop
from tests.detection.helpers import at


@pytest.mark.parametrize(
    ("text", "value", "shop"),
    [
        ("Is the teapot back in stock at Maisie's Florist? The other branch said so", "Maisie", True),
        ("Does Barnaby's Carpets do gift wrapping?", "Barnaby", True),
        ("Can I order the pie for collection at Keswick Hair Co on Sunday?", "Keswick", True),
        ("Ordered a phone case from Ripon Books, does it ship from Luton?", "Ripon", True),
        ("Can I collect it at St Neots Cycles on Monday?", "St Neots", True),
        ("Is the pillow in stock at Abbotsway Pharmacy?", "Abbotsway Pharmacy", True),
        ("I'll come to Dean Road Interiors after work.", "Dean Road Interiors", True),
        # a full name before the trade, the trade noun as a verb, lower case, a person cue: kept
        ("Is the cake in stock at Rosie Hartley Tearooms?", "Rosie Hartley Tearooms", False),
        ("Anna Books the table for six every Friday", "Anna", False),
        ("I gave it to Maisie's books", "Maisie", False),
        ("my sister Maisie's Florist is closed", "Maisie", False),
        ("Ask Anna, Florist said it's fine", "Anna", False),
    ],
)
def test_english_shop_on_a_town_or_an_owner(text: str, value: str, shop: bool) -> None:
    assert named_shop(text, *at(text, value), "en") is shop


def _span(text: str, value: str, entity: str = "LOCATION") -> Span:
    start, end = at(text, value)
    return Span(start=start, end=end, entity=entity, score=0.85, recognizer=NER_RECOGNIZER)


@pytest.mark.parametrize(
    ("text", "value", "warehouse"),
    [
        ("Is the lamp in Ghent or in another warehouse?", "Ghent", True),
        ("Le modèle Nova part de Gênes ou d'un autre entrepôt ?", "Gênes", True),
        ("Liegt die Lampe in Graz oder in einem anderen Lager?", "Graz", True),
        ("Arriva da Trieste o da un altro magazzino?", "Trieste", True),
        ("¿Sale de Murcia o de otro almacén?", "Murcia", True),
        ("Vem de Braga ou de outro armazém?", "Braga", True),
        ("Envoyé de Gênes lundi, toujours rien", "Gênes", True),
        # another city, a customer's own sending, no warehouse word: kept
        ("Is it from Ghent or another city?", "Ghent", False),
        ("J'ai envoyé de Gênes le colis retour", "Gênes", False),
        ("Nous avons envoyé de Gênes le carton", "Gênes", False),
        ("Mon frère vient de Gênes ou d'ailleurs", "Gênes", False),
        ("Mon frère a envoyé de Gênes le carton", "Gênes", False),
        ("Sent from Ghent on Monday, still not here", "Ghent", True),
        ("The parcel was posted from Ghent", "Ghent", True),
        ("I sent from Ghent yesterday", "Ghent", False),
        ("My mum posted from Ghent", "Ghent", False),
    ],
)
def test_town_set_against_another_warehouse(text: str, value: str, warehouse: bool) -> None:
    assert dispatch_town(text, _span(text, value)) is warehouse


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Petite question : elle est jolie ?", "Petite", False),
        ("Dernière chose : la livraison est gratuite ?", "Dernière", False),
        ("Merci. Vraie question : elle est jolie ?", "Vraie", False),
        # a verb of saying, not at a sentence's start, a listed first name: kept
        ("Fontaine écrit : je rappelle demain", "Fontaine", True),
        ("Je parle à Petite question : oui", "Petite", True),
        ("Camille question : elle rappelle ?", "Camille", True),
    ],
)
def test_french_label_before_a_colon(text: str, value: str, kept: bool) -> None:
    span = _span(text, value, "PERSON")
    assert (settle(text, [span], "fr", ner_filter=True) == [span]) is kept


@pytest.mark.parametrize(
    ("language", "text", "value", "goods"),
    [
        ("en", "My Stella arrived with a cracked shade", "Stella", True),
        ("en", "Luna arrived with a dent in the base", "Luna", True),
        ("en", "Which is brighter, Stella or the floor version?", "Stella", True),
        ("fr", "Luna est arrivée avec un pied rayé", "Luna", True),
        ("fr", "Quelle est la plus lumineuse, Stella ou la version sur pied ?", "Stella", True),
        # a body part, "broken"/"cassé", a person cue, no version: kept
        ("en", "Anna arrived with a cracked rib", "Anna", False),
        ("en", "Anna arrived with a broken arm", "Anna", False),
        ("en", "My sister Anna arrived with a cracked shade", "Anna", False),
        ("fr", "Anna est arrivée avec un bras cassé", "Anna", False),
        ("en", "I asked Anna or the store manager", "Anna", False),
        ("fr", "Demandez à Anna ou la vendeuse", "Anna", False),
    ],
)
def test_goods_by_damage_with_a_part_or_another_version(language: str, text: str, value: str, goods: bool) -> None:
    assert said_as_goods(text, *at(text, value), language) is goods
