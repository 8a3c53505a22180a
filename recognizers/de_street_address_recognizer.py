"""German street addresses: "Hauptstraße 5, 10115 Berlin", "Berliner Str. 12a", "Am Markt 3".

The street type is usually fused to the name ("Hauptstraße", "Oda-Preiß-Straße",
"Lindenallee"), sometimes a word of its own ("Kölner Straße"); the house number
follows ("5", "12a", "22-15", "30/64"), then the 5-digit PLZ and the city.
Suffixes that end ordinary words ("-ring" in "Bring", "-markt") are left out of
the fused form; "Am", "An der", "Unter den"… streets need a house number. A fused
"-ring" street ("Rohlederring 7999, Main-Höchst") counts when a PLZ or ", Town" follows
its number: "Ohrring 2" or "Hering 3" alone are goods.
"""

from __future__ import annotations

from recognizers.postal_boxes import DE_CORES
from recognizers.street_address_recognizer import CAP, LETTER, NUM_AFTER, UP, StreetAddressRecognizer

_FUSED = r"(?i:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|steig|pfad|chaussee|graben|promenade)"
_WORD = r"(?i:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|ring|chaussee|markt)"
# after a fused "-ring" street's number: a PLZ, or a comma and a capitalised town
_RING_THEN = rf"(?=\s*,?\s*\d{{5}}(?!\d)|\s*,\s*[{UP}])"
_PREPOSITION = r"(?:Am|An der|An den|Auf der|Auf dem|Unter den|Zum|Zur|am|an der|auf der)"


class DeStreetAddressRecognizer(StreetAddressRecognizer):
    """Name+type + number (+ PLZ, city)."""

    CORES = (
        ("de fused street", rf"(?<![\w-])(?:{LETTER}+-){{0,3}}{LETTER}*{_FUSED}(?!\w)(?:\s*,?\s*{NUM_AFTER})?",
         0.75, False),
        ("de hyphenated ring", rf"(?<![\w-])(?:{LETTER}+-){{1,3}}(?i:ring|markt)(?!\w)(?:\s*,?\s*{NUM_AFTER})?",
         0.75, False),
        ("de fused ring + town", rf"(?<![\w-]){LETTER}{{3,}}(?<![-])ring(?!\w)\s*,?\s*{NUM_AFTER}{_RING_THEN}",
         0.75, False),
        ("de street word", rf"(?<![\w-]){CAP}\s+{_WORD}(?!\w)(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        ("de preposition street", rf"(?<![\w-]){_PREPOSITION}\s+{CAP}(?:\s+{CAP})?\s*,?\s*{NUM_AFTER}", 0.7, False),
        ("name + number + PLZ", rf"(?<![\w.]){CAP}\s*,?\s*{NUM_AFTER}", 0.7, True),
    ) + DE_CORES  # fmt: skip
    # what every match holds (`GATES`): the type word, a "-ring", a street word after a space
    GATES = {
        "de fused street": (rf"{_FUSED}(?!\w)",),
        "de hyphenated ring": (r"-(?i:ring|markt)(?!\w)",),
        "de fused ring + town": (r"ring(?!\w)",),
        "de street word": (rf"\s{_WORD}(?!\w)",),
    }
