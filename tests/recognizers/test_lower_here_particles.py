"""A name typed in lower case before "here" whose shape vouches for a frequent word in it
(`recognizers.lower_here`): a surname's particle and the word after it ("lo presti"), the surname after
a listed first name that is no word. Controls: the same shape around a clitic, a verb, an adverb. The
sentences are written here."""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("it", "calogero lo verde qui, scrivo dal telefono del lavoro", ["calogero lo verde"]),
        ("it", "ciao, tindaro li causi qui: la cucina è arrivata?", ["tindaro li causi"]),
        ("it", "sveva cavalieri qui, scusate il ritardo", ["sveva cavalieri"]),
        ("it", "gaetano lo grasso qui: è partito il divano?", ["gaetano lo grasso"]),
    ],
)
def test_a_vouched_word_in_a_lower_case_name_before_here(language: str, text: str, names: list[str]) -> None:
    assert set(names) <= set(found(GivenNameRecognizer(supported_language=language), text, min_score=0.6))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "ok lo lascio qui, grazie"),
        ("it", "me lo porti qui, grazie"),
        ("it", "la metto qui, grazie"),
        ("it", "tutto bene qui, grazie"),
        ("es", "lo dejo aquí, gracias"),
        ("pt", "deixo tudo aqui, obrigado"),
    ],
)
def test_the_same_shape_around_no_one(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text, min_score=0.6) == []
