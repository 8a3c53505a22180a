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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbered streets (Goiânia, Palmas, Brasília's satellite towns): a number or a letter code as the name
        ("Rua 15, nº 320, Setor Marista, Goiânia - GO", ["Rua 15, nº 320, Setor Marista, Goiânia - GO"]),
        ("Rua T-25, 1050, Setor Bueno", ["Rua T-25, 1050, Setor Bueno"]),
        ("Av. T-63, nº 1200, Setor Bueno", ["Av. T-63, nº 1200, Setor Bueno"]),
        ("Rua 3 nº 150 Setor Oeste", ["Rua 3 nº 150 Setor Oeste"]),
        ("rua 7, 230, vila nova", ["rua 7, 230, vila nova"]),
        ("Rua 10, 45, Centro", ["Rua 10, 45, Centro"]),
        ("avenida t-9 2500 setor bueno", ["avenida t-9 2500"]),
        ("Rua C-137 qd 250 lt 8 Jardim América", ["Rua C-137 qd 250 lt 8 Jardim América"]),
        ("rua 5 casa 10", ["rua 5 casa 10"]),
        ("Travessa 2, casa 4, Vila Operária", ["Travessa 2, casa 4, Vila Operária"]),
        # quadras and lotes: abbreviated, after a sector acronym, Palmas' cardinal points and alamedas
        ("Qd 104 Lt 12 Setor Sul, Goiânia", ["Qd 104 Lt 12 Setor Sul, Goiânia"]),
        ("SHN Quadra 2 Bloco F, Asa Norte, Brasília-DF", ["SHN Quadra 2 Bloco F, Asa Norte, Brasília-DF"]),
        ("Quadra 204 Sul Alameda 12 Lote 5, Palmas - TO", ["Quadra 204 Sul Alameda 12 Lote 5, Palmas - TO"]),
        ("Quadra 104 Norte, Alameda 5, Lote 20", ["Quadra 104 Norte, Alameda 5, Lote 20"]),
        ("QS 7 Rua 800 Lote 2, Águas Claras", ["QS 7 Rua 800 Lote 2, Águas Claras"]),
        ("moro no Residencial Bela Vista, rua 3, casa 12", ["Residencial Bela Vista, rua 3, casa 12"]),
        (
            "Setor Habitacional Vicente Pires, Rua 4C, chácara 21, lote 10",
            ["Setor Habitacional Vicente Pires, Rua 4C, chácara 21, lote 10"],
        ),
        # a house number with a thousands dot; a km with its decimals; "lj"; a labelled bairro
        ("Av. Nossa Senhora de Copacabana, 1.200", ["Av. Nossa Senhora de Copacabana, 1.200"]),
        ("Rua Frei Caneca 1.380, ap. 54", ["Rua Frei Caneca 1.380, ap. 54"]),
        ("Rodovia Raposo Tavares km 22,5 - Cotia", ["Rodovia Raposo Tavares km 22,5 - Cotia"]),
        ("Rua Gonçalves Dias 1000 lj 3", ["Rua Gonçalves Dias 1000 lj 3"]),
        ("entrega na rua joão pessoa 55 bairro centro", ["rua joão pessoa 55 bairro centro"]),
        ("rua antônio carlos, 400 - bairro: santa efigênia", ["rua antônio carlos, 400 - bairro: santa efigênia"]),
        (
            "Rua Dr. Fulano, 100 - Bairro: Jardim das Flores - CEP 13000-000",
            ["Rua Dr. Fulano, 100 - Bairro: Jardim das Flores - CEP 13000-000"],
        ),
        # a parenthesised part of the name; a building or estate before the street
        ("Rua Paris (Poente), 367, Jardim Europa", ["Rua Paris (Poente), 367, Jardim Europa"]),
        ("Condomínio Alphaville, Alameda Araguaia 933", ["Condomínio Alphaville, Alameda Araguaia 933"]),
        ("Edifício Copan, Av. Ipiranga 200, ap 1405", ["Edifício Copan, Av. Ipiranga 200, ap 1405"]),
        # rural addresses with no number; a highway by its code and km; a street named after a date
        ("Sítio Boa Esperança, Zona Rural, Gravatá - PE", ["Sítio Boa Esperança, Zona Rural, Gravatá - PE"]),
        ("estrada do cafezal - zona rural", ["estrada do cafezal - zona rural"]),
        ("fica na BR-116, km 300, Feira de Santana", ["BR-116, km 300, Feira de Santana"]),
        ("SP-280 km 32 Barueri", ["SP-280 km 32 Barueri"]),
        ("rua 13 de maio 45", ["rua 13 de maio 45"]),
        # a number ending the street's name before the house number; "torre", "sobrado"; Brasília's "Q."
        ("Rua Projetada 4, 120, Loteamento Bela Vista", ["Rua Projetada 4, 120, Loteamento Bela Vista"]),
        ("Rua Barata Ribeiro 500, 302", ["Rua Barata Ribeiro 500, 302"]),
        ("Avenida Beira Mar, 4000 ap 1504 torre 2", ["Avenida Beira Mar, 4000 ap 1504 torre 2"]),
        ("Rua Padre Anchieta, 1450 – sobrado", ["Rua Padre Anchieta, 1450 – sobrado"]),
        ("Q. 12 Conj. B Casa 4 - Gama", ["Q. 12 Conj. B Casa 4 - Gama"]),
        # ... but a count, a time or a price after the comma is none
        ("Rua Augusta 12, 3 unidades", ["Rua Augusta 12"]),
        ("Rua Augusta 12, 15h", ["Rua Augusta 12"]),
        ("Rua Augusta 12, 1.299,00", ["Rua Augusta 12"]),
        # controls, unchanged: a named street at a line's start that is the whole reply, or said to be where
        ("Rua Oscar Freire, Jardins", ["Rua Oscar Freire, Jardins"]),
        ("Rua Oscar Freire é onde moro", ["Rua Oscar Freire"]),
        ("rua das flores 123 ap 42 bloco b", ["rua das flores 123 ap 42 bloco b"]),
        ("SQN 205 Bloco C apto 301", ["SQN 205 Bloco C apto 301"]),
        # not addresses: a shop or place named like a street, a court, goods, times, counts, prices
        ("Rua Augusta é minha loja favorita", []),
        ("Rua Augusta fica bem movimentada no sábado", []),
        ("Rua Augusta, meu lugar preferido", []),
        ("Avenida Brasil é a novela das 21h", []),
        ("a quadra de futsal custa 120 a hora", []),
        ("a torre 2 do shopping", []),
        ("o sobrado 3 quartos", []),
        ("a quadra poliesportiva tem 2 traves", []),
        ("Quadra de areia disponível das 18 às 22", []),
        ("joguei na quadra 3 ontem", []),
        ("A Praia do Forte estava linda, 30 graus", []),
        ("comprei o Conjunto Moletom 2 peças", []),
        ("o Setor Sul do estádio abre às 16h", []),
        ("Setor 3, corredor 4", []),
        ("vou na rua 2, 15h", []),
        ("Rua 2, 3 unidades por favor", []),
        ("Av. 5, 10 anos de garantia", []),
        ("a BR-101 ficou parada 3 horas", []),
        ("o km 30 da estrada está interditado", []),
        ("comprei na rua 25 de março 3 bolsas", []),
        ("bairro nobre, 3 quartos, 2 vagas", []),
        ("o êxodo rural cresceu 2%", []),
        ("comprei o tênis Rua 2 da marca na promoção", []),
        ("Edifício Master, 12 andares de história", []),
    ],
)
def test_brazilian_whatsapp_forms(text: str, expected: list[str]) -> None:
    assert found(PtStreetAddressRecognizer(), text, 0.5) == expected
