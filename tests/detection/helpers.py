"""Detection test helpers: settings with a few overrides, and what an analyzer found."""

from __future__ import annotations

from typing import Any

from proxy.detection.detector import Analyzer, DetectionSettings

EXTRA = "tests.detection.extra_recognizer:TicketIdRecognizer"


def settings(**overrides: Any) -> DetectionSettings:
    base: dict[str, Any] = {"phone_regions": ("IT", "FR")}
    return DetectionSettings.model_validate({**base, **overrides})


def found(analyzer: Analyzer, text: str, language: str, **kw: object) -> set[tuple[str, str]]:
    """(entity, text) pairs the analyzer finds in one text."""
    [spans] = analyzer.analyze([text], language=language, **kw)  # type: ignore[arg-type]
    return {(s.entity, text[s.start : s.end]) for s in spans}


def at(text: str, value: str) -> tuple[int, int]:
    """The offsets of `value`'s first occurrence in `text`: gold spans are computed, never typed."""
    start = text.index(value)
    return start, start + len(value)


class CountingMakeDoc:
    """A pipeline's `make_doc`, counting its calls: how often a rule made the doc it may skip."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.calls = 0

    def __call__(self, text: str) -> Any:
        self.calls += 1
        return self.nlp.make_doc(text)
