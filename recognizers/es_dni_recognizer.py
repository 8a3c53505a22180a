"""Spain DNI/NIF (8 digits + mod-23 letter) and NIE (X/Y/Z + 7 digits + letter).

One recognizer per entity (ES_NIF, ES_NIE: Presidio's names) because Presidio's
`PatternRecognizer` reports one entity; both share `dni_ok`.
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.checksums import dni_ok


class EsDniRecognizer(ChecksumPatternRecognizer):
    """DNI/NIF `12345678Z` or `12345678-Z`; the letter is a 1-in-23 check."""

    ENTITY = "ES_NIF"
    PATTERNS = (("dni", r"(?<![\w.])\d{8}[ -]?[A-Z](?!\w)", 0.8),)
    CONTEXT = ("dni", "nif", "documento", "identidad")

    def checksum(self, normalised: str) -> bool:
        return dni_ok(normalised)
