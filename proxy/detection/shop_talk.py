"""Towns in shop talk named for what they are to the shop, a fourth round (`business._public_place`).

Earlier rounds left a shop's premises, hubs, news, events and prices in a town; shop chat names towns
in other shapes too (`bench.nopii_tune13`, written for this round) that say nothing about where the
customer is:

- **a town's time**: "ora di Londra", "heure de Paris", "hora de Canarias o de Madrid", "Lisbon time";
- **a souvenir or print of it**: "il puzzle di Venezia", "la calamita di Matera", "el mapa antiguo de
  Sevilla", "die Stadtkarte von Dresden", "the Edinburgh puzzle";
- **the shop's seat, register, court, university or bank**: "siège social à Nantes", "sede legale a
  Bergamo", "Tribunale di Brescia", "Registro Mercantil de Valencia", "Universidade de Coimbra",
  "our Barclays account in Guildford" (a bank only with the shop's "our" in the clause);
- **a station, port, airport or motorway exit the goods pass**, with goods, tracking or a van in the
  clause: "the pallet … at Felixstowe port", "l'aéroport de Mérignac", "à la sortie de Valence, le
  camion";
- **the shop's delivery round**: a van or round, a weekday and a list of towns ("The van does
  Harrogate, Ripon and Thirsk on Wednesdays").

These patterns say only the shape; `business._public_place` fails closed before them (the customer's
cue, the writer, "here", "near", a sending verb) and a seat, a station and a round also on any first
person or possessive in the clause ("my account in Leeds", "Mon fils étudie à l'université de Lyon").
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection.phrases import alternation as _alternation
from recognizers import name_words as w

_B = r"[ \t\u00a0]+"
_OF = r"(?:of|de|d['’]|du|des|di|del|della|dello|da|do|dos|das|von|vom)"
_AT = r"(?:in|at|à|au|a|al|en|em|no|na|nel|nella|im)"
_ARTICLE = r"(?:(?:the|la|le|les|l['’]|el|il|lo|o|a|os|as|der|die|dem)[ \t\u00a0]*)?"
_UCAP = r"(?-i:\p{Lu}[\p{L}'’&-]*)"
# "… o de Madrid", "… ou de Montréal": a first town and "or" before this one
_OR_FIRST = rf"(?:{_UCAP}(?:{_B}{_UCAP})*{_B}(?:or|ou|o|oder|y|e|et|and){_B}(?:{_OF}[ \t\u00a0]*)?)?"
_LOWER_GAP = r"(?:[ \t\u00a0]+(?-i:[\p{Ll}\d][\p{L}\d'’-]*)){0,2}"
_ANY_GAP = r"(?:[ \t\u00a0]+[\p{L}\d'’&.-]+){0,3}"

CLOCK_BEFORE = regex.compile(
    rf"\b(?:{_alternation(w.CLOCKS)}){_B}{_OF}[ \t\u00a0]*{_ARTICLE}{_OR_FIRST}$", regex.IGNORECASE
)
CLOCK_AFTER = regex.compile(rf"{_B}(?:{_alternation(w.CLOCKS_AFTER)})\b", regex.IGNORECASE)
SOUVENIR_BEFORE = regex.compile(
    rf"(?:^|[^\p{{L}}])(?:{_alternation(w.SOUVENIRS)}){_LOWER_GAP}{_B}(?:{_OF}|with|mit|avec|con|com)"
    rf"[ \t\u00a0]*{_ARTICLE}$",
    regex.IGNORECASE,
)
SOUVENIR_AFTER = regex.compile(rf"(?:{_B}{_UCAP})?{_B}(?:{_alternation(w.SOUVENIRS_AFTER)})\b", regex.IGNORECASE)
SEAT_BEFORE = regex.compile(
    rf"\b(?:{_alternation(w.SEATS)})(?:{_LOWER_GAP}{_B}(?:{_AT}|{_OF}))?[ \t\u00a0:]*{_ARTICLE}{_OR_FIRST}$",
    regex.IGNORECASE,
)
ACCOUNT_BEFORE = regex.compile(
    rf"\b(?:{_alternation(w.ACCOUNTS)}){_ANY_GAP}{_B}(?:{_AT}|{_OF})[ \t\u00a0]*{_ARTICLE}$", regex.IGNORECASE
)
OURS = regex.compile(
    r"\b(?:our|notre|nos|nostro|nostra|nostri|nuestro|nuestra|nosso|nossa|unser|unsere|unserem|unseren)\b",
    regex.IGNORECASE,
)
TRANSPORT_BEFORE = regex.compile(
    rf"\b(?:{_alternation(w.TRANSPORT)}){_B}{_OF}[ \t\u00a0]*{_ARTICLE}$", regex.IGNORECASE
)
TRANSPORT_AFTER = regex.compile(rf"(?:{_B}{_UCAP})?{_B}(?:{_alternation(w.TRANSPORT_AFTER)})\b", regex.IGNORECASE)
HOLIDAY_AFTER = regex.compile(rf"{_B}(?:{_alternation(w.HOLIDAYS_AFTER)})\b", regex.IGNORECASE)
CARGO = regex.compile(rf"\b(?:{_alternation(w.CARGO)})\b", regex.IGNORECASE)
ROUND = regex.compile(rf"\b(?:{_alternation(w.ROUNDS)})\b", regex.IGNORECASE)
WEEKDAY = regex.compile(rf"\b(?:{_alternation(w.WEEKDAYS)})\b", regex.IGNORECASE)
# The town is one of a list: "Harrogate, Ripon and Thirsk", "Empoli e Pontedera"
_LIST_WORD = r"(?:,|,?[ \t\u00a0]+(?:and|et|e|y|und))"
LISTED_AFTER = regex.compile(rf"{_LIST_WORD}[ \t\u00a0]+(?-i:\p{{Lu}})")
LISTED_BEFORE = regex.compile(rf"(?-i:\p{{Lu}})[\p{{L}}'’-]*{_LIST_WORD}[ \t\u00a0]+$")


def clock_town(text: str, end: int, near: str) -> bool:
    """True for a town named as a time zone: "ora di Londra", "heure de Paris", "Lisbon time"."""
    return CLOCK_BEFORE.search(near) is not None or CLOCK_AFTER.match(text, end) is not None


def souvenir_town(text: str, end: int, near: str) -> bool:
    """True for a town a souvenir or print shows: "le puzzle de Marseille", "the Edinburgh puzzle"."""
    return SOUVENIR_BEFORE.search(near) is not None or SOUVENIR_AFTER.match(text, end) is not None


def holiday_town(text: str, end: int) -> bool:
    """True for a town whose public holiday is named right after it: "a Roma è festa patronale"."""
    return HOLIDAY_AFTER.match(text, end) is not None


def seat_town(near: str, clause: str) -> bool:
    """True for the shop's seat, register, court, university or bank ("sede legale a Bergamo",
    "Tribunal de commerce de Lille", "nuestra cuenta del Sabadell de Alicante")."""
    if SEAT_BEFORE.search(near):
        return True
    return ACCOUNT_BEFORE.search(near) is not None and OURS.search(clause) is not None


def transport_town(text: str, end: int, near: str, clause: str) -> bool:
    """True for a station, port, airport or exit the goods pass ("au port du Havre", "Felixstowe port",
    "à la sortie de Valence, le camion"): only with goods, tracking or a van in the clause."""
    if CARGO.search(clause) is None:
        return False
    return TRANSPORT_BEFORE.search(near) is not None or TRANSPORT_AFTER.match(text, end) is not None


def round_town(text: str, end: int, before: str, after: str) -> bool:
    """True for a town in the shop's delivery round, said as a statement: a van or a round before it,
    a weekday in the clause and the town one of a list ("Notre tournée fait Vannes, Auray et Lorient
    le mercredi"). A question is the customer's ("Does your van do Leeds and York on Fridays?": one
    of them is likely where they live)."""
    if text[end + len(after) : end + len(after) + 1] == "?":
        return False
    if ROUND.search(before) is None or WEEKDAY.search(f"{before} {after}") is None:
        return False
    return LISTED_AFTER.match(text, end) is not None or LISTED_BEFORE.search(before) is not None
