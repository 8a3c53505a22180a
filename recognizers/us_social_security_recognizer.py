"""US Social Security number. SSNs have no check digit; the validity rules
(area not 000, 666 or 9xx; group not 00; serial not 0000; not the well-known
advertising numbers) stand in for one. Named apart from Presidio's
`UsSsnRecognizer` so its name lookup stays unambiguous.
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer

_INVALID = frozenset({"078051120", "219099999", "123456789", "111111111"})


class UsSocialSecurityRecognizer(ChecksumPatternRecognizer):
    """`123-45-6789` / `123 45 6789` (medium) or 9 bare digits (weak)."""

    ENTITY = "US_SSN"
    PATTERNS = (
        ("ssn grouped", r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])", 0.6),
        ("ssn bare", r"(?<![\d.+])\d{9}(?!\d)", 0.3),
    )
    CONTEXT = ("ssn", "social security", "social", "security")

    def checksum(self, normalised: str) -> bool:
        digits = normalised.replace(" ", "")
        if len(digits) != 9 or not digits.isdigit() or digits in _INVALID:
            return False
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        return not (area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000")
