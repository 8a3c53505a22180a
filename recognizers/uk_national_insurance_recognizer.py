"""UK National Insurance number (NINO). No check digit: the prefix rules of
HMRC's NIM39110 (no D F I Q U V; second letter not O; BG GB KN NK NT TN ZZ never
issued) and the A–D suffix narrow it instead.
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer

_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


class UkNationalInsuranceRecognizer(ChecksumPatternRecognizer):
    """`QQ 12 34 56 C`, `QQ123456C`."""

    ENTITY = "UK_NINO"
    PATTERNS = (
        (
            "nino",
            r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
            0.8,
        ),
    )
    CONTEXT = ("national insurance", "insurance", "nino", "ni number")

    def checksum(self, normalised: str) -> bool:
        value = normalised.replace(" ", "")
        return len(value) == 9 and value[:2] not in _BAD_PREFIXES
