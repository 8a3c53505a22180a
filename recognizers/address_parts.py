"""The parts of an address people type around its street, which the street core and its tail left out.

An address in a chat is more than "street, number, postcode, town": a floor and a door ("3. OG
links", "2e étage gauche", "7ª planta", "bajo dcha", "pral. 2ª"), a building part ("Hinterhaus",
"Seitenflügel", "pal. B", "Zi. 204", "nave 12"), a care-of in the middle ("…, c/o Schmidt, 40212
Düsseldorf", "presso Ferri"), a hamlet or district ("fraz. Borgo Nuovo", "loc. Marina", "OT
Kleinwalde", "lieu-dit Le Bourg"), a landmark ("near Big Bazaar", "próximo ao mercado", "junto al
Corte Inglés"), or a building, estate or flat written before the street ("Résidence Les Tilleuls,
Bât. C, Appt 12, 3 rue Pasteur", "Urbanización Los Pinos, C/ Jazmín 8", "Fraz. San Martino, Via
della Chiesa 3", "Basement Flat, 60 Royal Crescent"). Left out, each splits the span: what lies
between the pieces, and often the postcode and town after the part, stays in clear.

Two regexes, built by `tail_part` and `prefix_part` from the street module's name and separator
pieces (passed in: that module imports this one), both only ever read next to a street core that
was already found (they never start an address, so a text with none is untouched and a message
about a shop's "2. OG" is not an address):
`tail_part`, one more step of the core's tail (`StreetAddressRecognizer._extend`), and
`prefix_part`, a part ending right before the core (read repeatedly: "Bât. C, Appt 12," is two).
The words are each format's own vocabulary of floors, doors, building parts, districts and
landmark prepositions, never a list of places.
"""

from __future__ import annotations

import re

from recognizers import factored

# A floor: an ordinal and the floor word ("3. OG", "2e étage", "7ª planta", "3° piano", "5º andar"),
# a side or door after it ("links", "gauche", "porte droite", "dcha").
_SIDE = (
    r"(?:\s*,?\s*(?i:tür\s)?(?i:links|rechts|mitte|li\.?|re\.?)(?![^\W\d_])"
    r"|\s*,?\s*(?i:porte\s)?(?i:gauche|droite|face)(?![^\W\d_])|\s(?i:dcha|izq|izda|centro)(?![^\W\d_])\.?)?"
)
_FLOOR = (
    r"\d{1,2}(?:\.|[ºª°]|(?i:e|ème|eme|er|re|è|o|a))?\s?"
    r"(?i:og|ug|dg|etage|stock|obergeschoss|étage|planta|piso|piano|andar)(?![^\W\d_])\.?" + _SIDE
)
# A storey or building part with no number ("EG rechts", "Hinterhaus", "rez-de-chaussée", "bajo dcha",
# "ático 2ª"), or a part with its number or letter ("Zi. 204", "Aufgang B", "pal. B", "nave 12").
_NAMED_PART = (
    r"(?:EG|OG|DG|UG|(?i:hochparterre|erdgeschoss|dachgeschoss|untergeschoss|souterrain|hinterhaus|vorderhaus|"
    r"seitenflügel|hinterhof|gartenhaus|rückgebäude|quergebäude|rez-de-chaussée|rdc|bajo|ático|atico|entresuelo|"
    r"entlo|principal|pral|sótano|piano terra|piano rialzato))(?![^\W\d_])\.?"
    r"(?:\s?(?:[A-Z]|\d{1,2}[ºª]?)(?![\w])|\s(?i:dcha|izq|izda|links|rechts|mitte|gauche|droite)(?![^\W\d_])\.?)?"
    + _SIDE
)
_NUMBERED_PART = (
    r"(?i:zi|zimmer|app|aufgang|eingang|haus|tür|pal|palazzina|citofono|nave|local|portal|box|appartement|"
    r"cedex|bp|cs|postfach|apartado|lote|block|phase|sector|wing|tower|ward|gali|street no|road no)\.?\s?(?:no\.?\s?)?"
    r"(?:\d{1,4}[A-Za-z]?|[A-Z](?:-?\d{1,3})?)(?![\w])"
)
# A hamlet, district or estate by the word its format writes it with ("fraz. Borgo Nuovo", "OT
# Kleinwalde", "Lugar de Paço", "lieu-dit Le Bourg"), and a care-of in the middle of the address.
_PLACE_WORD = (
    r"(?i:fraz|frazione|loc|località|localita|lieu-dit|lieudit|hameau|ortsteil|urb|urbanización|urbanizacion|"
    r"urbanização|urbanizacao|barrio|quartier|résidence|residence|lugar|colony|vill|village|dist|district|"
    r"taluk|tehsil|mandal)"
)
_CARE_OF_CUE = r"(?i:c/o|presso|bei|chez|a/c|aos cuidados de|z\.\s?hd\.?)"
# A landmark: a preposition of place and what it names ("near Big Bazaar", "opp. City Hospital",
# "próximo ao mercado", "junto al Corte Inglés", "vicino alla stazione", "en face de la mairie").
_LANDMARK_CUE = (
    r"(?i:near|nr\.|opp\.?|opposite|behind|beside|next to|close to|junto al?|cerca del?|frente al?|enfrente del?|"
    r"al lado del?|próximo (?:a|ao|à|de|do|da)|proximo (?:a|ao|à)|perto d[oae]s?|em frente (?:a|ao|à)|"
    r"ao lado d[oae]|vicino a(?:l|lla)?|di fronte a(?:l|lla)?|accanto a(?:l|lla)?|dietro (?:a|al|alla)|"
    r"près d[eu]|en face d[eu]|à côté d[eu]|derrière|gegenüber(?: von)?|neben|hinter)"
)
_ARTICLE = r"(?:(?i:the|el|la|los|las|il|lo|le|les|der|dem|den|o|a|os|as)\s+|(?i:l)['’])"
_LOW_TWO = r"[a-zà-ÿ]+(?:\s[a-zà-ÿ]+)?(?![^\W\d_])"
# A district or landmark is its own part of the address, after a comma, dash or line break: after a bare
# space it is the sentence's ("Fairview Road near the school", "the Main St post office").
_PART_SEP = r"(?:\s*[,;]\s*|\s+[-–—/]\s+|[ \t]*\n[ \t]*)"
_NO_NUMBER = r"(?i:s/n|s\.n\.|snc|casa)(?![^\W\d_])"


