"""The customer's region after a first-person living or being cue (`recognizers.regions`), and a town
at an event the writer says they attend (`proxy.detection.attending`): both kept tokenised. A region
as a delivery zone or a product's origin, and a fair the shop is asked about, stay left alone."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # the customer's region
        ("it", "abito in Toscana, quanto ci mette la consegna?", "Toscana"),
        ("it", "sono in Umbria fino a fine mese", "Umbria"),
        ("es", "estoy en Cantabria hasta el lunes", "Cantabria"),
        ("pt", "moro no Algarve, quanto tempo demora?", "Algarve"),
        ("fr", "j'habite en Normandie, c'est combien de temps ?", "Normandie"),
        ("de", "ich wohne in Bayern, wie lange dauert das?", "Bayern"),
        ("de", "bin bis Montag in Thüringen", "Thüringen"),
        ("en", "I live in Cumbria so collection is out", "Cumbria"),
        # a town at an event the writer attends
        ("en", "I'm at the festival in Leeds this weekend, can it wait", "Leeds"),
        ("en", "I'll be at the fair in Harrogate on Saturday so not home", "Harrogate"),
        ("it", "sarò alla fiera di Verona sabato, consegnate lunedì", "Verona"),
        ("es", "estaré en la feria de Sevilla el sábado", "Sevilla"),
        ("fr", "je serai au salon de Lyon samedi", "Lyon"),
        ("de", "ich bin am Samstag auf der Messe in Leipzig", "Leipzig"),
    ],
)
def test_the_customers_region_and_attended_town_stay(analyzer: Analyzer, language: str, text: str, place: str) -> None:
    assert any(place in t for _, t in found(analyzer, text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "spedite anche in Sardegna?"),
        ("it", "l'olio è di Toscana o pugliese?"),
        ("es", "¿hacéis entregas en toda Andalucía?"),
        ("es", "busco un vino de Rioja que no sea caro"),
        ("de", "wie lange dauert der Versand nach Bayern"),
        ("de", "ist der Käse aus dem Allgäu?"),
        ("pt", "entregam em todo o Alentejo?"),
        ("en", "will you be at the fair in Harrogate this year?"),
        ("it", "sarete alla fiera di Verona quest'anno?"),
        ("fr", "vous serez au salon de Lyon cette année ?"),
    ],
)
def test_a_delivery_zone_an_origin_and_the_shops_fair_are_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()
