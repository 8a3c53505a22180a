"""A model's person right after a noun that a counting or indefinite determiner opens is the noun's
maker, variety or model in French, Italian, Spanish and Portuguese ("un sécateur Felco", "les guitares
Gibson"), not a person (`proxy.detection.model_things.apposed_to_goods`); a name after a noun of
people, of a record, of time, or closing its line, stays. Sentences written here, not a set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.model_things import apposed_to_goods
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the French models' people
        ("fr", "Je cherche un sécateur Felco pour mon père"),
        ("fr", "Vous reprenez les guitares Gibson d'occasion ?"),
        ("fr", "On voudrait des dahlias Café au Lait pour le mariage"),
        # the first-name list's: a variety named after a person
        ("fr", "Vous avez des clématites Nelly Moser en stock ?"),
        ("it", "Avete delle peonie Sarah Bernhardt per sabato?"),
        ("es", "¿Tenéis unas peonías Sarah Bernhardt para el sábado?"),
    ],
)
def test_a_maker_or_a_variety_after_its_noun_is_no_one(analyzer: Analyzer, lang: str, text: str) -> None:
    assert {e for e in found(analyzer, text, lang) if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "Vous avez des moulinets Shimano pour la mer ?", "Shimano"),
        ("fr", "Il faudrait 30 gourdes Quechua avec le logo", "Quechua"),
        ("it", "Montate delle caldaie Riello in giornata?", "Riello"),
        ("it", "Vorrei un'agenda Moleskine a righe", "Moleskine"),
        ("es", "¿Tenéis unas zapatillas Joma en el 42?", "Joma"),
        ("pt", "Queria uns carretos Shimano para pesca", "Shimano"),
    ],
)
def test_the_shape_reads_goods(lang: str, text: str, value: str) -> None:
    start = text.index(value)
    assert apposed_to_goods(text, start, start + len(value), lang)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a noun of people, a relative, a record, a time, a birthday before the name
        ("fr", "les mariés Gaëtan et Solène arrivent vers midi", "Gaëtan"),
        ("fr", "un certain Brossard a laissé un message", "Brossard"),
        ("fr", "j'ai vu deux voisins Abdelkrim et Youssef", "Abdelkrim"),
        ("fr", "une commande Lemarchand est arrivée ?", "Lemarchand"),
        ("fr", "dans deux semaines Thibaut repasse", "Thibaut"),
        ("es", "pon 'feliz 9 cumpleaños Iker' en la tarta", "Iker"),
        ("pt", "os dois filhos Tiago e Rui vêm buscar", "Tiago"),
        ("it", "sul nastro scrivete: i nipoti Ofelia e Bruno", "Ofelia"),
        # a preposition or a conjunction after the determiner: no noun
        ("es", "dos entradas, una para Itziar y otra para mí", "Itziar"),
        ("pt", "tem nove e Leandro tem doze", "Leandro"),
        ("pt", "duas para a Rita e uma pro Gervásio", "Gervásio"),
        # an object pronoun before a verb, and a name closing its line
        ("fr", "tu les prends Margaux ?", "Margaux"),
        ("es", "pagó las dos casas Ainhoa Berrocal", "Ainhoa Berrocal"),
        # a definite article and a possessive are left to the other rules
        ("fr", "le jeune à la caisse Kévin m'a aidé", "Kévin"),
        ("fr", "mon coloc Anthelme passe le prendre", "Anthelme"),
    ],
)
def test_a_person_in_the_same_places_stays(lang: str, text: str, value: str) -> None:
    start = text.index(value)
    assert not apposed_to_goods(text, start, start + len(value), lang)
