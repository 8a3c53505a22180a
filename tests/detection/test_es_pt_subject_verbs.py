"""A Spanish or Portuguese model person opening a sentence before a verb only a person is the subject
of (`subject_said`, 2026-12-07, late night): had a good time, left or forgot a thing, signed someone
up, chose or ordered, served or helped, is ill; in Portuguese also said, asked, called, cannot come,
saw. Controls: the same verbs after a word that does not open the sentence, a thing's verbs after a
name. Sentences written here, none taken from a set."""

from __future__ import annotations

import pytest

from proxy.detection.subject_said import subject_said
from tests.detection.helpers import at


@pytest.mark.parametrize(
    ("language", "text", "word", "said"),
    [
        ("es", "Gracias por la excursión!! Leocadia se lo pasó genial 😍", "Leocadia", True),
        ("es", "Nayra se dejó el paraguas en el probador", "Nayra", True),
        ("es", "Jacinta nos apuntó a las dos al taller de cerámica", "Jacinta", True),
        ("es", "Ulises eligió el azul, ¿lo tenéis en la 40?", "Ulises", True),
        ("es", "Socorro pidió tres empanadas y una tarta", "Socorro", True),
        ("es", "Hola. Celestino me atendió ayer en caja", "Celestino", True),
        ("es", "Rosario está resfriada, no irá a la clase del jueves", "Rosario", True),
        ("pt", "Conceição disse que o bolo estava ótimo", "Conceição", True),
        ("pt", "Bom dia. Esperança viu a minha mensagem?", "Esperança", True),
        ("pt", "Glória não pode vir buscar hoje", "Glória", True),
        ("pt", "Oi\nDores aqui, já tenho o código", "Dores", True),
        # not opening a sentence, or a thing's verb after the word
        ("es", "la Leocadia se lo pasó genial", "Leocadia", False),
        ("es", "Rosario está cerca de la costa", "Rosario", False),
        ("es", "Socorro es una palabra", "Socorro", False),
        ("pt", "a Conceição disse que sim", "Conceição", False),
        ("pt", "Esperança é uma cidade bonita", "Esperança", False),
        ("pt", "Glória chegou ao fim da estrada", "Glória", False),
    ],
)
def test_a_model_person_opening_a_sentence_before_a_persons_verb(
    language: str, text: str, word: str, said: bool
) -> None:
    assert subject_said(text, *at(text, word), language) is said
