"""Payment card numbers: issuer prefix (IIN), length and Luhn.

Every scheme's ranges live in one table, `IIN_TABLE` (prefix range, lengths),
from the schemes' published IIN ranges as listed on Wikipedia's "Payment card
number" page: Visa, Mastercard (2-series 2221–2720 included, which Presidio's
`CreditCardRecognizer` regex predates), Amex, Diners, Discover, JCB (all of
35xx, which card generators use, 3088/3096/3112/3158/3337, and the 15-digit
1800/2131), UnionPay, Maestro (12–19 digits), Mir, RuPay, Troy, Verve,
Dankort, InterPayment, InstaPayment, BC Global. UATP (any 15 digits starting
with 1) is left out of the bare shapes: one 15-digit order number in ten
starting with 1 would pass; a labelled "card number" still is tokenised
(`LabelledIdentifierRecognizer`). Grouped shapes (4-4-4[-4[-3]], Amex 4-6-5,
Diners 4-6-4) are matched group by group so that an expiry year typed after
the number ("… 1111 2027") is not swallowed into it.

A barcode is not a card: one 13-digit EAN in ten is Luhn-valid with a card's prefix
(a 13-digit Visa starts with 4, as do German EANs). A compact 12–14-digit run is left
alone only when a barcode word (EAN, GTIN, UPC, barcode, "codice a barre", "código de
barras", "code-barres", "Strichcode") sits within the three words before it, no card
word does, and its GS1 check digit is valid; unlabelled, the same digits are still a
card.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.checksums import gtin_ok, luhn_ok
from recognizers.digit_runs import DigitRuns

_S = r"[ -]"
_WORD = re.compile(r"[^\W\d_]+")
# Stems (lower case) that label a digit run as a barcode, in the six languages.
_BARCODE = ("ean", "gtin", "upc", "barcode", "barre", "barras", "strichcode", "produktcode")

# (first prefix, last prefix, lengths): a number belongs to a scheme when its first
# len(first) digits are within [first, last] and its length is listed.
_16_19 = frozenset(range(16, 20))
_12_19 = frozenset(range(12, 20))
_13_19 = frozenset(range(13, 20))
IIN_TABLE: tuple[tuple[str, str, frozenset[int]], ...] = (
    ("4", "4", frozenset({13, 16, 19})),  # Visa, Visa Electron
    ("51", "55", frozenset({16})), ("2221", "2720", frozenset({16})),  # Mastercard
    ("34", "34", frozenset({15})), ("37", "37", frozenset({15})),  # American Express
    ("300", "305", frozenset(range(14, 20))), ("3095", "3095", frozenset(range(14, 20))),  # Diners
    ("36", "36", frozenset(range(14, 20))), ("38", "39", _16_19),  # Diners International
    ("6011", "6011", _16_19), ("644", "649", _16_19), ("65", "65", _16_19),  # Discover
    ("622126", "622925", _16_19),  # Discover co-branded UnionPay
    ("3500", "3589", _16_19),  # JCB (3528-3589 issued; generators use all of 35xx)
    ("3088", "3088", frozenset({16})), ("3096", "3096", frozenset({16})),  # JCB legacy
    ("3112", "3112", frozenset({16})), ("3158", "3158", frozenset({16})), ("3337", "3337", frozenset({16})),
    ("1800", "1800", frozenset({15})), ("2131", "2131", frozenset({15})),  # JCB 15-digit
    ("62", "62", frozenset(range(14, 20))), ("81", "81", _16_19),  # UnionPay
    ("50", "50", _13_19), ("56", "58", _12_19), ("60", "60", _13_19), ("63", "63", _13_19),  # Maestro
    ("67", "69", _13_19),  # Maestro; 12 digits only in the ranges Maestro issues them in:
    ("5018", "5018", _12_19), ("5020", "5020", _12_19), ("5038", "5038", _12_19), ("5893", "5893", _12_19),
    ("6304", "6304", _12_19), ("6390", "6390", _12_19), ("6759", "6759", _12_19), ("6761", "6763", _12_19),
    ("0604", "0604", _12_19),
    ("2200", "2204", _16_19),  # Mir
    ("82", "82", frozenset({16})), ("508", "508", frozenset({16})),  # RuPay (60, 65, 81 above)
    ("9792", "9792", frozenset({16})),  # Troy
    ("506099", "506198", frozenset({16, 18, 19})), ("650002", "650027", frozenset({16, 18, 19})),  # Verve
    ("507865", "507964", frozenset({16, 18, 19})),  # Verve
    ("5019", "5019", frozenset({16})),  # Dankort
    ("636", "636", _16_19), ("637", "639", frozenset({16})),  # InterPayment, InstaPayment
    ("94", "94", frozenset({16})),  # BC Global
)  # fmt: skip


def issuer_ok(digits: str) -> bool:
    """True when the IIN and length belong to a card scheme that issues them (`IIN_TABLE`)."""
    n = len(digits)
    return any(first <= digits[: len(first)] <= last and n in lengths for first, last, lengths in IIN_TABLE)


class PaymentCardRecognizer(ChecksumPatternRecognizer):
    """CREDIT_CARD (Presidio's entity name), grouped or compact."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = (
        ("card 4x4", rf"(?<![\d-])\d{{4}}({_S})\d{{4}}\1\d{{4}}(?:\1\d{{4}}(?:\1\d{{3}})?|\1\d{{3}})?(?!\d)", 0.9),
        ("card amex/diners", rf"(?<![\d-])\d{{4}}({_S})\d{{6}}\1\d{{4,5}}(?![\d])", 0.9),
        ("card compact", r"(?<![\d.+-])\d{12,19}(?!\d)", 0.8),
    )
    CONTEXT = ("card", "carta", "tarjeta", "carte", "karte", "cartão", "cartao", "visa",
               "mastercard", "amex", "credit", "credito", "crédito", "kredit")  # fmt: skip

    def checksum(self, normalised: str) -> bool:
        digits = normalised.replace(" ", "")
        return 12 <= len(digits) <= 19 and luhn_ok(digits) and issuer_ok(digits)

    def found_in(self, text: str, runs: DigitRuns) -> list[RecognizerResult]:
        results = super().found_in(text, runs)
        return [r for r in results if not _labelled_barcode(text, r.start, r.end)]


def _labelled_barcode(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a compact GTIN with a valid check digit that a barcode word,
    and no card word, labels within the three words before it (module doc)."""
    digits = text[start:end]
    if not (digits.isdigit() and 12 <= len(digits) <= 14 and gtin_ok(digits)):
        return False
    before = [w.lower() for w in _WORD.findall(text[max(0, start - 48) : start])][-3:]
    if any(c in w for w in before for c in PaymentCardRecognizer.CONTEXT):
        return False
    return any(w.startswith(_BARCODE) for w in before)
