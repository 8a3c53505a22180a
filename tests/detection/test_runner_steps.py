"""The runner's steps (`LanguageRunner._steps_for`): what it leaves out of a text changes no span."""

from __future__ import annotations

from typing import Any

import pytest

import recognizers
from proxy.detection.engine import Analyzer
from proxy.detection.runner import _CHECKSUM, _FAST, LanguageRunner
from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.digit_runs import DigitRuns, longest_run

# Look-alikes of every structured shape, and chat with no digit at all: each language's texts
_TEXTS = [
    "", "ciao, come stai?", "thanks Anna, see you tomorrow", "order 4821 of 12/05/2024", "10.0.0.1",
    "fe80::1ff:fe23:4567:890a", "chiamami al 347 123 4567", "call me on +44 20 7946 0018", "CPF 12345678909",
    "123.456.789-09", "4111 1111 1111 1111", "IT12345678901", "X1234567L", "12345678Z", "123-45-6789",
    "2345 6789 0123", "234567890123", "via Roma 12, 20121 Milano", "10 Downing Street, London SW1A 2AA",
    "QQ 12 34 56 C", "tier: gold member", "ORD-12345", "AB.ENT.123456", "١٢٣٤٥ Arabic-Indic digits",
]  # fmt: skip


def _texts() -> list[str]:
    from bench.corpus import generate

    return _TEXTS + [m.text for m in generate("tune", per_cell=30)]


def _every_step(runner: LanguageRunner) -> tuple[tuple[int, Any, Any], ...]:
    """The steps with nothing left out: every fast pattern, every checksum recognizer called."""
    steps = runner._steps_for(runner._needed)
    return tuple((kind, rec, 0 if kind == _CHECKSUM else data) for kind, rec, data in steps)


def test_steps_leave_out_no_span(blank_analyzer: Analyzer) -> None:
    """`rule_spans` with the steps a text's characters and digit run allow finds what it finds with every
    recognizer run on every text, span for span and in the same order."""
    texts = _texts()
    for runner in blank_analyzer.runners.values():
        nlp = blank_analyzer.pipelines[runner.language]
        docs = [nlp.make_doc(t) for t in texts]
        got = [runner.rule_spans(t, d) for t, d in zip(texts, docs, strict=True)]
        every = _every_step(runner)
        runner._steps = {}
        runner._steps_for = lambda have, every=every: every  # type: ignore[method-assign]
        try:
            assert [runner.rule_spans(t, d) for t, d in zip(texts, docs, strict=True)] == got
        finally:
            del runner._steps_for
            runner._steps = {}
        assert any(got)


def test_steps_for_a_text_without_digits_or_colons(blank_analyzer: Analyzer) -> None:
    """A chat line with no digit, dot or colon leaves out the fast recognizers whose every pattern needs one,
    and keeps every other recognizer in its order."""
    runner = blank_analyzer.runners["it"]
    steps = runner._steps_for(frozenset({" "}))
    kept = [rec for _, rec, _ in steps]
    assert kept == [rec for rec in runner.text_only if rec in kept]  # the runner's order
    names = {str(getattr(rec, "name", "")) for kind, rec, _ in steps if kind == _FAST}
    assert "IpRecognizer" not in names
    everything = runner._steps_for(runner._needed)
    assert "IpRecognizer" in {str(getattr(rec, "name", "")) for kind, rec, _ in everything if kind == _FAST}
    assert len(everything) == len(runner.text_only)


@pytest.mark.parametrize("text", ["no digits here", "+33 6 12 34 08 17", "pedido 4821 de 12/05/2024", "12:30"])
def test_a_checksum_recognizer_below_its_least_run_finds_nothing(text: str) -> None:
    """`least_run` is the shortest run any pattern of the recognizer needs: below it, `found_in` (a
    subclass's too, the card's barcode filter) finds nothing, so the runner does not call it."""
    classes = [c for c in vars(recognizers).values()
               if isinstance(c, type) and issubclass(c, ChecksumPatternRecognizer)]  # fmt: skip
    skipped = 0
    for cls in classes:
        rec = cls()
        assert rec.least_run == min(rec.digit_runs, default=0)
        if longest_run(text) < rec.least_run:
            skipped += 1
            assert rec.found_in(text, DigitRuns(text)) == []
            every = cls()
            every.digit_runs = [0] * len(every.digit_runs)
            assert every.found_in(text, DigitRuns(text)) == [], cls.__name__
    assert skipped > 0
