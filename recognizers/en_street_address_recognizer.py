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

Kinds found missing on a published labelled set (its sentences were not read; see docs/detection.md):
a street named by its suffix alone when every name word is no everyday word ("the van went to Pisano
Row", not "Times Square"); a street of another country whose name holds a letter outside ASCII, number
after or before ("Strojírenská 1006", "1006 Rozmarínová,"); a run of another script with a digit in it
("ул. Ленина 12", "東京都千代田区丸の内1-1"); a town and another country's shaped postcode ("Nieuwegein
3431 HX", "Ottawa K1A 0B1", "Sydney NSW 2000"); GB, AU and NZ suffixes ("Parade", "Esplanade",
"Quay"); "No." or "number" before a house number joins the span.

Faker-made and rural shapes (2026-12-05): a lower-case street with any suffix after an address cue ("i live
at 3592 douglas forest"); five digits a parcel is sent to ("the delivery to 57722 failed"), not a count
("deliver to 10000 customers"); USPS rural and highway contract routes ("RR 2 Box 152", "HC 65 Box 12");
a house number on a numbered road ("1234 County Road 56", "4500 US Highway 1"), also as a grid number
("W1234", "N6W23001"); Ireland's Eircode after its label or a town ("Galway H91 E2K3") and Dublin's
districts ("Dublin 2"); India's six-digit PIN after "PIN" or "pin code"; in lower case, a house number of
three digits or more, name words that are no everyday word (a popular first name allowed) and any suffix
("809 karen cliff", "91848 caleb knolls and …"), and a line to a GB postcode with commas in it.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from recognizers import factored
from recognizers.given_name_recognizer import gazetteer
from recognizers.india_address import PIN_AFTER_TOWN, pin_addresses
from recognizers.india_chain import building_start, chain_addresses, run_addresses
from recognizers.name_words import NOT_NAMES, PRODUCT_WORDS, STREET_THING_NOUNS
from recognizers.place_recognizer import US_STATE_NAMES, places
from recognizers.street_address_recognizer import (
    CAP,
    CAP_NAME,
    GB_POSTCODE,
    LETTER,
    LOW_NAME,
    NAME,
    NOT_AMOUNT,
    OTHER_SCRIPT,
    TAIL_UNIT,
    UP,
    US_STATES,
    AddressFacts,
    StreetAddressRecognizer,
)
from recognizers.street_commerce import shop_street, sold_after_number

# Australia Post's and NZ Post's street types that USPS does not list (as Faker's en_AU and en_NZ use them):
# after a house number only, never alone nor after "on"/"at" ("Michael Dell", "at Subway", "the Two Towers").
_AU_TYPES = (
    r"alleyway|amble|anchorage|artery|basin|brace|brow|byway|centreway|circlet|circuit|colonnade|concourse|copse|"
    r"corso|courtyard|crossway|cruiseway|cul-de-sac|cutting|dell|deviation|driveway|elbow|entrance|fairway|"
    r"firetrail|footway|foreshore|formation|frontage|gates|gully|highroad|interchange|laneway|lees|link|lookout|"
    r"meander|mew|nook|outlook|parklands|pathway|piazza|plateau|pocket|quad|quadrangle|quadrant|quays|ramble|"
    r"reserve|retreat|ridgeway|riverway|riviera|roadside|roadway|ronde|rotary|siding|slope|strand|strip|subway|"
    r"tarn|thoroughfare|tollway|tor|towers|trunkway|villas|wade|walkway"
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
    r"trce|trl|tunl|vly|vlg|vw|xing|parade|esplanade|promenade|quay|circus|approach|broadway|grange|wynd|brae|"
    r"glade|drove|"
    # USPS Publication 28 C1's standard abbreviations of three letters or more not written above
    r"aly|anx|arc|byu|bch|bnd|blf|blfs|btm|brg|brk|brks|byp|cyn|cpe|cswy|ctr|ctrs|cirs|clf|clfs|clb|cmn|cmns|"
    r"cor|cors|cts|cvs|crk|crst|xrd|xrds|curv|ests|expy|ext|exts|fry|fld|flds|flt|flts|frd|frds|frst|frg|frgs|"
    r"frk|frks|fwy|glns|grn|grns|grvs|hbr|hbrs|hvn|hls|holw|inlt|jcts|kys|knl|knls|lks|lndg|lgt|lgts|lck|lcks|"
    r"mnrs|mdw|mls|msn|mtwy|mtn|mtns|nck|opas|psge|pne|pnes|pln|plns|plz|pts|prt|prts|radl|rnch|rpd|rpds|rst|"
    r"rdgs|riv|rds|rte|shl|shls|shr|skwy|spg|sqs|stra|strm|sts|smt|trwy|trfy|trlr|upas|vlys|vws|vlgs|vis|wls|"
    rf"{_AU_TYPES})"
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
# A ship's hull number after its name ("USS Nimitz (CVN 68)", "USNS Mercy (T-AH 19)").
_HULL = r"(?:[ \t]*\([A-Z]{1,4}(?:-[A-Z]{1,3})?[ -]?\d{1,4}\))"
# US military mail (USPS Publication 28, 2.6): "Unit 2050 Box 4190, APO AP 96278", "PSC 1234,
# Box 5678 APO AE 09012", a ship's name before "FPO": APO/FPO/DPO + AA/AE/AP + ZIP is the evidence.
_MILITARY = (
    r"(?:(?:(?i:psc|cmr|unit)\s\d{1,5}\s*,?\s+(?i:box)\s\d{1,5}|(?:USS|USNS|USNV|USCGC|USAV)\s+"
    rf"{CAP_NAME}{_HULL}?)\s*(?:,|\s[-–]|)\s*)?(?i:apo|fpo|dpo)\s(?i:aa|ae|ap)\s(?P<num>\d{{5}}(?:-\d{{4}})?)(?![\d-])"
)
# A directional after the suffix (USPS Publication 28, 2.3: "1600 Pennsylvania Ave NW", "86 15th Cor W"):
# a letter code anywhere, a word only where the line ends ("… Way South, Tupelo").
_POST_DIRECTIONAL = (
    r"(?:[ \t]+(?:[NS][EW]|[NSEW])\.?(?![\w])|[ \t]+(?:North|South|East|West)(?:east|west)?(?=[ \t]*(?:$|[,\n])))?"
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
    r"(?!(?i:vista|key|keys|light|lights|club|mall|course|center|centre|point|port|land|union|run|well|pass|camp|station|cross|"
    rf"{_AU_TYPES})\b)"
)
_CROSSING = r"(?i:corner|intersection|junction|crossing)\s+(?i:of)\s+"
# A crossing named by its two streets' names alone after its cue ("the corner of 5th and Pine", "the corner
# of Halsted and Fullerton", "the corner of king and spadina"): the cue is the evidence; a lower-case name
# must be no stop word ("the corner of it and the lid", `core_start`).
_CROSSING_NAME = rf"(?:{_ORDINAL_NAME}|[{UP}][a-z]+|[a-z]{{3,}})"
# A lower-case street with no number where the writer says they live or what their address is ("i live on
# larkspur lane", "we're on tulip tree drive", "my address is heathfield drive, redruth"): only the street
# types no chat phrase ends with, and name words that are no stop word (`core_start`: "i'm on the road").
_HOME_CUE = (
    r"(?<![\w'’])(?:(?i:(?:i|we)[ \t]+(?:live|lived|stay|am|are)|i['’]?m|im|we['’]re|were|(?:she|he)['’]s"
    r"|(?:she|he)[ \t]+lives|they[ \t]+live|they['’]re)[ \t]+(?:on|at|off)"
    r"|(?i:(?:my|our)[ \t]+)?(?i:address)(?:[ \t]+(?i:is))?[ \t]*:?)[ \t]+"
)
_HOME_NAME = r"[a-z]+(?:[-'’][a-z]+)*(?:[ \t]+[a-z]+(?:[-'’][a-z]+)*){0,2}"
_HOME_STREET_TYPE = r"(?:street|road|avenue|lane|drive|close|crescent|terrace|boulevard|grove|mews|gardens|parade)"
# A town after a street named with no number, joined by "in" ("Larkspur Lane in Brentwood", "Beacon Street in
# Brookline"): one or two capitalised words, then optionally a state or province code; no month or day.
_IN_TOWN = re.compile(rf"[ \t]+in[ \t]+(?P<town>[{UP}][a-z]+(?:[ \t]+[{UP}][a-z]+)?)(?:,?[ \t]+[A-Z]{{2}})?(?![\w-])")
_TIME_WORDS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday spring summer autumn fall winter christmas easter".split()
)
# A lower-case shop or product noun right after a street named with no number makes the street the name
# of a shop or a product, as a capitalised word does ("our Oxford Street store", "the Abbey Road vinyl",
# "the Coronation Street box set"): `name_words.STREET_THING_NOUNS`.
_THING_NOUNS = "|".join(re.escape(n) for n in sorted(STREET_THING_NOUNS, key=lambda n: (-len(n), n)))
_THING_AFTER = rf"(?:box[ \t]+set|{_THING_NOUNS})(?![\w-])"
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
    r"(?!of\s)"  # "2 of the Oak Ridge mugs" counts mugs
)
# After a labelled number, what makes it a thing's number, not a house's ("Door No. 3 of the cinema", "Plot no.
# 2 in the chart", "plot no. 3 in the brochure").
_NOT_OF_THE = r"(?![ \t]+(?i:of|(?:in|on|from|at)[ \t]+(?:the|this|that|our|your|a|an))\b)"
_IN_LABEL = r"(?i:h\.?\s?no\.?|(?:house|flat|door|plot|building|bldg\.?)\s+(?:no\.?|number|num\.?|#)(?:\s+is)?\s*:?)"
_STATE = rf"(?:{'|'.join(US_STATES)})"
# The state codes that are also English words written in capitals ("OK 12345", "IN 20 MIN"):
# these count before a ZIP only with a city before them.
_STATE_WORDS = frozenset({"OK", "IN", "OR", "ME", "AS", "HI", "ID", "OH", "AL", "LA", "MA", "PA", "CO", "DE", "GA"})
_STATE_ALONE = rf"(?:{'|'.join(s for s in US_STATES if s not in _STATE_WORDS)})"
_LOW_STATE_ALONE = _STATE_ALONE.lower()  # with no comma, only codes that are no word ("deliver in 94103")
_ZIP = r"\d{5}(?:-\d{4})?(?![\d-])"
# After a "ZIP" or "postal code" label, the postcodes of other countries as written in English text too:
# four digits (AU, NZ, CH, AT, BE, DK, NO, ZA…), the Netherlands' "1012 AB", Canada's "K1A 0B1",
# Sweden's "114 55", Poland's "00-950", India's six digits, a full GB postcode.
_POSTCODE_ABROAD = (
    r"(?:\d{4}(?:\s?[A-Z]{2})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{3}\s\d{2}|\d{2}-\d{3}|\d{6}"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\w-])"
)
# A town, its state code and ZIP written in lower case ("springfield, il 62704", "north jessica, vt 05401"):
# the ZIP after a state code is the evidence; a two-word town only after a place prefix, so that the
# words of the sentence before it stay out.
_LOW_PLACE_PREFIX = r"(?:north|south|east|west|new|lake|port|mount|fort|saint|san|santa|los|las|el|la|st\.)"
# Not the codes that are English words in lower case ("blue, ok 12345", "that's it, in 10001 stores").
_LOW_WORD_STATES = frozenset({"OK", "IN", "OR", "ME", "HI", "OH", "AS", "ID"})
_LOW_STATE_CODE = rf"(?:{'|'.join(s.lower() for s in US_STATES if s not in _LOW_WORD_STATES)})"
# USPS Publication 28, appendix C2: secondary unit designators that are not everyday words.
_UNIT_ALONE = r"(?:(?i:apt|apartment|suite|ste|bldg|building|trlr|trailer|penthouse)|Flat)"
# What ends a street named with no number: no number, no capitalised word but a unit, no shop or product
# noun after it ("Park Avenue Collection", "the Baker Street 3 Seater Sofa", "our Oxford Street store").
_NO_NAME_AFTER = rf"(?![ \t]+(?:\d|(?!{_UNIT_ALONE}\b)[{UP}]|{_THING_AFTER}))"
_UNIT_NUM = rf"(?:#\s?)?\d{{1,5}}{NOT_AMOUNT}[A-Za-z]?(?![\w/-]|[.,]\d)"
# A full GB postcode, with the letters the Royal Mail never uses left out (BS 7666: no Q, V, X
# first; no I, J, Z second; no C, I, K, M, O, V in the inward code).
_GB_FULL = r"[A-PR-UWYZ](?:[A-HK-Y]?\d[A-Z\d]?)\s\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z\d])"
# A house number and a name with no street type, right after what says an address follows ("I live at 12
# Elmwood", "deliver to 45 Kingsley please", "my address is 8 Thornbury, Bristol", "she lives at 77 N.
# Halsted"): the cue is the evidence; every name word must be no everyday English word unless a popular
# first name (`core_start`, as for a street named alone), so "ship to 2 Addresses" or "send it to 3 Pack"
# stay clear. Fixed-width lookbehinds, one per cue.
_ADDRESS_CUE = "|".join(
    rf"(?<=\b{cue} )"
    for cue in (
        "live at", "lives at", "living at", "lived at", "[Aa]ddress is", "[Aa]ddress:", "deliver to", "ship to",
        "send it to", "send to", "located at", "moved to", "staying at", "reside at", "resides at",
    )
)  # fmt: skip
_ADDRESS_CUE = rf"(?:{_ADDRESS_CUE})"
# Five digits a parcel is sent to ("the delivery to 57722 failed", "shipped to 30301 by mistake"): where a
# parcel goes five digits are a ZIP, unless what follows counts something ("deliver to 10000 customers").
_DELIVERY_TO = (
    r"(?:(?<=\b[Dd]elivery to )|(?<=\b[Dd]eliver to )|(?<=\b[Dd]elivered to )|(?<=\b[Ss]hip to )|"
    r"(?<=\b[Ss]hipped to )|(?<=\b[Ss]hipping to )|(?<=\b[Ss]hipment to )|(?<=\b[Ss]end it to )|"
    r"(?<=\b[Ss]ent it to )|(?<=\b[Ss]ent to )|(?<=\b[Mm]ailed to )|(?<=\b[Mm]ail it to )|(?<=\b[Rr]outed to )|"
    r"(?<=\b[Rr]edirected to )|(?<=\b[Ff]orwarded to ))"
)
_NOT_COUNTED = (
    r"(?![\w-]|[.,]\d|[ \t]+(?i:more|other|new|different|of|people|customers|users|clients|addresses|stores|"
    r"shops|locations|items|units|orders|parcels|packages|boxes|homes|households|members|subscribers|pieces|"
    r"points|miles|km|kilometers|kilometres|countries|cities|destinations)\b)"
)
# A lower-case street with an everyday suffix and no cue ("809 karen cliff", "3305 linda plaza,"): a house
# number of three digits or more, every name word no everyday English word unless a popular first name
# ("100 garden forks", "250 fire station" are counts of things), the phrase ending there.
_LONG_NUM = rf"(?P<num>\d{{3,5}}){NOT_AMOUNT}[ \t]+"
_NUM_ONLY = rf"(?P<num>\d{{1,5}}[A-Za-z]?){NOT_AMOUNT}[ \t]+"
# A full GB postcode standing alone ("my postcode is SW1A 1AA", "it went to NW1 6XE"): its two parts
# are the evidence; not a memory size after a model name ("A7 4GB", "X5 2TB").
_GB_ALONE = r"[A-PR-UWYZ](?:[A-HK-Y]?\d[A-Z\d]?)\s(?!\d(?:GB|TB)\b)\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z\d])"
_GB_LOWER = r"[a-pr-uwyz](?:[a-hk-y]?\d[a-z\d]?)\s\d[abd-hjlnp-uw-z]{2}(?![A-Za-z\d])"
_GB_LOWER_GLUED = r"[a-pr-uwyz](?:[a-hk-y]?\d[a-z\d]?)\d[abd-hjlnp-uw-z]{2}(?![A-Za-z\d])"  # after a label only
# A ZIP after "in", "to", "near" ("do you deliver in 94103?", "I moved to 30305 last month"): five digits
# there are a place only where the phrase ends or names a time or area next; "up to 50000 miles", "in
# 10000 steps" go on with what is counted.
_ZIP_ENDS = (
    r"(?=[ \t]*(?:$|[,.;:!?)\n]|(?i:area|zone|zip|please|pls|thanks|today|tomorrow|yesterday|next|last|this|"
    r"since|now|too|as|and|or|but|for|because|so|with)\b))"
)
# A street named by a suffix alone, with no number and no cue ("the van went to Pisano Row", "Hartigan
# Heights is my address"): the suffixes that are no surname or first name ("Emma Woods", "Damon Hill",
# "Chase", "Glen") and no product word; `_rare_name` then asks that every name word be no everyday
# English word, unless a first name ("Times Square", "Oregon Trail", "Happy Meal" are not streets).
_NOT_ALONE = (
    r"(?!(?i:hill|hills|brook|brooks|wood|woods|field|fields|ford|fords|park|parks|mill|mills|cross|green|"
    r"bridge|bridges|well|wells|dale|forest|grove|spring|springs|banks|river|rivers|lake|lakes|port|mount|fort|"
    r"burg|chase|cliff|cliffs|glen|glens|heath|stream|hall|lodge|land|mountain|valley|island|beach|station|"
    r"center|centre|plaza|main|union|cape|flat|fall|falls|rest|run|light|lights|key|keys|club|mall|"
    r"course|point|pass|camp|vista|mission|village|ville|wall|rue|lock|arc|"
    r"track|trak|trk|st|rd|ln|ave|av|dr|pl|ct|sq|cir|ter|hts|vw|sta|dam|loaf|pike|arcade|neck|"
    r"gate|bottom|branch|crest|harbor|harbour|meadow|pine|pines|ranch|shore|shores|summit|"
    rf"{_AU_TYPES})\b)"
)
# Words in Latin letters with a letter outside ASCII ("Strojírenská", "Słoneczna", "Bulvarı"): a street
# of another country, named first, its number after ("Strojírenská 1006") or before ("1006
# Rozmarínová,"). An English word ("Café", "Pokémon") or a product word is no street (`_foreign_name`).
_ACCENTED = rf"(?=[{UP}])(?=[^\W\d_]*[À-ÖØ-öø-ɏḀ-ỿ])[^\W\d_]+(?:-[^\W\d_]+)?"
_ACCENTED_STREET = rf"(?:{CAP}\s+){{0,2}}{_ACCENTED}(?:\s+{CAP}){{0,1}}"
# Letters of scripts other than Latin (Cyrillic, Greek, Arabic, Hebrew, the Indic scripts, Thai, CJK,
# Hangul …) and their marks: an address written in them ("ул. Ленина 12", "東京都千代田区丸の内1-1",
# "Οδός Ερμού 10") holds a digit; the run of such letters, digits and punctuation around it is one span.
_OTHER_RUN = rf"(?:{OTHER_SCRIPT}|\d|[.,/#№\u3000-\u303f\uff0c\u30fb-]|[ \t](?=[^\sA-Za-zÀ-ɏ]))"
_OTHER_ADDRESS = rf"(?<![A-Za-zÀ-ɏ\d])(?P<num>(?:{OTHER_SCRIPT}|\d)(?:{_OTHER_RUN}*(?:{OTHER_SCRIPT}|\d))?)"
_HAS_OTHER = re.compile(OTHER_SCRIPT)
# Other countries' postcodes after a town, with no label: the Netherlands' "3431 HX", Canada's "K1A 0B1"
# (a province code may stand between), Australia's state and four digits ("Sydney NSW 2000"). Their
# shape, letters and digits in that order, is the evidence; a plain number after a town is not.
_NL_POSTCODE = r"[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\w-])"
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])"
_AU_STATE = r"(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA)"
# Ireland's Eircode ("D02 X285", "H91 E2K3"): a routing key (a letter of its list and two digits, or
# "D6W") and four characters of its alphabet.
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}(?![\w-])"
# USPS Publication 28, 2.7 and 2.8: rural routes and highway contract routes ("RR 2 Box 152", "HC 65 Box
# 12", "Rural Route 3, Box 7"): the route, its number and a box.
_RURAL_ROUTE = (
    r"(?:RR|R\.R\.|HCR?|(?i:rural\s+route|highway\s+contract(?:\s+route)?))\s?#?\s?(?P<num>\d{1,3}),?\s+(?i:box)\s?#?"
    r"\d{1,5}[A-Za-z]?(?![\w-])"
)
# A house number on a numbered road ("1234 County Road 56", "4500 US Highway 1", "88 Route 9"), the house
# number also written as a Wisconsin or Illinois grid number ("W1234 State Highway 23", "N6W23001 …").
_GRID_NUM = rf"(?P<num>(?:(?:[NSEW]\d{{1,3}})?[NSEW])?\d{{1,5}}[A-Za-z]?(?:[ \t]1/2)?){NOT_AMOUNT}\s*,?\s+"
_ROAD_TYPE = r"(?:Road|Rd\.?|Highway|Hwy\.?|Route|Rte\.?)"
_NUMBERED_ROAD = (
    r"(?:(?:County|State|US|U\.S\.|Interstate|Farm\s+to\s+Market|Ranch\s+Road|FM|SR|CR)\s+)?"
    rf"{_ROAD_TYPE}\s+\d{{1,4}}[A-Z]?(?![\w-])"
    r"(?:[ \t]+(?:[NS][EW]?|[EW])(?![\w]))?"
    r"(?=[ \t]*(?:$|[,.;:!?)\n]|(?i:apt|apartment|suite|ste|unit|fl|floor|rm|room|bldg|lot|trlr|spc|#)))"  # mugs
)
# The roads Texas, counties and states number by an abbreviation alone ("CR 3150", "FM 1960", "SR 528").
_ROAD_ABBREVIATION = r"(?:CR|FM|SR|RM|SH|CH)[ -]\d"
_NUMBERED_ABBREVIATED = (
    rf"{_ROAD_ABBREVIATION}\d{{0,3}}[A-Z]?(?![\w-])(?:[ \t]+(?:[NS][EW]?|[EW])(?![\w]))?"
    r"(?=[ \t]*(?:$|[,.;:!?)\n]|(?i:apt|apartment|suite|ste|unit|fl|floor|rm|room|bldg|lot|trlr|spc|#)))"
)
# "No. 12, Marsh View", "number 5 Elm Street": the word before a house number joins the span.
_NUMBER_WORD_BEFORE = re.compile(r"(?<![\w])(?:(?i:no|nr|n°|nº)\.?|(?i:number|num\.?)|#)[ \t]*$")
# Cores whose first word is a town: a greeting, weekday or shop word there is no town ("Thanks, OK 12345").
_TOWN_FIRST = frozenset({
    "city, state zip", "state name zip", "city, state zip (lower case)", "town + gb postcode", "town + postcode abroad",
    "town + au postcode",
})  # fmt: skip
_FIRST_WORD = factored.compile(r"[^\W\d_]+")
_NO_DIGIT_CORES = frozenset({
    "named street", "street after on or at", "street crossing", "street named alone", "street crossing by names",
    "lower-case street at home",
})  # fmt: skip
# What a core of `_NO_DIGIT_CORES` holds: a named type, a cue and a capital, a crossing's cue.
_WORDY = factored.compile(rf"{_NAMED}(?!\w)|\b{_ON_CUE}[{UP}]|{_CROSSING}|[ \t]{_HOME_STREET_TYPE}(?![\w-])")

