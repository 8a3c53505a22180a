"""The business's places are left, the customer's are kept (`business.shop_place`, the customer's cue
in `place_recognizer`): a shop's branch, where goods are made, a fair, a club on goods, a country as a
shipping zone are not personal data; where the customer lives, comes from, has their order delivered
or collects it is."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a shop's premises
        ("en", "Does the Norwich branch do repairs?"),
        ("en", "Our Cardiff warehouse is out of the grey sofa"),
        ("fr", "Le magasin de Rennes a-t-il la veste en 40 ?"),
        ("fr", "Nos boutiques de Lille et de Lyon sont fermées lundi"),
        ("it", "Il negozio di Bergamo ha ancora il divano?"),
        ("it", "La filiale di Padova chiude alle 19?"),
        ("es", "¿La tienda de Zaragoza tiene la talla 38?"),
        ("pt", "A loja de Coimbra abre ao sábado?"),
        ("de", "Hat die Filiale in Leipzig die Jacke in M?"),
        # where goods are made or come from
        ("en", "Is the kettle made in Germany?"),
        ("fr", "Le sac est-il fabriqué en Italie ?"),
        ("it", "Le borse sono fatte in Cina?"),
        ("es", "¿Las sandalias están hechas en Portugal?"),
        ("pt", "O casaco é feito em Portugal?"),
        ("de", "Sind die Stiefel in Portugal gefertigt?"),
        ("en", "Is the tea from India or from China?"),
        ("de", "Ist der Kaffee aus Brasilien?"),
        # a country as a shipping zone
        ("en", "Do you deliver to Belgium?"),
        ("fr", "Vous livrez en Espagne ?"),
        ("it", "Spedite in Francia?"),
        ("es", "¿Hacen envíos a Alemania?"),
        ("pt", "Entregam em Espanha?"),
        # fairs, clubs on goods, goods' vehicles
        ("it", "Eravate alla Fiera di Verona?"),
        ("fr", "Vous avez le maillot de Lyon en XL ?"),
        ("en", "Is the Paris Fashion Week discount still on?"),
        ("fr", "Le colis est dans le camion pour Toulouse ?"),
    ],
)
def test_the_business_places_are_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        # home, origin, a relative's home, with a shop word or a shipping word nearby
        ("en", "I live in Norwich, does your branch deliver?", {"Norwich"}),
        ("en", "Please deliver to my mother in Cardiff", {"Cardiff"}),
        ("fr", "J'habite à Rennes, le magasin livre ?", {"Rennes"}),
        ("fr", "Envoyez-le à Nantes, chez ma sœur", {"Nantes"}),
        ("it", "Consegna a Bari presso mia madre", {"Bari"}),
        ("it", "Sono di Lecce, spedite lì?", {"Lecce"}),
        ("es", "Vivo en Valencia, ¿la tienda envía?", {"Valencia"}),
        ("pt", "Moro em Campinas, vocês entregam?", {"Campinas"}),
        ("de", "Ich wohne in Bielefeld, liefert ihr?", {"Bielefeld"}),
        # a pickup point: the shop's town where the customer collects their order
        ("it", "Ritiro al negozio di Torino a nome mio", {"Torino"}),
        ("es", "Lo recojo en la tienda de Córdoba", {"Córdoba"}),
        ("fr", "Je viens le chercher au magasin de Tours", {"Tours"}),
        # a country where the customer lives, and a town as a destination
        ("en", "I live in Germany, do you ship there?", {"Germany"}),
        ("en", "Do you ship to Leeds?", {"Leeds"}),
    ],
)
def test_the_customer_places_stay(analyzer: Analyzer, language: str, text: str, places: set[str]) -> None:
    [spans] = analyzer.analyze([text], language=language)
    for place in places:
        start = text.index(place)
        assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(place))), place
