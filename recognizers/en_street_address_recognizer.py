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

from recognizers.street_address_recognizer import CAP_NAME, LOW_NAME, NAME, NOT_AMOUNT, StreetAddressRecognizer

_STRONG = (
    r"(?i:street|road|lane|avenue|drive|boulevard|alley|crescent|terrace|parkway|highway|expressway|"
    r"freeway|turnpike|marg|nagar|chowk|gali|zila|ganj)"
)
# The everyday words among the standard suffixes (USPS Publication 28, Royal Mail usage).
_WEAK = (
    r"(?i:st\.?|rd\.?|ln\.?|ave\.?|av\.|dr\.?|blvd\.?|cres\.?|ter\.?|pkwy\.?|hwy\.?|close|court|ct\.?|place|pl\.?|"
    r"way|square|sq\.?|gardens|grove|mews|circle|cir\.?|row|walk|hill|park|green|rise|trail|path|plaza|"
    r"colony|layout|cross|main|loop|pike|crossing|heights|view|vale|bend|bluff|brook|bypass|causeway|cove|"
    r"creek|crest|crossroad|curve|dale|estate|falls|ferry|field|fields|ford|forest|fork|fort|gardens|gateway|"
    r"glen|harbor|harbour|haven|hollow|island|junction|knoll|landing|lodge|manor|meadow|meadows|mill|mills|"
    r"mission|mount|mountain|orchard|pass|pines|plains|point|port|ridge|river|shore|shores|spring|springs|"
    r"station|summit|trace|tunnel|valley|village|vista|wharf|wood|woods|yard|isle|corner|common|camp|skyway|"
    r"extension|lock|spur|viaduct|stravenue|cape|center|centre|club|course|divide|forge|inlet|key|lake|land|"
    r"light|mall|neck|oval|overpass|pine|plain|prairie|radial|ramp|ranch|rapid|rest|route|run|shoal|stream|"
    r"throughway|trafficway|underpass|union|ville|wall|well|bayou|beach|bottom|branch|bridge|burg|canyon|"
    r"cliff|flat)"
)
_NUM = rf"(?P<num>\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,5}}[A-Za-z]?)?){NOT_AMOUNT}(?:\s*,?\s+|\s[-–]\s)"
_IN_LABEL = r"(?i:h\.?\s?no\.?|house\s+no\.?|flat\s+no\.?|door\s+no\.?|plot\s+no\.?)"


class EnStreetAddressRecognizer(StreetAddressRecognizer):
    """Number + name + type (+ unit, city, state/county, postcode); Indian house-number forms."""

    SHAPED_POSTCODE_CORES = frozenset({"number + lower-case name + postcode"})
    CORES = (
        ("en street", rf"(?<![\w.,/-]){_NUM}{NAME}\s+{_STRONG}s?(?!\w)", 0.75, False),
        ("en street (capitalised)", rf"(?<![\w.,/-]){_NUM}{CAP_NAME}\s+{_WEAK}s?(?!\w)", 0.75, False),
        ("number + name + postcode", rf"(?<![\w.,/-]){_NUM}{CAP_NAME}", 0.7, True),
        ("number + lower-case name + postcode", rf"(?<![\w.,/-]){_NUM}{LOW_NAME}", 0.7, True),
        ("us military", r"(?<![\w])(?:PSC|CMR|Unit)\s\d{1,5},?\s+Box\s\d{1,5}", 0.75, True),
        ("in house number",
         rf"(?<![\w]){_IN_LABEL}\s*(?P<num>\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,5}}[A-Za-z]?)?)(?:\s*,?\s*{NAME})?",
         0.75, False),
        ("in slash number", rf"(?<![\w/.-])(?P<num>\d{{1,4}}/\d{{1,4}}[A-Za-z]?)(?:\s*,?\s*{CAP_NAME})?", 0.7, True),
    )  # fmt: skip
