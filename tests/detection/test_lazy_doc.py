"""A text's doc made only when read (`runner.LazyDoc`), and a certain score's context left unread:
the rules find the same spans, at the same scores, whether the doc is made first or never."""

from __future__ import annotations

from proxy.detection.engine import Analyzer
from proxy.detection.runner import LazyDoc
from tests.detection.helpers import CountingMakeDoc

_TEXTS = [
    "write to jane.doe@example.com please",  # an e-mail: score 1.0, its context words change nothing
    "IBAN IT60 X054 2811 1010 0000 0123 456",  # 1.0 as well
    "ciao, come stai?",  # nothing found
    "chiamami al 347 123 4567",  # a phone: its context word ("chiamami") lifts the score, the doc is read
    "call me on +44 20 7946 0018 or mail jane.doe@example.com",
    "order 4821 of 12/05/2024",
]


def test_rule_spans_are_the_same_with_a_lazy_doc(blank_analyzer: Analyzer) -> None:
    for runner in blank_analyzer.runners.values():
        nlp = blank_analyzer.pipelines[runner.language]
        for text in _TEXTS:
            made = CountingMakeDoc(nlp)
            lazy = LazyDoc(made, text)
            assert runner.rule_spans(text, lazy) == runner.rule_spans(text, nlp.make_doc(text))
            assert made.calls <= 1


def test_a_certain_score_reads_no_context(blank_analyzer: Analyzer) -> None:
    """An e-mail or an IBAN (score 1.0) and a text with nothing found leave the doc unmade; a phone,
    whose score a context word lifts, makes it (the control in the same kind of message)."""
    runner = blank_analyzer.runners["it"]
    nlp = blank_analyzer.pipelines["it"]
    for text, read in [(_TEXTS[0], False), (_TEXTS[1], False), (_TEXTS[2], False), (_TEXTS[3], True)]:
        made = CountingMakeDoc(nlp)
        spans = runner.rule_spans(text, LazyDoc(made, text))
        assert made.calls == int(read), text
        assert spans or text == _TEXTS[2]


def test_the_doc_is_made_once() -> None:
    made: list[str] = []

    def make(text: str) -> list[str]:
        made.append(text)
        return text.split()

    lazy = LazyDoc(make, "a b c")
    assert list(lazy) == ["a", "b", "c"]
    assert lazy.doc == ["a", "b", "c"]
    assert made == ["a b c"]


def test_analysis_is_the_same_with_lazy_docs(analyzer: Analyzer) -> None:
    """The full analyzer (rules, then the model where `ner_wanted` says) on texts that need the doc for
    context, for the model, for both, or for neither."""
    texts = [*_TEXTS, "Ciao Marco, sono Giulia Bianchi", "Grazie mille Anna!"]
    got = analyzer.analyze(texts, language="it")
    assert any(s.entity == "PERSON" for spans in got for s in spans)
    for text, spans in zip(texts, got, strict=True):
        assert analyzer.analyze([text], language="it") == [spans]