# Unit lines with no street (2026-12-05, night II). After a first-person "in" ("I'm in Flat 2/1", "we're in
# #508", "we live in Lot 23"): the cue says where the writer lives, so the designators that are everyday
# words alone ("Unit", "Lot", "Room") count there, and a "#" with two digits or more.
_UNIT_IN_CUE = (
    r"(?<![\w'’])(?i:(?:i|we|she|he|they)[ \t]+(?:live|lives|am|are|is)[ \t]+in|i['’]?m[ \t]+in|"
    r"we['’]re[ \t]+in|(?:she|he)['’]s[ \t]+in|they['’]re[ \t]+in)[ \t]+"
)
_UNIT_LINE = (
    r"(?:(?i:unit|flat|apt\.?|apartment|suite|ste|room|rm|lot|trailer|trlr|space|spc)[ \t]?#?[ \t]?\d{1,5}[A-Za-z]?"
    r"(?:/\d{1,4}[A-Za-z]?)?|#[ \t]?\d{2,5}[A-Za-z]?)(?![\w/-]|[.,]\d)"
)
# "my apt is 6F", "my apartment number is 1207", "our unit is 3C": the unit's number after its possessive
# label; not a distance or a count ("my flat is 5 minutes away", "my room is 2 floors up").
_UNIT_IS_CUE = (
    r"(?<![\w'’])(?i:(?:my|our)[ \t]+(?:apt|apartment|flat|unit|suite|room)(?:[ \t]+(?:no\.?|number|#))?"
    r"(?:[ \t]+(?:is|=)|[ \t]*:))[ \t]*"
)
_UNIT_IS_NUM = (
    r"(?:#[ \t]?)?(?:\d{1,5}[A-Za-z]?|[A-Za-z]\d{1,4})(?![\w/-]|[.,%]\d|%)"
    r"(?![ \t]+(?i:minutes?|mins?|hours?|hrs?|miles?|km|streets?|blocks?|doors?|floors?|stops?|years?|days?|weeks?|"
    r"months?|people|persons|of|x|times|stars?)\b)"
)
# A unit line with no cue in the two shapes only an address takes: a unit and its street number or floor
# after a slash ("Unit 14/32", Glasgow's "Flat 2/1"), a unit and its block or tower ("Unit 7, Block D").
_UNIT_SLASH = r"(?i:unit|flat|apt)\.?[ \t]?(?P<num>\d{1,4}[A-Za-z]?/\d{1,4}[A-Za-z]?)(?![\w/-]|[.,]\d)"
_UNIT_BLOCK = (
    r"(?i:unit|flat|apt)\.?[ \t]?(?P<num>\d{1,5}[A-Za-z]?),?[ \t]+(?i:block|blk|tower|wing)[ \t]+"
    r"(?:[A-Z]{1,2}\d{0,2}|\d{1,3}[A-Z]?)(?![\w-])"
)
# Five digits with a ZIP word near them, before or after, the words between naming no order or item
# ("Is 98103 in your delivery zone? that's my zip", "my zip code, if it helps, is 30318"): the ZIP word is
# the evidence. What a number of an order is called before it leaves it alone ("order 12345, my zip?").
_ZIP_WORD = r"(?i:zip(?:[ \t]?code)?|post[ \t]?code|postal[ \t]+code)"
_NOT_ORDER_CHAR = r"(?:(?!(?i:order|invoice|ref|tracking|item|sku|model|number|no\.|#|\$|£|€))[^.?!\n\d])"
_NOT_AN_ORDER = (
    r"(?<![\w$£€#./:-])(?<!(?i:order) )(?<!(?i:order) #)(?<!(?i:no)\. )(?<!(?i:number) )(?<!(?i:invoice) )"
    r"(?<!(?i:ref) )(?<!(?i:tracking) )(?<!(?i:item) )(?<!(?i:model) )"
)
# A ZIP right after its label is the "labelled zip" core's ("my zip code: 94105").
_NOT_LABELLED = r"(?!(?:[ \t]+(?i:there|here|number|code))?(?:[ \t]+(?i:is|was|number))?[ \t]?[:#=-]?[ \t]?\d)"
_ZIP_WORD_AFTER = (
    rf"{_NOT_AN_ORDER}(?P<num>\d{{5}}(?:-\d{{4}})?)(?![\w-]|[.,]\d)"
    rf"(?=(?:(?!(?i:order|invoice|ref|tracking|item|sku|model|\#))[^\n\d]){{0,40}}?(?<![\w])(?i:my|our|the|his|her|their)"
    rf"[ \t]+{_ZIP_WORD}(?![\w]))"
)
_ZIP_WORD_BEFORE = (
    rf"(?<![\w])(?i:my|our|the|his|her|their)[ \t]+{_ZIP_WORD}(?![\w]){_NOT_LABELLED}{_NOT_ORDER_CHAR}{{1,30}}?"
    rf"(?<![\w$£€#./:-])(?P<num>\d{{5}}(?:-\d{{4}})?)(?![\w-]|[.,]\d)"
)
# Five digits after a first-person "in" ("I'm in 78704 if that matters", "we live in 10001 now"): where the
# writer is, unless what follows counts something.
_FIRST_PERSON_IN = (
    r"(?:(?<=\b[Ii]['’]m in )|(?<=\b[Ii]m in )|(?<=\b[Ii] am in )|(?<=\b[Ww]e['’]re in )|(?<=\b[Ww]e are in )|"
    r"(?<=\b[Ii] live in )|(?<=\b[Ww]e live in ))"
)
# India's six-digit PIN after a town of the place list with no label ("I live in Pune 411038", "Kochi
# 682016", "Pune - 411 038"): the listed town is the evidence (`core_start`).
_PIN = rf"[1-8]\d{{2}}[ \t]?\d{{3}}{NOT_AMOUNT}(?![\w-]|[.,]\d)"
_TOWN_PIN = (
    rf"(?<![\w-])(?=[{UP}][a-z])(?P<town>[{UP}][a-z]+(?:[ \t]+[{UP}][a-z]+)?),?(?:[ \t]+|[ \t]*[-–][ \t]*)"
    rf"(?P<num>{_PIN})"
)
# A box at a post office with no "PO" ("we rent box 1182 at the Main St post office"): the post office named
# right after it ("at the … post office") is the evidence. Australia's "GPO Box" and "Locked Bag" are PO boxes.
_BOX_AT_POST_OFFICE = (
    r"(?<![\w])(?i:box)[ \t]?#?[ \t]?(?P<num>\d{1,6})(?![\d,.])"
    r"(?=[ \t]+(?i:at|in|from)[ \t]+(?:(?i:the)[ \t]+)?(?:[\w.]+[ \t]+){0,3}?(?i:post[ \t]+office)(?![\w]))"
)
# A lower-case town after "in" at the end of a lower-case street named at home ("were on tulip tree drive in
# carmel"): the tail reads "in" as Indiana's code; the town that ends the phrase is taken instead.
_IN_STATE_END = re.compile(r"[ \t]in$")
_IN_TOWN_LOW = re.compile(r"[ \t]+in[ \t]+(?P<town>[a-z]{3,}(?:[ \t]+[a-z]{3,})?)(?=[ \t]*(?:$|[,.;:!?)\n]))")
# An Australian state code that ends a span, and its four-digit postcode before more sentence ("GPO Box
# 1450, Brisbane QLD 4001 for the invoice").
_AU_STATE_END = re.compile(rf"[ \t]{_AU_STATE}$")
_AU_POSTCODE_AFTER = re.compile(r"[ \t]+\d{4}(?![\w-]|[.,]\d)")


