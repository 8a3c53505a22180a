"""The first-name list's folded word kept per word (`GivenNameRecognizer._word`): the same
spans, and each word folded once, however often chat repeats it."""

from __future__ import annotations

import pytest

from recognizers import given_name_recognizer as g
from recognizers.given_name_recognizer import GivenNameRecognizer

_TEXTS = [
    "Ciao, sono Giulia Bianchi", "ciao sono giulia", "Grazie João, a encomenda chegou", "Danke Juergen!",
    "Tesekkurler Ayse", "Priya's order is ready", "Levi's jeans", "Il Muesli è finito", "Gruesse aus dem Buero",
]  # fmt: skip


@pytest.mark.parametrize("language", ["it", "pt", "de", "en"])
def test_folds_kept_find_the_same_names(language: str) -> None:
    kept = GivenNameRecognizer(language)
    fresh = GivenNameRecognizer(language)
    first = [kept.analyze(t, ["PERSON"]) for t in _TEXTS]
    again = [kept.analyze(t, ["PERSON"]) for t in _TEXTS]  # every word's fold from the kept ones now
    unkept = []
    for text in _TEXTS:
        fresh._folds.clear()
        unkept.append(fresh.analyze(text, ["PERSON"]))
    spans = [[(r.start, r.end, r.score) for r in found] for found in first]
    assert spans == [[(r.start, r.end, r.score) for r in found] for found in again]
    assert spans == [[(r.start, r.end, r.score) for r in found] for found in unkept]
    assert all(kept._folds[word] == kept._fold(word) for word in kept._folds)


def test_each_word_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    rec = GivenNameRecognizer("it")
    calls: list[str] = []
    fold = rec._fold
    monkeypatch.setattr(rec, "_fold", lambda word: calls.append(word) or fold(word))
    rec.analyze("ciao Marco, ciao Marco", ["PERSON"])
    assert sorted(calls) == ["Marco", "ciao"]


def test_folds_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(g, "_FOLDS_KEPT", 3)
    rec = GivenNameRecognizer("it")
    rec.analyze("uno due tre quattro cinque sei sette", ["PERSON"])
    assert len(rec._folds) <= 3
    assert [r.start for r in rec.analyze("Ciao Giulia", ["PERSON"])] == [5]  # still a name after a clear
