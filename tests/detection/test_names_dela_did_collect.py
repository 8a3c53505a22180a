"""Names with the particle "dela" ("Jocelyn dela Rosa"; in capitals, read in lower case, where a
surname after a particle may end like an adjective: "DELA ROSA"), and a name asked about as the subject of a past
collection ("Did Billu Rana already collect the cake?", `verb_slots`); and the same shapes with no
one in them. Sentences written here, not a tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # "dela" between a first name and a surname
        ("Voice message from Jocelyn dela Rosa about the curtains", "en", "Jocelyn dela Rosa"),
        ("The points are in my husband's name, Rodel dela Rosa, can you move them?", "en", "Rodel dela Rosa"),
        ("JOCELYN DELA ROSA AND DEAN SUTCLIFFE WANT THE PHOTO PRINTED", "en", "JOCELYN DELA ROSA"),
        # the subject of a past collection, an adverb between
        ("Did Billu Rana already collect the cake or is it still in your fridge?", "en", "Billu Rana"),
        ("did fitzy o'driscoll already collect the cake?", "en", "fitzy o'driscoll"),
    ],
)
def test_the_name_is_found(analyzer: Analyzer, text: str, language: str, name: str) -> None:
    [spans] = analyzer.analyze([text], language=language)
    start = text.index(name)
    assert all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
    ), name


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Did the driver already collect the parcel?", "en"),
        ("Did Amazon already collect the return?", "en"),
        ("Did my mum already collect it?", "en"),
        ("Has Royal Mail picked it up?", "en"),
        ("Did Evri collect the parcel yet?", "en"),
        ("Pedido dela tienda, ¿cuándo llega?", "es"),
        # a word before a particle and an adjective: no first name and surname
        ("la estrella de mar de plata en qué medida", "es"),
    ],
)
def test_no_one_is_found(analyzer: Analyzer, text: str, language: str) -> None:
    assert {e for e in found(analyzer, text, language) if e[0] in _NAMES} == set()
