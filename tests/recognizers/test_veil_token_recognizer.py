from __future__ import annotations

import pytest

from recognizers import VeilTokenRecognizer
from tests.recognizers.helpers import found

TOK = "tok_person_abcdefghijklmnopqrstuvwxyz"
TOK2 = "tok_email_address_2345672345672345672345672a"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"use {TOK} please", [TOK]),
        (TOK.upper(), [TOK.upper()]),
        (TOK2, [TOK2]),
        ("+289 1234 5678 9012", ["+289 1234 5678 9012"]),
        ("(289) 123-456-789-012", ["(289) 123-456-789-012"]),
        ("289123456789012", ["289123456789012"]),
        ("2891234567890123", []),  # 16 digits
        ("QZ.12345678901234567890 qz.ent.12345678901234567890",
         ["QZ.12345678901234567890", "qz.ent.12345678901234567890"]),
        ("QZ.1234567890123456789", []),  # 19 digits
        ("wamid.abcdefghijklmnopqrstuvwxyz", ["wamid.abcdefghijklmnopqrstuvwxyz"]),
        ("tok_person_short", []),
    ],
)  # fmt: skip
def test_tokens(text: str, expected: list[str]) -> None:
    assert found(VeilTokenRecognizer(), text) == expected


def test_prefix_is_configurable() -> None:
    rec = VeilTokenRecognizer(phone_token_prefix=288)
    assert found(rec, "288123456789012 289123456789012") == ["288123456789012"]
