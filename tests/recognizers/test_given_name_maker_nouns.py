"""GivenNameRecognizer: a maker named beside an appliance, a tool or a piece of gear (`goods_slots`).

"les lave-linge Candy", "il trapano Gibson", "la pala de pádel Wilson", "a Gibson amp", "Candy
Waschmaschinen": the name is the maker's. Hand-written sentences, none taken from a held-out set; the
look-alikes keep the same nouns around a person.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

MAKERS = [
    ("fr", "Vous réparez les lave-linge Candy ? le mien fuit"),
    ("fr", "Vous avez des leurres Abu Garcia pour le brochet ?"),
    ("fr", "La raquette de tennis Wilson est revenue en stock ?"),
    ("it", "posso restituire il trapano gibson al negozio o solo online"),
    ("it", "Avete il tagliasiepi Gibson in negozio a Lecce?"),
    ("it", "Avete mute Rip Curl per bambini?"),
    ("es", "¿Tenéis neoprenos Rip Curl de talla 10?"),
    ("es", "¿Ha vuelto la raqueta de tenis Wilson? la azul"),
    ("es", "Se me ha roto el cargador Huawei del móvil"),
    ("pt", "Reparam máquinas de lavar Candy? a minha não centrifuga"),
    ("pt", "Posso devolver o berbequim Gibson na loja de Braga?"),
    ("pt", "Vendem cordas Gibson para baixo?"),
    ("en", "Looking for a used Gibson amp under £200"),
    ("de", "Repariert ihr Candy Waschmaschinen? die Trommel dreht nicht"),
    ("de", "Kann ich den Melitta Wasserkocher ohne Bon umtauschen?"),
    ("de", "der severin wasserkocher ist kaputt, gibt es noch Garantie?"),
    ("de", "Habt ihr Abu Garcia Wobbler für Hecht?"),
]


@pytest.mark.parametrize(("language", "text"), MAKERS)
def test_a_name_beside_an_appliance_tool_or_gear_is_its_maker(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


PEOPLE = [
    # a preposition between the noun and the name: the owner
    ("es", "la lavadora de Marta no centrifuga", ["Marta"]),
    ("it", "il trapano di Marco è rimasto in negozio", ["Marco"]),
    # the name goes on as the subject of its clause
    ("es", "la lavadora Marta la compró ayer", ["Marta"]),
    ("it", "il trapano Marco l'ha preso ieri", ["Marco"]),
    ("pt", "a máquina Rita já a levou", ["Rita"]),
    # a person after a noun that names someone, not a thing ("monitor" is an instructor too)
    ("es", "el monitor Javier dice que la clase es a las 6", ["Javier"]),
    # Portuguese after an indefinite article: left out, fail closed
    ("pt", "Procuro um berbequim Gibson barato", ["Gibson"]),
    # German: the goods noun is no compound after the name, or a surname that ends like one
    ("de", "Anna Hoffmann holt die Waschmaschine ab", ["Anna Hoffmann"]),
    ("de", "Anna Kocher hat angerufen", ["Anna Kocher"]),
    ("de", "anna hoffmann holt die waschmaschine ab", ["anna hoffmann"]),
]


@pytest.mark.parametrize(("language", "text", "names"), PEOPLE)
def test_a_person_beside_the_same_nouns_is_still_found(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names


CALLED_OR_OWNED = [
    # an article or a possessive before the name after "per"/"de"/"do": a person
    ("it", "ho preso lo zaino per la Giulia ieri", ["Giulia"]),
    ("pt", "o relógio do meu Pedro parou", ["Pedro"]),
    ("es", "la mochila de la Marta está rota", ["Marta"]),
    # a name called at the end of a statement, no comma before it
    ("es", "te dejo la raqueta Marta, gracias", ["Marta"]),
    ("it", "grazie per il caricatore Giulia!", ["Giulia"]),
]


@pytest.mark.parametrize(("language", "text", "names"), CALLED_OR_OWNED)
def test_a_person_owning_or_called_after_the_noun_is_still_found(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names
