"""Spanish, Italian and Portuguese first names that are everyday words (`recognizers.word_names`,
`GivenNameRecognizer._word_thing`, `_place_from`, `model_things.word_thing`, the beers, seas and
crosses of `name_words.NAMED_THINGS`): a feast after a masculine article, a devotion or a quarter,
a scent after its goods, an indefinite article, "de graça", a wish, a town; and the women and men
who bear the same names, in the same places, who must stay. Sentences written here, none taken
from a held-out set."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


def _persons(analyzer: Analyzer, text: str, language: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a Spanish masculine article before a name that is also a word: the feast, the sea
        ("es", "¿Abrís el día del Pilar?"),
        ("es", "Vamos al Rocío con la hermandad"),
        ("es", "El Rocío es la semana que viene, ¿abrís?"),
        ("es", "Apartamento frente al Mar, ¿queda libre?"),
        # a devotion, a quarter, a bill before "de"/"do"/"da"/"della"
        ("pt", "Terço do Rosário, tem em prata?"),
        ("pt", "Missa do Socorro, fechamos às 17"),
        ("pt", "Fica no bairro da Glória, entregam lá?"),
        ("it", "Lo stadio della Vittoria è vicino?"),
        ("es", "Centro de Salud de la zona, ¿queda cerca?"),
        ("es", "La factura de la Luz no ha llegado"),
        # a scent or a stone after its goods
        ("pt", "Sabonete de Jasmim, tem?"),
        ("pt", "Vela aroma Jasmim"),
        ("pt", "O colar de Pérola chegou arranhado"),
        ("pt", "Óleo de Jasmim para massagem"),
        ("it", "Bagnoschiuma Gelsomina, quanto costa?"),
        # an indefinite article before a word
        ("it", "È stata una Gioia conoscervi"),
        ("it", "Grazie, una vera Gioia per gli occhi"),
        ("pt", "É uma Glória esse bolo"),
        # free of charge, a wish, a blessing
        ("pt", "O frete é de Graça acima de 100 reais"),
        ("pt", "Frete de Graça para todo o país"),
        ("it", "Tanti auguri e Felice compleanno!"),
        ("it", "Vi auguro una Serena serata"),
        ("pt", "Graça e paz, pessoal!"),
        # beers, a cross, a sea
        ("es", "¿Tenéis Estrella Galicia sin alcohol?"),
        ("es", "La Cruz Roja recoge ropa aquí?"),
        ("es", "Mar Menor, excursión en barco"),
    ],
)
def test_a_name_that_is_a_word_is_read_as_the_word(analyzer: Analyzer, language: str, text: str) -> None:
    assert _persons(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Gioia Tauro, consegnate anche lì?"),
        ("pt", "Vitória da Conquista, prazo de entrega?"),
        ("it", "Spedite anche a Gioia del Colle?"),
    ],
)
def test_a_town_that_opens_with_such_a_name_is_no_person(analyzer: Analyzer, language: str, text: str) -> None:
    assert _persons(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "Se lo di a Pilar en la tienda", "Pilar"),
        ("es", "María del Pilar Sanz recoge el pedido", "María del Pilar Sanz"),
        ("es", "Quedé con Mar a las 6", "Mar"),
        ("es", "María del Mar Ortiz reservó", "María del Mar Ortiz"),
        ("es", "El bolso de la Pilar se quedó aquí", "Pilar"),
        ("es", "La reserva es a nombre de Rocío Salas", "Rocío Salas"),
        ("es", "Entrégaselo a Luz, está en casa", "Luz"),
        ("es", "La vela es para Azucena Moreno", "Azucena Moreno"),
        ("pt", "Maria da Graça pagou ontem", "Maria da Graça"),
        ("pt", "Falei com a Graça sobre o pedido", "Graça"),
        ("pt", "Quem paga é a Graça", "Graça"),
        ("pt", "Maria da Glória vem retirar", "Maria da Glória"),
        ("pt", "Entrega para o Rosário, meu pai", "Rosário"),
        ("pt", "A encomenda da Jasmim chegou", "Jasmim"),
        ("pt", "Entrega na casa da Dores, rua de trás", "Dores"),
        ("pt", "Vitória Lopes mora em Vitória da Conquista", "Vitória Lopes"),
        ("it", "Il pacco della Vittoria è arrivato, mia figlia", "Vittoria"),
        ("it", "Dallo alla Gelsomina, è mia zia", "Gelsomina"),
        ("it", "Ho parlato con Gioia ieri", "Gioia"),
        ("it", "Serena ha pagato con bonifico", "Serena"),
        ("it", "Felice ha già pagato", "Felice"),
        ("it", "Margherita Gallo ha ordinato una Margherita", "Margherita Gallo"),
    ],
)
def test_a_person_with_the_same_name_stays(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert any(name in value for value in _persons(analyzer, text, language))


@pytest.mark.parametrize(
    "text",
    [
        "Me guardáis dos tartas de Santiago para el domingo?",
        "¿Las yemas de Ávila llevan huevo de corral?",
        "Pon una torta de Santiago grande y un café",
        "La tarta de Santiago es igual que la de la otra tienda?",
    ],
)
def test_a_spanish_dish_named_after_its_town_is_no_one(analyzer: Analyzer, text: str) -> None:
    assert _persons(analyzer, text, "es") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La tarta de Lucía lleva fresas y nata", "Lucía"),  # her cake: no town
        ("El regalo de Santiago llegó ayer", "Santiago"),  # a present is someone's
        ("Santiago pidió una tarta de chocolate", "Santiago"),
        ("La tarta para Santiago, con velas", "Santiago"),
    ],
)
def test_a_person_near_a_dish_stays(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _persons(analyzer, text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "Quiero el Adriana en talla M",  # a woman's name after "el": a model named after her
        "¿El Carlota del escaparate es de piel?",
        "Me quedo con el Paulina en gris, gracias",
        "¿Vuelve el Daniela en negro?",
    ],
)
def test_a_womans_name_after_a_spanish_masculine_article_is_a_model(analyzer: Analyzer, text: str) -> None:
    assert _persons(analyzer, text, "es") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("María del Carmen recoge el pedido", "María del Carmen"),  # "del" inside her name
        ("Espero a Valentina mañana", "Valentina"),
        ("Me quedo con la talla que dijo Paulina", "Paulina"),
    ],
)
def test_a_woman_beside_a_masculine_article_stays(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _persons(analyzer, text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "¿Enviáis Longchamp a Portugal?",
    ],
)
def test_a_spanish_vosotros_verb_and_the_brand_after_it_are_no_one(analyzer: Analyzer, text: str) -> None:
    assert _persons(analyzer, text, "es") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("¿Conocéis a Nerea Salinas?", "Nerea Salinas"),  # a person takes the personal "a"
        ("¿Habláis con Rebeca mañana?", "Rebeca"),
        ("Anaís pasa a recoger el pedido", "Anaís"),
        ("Encargué dos macetas a nombre de Solís", "Solís"),  # "-ís" is no verb's mark: surnames end so
    ],
)
def test_a_person_after_a_vosotros_verb_stays(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _persons(analyzer, text, "es")
