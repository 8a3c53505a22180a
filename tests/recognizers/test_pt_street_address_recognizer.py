from __future__ import annotations

import pytest

from recognizers import PtStreetAddressRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rua Augusta, 1500 - São Paulo, CEP 01304-001", ["Rua Augusta, 1500 - São Paulo, CEP 01304-001"]),
        ("Av. da Liberdade 110, 1250-146 Lisboa", ["Av. da Liberdade 110, 1250-146 Lisboa"]),
        ("Travessa do Carmo 3, 2º Esq., Porto", ["Travessa do Carmo 3, 2º Esq., Porto"]),
        ("moro na rua das flores 12", ["rua das flores 12"]),
        ("Loteamento Jardim Azul, 12, 74000-000 Goiânia / GO", ["Loteamento Jardim Azul, 12, 74000-000 Goiânia / GO"]),
        (
            "Avenida Paulista, 1000, Apto 52, Bela Vista, São Paulo / SP",
            ["Avenida Paulista, 1000, Apto 52, Bela Vista, São Paulo / SP"],
        ),
        # commerce text
        ("Posso pagar com Pix? Total R$ 149,90 na Terça 12 de Março", []),
        ("Escrevo Via WhatsApp sobre o pedido 48213", []),
    ],
)
def test_portuguese(text: str, expected: list[str]) -> None:
    assert found(PtStreetAddressRecognizer(), text, 0.5) == expected
