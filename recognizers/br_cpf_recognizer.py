"""Brazil CPF (Cadastro de Pessoas Físicas): 11 digits, two mod-11 check digits."""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.checksums import cpf_ok


class BrCpfRecognizer(ChecksumPatternRecognizer):
    """CPF as `123.456.789-09` (strong) or 11 bare digits (weak: needs a context word)."""

    ENTITY = "BR_CPF"
    PATTERNS = (
        ("cpf formatted", r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])", 0.9),
        ("cpf bare", r"(?<![\d.+])\d{11}(?![\d])", 0.35),
    )
    CONTEXT = ("cpf", "cadastro", "contribuinte", "receita")

    def checksum(self, normalised: str) -> bool:
        return cpf_ok(normalised)
