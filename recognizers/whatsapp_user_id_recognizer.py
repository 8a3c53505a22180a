"""WhatsApp business-scoped user ids (BSUIDs) typed or pasted in text.

Shapes: `US.13491208655302741918` and parent BSUIDs `US.ENT.…` (ISO country
code, dot, digits). Case-sensitive: the country code is always in capitals, and
"us.1234567" in prose is not one. `QZ.` ids are Veil's own tokens
(`VeilTokenRecognizer`), never a country, so they are left to that recognizer.
At least 6 digits, so "US.1" in "U.S. 1st" style text is not matched.
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer


class WhatsAppUserIdRecognizer(ChecksumPatternRecognizer):
    """WHATSAPP_USER_ID for BSUIDs and parent BSUIDs."""

    ENTITY = "WHATSAPP_USER_ID"
    CASE_SENSITIVE = True
    PATTERNS = (("bsuid", r"\b[A-Z]{2}\.(?:ENT\.)?\d{6,}\b", 0.95),)
    CONTEXT = ("user", "id", "bsuid")

    @staticmethod
    def normalise(text: str) -> str:
        return text

    def checksum(self, normalised: str) -> bool:
        return not normalised.startswith("QZ.")
