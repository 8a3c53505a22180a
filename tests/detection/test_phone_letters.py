"""Phone numbers typed with a letter for a digit ("O6 12 34 56 78", "347 l23 4567"): read as the
digits they stand for, so the span covers the number as typed; words and ordinals stay."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from proxy.detection.normalise import normalise
from tests.detection.helpers import found, settings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mob: O7958 574148", "Mob: 07958 574148"),
        ("pls ring (2o7) 362-7552 before 6", "pls ring (207) 362-7552 before 6"),
        ("Tel. 37l 813 3464 / 340 / 599 8236", "Tel. 371 813 3464 / 340 / 599 8236"),
        ("me podéis localizar en el 696 58 88 4O", "me podéis localizar en el 696 58 88 40"),
    ],
)
def test_letters_typed_for_digits_in_a_number_are_read_as_digits(text: str, expected: str) -> None:
    norm = normalise(text)
    assert norm.text == expected
    assert norm.span(0, len(expected)) == (0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "3471234567 o 3398765432",  # "o" the word between two numbers
        "CEP 01310-100 2o andar",  # an ordinal before its word
        "lol 1234567 Ol",  # letters with no digit in their group
        "model X2o, 12 pcs",  # fewer than seven digits
    ],
)
def test_words_and_ordinals_stay_letters(text: str) -> None:
    assert normalise(text).text == text


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return build_analyzer(
        settings(models={}, languages=("fr", "de"), default_language="fr", phone_regions=("FR", "DE"))
    )


def test_a_number_typed_with_a_letter_is_one_phone(analyzer: Analyzer) -> None:
    assert found(analyzer, "WhatsApp : 06 o9 74 77 20", "fr") == {("PHONE_NUMBER", "06 o9 74 77 20")}


def test_a_phone_with_its_extension_is_no_address(analyzer: Analyzer) -> None:
    # "Mob. 030 925804 Durchwahl" also reads as name, number, 6-digit postcode and town
    text = "Mob. 030 925804 Durchwahl -263"
    assert found(analyzer, text, "de") == {("PHONE_NUMBER", "030 925804 Durchwahl -263")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(0XX14) 97043-9553 (zap)", "(014) 97043-9553 (zap)"),
        ("meu nº é 0xx17-2905-4567", "meu nº é 017-2905-4567"),
        ("box 0xx12345", "box 0xx12345"),  # no area code and separator after it
    ],
)
def test_the_brazilian_long_distance_prefix_is_its_trunk_zero(text: str, expected: str) -> None:
    norm = normalise(text)
    assert norm.text == expected
    assert norm.span(0, len(expected)) == (0, len(text))
