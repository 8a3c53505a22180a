"""First names that name a dish, a town, a feast or a brand (2026-12-06, evening).

A dish named in the way of someone ("bacalhau à Brás", "spaghetti alla Norma", "solomillo
Wellington": `name_words.DISH_NOUNS`, `given_name_recognizer.dish_before`); a listed town right after
a preposition that puts only a place after it ("entregam em Santos", "nach Erbil":
`name_words.LOCATIVES`), read as the town and no person; the Spanish and Portuguese Ramadan and
Newroz after a word that dates (`name_words.DATED_FEASTS`); eponymous brands ("Russell Hobbs", "Tim
Tams", "Karen Millen"). Each with people in the same slots. Hand-written sentences, none taken from
an evaluation set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str, language: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a dish named in the way of a person
        ("pt", "O bacalhau à Brás de hoje vem com azeitonas?"),
        ("pt", "Têm bacalhau à Gomes de Sá ao jantar?"),
        ("it", "Fate le penne alla Norma anche da asporto?"),
        ("es", "¿El solomillo Wellington lleva setas?"),
        # feasts that date an order
        ("es", "Quiero encargar dátiles para Ramadán"),
        ("es", "¿Llegan los dátiles antes de Ramadán?"),
        ("de", "Schafft ihr die Lieferung noch vor Newroz?"),
        # brands named after their founders
        ("de", "Der Wasserkocher von Russell Hobbs ist undicht"),
        ("en", "Can I pick up some Tim Tams with my order?"),
        ("en", "Any Karen Millen sale this weekend?"),
        ("en", "Is there a Costa Coffee near the collection point?"),
    ],
)
def test_a_dish_feast_or_brand_is_no_one(analyzer: Analyzer, text: str, language: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("pt", "Vocês entregam em Santos no sábado?", "Santos"),
        ("pt", "Em Guimarães não havia o tamanho 40", "Guimarães"),
        ("es", "¿Hacéis envíos en Rosario?", "Rosario"),
        ("de", "Liefert ihr auch nach Erbil?", "Erbil"),
        ("de", "Wir kommen am Freitag aus Basel", "Basel"),
    ],
)
def test_a_town_after_a_place_preposition_is_no_person(analyzer: Analyzer, text: str, language: str, town: str) -> None:
    assert town not in _people(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # the same names as people: a person's preposition, a verb, a surname
        ("pt", "Entreguei o bolo à Vitória ontem à tarde", "Vitória"),
        ("pt", "Falei com o Brás sobre a encomenda", "Brás"),
        ("it", "Ho lasciato il pacco a Norma, la vicina", "Norma"),
        ("es", "Hablé con Ramadán ayer sobre el pedido", "Ramadán"),
        ("de", "Ich habe Newroz gestern angerufen", "Newroz"),
        ("pt", "Pensei em Vitória Guimarães para levantar a encomenda", "Vitória Guimarães"),
        ("es", "Lo recoge Rosario Vidal el lunes", "Rosario Vidal"),
        ("en", "Karen Miller will collect the coat", "Karen Miller"),
        ("de", "Russell Evans hat heute angerufen", "Russell Evans"),
    ],
)
def test_people_in_the_same_slots_stay(analyzer: Analyzer, text: str, language: str, name: str) -> None:
    assert name in _people(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a club's full name, a first name or a town inside it
        ("de", "Gibt es die Mütze für die Young Boys auch in Blau?"),
        ("fr", "Le maillot Paris Saint-Germain existe en 8 ans ?"),
        ("pt", "Ainda têm o boné do Petro de Luanda?"),
    ],
)
def test_a_clubs_full_name_is_no_one(analyzer: Analyzer, text: str, language: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # a town that is a club's whole name is still the customer's town
        ("pt", "Moro em São Paulo, entregam no sábado?", "São Paulo"),
        ("es", "Vivo en Madrid, ¿me lo enviáis?", "Madrid"),
    ],
)
def test_a_town_named_like_a_club_stays(analyzer: Analyzer, text: str, language: str, place: str) -> None:
    assert ("LOCATION", place) in found(analyzer, text, language)
