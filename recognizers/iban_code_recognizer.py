"""IBAN for every country in the ISO 13616 registry (and the experimental list).

A plain regex cannot know where an IBAN typed with spaces ends: in
"IT60 X054 2811 1010 0000 0123 456 ok" the word "ok" fits the shape of a last
group. So the regex only finds a country code and check digits, and the IBAN is
then read to the exact length that country demands before the mod-97 check,
which is strong (1 in 97 on top of the country/length rule): a valid IBAN
scores 1.0.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.checksums import IBAN_LENGTHS, iban_ok

_CANDIDATE = re.compile(r"\b([A-Z]{2}\d{2})(?=[ \-]?[A-Z0-9])", re.IGNORECASE)


class IbanCodeRecognizer(EntityRecognizer):
    """IBAN_CODE, compact or grouped by spaces or dashes, any letter case."""

    CONTEXT = ("iban", "bank", "conto", "cuenta", "compte", "konto", "conta", "bonifico")

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["IBAN_CODE"],
            supported_language=supported_language,
            context=list(self.CONTEXT),
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for match in _CANDIDATE.finditer(text):
            end = _iban_end(text, match)
            if end is not None:
                results.append(self._result(match.start(), end))
        return results

    def _result(self, start: int, end: int) -> RecognizerResult:
        """Name and id metadata are added by AnalyzerEngine; the explanation is
        needed by Presidio's context enhancer."""
        return RecognizerResult(
            entity_type="IBAN_CODE",
            start=start,
            end=end,
            score=1.0,
            analysis_explanation=AnalysisExplanation(recognizer=type(self).__name__, original_score=1.0),
        )


def _iban_end(text: str, match: re.Match[str]) -> int | None:
    """End offset of a valid IBAN starting at `match`, or None."""
    length = IBAN_LENGTHS.get(match.group(1)[:2].upper())
    if length is None:
        return None
    chars: list[str] = []
    pos = match.start()
    while pos < len(text) and len(chars) < length:
        ch = text[pos]
        if ch.isascii() and ch.isalnum():
            chars.append(ch.upper())
        elif ch not in " -" or not chars:
            return None
        pos += 1
    if len(chars) != length or (pos < len(text) and text[pos].isalnum()):
        return None
    return pos if iban_ok("".join(chars)) else None
