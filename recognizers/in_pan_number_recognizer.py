"""India PAN (Permanent Account Number): `AAAPA1234A`.

PAN has no published check digit; the fourth letter (holder type: P person,
C company, H HUF, F firm, A AOP, T trust, B BOI, L local authority, J artificial
juridical person, G government) is the structural check. Case-sensitive: PANs are
written in capitals, and lower-case 10-character words are usually not PANs.
"""

from __future__ import annotations

from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer


class InPanNumberRecognizer(ChecksumPatternRecognizer):
    """PAN in capitals."""

    ENTITY = "IN_PAN"
    CASE_SENSITIVE = True
    PATTERNS = (("pan", r"\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b", 0.75),)
    CONTEXT = ("pan", "permanent account", "income tax")
