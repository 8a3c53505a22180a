"""GivenNameRecognizer: a first name as a spec's value after a colour, finish or material noun, and a
lower-case first name with an everyday word after it where a thing is led to (es, pt, it, en, de).

Sentences written here for the `bench.nopii_tune14` round, none from a held-out set; people in the
same shapes keep their names.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a spec noun before one capitalised word: the colour, finish or fabric
        ("es", "el sofá en tela Celeste, se puede lavar?"),
        ("pt", "acabamento Pérola ou acabamento Grafite?"),
        ("it", "il divano in tessuto Alba si lava?"),
        ("en", "fabric Heather, is it wool?"),
        ("en", "colour Jade or colour Olive for the bedroom?"),
        ("de", "der stoff Heide meliert, kratzt der?"),
        # a lower-case name and an everyday word after "en", "de" after a thing, an article
        ("es", "lo quiero en rosa palo, talla m"),
        ("es", "la crema de sol factor 50 cuánto cuesta"),
        ("es", "tenéis velas de luz cálida o solo fría?"),
        ("pt", "o frete é de graça acima de 100?"),
        ("pt", "entrega de graça acima de 100?"),
        ("de", "die iris blüht erst nächstes jahr oder?"),
        ("de", "DIE MÜTZE IN ROSA BITTE"),
    ],
)
def test_specs_and_everyday_phrases_hold_no_one(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # English puts a person after a noun in a relative clause: no stop word follows the name
        ("en", "the fabric Heather chose was lovely", ["Heather"]),
        ("it", "ho parlato con Alba del tessuto", ["Alba"]),
        # the word before the name puts a person there: a self-introduction, a holder before "de"
        ("es", "a nombre de rosa blanco por favor", ["rosa blanco"]),
        ("es", "hola soy luz cuesta, el pedido no llegó", ["luz cuesta"]),
        ("pt", "nota no nome de graça leite", ["graça leite"]),
        ("it", "scrivo per conto di emanuele esposito", ["emanuele esposito"]),
        ("de", "hallo ich bin erika keller", ["erika keller"]),
        # any noun may be a person's: only goods made of or giving off what follows lead to a thing
        ("es", "el paquete de rosa campos llegó", ["rosa campos"]),
        ("es", "la caja de luz marina está rota", ["luz marina"]),
        ("pt", "a bolsa de graça rocha, está na loja?", ["graça rocha"]),
        ("pt", "a entrega de graça pereira foi ontem?", ["graça pereira"]),
    ],
)
def test_people_in_the_same_shapes_keep_their_names(language: str, text: str, expected: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == expected
