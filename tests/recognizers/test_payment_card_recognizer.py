from __future__ import annotations

import pytest

from recognizers import PaymentCardRecognizer
from recognizers.payment_card_recognizer import issuer_ok
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("card 4111 1111 1111 1111 exp 2027", ["4111 1111 1111 1111"]),
        ("5555-5555-5555-4444", ["5555-5555-5555-4444"]),
        ("mc 2-series 2223003122003222", ["2223003122003222"]),
        ("2720 9999 9999 9995", []),  # 2-series range but Luhn fails
        ("amex 3782 822463 10005", ["3782 822463 10005"]),
        ("6011111111111117", ["6011111111111117"]),
        ("4111111111111112", []),  # Luhn fails
        ("1234567812345670", []),  # Luhn ok, no issuer starts with 1
        ("7000 0000 0000 0006", []),
    ],
)
def test_card(text: str, expected: list[str]) -> None:
    assert found(PaymentCardRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("digits", "ok"),
    [("2221000000000009", True), ("2720990000000000", True), ("2220990000000000", False),
     ("2721000000000000", False), ("378282246310005", True), ("37828224631000", False)],
)  # fmt: skip
def test_issuer(digits: str, ok: bool) -> None:
    assert issuer_ok(digits) is ok
