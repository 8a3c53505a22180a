"""Labelled address records (`AddressFormRecognizer`): every address field's value of a record of two
or more address fields, one below the town; lone town fields, product specs and order forms stay clear."""

from __future__ import annotations

import pytest

from recognizers import AddressFormRecognizer
from tests.recognizers.helpers import found

RECORDS = [
    # pt (BR, PT)
    ("Logradouro: Rua Quaresmeira\nNúmero: 71\nComplemento: apto 4\nBairro: Centro\nCEP: 01310-100\nCidade: Itu",
     ["Rua Quaresmeira", "71", "apto 4", "Centro", "01310-100", "Itu"]),
    ("Rua: Joaquim Pestana\nNº: 120", ["Joaquim Pestana", "120"]),
    ("*CEP:* 30140071\n*Bairro:* Lourdes", ["30140071", "Lourdes"]),
    ("Nome: Ana Quintela\nRua: Barão de Itu, 9\nTelefone: 11 91234-5678\nBairro: Moema",
     ["Barão de Itu, 9", "Moema"]),
    ("Rua: Cândido Reis, Nº: 9, Código postal: 4050-151", ["Cândido Reis", "9", "4050-151"]),
    # it
    ("Via: Solferino\nCivico: 12\nCAP: 20121\nCittà: Lodi", ["Solferino", "12", "20121", "Lodi"]),
    ("Indirizzo: Via Tasso | Civico: 4 | Provincia: NA", ["Via Tasso", "4", "NA"]),
    ("Via: Garibaldi\nPiano: 3\nScala: B", ["Garibaldi", "3", "B"]),
    # es
    ("Calle: Mayor\nNúmero: 5\nPiso: 2º B\nCP: 28013", ["Mayor", "5", "2º B", "28013"]),
    ("Dirección: Carrer de Provença; Nº: 250; Población: Reus", ["Carrer de Provença", "250", "Reus"]),
    # de
    ("Straße: Hauptstraße\nHausnummer: 5\nPLZ: 10115\nOrt: Berlin", ["Hauptstraße", "5", "10115", "Berlin"]),
    ("Name: Jonas Roth | Straße: Am Markt | Nr.: 3 | Ort: Celle", ["Am Markt", "3", "Celle"]),
    # fr
    ("Adresse : 12 rue des Lilas\nCode postal : 75011\nVille : Paris", ["12 rue des Lilas", "75011", "Paris"]),
    ("Complément d'adresse : Bâtiment B\nCP : 33000", ["Bâtiment B", "33000"]),
    # en (US, GB, IN)
    ("Address line 1: 42 Maple Avenue\nAddress line 2: Apt 3B\nCity: Salem\nState: OR\nZIP: 97301",
     ["42 Maple Avenue", "Apt 3B", "Salem", "OR", "97301"]),
    ("Street: Oakfield Road; House no: 14; Postcode: RG1 2AB", ["Oakfield Road", "14", "RG1 2AB"]),
    ("House No: 221\nStreet: MG Road\nLandmark: near City Mall\nPIN code: 560001",
     ["221", "MG Road", "near City Mall", "560001"]),
    ("Postcode/ZIP: 10001 | Town/City: New York", ["10001", "New York"]),
    # a blank field is left and does not break the record
    ("Rua: Tupis\nComplemento:\nNúmero: 40", ["Tupis", "40"]),
]  # fmt: skip

CLEAR = [
    # no address label: product specs, order forms
    "Material: Wood\nColour: Oak",
    "Materiale: Legno\nColore: Rovere",
    "Bestellnummer: 48213\nStatus: versandt",
    "Numéro de commande : 48213\nStatut : expédiée",
    # one address field, or only the town and above: no record
    "Città: Milano",
    "Città: Milano\nTaglia: M\nQuantità: 2",
    "Cidade: Recife\nEstado: PE",
    "City: Leeds\nCountry: UK",
    "Pedido: 48213\nNúmero: 2\nTalla: M",
    "Via: WhatsApp\nOrario: 9-18",
    "Estado: enviado\nCiudad: Madrid",
    # a unit word with no number is goods ("Piano: vetro", a table top); a number field with no number
    "Piano: vetro\nColore: bianco\nInterno: legno",
    "Unit: kg\nFloor: oak",
    "No: I don't want it\nStreet: not sure",
    # a blank line or an unlabelled line ends a record
    "Rua: Tupis\n\nNúmero: 40",
    "CEP: 01310-100\nobrigada pela ajuda\nCidade: Recife",
]


@pytest.mark.parametrize(("text", "expected"), RECORDS)
def test_record_values_are_addresses(text: str, expected: list[str]) -> None:
    assert found(AddressFormRecognizer(), text) == expected


@pytest.mark.parametrize("text", CLEAR)
def test_no_record(text: str) -> None:
    assert found(AddressFormRecognizer(), text) == []
