"""German shapes of the customer's town that no place preposition introduces (`PlaceRecognizer`, "de").

German customers write where they live in shapes the preposition rule does not read:

- **a form's field**: "Wohnort: Eschwege", "PLZ und Ort: 87435 Olten", "Rechnungsadresse Schwäbisch
  Gmünd" (the label says the customer's place follows; "Ort" and "Stadt" only with a colon);
- **an area or a shop word before the town, with the customer's cue in the clause**: "Wir wohnen im
  Großraum Bautzen", "Ich hol's in eurer Filiale Husum ab, ich wohne gleich daneben" (without the cue
  the same words are the shop's delivery zone or branch: "Lieferung im Großraum Stuttgart",
  "Lagerbestand Duisburg: 3 Stück, Filiale Essen: 0");
- **a town's adjective before a part of town, after a preposition**: "Ich wohne im Kasseler Norden",
  "Wir sind aus dem Grazer Umland" (the adjective is reported when the town it comes from is listed:
  "Kasseler" from Kassel, "Bremer" from Bremen, "Haller" from Halle).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from recognizers import factored
from recognizers import name_words as w

_CLAUSE_END = re.compile(r"[.!?;\n]")
_REACH = 60  # characters either side searched for the customer's cue
FIELD = factored.compile(
    r"(?:^|(?<=[\n.;|,]))[ \t]*(?i:(?:wohnort|heimatort|rechnungsadresse|lieferadresse|lieferanschrift)[ \t]*:?"
    r"|(?:plz[ \t]*(?:und|/|&|u\.)[ \t]*ort|ort|stadt|wohnsitz)[ \t]*:)"
    r"[ \t]*(?:\d{4,5}[ \t]+)?(?=[^\W\d_])",
    re.MULTILINE,
)
AREA = factored.compile(
    r"(?<![\w'’])(?i:großraum|grossraum|raum|umland|landkreis|kreis|nähe[ \t]+von|filiale|laden|geschäft)"
    r"[ \t\u00a0]+(?=[^\W\d_a-zäöüß])"
)
# "im Kasseler Norden", "aus dem Grazer Umland", "in den Bielefelder Westen"
DEMONYM = factored.compile(
    r"(?<![\w'’])(?i:im|in[ \t]+den|aus[ \t]+dem|vom|in[ \t]+der|aus[ \t]+der)[ \t\u00a0]+"
    r"(?P<adj>(?P<stem>[A-ZÄÖÜ][a-zäöüß]+?)er)[ \t\u00a0]+"
    r"(?:Norden|Süden|Osten|Westen|Nordosten|Nordwesten|Südosten|Südwesten|Umland|Raum|Speckgürtel|Stadtgebiet"
    r"|Stadtteil|Vorort|Landkreis|Innenstadt|Altstadt|Stadtrand)(?![\w-])"
)
_STEM_ENDINGS = ("", "en", "e", "n")  # Kassel-er, Brem-en, Hall-e, Erfurt-er


def german_spans(
    text: str,
    place: Callable[[str, int, bool], tuple[int, int] | None],
    listed: Callable[[str], bool],
) -> list[tuple[int, int]]:
    """Spans of the customer's town in the shapes of the module doc. `place(text, pos, customer)` is
    the recognizer's longest listed place at `pos`; `listed(name)` says whether a name is listed."""
    spans: list[tuple[int, int]] = []
    for field in FIELD.finditer(text):
        if span := place(text, field.end(), True):
            spans.append(span)
    for area in AREA.finditer(text):
        before = _CLAUSE_END.split(text[max(0, area.start() - _REACH) : area.start()])[-1]
        after = _CLAUSE_END.split(text[area.end() : area.end() + _REACH])[0]
        if w.CUSTOMER_HOME_CUE.search(f"{before} {after}") and (span := place(text, area.end(), True)):
            spans.append(span)
    for town in DEMONYM.finditer(text):
        stem = town.group("stem")
        if any(listed(f"{stem}{end}".casefold()) for end in _STEM_ENDINGS):
            spans.append(town.span("adj"))
    return spans
