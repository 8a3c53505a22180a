"""French street addresses: "12 rue de la Paix, 75002 Paris", "8 bis, avenue Foch", "Bd Haussmann 40".

The house number comes first (with "bis"/"ter"), then the street type and
name, the 5-digit code postal and the city ("Saint-Denis", "Aix-en-Provence",
"CEDEX"). Types that are everyday words ("place", "cours", "route") need a
capitalised name. A street of a main type named with no number ("j'habite rue de Lenoir",
"mon adresse est avenue roussel", "livrez au boulevard Guichard, Lyon") is taken right after
a locative or address word, a colon or at the start of the text; in lower case only after
"au", "habite", "adresse", "est", a colon or at the start ("en chemin pour le magasin" is none).
"""

from __future__ import annotations

import re

from recognizers import factored
from recognizers.postal_boxes import FR_CORES
from recognizers.street_address_recognizer import CAP_NAME, LOW_NAME, NAME, NOT_AMOUNT, StreetAddressRecognizer

_STRONG = r"(?i:rue|avenue|av\.|boulevard|bd\.?|bld\.?|chemin|impasse|imp\.|allée|allee|quai)"
_WEAK = (
    r"(?i:place|pl\.|route|rte\.?|cours|passage|square|sq\.|voie|rond-point|sentier|faubourg|fg\.?|cité|"
    r"esplanade|promenade|parvis|résidence|hameau|lieu-dit|montée|traverse|villa)"
)
_NUM = rf"(?P<num>\d{{1,4}}(?:\s?(?i:bis|ter|b|c)(?!\w))?){NOT_AMOUNT}\s*,?\s*"
_END = r"(?:(?<=[/.º])|(?![^\W\d_]))"  # the type word ends here ("Callejón" is not "Calle" + "jón")
_NAMED = "fr street (named)"
_NAMED_LOW = "fr street (named, lower-case)"
_NOW = r"(?:\s+(?i:maintenant|désormais|actuellement|toujours|aussi))?"  # "j'habite maintenant rue …"
_NAMED_CUE = re.compile(
    r"(?:(?<![\w'’])(?i:au|à|aux|dans|sur|habite|habitons|habitez|habitent|adresse|domicile|est|chez)"
    rf"{_NOW}|[:\n]|^)\s*$"
)
_LOW_CUE = re.compile(rf"(?:(?<![\w'’])(?i:au|habite|habitons|habitez|habitent|adresse|est){_NOW}|[:\n]|^)\s*$")


class FrStreetAddressRecognizer(StreetAddressRecognizer):
    """Number + type + name (+ code postal, city); type + name + code postal."""

    CORES = (
        ("fr street", rf"(?<![\w.,/-]){_NUM}{_STRONG}{_END}\s+{NAME}", 0.75, False),
        ("fr street (capitalised)", rf"(?<![\w.,/-]){_NUM}{_WEAK}{_END}\s+{CAP_NAME}", 0.75, False),
        ("fr street, no number", rf"(?<![\w.]){_STRONG}{_END}\s+{CAP_NAME}", 0.7, True),
        (_NAMED, rf"(?<![\w.'])(?P<street>{_STRONG}){_END}\s+{CAP_NAME}", 0.7, False),
        (_NAMED_LOW, rf"(?<![\w.'])(?P<street>{_STRONG}){_END}\s+{LOW_NAME}", 0.7, False),
    ) + FR_CORES
    GATES = {  # the type word after the number (read-only, as CORES)
        "fr street": (rf"{_STRONG}{_END}\s",),
        "fr street (capitalised)": (rf"{_WEAK}{_END}\s",),
    }
    NAMED_CORES = frozenset({_NAMED, _NAMED_LOW})
    NAMED_TRIGGER = factored.compile(rf"(?<![\w.]){_STRONG}{_END}\s")
    NAMED_CUE = _NAMED_CUE

    def core_start(self, text: str, name: str, match: re.Match[str]) -> int | None:
        """A lower-case named street only after its stricter cue (`_LOW_CUE`)."""
        if name == _NAMED_LOW and _LOW_CUE.search(text, max(0, match.start() - 40), match.start()) is None:
            return None
        return super().core_start(text, name, match)
