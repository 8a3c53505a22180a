"""Spanish street addresses: "Calle Mayor, 5, 28013 Madrid", "C/ Alcalá 20, 3º B", "Avda. de la Constitución s/n".

Street type first, then the name and the number (or "s/n"), floor and door
("3º B", "Piso 2", "Puerta 4"), the 5-digit código postal and the city or
province. Catalan and Galician forms ("Carrer", "Passeig", "Rúa") are included.
"""

from __future__ import annotations

from recognizers.street_address_recognizer import CAP_NAME, LOW_NAME, NAME, NUM_AFTER, StreetAddressRecognizer

_STRONG = (
    r"(?i:calle|c/|c\.|avenida|avda\.?|plaza|pza\.?|paseo|pº|ronda|travesía|travesia|rambla|carrer|passeig|plaça|"
    r"avinguda|glorieta|callejón|callejon|urbanización|urbanizacion|urb\.)"
)
_WEAK = (
    r"(?i:av\.?|cañada|vial|acceso|camino|carretera|ctra\.?|vía|pasaje|cuesta|alameda|bulevar|senda|rúa|sector|polígono|"
    r"poligono|barrio|colonia|costa)"
)
_END = r"(?:(?<=[/.º])|(?![^\W\d_]))"  # the type word ends here ("Callejón" is not "Calle" + "jón")


class EsStreetAddressRecognizer(StreetAddressRecognizer):
    """Type + name + number or s/n (+ floor, door, código postal, city)."""

    CORES = (
        ("es street", rf"(?<![\w.]){_STRONG}{_END}\s*{NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        ("es street (capitalised)", rf"(?<![\w.]){_WEAK}{_END}\s+{CAP_NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        ("es street (lower-case) + postcode", rf"(?<![\w.]){_WEAK}{_END}\s+{LOW_NAME}\s*,?\s*{NUM_AFTER}", 0.7, True),
    )
