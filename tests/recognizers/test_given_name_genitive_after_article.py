"""GivenNameRecognizer: a German genitive "s" after an article is a brand's, not a name's.

German writes a name's genitive in the article's place ("Helgas Jacke", "Winfrieds Bestellung"); after
a masculine or neuter article the word is a brand ending in "s" ("den Philips Wasserkocher", "das
Philips Hue"), unless "der"/"das" after "ist" is the pronoun "that" ("Ist das Helgas Jacke?").
Hand-written sentences, none taken from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

BRANDS = [
    "Habt ihr das Philips Hue noch in Weiß?",
    "Habt ihr den Philips Rasierer noch reduziert?",
    "Gibt es beim Philips Bartschneider Ersatzklingen?",
    "Kann ich den Philips Toaster umtauschen?",
]


@pytest.mark.parametrize("text", BRANDS)
def test_a_genitive_after_an_article_is_a_brand(text: str) -> None:
    assert found(GivenNameRecognizer(supported_language="de"), text) == []


PEOPLE = [
    ("Wo ist Helgas Jacke abgeblieben?", ["Helgas"]),
    ("ich hab Winfrieds Bestellung mitgenommen", ["Winfrieds"]),
    ("Wann kommt die Helgas Jacke?", ["Helgas"]),  # "die" is left out, fail closed
    ("Ist das Helgas Jacke?", ["Helgas"]),  # "das" after "ist" is "that"
    ("War der Winfrieds Bruder?", ["Winfrieds"]),
]


@pytest.mark.parametrize(("text", "names"), PEOPLE)
def test_a_genitive_without_an_article_is_still_a_name(text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language="de"), text) == names
