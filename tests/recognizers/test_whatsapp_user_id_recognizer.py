from __future__ import annotations

import pytest

from recognizers import WhatsAppUserIdRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id US.13491208655302741918", ["US.13491208655302741918"]),
        ("parent US.ENT.12345678901234567", ["US.ENT.12345678901234567"]),
        ("QZ.12345678901234567890", []),  # Veil token, not a BSUID
        ("us.13491208655302741918", []),
        ("U.S. 1st", []),
        ("US.123", []),
    ],
)
def test_bsuid(text: str, expected: list[str]) -> None:
    assert found(WhatsAppUserIdRecognizer(), text) == expected
