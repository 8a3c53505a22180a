"""`settle` reads a message's shop talk (`_shop_context`) only for the model's spans, the only ones it
judges by it: a message whose spans are all the rules' does not look up its words."""

from __future__ import annotations

import pytest

from proxy.detection import filters
from proxy.detection.filters import NER_RECOGNIZER, settle
from proxy.detection.settings import Span


def _refuse(_text: str) -> bool:
    raise AssertionError("shop talk read for a message with no model span")


def test_no_model_span_reads_no_shop_talk(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Please send the new sofa to Jonas, phone +44 20 7946 0018"
    spans = [
        Span("PERSON", text.index("Jonas"), text.index("Jonas") + 5, 0.85, "GivenNameRecognizer"),
        Span("PHONE_NUMBER", text.index("+44"), len(text), 0.95, "PhoneNumberRecognizer"),
    ]
    expected = settle(text, spans, "en", ner_filter=True)
    monkeypatch.setattr(filters, "_shop_context", _refuse)
    assert settle(text, spans, "en", ner_filter=True) == expected


def test_a_model_span_still_reads_shop_talk(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Do you have the Juniper sofa in stock?"
    spans = [Span("PERSON", text.index("Juniper"), text.index("Juniper") + 7, 0.85, NER_RECOGNIZER)]
    read: list[str] = []
    original = filters._shop_context

    def counted(value: str) -> bool:
        read.append(value)
        return original(value)

    monkeypatch.setattr(filters, "_shop_context", counted)
    settle(text, spans, "en", ner_filter=True)
    assert read == [text]
