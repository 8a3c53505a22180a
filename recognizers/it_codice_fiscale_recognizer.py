"""Italy codice fiscale: 16 characters, the last a control character.

Omocodia (digits replaced by letters LMNPQRSTUV when two people collide) is
accepted: the control character covers the substituted form too.
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.checksums import fiscal_code_ok

_D = "[0-9LMNPQRSTUV]"


class ItCodiceFiscaleRecognizer(ChecksumPatternRecognizer):
    """Codice fiscale; a 1-in-26 control character plus a strict shape: strong."""

    ENTITY = "IT_FISCAL_CODE"
    PATTERNS = (
        (
            "codice fiscale",
            rf"\b[A-Z]{{6}}{_D}{{2}}[ABCDEHLMPRST]{_D}{{2}}[A-Z]{_D}{{3}}[A-Z]\b",
            0.9,
        ),
    )
    CONTEXT = ("codice", "fiscale", "cf", "tax", "fiscal")

    def checksum(self, normalised: str) -> bool:
        return fiscal_code_ok(normalised)
