"""English-format street addresses: GB, US and India.

"221B Baker Street, London NW1 6XE", "Flat 3, 12 High St", "19086 Sanchez Alley,
Grahamfurt, DE 14089", "1600 Pennsylvania Ave NW, Washington, DC 20500",
"H.No. 97, MG Road, Bengaluru-560001", "23/286, Nehru Nagar, Pune 411 001".
The house number comes first; a street type ends the street. A number and
capitalised words without a known type count when a postcode follows (GB
outward/inward, US state + ZIP, IN PIN): the postcode is the evidence. Short
or everyday types ("Way", "Park", "Hill", "St") need capitalised names.

US forms from USPS Publication 28 (public domain): a PO Box ("PO Box 1234", "P.O. Box 56",
"Post Office Box 7"); a secondary unit alone, with its number ("Apt. 559", "Suite 026",
"Ste 200", "Bldg 4", GB "Flat 3"), the unambiguous designators of its list only (not
"Unit", "Room", "Floor", "Lot", "Key", "Stop": everyday shop words), and "Suite" not after a
capitalised word ("Creative Suite 6" is a product); and a last line with no street, "City,
ST 12345(-6789)", when ST is one of the USPS state and territory codes: the city, the state
and the ZIP are one ADDRESS span; a state code and a ZIP alone ("NY 10001") when the code is
no English word in capitals ("OK", "IN", "OR", "ME" need the city). A ZIP alone is a
postcode only when labelled ("ZIP 94105", "zip code: 94105-1234"): five digits alone are as
often an order number. A numbered street ("87th Pkwy", "West 114th Drive") is an ordinal
between a house number and a suffix; a "#12" unit after the street keeps the city, state and
ZIP that follow in the same span (shared tail), and Indian house numbers run to three parts
("H.No. 30-6-273"). GB: a
capitalised town followed by a full postcode ("Leeds LS1 4AP"), the postcode's two parts
being the evidence.

Also: every USPS Publication 28 suffix (C1), "Loaf", "Dam", "Passage", "Rue" among them; a house
number with a letter after a dash ("45-B Nehru Nagar"); labelled house numbers ("house number
5432", "building no. 77"); "zip is", "zipcode:", "postal code" before a ZIP, and after such a label
the postcodes of other countries ("1016 EE", "K1A 0B1", "2000"). A street with no number when its
type says so: a capitalised strong type ("Fairview Road", "5th Avenue"), any suffix after "on" or
"at" ("I live on Whitaker Ridge"), and a crossing after its cue ("the corner of Oak Street and
Pine Avenue"). Streets of other countries name first ("Storgatan 12", "Karl Johans gate 5",
"Calle Mayor 5", "ul. Polna 12"). A number typed right before an address joins it.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.name_words import NOT_NAMES
from recognizers.street_address_recognizer import (
    CAP,
    CAP_NAME,
    LETTER,
    LOW_NAME,
    MAYBE_ADDRESS,
    NAME,
    NOT_AMOUNT,
    UP,
    US_STATES,
    StreetAddressRecognizer,
)

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
    r"extension|lock|spur|viaduct|stravenue|anne?x|arcade|dam|loaf|motorway|passage|rue|cape|center|centre|club|course|divide|forge|inlet|key|lake|land|"
    r"light|mall|neck|oval|overpass|pine|plain|prairie|radial|ramp|ranch|rapid|rest|route|run|shoal|stream|"
    r"throughway|trafficway|underpass|union|ville|wall|well|bayou|beach|bottom|branch|bridge|burg|canyon|"
    r"cliff|flat|fall|garden|track|trak|trk|crse|fls|gdn|gdns|grv|hts|jct|ldg|mdws|mnr|orch|rdg|shrs|spgs|sta|"
    r"trce|trl|tunl|vly|vlg|vw|xing)"
)
# The standard suffixes that are no everyday shop or chat word: these end a street in lower
# case too ("5 roberts viaduct", "90 parry oval"), where "2 park", "3 green" or "a walk" must not.
_LOW_SUFFIX = (
    r"(?i:viaduct|tunnel|ville|curve|harbou?rs?|plains|glens?|gardens|mills|spurs?|rapids|dale|meadows|vista|"
    r"parkways?|stravenue|trafficway|throughway|underpass|overpass|causeway|crescent|terrace|mews|heights|"
    r"junction|knolls?|manor|orchard|prairie|ranch|shoals?|turnpike|vale|valleys?|villages?|wharf|circle|cove|"
    r"creek|bypass|motorway|streets?|roads?|lanes?|avenues?|drives|alleys?|boulevards?|freeway|expressway|"
    r"highway|skyway|crossroad)"
)
# A lower-case street ends its phrase: "2 teak garden chairs" is furniture, "5 roberts viaduct" an address.
_PHRASE_END = (
    r"(?=\s*(?:$|[,.;:!?)\n]|\s(?i:apt|suite|ste|unit|flat|please|pls|thanks|thank|thx|asap|tomorrow|today)\b))"
)
# US military mail (USPS Publication 28, 2.6): "Unit 2050 Box 4190, APO AP 96278", "PSC 1234,
# Box 5678 APO AE 09012", a ship's name before "FPO": APO/FPO/DPO + AA/AE/AP + ZIP is the evidence.
_MILITARY = (
    r"(?:(?:(?i:psc|cmr|unit)\s\d{1,5}\s*,?\s+(?i:box)\s\d{1,5}|(?:USS|USNS|USNV|USCGC|USAV)\s+"
    rf"{CAP_NAME})\s*(?:,|\s[-–]|)\s*)?(?i:apo|fpo|dpo)\s(?i:aa|ae|ap)\s(?P<num>\d{{5}}(?:-\d{{4}})?)(?![\d-])"
)
# A numbered street ("87th Pkwy", "West 114th Drive", "2nd Ct"): an ordinal is a street name
# only between a house number and a suffix, so "the 5th" or "my 2nd order" are not streets.
_ORDINAL_NAME = rf"(?:(?:{CAP}\s+)?\d{{1,3}}(?i:st|nd|rd|th)(?!\w))"
# The types that name a street with no house number, capitalised ("Baker Street", "Fifth Avenue",
# "5th Avenue", "MG Road"): never a shop word or a person; their lower-case and abbreviated forms
# ("the road", "St" = Saint) are not taken alone. A capitalised word right after one makes it the
# name of something else ("Park Avenue Collection", "Abbey Road Studios"), unless it is a unit; so
# does a number ("the Baker Street 3 Seater Sofa").
_NAMED = (
    r"(?:Street|Road|Avenue|Lane|Drive|Boulevard|Alley|Crescent|Terrace|Parkway|Highway|Expressway|Freeway|"
    r"Turnpike|Motorway|Marg|Nagar|Blvd\.?|Ave\.?|Rd\.?)"
)
# A crossing of two named streets after its cue ("at the corner of Elm Ridge and Oak Way", "the
# intersection of Main St & 3rd Ave"): the cue is the evidence, so any suffix counts there.
_NAMED_ALONE = re.compile(rf"{_NAMED}(?!\w)")
# A street named with no number after "on", "at", "along" or "off" ("I live on Smith Ridge",
# "we're at Elm Grove"): any USPS suffix counts there, capitalised, except those that also end
# product and shop names ("Windows Vista", "Amazon Key"), or name a railway station ("at Union Station",
# "at Kings Cross": a pickup point, not where someone lives).
_ON_CUE = r"(?:on|at|along|off|On|At|Along|Off)\s+"
_NOT_AFTER_ON = (
    r"(?!(?i:vista|key|keys|light|lights|club|mall|course|center|centre|point|port|land|union|run|well|pass|camp|station|cross)\b)"
)
_CROSSING = r"(?i:corner|intersection|junction|crossing)\s+(?i:of)\s+"
# Streets of other countries as English messages quote them, name first and the house number
# after: a type glued to the name ("Storgatan 12", "Kirkeveien 5", "Keizersgracht 123",
# "Hauptstraße 5"), a lower-case type word after it ("Kråkvilans väg 12", "Karl Johans gate 5",
# "Andrássy út 12"), or a type word before it ("Calle Mayor 5", "Rua Augusta 100", "ul. Polna 12").
# Glued endings that end everyday English words ("Colgate", "Spring", "Bowtie") are left out.
_GLUED = (
    r"(?:gatan|gata|vägen|veien|vegen|gade|vej|straße|strasse|str\.|weg|laan|straat|gracht|plein|kade|dijk|"
    r"singel|gasse|allee|platz|katu|utca|ulica)"
)
_TYPE_AFTER = r"(?:väg|vägen|gata|gatan|gate|gade|vej|vei|veien|straße|strasse|weg|laan|straat|utca|út|mnt|tee|allé)"
_TYPE_FIRST = (
    r"(?:Calle|Carrer|Rua|Avenida|Avinguda|Viale|Piazza|Corso|Vicolo|Rue|Ulica|[Uu]l\.|Aleja|Travessa|Praça|Paseo|"
    r"Rambla|Strada|Calea|Ulitsa|Odos)"
)
_NUM_AFTER_NAME = rf"\s*,?\s+(?P<num>\d{{1,4}}[A-Za-z]?(?:[-/]\d{{1,4}}[A-Za-z]?)?){NOT_AMOUNT}(?![\w-])"
_CONTINENTAL = (
    rf"(?:(?:{CAP}\s+){{0,2}}[{UP}]{LETTER}+{_GLUED}|{CAP_NAME}\s+{_TYPE_AFTER}|{_TYPE_FIRST}\s+{CAP_NAME})"
    rf"{_NUM_AFTER_NAME}"
)
_NUM = (
    rf"(?P<num>\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,5}}[A-Za-z]?|-[A-Za-z](?![A-Za-z]))?){NOT_AMOUNT}(?:\s*,?\s+|\s[-–]\s)"
)
_IN_LABEL = (
    r"(?i:h\.?\s?no\.?|(?:house|flat|door|plot|building|bldg\.?)\s+(?:no\.?|number|num\.?|#)(?:\s+is)?\s*:?)"
)
_STATE = rf"(?:{'|'.join(US_STATES)})"
# The state codes that are also English words written in capitals ("OK 12345", "IN 20 MIN"):
# these count before a ZIP only with a city before them.
_STATE_WORDS = frozenset({"OK", "IN", "OR", "ME", "AS", "HI", "ID", "OH", "AL", "LA", "MA", "PA", "CO", "DE", "GA"})
_STATE_ALONE = rf"(?:{'|'.join(s for s in US_STATES if s not in _STATE_WORDS)})"
_ZIP = r"\d{5}(?:-\d{4})?(?![\d-])"
# After a "ZIP" or "postal code" label, the postcodes of other countries as written in English text too:
# four digits (AU, NZ, CH, AT, BE, DK, NO, ZA…), the Netherlands' "1012 AB", Canada's "K1A 0B1",
# Sweden's "114 55", Poland's "00-950", India's six digits, a full GB postcode.
_POSTCODE_ABROAD = (
    r"(?:\d{4}(?:\s?[A-Z]{2})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{3}\s\d{2}|\d{2}-\d{3}|\d{6}"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\w-])"
)
# USPS Publication 28, appendix C2: secondary unit designators that are not everyday words.
_UNIT_ALONE = r"(?:(?i:apt|apartment|suite|ste|bldg|building|trlr|trailer|penthouse)|Flat)"
_UNIT_NUM = rf"(?:#\s?)?\d{{1,5}}{NOT_AMOUNT}[A-Za-z]?(?![\w/-]|[.,]\d)"
# A full GB postcode, with the letters the Royal Mail never uses left out (BS 7666: no Q, V, X
# first; no I, J, Z second; no C, I, K, M, O, V in the inward code).
_GB_FULL = r"[A-PR-UWYZ](?:[A-HK-Y]?\d[A-Z\d]?)\s\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z\d])"
# Cores whose first word is a town: a greeting, weekday or shop word there is no town ("Thanks, OK 12345").
_TOWN_FIRST = frozenset({"city, state zip", "town + gb postcode"})
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_NO_DIGIT_CORES = frozenset({"named street", "street after on or at", "street crossing"})
# What a core of `_NO_DIGIT_CORES` holds: a named type, a cue and a capital, a crossing's cue.
_WORDY = re.compile(rf"{_NAMED}(?!\w)|\b{_ON_CUE}[{UP}]|{_CROSSING}")


class EnStreetAddressRecognizer(StreetAddressRecognizer):
    """Number + name + type (+ unit, city, state/county, postcode); Indian house-number forms."""

    SHAPED_POSTCODE_CORES = frozenset({"number + lower-case name + postcode"})

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language)
        self.wordy = [(p, rx) for p, rx in self.compiled if p.name in _NO_DIGIT_CORES]

    def cores_for(self, text: str) -> list[tuple[Pattern, re.Pattern[str]]]:
        """Every core when the text holds a digit; else only the cores of streets named with no
        number, when a street type or cue is there at all."""
        if MAYBE_ADDRESS.search(text):
            return self.compiled
        return self.wordy if _WORDY.search(text) else []
    CORES = (
        ("en street", rf"(?<![\w.,/-]){_NUM}(?:{_ORDINAL_NAME}|{NAME})\s+{_STRONG}s?(?!\w)", 0.75, False),
        ("en street (capitalised)", rf"(?<![\w.,/-]){_NUM}(?:{_ORDINAL_NAME}|{CAP_NAME})\s+{_WEAK}s?(?!\w)", 0.75,
         False),
        ("named street", rf"(?<![\w.,/-])(?=[{UP}\d])(?:{_ORDINAL_NAME}|{CAP_NAME})\s+(?P<street>{_NAMED})(?!\w)"
         rf"(?![ \t]+(?:\d|(?!{_UNIT_ALONE}\b)[{UP}]))", 0.6, False),
        ("street after on or at", rf"(?<![\w])(?P<cue>{_ON_CUE})(?:{_ORDINAL_NAME}|{CAP_NAME})\s+{_NOT_AFTER_ON}"
         rf"(?P<street>(?=[{UP}])(?:{_WEAK}|{_STRONG}))s?(?!\w)(?![ \t]+(?:\d|(?!{_UNIT_ALONE}\b)[{UP}]))", 0.6, False),
        ("street crossing", rf"(?<![\w])(?P<cue>{_CROSSING})(?:{_ORDINAL_NAME}|{CAP_NAME})\s+"
         rf"(?P<street>{_WEAK}|{_STRONG})\s+(?:and|&|at)\s+(?:{_ORDINAL_NAME}|{CAP_NAME})\s+(?:{_WEAK}|{_STRONG})(?!\w)",
         0.7, False),
        ("street of another country", rf"(?<![\w.,/-]){_CONTINENTAL}", 0.7, False),
        ("en street (lower case)", rf"(?<![\w.,/-]){_NUM}{LOW_NAME}\s+{_LOW_SUFFIX}(?!\w){_PHRASE_END}", 0.7, False),
        ("us military mail", rf"(?<![\w]){_MILITARY}", 0.8, False),
        ("number + name + postcode", rf"(?<![\w.,/-]){_NUM}{CAP_NAME}", 0.7, True),
        ("number + lower-case name + postcode", rf"(?<![\w.,/-]){_NUM}{LOW_NAME}", 0.7, True),
        ("us military", r"(?<![\w])(?:PSC|CMR|Unit)\s\d{1,5},?\s+Box\s\d{1,5}", 0.75, True),
        ("in house number",
         rf"(?<![\w]){_IN_LABEL}\s*(?P<num>\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,5}}[A-Za-z]?){{0,2}})(?:\s*,?\s*{NAME})?",
         0.75, False),
        ("in slash number", rf"(?<![\w/.-])(?P<num>\d{{1,4}}/\d{{1,4}}[A-Za-z]?)(?:\s*,?\s*{CAP_NAME})?", 0.7, True),
        ("po box", r"(?<![\w])(?i:p\.?\s?o\.?\s?box|post\s+office\s+box)\s?#?\s?(?P<num>\d{1,6})(?!\d)", 0.75, False),
        ("unit alone", rf"(?<![\w.])(?<![{UP}][a-z]\s)(?<![{UP}][a-z]{{2}}\s)(?<![{UP}][a-z]{{3}}\s)"
         rf"(?<![{UP}][a-z]{{4}}\s)(?<![{UP}][a-z]{{5}}\s)(?<![{UP}][a-z]{{6}}\s)(?<![{UP}][a-z]{{7}}\s)"
         rf"(?<![{UP}][a-z]{{8}}\s){_UNIT_ALONE}\.?\s?(?P<num>{_UNIT_NUM})", 0.6, False),
        ("city, state zip", rf"(?<![\w-])(?=[{UP}][a-z]){CAP_NAME},?\s+{_STATE}\s+(?P<num>{_ZIP})", 0.8, False),
        ("state zip", rf"(?<![\w-]){_STATE_ALONE}\s(?P<num>{_ZIP})", 0.6, False),
        ("labelled zip", rf"(?<![\w])(?i:zip(?:\s?code)?|zip\+4|postal\s?code)(?:\s+(?i:is|was|number))?"
         rf"\s?[:#]?\s?(?P<num>{_ZIP}|{_POSTCODE_ABROAD})", 0.6, False),
        ("town + gb postcode", rf"(?<![\w-])(?=[{UP}][a-z]){CAP_NAME},?\s+(?P<num>{_GB_FULL})", 0.75, False),
    )  # fmt: skip

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = [r for r in results if not _not_a_town(text, r) and _trimmed(text, r)]
        for r in kept:
            if (number := _NUMBER_BEFORE.search(text, max(0, r.start - 12), r.start)) is not None:
                r.start = number.start()
        return kept


_CUED = {"street crossing": re.compile(_CROSSING), "street after on or at": re.compile(_ON_CUE)}
# A number typed right before an address, on its line ("3 Storgatan 12", "14 221 Elm St"): a flat
# or building number written without its word. Fail closed: it joins the span, at no cost to text
# with no address.
_NUMBER_BEFORE = re.compile(rf"(?<![\w.,/+-])\d{{1,5}}[A-Za-z]?{NOT_AMOUNT}[ \t]+$")
_WORD_AND_SPACE = re.compile(r"[^\W\d_]+\s+")


def _trimmed(text: str, result: RecognizerResult) -> bool:
    """Start a crossing or a cued street after its cue, and a named street after the everyday words that only
    stand before it ("Thanks Oak Street", "The Avenue"); False when no name is left."""
    explanation = result.analysis_explanation
    pattern = explanation.pattern_name if explanation is not None else None
    if pattern in _CUED and (cue := _CUED[pattern].match(text, result.start)) is not None:
        result.start = cue.end()
    elif pattern == "named street":
        while (word := _WORD_AND_SPACE.match(text, result.start)) is not None and (
            word.group().strip().casefold() in NOT_NAMES
        ):
            result.start = word.end()
        return _NAMED_ALONE.match(text, result.start) is None
    return True


def _not_a_town(text: str, result: RecognizerResult) -> bool:
    """True for a town-first core whose first word is never a place name (`NOT_NAMES`)."""
    explanation = result.analysis_explanation
    if explanation is None or explanation.pattern_name not in _TOWN_FIRST:
        return False
    first = _FIRST_WORD.search(text, result.start, result.end)
    return first is not None and first.group().casefold() in NOT_NAMES
