"""Addresses with no street (`recognizers.postal_boxes`): each country's post-office box and hamlet is one
span with its postcode and town; a box by its full name alone where the phrase ends; the short names
and hamlets only with a postcode; the same words in shop talk ("apartado 3 del contrato", "caiu na caixa
postal 3 vezes", "Postfach 2000 ist unser Bestseller", "BP 2024", "le hameau de 40 habitants") clear.
And a postcode's label on its own line before its value ("…, São Paulo - SP\\nCEP:\\n01304-001") keeps
the postcode in the street's span (`street_address_recognizer._extend`)."""

from __future__ import annotations

import pytest

from recognizers import (
    DeStreetAddressRecognizer,
    EsStreetAddressRecognizer,
    FrStreetAddressRecognizer,
    ItStreetAddressRecognizer,
    PtStreetAddressRecognizer,
)
from recognizers.street_address_recognizer import StreetAddressRecognizer
from tests.recognizers.helpers import found

IT, ES, PT, FR, DE = (
    ItStreetAddressRecognizer("it"),
    EsStreetAddressRecognizer("es"),
    PtStreetAddressRecognizer("pt"),
    FrStreetAddressRecognizer("fr"),
    DeStreetAddressRecognizer("de"),
)

WHOLE: list[tuple[StreetAddressRecognizer, str]] = [
    (IT, "Casella postale 55, 00187 Roma"),
    (IT, "casella postale 9, 50123 firenze"),
    (IT, "Casella postale 55"),
    (IT, "C.P. 45, 10121 Torino"),
    (IT, "fraz. borgo nuovo, 33100 udine"),
    (ES, "Apartado de Correos 123, 28080 Madrid"),
    (ES, "apartado de correos 300, 46080 valencia"),
    (ES, "Apdo. 210, 18080 Granada"),
    (PT, "Caixa Postal 1234, 01059-970 São Paulo - SP"),
    (PT, "caixa postal 301, 30123-970 belo horizonte mg"),
    (PT, "Caixa Postal 4521"),
    (PT, "Apartado 1021, 4101-001 Porto"),
    (PT, "Lugar de Paço, 4730-001 Vila Verde"),
    (FR, "Lieu-dit Les Granges, 24200 Sarlat"),
    (FR, "lieu dit les granges 24200 sarlat"),
    (FR, "La Ferme Neuve, lieu-dit Le Bourg, 35000 Rennes"),
    (FR, "Hameau de Vaux, 71000 Mâcon"),
    (FR, "Boîte postale 12, 13001 Marseille"),
    (FR, "BP 123, 31000 Toulouse Cedex"),
    (DE, "Postfach 10 02 20, 70173 Stuttgart"),
    (DE, "Postfach 5 61, 01067 Dresden"),
    (DE, "Postfach 30 11 22\n40211 Düsseldorf"),
    (PT, "Rua Augusta 1500, apto 72, Consolação, São Paulo - SP\nCEP:\n01304-001"),
    (PT, "rua sete de setembro 88, centro, florianópolis sc\ncep:\n88010-000"),
]


@pytest.mark.parametrize(("recognizer", "address"), WHOLE)
@pytest.mark.parametrize("shape", ["{a}", "Endereço:\n{a}\nObrigado!", "x: {a}. Ok"])
def test_the_whole_address_is_one_span(recognizer: StreetAddressRecognizer, address: str, shape: str) -> None:
    assert any(address in span for span in found(recognizer, shape.format(a=address)))


CLEAN: list[tuple[StreetAddressRecognizer, str]] = [
    (IT, "Segna la casella 4 del modulo, grazie"),
    (IT, "C.P. 45 del regolamento, articolo 2"),
    (IT, "La frazione del comune ha 300 abitanti"),
    (ES, "Según el apartado 3 del contrato, la garantía es de 2 años"),
    (ES, "Apartado Postal 77 es una banda de rock"),
    (ES, "Apartado 4521 del catálogo, el sofá gris"),
    (PT, "Liguei mas caiu na caixa postal 3 vezes"),
    (PT, "Caixa Postal 2 é o nome do podcast"),
    (PT, "Lugar de Paço é o nome do restaurante, reserva para 4"),
    (PT, "C.P. 310 é o código da peça"),
    (FR, "On a visité un hameau de 40 habitants en Ardèche"),
    (FR, "BP 2024 : le rapport annuel est en ligne"),
    (FR, "Le produit BP 45 est en rupture"),
    (DE, "Postfach 2000 ist unser Bestseller-Briefkasten"),
    (DE, "Postfach 1 und Postfach 2 im Outlook zusammenführen"),
    (DE, "Das Postfach der Abteilung ist 10 02 intern"),
]


@pytest.mark.parametrize(("recognizer", "text"), CLEAN)
def test_no_address(recognizer: StreetAddressRecognizer, text: str) -> None:
    assert found(recognizer, text) == []
