"""Normalisation before keyed hashing: one person, one form, one token.

Phones become E.164 digits, with WhatsApp's quirks folded: Brazil's mobile numbers
with and without the ninth digit, and Mexico's `521` and `52` forms, are one number
(a `contacts[].input` and its `wa_id` differ exactly so). E-mail and free-text
values are case-folded and whitespace-collapsed. Reveal never returns this form:
the vault keeps the value as first seen.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from proxy.vault.entities import PHONE_NUMBER

_NON_DIGITS = re.compile(r"\D")
_SPACES = re.compile(r"\s+")


def fold_whatsapp_quirks(digits: str) -> str:
    """Brazil: insert the mobile ninth digit; Mexico: drop the legacy `1` after 52."""
    if digits.startswith("55") and len(digits) == 12 and digits[4] in "6789":
        return digits[:4] + "9" + digits[4:]
    if digits.startswith("521") and len(digits) == 13:
        return "52" + digits[3:]
    return digits


def phone_e164_digits(value: str, region: str | None = None) -> str:
    """E.164 digits (no `+`) of a phone as typed or as a wa_id; digits only if unparsable."""
    raw = value.strip()
    digits = _NON_DIGITS.sub("", raw)
    if raw.startswith("00"):
        digits = digits[2:]
        raw = "+" + digits
    candidate = raw if raw.startswith("+") or region else "+" + digits
    try:
        number = phonenumbers.parse(candidate, region)
        digits = f"{number.country_code}{number.national_number}"
        if number.italian_leading_zero:
            digits = f"{number.country_code}{'0' * (number.number_of_leading_zeros or 1)}"
            digits += str(number.national_number)
    except phonenumbers.NumberParseException:
        pass
    return fold_whatsapp_quirks(digits)


def normalize(entity: str, value: str, *, region: str | None = None) -> str:
    if entity == PHONE_NUMBER:
        return phone_e164_digits(value, region)
    text = (value if value.isascii() else unicodedata.normalize("NFKC", value)).strip()  # ASCII: NFKC is a no-op
    if entity == "WHATSAPP_USER_ID":
        return text.upper()
    if entity == "WHATSAPP_MESSAGE_ID":
        return text
    if entity == "WHATSAPP_USERNAME":
        return text.lstrip("@").casefold()
    if entity in ("IBAN_CODE", "CREDIT_CARD"):
        return _SPACES.sub("", text).replace("-", "").upper()
    return _SPACES.sub(" ", text).casefold()
