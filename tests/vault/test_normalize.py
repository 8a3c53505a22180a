"""One person, one normalised form: WhatsApp's number quirks folded."""

from __future__ import annotations

import pytest

from proxy.vault.normalize import normalize


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("+1 (650) 555-1234", "16505551234"),  # contacts[].input vs wa_id
        ("+55 11 98765-4321", "551187654321"),  # Brazil: wa_id drops the ninth digit
        ("5511987654321", "+55 (11) 8765-4321"),
        ("+52 1 55 1234 5678", "525512345678"),  # Mexico: 521 vs 52
        ("0039 347 123 4567", "+39 347 123 4567"),  # 00 international prefix
    ],
)
def test_same_number_same_form(a: str, b: str) -> None:
    assert normalize("PHONE_NUMBER", a) == normalize("PHONE_NUMBER", b)


def test_national_form_needs_region() -> None:
    assert normalize("PHONE_NUMBER", "347 123 4567", region="IT") == "393471234567"
    assert normalize("PHONE_NUMBER", "06 1234 5678", region="IT") == "390612345678"


def test_brazil_landline_is_not_given_a_ninth_digit() -> None:
    assert normalize("PHONE_NUMBER", "+55 11 3456-7890") == "551134567890"


@pytest.mark.parametrize(
    ("entity", "a", "b"),
    [
        ("EMAIL_ADDRESS", " Maria.Rossi@Example.COM ", "maria.rossi@example.com"),
        ("PERSON", "MARIA  ROSSI", "maria rossi"),
        ("IBAN_CODE", "it60 x054 2811 1010 0000 0123 456", "IT60X0542811101000000123456"),
        ("WHATSAPP_USERNAME", "@Maria.Rossi", "maria.rossi"),
        ("WHATSAPP_USER_ID", "us.13491208655302741918", "US.13491208655302741918"),
    ],
)
def test_other_entities(entity: str, a: str, b: str) -> None:
    assert normalize(entity, a) == normalize(entity, b)
