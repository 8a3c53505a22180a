"""Whether `phonenumbers` could call a candidate valid, read before its parse.

Why: the phone recognizers parse every digit run of a message in each region they read
(`phone_number_recognizer._valid`): the windows of cards, IBANs and order numbers, dates, amounts.
`phonenumbers.parse` normalises digits in pure Python and `is_valid_number` walks a region's
number types: some 14 µs a candidate, most of them no number. This screen rules a candidate out
only where the parse cannot give a valid number, from the library's own metadata, in a few regex
matches; what it lets through is parsed as before, so no result changes.

What it relies on, read from `phonenumbers.parse` (the `_build_national_number_for_parsing`,
`_maybe_extract_country_code`, `_maybe_strip_national_prefix_carrier_code` steps) and
`is_valid_number`:

- a form of ASCII digits and the separators `_PLAIN_CHARS` (no letter, nothing read as an
  extension) normalises to its digits, all of them;
- a "+" form's country code is the first one to three of those digits that name one; a national
  form keeps its region's code, unless it opens with the region's international prefix (then any
  country may follow: left to the parse);
- the national significant number (NSN) is what is left after the code and at most two national
  prefixes are cut from the front: a national form may lose the code and the region's prefix
  (`_maybe_extract_country_code`), then one more prefix by the metadata of the code's main region
  (or the region's own); a "+" form loses the code, then one prefix by the main region's
  metadata. A cut ends where the prefix pattern's `match` ends, or rewrites the number by the
  region's `national_prefix_transform_rule` when the pattern's last group took part (Brazil's
  carrier codes), as the parse does: every NSN the parse can keep is among the numbers those
  steps give, each taken or not (`_nsns`);
- `is_valid_number` needs the NSN to be a possible length (`general_desc.possible_length`) of a
  region sharing the code and to match that region's `general_desc` pattern in full
  (`_number_type_helper`): the per-length union of those patterns is compiled once a code
  (`_general`); a code with a region listing no lengths is left to the parse.

The metadata is read once a region and once a code (a few hundred at most): no text is kept.
`tests/recognizers/test_phone_screen.py` parses every region's example numbers in many forms and
random digit runs: nothing the parse calls valid is ruled out.
"""

from __future__ import annotations

import re
from functools import cache

import phonenumbers
from phonenumbers import PhoneMetadata

# What a national form can hold besides its digits (`phone_number_recognizer._CANDIDATE`'s
# characters): no "+", no letter, nothing phonenumbers reads as an extension ("x12", "#", ",", ";").
_PLAIN_CHARS = frozenset("0123456789 \t().-/")
_ASCII_DIGITS = frozenset("0123456789")
_NOT_ASCII_DIGIT = re.compile("[^0-9]")
_MAX_CODE_DIGITS = 3  # phonenumbers' `_MAX_LENGTH_COUNTRY_CODE`

# A region's national prefix as the parse reads it (`_prefix`): None (none), its compiled
# `national_prefix_for_parsing` with its rewrite rule (or None), or `_REWRITTEN` for a rule the
# screen does not follow, left to the parse.
_Prefix = tuple[re.Pattern[str], str | None] | None | object
_REWRITTEN = object()


def may_be_valid(number: str, region: str | None) -> bool:
    """False only when `phonenumbers.is_valid_number(phonenumbers.parse(number, region))` is False
    (or the parse raises) whatever the number's digits: see the module doc."""
    if region is None:
        return _may_be_valid_international(number)
    national = _national(region.upper())
    if national is None or not _PLAIN_CHARS.issuperset(number):
        return True
    code, own, main, idd = national
    digits = _NOT_ASCII_DIGIT.sub("", number)
    if idd is not None and idd.match(digits):
        return True  # dialled abroad from the region: any country's number may follow
    general = _general(code)
    if general is None:
        return True
    # no code read: the region's prefix may be cut once; the code read: the region's, then the main region's
    nsns = _nsns(digits, (own,))
    if digits.startswith(str(code)):
        nsns |= _nsns(digits[len(str(code)) :], (own, main))
    return _fits(nsns, general)


