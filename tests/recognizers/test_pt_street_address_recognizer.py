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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # types that are everyday words too, capitalised or after a comma and a number
        ("Entrega na Vereda dos Ipês, 45, Sobradinho", ["Vereda dos Ipês, 45, Sobradinho"]),
        ("Viaduto do Chá, 15, Centro", ["Viaduto do Chá, 15, Centro"]),
        ("Praia de Iracema, 210, apto 31, Fortaleza", ["Praia de Iracema, 210, apto 31, Fortaleza"]),
        ("fica no jardim das rosas, 77", ["jardim das rosas, 77"]),
        # a title in a lower-case name, a particle before a three-word name
        ("av do eng. carlos rocha, 12, tomar", ["av do eng. carlos rocha, 12, tomar"]),
        ("rua de santo antónio dos olivais, 8", ["rua de santo antónio dos olivais, 8"]),
        # highways, Brasília's sectors, a numbered unit after a street with no number
        ("Rodovia SC-401, km 5, Florianópolis", ["Rodovia SC-401, km 5, Florianópolis"]),
        ("SCLN 214 Bloco B sala 12, Asa Norte", ["SCLN 214 Bloco B sala 12, Asa Norte"]),
        ("Quadra 9 Lote 4, Setor Sul", ["Quadra 9 Lote 4, Setor Sul"]),
        ("Condomínio Solar das Águas, casa 8", ["Condomínio Solar das Águas, casa 8"]),
        # complements with no number, a bairro before the CEP on a space-joined line
        ("Rua Goiás, 90, casa 3, fundos", ["Rua Goiás, 90, casa 3, fundos"]),
        ("rua ceará, 12 savassi 30150311 belo horizonte / mg", ["rua ceará, 12 savassi 30150311 belo horizonte / mg"]),
        ("Rua Felipe Schmidt 30 CEP 88010000", ["Rua Felipe Schmidt 30 CEP 88010000"]),
        # a unit word that starts a bairro's name takes no part of it ("Conjunto Palmares")
        (
            "Chácara Esperança, Conjunto Palmares, 72000-000 Brasília / DF",
            ["Chácara Esperança, Conjunto Palmares, 72000-000 Brasília / DF"],
        ),
        # a named street with no number after a locative word
        ("moro na Rua Haddock Lobo perto do metrô", ["Rua Haddock Lobo"]),
        # an everyday type named with no number, after an address verb or word
        ("Mudei, agora moro em Chácara Santa Luzia", ["Chácara Santa Luzia"]),
        ("meu endereço é Vila Madalena", ["Vila Madalena"]),
        ("Vocês têm loja no Parque Shopping?", []),
        # not addresses
        ("Pode ser na segunda-feira 12 de março?", []),
        ("vale a pena levar 3 unidades", []),
        # "vale" (OK) before a capitalised word opening the next phrase is no street type
        ("vale Talla 42, cantidad 2, total 1.299,00 €.", []),
        ("vale Tamanho 40, 2 unidades", []),
        ("Vale do Sol 12, Nova Lima", ["Vale do Sol 12, Nova Lima"]),
        ("Comprei a Avenida Collection tamanho 38", []),
        ("o parque abre às 9 e fecha às 18", []),
    ],
)
def test_brazilian_forms(text: str, expected: list[str]) -> None:
    assert found(PtStreetAddressRecognizer(), text, 0.5) == expected