_ACCENT = re.compile(r"[À-ÖØ-öø-ɏḀ-ỿ]")
# What every match of a core holds, as a piece of the core's own pattern: the core runs only on a text
# where its gate is found. Street types sit after a space in every core that ends with one ("12 Baker
# Street", "45 elm st"); a core with no gate runs on every text with a digit.
_WEAK_AFTER_SPACE = rf"\s{_WEAK}s?(?!\w)"
_STRONG_AFTER_SPACE = rf"\s{_STRONG}s?(?!\w)"
_LOW_STATE_ZIP = rf"(?:,[ \t]*{_LOW_STATE_CODE}|,?[ \t]+{_LOW_STATE_ALONE})[ \t]+\d{{5}}"
_GATES: dict[str, tuple[str, ...]] = {
    "accented street": (_ACCENT.pattern,),
    "number + accented street": (_ACCENT.pattern,),
    "address in another script": (OTHER_SCRIPT,),
    "town + postcode abroad": (rf"\d{{4}}\s?[A-Z]{{2}}(?![\w-])|\d[A-Z]\s?\d[A-Z]\d(?![\w-])|{_EIRCODE}",),
    "town + au postcode": (r"[A-Z]\s\d{4}(?![\w-])",),
    "en street": (_STRONG_AFTER_SPACE,),
    "en street (capitalised)": (_WEAK_AFTER_SPACE,),
    "lower-case street, rare name": (_WEAK_AFTER_SPACE,),
    "en street (lower case) + postcode": (_WEAK_AFTER_SPACE,),
    "lower-case street after an address cue": (_WEAK_AFTER_SPACE,),
    "street after on or at": (_WEAK_AFTER_SPACE, _STRONG_AFTER_SPACE),
    "en street (lower case)": (rf"\s{_LOW_SUFFIX}(?!\w)",),
    "named street": (rf"\s{_NAMED}(?!\w)",),
    "number + numbered road": (rf"\s{_ROAD_TYPE}\s+\d", rf"\s{_ROAD_ABBREVIATION}"),
    "street crossing": (_CROSSING,),
    "street crossing by names": (_CROSSING,),
    "lower-case street at home": (rf"[ \t]{_HOME_STREET_TYPE}(?![\w-])",),
    "street of another country": (f"{_GLUED}|{_TYPE_AFTER}|{_TYPE_FIRST}",),
    "street + gb postcode": (GB_POSTCODE.pattern,),
    "unit after a first-person in": (
        r"(?i:\bin[ \t]+(?:unit|flat|apt|apartment|suite|ste|room|rm|lot|trailer|trlr|space|spc|#))",
    ),
    "unit after its label": (r"(?i:(?:my|our)[ \t]+(?:apt|apartment|flat|unit|suite|room))",),
    "unit with a slash": (r"(?i:unit|flat|apt)\.?[ \t]?\d{1,4}[A-Za-z]?/\d",),
    "unit and block": (r"(?i:block|blk|tower|wing)",),
    "zip before its word": (_ZIP_WORD,),
    "zip after its word": (_ZIP_WORD,),
    "zip after a first-person in": (r"\bin \d{5}",),
    "town + india pin": (_PIN,),
    "box at a post office": (r"(?i:post[ \t]+office)",),
    # The ZIP cores, tried at every digit of every text before (phones, cards, amounts hold five digits in a
    # row): what sits right before their ZIP. Every cue of a delivery word ends "to "; of an address cue "at ",
    # "is ", "to ", ": " before the house number; "in", "to", "near", "around" end n, o, r, d.
    "zip after a delivery word": (r"to \d{5}",),
    "number + name after an address cue": (r"(?:at|is|to|:) \d",),
    "zip after a place word": (r"[nord][ \t]\d{5}",),
    "state name zip": (rf"(?:{US_STATE_NAMES}),?[ \t]+\d{{5}}",),
    "city, state zip (lower case)": (_LOW_STATE_ZIP,),
    "lower-case line to a postcode": (_LOW_STATE_ZIP, _GB_LOWER),
    "city, state zip": (rf"{_STATE},?\s+\d{{5}}",),
    "town + gb postcode": (_GB_FULL,),
}


