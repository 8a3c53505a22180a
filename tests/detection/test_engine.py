"""The whole analyzer on labelled identifiers: reported as the label says, valid ones win."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import EXTRA, found, settings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mi DNI es 78656653322", {("ES_NIF", "78656653322")}),
        ("My SSN is ZZ 102914 T", {("US_SSN", "ZZ 102914 T")}),
        ("IBAN GB88WEST1234569876543", {("IBAN_CODE", "GB88WEST1234569876543")}),
        ("codice fiscale: RSSMRA85T10A562X", {("IT_FISCAL_CODE", "RSSMRA85T10A562X")}),
        ("Mi DNI es 12345678Z", {("ES_NIF", "12345678Z")}),  # valid: the checksum recognizer's span
        ("IBAN GB82 WEST 1234 5698 7654 32", {("IBAN_CODE", "GB82 WEST 1234 5698 7654 32")}),
    ],
)
def test_labelled_identifiers_in_the_analyzer(
    blank_analyzer: Analyzer, text: str, expected: set[tuple[str, str]]
) -> None:
    assert found(blank_analyzer, text, "it") == expected


def test_a_valid_match_outscores_the_labelled_one(blank_analyzer: Analyzer) -> None:
    [spans] = blank_analyzer.analyze(["IBAN GB82 WEST 1234 5698 7654 32"], language="en")
    assert [s.score for s in spans] == [1.0]


@pytest.mark.parametrize(
    "text",
    [
        "Ordine 78656653322 spedito, totale 129,90 €",
        "Your order 4111111111111112 ships on 12/03/2026",
        "El pedido 12345678901 cuesta 45,50 € y llega el lunes",
        "O pedido 123.456.789-0 chega quarta-feira",
        "Die Bestellnummer 100234567890123 kostet 19,99 €",
        "Votre commande n° 632177777778 du 3 mars",
        "Thanks! See you on Monday at 10:30",
    ],
)
def test_ordinary_numbers_stay(blank_analyzer: Analyzer, text: str) -> None:
    assert found(blank_analyzer, text, "it") == set()


def test_the_active_set_names_each_recognizer_its_entities_and_where_it_came_from() -> None:
    """What `GET /admin/v1/recognizers` and the console list: built-in, recognizers.yaml, extra."""
    found = build_analyzer(
        settings(models={}, languages=("en", "it"), default_language="en", extra_recognizers=(EXTRA,))
    ).recognizer_set
    by_key = {(r.language, r.name): (r.entities, r.source) for r in found}
    assert by_key[("en", "TicketIdRecognizer")] == (("TICKET_ID",), "extra")
    assert by_key[("it", "OrderNumberRecognizer")] == (("ORDER_NUMBER",), "yaml")
    assert by_key[("en", "EmailAddressRecognizer")] == (("EMAIL_ADDRESS",), "built-in")
    assert [r.language for r in found] == sorted(r.language for r in found)
