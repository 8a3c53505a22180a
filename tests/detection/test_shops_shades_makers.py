"""Shops named by a German compound or an English street (`shop_names`), English shades after a
colour cue (`shade_names`), listed makers said alone (`maker_alone`): each with the people who
must still be caught."""

from __future__ import annotations

import pytest

from proxy.detection.maker_alone import maker_alone
from proxy.detection.shade_names import shade
from proxy.detection.shop_names import named_shop
from tests.detection.helpers import at


@pytest.mark.parametrize(
    ("language", "text", "value", "shop"),
    [
        ("de", "Hat das Modehaus Annelie am Samstag offen?", "Modehaus Annelie", True),
        ("de", "Ich hole es in der Blumenladen Erika ab", "Erika", True),
        ("de", "Ich habe im Supermarkt Anna getroffen", "Anna", False),
        ("de", "Ich hole es im Blumenladen Erika ab", "Erika", False),
        ("de", "Gibt es die Vase auch in der Bäckerei am Alten Tor?", "Alten Tor", True),
        ("en", "I'll pick it up from Rose Street Florist tomorrow", "Rose Street Florist", True),
        ("en", "is Holly Lane Deli open on Sunday?", "Holly Lane Deli", True),
        # a person's full name after the trade, a person cue, no trade, a home
        ("de", "Im Modehaus Petra Klein war es voll", "Modehaus Petra Klein", False),
        ("de", "Ich war gestern bei Rosalie im Blumenhaus", "Rosalie", False),
        ("de", "Im Krankenhaus Maria besucht", "Maria", False),
        ("en", "Florence called from the bakery", "Florence", False),
        ("en", "my neighbour Holly Lane works at the bakery", "Holly Lane", False),
    ],
)
def test_named_shop(language: str, text: str, value: str, shop: bool) -> None:
    assert named_shop(text, *at(text, value), language) is shop


@pytest.mark.parametrize(
    ("text", "value", "is_shade"),
    [
        ("Does the kettle come in Ruby Red?", "Ruby Red", True),
        ("Is the hoodie available in Black or just Forest Green?", "Forest Green", True),
        ("I'd like the colour Rose Gold please", "Rose Gold", True),
        ("I left it with Olive Green next door", "Olive Green", False),
        ("We met in Olive Green's office", "Olive Green", False),
        ("Ask Amber Brown about it", "Amber Brown", False),
        ("in Ruby Green Smith's name", "Ruby Green", False),
        ("I met Heather Brown and Jade Grey yesterday", "Jade Grey", False),
    ],
)
def test_shade(text: str, value: str, is_shade: bool) -> None:
    assert shade(text, *at(text, value)) is is_shade


@pytest.mark.parametrize(
    ("text", "value", "maker"),
    [
        ("manca il cavo Huawei nella scatola", "Huawei", True),
        ("la lámpara Philips no enciende", "Philips", True),
        ("le four Smeg arrive quand ?", "Smeg", True),
        ("Mercedes called about the order", "Mercedes", False),  # a first name given often
        ("Mr Philips will collect it", "Philips", False),
        ("ho parlato con Huawei stamattina", "Huawei", False),
        ("Fila said it was fine", "Fila", False),
        ("Dyson called me back", "Dyson", False),  # a sentence's subject
        ("please ask Dyson about it", "Dyson", False),  # a common surname, no shop word before it
        ("my Dyson stopped working", "Dyson", True),
        # tool, instrument and bike-part makers (2026-12-07)
        ("looking for a second hand Makita drill, under £90", "Makita", True),
        ("a used Korg keyboard, any in stock?", "Korg", True),
        ("Do you fix Shimano gears?", "Shimano", True),
        ("Makita said it was under warranty", "Makita", False),  # a sentence's subject
        ("Mr Korg will collect it", "Korg", False),  # after a title
    ],
)
def test_maker_alone(text: str, value: str, maker: bool) -> None:
    assert maker_alone(text, *at(text, value)) is maker