class EnStreetAddressRecognizer(StreetAddressRecognizer):
    """Number + name + type (+ unit, city, state/county, postcode); Indian house-number forms."""

    SHAPED_POSTCODE_CORES = frozenset({"number + lower-case name + postcode"})
    GB_POSTCODE_CORES = frozenset({"street + gb postcode"})
    GATES = _GATES

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language)
        self.wordy = [(p, rx) for p, rx in self.compiled if p.name in _NO_DIGIT_CORES]
        self.wordy_without_alone = [(p, rx) for p, rx in self.wordy if p.name != "street named alone"]
        self.alone = [(p, rx) for p, rx in self.wordy if p.name == "street named alone"]
        self.never = _ENGLISH_ONLY if supported_language != "en" else frozenset()
        self.gates = [(gate, names - self.never) for gate, names in self.gates if names - self.never]

    def core_start(self, text: str, name: str, match: re.Match[str]) -> int | None:
        """A street named alone or an accented street starts at its first name word that is no everyday
        English word ("Billing is Lowbury Greens" starts at "Lowbury"); None when none is left before the
        suffix or the number, or when a word after the first is everyday ("Times Square", "Happy Trail").
        A run in another script needs a letter of that script and a digit."""
        if name in _NUMBERED_CORES and sold_after_number(text, match.start(), match.end()):
            return None  # "3 Willow Grove Baskets": a count of goods (`street_commerce`)
        if name in _NUMBERED_CORES and _DETERMINED_TYPE.search(text, match.start(), match.end()):
            return None  # "a VW Polo, 2019, parked on the drive": a clause after a number, no street
        if name in _UNNUMBERED_CORES and _shop_or_goods(text, match):
            return None  # "the store on Castle Street", "Kingston Retail Park" (`street_commerce`)
        if name in _TOWN_FIRST:  # before duplicates go: "Is EC1A 1BB" gives way to "EC1A 1BB"
            first = _FIRST_WORD.search(text, match.start(), match.end())
            return None if first is not None and first.group().casefold() in NOT_NAMES else match.start()
        if name in ("number + name after an address cue", "lower-case street, rare name"):  # as a street named alone
            words = _NAME_WORD.findall(match["name"])
            rare = all(_rare(w, "street named alone", self.supported_language) for w in words)
            return match.start() if rare else None
        if name == "number + lower-case name + postcode":  # "2 more in blue, ok 12345": a sentence, not a street
            stops = gazetteer().stop_words.get("en", frozenset())
            words = _NAME_WORD.findall(match.group())
            return None if any(word.casefold() in stops for word in words) else match.start()
        if name in ("street crossing by names", "lower-case street at home"):  # "the corner of it and the lid"
            stops = gazetteer().stop_words.get("en", frozenset())
            words = [match["a"], match["b"]] if name == "street crossing by names" else match["name"].split()
            return None if any(word.casefold() in stops for word in words) else match.start()
        if name == "town + india pin":
            return _listed_town_start(match)
        if name == "address in another script":
            return match.start() if _HAS_OTHER.search(match.group()) and _DIGIT.search(match.group()) else None
        if name not in _RARE_NAME_CORES:
            return match.start()
        end = match.start("street") if name == "street named alone" else _first_number(text, match)
        words = list(_NAME_WORD.finditer(text, match.start(), end))
        while words and not _rare(words[0].group(), name, self.supported_language):
            words.pop(0)
        if not words or not all(_rare(word.group(), name, self.supported_language) for word in words):
            return None
        if name != "street named alone" and not any(_HAS_ACCENT.search(word.group()) for word in words):
            return None
        return words[0].start() if name != "number + accented street" else match.start()

    def cores_for(self, text: str, facts: AddressFacts | None = None) -> list[tuple[Pattern, re.Pattern[str]]]:
        """Every core when the text holds a digit; else only the cores of streets named with no
        number, when a street type or cue is there at all. A core of `_GATES` runs only when the text
        holds what every match of it holds (a capitalised suffix, a letter outside ASCII, another
        script, a shaped postcode): the regexes that start at every capital cost most."""
        facts = AddressFacts(text) if facts is None else facts
        suffix = _capitalised_suffix(text)
        if not facts.maybe_address:
            if _WORDY.search(text):
                return self.wordy if suffix else self.wordy_without_alone
            return self.alone if suffix else []
        shut = self.unpostcoded(facts)
        return self.gated(text, (self.never if suffix else self.never | {"street named alone"}) | shut)

    CORES = (
        ("en street", rf"(?<![\w.,/-]){_NUM}(?:{_ORDINAL_NAME}|{NAME})\s+{_STRONG}s?(?!\w){_POST_DIRECTIONAL}", 0.75,
         False),
        ("en street (capitalised)", rf"(?<![\w.,/-]){_NUM}(?:{_ORDINAL_NAME}|{CAP_NAME})\s+{_WEAK}s?\.?(?!\w)"
         rf"{_POST_DIRECTIONAL}", 0.75,
         False),
        ("named street", rf"(?<![\w.,/-])(?=[{UP}\d])(?:{_ORDINAL_NAME}|{CAP_NAME})\s+(?P<street>{_NAMED})(?!\w)"
         rf"{_NO_NAME_AFTER}", 0.6, False),
        ("street after on or at", rf"(?<![\w])(?P<cue>{_ON_CUE})(?:{_ORDINAL_NAME}|{CAP_NAME})\s+{_NOT_AFTER_ON}"
         rf"(?P<street>(?=[{UP}])(?:{_WEAK}|{_STRONG}))s?(?!\w){_NO_NAME_AFTER}", 0.6, False),
        ("street crossing", rf"(?<![\w])(?P<cue>{_CROSSING})(?:{_ORDINAL_NAME}|{CAP_NAME})\s+"
         rf"(?P<street>{_WEAK}|{_STRONG})\s+(?:and|&|at)\s+(?:{_ORDINAL_NAME}|{CAP_NAME})\s+(?:{_WEAK}|{_STRONG})(?!\w)",
         0.7, False),
        ("street crossing by names", rf"(?<![\w])(?P<cue>{_CROSSING})(?P<a>{_CROSSING_NAME})\s+(?:and|&)\s+"
         rf"(?P<street>(?P<b>{_CROSSING_NAME}))(?![\w-])", 0.6, False),
        ("lower-case street at home", rf"(?P<cue>{_HOME_CUE})(?P<name>{_HOME_NAME})[ \t]+"
         rf"(?P<street>{_HOME_STREET_TYPE})(?![\w-])", 0.6, False),
        ("street of another country", rf"(?<![\w.,/-]){_CONTINENTAL}", 0.7, False),
        ("street + gb postcode", rf"(?<![\w.,/-])(?=[{UP}]){CAP_NAME}\s+(?P<street>(?=[{UP}])(?:{_WEAK}|{_STRONG}))s?"
         r"(?!\w)", 0.6, True),
        ("street named alone", rf"(?=[{UP}])(?<![\w.,/-])(?<![Tt]he\s){CAP}(?:\s+{CAP})?\s+{_NOT_ALONE}"
         rf"(?P<street>(?=[{UP}])(?:{_WEAK}|{_STRONG}))s?(?!\w){_NO_NAME_AFTER}", 0.6, False),
        ("accented street", rf"(?=[{UP}])(?<![\w.,/-]){_ACCENTED_STREET}{_NUM_AFTER_NAME}", 0.7, False),
        ("number + accented street", rf"(?<![\w.,/-]){_NUM}{_ACCENTED_STREET}(?=[ \t]*(?:$|[,;:!?)\n]))", 0.7, False),
        ("address in another script", _OTHER_ADDRESS, 0.7, False),
        ("en street (lower case)", rf"(?<![\w.,/-]){_NUM}{LOW_NAME}\s+{_LOW_SUFFIX}(?!\w){_PHRASE_END}", 0.7, False),
        ("lower-case street, rare name", rf"(?<![\w.,/-]){_LONG_NUM}(?P<name>{LOW_NAME})\s+{_WEAK}s?(?!\w)"
         rf"(?:{_PHRASE_END}|(?=[ \t]+(?:on|in|before|by|and|near|for)\b))",
         0.7, False),
        ("en street (lower case) + postcode", rf"(?<![\w.,/-]){_NUM}{LOW_NAME}\s+{_WEAK}s?(?!\w)", 0.7, True),
        ("city, state zip (lower case)", rf"(?<![\w'’-])(?:{_LOW_PLACE_PREFIX}[ \t]+)?[a-z]{{2,}}"
         rf"(?:,[ \t]*{_LOW_STATE_CODE}|,?[ \t]+{_LOW_STATE_ALONE})[ \t]+(?P<num>{_ZIP})", 0.7, False),
        ("lower-case line to a postcode", rf"(?<![\w.,/-]){_NUM}(?:[a-z]+,?[ \t]+){{1,6}}?[a-z]{{2,}}(?:(?:,[ \t]*"
         rf"{_LOW_STATE_CODE}|,?[ \t]+{_LOW_STATE_ALONE})[ \t]+{_ZIP}|,?[ \t]+{_GB_LOWER})", 0.7, False),
        ("number + name after an address cue", rf"{_ADDRESS_CUE}{_NUM_ONLY}(?:[NSEW]\.?[ \t]+)?"
         rf"(?P<name>{CAP}(?:[ \t]+{CAP})?)(?![ \t]*\d)", 0.6, False),
        ("lower-case street after an address cue", rf"{_ADDRESS_CUE}{_NUM}{LOW_NAME}\s+{_WEAK}s?(?!\w){_PHRASE_END}",
         0.7, False),
        ("zip after a delivery word", rf"{_DELIVERY_TO}(?P<num>{_ZIP}){_NOT_COUNTED}", 0.6, False),
        ("us military mail", rf"(?<![\w]){_MILITARY}", 0.8, False),
        ("number + name + postcode", rf"(?<![\w.,/-]){_NUM}{CAP_NAME}", 0.7, True),
        ("number + lower-case name + postcode", rf"(?<![\w.,/-]){_NUM}{LOW_NAME}", 0.7, True),
        ("us military", r"(?<![\w])(?:PSC|CMR|Unit)\s\d{1,5},?\s+Box\s\d{1,5}", 0.75, True),
        ("in house number",
         rf"(?<![\w]){_IN_LABEL}\s*(?P<num>\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,5}}[A-Za-z]?){{0,2}})(?![\w/-]){_NOT_OF_THE}"
         rf"(?:\s*,?\s*{NAME})?",
         0.75, False),
        ("in block and sector",
         r"(?<![\w.,/-])(?P<num>[A-Z]{1,2}-\d{1,4}[A-Za-z]?)(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)"
         r"(?i:sector|block|phase|pocket)[ \t]\d{1,3}[A-Za-z]?(?!\w)", 0.75, True),
        ("in slash number", rf"(?<![\w/.-])(?P<num>\d{{1,4}}/\d{{1,4}}[A-Za-z]?)(?:\s*,?\s*{CAP_NAME})?", 0.7, True),
        ("po box", r"(?<![\w])(?i:p\.?\s?o\.?\s?box|pob|post\s+office\s+box|gpo\s?box|locked\s+bag)"
         r"\s?#?\s?(?P<num>\d{1,6})(?!\d)", 0.75, False),
        ("unit alone", rf"(?<![\w.])(?<![{UP}][a-z]\s)(?<![{UP}][a-z]{{2}}\s)(?<![{UP}][a-z]{{3}}\s)"
         rf"(?<![{UP}][a-z]{{4}}\s)(?<![{UP}][a-z]{{5}}\s)(?<![{UP}][a-z]{{6}}\s)(?<![{UP}][a-z]{{7}}\s)"
         rf"(?<![{UP}][a-z]{{8}}\s){_UNIT_ALONE}\.?\s?(?P<num>{_UNIT_NUM})(?![ \t]+(?:of|by|from)\b)", 0.6, False),
        ("city, state zip", rf"(?<![\w-])(?=[{UP}][a-z]){CAP_NAME},?\s+{_STATE},?\s+(?P<num>{_ZIP})", 0.8, False),
        ("state zip", rf"(?<![\w-]){_STATE_ALONE}\s(?P<num>{_ZIP})", 0.6, False),
        ("labelled zip", rf"(?<![\w])(?i:zip(?:\s?code)?|zip\+4|postal\s?code|post\s?code|eircode|pin\s?code)"
         rf"(?:\s+(?i:there|here|number|code))?(?:\s+(?i:is|was|number))?"
         rf"\s?[:#=-]?\s?(?P<num>{_ZIP}|{_POSTCODE_ABROAD}|{_GB_LOWER}|{_GB_LOWER_GLUED}|{_EIRCODE})", 0.6, False),
        ("india pin", r"(?<![\w])PIN\s?[:#]?\s?(?P<num>[1-8]\d{2}\s?\d{3})(?![\w-])", 0.6, False),
        ("us rural route", rf"(?<![\w]){_RURAL_ROUTE}", 0.75, False),
        ("number + numbered road", rf"(?<![\w.,/-]){_GRID_NUM}(?:{_NUMBERED_ROAD}|{_NUMBERED_ABBREVIATED})", 0.75,
         False),
        ("state name zip",
         rf"(?<![\w-])(?:(?=[{UP}][a-z]){CAP_NAME},?[ \t]+)?(?:{US_STATE_NAMES}),?[ \t]+(?P<num>{_ZIP})", 0.7, False),
        ("zip after a place word", rf"(?:(?<=\b[Ii]n[ \t])|(?<=\b[Tt]o[ \t])|(?<=\b[Nn]ear[ \t])|(?<=\b[Aa]round[ \t]))"
         rf"(?P<num>{_ZIP}){_ZIP_ENDS}", 0.6, False),
        ("zip+4 alone", r"(?<![\w./:-])(?P<num>\d{5}-\d{4})(?![\w-]|[.,]\d)", 0.6, False),
        ("gb postcode alone", rf"(?<![\w-])(?P<num>{_GB_ALONE})", 0.6, False),
        ("town + postcode abroad", rf"(?=[{UP}][a-z])(?<![\w-]){CAP_NAME},?\s+(?:[A-Z]{{2}}\s+)?"
         rf"(?P<num>{_NL_POSTCODE}|{_CA_POSTCODE}|{_EIRCODE})", 0.75, False),
        ("town + au postcode", rf"(?=[{UP}][a-z])(?<![\w-]){CAP_NAME},?\s+{_AU_STATE}\s+(?P<num>\d{{4}})(?![\w-])"
         rf"(?![ \t]+[a-z])",
         0.75, False),
        ("town + gb postcode", rf"(?<![\w-])(?=[{UP}][a-z]){CAP_NAME},?\s+(?P<num>{_GB_FULL})", 0.75, False),
        ("unit after a first-person in", rf"(?P<cue>{_UNIT_IN_CUE})(?P<num>{_UNIT_LINE})", 0.6, False),
        ("unit after its label", rf"(?P<cue>{_UNIT_IS_CUE})(?P<num>{_UNIT_IS_NUM})", 0.6, False),
        ("unit with a slash", rf"(?<![\w.]){_UNIT_SLASH}", 0.6, False),
        ("unit and block", rf"(?<![\w.]){_UNIT_BLOCK}", 0.6, False),
        ("zip before its word", _ZIP_WORD_AFTER, 0.6, False),
        ("zip after its word", _ZIP_WORD_BEFORE, 0.6, False),
        ("zip after a first-person in", rf"{_FIRST_PERSON_IN}(?P<num>{_ZIP}){_NOT_COUNTED}", 0.6, False),
        ("town + india pin", _TOWN_PIN, 0.7, False),
        ("box at a post office", _BOX_AT_POST_OFFICE, 0.6, False),
    )  # fmt: skip

    def found_in(self, text: str, facts: AddressFacts) -> list[RecognizerResult]:
        results = super().found_in(text, facts)
        kept = [r for r in results if not _not_a_town(text, r) and _trimmed(text, r)]
        for r in kept:
            explanation = r.analysis_explanation
            if explanation is not None and (head := _UNIT_HEADS.get(explanation.pattern_name)) is not None:
                r.end = min(r.end, _unit_end(text, head, r.start))
            if explanation is not None and explanation.pattern_name in _NUMBER_ONLY:
                if (digits := _FIVE_DIGITS.search(text, r.start, r.end)) is not None:
                    r.start = digits.start()
            if explanation is not None and explanation.pattern_name in _BARE_POSTCODES:
                if (bare := _BARE_POSTCODE.match(text, r.start)) is not None:
                    r.end = bare.end()  # a postcode alone takes no tail: "10001-1234 ok" is no town
            if (number := _NUMBER_BEFORE.search(text, max(0, r.start - 12), r.start)) is not None:
                r.start = number.start()
            if (word := _NUMBER_WORD_BEFORE.search(text, max(0, r.start - 8), r.start)) is not None:
                r.start = word.start()
            for prefix in (_SECTOR_BEFORE, _BLOCK_BEFORE, _HOUSE_NAME_BEFORE):
                if (before := prefix.search(text, max(0, r.start - 60), r.start)) is not None:
                    r.start = before.start()
            if (district := _DUBLIN_DISTRICT.match(text, r.end)) is not None:
                r.end = district.end()
            if explanation is not None and explanation.pattern_name in _NO_DIGIT_CORES:
                r.end = _in_town_end(text, r.end)
            if explanation is not None and explanation.pattern_name == "lower-case street at home":
                r.end = _low_in_town_end(text, r.start, r.end)
            if _AU_STATE_END.search(text, r.start, r.end) and (au := _AU_POSTCODE_AFTER.match(text, r.end)):
                r.end = au.end()
        # India's parts read back from the PIN (`india_address`), and forward from a house number to a town
        # (`india_chain`)
        for start, end in [*pin_addresses(text), *chain_addresses(text), *run_addresses(text)]:
            joined = [r for r in kept if r.start < end and start < r.end]
            whole = self._result(
                _PIN_ADDRESS, min([start, *(r.start for r in joined)]), max([end, *(r.end for r in joined)]), 0.7
            )
            kept = [r for r in kept if r not in joined] + [whole]
        for r in kept:  # a building or society named before the flat ("Gokul Residency, B-wing 304, …")
            if _INDIAN_UNIT.match(text, r.start) is not None:
                r.start = building_start(text, r.start)
        outer: list[RecognizerResult] = []  # a span inside another, once trimmed, gives way to it
        for r in sorted(kept, key=lambda r: (r.start, -r.end)):
            if not any(o.contains(r) for o in outer):
                outer.append(r)
        return outer


