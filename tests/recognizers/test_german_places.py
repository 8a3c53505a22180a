"""PlaceRecognizer in German: the customer's town in a form's field, after an area or shop word with
the customer's cue, and as a town's adjective before a part of town (`recognizers.german_places`)."""

from __future__ import annotations

import pytest

from recognizers import PlaceRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wohnort: Eschwege", ["Eschwege"]),
        ("PLZ und Ort: 87435 Olten", ["Olten"]),
        ("Rechnungsadresse Schwäbisch Gmünd, Lieferadresse gleich", ["Schwäbisch Gmünd"]),
        ("Wir wohnen im Großraum Bautzen, liefert ihr da?", ["Bautzen"]),
        ("Ich hol's in eurer Filiale Winterthur ab, ich wohne gleich daneben", ["Winterthur"]),
        ("Ich wohne im Kasseler Norden, liefert ihr auch dahin?", ["Kasseler"]),
        ("Wir sind aus dem Grazer Umland, gilt die kostenlose Lieferung?", ["Grazer"]),
    ],
)
def test_the_customers_town_in_german_shapes(text: str, expected: list[str]) -> None:
    assert found(PlaceRecognizer(supported_language="de"), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lieferung im Großraum Stuttgart am nächsten Werktag",
        "Lagerbestand Duisburg: 3 Stück, Filiale Essen: 0",
        "Die Münchner Filiale hat die Jacke noch in M",
        "Ort: Lager 3, Regal B",
        "Kasseler Rippchen und Bielefelder Leinen im Angebot",
    ],
)
def test_the_same_words_without_the_customer_find_no_town(text: str) -> None:
    assert found(PlaceRecognizer(supported_language="de"), text) == []
