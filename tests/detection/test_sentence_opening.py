"""`sentence_opening.opens_sentence`: whether a span opens a sentence, as its readings say (`SENTENCE`,
the trusted pipelines' rule and the person pipelines' "replace" mode; `LINE`, the post-filter's French
"chez"; `FRENCH_LINE`, French's stock model's one-word spans)."""

from __future__ import annotations

import pytest

from proxy.detection.sentence_opening import FRENCH_LINE, LINE, opens_sentence


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


@pytest.mark.parametrize(
    ("text", "word", "line", "french"),
    [
        ("Chez Marie, le colis n'est pas arrivé", "Chez", True, True),
        ("Bonjour\nChez Marie, le colis", "Chez", True, True),  # a line break opens a line's sentence
        ("Merci. Karting samedi ?", "Karting", True, True),
        ("M. Karting est passé", "Karting", True, False),  # a title's dot: no sentence ends there
        ("Merci… Karting samedi ?", "Karting", False, False),  # "…" is no stop in these readings
        ("Je suis chez Marie", "chez", False, False),
    ],
)
def test_line_readings(text: str, word: str, line: bool, french: bool) -> None:
    start = text.index(word)
    assert opens_sentence(text, start, LINE) is line
    assert opens_sentence(text, start, FRENCH_LINE) is french
