"""Spanish street addresses: "Calle Mayor, 5, 28013 Madrid", "C/ Alcalá 20, 3º B", "Avda. de la Constitución s/n".

Street type first, then the name and the number (or "s/n"), floor and door
("3º B", "Piso 2", "Puerta 4"), the 5-digit código postal and the city or
province. Catalan and Galician forms ("Carrer", "Passeig", "Rúa") are included.
An everyday type in lower case needs a postcode, or a name of two or three words (a
person's, as streets are named) and the address's end or a floor right after the number
("camino de adelia palomar 37", "pasaje manuel tomé 26 piso 1"; not "el camino de vuelta").
"""

from __future__ import annotations

from recognizers.postal_boxes import ES_CORES
from recognizers.street_address_recognizer import (
    CAP_NAME,
    LOW_NAME,
    NAME,
    NUM_AFTER,
    PARTICLE,
    StreetAddressRecognizer,
)

_STRONG = (
    r"(?i:calle|c/|c\.|avenida|avda\.?|plaza|pza\.?|paseo|pº|ronda|travesía|travesia|rambla|carrer|passeig|plaça|"
    r"avinguda|glorieta|callejón|callejon|urbanización|urbanizacion|urb\.)"
)
_WEAK = (
    r"(?i:av\.?|cañada|vial|pasadizo|acceso|camino|carretera|ctra\.?|vía|pasaje|cuesta|alameda|bulevar|senda|rúa|sector|polígono|"
    r"poligono|barrio|colonia|costa)"
)
_END = r"(?:(?<=[/.º])|(?![^\W\d_]))"  # the type word ends here ("Callejón" is not "Calle" + "jón")

# A lower-case name word that is no particle, unit word or comparison ("el camino más corto 3, luego":
# directions, not a street named after someone); after the number, the text's or clause's end or a
# floor, door or flat.
_WORD = rf"(?!(?:{PARTICLE}|piso|puerta|apt|apto|bajo|más|mas|menos|muy|tan|mejor|peor)(?![a-zà-ÿ]))[a-zà-ÿ]+"
_THEN_END = r"(?=\s*(?:$|[,.;:!?)\n—–-]|(?i:piso|puerta|pta|apt|apto|esc|escalera|bajo|dcha|izq)(?![^\W\d_])))"
_WEAK_TYPE = rf"(?<![\w.]){_WEAK}{_END}\s"  # how every core of an everyday type begins


class EsStreetAddressRecognizer(StreetAddressRecognizer):
    """Type + name + number or s/n (+ floor, door, código postal, city)."""

    CORES = (
        ("es street", rf"(?<![\w.]){_STRONG}{_END}\s*{NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        ("es street (capitalised)", rf"(?<![\w.]){_WEAK}{_END}\s+{CAP_NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        (
            "es street (lower-case name of 2-3 words)",
            rf"(?<![\w.]){_WEAK}{_END}\s+(?:{PARTICLE}\s+)?{_WORD}\s+{_WORD}(?:\s+{_WORD})?\s*,?\s*{NUM_AFTER}{_THEN_END}",
            0.7,
            False,
        ),
        ("es street (lower-case) + postcode", rf"(?<![\w.]){_WEAK}{_END}\s+{LOW_NAME}\s*,?\s*{NUM_AFTER}", 0.7, True),
    ) + ES_CORES
    # the cores that start with an everyday street type share its search (`GATES`): one, not three
    GATES = {
        "es street (capitalised)": (_WEAK_TYPE,),
        "es street (lower-case name of 2-3 words)": (_WEAK_TYPE,),
        "es street (lower-case) + postcode": (_WEAK_TYPE,),
    }
