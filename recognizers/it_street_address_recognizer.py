"""Italian street addresses: "Via Garibaldi 12, 20121 Milano", "P.zza Duomo, 1 - Piano 3, 20122 Milano (MI)".

The street type comes first, the house number after the name (a comma between
them is common), then the CAP (5 digits) and the city with its province code.
Only the common street types may be followed by a lower-case name ("via roma
12"); the others ("Corso", "Strada", "Galleria"…) are everyday words too and
need a capitalised name ("il corso di cucina 2" is not an address), or in lower case a comma
before the number and the address's end or a unit right after it ("strada romano, 7",
"borgo spallanzani, 886 appartamento 4"; not "il campo da calcio, 5 contro 5").
"""

from __future__ import annotations

from recognizers.postal_boxes import IT_CORES
from recognizers.street_address_recognizer import CAP_NAME, LOW_NAME, NAME, NUM_AFTER, StreetAddressRecognizer

_STRONG = (
    r"(?i:via|viale|v\.le|piazza|p\.zza|p\.za|piazzale|p\.le|vicolo|lungomare|lungotevere|lungarno|contrada|"
    r"c\.da|circonvallazione)"
)
_WEAK = (
    r"(?i:corso|c\.so|largo|vico|strada|piazzetta|borgo|salita|discesa|galleria|traversa|località|loc\.|"
    r"frazione|fraz\.|calle|campo|fondamenta|rampa|stradone|vialetto|rotonda|stretto|incrocio|canale)"
)
_END = r"(?:(?<=[/.º])|(?![^\W\d_]))"  # the type word ends here ("Callejón" is not "Calle" + "jón")
# after a lower-case "type name, number": the text's or clause's end, or a unit
_THEN_END = r"(?=\s*(?:$|[,.;:!?)\n—–-]|(?i:piano|interno|int\.|scala|appartamento|app\.|app)(?![^\W\d_])))"
_WEAK_TYPE = rf"(?<![\w.]){_WEAK}{_END}\s"  # how every core of an everyday type begins


class ItStreetAddressRecognizer(StreetAddressRecognizer):
    """Type + name + number (+ CAP, city, province)."""

    CORES = (
        ("it street", rf"(?<![\w.]){_STRONG}{_END}\s+{NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        ("it street (capitalised)", rf"(?<![\w.]){_WEAK}{_END}\s+{CAP_NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        (
            "it street (lower-case) + comma + number",
            rf"(?<![\w.]){_WEAK}{_END}\s+{LOW_NAME}\s*,\s*{NUM_AFTER}{_THEN_END}",
            0.7,
            False,
        ),
        ("it street (lower-case) + postcode", rf"(?<![\w.]){_WEAK}{_END}\s+{LOW_NAME}\s*,?\s*{NUM_AFTER}", 0.7, True),
        ("name + number + CAP", rf"(?<![\w.]){CAP_NAME}\s*,?\s*{NUM_AFTER}", 0.7, True),
    ) + IT_CORES
    # the cores that start with an everyday street type share its search (`GATES`): one, not three
    GATES = {
        "it street (capitalised)": (_WEAK_TYPE,),
        "it street (lower-case) + comma + number": (_WEAK_TYPE,),
        "it street (lower-case) + postcode": (_WEAK_TYPE,),
    }
    TYPELESS_CORES = frozenset({"name + number + CAP"})
