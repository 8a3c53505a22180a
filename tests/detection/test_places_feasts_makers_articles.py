"""Places that were goods or dates (2026-12-06, evening), through the full analyzer: a saint's feast
goods or a table are for ("para San Juan", "zu Sankt Martin"), a car maker that is also a town before
its model ("per Toyota Yaris"), English "a", the article, before goods ("a Mercedes Vito"), a country
of the rest of Europe as a shipping zone ("Spedizione in Albania"), a month ("en Mai"), two places the
goods may leave from, asked ("Was it posted from Manchester or Leeds?"). The
towns of the same shapes with an order, a trip, a person or a real preposition stay. Sentences
written for this round, none from a held-out set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a feast after "for": the date the goods or the table are for
        ("es", "¿Tenéis cocas de recapte para San Juan?"),
        ("es", "mesa para San Isidro, somos seis, a las 14h"),
        ("es", "¿el pack de vinos estaba rebajado solo para San Jorge?"),
        ("es", "¿me guardáis una coca para San Juan?"),
        ("it", "il panettone lo prendo per Santa Lucia, è un pensiero"),
        ("pt", "Têm balões para São João, os grandes?"),
        ("de", "Habt ihr Laternen-Bastelsets zu Sankt Martin?"),
        # a car maker listed as a town, before its model
        ("it", "catene da neve per Toyota Aygo, misura 165/65 R14?"),
        ("pt", "Tapetes para Toyota Corolla, têm em preto?"),
        ("es", "¿Tenéis escobillas para Toyota Auris?"),
        # a country of the rest of Europe as a shipping zone, as the countries listed before
        ("it", "Spedizione in Albania possibile?"),
        ("it", "spedite le lampade anche in Slovenia?"),
        ("en", "Do you deliver to Croatia and Serbia?"),
        # a month the list holds as a town
        ("fr", "La Collection Capri est sortie en Mai ?"),
        ("fr", "Client fidèle depuis Mai, j'ai droit à la remise ?"),
        # two places the goods may leave from, asked
        ("en", "Was the parcel shipped from Glasgow or Dundee?"),
        ("es", "¿Se mandó desde Valencia o desde Murcia?"),
        ("de", "Ich hab ein Ladekabel bestellt, kommt das aus Dresden oder aus Polen?"),
        ("fr", "Ça part de Lille ou de Belgique ?"),
        # English "a" is the article
        ("en", "Is there a Mercedes Sprinter roof rack in stock?"),
        ("en", "do you sell a Stockport County scarf"),
        ("en", "looking for a brentford one, home kit"),
    ],
)
def test_goods_and_dates_hold_no_place(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # the feast's town with an order, a trip, a person or a home in the sentence
        ("es", "Mándalo para San Juan el lunes", "San Juan"),
        ("es", "Enviadme la tarta para San Isidro el viernes", "San Isidro"),
        ("es", "Quiero la tarta para San Juan, para mi madre", "San Juan"),
        ("es", "Vivo en San Juan desde 2010", "San Juan"),
        ("de", "Ich fahre morgen zu Sankt Martin, mein Bruder wohnt dort", "Sankt Martin"),
        ("it", "Spediscilo per San Giovanni Rotondo entro lunedì", "San Giovanni"),
        # a country where someone lives, a month-named town after the customer's cue
        ("it", "Mia sorella vive in Slovenia, spedite?", "Slovenia"),
        ("es", "Vivo en Rumanía desde hace un año", "Rumanía"),
        # leaving from one of two places with no goods, a person, or one place only
        ("de", "Kommt die aus Passau oder aus Wien?", "Passau"),
        ("de", "Kommt deine Mutter aus Passau oder aus Wien? Das Paket ist da", "Passau"),
        ("en", "Was it posted from Manchester?", "Manchester"),
        ("en", "I posted it from Manchester or Leeds, can't remember", "Manchester"),
        # a town with a real preposition stays in English
        ("en", "I live in Stockport, do you deliver?", "Stockport"),
    ],
)
def test_towns_of_the_same_shapes_stay(analyzer: Analyzer, language: str, text: str, value: str) -> None:
    spans = found(analyzer, text, language)
    assert any(value in v for _, v in spans), spans
