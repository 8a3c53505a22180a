"""Italy partita IVA (VAT number): 11 digits, a Luhn-style check digit.

A 1-in-10 check on a bare 11-digit run is weak (order numbers pass it), so the
bare form scores below the threshold unless a context word or the `IT` prefix
is present.
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.checksums import partita_iva_ok


class ItPartitaIvaRecognizer(ChecksumPatternRecognizer):
    """Partita IVA, `IT12345678903` (strong) or 11 bare digits (weak)."""

    ENTITY = "IT_VAT_CODE"
    PATTERNS = (
        ("partita iva prefixed", r"\bIT ?\d{11}(?!\d)", 0.85),
        ("partita iva bare", r"(?<![\d.+])\d{11}(?!\d)", 0.3),
    )
    CONTEXT = ("iva", "partita", "vat", "p.iva", "piva")

    def checksum(self, normalised: str) -> bool:
        return partita_iva_ok(normalised.removeprefix("IT"))
