from __future__ import annotations

import pytest

from recognizers import EsStreetAddressRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calle Mayor, 5, 28013 Madrid", ["Calle Mayor, 5, 28013 Madrid"]),
        ("C/ Alcalá 20, 3º B, Madrid", ["C/ Alcalá 20, 3º B, Madrid"]),
        ("Avda. de la Constitución s/n, 41001 Sevilla", ["Avda. de la Constitución s/n, 41001 Sevilla"]),
        ("Carrer de Balmes 150, 08008 Barcelona", ["Carrer de Balmes 150, 08008 Barcelona"]),
        ("vivo en calle mayor 5", ["calle mayor 5"]),
        ("Callejón del Gato 3, Madrid", ["Callejón del Gato 3, Madrid"]),  # not "Calle" + "jón"
        ("Paseo de la Castellana 100, Piso 6, Puerta 2", ["Paseo de la Castellana 100, Piso 6, Puerta 2"]),
        # commerce text
        ("Os escribo Vía WhatsApp por el pedido 48213", []),
        ("¿Tenéis todavía la Colección Gran Vía en Azul? Talla M", []),
        ("El Sofá Plaza 3 Plazas", []),
        ("Total 128,50 € el Martes 12 de Marzo", []),
    ],
)
def test_spanish(text: str, expected: list[str]) -> None:
    assert found(EsStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an everyday type in lower case, a name of two or three words, then the end or a floor
        ("enviadlo a camino de rosario méndez 12", ["camino de rosario méndez 12"]),
        ("vivo en cañada lorenzo ibáñez 8 piso 3, soria", ["cañada lorenzo ibáñez 8 piso 3, soria"]),
        ("Pasadizo de Ramón Celis 40, Huesca", ["Pasadizo de Ramón Celis 40, Huesca"]),
        # not addresses
        ("el camino de vuelta 2 veces", []),
        ("la cuesta de enero 2024", []),
        ("toma el camino más rápido 2, después a la izquierda", []),  # directions: a comparison
        ("por la cuesta menos empinada 4, luego", []),
    ],
)
def test_spanish_lower_case_everyday_types(text: str, expected: list[str]) -> None:
    assert found(EsStreetAddressRecognizer(), text, 0.5) == expected
