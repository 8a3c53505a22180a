"""English-format street addresses: GB, US and India.

"221B Baker Street, London NW1 6XE", "Flat 3, 12 High St", "19086 Sanchez Alley,
Grahamfurt, DE 14089", "1600 Pennsylvania Ave NW, Washington, DC 20500",
"H.No. 97, MG Road, Bengaluru-560001", "23/286, Nehru Nagar, Pune 411 001".
The house number comes first; a street type ends the street. A number and
capitalised words without a known type count when a postcode follows (GB
outward/inward, US state + ZIP, IN PIN): the postcode is the evidence. Short
or everyday types ("Way", "Park", "Hill", "St") need capitalised names.
"""

from __future__ import annotations

from recognizers.street_address_recognizer import CAP_NAME, NAME, NOT_AMOUNT, StreetAddressRecognizer

_STRONG = (
    r"(?i:street|road|lane|avenue|drive|boulevard|alley|crescent|terrace|parkway|highway|expressway|"
    r"freeway|turnpike)"
)
_WEAK = (
    r"(?i:st\.?|rd\.?|ln\.?|ave\.?|av\.|dr\.?|blvd\.?|cres\.?|ter\.?|pkwy\.?|hwy\.?|close|court|ct\.?|place|pl\.?|"
    r"way|square|sq\.?|gardens|grove|mews|circle|cir\.?|row|walk|hill|park|green|rise|trail|path|plaza|"
    r"marg|nagar|chowk|gali|colony|layout|cross|main|loop|pike|crossing|heights|view|vale)"
)
_NUM = rf"(?P<num>\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?){NOT_AMOUNT}\s*,?\s+"
_IN_LABEL = r"(?i:h\.?\s?no\.?|house\s+no\.?|flat\s+no\.?|door\s+no\.?|plot\s+no\.?)"


class EnStreetAddressRecognizer(StreetAddressRecognizer):
    """Number + name + type (+ unit, city, state/county, postcode); Indian house-number forms."""

    CORES = (
        ("en street", rf"(?<![\w.,/-]){_NUM}{NAME}\s+{_STRONG}(?!\w)", 0.75, False),
        ("en street (capitalised)", rf"(?<![\w.,/-]){_NUM}{CAP_NAME}\s+{_WEAK}(?!\w)", 0.75, False),
        ("number + name + postcode", rf"(?<![\w.,/-]){_NUM}{CAP_NAME}", 0.7, True),
        ("in house number",
         rf"(?<![\w]){_IN_LABEL}\s*(?P<num>\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,5}}[A-Za-z]?)?)(?:\s*,?\s*{CAP_NAME})?",
         0.75, False),
        ("in slash number", rf"(?<![\w/.-])(?P<num>\d{{1,4}}/\d{{1,4}}[A-Za-z]?)(?:\s*,?\s*{CAP_NAME})?", 0.7, True),
    )  # fmt: skip
