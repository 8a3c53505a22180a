"""French street addresses: "12 rue de la Paix, 75002 Paris", "8 bis, avenue Foch", "Bd Haussmann 40".

The house number comes first (with "bis"/"ter"), then the street type and
name, the 5-digit code postal and the city ("Saint-Denis", "Aix-en-Provence",
"CEDEX"). Types that are everyday words ("place", "cours", "route") need a
capitalised name.
"""

from __future__ import annotations

from recognizers.street_address_recognizer import CAP_NAME, NAME, NOT_AMOUNT, StreetAddressRecognizer

_STRONG = r"(?i:rue|avenue|av\.|boulevard|bd\.?|bld\.?|chemin|impasse|imp\.|allée|allee|quai)"
_WEAK = (
    r"(?i:place|pl\.|route|rte\.?|cours|passage|square|sq\.|voie|rond-point|sentier|faubourg|fg\.?|cité|"
    r"esplanade|promenade|parvis|résidence|hameau|lieu-dit|montée|traverse|villa)"
)
_NUM = rf"(?P<num>\d{{1,4}}(?:\s?(?i:bis|ter|b|c)(?!\w))?){NOT_AMOUNT}\s*,?\s*"
_END = r"(?:(?<=[/.º])|(?![^\W\d_]))"  # the type word ends here ("Callejón" is not "Calle" + "jón")


class FrStreetAddressRecognizer(StreetAddressRecognizer):
    """Number + type + name (+ code postal, city); type + name + code postal."""

    CORES = (
        ("fr street", rf"(?<![\w.,/-]){_NUM}{_STRONG}{_END}\s+{NAME}", 0.75, False),
        ("fr street (capitalised)", rf"(?<![\w.,/-]){_NUM}{_WEAK}{_END}\s+{CAP_NAME}", 0.75, False),
        ("fr street, no number", rf"(?<![\w.]){_STRONG}{_END}\s+{CAP_NAME}", 0.7, True),
    )