# What an Indian address's flat or house part starts with, after which a building's name may come before it.
_INDIAN_UNIT = re.compile(
    r"(?i:flat|tower|villa|wing|block|plot|h\.?[ \t]?no|house[ \t]?no|door|[a-z]-wing|#)[ \t.]*[\w-]*\d"
)
# The pattern an Indian address read back from its PIN is reported under (`india_address.pin_addresses`).
_PIN_ADDRESS = Pattern("india address from its pin", PIN_AFTER_TOWN.pattern, 0.7)

# India's block-and-number house numbers on the line before ("D-14, Sector 22", "B-309\nSector 54"), and a
# GB house name, a line of its own before the street (Royal Mail: "Rose Cottage\nMill Lane", "The Old
# Rectory, Church Road"): fail closed, they join an address found right after them.
_BLOCK_BEFORE = re.compile(r"(?<![\w.,/+-])[A-Z]{1,2}-\d{1,4}[A-Za-z]?(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)$")
# India's "Sector 15" before a town and PIN, and the house number before it ("House 27, Sector 15\nGurgaon
# 122001"): the core starts at the sector's number; the words before it join.
_SECTOR_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:house|h\.?[ \t]?no\.?)[ \t]?\d{1,4}[A-Za-z]?,?[ \t]+)?(?i:sector|block|phase|pocket)[ \t]+$"
)
_HOUSE_NAME_BEFORE = re.compile(
    rf"(?<![\w.,/-])(?:\d{{1,3}}[ \t]+)?(?:The[ \t]+)?(?:[{UP}][a-z]+[ \t]+){{0,2}}"
    r"(?:Cottage|House|Lodge|Barn|Farm|Farmhouse|Rectory|Vicarage|Manse|Manor|Hall|Mill|Stables|Coach House|"
    r"Grange|Villa|Bungalow|Court|Mansions|Chambers)(?:,[ \t]*|[ \t]*\n[ \t]*)$"
)
_BARE_POSTCODES = frozenset({
    "zip after a place word", "zip after a delivery word", "zip+4 alone", "gb postcode alone", "zip before its word",
    "zip after its word", "zip after a first-person in",
})  # fmt: skip
# A core whose match starts at its cue words and whose span is the number alone ("my zip, if it helps, is 30318").
_NUMBER_ONLY = frozenset({"zip after its word"})
_FIVE_DIGITS = re.compile(r"\d{5}")
# What the unit cores' spans hold once their cue is trimmed: the unit and the units after it ("3C, Building
# 9"), not the lower-case words the shared tail takes for a town ("#508, the buzzer is broken").
_UNIT_HEADS = {
    "unit after a first-person in": re.compile(_UNIT_LINE), "unit after its label": re.compile(_UNIT_IS_NUM),
    "unit with a slash": re.compile(_UNIT_SLASH), "unit and block": re.compile(_UNIT_BLOCK),
    "box at a post office": re.compile(_BOX_AT_POST_OFFICE),
}  # fmt: skip
# Dublin's postal districts after the city ("…, Dublin 2", "Dublin 6W"): the number is part of the town.
_DUBLIN_DISTRICT = re.compile(r"(?<=Dublin)[ \t]+(?:[1-9]|1\d|2[0-4]|6W)(?![\w-]|[.,]\d)")
_BARE_POSTCODE = re.compile(rf"{_ZIP}|{_GB_ALONE}")


