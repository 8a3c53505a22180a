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
