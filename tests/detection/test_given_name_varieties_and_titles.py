"""First names that are goods or works by the words around them, in the six languages: a cultivar or a
maker after a noun of plants, fabrics, pens, workwear or stoves (`goods_slots`, the maker's slot), a
work's title after a noun of its copies or stagings, before a format, or after a verb of practising
a piece (`recognizers.work_titles`), goods on offer (`goods_said`), a carrier named like a region
(`name_words.PRODUCT_WORDS`); and the people beside the same words, who stay. Sentences written
here, not a set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a cultivar after a noun of plants
        ("es", "¿Os quedan hortensias Annabelle en maceta grande?"),
        ("it", "Vorrei tre ortensie Annabelle per il terrazzo"),
        ("pt", "Vocês têm roseiras Gertrude Jekyll em vaso?"),
        ("de", "Habt ihr Rosen Gertrude Jekyll im Container?"),
        ("es", "Lleváis perales Williams a domicilio?"),
        # a maker after a noun of fabrics, pens, workwear, stoves, appliances
        ("es", "vendéis tela Pierre Frey por metros?"),
        ("it", "Avete la tosatrice Andis con le lame di ricambio?"),
        ("fr", "Vous ramonez les poêles Rika ou seulement les inserts ?"),
        ("pt", "Quanto custa bordar 30 polos Russell com o logótipo?"),
        ("en", "Can you fit Simon sockets in the utility room?"),
        ("de", "Gibt es die Russell Jacken auch in Grün?"),
        # a work's title after a noun of its copies or stagings
        ("es", "¿Os quedan ejemplares de Matilda en inglés?"),
        ("it", "Il poster di Carmina Burana arriva arrotolato?"),
        ("pt", "Ainda há exemplares de Iracema em português?"),
        ("de", "Ist die Ausgabe von Heidi mit Illustrationen noch lieferbar?"),
        ("en", "Have you got 6 copies of Matilda for the school?"),
        # before a format, after a verb of practising a piece
        ("en", "Do you have Matilda in paperback?"),
        ("fr", "Elle travaille Clair de lune pour le concert de juin"),
        ("de", "Sie übt gerade Peter und der Wolf für die Musikschule"),
        ("en", "She's working on Eleanor Rigby for her grade exam"),
        # on offer right after the name, a carrier named like a region
        ("es", "¿Valentina está de oferta antes de Navidad?"),
        ("it", "Beatrice è in offerta questa settimana?"),
        ("pt", "O Gustavo está em promoção?"),
        ("de", "Ist Hildegard vor Ostern im Angebot?"),
        ("fr", "Juliette est en promo jusqu'à quand ?"),
        ("en", "Which Brittany Ferries sailing gets in first?"),
    ],
)
def test_goods_and_works_are_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert {e for e in found(analyzer, text, language) if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a person after a preposition, before a clitic, as a subject after her verb
        ("es", "La chaqueta de Lucía llegó rota", "Lucía"),
        ("es", "Está estudiando Marta para el examen", "Marta"),
        ("it", "Sta preparando Giulia il pacco", "Giulia"),
        ("pt", "A Marta está a estudar para o exame", "Marta"),
        ("fr", "Marie travaille samedi ?", "Marie"),
        ("de", "Heute übt Lisa mit Jonas Klavier", "Lisa"),
        # a possessive after a copy's noun, a person given something in English
        ("en", "A copy of Emma's passport, please", "Emma"),
        # a print, a score, a rehearsal of a person: a one-word run or a full name after them stays
        ("es", "¿A qué hora es el ensayo de Lucía el sábado?", "Lucía"),
        ("es", "¿Podéis imprimir el póster de Lucía Pérez para su cumple?", "Lucía Pérez"),
        ("en", "Could you frame the poster of Emma before Friday?", "Emma"),
        ("en", "I sent Emma the invoice", "Emma"),
        # tired, not sold out; in the shop, not on offer
        ("es", "Marta está agotada después del turno", "Marta"),
        ("it", "Giulia è esaurita, richiamo domani", "Giulia"),
        ("de", "Ist Greta heute im Laden?", "Greta"),
    ],
)
def test_a_person_beside_the_same_words_stays(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    [spans] = analyzer.analyze([text], language=language)
    start = text.index(name)
    assert all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
    ), name
