"""The customer's region after a first-person living or being cue (`PlaceRecognizer`, every language).

The place list (`data/places.tsv`) holds towns and countries, so "Abito in Toscana", "vivo en
Cantabria", "moro no Algarve", "j'habite en Normandie", "ich wohne in Bayern", "I live in Yorkshire"
forwarded the customer's whereabouts in clear. A region is coarse, but after the customer says they
live or are there it is where they are; so is a country (`name_words.COUNTRIES`, in the six
languages: "vivo en Alemania", "ich lebe jetzt in Polen"). The names (`data/regions.tsv`, written by hand from public
facts: the first-level regions, provinces, Länder, cantons, counties and states of IT, ES, PT, BR,
FR, DE, AT, CH, GB, IE and the US, and a few areas people name as home) are read only there: after
the customer's home cue in the clause (`name_words.CUSTOMER_HOME_CUE`) or a first-person being verb
right before the preposition ("sono in Umbria", "je suis en Vendée", "bin bis Montag in Thüringen").
A region after a shipping word alone ("do you ship to Cornwall", "spedite in Sardegna") is a
delivery zone and one after "from" a product's origin ("olio di Toscana"): neither cue, left alone.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from recognizers import factored
from recognizers import name_words as w

_MAX_WORDS = 5
# One word of a region's name, capitalised or a joining word ("Castilla y León", "Valle d'Aosta",
# "Trás-os-Montes", "Rio Grande do Sul", "St. Gallen")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.]*(?:-[\w'’]+)*")
_GAP = re.compile(r"[ \t\u00a0]+")
# A first-person being verb, up to three words before a preposition of position (not "from", "di":
# "I'm after an oil from Tuscany" is the goods' origin): "I'm in", "we're up in",
# "sono in", "sto in", "estoy en", "estou no", "je suis en", "bin bis Montag in", "wir sind in"; not
# Italian "ci sono", "there are" ("Ci sono ancora posti liberi a …?"), but for "ci sono stato" (I have
# been there)
BEING_BEFORE = factored.compile(
    r"(?<![\w'’])(?i:i'm|i’m|i\s+am|we're|we’re|we\s+are|(?<!ci\s)sono|ci\s+sono(?=\s+stat[oaie])|siamo|sto"
    r"|stiamo|estoy|estamos|estou|estamos"
    r"|je\s+suis|nous\s+sommes|on\s+est|bin|sind)(?:[ \t\u00a0]+[\w'’]+){0,3}[ \t\u00a0]+"
    r"(?i:in|en|em|no|na|nos|nas|nel|nella|nelle|nei|a|à|au|aux|dans|im|am)[ \t\u00a0]*$"
)


@cache
def regions() -> frozenset[str]:
    """The shipped list of region names, case-folded, read once per process, with the countries of
    `name_words.COUNTRIES`: the place list holds countries by their English names only, so "vivo en
    Alemania", "ich lebe jetzt in Polen", "mio fratello in Svizzera" were read as no place at all."""
    text = (resources.files("recognizers") / "data" / "regions.tsv").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    listed = frozenset(" ".join(line.casefold().split()) for line in lines if line and not line.startswith("#"))
    return listed | w.COUNTRIES


def region_at(text: str, pos: int) -> tuple[int, int] | None:
    """The longest listed region starting at `pos`, capitalised, of up to `_MAX_WORDS` words."""
    if pos >= len(text) or not text[pos].isupper():
        return None
    names = regions()
    best, end, words = None, pos, []
    for _ in range(_MAX_WORDS):
        word = _NAME_WORD.match(text, end)
        if word is None:
            break
        words.append(word.group().rstrip("."))
        stop = word.start() + len(words[-1])
        if " ".join(words).casefold() in names:
            best = (pos, stop)
        gap = _GAP.match(text, word.end())
        if gap is None:
            break
        end = gap.end()
    return best
