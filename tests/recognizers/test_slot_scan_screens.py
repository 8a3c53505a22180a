"""Screens before three of the name rules' scans: who a card is from (`vocative_slots._LOVED` before
`_LOVE_FROM`), an introduction (`_INTRODUCING_SCREEN` before `_INTRODUCED`) and a label that names the
wrong person (`name_slots._ANY_BUT` before `_LABEL_SAYS`). Each screen finds a piece every match of its
scan holds; a text where it finds nothing skips the scan, and no span changes.

Hand-written sentences, none taken from a bench set.
"""

from __future__ import annotations

import re

import pytest

from recognizers import PersonNameRecognizer, name_slots, vocative_slots

SCREENS = [(vocative_slots, "_LOVED"), (vocative_slots, "_INTRODUCING_SCREEN"), (name_slots, "_ANY_BUT")]

# (language, text, names): each way the screened scans accept, in capitals and lower case, and near misses
SENTENCES = [
    ("en", "Inside the card: lots of love from Tamsin", ["Tamsin"]),  # who a card is from, no wish before
    ("en", "card text. All my LOVE FROM Ottilie", ["Ottilie"]),  # in capitals
    ("en", "we love the chair, from now on we only buy here", []),  # "love" and "from" apart
    ("en", "hey it's Pim 😅 the chair arrived scratched", ["Pim"]),  # an introduction after a greeting
    ("pt", "oi é a Tatá 😅 a cadeira chegou riscada", ["Tatá"]),
    ("fr", "coucou c'est Lulu ! la chaise est arrivée rayée", ["Lulu"]),
    ("en", "Its Wenna again, any news on the chair?", ["Wenna"]),  # no greeting, "its"
    ("en", "the tag says tobias quenby but it should say verity hollins", ["tobias quenby", "verity hollins"]),
    ("it", "c'è scritto elvio murgia ma dovrebbe essere grazia pinna", ["elvio murgia", "grazia pinna"]),
    ("es", "pone anselmo bravo PERO tendría que poner rocío gil", ["anselmo bravo", "rocío gil"]),
    ("en", "the tag says large but that is fine", []),  # what the label says is no name
]


def _spans(language: str, text: str) -> list[tuple[int, int, float]]:
    results = PersonNameRecognizer(supported_language=language).analyze(text, [], None)
    return sorted((r.start, r.end, r.score) for r in results)


@pytest.mark.parametrize(("language", "text", "names"), SENTENCES)
def test_the_screens_change_no_span(
    monkeypatch: pytest.MonkeyPatch, language: str, text: str, names: list[str]
) -> None:
    """With the screens and with them forced open, the same spans."""
    screened = _spans(language, text)
    assert sorted(text[s:e] for s, e, _ in screened) == sorted(names)
    for module, screen in SCREENS:
        monkeypatch.setattr(module, screen, re.compile(""))  # finds something in every text
    assert _spans(language, text) == screened


class _Refuse:
    def search(self, *_args: object) -> None:
        raise AssertionError("a screened text was scanned")

    def finditer(self, *_args: object) -> None:
        raise AssertionError("a screened text was scanned")


@pytest.mark.parametrize(
    ("module", "scan", "text"),
    [
        (vocative_slots, "_LOVE_FROM", "Thanks, the chair arrived: from Leeds, in two days"),
        (vocative_slots, "_INTRODUCED", "hey, the chair arrived scratched"),
        (name_slots, "_LABEL_SAYS", "the tag says Rowena, thanks"),
    ],
)
def test_a_text_without_the_piece_skips_the_scan(
    monkeypatch: pytest.MonkeyPatch, module: object, scan: str, text: str
) -> None:
    monkeypatch.setattr(module, scan, _Refuse())
    PersonNameRecognizer(supported_language="en").analyze(text, [], None)
