"""Which countries' national phone forms a text is read in, when no one configured any.

A national form ("347 123 4567", "06-82237745") says nothing about its country, and
parsing it for every country would make most 8–11 digit runs someone's phone. So a text
is read in the national forms of the countries Veil has a reason to expect, on top of
the tenant's `phone_regions`:

- the **customer's own calling code** (their `wa_id`): people mostly give numbers of
  their own country, their own first of all;
- the **business's number** (`display_phone_number`): its customers mostly live there;
- the **text's language** (`detection.phone_regions_by_language`): the countries where
  that language is the language of most people who chat in it.

Each adds countries, none removes the tenant's. `region_of` is the calling-code part; the
language part is applied by the analyzer per text, once the text's language is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import phonenumbers

# Spanish and Portuguese speakers of the Americas are left to their calling codes: listing
# every country would read most digit runs as someone's number. German and French stay with
# their largest market for the same reason. English names no country: it is written from
# India to the US, whose formats between them read a third of all 10-digit runs as numbers
# (and "12345678903" as a US "1 234 567 8903"), so English texts rely on the calling codes.
LANGUAGE_REGIONS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "it": ("IT",), "es": ("ES",), "pt": ("BR", "PT"), "de": ("DE",), "fr": ("FR",),
})  # fmt: skip
_DIGITS = re.compile(r"\D")


def region_of(number: str) -> str | None:
    """The ISO 3166 region of an international number ("393471234567", "+44 20 …"), or None.

    A valid number answers its own region (a Canadian "+1 604 …" is CA); otherwise the main
    region of its calling code, which is still the best guess of the person's country.
    """
    digits = _DIGITS.sub("", number)
    if not 7 <= len(digits) <= 17:
        return None
    try:
        parsed = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(parsed) if phonenumbers.is_valid_number(parsed) else None
    if region is None and parsed.country_code:
        region = phonenumbers.region_code_for_country_code(parsed.country_code)
    return None if region in (None, phonenumbers.UNKNOWN_REGION, "001") else region


def regions_of(numbers: Iterable[str]) -> tuple[str, ...]:
    """The regions of `numbers` (unknown ones left out), each once, in order."""
    found = (region_of(n) for n in numbers)
    return tuple(dict.fromkeys(r for r in found if r))
