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


@pytest.mark.parametrize(
    "number",
    [
        "3522777777777778",  # JCB below 3528, as card generators issue them
        "3088777777777774", "3096777777777774", "3112777777777774", "3158777777777779", "3337777777777773",
        "180077777777772", "213177777777771",  # 15-digit JCB
        "501812777776", "676123777770",  # 12-digit Maestro
        "2200777777777779",  # Mir
        "9792777777777778",  # Troy
        "62127777777778",  # 14-digit UnionPay
    ],
)  # fmt: skip
def test_every_issuer_range(number: str) -> None:
    assert found(PaymentCardRecognizer(), f"paid with {number} yesterday") == [number]


def test_twelve_digit_maestro_grouped() -> None:
    assert found(PaymentCardRecognizer(), "maestro 5018 1277 7776, exp 2027") == ["5018 1277 7776"]
    assert found(PaymentCardRecognizer(), "maestro 5018 1277 7775") == []  # Luhn fails


@pytest.mark.parametrize(
    "text",
    [
        "order 123477777777774 shipped",  # 15 digits from 1 (UATP-shaped): not bare
        "ticket 700077777774",  # 12 digits, no scheme
        "Luhn-valid but 13 digits of JCB: 3522777777772",
        "ordine n. 632177777778 del 12/03/2026",  # 12 digits in a 63 range Maestro does not issue 12 in
        "prezzo 1.299,00 EUR, 2 pezzi",
    ],
)
def test_no_card_in_ordinary_numbers(text: str) -> None:
    assert found(PaymentCardRecognizer(), text) == []


# 4000000000006 is a 13-digit Visa (Luhn) and a valid EAN-13 (GS1 check digit) at once.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EAN 4000000000006, prezzo 19,99", []),
        ("GTIN: 4000000000006", []),
        ("codice a barre 4000000000006", []),
        ("El código de barras es 4000000000006, ¿lo tenéis?", []),
        ("Strichcode 4000000000006", []),
        ("code-barres 4000000000006", []),
        # not labelled, or labelled a card too, or not a valid EAN: still a card
        ("4000000000006", ["4000000000006"]),
        ("pago con 4000000000006", ["4000000000006"]),
        ("EAN carta 4000000000006", ["4000000000006"]),
        ("EAN 4000000000014", ["4000000000014"]),  # Luhn-valid, GS1 check digit wrong
        ("EAN 4111 1111 1111 1111", ["4111 1111 1111 1111"]),  # a grouped 16-digit card is never a barcode
    ],
)
def test_labelled_barcodes_are_not_cards(text: str, expected: list[str]) -> None:
    assert found(PaymentCardRecognizer(), text) == expected
