"""Feast days, dishes and lines named like people, and greetings, through the full analyzer (it,
es, pt, fr): a saint after the words for a day or a feast, a French "la Saint-…", "Nossa Senhora",
a line's name after a dish or table linen, Portuguese "cor" and a French "Salam" are no one;
people and towns in the same shapes stay. Sentences written here, none from a held-out set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a saint after a day's or a feast's word, or hyphenated after a French "la": a feast day
        ("it", "consegnate il giorno di Santo Stefano?"),
        ("fr", "fermé pour la Saint-Nicolas ?"),
        ("fr", "la Sainte-Catherine vous faites des bouquets ?"),
        ("fr", "la galette arrive avant l'Épiphanie ?"),
        # "Our Lady" before a first name: the Virgin's feast, no customer
        ("pt", "a loja fecha no feriado de Nossa Senhora Aparecida?"),
        # a line's name after a dish or table linen
        ("fr", "une pizza Reine et une Calzone à emporter"),
        ("es", "la vajilla Lucía de 18 piezas está agotada?"),
        ("pt", "a toalha Sofia de banho é 100% algodão?"),
        # Portuguese "cor" (colour) in lower case, a French "Salam" opening a message
        ("pt", "Desculpa, mandaram a cor errada"),
        ("pt", "a bolsa tem na cor caramelo?"),
        ("fr", "Salam, vous livrez le dimanche ?"),
    ],
)
def test_feasts_lines_and_greetings_hold_no_one(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Je suis Rémi Bonnet, la pizza Reine était froide", "Rémi Bonnet"),
        ("fr", "Salam, je m'appelle Adèle Vincent", "Adèle Vincent"),
        ("fr", "Salam Haddad a payé la commande", "Salam"),
        ("es", "mi hija Lucía quiere la vajilla", "Lucía"),
        ("pt", "Falei com o Cor Jansen sobre a troca", "Cor Jansen"),
        ("pt", "a senhora Aparecida Souza ligou ontem", "Aparecida Souza"),
    ],
)
def test_people_beside_feasts_and_lines_keep_their_names(
    analyzer: Analyzer, language: str, text: str, name: str
) -> None:
    spans = found(analyzer, text, language)
    assert any(entity == "PERSON" and name in value for entity, value in spans), spans


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("fr", "je pars à Saint-Jean-de-Luz demain", "Saint-Jean-de-Luz"),
        ("es", "vivo en San Juan desde enero", "San Juan"),
    ],
)
def test_towns_named_after_saints_stay(analyzer: Analyzer, language: str, text: str, place: str) -> None:
    spans = found(analyzer, text, language)
    assert any(place in value for _, value in spans), spans
