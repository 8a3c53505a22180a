"""PlaceRecognizer: listed places after a place preposition, and the words and products that are not places."""

from __future__ import annotations

import pytest

from recognizers import ALL, PlaceRecognizer
from recognizers.place_recognizer import places
from tests.recognizers.helpers import found

PLACES = [
    ("it", "Spedite a Torino entro venerdì?", ["Torino"]),
    ("es", "Vivo en Zaragoza desde 2019", ["Zaragoza"]),
    ("pt", "Entregam em São Paulo amanhã?", ["São Paulo"]),  # two words, the longest listed
    ("de", "Ich wohne in Frankfurt am Main", ["Frankfurt am Main"]),
    ("de", "Das Paket kommt aus Köln", ["Köln"]),
    ("fr", "Livré à Lyon demain", ["Lyon"]),
    ("en", "Shipped to Leeds yesterday", ["Leeds"]),
    ("es", "Soy de Madrid y el pedido no llega", ["Madrid"]),
    ("it", "Mia madre vive vicino a Bergamo", ["Bergamo"]),
    ("fr", "J'habite dans la banlieue de Marseille", ["Marseille"]),  # a noun that is no product
]


@pytest.mark.parametrize(("language", "text", "expected"), PLACES)
def test_places_after_a_preposition(language: str, text: str, expected: list[str]) -> None:
    assert found(PlaceRecognizer(supported_language=language), text) == expected


NOT_PLACES = [
    ("it", "Il Monopoly Edizione Roma è in italiano?"),  # no preposition
    ("it", "Acqua di Colonia 100 ml"),  # "colonia" is cologne in Italian
    ("it", "Arriva da Milano 2?"),  # a number after it: a product
    ("it", "Avete la maglia in Nero?"),  # a colour
    ("es", "¿La tenéis en Azul?"),  # a colour, and a town in Argentina
    ("it", "La vorrei in Lilla"),  # a colour after a colour cue (and Lille's Italian name)
    ("en", "Is it Nice to wear?"),
    ("it", "Il pacco è per Marco"),  # a first name ("marco" is also a word): not a place
    ("it", "spedite a torino"),  # lower case: not read as a place
    ("fr", "Le savon de Marseille existe en copeaux ?"),  # a product noun before "de": where it comes from
    ("fr", "Le nougat de Montélimar est-il sans miel ?"),
]


# A listed place that is also a word of the language ("bari", "valencia", "campinas", "recife"): a place
# after the customer's cue (living, coming from, a relative, a home; or collecting at a shop of the
# town), a word otherwise.
CUSTOMER_WORD_PLACES = [
    ("it", "Abito a Bari da due anni", ["Bari"]),
    ("it", "Consegna a Bari presso mia madre", ["Bari"]),
    ("es", "Vivo en Valencia, ¿envían?", ["Valencia"]),
    ("pt", "Moro em Campinas, vocês entregam?", ["Campinas"]),
    ("pt", "Mandem para a minha irmã em Recife", ["Recife"]),
    ("fr", "Je viens le chercher au magasin de Tours", ["Tours"]),
    ("en", "Please send it to my sister in Reading", ["Reading"]),
    ("en", "Can I collect at Union Station?", []),  # collecting is no home: a station stays a word
]


@pytest.mark.parametrize(("language", "text", "expected"), CUSTOMER_WORD_PLACES)
def test_a_place_that_is_a_word_after_the_customer_cue(language: str, text: str, expected: list[str]) -> None:
    assert found(PlaceRecognizer(supported_language=language), text) == expected


@pytest.mark.parametrize(("language", "text"), NOT_PLACES)
def test_words_and_products_are_not_places(language: str, text: str) -> None:
    assert found(PlaceRecognizer(supported_language=language), text) == []


def test_the_list_loads_once_and_is_registered() -> None:
    assert places() is places()
    assert len(places().words_in) > 30_000
    assert PlaceRecognizer in ALL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I live in Grahamfurt, Delaware now", ["Grahamfurt, Delaware"]),
        ("shipping from Springfield, IL.", ["Springfield, IL"]),
        ("Austin, TX\nmy number below", ["Austin, TX"]),
        ("Port Amy, New York", ["Port Amy, New York"]),
        # not a town and a state
        ("Thanks, OK", []),  # a greeting is no town
        ("Blue, OR Red", []),  # a state code that is a word counts only at the end of a phrase
        ("Size M, IN stock", []),
        ("Springfield, IL 62704", []),  # with a ZIP: the address recognizer's
    ],
)
def test_town_and_state(text: str, expected: list[str]) -> None:
    got = [text[r.start : r.end] for r in PlaceRecognizer().analyze(text, [], None) if "," in text[r.start : r.end]]
    assert got == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "Il modello Golf arriva da Milano o da un altro magazzino?", []),
        ("es", "¿El modelo Polo sale de Madrid o de otro almacén?", []),
        ("pt", "O modelo Polo sai de Lisboa ou de outro armazém?", []),
        ("de", "Kommt das Sofa aus dem Lager in Hamburg?", []),
        ("it", "Spedite a Torino? Il magazzino è chiuso?", ["Torino"]),  # another sentence
        ("es", "Vivo en Zaragoza", ["Zaragoza"]),
    ],
)
def test_a_place_beside_a_warehouse_is_where_goods_ship_from(language: str, text: str, expected: list[str]) -> None:
    assert found(PlaceRecognizer(language), text, 0.5) == expected


TOWNS_REGIONS = [
    # regions no city list holds
    ("I live in Ohio", ["Ohio"]),
    ("he lives in British Columbia", ["British Columbia"]),
    ("I moved to Queensland", ["Queensland"]),
    # a town by its prefix or ending, after a place preposition
    ("she's based in Port Townsend", ["Port Townsend"]),
    ("we moved to North Conway last year", ["North Conway"]),
    ("send it to Westbrookville", ["Westbrookville"]),
    # any capitalised words after a strong cue, or after "hometown is"
    ("I live in Kittanning", ["Kittanning"]),
    ("My hometown is Kittanning", ["Kittanning"]),
    # a listed place in a message written all in lower case, after a strong cue
    ("i live in ohio", ["ohio"]),
    ("i'm from kenya", ["kenya"]),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS_REGIONS)
def test_regions_and_unlisted_towns(text: str, expected: list[str]) -> None:
    assert found(PlaceRecognizer(supported_language="en"), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I live in hope that it arrives",
        "i live in hope",
        "is it available in Large?",
        "I'm from the marketing team",
        "it came in Forest Green",
        "Hi, I moved to Premium last week",
    ],
)
def test_unlisted_towns_leave_shop_talk_alone(text: str) -> None:
    assert found(PlaceRecognizer(supported_language="en"), text) == []
