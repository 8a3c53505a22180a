"""Veil's own token shapes typed (or pasted) by a customer, as entity VEIL_TOKEN.

A token must never re-enter Veil from WhatsApp: a customer who pastes
`tok_person_…` could otherwise make a CRM reveal someone else's value. The
caller tokenises these spans again like any PII. Shapes (docs/design.md, Tokens),
found case-insensitively, with no check-digit test (a shape is enough to be
unsafe):

- `tok_<entity>_<26 base32>`;
- 15 digits starting with the spare calling code (default 289), with spaces,
  dashes, dots, parentheses and a leading `+` ignored;
- `QZ.<20 digits>` and `QZ.ENT.<20 digits>`;
- `wamid.<26 base32>`.
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer


class VeilTokenRecognizer(ChecksumPatternRecognizer):
    """VEIL_TOKEN for every token shape; `phone_token_prefix` follows vault config."""

    ENTITY = "VEIL_TOKEN"

    def __init__(self, supported_language: str = "en", phone_token_prefix: int = 289) -> None:
        sep = r"[ .\-()]*"
        prefix = sep.join(str(phone_token_prefix))
        rest = 15 - len(str(phone_token_prefix))
        digit_token = rf"(?<![\w+])\+?\(?{prefix}(?:{sep}\d){{{rest}}}(?!\d)"
        self.PATTERNS = (
            ("text token", r"\btok_[a-z][a-z0-9_]{1,40}_[a-z2-7]{26}\b", 1.0),
            ("digit token", digit_token, 1.0),
            ("bsuid token", r"\bQZ\.(?:ENT\.)?\d{20}\b", 1.0),
            ("wamid token", r"\bwamid\.[a-z2-7]{26}(?![A-Za-z0-9+/=_-])", 1.0),
        )  # fmt: skip
        super().__init__(supported_language=supported_language)

    def validate_result(self, pattern_text: str) -> None:
        return None
