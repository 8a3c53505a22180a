"""Helpers for recognizer tables: run one recognizer directly, no NLP model."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer


def found(recognizer: EntityRecognizer, text: str, min_score: float = 0.0) -> list[str]:
    """Matched substrings, in text order, scoring at least `min_score`."""
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start) if r.score >= min_score]


def scores(recognizer: EntityRecognizer, text: str) -> dict[str, float]:
    return {text[r.start : r.end]: r.score for r in recognizer.analyze(text, [], None)}
