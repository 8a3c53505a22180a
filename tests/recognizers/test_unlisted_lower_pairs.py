"""Spanish and Portuguese lower-case pairs of a word no list holds and a census surname
(`GivenNameRecognizer._unlisted_lower_pair`, `lower_pairs.PairLists.unlisted_first`, 2026-12-07, late
night): the first-name list misses many given names of Latin America and of Portuguese-speaking
Africa, and the surname vouches for the word before it. Controls: an everyday word, a place, a stop
word or a typo of one before a surname, a word no surname after it, another language. Sentences
written here, none taken from a bench set."""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("es", "la reserva va a nombre de dayelis urrutia, gracias", ["dayelis urrutia"]),
        ("es", "contacto de emergencia: yuderkis zambrano", ["yuderkis zambrano"]),
        ("es", "lo recoge mañana kenyeris arteaga", ["kenyeris arteaga"]),
        ("pt", "a encomenda é para nzuzi aldana, ela passa sábado", ["nzuzi aldana"]),
        # after a listed first name the name is read whole from it, not from the unlisted word
        ("es", "el aval lo firma omar yuderkis zambrano", ["omar yuderkis zambrano"]),
    ],
)
def test_an_unlisted_word_before_a_census_surname_is_a_name(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(language), text) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an everyday word, a stop word, a place before the surname; no surname after the word
        ("es", "quiero la talla grande urrutia"),
        ("es", "el pedido llegó ayer zambrano"),
        ("es", "nos vemos en bilbao arteaga"),
        ("es", "tengo dayelis en el carrito"),
        # a surname that is a listed place
        ("es", "el envío para dayelis mosquera"),
        # an infinitive or a plural no list holds, an article, a clitic or a listed name before the word
        ("es", "¿podéis estampar urrutia en la espalda?"),
        ("es", "¿arregláis secadoras zambrano?"),
        ("pt", "comprei a batedeira arteaga ontem"),
        ("es", "que lo recoja urrutia el lunes"),
        # the rule is Spanish and Portuguese only
        ("it", "il pacco per dayelis urrutia"),
    ],
)
def test_what_the_unlisted_pair_leaves_alone(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(language), text) == []
