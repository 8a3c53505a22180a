from __future__ import annotations

import pytest

from recognizers import PhoneNumberRecognizer
from tests.recognizers.helpers import found, scores


@pytest.mark.parametrize(
    ("regions", "text", "expected"),
    [
        ((), "call +44 20 7946 0958 now", ["+44 20 7946 0958"]),
        ((), "chiama 0039 347 123 4567", ["0039 347 123 4567"]),
        ((), "+55 11 91234-5678", ["+55 11 91234-5678"]),
        ((), "+91 98765 43210 or +52 55 1234 5678", ["+91 98765 43210", "+52 55 1234 5678"]),
        (("IT",), "il mio numero è 347 123 4567", ["347 123 4567"]),
        (("IT",), "fisso 06 6988 1234", ["06 6988 1234"]),
        (("US",), "call (650) 555-1234", ["(650) 555-1234"]),
        (("IT",), "3471234567 3398765432", ["3471234567", "3398765432"]),
        (("FR", "DE"), "06 12 34 56 78 ou 030 1234567", ["06 12 34 56 78", "030 1234567"]),
        # national forms of regions not configured are not phones
        ((), "il mio numero è 347 123 4567", []),
        (("IT",), "consegna il 12/05/2024 alle 10.30", []),
        (("IT",), "prezzo 1.299.000 euro", []),
        (("IT",), "ordine ORD-12345678", []),
        ((), "+289 1234 5678 9012", []),  # spare calling code: Veil tokens, never phones
        ((), "+39 123", []),
    ],
)
def test_phone(regions: tuple[str, ...], text: str, expected: list[str]) -> None:
    assert found(PhoneNumberRecognizer(regions=regions), text, 0.5) == expected


def test_bare_international_scores_below_threshold_without_context() -> None:
    got = scores(PhoneNumberRecognizer(), "wa 393471234567")
    assert 0 < got["393471234567"] < 0.5


def test_national_only_instance_ignores_international() -> None:
    rec = PhoneNumberRecognizer(regions=("IT",), international=False)
    assert found(rec, "+44 20 7946 0958 o 347 123 4567") == ["347 123 4567"]


@pytest.mark.parametrize(
    ("text", "value", "score"),
    [
        ("347 123 4567", "347 123 4567", 0.8),  # typed with separators
        ("3471234567", "3471234567", 0.6),  # one bare run: still a phone, but weaker than a checksum id
        ("+39 347 123 4567", "+39 347 123 4567", 0.95),
        ("00393471234567", "00393471234567", 0.95),
    ],
)
def test_scores_by_form(text: str, value: str, score: float) -> None:
    assert scores(PhoneNumberRecognizer(regions=("IT",)), text) == {value: score}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il mio cell è 3471234567", ["3471234567"]),
        ("chiamami al 347.123.4567", ["347.123.4567"]),
        ("numero (347) 123-4567", ["(347) 123-4567"]),
        ("ordine, cell 3471234567", ["3471234567"]),  # a phone word beats the label
        # what says it is something else, for regions nobody configured
        ("ordine 3471234567 spedito", []),
        ("fattura n. 3471234567", []),
        ("Rechnung #3471234567", []),
        ("EAN 3471234567", []),
        ("consegna il 05/05/2025", []),
        ("P.IVA 12345678903", []),  # a US number only by dropping a trunk "1" (as a configured US region reads it)
        ("+44 20 7946 0958", []),  # international forms are the main recognizer's
    ],
)
def test_inferred_regions_read_national_forms_cautiously(text: str, expected: list[str]) -> None:
    assert found(PhoneNumberRecognizer(regions=("IT", "DE", "US"), inferred=True), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German numbering accepts almost any run after a 0: dates and labelled numbers are not phones
        ("Lieferung am 05.05.2025", []),
        ("Bestellung 0123456789 ist unterwegs", []),
        ("Rechnung Nr. 04365829326", []),
        ("EAN 04001234567", []),
        ("ordine 3471234567 spedito", []),
        # a phone word, or the country code, still makes it a phone
        ("Bestellung, Handy 0151 23456789", ["0151 23456789"]),
        ("meine Nummer 030 1234567", ["030 1234567"]),
        ("Bestellung 0049 30 1234567", ["0049 30 1234567"]),
        ("Rechnung +49 30 1234567", ["+49 30 1234567"]),
        ("ruf an: 030 1234567", ["030 1234567"]),
    ],
)
def test_configured_regions_skip_dates_and_labelled_runs(text: str, expected: list[str]) -> None:
    assert found(PhoneNumberRecognizer(regions=("DE", "IT")), text, 0.5) == expected
