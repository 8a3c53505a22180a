"""India Aadhaar: 12 digits, first 2–9, the last a Verhoeff check digit.

Verhoeff is a 1-in-10 check, so a bare 12-digit run is weak evidence (and
collides with international phone numbers); the `1234 5678 9012` grouping that
UIDAI prints is strong.
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.checksums import verhoeff_ok


class InAadhaarNumberRecognizer(ChecksumPatternRecognizer):
    """Aadhaar `2345 6789 0124` (grouped) or 12 bare digits (weak)."""

    ENTITY = "IN_AADHAAR"
    PATTERNS = (
        ("aadhaar grouped", r"(?<![\d+])[2-9]\d{3}([ -])\d{4}\1\d{4}(?![\d-])", 0.75),
        ("aadhaar bare", r"(?<![\d.+])[2-9]\d{11}(?!\d)", 0.3),
    )
    CONTEXT = ("aadhaar", "aadhar", "uid", "uidai")

    def checksum(self, normalised: str) -> bool:
        digits = normalised.replace(" ", "")
        return len(digits) == 12 and len(set(digits)) > 1 and verhoeff_ok(digits)
