"""`phone_screen.may_be_valid`: a candidate is ruled out before its parse only where the parse finds no
valid number, in every region, and the phone recognizers find exactly what they found without it."""

from __future__ import annotations

import random

import phonenumbers
import pytest

import recognizers.phone_number_recognizer as phone_module
from recognizers import PhoneNumberRecognizer
from recognizers.phone_screen import may_be_valid


def _valid(number: str, region: str | None) -> bool:
    """The parse's own answer, with no screen."""
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(number, region)))
    except phonenumbers.NumberParseException:
        return False


def _examples(region: str) -> list[phonenumbers.PhoneNumber]:
    found = (phonenumbers.example_number_for_type(region, kind) for kind in phonenumbers.PhoneNumberType.values())
    return [n for n in found if n is not None]


def _forms(region: str, rng: random.Random) -> list[str]:
    """Each example number of the region as typed at home (spaced and not), with its code but no "+",
    with a trunk 0 before that, one digit short and one over, dialled abroad; and random digit runs
    of every length a candidate can have, bare and spaced."""
    forms = []
    for example in _examples(region):
        national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
        bare = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)[1:]
        forms += [national, national.replace(" ", ""), bare, "0" + bare, bare[:-1], bare + "1", "00" + bare]
    for _ in range(40):
        run = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 18)))
        forms += [run, " ".join(run[i : i + 4] for i in range(0, len(run), 4))]
    return forms


def _international(rng: random.Random) -> list[str]:
    """Every region's example numbers with "+", one digit short and one over, and random "+" runs."""
    forms = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for example in _examples(region):
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            forms += [e164, e164[:-1], e164 + "7"]
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):  # non-geographic codes too (+800, +882)
        for _ in range(6):
            forms.append(f"+{code}" + "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 14))))
    forms += ["+" + "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 17))) for _ in range(2000)]
    return forms


def test_no_valid_national_form_of_any_region_is_ruled_out() -> None:
    """For every region phonenumbers knows: whatever the parse calls valid, the screen lets through."""
    rng = random.Random(7)
    ruled_out = checked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for form in _forms(region, rng):
            possible = may_be_valid(form, region)
            assert possible or not _valid(form, region), (region, form)
            ruled_out += not possible
            checked += 1
    assert ruled_out > checked // 3  # and it does rule out


def test_no_valid_international_form_is_ruled_out() -> None:
    ruled_out = 0
    forms = _international(random.Random(11))
    for form in forms:
        possible = may_be_valid(form, None)
        assert possible or not _valid(form, None), form
        ruled_out += not possible
    assert ruled_out > len(forms) // 4


@pytest.mark.parametrize(
    ("number", "region", "possible"),
    [
        ("4711 4894 3232 4736", "FR", False),  # a card's sixteen digits: no French number, even less "33" and a 0
        ("4827 7535", "ES", False),  # eight digits: Spain's numbers have nine
        ("2540 7765 8196", "FR", False),  # twelve: "33" and a "0" cut leave "077658196", no French number
        ("06 12 34 26 35", "FR", True),
        ("347 123 4567", "IT", True),
        ("(650) 555-1234", "US", True),
        ("07400 123456", "GB", True),
        ("(11) 96123-3218", "BR", True),
        ("0 21 11 96123-3218", "BR", True),  # a carrier code: the prefix is rewritten, as the parse does
        ("7614 7809", "BR", False),
        ("0033 6 12 34 56 78", "FR", True),  # dialled abroad: any country's number may follow
        ("555 123 4567 x12", "US", True),  # an extension: the parse's to read
        ("٠٦١٢٣٤٥٦٧٨", "FR", True),  # other digits than ASCII: the parse's to read
        ("+33612345678", None, True),
        ("+370244196743278", None, False),  # a card's digits after a "+": no Lithuanian number
        ("+80012345678", None, True),  # a non-geographic code
        ("+0612345678", None, True),  # no code: the parse's to refuse
        ("+٣٣٦١٢٣٤٥٦٧٨", None, True),
    ],
)
def test_may_be_valid(number: str, region: str | None, possible: bool) -> None:
    assert may_be_valid(number, region) is possible
    if not possible:
        assert not _valid(number, region)


# Texts as customers write numbers: spaced, dashed, bracketed, in links, with extensions, beside
# cards, IBANs, dates, amounts and order numbers; then the examples of the regions the phone tests use.
_TEXTS = [
    "call +44 20 7946 0958 now, or 020 7946 0958, or 07400 123456",
    "chiama 0039 347 123 4567 oppure 347 123 4567 o 3471234567 3398765432",
    "+55 11 91234-5678 / (11) 96123-3218, CPF 123.456.789-09",
    "https://wa.me/393471234567?text=ciao e tel:+33612345678, ?phone=4915123456789",
    "carta 4597 4427 4203 2241, IBAN IT60 X054 2811 1010 0000 0123 456, il 12/05/2024 alle 10.30",
    "ordine 7203648248 e 3559600325, Rechnung 4365829326, EAN 8001234567890",
    "06 12 34 56 78 ou 030 1234567, poste 12; 555-123-4567 x89; (555) 123-4567",
    "Tel.0612345678 / 0698765432 - 03847 4877 - 0335 13345, 044 668 18 00",
    "+91 98765 43210 or +52 55 1234 5678, 98765 43210, +1-555-123-4567x89, 001-555-123-4567",
    "prezzo 1.299.000 euro, 2024/00123, 429.079.839-03, +289 1234 5678 9012, +39 123",
]


def _texts(rng: random.Random) -> list[str]:
    texts = list(_TEXTS)
    for region in ("IT", "DE", "FR", "GB", "US", "BR", "ES", "PT", "CH", "IN", "CA", "GG", "KZ", "VA"):
        for example in _examples(region):
            national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            spaced = " ".join(e164[1:][i : i + 3] for i in range(0, len(e164) - 1, 3))
            noise = " ".join(str(rng.randint(10, 99999)) for _ in range(3))
            texts.append(f"my number {national}, {e164[1:]} or {spaced}; wa.me/{e164[1:]} {noise}")
    return texts


@pytest.mark.parametrize(
    "recognizer",
    [
        PhoneNumberRecognizer(),
        PhoneNumberRecognizer(supported_language="it"),
        PhoneNumberRecognizer(regions=("IT", "DE", "US")),
        PhoneNumberRecognizer(regions=("BR", "IT", "DE", "ES", "FR", "GB"), international=False),
        PhoneNumberRecognizer(regions=("CH", "CA", "GG", "KZ", "VA", "IN", "PT"), international=False),
        PhoneNumberRecognizer(regions=("FR", "GB", "US"), inferred=True),
    ],
    ids=["main-en", "main-it", "tenant", "national", "shared-codes", "inferred"],
)
def test_recognizer_finds_the_same_with_and_without_the_screen(
    recognizer: PhoneNumberRecognizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(random.Random(3))

    def found() -> list[list[tuple[int, int, float]]]:
        return [[(r.start, r.end, r.score) for r in recognizer.analyze(t, ["PHONE_NUMBER"])] for t in texts]

    screened = found()
    monkeypatch.setattr(phone_module, "may_be_valid", lambda number, region: True)
    assert found() == screened
    assert sum(map(len, screened)) > len(texts)  # the texts do hold numbers
