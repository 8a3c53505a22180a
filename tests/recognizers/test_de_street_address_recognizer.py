from __future__ import annotations

import pytest

from recognizers import DeStreetAddressRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hauptstraße 5, 10115 Berlin", ["Hauptstraße 5, 10115 Berlin"]),
        ("Berliner Str. 12a, 80331 München", ["Berliner Str. 12a, 80331 München"]),
        ("Karl-Marx-Allee 90/2", ["Karl-Marx-Allee 90/2"]),
        ("Unter den Linden 77, 10117 Berlin", ["Unter den Linden 77, 10117 Berlin"]),
        ("Am Markt 3", ["Am Markt 3"]),
        ("wohne in der hauptstrasse 5", ["hauptstrasse 5"]),
        ("Kölner Ring 3, D-50667 Köln", ["Kölner Ring 3, D-50667 Köln"]),
        # commerce text
        ("Bring 2 bags, Spring 2024 collection", []),
        ("Kommen die Nike Air Max 90 Größe 42 am Montag?", []),
        ("Summe 128,50 € am 12. März", []),
    ],
)
def test_german(text: str, expected: list[str]) -> None:
    assert found(DeStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fused "-ring" street with a PLZ or a town after its number; a town with "ob", "vorm", "im"
        ("Lieferung an Böhmerring 14, Kassel", ["Böhmerring 14, Kassel"]),
        ("kleinerring 7, 34117 kassel", ["kleinerring 7, 34117 kassel"]),
        ("Lindenweg 3, 93437 Furth im Wald", ["Lindenweg 3, 93437 Furth im Wald"]),
        # goods
        ("Ohrring 2 Stück in Gold", []),
        ("Der Ehering 585 ist schön", []),
    ],
)
def test_german_ring_streets_and_towns(text: str, expected: list[str]) -> None:
    assert found(DeStreetAddressRecognizer(), text, 0.5) == expected