def tail_part(cap_name: str, low_name: str, sep: str) -> re.Pattern[str]:
    """One more part of an address's tail after `sep`; a place or landmark is named with `cap_name` (or
    `low_name`, up to two words after a landmark cue)."""
    place = rf"(?:{_PLACE_WORD}\.?\s+(?:{cap_name}|{low_name})|OT\s+{cap_name})"
    landmark = rf"{_LANDMARK_CUE}\s+{_ARTICLE}?(?:{cap_name}|{_LOW_TWO})"
    care_of = rf"{_CARE_OF_CUE}\s+{cap_name}"
    return re.compile(
        rf"{sep}(?:{_FLOOR}|{_NAMED_PART}|{_NUMBERED_PART}|{care_of}|{_NO_NUMBER})"
        rf"|{_PART_SEP}(?:{place}|{landmark})"
        r"|(?<=[Cc]edex)[ \t]\d{1,2}(?![\w])"  # "37000 Tours Cedex 1"
    )


# Before the core: a flat, building or estate, then a comma or a dash ("Appt 12, ", "Bât. C, ",
# "Résidence Les Pins, ", "Urbanización Los Pinos, ", "Plot 88, ", "Top Floor Flat, ").
_UNIT_BEFORE = (
    r"(?i:appt|appartement|apt|app|bât|bâtiment|bat|batiment|escalier|esc|entrée|flat|plot|villa|shop|house|h\.?\s?no|"
    r"door no|qtr no|wing|tower|block|lote|lt|qd|bloco|bloque|portal|scala|sc|int|interno|zi|zimmer|whg|wohnung|"
    r"aufgang)(?![^\W\d_])\.?\s?(?:no\.?\s?)?[\w/-]{1,6}"
)
_ESTATE_WORD = (
    r"(?i:résidence|residence|villa|domaine|lotissement|hameau|lieu-dit|cité|urbanización|urbanizacion|urb|"
    r"urbanização|urbanizacao|bairro|quinta|fraz|frazione|loc|località|localita|polígono|poligono|ortsteil)"
)
_FLAT_BEFORE = r"(?i:basement|ground floor|first floor|top floor|garden|upper|lower|attic)\s(?i:flat)"
MAX_PREFIX_PARTS = 4


def prefix_part(cap_name: str) -> re.Pattern[str]:
    """A flat, building or estate (named with `cap_name`) ending right before an address's core."""
    return factored.compile(
        rf"(?<![^\W\d_])(?:{_UNIT_BEFORE}|{_ESTATE_WORD}\.?\s+{cap_name}|{_FLAT_BEFORE}|{_FLOOR}|{_NAMED_PART})"
        r"\s*(?:,|\s[-–—]|\n)\s*$"
    )


def prefix_start(prefix: re.Pattern[str], text: str, start: int) -> int:
    """Where the address starting at `start` starts with the flat, building and estate parts written right
    before it (`prefix_part`, each ending in a comma, a dash or a line break), read back one at a time."""
    for _ in range(MAX_PREFIX_PARTS):
        before = prefix.search(text, max(0, start - 80), start)
        if before is None or before.start() == start:
            break
        start = before.start()
    return start
