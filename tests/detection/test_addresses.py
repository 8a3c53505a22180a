"""ADDRESS through the analyzer: one span per address in any language, NER spans inside it
give way, and the entity is configured like any other (thresholds, enabled_recognizers)."""

from __future__ import annotations

import pytest

import recognizers
from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import found, settings

ISSUE_EXAMPLES = [
    "Via Garibaldi 12, 20121 Milano",
    "Calle Mayor, 5, 28013 Madrid",
    "Rua Augusta, 1500 - São Paulo, CEP 01304-001",
    "Hauptstraße 5, 10115 Berlin",
    "19086 Sanchez Alley, Grahamfurt, DE 14089",
]
ADDRESS_CLASSES = {"ItStreetAddressRecognizer", "EsStreetAddressRecognizer", "PtStreetAddressRecognizer",
                   "DeStreetAddressRecognizer", "FrStreetAddressRecognizer", "EnStreetAddressRecognizer",
                   "AddressFormRecognizer"}  # fmt: skip


@pytest.mark.parametrize("address", ISSUE_EXAMPLES)
@pytest.mark.parametrize("language", ["it", "en"])
def test_each_address_is_one_span_in_any_language(blank_analyzer: Analyzer, address: str, language: str) -> None:
    assert found(blank_analyzer, f"spedite a {address} grazie", language) == {("ADDRESS", address)}


@pytest.mark.parametrize("address", ISSUE_EXAMPLES)
def test_ner_spans_inside_an_address_give_way(analyzer: Analyzer, address: str) -> None:
    assert found(analyzer, f"Please ship it to {address}, thanks", "en") == {("ADDRESS", address)}


@pytest.mark.parametrize(
    "text",
    ["Vi scrivo Via WhatsApp per l'ordine 48213", "Street Fighter 6 per PS5 a 29,99 €",
     "Il Corso di Cucina Base costa 49,90 € e inizia Martedì 12 Marzo", "Ordine 77812 del 12/03/2024"],
)  # fmt: skip
def test_commerce_text_beside_an_address_stays_clear(blank_analyzer: Analyzer, text: str) -> None:
    address = "Via Garibaldi 12, 20121 Milano"
    assert found(blank_analyzer, f"{text}. Spedite a {address}", "it") == {("ADDRESS", address)}


def test_a_threshold_of_0_8_keeps_only_addresses_with_a_postcode() -> None:
    a = build_analyzer(settings(models={}, languages=("it",), default_language="it", thresholds={"ADDRESS": 0.8}))
    assert found(a, "Via Roma 12", "it") == set()
    assert found(a, "Via Roma 12, 00184 Roma", "it") == {("ADDRESS", "Via Roma 12, 00184 Roma")}


def test_addresses_are_off_when_their_recognizers_are_not_enabled() -> None:
    others = tuple(name for name in recognizers.BY_NAME if name not in ADDRESS_CLASSES)
    a = build_analyzer(settings(models={}, languages=("it",), default_language="it", enabled_recognizers=others))
    assert found(a, "Via Garibaldi 12, 20121 Milano", "it") == set()
    assert ADDRESS_CLASSES <= set(recognizers.BY_NAME)


