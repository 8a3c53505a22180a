"""A labelled identifier is the customer's even when its checksum or length is off."""

from __future__ import annotations

import pytest

from recognizers import LabelledIdentifierRecognizer
from recognizers.labelled_identifier_recognizer import SCORE
from tests.recognizers.helpers import scores

GB_IBAN_21 = "GB88WEST1234569876543"  # mod-97 holds, but a GB IBAN has 22 characters


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Mi DNI es 78656653322", "ES_NIF", "78656653322"),
        ("My SSN is ZZ 102914 T", "US_SSN", "ZZ 102914 T"),
        (f"IBAN {GB_IBAN_21}", "IBAN_CODE", GB_IBAN_21),
        ("il mio IBAN è GB88 WEST 1234 5698 7654 3 grazie", "IBAN_CODE", "GB88 WEST 1234 5698 7654 3"),
        ("codice fiscale: RSSMRA85T10A562X", "IT_FISCAL_CODE", "RSSMRA85T10A562X"),
        ("il mio codice fiscale è rssmra85t10a562x", "IT_FISCAL_CODE", "rssmra85t10a562x"),
        ("NIE: X1234567", "ES_NIE", "X1234567"),
        ("meu CPF é 123.456.789-0", "BR_CPF", "123.456.789-0"),
        ("CNPJ 11.222.333/0001-8", "BR_CNPJ", "11.222.333/0001-8"),
        ("partita IVA 0123456789", "IT_VAT_CODE", "0123456789"),
        ("card number: 4111 1111 1111 1112", "CREDIT_CARD", "4111 1111 1111 1112"),
        ("numero della carta 123477777777774, scade 12/27", "CREDIT_CARD", "123477777777774"),
        ("Kartennummer 4111-1111-1111-1112", "CREDIT_CARD", "4111-1111-1111-1112"),
        ("national insurance number QQ 12 34 56", "UK_NINO", "QQ 12 34 56"),
        ("Aadhaar no. 1234 5678 901", "IN_AADHAAR", "1234 5678 901"),
        ("PAN card ABCDE1234", "IN_PAN", "ABCDE1234"),
    ],
)
def test_labelled_value_is_reported_as_its_label(text: str, entity: str, value: str) -> None:
    results = LabelledIdentifierRecognizer().analyze(text, [], None)
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == [(entity, value)]
    assert 0.5 < results[0].score == SCORE < 0.8  # above acceptance, below a validated match


@pytest.mark.parametrize(
    "text",
    [
        "ordine 78656653322 spedito ieri",  # no label
        "Order number 4111111111111112, total 1,299.00 USD",
        "Il totale è 1.299,00 € per 2 pezzi, consegna il 12/03/2026",
        "El pedido 12345678901 llega el lunes 3 de marzo",
        "O pedido 123.456.789-0 custa R$ 1.234,56",
        "Die Bestellung 4711 0815 1234 5678 kostet 49,90 €",
        "Votre commande 1234567890123 arrive mardi",
        "l'IBAN è quello di sempre, grazie",
        "my ssn? I never share it",
        "Ich habe nie 12345678 gesagt",  # German "nie" (never) before a number
        "mi DNI está caducado desde 2019",
    ],
)
def test_no_label_no_match(text: str) -> None:
    assert scores(LabelledIdentifierRecognizer(), text) == {}


def test_the_label_screen_finds_a_piece_exactly_when_one_is_in_the_text() -> None:
    """`_ANY_PIECE` (one search) stands for a substring test of each of `_LABEL_PIECES`: every piece alone,
    inside a word, cut short, in capitals and beside no piece."""
    from recognizers.labelled_identifier_recognizer import _ANY_PIECE, _LABEL_PIECES

    texts = ["", "hello there", "order 5521 ready", "c.f.", "c. f.", "pan", "pan x"]
    for piece in _LABEL_PIECES:
        texts += [piece, f"xx{piece}yy", piece[:-1], piece[1:], f"my {piece.upper()} is"]
    for text in texts:
        low = text.lower()
        assert (_ANY_PIECE.search(low) is not None) is any(piece in low for piece in _LABEL_PIECES), text
