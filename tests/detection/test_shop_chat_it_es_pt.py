"""Shop chat in Italian, Spanish and Portuguese that holds no one: shops named after saints and
trades, greetings and chat words, relatives doing things; and the names beside the same words
that must stay. Sentences written here, none taken from a held-out set."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a saint inside a shop's name: the first-name list reads "João", "Santa Ana" as people
        ("pt", "A Drogaria São Jorge fecha às oito?"),
        ("pt", "Vocês entregam na Padaria São Bento?"),
        ("es", "La Farmacia San Rafael me dijo que no lo tienen"),
        ("es", "Pregunté en la Ferretería Santa Ana y no hay"),
        ("it", "La Ferramenta San Michele ha questo tassello?"),
        # a trade noun opening a shop's name in it, es, pt
        ("pt", "A Confeitaria Colombo faz bolo por encomenda?"),
        ("es", "Panadería La Asunción, ¿tienen pan de centeno?"),
        ("pt", "Restaurante Vila Olímpia, aceitam reserva?"),
        # greetings and chat words after "Opa", "Valeu,", "Gracias", "Grazie"
        ("pt", "Opa Beleza, ainda tem o tênis?"),
        ("pt", "Valeu, Falou!"),
        ("es", "Perfecto, Gracias Joven"),
        ("it", "Perfetto, Grazie Ancora"),
        # a relative doing something: "mãe" is not the English name "Mae"
        ("pt", "Minha mãe sai cedo, deixem na portaria"),
        ("pt", "Minha irmã adorou a bolsa"),
        # a football club named like a person or a town, on a shirt or a scarf
        ("pt", "A camisa do Santos tem manga longa?"),
        ("es", "¿Queda la playera del América en talla S?"),
        ("it", "La sciarpa della Roma è di lana?"),
        ("it", "Avete la maglia del Milan per bambini?"),
        # a country, and chains named like people
        ("it", "Spedite anche in Italia?"),
        ("pt", "A Leroy Merlin entrega hoje?"),
        # goods named by where they come from
        ("es", "¿El aceite de Jaén es de primera presión?"),
        ("es", "El mezcal de Oaxaca, ¿cuántos grados tiene?"),
        ("it", "L'aceto di Modena è denso?"),
    ],
)
def test_shop_chat_with_no_one_in_it_is_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a person beside a saint's shop, or a shop named after a person
        ("pt", "Minha mãe Joana vai buscar na Farmácia São João", {"Joana"}),
        ("es", "Mi madre Camila lo recoge en la Farmacia San Antonio", {"Camila"}),
        ("es", "Hablé con María San Juan en la tienda", {"María San Juan"}),
        ("it", "Grazie, Lorenzo Galli", {"Lorenzo Galli"}),
        ("pt", "Opa Beleza, aqui é a Fernanda", {"Fernanda"}),
        ("es", "Compré el pan en la Panadería Lucía Romero", {"Lucía Romero"}),
        # accented names that are everyday words too stay names
        ("pt", "Entregar para Vinícius Teixeira, por favor", {"Vinícius Teixeira"}),
        ("pt", "A Mônica da loja disse que ia resolver", {"Mônica"}),
        # a person's shirt, and a club's name as part of a person's
        ("es", "La camiseta de Pedro llegó pequeña", {"Pedro"}),
        ("pt", "A camisa do Vasco Pereira ficou pequena", {"Vasco Pereira"}),
        # the customer's own town beside goods named by their origin
        ("es", "Mandad el jamón de Teruel a Valladolid, vivo allí", {"Valladolid"}),
    ],
)
def test_names_beside_the_same_words_stay(analyzer: Analyzer, language: str, text: str, names: set[str]) -> None:
    [spans] = analyzer.analyze([text], language=language)
    for name in names:
        start = text.rindex(name)
        assert all(
            text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
        ), name