def _alternatives(group: str) -> frozenset[str]:
    """The words of a `(?i:a|b\\.?|…)` alternation, dots and optional letters dropped ("anne?x" → both)."""
    words: set[str] = set()
    for alt in group.removeprefix("(?i:").removesuffix(")").split("|"):
        alt = alt.replace("\\.?", "").replace("\\.", "")
        words |= {alt.replace("e?", "e"), alt.replace("e?", "")} if "?" in alt else {alt}
    return frozenset(words)


_SUFFIX_WORDS = _alternatives(_WEAK) | _alternatives(_STRONG)
_CAPITALISED_AFTER_SPACE = factored.compile(rf"(?<=\s)[{UP}][a-z]+(?!\w)")


def _capitalised_suffix(text: str) -> bool:
    """True when a capitalised word after a space is a street suffix, or its plural: a cheap test before
    the "street named alone" regex, which starts at every capital."""
    for word in _CAPITALISED_AFTER_SPACE.finditer(text):
        folded = word.group().casefold()
        if folded in _SUFFIX_WORDS or (folded[-1] == "s" and folded[:-1] in _SUFFIX_WORDS):
            return True
    return False


# Words with letters outside ASCII are everyday words in the other five languages ("Größe 42", "Série
# 5000"): an accented street is read in English messages only.
# So are the postcodes read with no street, and the lower-case forms: "seit 3 Tagen in 10115" is a German
# parcel that waits in Berlin's sorting centre, said of a postcode, not a customer's address.
_ENGLISH_ONLY = frozenset({
    "accented street", "number + accented street", "zip after a place word", "zip+4 alone", "gb postcode alone",
    "state name zip", "city, state zip (lower case)", "en street (lower case) + postcode",
    "lower-case line to a postcode", "number + name after an address cue", "lower-case street after an address cue",
    "zip after a delivery word", "lower-case street, rare name", "unit after a first-person in", "unit after its label",
    "unit with a slash", "unit and block", "zip before its word", "zip after its word", "zip after a first-person in",
    "town + india pin", "box at a post office",
})  # fmt: skip
_RARE_NAME_CORES = frozenset({"street named alone", "accented street", "number + accented street"})
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_HAS_ACCENT = re.compile(r"[À-ÖØ-öø-ɏḀ-ỿ]")
_DIGIT = re.compile(r"\d")
_POPULAR_NAME = 3  # a first name this popular names a street even when it is an English word ("Grace", "Rose")