def _may_be_valid_international(number: str) -> bool:
    """`may_be_valid` for a "+" form of ASCII digits, parsed with no region; any other form: True."""
    digits = number[1:]
    if not number.startswith("+") or not digits or not _ASCII_DIGITS.issuperset(digits):
        return True
    code = _calling_code(digits)
    if code is None:
        return True  # the parse raises: its to say so
    general = _general(code)
    main = _main_prefix(code)
    if general is None or main is _REWRITTEN:
        return True
    return _fits(_nsns(digits[len(str(code)) :], (main,)), general)


def _fits(nsns: set[str], general: dict[int, re.Pattern[str]]) -> bool:
    """True when one of `nsns` has a possible length of the code and matches its regions' pattern in full."""
    for nsn in nsns:
        pattern = general.get(len(nsn))
        if pattern is not None and pattern.fullmatch(nsn):
            return True
    return False


def _nsns(digits: str, prefixes: tuple[_Prefix, ...]) -> set[str]:
    """Every number left by cutting (or rewriting) each of `prefixes` in turn from the front of
    `digits`, or not (`_maybe_strip_national_prefix_carrier_code`)."""
    out = {digits}
    for prefix in prefixes:
        if isinstance(prefix, tuple):
            pattern, rule = prefix
            out |= {cut for nsn in out if (cut := _cut(nsn, pattern, rule)) is not None}
    return out


def _cut(number: str, pattern: re.Pattern[str], rule: str | None) -> str | None:
    """`number` with the national prefix `pattern` matches at its front cut, or rewritten by `rule`
    when the pattern's last group took part (as `_maybe_strip_national_prefix_carrier_code` does);
    None when the pattern does not match there."""
    match = pattern.match(number)
    if match is None:
        return None
    if rule is None or match.groups()[-1] is None:
        return number[match.end() :]
    return pattern.sub(rule, number, count=1)


def _calling_code(digits: str) -> int | None:
    """The country code a "+" form opens with, read as `phonenumbers._extract_country_code` reads it."""
    if digits.startswith("0"):
        return None
    for width in range(1, min(len(digits), _MAX_CODE_DIGITS) + 1):
        code = int(digits[:width])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return code
    return None


@cache
def _national(region: str) -> tuple[int, _Prefix, _Prefix, re.Pattern[str] | None] | None:
    """(the region's country code, its national prefix, the prefix of its code's main region, its
    international prefix), or None when the screen leaves the region's national forms to the
    parse (unknown region, a rewritten prefix)."""
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or not metadata.country_code:
        return None
    code = metadata.country_code
    own, main = _prefix(metadata), _main_prefix(code)
    if own is _REWRITTEN or main is _REWRITTEN:
        return None
    idd = re.compile(metadata.international_prefix) if metadata.international_prefix else None
    return code, own, main, idd


@cache
def _main_prefix(code: int) -> _Prefix:
    """The national prefix of the region the parse reads a number of `code` with after the code is cut."""
    main = phonenumbers.region_code_for_country_code(code)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, main)
    return _REWRITTEN if metadata is None else _prefix(metadata)


def _prefix(metadata: PhoneMetadata) -> _Prefix:
    """A region's national prefix as the parse cuts it: None (none), (pattern, rewrite rule or None),
    or `_REWRITTEN` for a rule the screen does not follow (one with no group to test)."""
    if not metadata.national_prefix_for_parsing:
        return None
    pattern = re.compile(metadata.national_prefix_for_parsing)
    rule = metadata.national_prefix_transform_rule or None
    if rule is not None and pattern.groups == 0:
        return _REWRITTEN
    return pattern, rule


@cache
def _general(code: int) -> dict[int, re.Pattern[str]] | None:
    """For each possible NSN length of the regions sharing `code`, the union of their `general_desc`
    patterns allowing it (fullmatch); None when a region lists no lengths (any length is possible)."""
    by_length: dict[int, list[str]] = {}
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ()):
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
        desc = None if metadata is None else metadata.general_desc
        if desc is None or not desc.national_number_pattern:
            continue  # no number of it is valid (`_match_national_number`)
        if not desc.possible_length:
            return None
        for n in desc.possible_length:
            if n > 0:
                by_length.setdefault(n, []).append(desc.national_number_pattern)
    return {n: re.compile("|".join(f"(?:{p})" for p in patterns)) for n, patterns in by_length.items()}
