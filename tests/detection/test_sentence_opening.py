"""`sentence_opening.opens_sentence`: the one reading of a span opening a sentence that the trusted
pipelines' rule and the person pipelines' "replace" mode share."""

from __future__ import annotations

import pytest

from proxy.detection.sentence_opening import opens_sentence


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Addebitato due volte", "Addebitato"),
        ("  Dyson called me back", "Dyson"),
        ("Grazie. Tsega aveva detto lunedì", "Tsega"),
        ("Ok! Ray is at the door", "Ray"),
        ("Davvero? Sampath della scuola", "Sampath"),
        ("Allora… Tsega aveva detto", "Tsega"),
        ("Grazie.\n\nTsega aveva detto", "Tsega"),
    ],
)
def test_opens(text: str, word: str) -> None:
    assert opens_sentence(text, text.index(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ho chiamato Tsega ieri", "Tsega"),
        ("Ciao, Tsega aveva detto", "Tsega"),
        ("Ciao\nTsega aveva detto", "Tsega"),  # a line break alone: the line before has no stop
        ("Nota: Marco passa domani", "Marco"),
    ],
)
def test_does_not_open(text: str, word: str) -> None:
    assert not opens_sentence(text, text.index(word))
