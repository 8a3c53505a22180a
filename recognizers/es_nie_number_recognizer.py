"""Spain NIE (foreigners' identity number): X/Y/Z, 7 digits, mod-23 letter."""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.checksums import dni_ok


class EsNieNumberRecognizer(ChecksumPatternRecognizer):
    """NIE `X1234567L`, `X-1234567-L`; the letter is a 1-in-23 check."""

    ENTITY = "ES_NIE"
    PATTERNS = (("nie", r"(?<![\w.])[XYZ][ -]?\d{7}[ -]?[A-Z](?!\w)", 0.85),)
    CONTEXT = ("nie", "extranjero", "identidad", "documento")

    def checksum(self, normalised: str) -> bool:
        return dni_ok(normalised)
