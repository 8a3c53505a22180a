"""Brazil CNPJ (company registry number): 14 digits, two mod-11 check digits.

Companies are not data subjects, but a sole trader's CNPJ identifies a person,
and a CNPJ typed in a chat is rarely the business's own (that one goes in the
allow-list).
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.checksums import cnpj_ok


class BrCnpjRecognizer(ChecksumPatternRecognizer):
    """CNPJ as `12.345.678/0001-95` (strong) or 14 bare digits (weak)."""

    ENTITY = "BR_CNPJ"
    PATTERNS = (
        ("cnpj formatted", r"(?<![\d.])\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}(?![\d-])", 0.9),
        ("cnpj bare", r"(?<![\d.+])\d{14}(?!\d)", 0.35),
    )
    CONTEXT = ("cnpj", "empresa", "receita")

    def checksum(self, normalised: str) -> bool:
        return cnpj_ok(normalised)
