"""`python -m bench.names_tune29`: German messages with Turkish names typed without their letters,
a short first name after a sentence-opening article, and surnames on the doorbell in lower case.

Written in the German names round after `bench.names_tune27`, when a further probe of some 60
hand-written German messages on the branch showed three more shapes the rules missed: Turkish
given names and surnames typed on a German or phone keyboard without ş, ç, ğ, ı, ö, ü ("Ayse
Ozturk", "Gulsen", "Cagla", "Sukru Celik"; the German "oe"/"ue" spelling is names_tune27's), a
short first name that is also a word somewhere after the capitalised article that opens the
sentence, as southern German says it ("Die Leni holt das Paket ab", "Der Toni kommt heute"), and
the surname on the bell in a text typed all in lower case ("bitte bei ozturk klingeln",
"klingeln bei nguyen"). Only those shapes are here.

Written from the writer's own knowledge of how people in Germany, Austria and Switzerland write
to shops on WhatsApp, before any rule was changed for them, without reading a held-out file, the
rules' word lists or the shipped name lists. Templates are filled REPEATS times; a template
starting with `~` is typed all in lower case.

The no-PII messages hold the same shapes with no one in them: an article before a thing named
like a person (the women's magazines "Die Brigitte", "Die Tina", "Die Petra"; plants and goods
"Die Erika blüht", "Die Stella ist leer", "Die Viola klingt schief"), where and how to ring in
lower case ("bitte bei nachbarn klingeln", "bitte hinten klingeln", "klingel: kaputt"), and
Turkish dishes typed without their letters ("2x Doner und ein Ayran", "Der Borek war kalt").
They must stay unchanged.

It prints names protected and no-PII messages unchanged with the rules only (the stock en spaCy
pipeline), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("de",)
SEED = 20261207
REPEATS = 20  # each template filled with this many names

# Turkish given names and surnames as typed without ş, ç, ğ, ı, ö, ü (the letter's base instead)
_ASCII_FIRST = (
    "Ayse",
    "Gulsen",
    "Cagla",
    "Sukru",
    "Bugra",
    "Gulay",
    "Ozge",
    "Cigdem",
    "Busra",
    "Tugba",
    "Ilkay",
    "Sevgul",
    "Gokhan",
    "Ugur",
    "Cagri",
    "Sengul",
    "Dogan",
    "Gulizar",
    "Yagmur",
    "Mucahit",
)
_ASCII_SURNAMES = (
    "Ozturk",
    "Yildirim",
    "Celik",
    "Sahin",
    "Aydin",
    "Ozdemir",
    "Kilic",
    "Cakir",
    "Gunes",
    "Kocak",
    "Aslan",
    "Ozcan",
    "Turan",
    "Gul",
    "Yilmaz",
    "Korkmaz",
    "Ciftci",
    "Dogru",
    "Ucar",
    "Oksuz",
)
# Short first names said after the article, by the article they take
_SHORT_FEMALE = (
    "Leni",
    "Rosi",
    "Evi",
    "Resi",
    "Kati",
    "Lotti",
    "Gitti",
    "Susi",
    "Conny",
    "Jule",
    "Nele",
    "Ella",
    "Lina",
    "Ida",
    "Mia",
    "Paula",
    "Frieda",
    "Hanna",
    "Emma",
    "Toni",
)
_SHORT_MALE = (
    "Toni",
    "Beni",
    "Flori",
    "Rudi",
    "Bene",
    "Basti",
    "Luca",
    "Mats",
    "Ben",
    "Max",
    "Paul",
    "Timo",
    "Jonas",
    "Felix",
    "Leon",
    "Noah",
    "Sepp",
    "Jupp",
    "Hansi",
    "Kari",
)

_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = (
    "{a} {z} holt die Bestellung morgen ab",
    "Kannst du das Paket {a} mitgeben?",
    "Ich hab {a} schon die Nummer geschickt",
    "~hab es {a} {z} gegeben, die kommt morgen",
    "Die {f} holt das Paket morgen ab",
    "Der {m} kommt heute Abend vorbei",
    "~bitte bei {z} klingeln, 2. stock",
    "~klingeln bei {z}, danke",
    "~die lieferung bitte bei {a} {z} abgeben",
)

CLEAN = (
    # an article before a thing named like a person
    "Die Brigitte von dieser Woche ist nicht gekommen",
    "Die Tina war nicht im Abo dabei",
    "Die Petra kam doppelt",
    "Die Lisa von letzter Woche fehlt noch",
    "Die Erika im Topf blüht schon nicht mehr",
    "Die Stella ist leer, habt ihr noch einen Kasten?",
    "Die Viola klingt schief, die Saite ist gerissen",
    "Die Rose ist verwelkt angekommen",
    "Die Linde vor dem Haus wirft zu viel Laub",
    "Die Iris ist noch gereizt, die Tropfen helfen nicht",
    "Die Melisse ist eingegangen",
    "Die Jasmin ist nicht winterhart, oder?",
    "Die Vespa springt nicht an",
    "Der Golf braucht neue Reifen",
    "Der Oscar für den besten Film war verdient",
    "Die Mimose ist ausverkauft",
    "Die Marina ist heute geschlossen",
    "Die Gloria hat eine Delle",
    "Die Paloma war ausverkauft",
    "Die Olive im Glas ist bitter",
    # where and how to ring, in lower case
    "~bitte bei nachbarn klingeln",
    "~bitte hinten klingeln",
    "~bitte bei der 3 klingeln",
    "~bitte zweimal klingeln",
    "~bei mir klingeln, ich bin da",
    "~klingeln bei lieferung",
    "~klingel: kaputt, bitte anrufen",
    "~klingel geht nicht, bitte anrufen",
    "~bitte bei hausmeister klingeln",
    "~bitte unten klingeln",
    "~bitte laut klingeln, wir hören schlecht",
    "~bitte im büro klingeln",
    "~klingeln bei ankunft",
    "~bitte bei der packstation abgeben",
    "~die lieferung bitte bei rewe abgeben",
    "~bei uns klingeln, 2. stock",
    "~klingeln bei firma",
    "~klingeln bei praxis, 1. stock",
    "~bitte bei post abgeben",
    "~bitte beim kiosk abgeben",
    # Turkish dishes and words typed without their letters
    "Habt ihr noch Sucuk?",
    "2x Doner und ein Ayran bitte",
    "Der Borek war kalt",
    "Kunefe bitte ohne Pistazien",
    "Gozleme mit Spinat und Kase",
    "Ist Sutlac schon aus?",
    "Cay gibt es gratis dazu?",
    "Ein Kilo Lokum bitte",
    "Sind die Simit heute frisch?",
    "Kofte Teller mit Reis und Salat",
)


def name_messages() -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template filled REPEATS times from this set's own seeded draw: {a} a Turkish given
    name typed without its letters, {z} such a surname, {f} and {m} a short name after die / der."""
    rng = random.Random(f"{SEED}-de")
    pools = {"a": _ASCII_FIRST, "z": _ASCII_SURNAMES, "f": _SHORT_FEMALE, "m": _SHORT_MALE}
    yield from chat_tune.fill(TEMPLATES, REPEATS, _SLOT, lambda kind: rng.choice(pools[kind]))


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(), CLEAN) if language == "de" else []


def main() -> None:
    first = _ASCII_FIRST + _SHORT_FEMALE + _SHORT_MALE
    chat_tune.print_unknown_share(LANGS, {"de": first}, {"de": _ASCII_SURNAMES})
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