@pytest.mark.parametrize(
    "text",
    [
        # a duration then a postcode: no street, no city ("in" is no Indiana here)
        "Die Sendung soll in 3 Tagen in 10115 ankommen.",
        "Sendung 1839880295 hängt seit 3 Tagen in 10115",
        "Sendung hängt seit 3 Tagen, 10115 Berlin",
        "3 Pakete in 10115 abgeben",
        "die sendung hängt seit 3 tagen in 10115",
        # a document number in two parts is no house number and postcode
        "Rechnung Nr. 2024-00123",
        "Bestellnr. 2024-00981, bitte prüfen",
        "NF-e 2024/00123",
        "Fattura n. 2024/00123",
        # a time, a card's expiry, then an order number after "Nr.": no house number, no postcode
        "01512 3450745 ab 18 Uhr Bestellung Nr. 48213 vom 12.05.2024.",
        "gültig 09/27 Bestellung Nr. 48213 vom 12.05.2024.",
    ],
)
def test_no_street_no_city_is_no_address(blank_analyzer: Analyzer, text: str) -> None:
    assert found(blank_analyzer, text, "it") == set()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Bitte an Hauptstraße 5, 10115 Berlin schicken", "Hauptstraße 5, 10115 Berlin"),
        ("Meine Adresse: Berliner Str. 12a, D-10115 Berlin", "Berliner Str. 12a, D-10115 Berlin"),
        ("Neue Adresse: Hauptstraße Nr. 5, 10115 Berlin", "Hauptstraße Nr. 5, 10115 Berlin"),
        ("Die Lieferung kam nach 3 Tagen. Neue Adresse: Kastanienallee 7, 10435 Berlin",
         "Kastanienallee 7, 10435 Berlin"),
        ("ship to 500 main st, springfield, in 46204", "500 main st, springfield, in 46204"),
        ("ship to 500 main st springfield ca 94105", "500 main st springfield ca 94105"),
        ("send it to 4 Elm Court, Dayton, OH 45402", "4 Elm Court, Dayton, OH 45402"),
    ],
)  # fmt: skip
def test_addresses_with_a_street_or_a_city_are_still_found(blank_analyzer: Analyzer, text: str, address: str) -> None:
    assert ("ADDRESS", address) in found(blank_analyzer, text, "it")


@pytest.fixture(scope="module")
def four_languages() -> Analyzer:
    """Blank pipelines (no spaCy model) for the four languages whose commerce text is checked here."""
    return build_analyzer(settings(models={}, languages=("it", "es", "pt", "de"), default_language="it"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ist das Sofa Schlossallee 3-Sitzer in Anthrazit noch lieferbar?"),
        ("de", "Gartenbank Parkweg 2 Sitzer Holz"),
        ("de", "Der Teppich Marktplatz 120x180 ist verfärbt"),
        ("pt", "O Sofá Rua Nova 3 Lugares em Veludo Verde ainda está disponível?"),
        ("pt", "Conjunto de Panelas Rua Direita 10 Peças em promoção?"),
        ("es", "¿El Sofá Plaza Mayor 2 Plazas tiene funda lavable?"),
        ("es", "Batería de Cocina Calle Mayor 10 Piezas en oferta"),
        ("it", "Il Divano Corso Italia 3 Posti in Velluto Verde è ancora disponibile?"),
        ("it", "Il Frigorifero Combinato Via Lattea 2 Porte Inox ha 3 anni di garanzia?"),
    ],
)
def test_a_product_named_like_a_street_with_a_count_is_no_address(
    four_languages: Analyzer, language: str, text: str
) -> None:
    """A number followed by what it counts (seats, doors, pieces) or glued to a word ("3-Sitzer")
    or a dimension ("120x180") is not a house number."""
    assert found(four_languages, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "address"),
    [
        ("de", "Lieferung an Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
        ("de", "Lieferung an Vogtplatz 70/87, 05167 Hamburg", "Vogtplatz 70/87, 05167 Hamburg"),
        ("de", "jetzt wohne ich in der Gerda-Hövel-Weg 62 61250 Neunburg", "Gerda-Hövel-Weg 62 61250 Neunburg"),
        ("it", "Consegna a Piazza Dante 3, 80135 Napoli", "Piazza Dante 3, 80135 Napoli"),
    ],
)
def test_an_address_span_starts_at_the_street(four_languages: Analyzer, language: str, text: str, address: str) -> None:
    """Words announcing an address ("Lieferung an") and the sentence's particles before a street
    written without a street-type word stay out of the span; two countries' readings of one
    address are one span, not the longer reading alone."""
    assert found(four_languages, text, language) == {("ADDRESS", address)}
