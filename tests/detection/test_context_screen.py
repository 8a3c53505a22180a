"""The context words' screen (`filters.context_screen`): a text in whose lower-cased form it finds none of
a recognizer's context words holds none in any window, so the runner reads no window for it and does not
make the doc's tokens for it; every span and score stays what reading the window gave."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from bench.corpus import generate
from proxy.detection.engine import Analyzer
from proxy.detection.filters import Token, boosted, context_screen, context_window
from proxy.detection.runner import LazyDoc
from tests.detection.helpers import CountingMakeDoc


def _words(analyzer: Analyzer) -> set[tuple[str, ...]]:
    """Every recognizer's context words, lower-cased as the runner reads them."""
    return {words for runner in analyzer.runners.values() for words in runner._context.values() if words}


def _texts(words: tuple[str, ...]) -> list[str]:
    """Each word as typed, in capitals, title-cased, inside a word, cut short, its pieces joined by
    punctuation or a line break, beside a number; and texts holding none of them."""
    texts = ["ciao, come stai?", "order 4821 of 12/05/2024", "347 123 4567"]
    for word in words:
        pieces = word.split(" ")
        texts += [word, word.upper(), word.title(), f"x{word}y 347 1234567", f"my {word}: 347 1234567"]
        texts += [word[:-1] + " 347 1234567", "-".join(pieces) + " 347 1234567", "\n".join(pieces) + " 0612345678"]
        texts += [f"{word.upper()}İ 347 1234567", f"{word} ΟΔΟΣ 347 1234567"]
    return texts


def _tokens(doc: Any) -> list[Token]:
    return [(t.idx, t.lower_, t.is_stop or t.is_punct or t.is_space) for t in doc]


@pytest.mark.parametrize("language", ["en", "it", "fr", "es", "pt", "de"])
def test_the_screen_finds_a_word_wherever_a_window_holds_one(blank_analyzer: Analyzer, language: str) -> None:
    nlp = spacy.blank(language)
    lifted = 0
    for words in _words(blank_analyzer):
        screen = context_screen(words)
        assert screen is not None, words  # no shipped context word is empty or holds a sigma
        keep = frozenset(w for w in words if " " not in w)
        for text in _texts(words):
            tokens = _tokens(nlp.make_doc(text))
            windows = [context_window(tokens, start, keep) for start, _, _ in tokens]
            if any(boosted(0.5, window, words) is not None for window in windows):
                lifted += 1
                assert screen.search(text.lower()) is not None, (words, text)
    assert lifted > 100


def test_no_screen_where_a_word_is_in_every_window_or_holds_a_sigma() -> None:
    assert context_screen(()) is None
    assert context_screen(("phone", "")) is None
    assert context_screen(("phone", "  ")) is None
    assert context_screen(("phone", "οδός")) is None  # "Σ" lowers to "σ" or "ς" by its place in the text
    screen = context_screen(("phone", "national insurance"))
    assert screen is not None
    assert screen.search("your insurance number") is not None  # the longest piece
    assert screen.search("call me") is None


def test_rule_spans_are_the_same_with_and_without_the_screen(blank_analyzer: Analyzer) -> None:
    """The tune split's messages and the screen's own texts through each runner with the screen and with
    it off (every window read, as before it): the same spans; fewer docs made with it."""
    messages = generate("tune", per_cell=20)
    for runner in blank_analyzer.runners.values():
        nlp = blank_analyzer.pipelines[runner.language]
        texts = [m.text for m in messages if m.language == runner.language]
        texts += [t for words in _words(blank_analyzer) for t in _texts(words)]
        screened, unscreened = CountingMakeDoc(nlp), CountingMakeDoc(nlp)
        with_screen = [runner.rule_spans(t, LazyDoc(screened, t)) for t in texts]
        runner._screen = lambda words: None  # type: ignore[method-assign]
        try:
            without = [runner.rule_spans(t, LazyDoc(unscreened, t)) for t in texts]
        finally:
            del runner._screen  # the class's method again
        assert with_screen == without
        assert any(s.score > 0.5 for spans in with_screen for s in spans if s.entity == "PHONE_NUMBER")
        assert screened.calls < unscreened.calls
