"""Names in the shapes of `bench.names_tune18`: Spanish verbs of writing, copying and seeing "a"
someone, forwarded and quoted headers, thanks and apologies before a vocative name, Catalan "i"
between surnames, a comma list closed by a conjunction, and capitals with an ordinal mark; and the
same shapes with no one in them."""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer, PersonNameRecognizer
from recognizers.given_name_recognizer import shouted
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # writing, copying and seeing "a" someone: the name follows, a capitalised one
        ("es", "Escríbele a Millaray cuando salga el pedido", ["Millaray"]),
        ("es", "Pon en copia a Yolotl Catrileo, por favor", ["Yolotl Catrileo"]),
        ("es", "Vi a Tonatiuh Fandiño en la puerta de la tienda", ["Tonatiuh Fandiño"]),
        # a role, a department, a company: no one
        ("es", "Escríbele a la encargada cuando salga el pedido", []),
        ("es", "Pon en copia a contabilidad, por favor", []),
        ("es", "Escríbele a Correos, a ver qué dicen", []),
        # forwarded and quoted headers
        ("es", "Reenviado de Millaray Tzoc:\n¿llega hoy el paquete?", ["Millaray Tzoc"]),
        ("es", "> Sisa Ccopa escribió:\n> ¿puedo cambiarlo por una 40?\nSí", ["Sisa Ccopa"]),
        ("en", "On Monday, Ruaridh Thwaites wrote:\n> can I swap it?", ["Ruaridh Thwaites"]),
        ("en", "> Ruaridh Thwaites <r@example.com> wrote:\n> can I swap it?", ["Ruaridh Thwaites"]),
        ("es", "Reenviado de la tienda:\n¿llega hoy el paquete?", []),
        ("es", "Reenviado de Correos:\nel paquete llegó roto", []),  # a carrier, an everyday word
        ("en", "Fwd from Royal Mail:\nthe box was crushed", []),
        ("en", "Forwarded from Evri:\nyour parcel is delayed", []),
        ("en", "> You wrote:\n> can I swap it for a 12?\nYes, that's fine", []),
        ("en", "The shop wrote: your parcel is on its way", []),
        # thanks, a comma and a vocative with more after it; apologies opening a line
        ("es", "¡Gracias, Wayra! Perfecto", ["Wayra"]),
        ("en", "Thanks, Ruaridh! That's perfect", ["Ruaridh"]),
        ("es", "Lo siento Tupac, no queda la L", ["Tupac"]),
        ("es", "¡Gracias! Perfecto", []),
        ("es", "Gracias, Perfecto, lo recojo mañana", []),
        ("en", "Thanks, Great! see you then", []),
        ("es", "Lo siento, no queda la L", []),
        ("en", "Sorry, we're out of the large", []),
        # Catalan "i" between two surnames after a title
        ("es", "La Sra. Vilaró i Casals ya pagó la señal", ["Vilaró i Casals"]),
    ],
)
def test_cue_shapes(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a comma list closed by a conjunction: the first name is a name too, a word of another
        # language though it is ("iria" is Portuguese "would go")
        ("es", "Iria, Roser y Brais quieren la sudadera azul", ["Iria", "Roser", "Brais"]),
        # a word or a place opening the list is not taken
        ("es", "Gracias, Roser y Brais", ["Roser", "Brais"]),
        ("es", "Madrid, Roser y Brais", ["Roser", "Brais"]),
        # capitals with an ordinal mark are still capitals: the name in them is read
        ("es", "ENTREGAR A IKER ZUBIZARRETA EN EL 3ºB", ["IKER ZUBIZARRETA"]),
    ],
)
def test_lists_and_capitals(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names


def test_an_ordinal_mark_is_no_lower_case_letter() -> None:
    assert shouted("ENTREGAR EN EL 3ºB, 1ª PLANTA")
    assert not shouted("Entregar en el 3ºB")
