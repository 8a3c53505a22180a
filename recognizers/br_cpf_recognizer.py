"""Brazil CPF (Cadastro de Pessoas Físicas): 11 digits, two mod-11 check digits.

Two check digits pass for about 1 random 11-digit run in 100 (1 in 10 for a
single check digit like the partita IVA's), so a bare CPF that passes them is
evidence on its own: it scores 0.65, above the default threshold without a
context word, and above the 0.6 of a bare national phone number (a valid
Brazilian mobile number is also 11 digits; a string that is both is about 6x
more likely a CPF). Repeated digits ("111.111.111-11") pass mod 11 but are
never issued and are refused. The formatted shape with both check digits is
certain (1.0): it beats a "00…" reading of the same digits as a phone
("009.525.143-03" is not a call to +95).
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.checksums import cpf_ok


class BrCpfRecognizer(ChecksumPatternRecognizer):
    """CPF as `123.456.789-09` (1.0) or 11 bare digits (0.65, see module doc)."""

    ENTITY = "BR_CPF"
    PATTERNS = (
        ("cpf formatted", r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])", 1.0),
        ("cpf bare", r"(?<![\d.+])\d{11}(?![\d])", 0.65),
    )
    CONTEXT = ("cpf", "cadastro", "contribuinte", "receita")

    def checksum(self, normalised: str) -> bool:
        return cpf_ok(normalised)
