"""GivenNameRecognizer: a lower-case everyday word typed with its accents is the word, though the
fold reads it without them as a first name ("máximo 300 €": "maximo"; "saída": "saida"). Kept: a
spelling the list gives as a name, a name given very often, one with a census surname after it, one
after "con"/"com"/"para", one joined to another name. Hand-written sentences, none taken from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

WORDS = [
    ("es", "busco una guitarra usada, máximo 300 €"),
    ("pt", "faxina de saída de aluguel, 2 quartos"),
    ("es", "el imán de Sevilla llegó roto"),
]


@pytest.mark.parametrize(("language", "text"), WORDS)
def test_an_accented_everyday_word_is_the_word(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


NAMES = [
    ("es", "el paquete es para máximo pérez", ["máximo pérez"]),
    ("es", "hablé con máximo ayer", ["máximo"]),
    ("es", "hablé con mónica ayer", ["mónica"]),
    ("pt", "falei com a mônica ontem", ["mônica"]),
    ("fr", "mathilde et édouard passent samedi", ["mathilde", "édouard"]),  # joined to another name
    ("pt", "a sessão do hilário, pode ser sexta?", ["hilário"]),  # a name as typed, no word
]


@pytest.mark.parametrize(("language", "text", "names"), NAMES)
def test_a_name_typed_with_its_accents_stays(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names
