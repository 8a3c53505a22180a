"""E-mail addresses, validated without any network or suffix-list download.

Presidio's `EmailRecognizer` validates with `tldextract`, whose first use tries
to download the public suffix list (DECISIONS item 20c). Here the shape rules
of RFC 5321/5322 as people type them are checked directly: a local part without
leading, trailing or doubled dots, a domain of valid labels, and a top-level
label of 2–24 letters (or an IDNA `xn--` label). That accepts every delegated
TLD without a list, and rejects `file@2x.png`-style look-alikes whose "TLD" is
not alphabetic. Internationalised addresses (letters beyond ASCII) are accepted.
"""

from __future__ import annotations

import re

from presidio_analyzer import PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.checksum_pattern_recognizer import fast_pattern_analyze
from recognizers.stdlib_pattern import StdlibPattern

_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_EMAIL = rf"(?<![\w.%+'-])[\w.%+'-]{{1,64}}@(?:{_LABEL}\.)+(?:xn--[\w-]{{2,59}}|[^\W\d_]{{2,24}})\b"
_FILE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "webp", "svg", "pdf"})


class EmailAddressRecognizer(PatternRecognizer):
    """E-mail addresses; a valid shape scores 1.0, anything else is dropped."""

    CONTEXT = ("email", "e-mail", "mail", "correo", "courriel", "posta")

    def __init__(self, supported_language: str = "en") -> None:
        pattern = StdlibPattern("email", _EMAIL, 0.5)
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            patterns=[pattern],
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE | re.IGNORECASE,
        )
        self.compiled = [(pattern, re.compile(_EMAIL, re.DOTALL | re.MULTILINE | re.IGNORECASE).finditer)]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's pattern loop without its per-call overhead (checksum_pattern_recognizer)."""
        if "@" not in text:
            return []
        return fast_pattern_analyze(self, self.compiled, text)

    def validate_result(self, pattern_text: str) -> bool:
        local, _, domain = pattern_text.rpartition("@")
        if not local or local[0] == "." or local[-1] == "." or ".." in local:
            return False
        labels = domain.split(".")
        if len(domain) > 253 or any(not 0 < len(label) <= 63 for label in labels):
            return False
        return labels[-1].lower() not in _FILE_SUFFIXES
