"""`_possible_length`: a national form's length rules out a region's numbers before any parse, and never a valid one."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from recognizers.phone_number_recognizer import _PLAIN_CHARS, _length_bounds, _possible_length


def _forms(region: str, rng: random.Random) -> list[str]:
    """Each example number of the region as typed at home and with its code but no "+", one digit short and
    one over, dialled abroad, and random digit runs of every length a candidate can have."""
    forms = []
    for kind in phonenumbers.PhoneNumberType.values():
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
        bare = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)[1:]
        forms += [national, national.replace(" ", ""), bare, "0" + bare, bare[:-1], bare + "1", "00" + bare]
    forms += ["".join(rng.choice("0123456789") for _ in range(rng.randint(5, 18))) for _ in range(40)]
    return [f for f in forms if _PLAIN_CHARS.issuperset(f)]


def test_no_valid_number_of_any_region_is_ruled_out() -> None:
    """For every region phonenumbers knows: whatever the parse calls valid, the length check lets through."""
    rng = random.Random(7)
    ruled_out = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for form in _forms(region, rng):
            try:
                valid = phonenumbers.is_valid_number(phonenumbers.parse(form, region))
            except phonenumbers.NumberParseException:
                valid = False
            possible = _possible_length(form, region)
            assert possible or not valid, (region, form)
            ruled_out += not possible
    assert ruled_out > 1000  # and it does rule out


@pytest.mark.parametrize(
    ("number", "region", "possible"),
    [
        ("4711 4894 3232 4736", "FR", False),  # a card's sixteen digits: no French number, even less "33" and a 0
        ("4827 7535", "ES", False),  # eight digits: Spain's numbers have nine
        ("06 12 34 26 35", "FR", True),
        ("347 123 4567", "IT", True),
        ("0033 6 12 34 56 78", "FR", True),  # dialled abroad: any country's number may follow
        ("+33 6 12 34 56 78", "FR", True),  # a "+" form is the parse's to read
        ("555 123 4567 x12", "US", True),  # an extension too
        ("4827 7535", "BR", True),  # Brazil rewrites its national prefix: left to the parse
    ],
)
def test_possible_length(number: str, region: str, possible: bool) -> None:
    assert _possible_length(number, region) is possible


def test_bounds_are_read_per_region() -> None:
    bounds = _length_bounds("FR")
    assert bounds is not None
    lengths, strip, _ = bounds
    assert lengths == frozenset({9}) and strip == 2 + 2  # "33", and "0" at most twice
    assert _length_bounds("BR") is None  # a national prefix transform rule
    assert _length_bounds("ZZ") is None  # no such region
