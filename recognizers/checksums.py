"""Check-digit algorithms shared by the recognizers (pure functions, stdlib only).

Why a module of its own: the recognizers validate with these, and the evaluation
corpus (`bench/corpus.py`) *generates* valid identifiers with the same
definitions, so one spelling of each algorithm serves both. Every function takes
the identifier with separators already removed and upper-cased where letters
matter; none of them raises on bad input (they return False).
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+")

# ISO 13616 lengths: the SWIFT registry plus the "experimental" (partial) list.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20,
    "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    "YE": 30, "AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27,
    "CV": 25, "DZ": 26, "GA": 27, "GQ": 27, "GW": 25, "IR": 26, "KM": 27, "MA": 28,
    "MG": 27, "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TD": 27, "TG": 28,
}  # fmt: skip


def luhn_ok(digits: str) -> bool:
    """Luhn mod 10 (payment cards, partita IVA uses a variant: see `partita_iva_ok`)."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def gtin_ok(digits: str) -> bool:
    """GS1 check digit of an EAN-8/UPC-A/EAN-13/GTIN-14: weights 3, 1, 3, … from the right,
    check digit excluded. Every printed barcode carries a valid one."""
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        return False
    total = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(digits[:-1])))
    return (10 - total % 10) % 10 == int(digits[-1])


def iban_ok(iban: str) -> bool:
    """ISO 13616: known country, its exact length, mod 97 == 1."""
    if len(iban) < 15 or not iban.isalnum() or not iban.isascii():
        return False
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    moved = iban[4:] + iban[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits that make `country + ?? + bban` a valid IBAN."""
    number = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(number) % 97:02d}"


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip
_VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_ok(digits: str) -> bool:
    """Verhoeff dihedral check (India's Aadhaar)."""
    if not digits.isdigit():
        return False
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(digits: str) -> str:
    """The check digit to append to `digits`."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def _mod11_digit(digits: str, weights: list[int]) -> int:
    rest = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return 0 if rest < 2 else 11 - rest


def cpf_digits(base9: str) -> str:
    """Brazil CPF: the two mod-11 check digits for 9 base digits."""
    d1 = _mod11_digit(base9, list(range(10, 1, -1)))
    d2 = _mod11_digit(base9 + str(d1), list(range(11, 1, -1)))
    return f"{d1}{d2}"


def cpf_ok(digits: str) -> bool:
    if len(digits) != 11 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    return cpf_digits(digits[:9]) == digits[9:]


_CNPJ_W1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
_CNPJ_W2 = [6, *_CNPJ_W1]


def cnpj_digits(base12: str) -> str:
    """Brazil CNPJ: the two mod-11 check digits for 12 base digits."""
    d1 = _mod11_digit(base12, _CNPJ_W1)
    d2 = _mod11_digit(base12 + str(d1), _CNPJ_W2)
    return f"{d1}{d2}"


def cnpj_ok(digits: str) -> bool:
    if len(digits) != 14 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    return cnpj_digits(digits[:12]) == digits[12:]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(value: str) -> bool:
    """Spain DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): mod 23 letter."""
    if len(value) != 9:
        return False
    head = value[:8]
    if head[0] in "XYZ":
        head = str("XYZ".index(head[0])) + head[1:]
    if not head.isdigit():
        return False
    return DNI_LETTERS[int(head) % 23] == value[8]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                    16, 10, 22, 25, 24, 23], strict=True))  # fmt: skip


def fiscal_code_char(first15: str) -> str:
    """Italy codice fiscale: the control character for the first 15 characters."""
    total = 0
    for i, ch in enumerate(first15):
        if i % 2 == 0:  # 1-based odd positions
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return chr(ord("A") + total % 26)


def fiscal_code_ok(value: str) -> bool:
    if len(value) != 16 or not value.isalnum() or not value.isascii():
        return False
    return fiscal_code_char(value[:15]) == value[15]


def partita_iva_digit(first10: str) -> str:
    """Italy partita IVA: the Luhn-style check digit for the first 10 digits."""
    return str((10 - _piva_sum(first10 + "0") % 10) % 10)


def _piva_sum(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total


def partita_iva_ok(digits: str) -> bool:
    if len(digits) != 11 or not digits.isdigit() or digits[:7] == "0000000":
        return False
    return _piva_sum(digits) % 10 == 0


def only_digits(text: str) -> str:
    return "".join(_DIGITS.findall(text))
