"""The second hand-written address tune set (`bench.address_handwritten_tune2`) holds what its docstring
promises: 60+ Indian addresses, 15+ of each other shape, 80+ no-PII lines a language, gold spans that
cover their address exactly; and its report reads it, not the first set's messages."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import address_handwritten_tune2 as tune2
from bench.address_handwritten_tune import Spans, report


def test_counts_are_as_promised() -> None:
    assert len(tune2.ADDRESSES["IN"]) >= 60
    for country in ("BR", "FR", "DE", "ES", "IT"):
        assert len(tune2.ADDRESSES[country]) >= 15
    for lines in tune2.CLEAN.values():
        assert len(lines) >= 80
        assert len(set(lines)) == len(lines)


def test_every_gold_span_is_its_address() -> None:
    messages = tune2.messages()
    addresses = [a for values in tune2.ADDRESSES.values() for a in values]
    golds = [m.text[s:e] for m in messages for _, s, e in m.gold]
    assert golds == addresses
    assert Counter(m.kind for m in messages)["clean"] == sum(len(v) for v in tune2.CLEAN.values())


def test_the_report_reads_the_messages_it_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    def nothing(texts: list[str], lang: str) -> list[Spans]:
        return [[] for _ in texts]

    out = report(nothing, 0, tune2.messages())
    assert out["IN"] == 0.0 and out["clean-de"] == 1.0
    assert f"IN  {len(tune2.ADDRESSES['IN']):4d} fully protected" in capsys.readouterr().out
