"""GivenNameRecognizer's run screen (`_may_name`): a capitalised run with no listed first name, no census
surname and no hyphenated word skips the checks that only ever refuse, and no span changes.

Hand-written sentences, none taken from a bench set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

# (language, text, what the recognizer finds): each way `_part` builds a name, and runs it must refuse
SENTENCES = [
    ("it", "Grazie mille, passa Giulia Rinaldi domani", ["Giulia Rinaldi"]),  # a listed first name
    ("en", "Will Carter called about the sofa", ["Will Carter"]),  # a first name that is a word, a verb after
    ("de", "Gestern hat Kriemhild Brandt bezahlt", ["Kriemhild Brandt"]),  # a rare listed name and a surname
    ("es", "El paquete lo recoge Yerutí Mamani", ["Yerutí Mamani"]),  # an unlisted first name, a census surname
    ("de", "Das Paket holt Hans-Peter morgen ab", ["Hans-Peter"]),  # a double first name
    ("en", "Thanks for the Parcel, Delivery was fast", []),  # runs with no name word at all
    ("fr", "Merci pour la Livraison rapide, Colis bien reçu", []),
    ("pt", "Obrigado pela Entrega, Encomenda chegou hoje", []),
]


@pytest.mark.parametrize(("language", "text", "names"), SENTENCES)
def test_the_screen_changes_no_span(
    monkeypatch: pytest.MonkeyPatch, language: str, text: str, names: list[str]
) -> None:
    """With the screen and with every run read through all the checks, the same spans."""
    recognizer = GivenNameRecognizer(supported_language=language)
    screened = recognizer.analyze(text, [], None)
    assert found(recognizer, text) == names
    monkeypatch.setattr(GivenNameRecognizer, "_may_name", lambda self, words, i, j: True)
    unscreened = recognizer.analyze(text, [], None)
    assert [(r.start, r.end, r.score) for r in screened] == [(r.start, r.end, r.score) for r in unscreened]


def test_a_run_with_no_name_word_skips_the_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Thanks", "Parcel", "Delivery": no listed first name, census surname or hyphen, so not one of the
    refusing checks (the brand test first among them) runs for them."""

    def refuse(*_args: object) -> bool:
        raise AssertionError("a run with no name word was checked")

    monkeypatch.setattr(GivenNameRecognizer, "_brand", refuse)
    assert found(GivenNameRecognizer(supported_language="en"), "Thanks for the Parcel, Delivery was fast") == []