def _first_number(text: str, match: re.Match[str]) -> int:
    """Where the name of an accented street ends: at its number ("Strojírenská 1006"), or the whole match
    for a number before the street ("1006 Rozmarínová")."""
    if match.group("num") is not None and match.start("num") > match.start():
        return match.start("num")
    return match.end()


def _rare(word: str, core: str, language: str) -> bool:
    """A word that can name a street here: no shop or chat word, no stop word, and no frequent word of
    English or of the message's language unless a popular first name ("Grace Crossing"). In an accented
    street every word must be no frequent word of any of the six languages ("Série 5000", "Größe 42",
    "Viele Grüße" are shop talk; "Strojírenská" is none of theirs).
    """
    folded = word.casefold()
    if folded in NOT_NAMES or folded in PRODUCT_WORDS:
        return False
    lists = gazetteer()
    if core != "street named alone":
        return not any(folded in words for words in lists.common.values()) and not any(
            folded in words for words in lists.stop_words.values()
        )
    own = {language, "en"}
    if any(folded in lists.stop_words.get(lang, frozenset()) for lang in own):
        return False
    common = any(folded in lists.common.get(lang, frozenset()) for lang in own)
    return not common or lists.popularity.get(folded, 0) >= _POPULAR_NAME


# The cores of a numbered street whose type word ends the match, and of a street with no number, that shop chat
# also writes for goods, a branch or a site (`street_commerce`).
_NUMBERED_CORES = frozenset({"en street", "en street (capitalised)"})
# A lower-case word, then a determiner right before the street type, inside a numbered street's match: a
# clause after a number ("2019, parked on the drive", "2 cars up the road"), since no street's name puts
# "the" or "my" before its type word after another word ("14 The Drive" alone stays).
_DETERMINED_TYPE = re.compile(rf"[a-z][ \t]+(?:the|a|an|my|our|your|his|her|their|this|that)[ \t]+{_STRONG}s?(?!\w)")
_UNNUMBERED_CORES = frozenset({"named street", "street after on or at", "street named alone"})


