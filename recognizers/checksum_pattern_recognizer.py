"""Base for regex + check-digit recognizers.

Why not plain `PatternRecognizer` + `validate_result -> True`: Presidio then sets
every validated match to score 1.0, so a bare 11-digit order number that happens
to pass a 1-in-10 checksum would be as certain as a formatted CPF. Here a failed
check drops the match (False) and a passed one keeps the *pattern's* score
(None), so formatted shapes score high and bare digit runs score low until a
context word lifts them above the threshold.

Subclasses set `ENTITY`, `PATTERNS` ((name, regex, score) tuples: fresh
`Pattern` objects are built per instance because Presidio caches the compiled
regex on the Pattern), `CONTEXT` (lower-case words in every supported language,
matched as substrings of lower-cased tokens), optionally `CASE_SENSITIVE`, and
implement `checksum(normalised)`. `normalise` strips separators and upper-cases.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

_SEPARATORS = re.compile(r"[\s.\-/]")


class ChecksumPatternRecognizer(PatternRecognizer):
    """A pattern recognizer whose matches must pass `checksum` (see module doc)."""

    ENTITY = "GENERIC_ID"
    PATTERNS: tuple[tuple[str, str, float], ...] = ()
    CONTEXT: tuple[str, ...] = ()
    CASE_SENSITIVE = False

    def __init__(self, supported_language: str = "en") -> None:
        flags = re.DOTALL | re.MULTILINE | (0 if self.CASE_SENSITIVE else re.IGNORECASE)
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=[Pattern(name, rx, score) for name, rx, score in self.PATTERNS],
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=flags,
        )

    @staticmethod
    def normalise(text: str) -> str:
        return _SEPARATORS.sub("", text).upper()

    def checksum(self, normalised: str) -> bool:
        """Subclasses override; the base accepts everything."""
        return True

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if self.checksum(self.normalise(pattern_text)) else False
