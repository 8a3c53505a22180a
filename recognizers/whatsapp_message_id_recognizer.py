"""WhatsApp message ids (`wamid.…`) in text.

A wamid is base64 of a record that starts with the chat's phone number
(DECISIONS item 2), so a pasted wamid is PII. Veil's own wamid tokens
(`wamid.` + 26 base32 characters) are left to `VeilTokenRecognizer`.
"""

from __future__ import annotations

import re

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer

_VEIL_WAMID = re.compile(r"wamid\.[a-z2-7]{26}", re.IGNORECASE)


class WhatsAppMessageIdRecognizer(ChecksumPatternRecognizer):
    """WHATSAPP_MESSAGE_ID."""

    ENTITY = "WHATSAPP_MESSAGE_ID"
    CASE_SENSITIVE = True
    PATTERNS = (("wamid", r"\bwamid\.[A-Za-z0-9+/=_-]{8,}", 0.95),)

    @staticmethod
    def normalise(text: str) -> str:
        return text

    def checksum(self, normalised: str) -> bool:
        return _VEIL_WAMID.fullmatch(normalised) is None