def _shop_or_goods(text: str, match: re.Match[str]) -> bool:
    """True when a street named with no number is a shop's, a site's or a thing's name (`street_commerce`)."""
    cue = match.group("cue") if "cue" in match.re.groupindex else None
    name_start = match.end("cue") if cue is not None else match.start()
    return shop_street(text, match.start(), name_start, match.start("street"), match.end(), cue)


_CUED = {
    "street crossing": re.compile(_CROSSING), "street after on or at": re.compile(_ON_CUE),
    "street crossing by names": re.compile(_CROSSING), "lower-case street at home": re.compile(_HOME_CUE),
    "unit after a first-person in": re.compile(_UNIT_IN_CUE), "unit after its label": re.compile(_UNIT_IS_CUE),
}  # fmt: skip
# A number typed right before an address, on its line ("3 Storgatan 12", "14 221 Elm St"): a flat
# or building number written without its word. Fail closed: it joins the span, at no cost to text
# with no address.
_NUMBER_BEFORE = re.compile(rf"(?<![\w.,/+-])(?:(?:[NSEW]\d{{1,3}})?[NSEW])?\d{{1,5}}[A-Za-z]?{NOT_AMOUNT}[ \t]+$")
_WORD_AND_SPACE = re.compile(r"[^\W\d_]+\s+")
# An auxiliary opening a question, capitalised, before a street named with no number ("Does Oxford Street
# stock it?", "Can Baker Street take returns?"): the question's verb, never the street's name.
_AUXILIARIES = frozenset({
    "Do", "Does", "Did", "Can", "Could", "Will", "Would", "Should", "Shall", "May", "Might", "Must", "Has", "Have",
    "Had", "Are", "Was", "Were",
})  # fmt: skip


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
        word = _WORD_AND_SPACE.match(text, result.start)
        if word is not None and word.group().strip() in _AUXILIARIES and not _NAMED_ALONE.match(text, word.end()):
            result.start = word.end()  # "Does Oxford Street": the question's verb; "Will Street" keeps its name
        return _NAMED_ALONE.match(text, result.start) is None
    return True


def _not_a_town(text: str, result: RecognizerResult) -> bool:
    """True for a town-first core whose first word is never a place name (`NOT_NAMES`)."""
    explanation = result.analysis_explanation
    if explanation is None or explanation.pattern_name not in _TOWN_FIRST:
        return False
    first = _FIRST_WORD.search(text, result.start, result.end)
    return first is not None and first.group().casefold() in NOT_NAMES


def _in_town_end(text: str, end: int) -> int:
    """Where a street named with no number ends with its town after "in" ("Larkspur Lane in Brentwood",
    "Linden Court in Bozeman, MT"): the town joins the span, fail closed, unless it is a month, a day or
    a season ("Oak Street in June"), or an everyday word ("Oak Street in Stock", `_rare`; a town that is one,
    "in Reading", is left to the place rules). A town of the place list that is no English word there joins
    even when frequent ("Gladstone Avenue in Ottawa")."""
    town = _IN_TOWN.match(text, end)
    if town is None:
        return end
    first = town["town"].split()[0].casefold()
    listed = places().words_in.get(town["town"].casefold())
    if first in _TIME_WORDS or (not _rare(first, "street named alone", "en") and (listed is None or "en" in listed)):
        return end
    return town.end()


def _low_in_town_end(text: str, start: int, end: int) -> int:
    """Where a lower-case street named at home ends when the tail took "in" as Indiana's code ("tulip tree
    drive in carmel"): at the lower-case town that ends the phrase, unless it is a month, day, season or
    an everyday word ("in town", "in summer"); else before the "in"."""
    if _IN_STATE_END.search(text, start, end) is None:
        return end
    end -= 3
    town = _IN_TOWN_LOW.match(text, end)
    if town is None:
        return end
    words = town["town"].split()
    if any(w in _TIME_WORDS or not _rare(w, "street named alone", "en") for w in words):
        return end
    return town.end()


def _listed_town_start(match: re.Match[str]) -> int | None:
    """Where the town before an Indian PIN starts when it is a listed place ("New Delhi 110001", "in Pune
    411038"), its last word alone if only that is; None when neither is listed."""
    listed = places().words_in
    town = match["town"]
    if town.casefold() in listed:
        return match.start("town")
    last = town.split()[-1]
    return match.end("town") - len(last) if last.casefold() in listed else None


def _unit_end(text: str, head: re.Pattern[str], start: int) -> int:
    """Where a unit line starting at `start` ends: its own shape, then any unit after it."""
    unit = head.match(text, start)
    if unit is None:
        return len(text)
    end = unit.end()
    while (more := TAIL_UNIT.match(text, end)) is not None:
        end = more.end()
    return end
