"""The coordinated names' verb screen (`coordinated_names._ANY_VERB`): a text with none of the plural
verbs or modals skips both scans, and no span changes.

Hand-written sentences, none taken from a bench set.
"""

from __future__ import annotations

import re

import pytest

from recognizers import PersonNameRecognizer, coordinated_names
from recognizers.coordinated_names import coordinated

# (language, text, the two sides): each way the scans accept, a verb in capitals, after a dash, a
# quote or an inverted mark, "both" before it, and sentences they refuse
SENTENCES = [
    ("en", "Rowena and Ptolemy will collect the lamp", ["Rowena", "Ptolemy"]),  # subject, then a modal
    ("en", "ok — Rowena & Ptolemy CAN sign for it", ["Rowena", "Ptolemy"]),  # after a dash, in capitals
    ("en", "Rowena and Ptolemy both came by", ["Rowena", "Ptolemy"]),  # "both" before the verb
    ("es", "¿Inés y Ciriaco pasarán hoy?", ["Inés", "Ciriaco"]),  # after an inverted mark
    ("it", "Al ritiro vengono Ornella Pintus e Brizio Loi.", ["Ornella Pintus", "Brizio Loi"]),  # verb first
    ("pt", "amanhã vêm ofélia e tibério", ["ofélia", "tibério"]),  # verb first, lower case, at the end
    ("de", "Hannelore und Wigand holen es ab", ["Hannelore", "Wigand"]),
    ("fr", "Solène et Gaspard passeront samedi", ["Solène", "Gaspard"]),
    ("en", "Rowena and Ptolemy's cousin", []),  # no verb: screened out
    ("en", "Salt and Pepper will arrive", []),  # a verb, but things
    ("en", "Rowena and Ptolemy willingly", []),  # a verb's letters inside a word
]


def _sides(language: str, text: str) -> list[tuple[int, int]]:
    recognizer = PersonNameRecognizer(supported_language=language)

    def read(t: str, pos: int, lower: bool) -> tuple[int, int] | None:
        return recognizer._read(t, pos, lower=lower)

    return list(coordinated(text, read, recognizer._slots.name))


@pytest.mark.parametrize(("language", "text", "names"), SENTENCES)
def test_the_screen_changes_no_span(
    monkeypatch: pytest.MonkeyPatch, language: str, text: str, names: list[str]
) -> None:
    """With the screen and with it forced open, the same sides."""
    screened = _sides(language, text)
    assert [text[s:e] for s, e in screened] == names
    monkeypatch.setattr(coordinated_names, "_ANY_VERB", re.compile(""))  # finds something in every text
    assert _sides(language, text) == screened


def test_a_text_without_a_verb_skips_both_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Rowena and Ptolemy's cousin": no verb of theirs, so neither pattern is tried."""

    class Refuse:
        def finditer(self, *_args: object) -> None:
            raise AssertionError("a text with no verb was scanned")

    monkeypatch.setattr(coordinated_names, "_SUBJECT", Refuse())
    monkeypatch.setattr(coordinated_names, "_VERB_FIRST", Refuse())
    assert _sides("en", "Rowena and Ptolemy's cousin") == []
