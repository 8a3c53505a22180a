"""A surname list as evidence for a name whose first name no list holds.

The first-name dictionary behind `given_names.tsv` is European at heart: "Hodan", "Obinna",
"Wislande", "Yerutí", "Dilovan" are not in it, so "the parcel is for Hodan Warsame" had no cue the
gazetteer could read, and two capitalised words no list holds are as often a brand and its model
("Kartell Bourgie") as a person. The surname after such a word is where the evidence is: the US
Census 2010 list of surnames borne by 100 people or more (`data/surnames.tsv`, about 150 000 of
every origin, less those that are ordinary words of the six languages) holds "Warsame",
"Petrosyan", "Mamani", "Owusu", and almost no model name ("Bourgie", "Paperwhite", "Airwrap").

So a capitalised word that no list holds (or holds as rare), is no everyday word of the message's
language or of English, and no place, followed by a listed surname is a person
(`GivenNameRecognizer._unlisted_pair` asks, after its own brand, product, colour, article and
place guards).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def surnames() -> frozenset[str]:
    """Read the shipped list once per process (every language's recognizer shares it)."""
    text = (resources.files("recognizers") / "data" / "surnames.tsv").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and line[0] != "#")


def surname(folded: str) -> bool:
    """A case-folded word the census list holds as a surname (ordinary words are not in it)."""
    return folded in surnames()
