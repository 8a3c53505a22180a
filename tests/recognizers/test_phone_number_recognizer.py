from __future__ import annotations

import pytest

from recognizers import PhoneNumberRecognizer
from tests.recognizers.helpers import found, scores


@pytest.mark.parametrize(
    ("regions", "text", "expected"),
    [
        ((), "call +44 20 7946 0958 now", ["+44 20 7946 0958"]),
        ((), "chiama 0039 347 123 4567", ["0039 347 123 4567"]),
        ((), "+55 11 91234-5678", ["+55 11 91234-5678"]),
        ((), "+91 98765 43210 or +52 55 1234 5678", ["+91 98765 43210", "+52 55 1234 5678"]),
        (("IT",), "il mio numero è 347 123 4567", ["347 123 4567"]),
        (("IT",), "fisso 06 6988 1234", ["06 6988 1234"]),
        (("US",), "call (650) 555-1234", ["(650) 555-1234"]),
        (("IT",), "3471234567 3398765432", ["3471234567", "3398765432"]),
        (("FR", "DE"), "06 12 34 56 78 ou 030 1234567", ["06 12 34 56 78", "030 1234567"]),
        # national forms of regions not configured are not phones
        ((), "il mio numero è 347 123 4567", []),
        (("IT",), "consegna il 12/05/2024 alle 10.30", []),
        (("IT",), "prezzo 1.299.000 euro", []),
        (("IT",), "ordine ORD-12345678", []),
        ((), "+289 1234 5678 9012", []),  # spare calling code: Veil tokens, never phones
        ((), "+39 123", []),
    ],
)
def test_phone(regions: tuple[str, ...], text: str, expected: list[str]) -> None:
    assert found(PhoneNumberRecognizer(regions=regions), text, 0.5) == expected


def test_bare_international_scores_below_threshold_without_context() -> None:
    got = scores(PhoneNumberRecognizer(), "wa 393471234567")
    assert 0 < got["393471234567"] < 0.5


def test_national_only_instance_ignores_international() -> None:
    rec = PhoneNumberRecognizer(regions=("IT",), international=False)
    assert found(rec, "+44 20 7946 0958 o 347 123 4567") == ["347 123 4567"]


@pytest.mark.parametrize(
    ("text", "value", "score"),
    [
        ("347 123 4567", "347 123 4567", 0.8),  # typed with separators
        ("3471234567", "3471234567", 0.6),  # one bare run: still a phone, but weaker than a checksum id
        ("+39 347 123 4567", "+39 347 123 4567", 0.95),
        ("00393471234567", "00393471234567", 0.95),
    ],
)
def test_scores_by_form(text: str, value: str, score: float) -> None:
    assert scores(PhoneNumberRecognizer(regions=("IT",)), text) == {value: score}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il mio cell è 3471234567", ["3471234567"]),
        ("chiamami al 347.123.4567", ["347.123.4567"]),
        ("numero (347) 123-4567", ["(347) 123-4567"]),
        ("ordine, cell 3471234567", ["3471234567"]),  # a phone word beats the label
        # what says it is something else, for regions nobody configured
        ("ordine 3471234567 spedito", []),
        ("fattura n. 3471234567", []),
        ("Rechnung #3471234567", []),
        ("EAN 3471234567", []),
        ("consegna il 05/05/2025", []),
        ("P.IVA 12345678903", []),  # a US number only by dropping a trunk "1" (as a configured US region reads it)
        ("+44 20 7946 0958", []),  # international forms are the main recognizer's
    ],
)
def test_inferred_regions_read_national_forms_cautiously(text: str, expected: list[str]) -> None:
    assert found(PhoneNumberRecognizer(regions=("IT", "DE", "US"), inferred=True), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German numbering accepts almost any run after a 0: dates and labelled numbers are not phones
        ("Lieferung am 05.05.2025", []),
        ("Bestellung 0123456789 ist unterwegs", []),
        ("Rechnung Nr. 04365829326", []),
        ("EAN 04001234567", []),
        ("ordine 3471234567 spedito", []),
        # a phone word, or the country code, still makes it a phone
        ("Bestellung, Handy 0151 23456789", ["0151 23456789"]),
        ("meine Nummer 030 1234567", ["030 1234567"]),
        ("Bestellung 0049 30 1234567", ["0049 30 1234567"]),
        ("Rechnung +49 30 1234567", ["+49 30 1234567"]),
        ("ruf an: 030 1234567", ["030 1234567"]),
    ],
)
def test_configured_regions_skip_dates_and_labelled_runs(text: str, expected: list[str]) -> None:
    assert found(PhoneNumberRecognizer(regions=("DE", "IT")), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "value", "score"),
    [
        # phone-shaped, no region validates them (555 is no US area code): grey, below the threshold
        ("call (555) 123-4567 now", "(555) 123-4567", 0.35),
        ("555.123.4567", "555.123.4567", 0.35),
        ("ring 555-123-4567 x123", "555-123-4567 x123", 0.35),  # the extension is part of the span
        ("07700 316 475", "07700 316 475", 0.35),
        ("(73) 4746-3459", "(73) 4746-3459", 0.35),
        ("06-82237745", "06-82237745", 0.35),
        ("0151/23456789", "0151/23456789", 0.35),
        ("3471234567", "3471234567", 0.35),
        # with a country code and a possible length: meant as a phone, accepted
        ("001-555-123-4567", "001-555-123-4567", 0.55),
        ("+1-555-123-4567x89", "+1-555-123-4567x89", 0.55),
        # NANP in an English text, typed the North American way and valid: a national form
        ("call me on 781-618-4959", "781-618-4959", 0.8),
        ("(781) 618-4959", "(781) 618-4959", 0.8),
        # with an extension, a valid number is a phone line: scored as an international form
        ("1-781-618-4959 ext. 12", "1-781-618-4959 ext. 12", 0.95),
    ],
)
def test_phone_shaped_runs_no_region_validates(text: str, value: str, score: float) -> None:
    assert scores(PhoneNumberRecognizer(), text) == {value: score}


