"""First names inside shops, models, houses, dishes and titles in en, fr and de, then it, es and
pt, through the full analyzer (the English and French models, Veil's own pipelines): the no-PII
messages, and people beside the same words, who keep their names. Sentences written here, none taken
from a held-out set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a shop named after one first name, on a trade noun, with an article or a link before it
        ("en", "Can I pay at Bar Giulia with the voucher?"),
        ("en", "Is Trattoria da Enzo open on Mondays?"),
        ("en", "The card was declined at Chez Louis"),
        ("fr", "Le Salon Sophie a fermé plus tôt"),
        ("fr", "L'Atelier Margot fait les ourlets ?"),
        ("fr", "Le restaurant Chez Louis accepte les tickets ?"),
        ("de", "Das Bistro Emil liefert nicht mehr"),
        ("de", "Die Konditorei Lotte hat zu"),
        ("de", "Ist die Pizzeria bei Mario in eurer App?"),
        # a model after its maker; a maker that is a first name after an article
        ("en", "Do you have mats for a Nissan Micra?"),
        ("fr", "Le pare-brise de la Skoda Fabia est fêlé"),
        ("de", "Scheibenwischer für den Mercedes Vito bitte"),
        # dishes, drinks and characters named like people
        ("en", "Two Eggs Benedict and a Bloody Mary please"),
        ("fr", "Deux salades César, sans croûtons"),
        ("de", "Der Bob der Baumeister Bagger fährt nicht"),
        ("en", "Is the Peppa Pig lunch box in stock?"),
        # a brand the run holds, read by the model or the place list from its middle
        ("en", "The Jean Paul Gaultier gift set came without the spray"),
        ("en", "Is there a Carolina Herrera tester?"),
        # German: the product word after the name, in capitals or as a second noun
        ("de", "Die Heidi DVD ist zerkratzt"),
        ("de", "Gibt es das Billy Regal in Weiß?"),
        # Italian, Spanish, Portuguese: the same shapes
        ("it", "L'Osteria da Gigi accetta i buoni pasto?"),
        ("es", "¿La Churrería Juan abre el domingo?"),
        ("pt", "A Lanchonete do Pedro fecha cedo?"),
        ("it", "I coprisedili per la Skoda Fabia"),
        ("pt", "Tem tapete para o Fiat Argo?"),
        ("es", "Huevos Benedict sin jamón, por favor"),
        ("it", "Il libro di Geronimo Stilton è rovinato"),
        ("es", "¿La estantería Billy existe en roble?"),
    ],
)
def test_named_goods_hold_no_one(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a person beside the shop, the model or the dish keeps the name
        ("en", "Ask for Paul at the Boulangerie Paul counter", "Paul"),
        ("en", "My sister Mary ordered a Bloody Mary", "Mary"),
        ("fr", "Marie a commandé le canapé Léon", "Marie"),
        ("de", "Frau Lotte Krüger hat bei der Konditorei bestellt", "Lotte Krüger"),
        # a shop named after a full name, a French "Chez" opening a sentence: fail closed
        ("en", "Is Pizzeria da Enzo Rossi open?", "Enzo Rossi"),
        ("fr", "Chez Marie, le colis n'est jamais arrivé", "Marie"),
        # a maker that is also a first name, with no article: a person
        ("de", "Mercedes Vito hat gestern angerufen", "Mercedes Vito"),
        ("it", "Ho parlato con Gigi, il cameriere dell'Osteria da Gigi", "Gigi"),
        ("es", "Mi hermana Lola compró la estantería Billy", "Lola"),
        ("pt", "Falei com a Juliana na Pizzaria Da Michele", "Juliana"),
    ],
)
def test_people_beside_named_goods_keep_their_names(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    spans = found(analyzer, text, language)
    assert any(entity == "PERSON" and name in value for entity, value in spans), spans
