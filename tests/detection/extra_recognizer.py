"""A recognizer living outside Veil, registered by module path in the tests."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer


class TicketIdRecognizer(PatternRecognizer):
    """Support tickets `TKT-123456`."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="TICKET_ID",
            patterns=[Pattern("ticket", r"\bTKT-\d{6}\b", 0.9)],
            supported_language=supported_language,
        )


class NotARecognizer:
    pass
