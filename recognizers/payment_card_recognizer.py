"""Payment card numbers: issuer prefix (IIN), length and Luhn.

Mastercard's 2-series (2221–2720) is included, which Presidio's
`CreditCardRecognizer` regex predates. Grouped shapes (4-4-4-4, Amex 4-6-5,
Diners 4-6-4, 19-digit 4-4-4-4-3) are matched group by group so that an expiry
year typed after the number ("… 1111 2027") is not swallowed into it.
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.checksums import luhn_ok

_S = r"[ -]"


def issuer_ok(digits: str) -> bool:
    """True when the IIN and length belong to a card scheme that issues them."""
    n = len(digits)
    p2, p4, p6 = int(digits[:2]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4":  # Visa (13, 16, 19)
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:  # Mastercard
        return n == 16
    if p2 in (34, 37):  # American Express
        return n == 15
    if p2 in (36, 38, 39) or 300 <= p4 // 10 <= 305:  # Diners
        return 14 <= n <= 19
    if p4 == 6011 or p2 == 65 or 644 <= p4 // 10 <= 649 or 622126 <= p6 <= 622925:  # Discover
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:  # JCB
        return 16 <= n <= 19
    if p2 == 62 or p2 == 81:  # UnionPay
        return 16 <= n <= 19
    if p2 in (50, 56, 57, 58, 63, 67, 68, 69) or p2 == 60:  # Maestro and others
        return 12 <= n <= 19
    return False


class PaymentCardRecognizer(ChecksumPatternRecognizer):
    """CREDIT_CARD (Presidio's entity name), grouped or compact."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = (
        ("card 4x4", rf"(?<![\d-])\d{{4}}({_S})\d{{4}}\1\d{{4}}\1\d{{4}}(?:\1\d{{3}})?(?!\d)", 0.9),
        ("card amex/diners", rf"(?<![\d-])\d{{4}}({_S})\d{{6}}\1\d{{4,5}}(?![\d])", 0.9),
        ("card compact", r"(?<![\d.+-])\d{13,19}(?!\d)", 0.8),
    )
    CONTEXT = ("card", "carta", "tarjeta", "carte", "karte", "cartão", "cartao", "visa",
               "mastercard", "amex", "credit", "credito", "crédito", "kredit")  # fmt: skip

    def checksum(self, normalised: str) -> bool:
        digits = normalised.replace(" ", "")
        return 12 <= len(digits) <= 19 and luhn_ok(digits) and issuer_ok(digits)