@pytest.mark.parametrize(
    "text",
    [
        "consegna il 12/05/2024 alle 10.30",
        "delivered 2025-05-05, returned 05.05.2025 - 12.05.2025",
        "open 09.00-17.30 and 9:00 - 18:00",
        "price 1.299.000 euro, or 1234567.89",
        "$ 1 234 567 total",
        "server 192.168.10.10 is down",
        "ZIP 94105-1234, CEP 01304-001, 1250-146 Lisboa",
        "order 555-123-4567 shipped",
        "order number 555-123-4567 shipped",  # "number" alone does not beat the label
        "Il codice a barre è 5075852220956",
        "booking 555 123 4567, ISBN 978-3-16-148410-0",
        "https://shop.example/p?id=12345678",
        "EAN 0092338266326",
        "1234567890123",  # a bare run longer than any national number: a barcode or an id
        "+289 1234 5678 9012",  # a Veil phone token: its pieces are not national numbers
        "0012345678",  # "00" then no possible number
    ],
)
def test_what_is_not_phone_shaped(text: str) -> None:
    assert found(PhoneNumberRecognizer(), text) == []


def test_a_strong_phone_word_beats_a_label_for_shaped_runs() -> None:
    assert found(PhoneNumberRecognizer(), "order, call 555-123-4567") == ["555-123-4567"]


def test_nanp_is_read_in_english_texts_only_and_never_for_bare_runs() -> None:
    assert scores(PhoneNumberRecognizer(supported_language="it"), "781-618-4959") == {"781-618-4959": 0.35}
    assert scores(PhoneNumberRecognizer(), "7816184959") == {"7816184959": 0.35}
    assert scores(PhoneNumberRecognizer(), "781 618 4959") == {"781 618 4959": 0.35}  # spaces: Italy's way too


def test_extra_national_recognizers_add_no_shapes() -> None:
    assert found(PhoneNumberRecognizer(regions=("FR",), international=False), "(555) 123-4567") == []
    assert found(PhoneNumberRecognizer(regions=("FR",), inferred=True), "(555) 123-4567") == []


