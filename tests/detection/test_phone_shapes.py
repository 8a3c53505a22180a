"""National phone forms with no region: an English text says no country, so a phone-shaped run
no region validates is tokenised in the grey zone, and accepted next to a phone word."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import found, settings

SHAPED = ["(555) 123-4567", "555.123.4567", "555-123-4567 x123", "07700 316 475", "06-82237745"]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return build_analyzer(settings(models={}, languages=("en", "it"), default_language="en", phone_regions=()))


@pytest.mark.parametrize("number", SHAPED)
def test_shaped_runs_are_grey_without_a_phone_word(analyzer: Analyzer, number: str) -> None:
    text = f"ok {number} thanks"
    assert found(analyzer, text, "en") == set()  # /v1/tokenize, outbound: accepted matches only
    [[span]] = analyzer.analyze([text], language="en", grey=True)
    assert (span.entity, text[span.start : span.end], span.grey) == ("PHONE_NUMBER", number, True)


@pytest.mark.parametrize("number", SHAPED)
def test_a_phone_word_makes_them_phones(analyzer: Analyzer, number: str) -> None:
    assert found(analyzer, f"my mobile is {number}, after 5pm", "en") == {("PHONE_NUMBER", number)}


@pytest.mark.parametrize("number", ["001-555-123-4567", "+1-555-123-4567x89"])
def test_international_forms_with_a_possible_length_are_phones(analyzer: Analyzer, number: str) -> None:
    assert found(analyzer, f"ok {number}", "en") == {("PHONE_NUMBER", number)}


def test_valid_nanp_numbers_typed_the_american_way_are_phones_in_english(analyzer: Analyzer) -> None:
    assert found(analyzer, "sure, (781) 618-4959 works", "en") == {("PHONE_NUMBER", "(781) 618-4959")}


@pytest.mark.parametrize(
    "text",
    [
        "Order 555-123-4567 shipped on 2025-05-05",
        "Invoice number 555-123-4567, total $ 1 234 567",
        "We are open 09.00-17.30, Mon-Fri; price 1.299.000",
        "The barcode is 5075852220956, CEP 01304-001",
    ],
)
def test_no_pii_digit_runs_stay_unchanged_even_in_the_grey_zone(analyzer: Analyzer, text: str) -> None:
    assert analyzer.analyze([text], language="en", identify=True, grey=True) == [[]]
