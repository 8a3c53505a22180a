"""Phone numbers as letterheads, signatures and forms write them: extensions, bracketed country
codes, labels glued with a dot, several numbers joined by a slash."""

from __future__ import annotations

import pytest

from recognizers import PhoneNumberRecognizer
from tests.recognizers.helpers import found, scores


@pytest.mark.parametrize(
    ("regions", "text", "expected"),
    [
        (("GB",), "Office: 020 7946 0018 #214", ["020 7946 0018 #214"]),
        (("FR",), "Tél : 01 42 71 39 53 poste 652", ["01 42 71 39 53 poste 652"]),
        (("FR",), "01 90 22 40 35 p. 698", ["01 90 22 40 35 p. 698"]),
        (("IT",), "ufficio 02 1234 5678 interno 23", ["02 1234 5678 interno 23"]),
        (("IT",), "Cell. 035 553 8219 int. 179", ["035 553 8219 int. 179"]),
        (("BR",), "Fone: (11) 3456-7890 ramal 234", ["(11) 3456-7890 ramal 234"]),
        (("ES",), "Tlf: 883 80 29 08 extensión 406", ["883 80 29 08 extensión 406"]),
        (("DE",), "Tel.: 0335 93244 DW 701", ["0335 93244 DW 701"]),
        (("DE",), "Tel:00 49 30 3763307 Durchwahl -11", ["00 49 30 3763307 Durchwahl -11"]),
        (("DE",), "Fon: 0395 53091 App. 429", ["0395 53091 App. 429"]),
    ],
)
def test_an_extension_joins_its_number(regions: tuple[str, ...], text: str, expected: list[str]) -> None:
    assert found(PhoneNumberRecognizer(regions=regions), text) == expected


def test_a_valid_number_with_an_extension_scores_as_a_phone_line() -> None:
    # without a phone word a national form scores 0.8; its extension says it is a phone line
    assert scores(PhoneNumberRecognizer(regions=("DE",)), "030 925804 Durchwahl -263") == {
        "030 925804 Durchwahl -263": 0.95
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pls ring (+44) 7714055302 before 6", ["(+44) 7714055302"]),
        ("Tlf.(+34) 640094371", ["(+34) 640094371"]),
        ("Tel: (+44) 1843349648 x6902", ["(+44) 1843349648 x6902"]),
        ("Cel.+39-393-913-7351", ["+39-393-913-7351"]),
        ("Tlf.+34667834219", ["+34667834219"]),
        ("Cel.00 39 0183586830", ["00 39 0183586830"]),
    ],
)
def test_bracketed_country_codes_and_labels_glued_with_a_dot(text: str, expected: list[str]) -> None:
    assert found(PhoneNumberRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("regions", "text", "expected"),
    [
        (("FR",), "Tél.06 21 56 31 46", ["06 21 56 31 46"]),
        (("ES",), "Tlf.637.212.556", ["637.212.556"]),
        (("IT",), "Cel.085/4637003", ["085/4637003"]),
    ],
)
def test_national_forms_after_a_label_glued_with_a_dot(
    regions: tuple[str, ...], text: str, expected: list[str]
) -> None:
    assert found(PhoneNumberRecognizer(regions=regions, international=False), text) == expected


@pytest.mark.parametrize(
    ("regions", "text", "expected"),
    [
        (("IT",), "Tel. (+39) 0963937199 / 0982.639218", ["0982.639218"]),
        (("US",), "Phone +1 (234) 923-3952 / (207) 766 7951", ["(207) 766 7951"]),
    ],
)
def test_a_national_number_after_an_international_one_and_a_slash(
    regions: tuple[str, ...], text: str, expected: list[str]
) -> None:
    # the national reader (a region inferred for the text) reads what follows the slash
    assert found(PhoneNumberRecognizer(regions=regions, inferred=True), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "version 1.2345678 released",
        "il codice a barre è 3 784738 565150",
        "el código de barras es 0 081869 480493",
        "Lieferung 10.30-12.30 Uhr am 2026-02-21",
    ],
)
def test_what_stays_no_phone(text: str) -> None:
    for regions in (("IT",), ("ES",), ("DE",)):
        assert found(PhoneNumberRecognizer(regions=regions), text) == []


@pytest.mark.parametrize(
    ("regions", "text", "expected"),
    [
        (("GB",), "contact no. 01428 765812", ["01428 765812"]),
        (("IT",), "mi chiami al n. 0571 994889", ["0571 994889"]),
        (("FR",), "au n° 01.85.90.44.28", ["01.85.90.44.28"]),
        (("ES",), "mi n° 631 34 65 52", ["631 34 65 52"]),
        (("PT",), "meu n° 910 524 604", ["910 524 604"]),
        (("DE",), "unter Nr. 01516/2135492", ["01516/2135492"]),
    ],
)
def test_a_number_sign_after_a_possessive_or_a_preposition_names_a_phone(
    regions: tuple[str, ...], text: str, expected: list[str]
) -> None:
    assert found(PhoneNumberRecognizer(regions=regions), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ordini 7203648248 e 3559600325",  # the second order of a list is named by "ordini" too
        "#7590634500 - 3235868979",
        "📦 1653 0447 6288",  # the parcel sign names the whole run
        "📦 1Z 999 AA1 38 1871 6142",  # the rest of an alphanumeric code
        "fattura n. 0571994889",
    ],
)
def test_labels_name_every_number_of_a_list_and_run(text: str) -> None:
    for regions in (("IT",), ("DE",), ("US",)):
        assert found(PhoneNumberRecognizer(regions=regions), text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("📱 + 44 (0)7793 709987", ["+ 44 (0)7793 709987"]),
        ("mi chiami al n. + 39-328-446-3324", ["+ 39-328-446-3324"]),
        ("(+39) 3855337911 - 0442 169507", ["(+39) 3855337911", "0442 169507"]),
    ],
)
def test_a_spaced_plus_and_numbers_listed_with_a_dash(text: str, expected: list[str]) -> None:
    assert found(PhoneNumberRecognizer(regions=("IT",)), text) == expected


def test_two_national_numbers_listed_with_a_dash_are_two() -> None:
    # German numbering accepts "03847 4877 - 0335" whole: each part valid alone is read first
    text = "03847 4877 - 0335 13345"
    assert found(PhoneNumberRecognizer(regions=("DE",)), text) == ["03847 4877", "0335 13345"]