# A phone number, then an invoice or receipt reference: the phone word names the first number, the
# label right before the second says what it is (six languages, shaped and national forms).
PHONE_THEN_INVOICE = [
    ("pt", ("BR",), "Meu telefone é (11) 96123-6354 Nota fiscal 2024/00123, desconto 20%.", "(11) 96123-6354"),
    ("pt", ("BR",), "Meu telefone é +5511961230321, NF-e 2024/00123", "+5511961230321"),
    ("pt", ("BR",), "Meu telefone é (11) 96123-6354, nota fiscal nº 4567-8901", "(11) 96123-6354"),
    ("pt", ("BR",), "Meu telefone é (11) 96123-6354, fatura 2024/00123", "(11) 96123-6354"),
    ("it", ("IT",), "Il mio numero di telefono è 347 123 4567, fattura n. 2024/00123", "347 123 4567"),
    ("it", ("IT",), "Il mio numero è 347 123 4567, fattura 0212345678", "347 123 4567"),
    ("de", ("DE",), "Meine Handynummer ist 0151 23456789, Rechnung Nr. 2024-00123", "0151 23456789"),
    ("de", ("DE",), "Meine Handynummer ist 0151 23456789, Rechnung 030 1234567", "0151 23456789"),
    ("es", ("ES",), "Mi teléfono es 612 34 56 78, factura 2024/00123", "612 34 56 78"),
    ("en", ("GB",), "My phone number is 07700 900123, invoice 2024/00123", "07700 900123"),
    ("fr", ("FR",), "Mon numéro de téléphone est le 06 12 34 56 78, facture n° 2024-00123", "06 12 34 56 78"),
]


@pytest.mark.parametrize(("language", "regions", "text", "phone"), PHONE_THEN_INVOICE)
def test_a_phone_word_before_another_number_does_not_free_an_invoice_number(
    language: str, regions: tuple[str, ...], text: str, phone: str
) -> None:
    for recognizer in (
        PhoneNumberRecognizer(supported_language=language),  # shape only
        PhoneNumberRecognizer(supported_language=language, regions=regions),  # configured
        PhoneNumberRecognizer(supported_language=language, regions=regions, inferred=True),
    ):
        assert set(found(recognizer, text)) <= {phone}  # never the invoice number, at any score
    assert found(PhoneNumberRecognizer(supported_language=language, regions=regions), text) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "NF-e 2024/00123",
        "nota fiscal nº 4567-8901",
        "fattura n. 2024/00123",
        "Rechnung Nr. 2024-00123",
        "factura 2024/00123",
        "invoice 2024/00123",
        "facture n° 2024-00123",
        "boleto 1234 5678 9012",
        "recibo 2024/00123",
    ],
)
def test_invoice_and_receipt_references_are_no_phones(text: str) -> None:
    assert found(PhoneNumberRecognizer(regions=("BR", "IT", "DE", "ES", "FR", "GB")), text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # the phone word stands right before its own number, after the invoice number
        ("fattura 2024/00123, cellulare 347 123 4567", "347 123 4567"),
        ("Nota fiscal 2024/00123, meu telefone é (11) 96123-6354", "(11) 96123-6354"),
        ("invoice 2024/00123 - call me on 555-123-4567", "555-123-4567"),
    ],
)
def test_a_phone_after_an_invoice_number_is_still_found(text: str, phone: str) -> None:
    assert found(PhoneNumberRecognizer(regions=("IT", "BR")), text) == [phone]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tel: 781-618-4959-Fax", ["781-618-4959"]),  # a letterhead's label glued after the number
        ("020 7946 0018-Tel, 020 7946 0019-fax", ["020 7946 0018", "020 7946 0019"]),
        ("(781) 618-4959 ext 7", ["(781) 618-4959 ext 7"]),
        ("+1-202-555-0143x123 office", ["+1-202-555-0143x123"]),
    ],
)
def test_a_label_glued_after_a_number_ends_it(text: str, expected: list[str]) -> None:
    assert found(PhoneNumberRecognizer(regions=("US", "GB")), text, 0.3) == expected


@pytest.mark.parametrize("text", ["part 781-618-4959-B2 in stock", "SKU 781-618-4959-XL"])
def test_a_dash_and_other_letters_still_end_no_number(text: str) -> None:
    assert found(PhoneNumberRecognizer(regions=("US",)), text) == []
