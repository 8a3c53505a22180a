"""GivenNameRecognizer: a first name right after a container, small appliance, garment or sales noun.

French, Spanish, Portuguese and Italian put a person after such a noun only with a preposition ("la
caja de Marta"); the bare name is a maker's or a line's ("la caja Stanley"). Hand-written sentences,
none taken from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

MAKERS = [
    ("es", "La caja Stanley llegó con una esquina rota"),
    ("es", "¿Tenéis la botella Mercedes en azul?"),
    ("es", "¿Las rebajas Adolfo siguen en marzo?"),
    ("pt", "A garrafa Stanley mantém o café quente?"),
    ("pt", "O estojo Valentina tem divisórias?"),
    ("pt", "A batedeira Arno faz massa de pão?"),
    ("pt", "a chaleira arno desliga sozinha?"),  # typed in lower case: still the maker
    ("pt", "Tem o suéter Melissa no P?"),
    ("fr", "La boîte Stanley passe au lave-vaisselle ?"),
    ("fr", "Les coffrets Stanley sont revenus ?"),
    ("fr", "Les soldes Stanley commencent quand ?"),
    ("fr", "La liseuse Kobo tient combien de jours ?"),
    ("it", "La scatola Stanley è ancora disponibile?"),
    ("it", "I saldi Stanley durano fino a febbraio?"),
]


@pytest.mark.parametrize(("language", "text"), MAKERS)
def test_a_name_right_after_a_goods_noun_is_the_maker(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


PEOPLE = [
    # a preposition between the noun and the name: the owner, a person
    ("es", "La caja de Marta llegó rota", ["Marta"]),
    ("es", "la caja de marta llegó rota", ["marta"]),
    ("pt", "A garrafa da Ana chegou amassada", ["Ana"]),
    ("fr", "La boîte de Julie est arrivée", ["Julie"]),
    ("fr", "Les soldes avec Julie étaient top", ["Julie"]),
    # a noun left out of the list: Portuguese "caixa" is also the cashier
    ("pt", "A caixa Maria me atendeu muito bem", ["Maria"]),
    # the noun elsewhere in the sentence, the name after a verb
    ("pt", "Comprei a garrafa ontem e Beatriz vai buscar", ["Beatriz"]),
]


@pytest.mark.parametrize(("language", "text", "names"), PEOPLE)
def test_a_person_near_a_goods_noun_is_still_found(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names
