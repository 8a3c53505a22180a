"""`python -m bench.names_tune27`: German names in the shapes the rules still missed.

Written for a round on German names, after a probe of some 170 hand-written German messages with
the default analyzer showed which shapes it already protected (Turkish, Kurdish, Arab, Polish,
Russian-German, Balkan, Greek and Vietnamese names after a cue or listed, double first names,
"von der"/"zu" particles, "Frau Dr.", "z. Hd.", "bei Familie", signatures "LG"/"VG"/"MfG",
relatives and neighbours before a name) and which it did not: names typed with the umlaut spelt
out ("Juergen Mueller", "Baerbel", "Oezlem") and no cue before them, and the dialect short forms
of southern Germany, Austria and Switzerland said with an article ("der Schorsch", "die Vroni",
"dem Wastl", lower case "bin der seppi"). Only those shapes are here.

Written from the writer's own knowledge of how people in Germany, Austria and Switzerland write
to shops on WhatsApp, before any rule was changed for it, without reading a held-out file, the
rules' word lists or the shipped name lists (`main()` prints how many of the given names
`given_names*.tsv` lacks). Spelt-out names are German given names and surnames and Turkish ones
with ö/ü/ç/ş typed on a keyboard without them; short forms are the usual Bavarian, Austrian,
Swabian and Swiss hypocorisms (Schorsch for Georg, Wastl for Sebastian, Vroni for Veronika,
Chrigi for Christian). Templates are filled REPEATS times; a template starting with `~` is typed
all in lower case.

The no-PII messages hold the same cue words and shapes with no one in them: an article before a
person's role or a thing ("der Fahrer kommt", "die Vespa ist kaputt", "dem Hausmeister geben"),
nouns and adjectives spelt with ae/oe/ue ("Das Muesli", "in Gruen", "der Baer aus Pluesch"),
"Gruesse"/"LG"/"Gruß" before no name ("LG aus dem Schwarzwald" is left out: a place is PII here),
"bei"/"z. Hd."/"i. A." before a department or an event, Swiss and Bavarian greetings ("Hoi zäme",
"Servus beinand") and fairy-tale figures and products shaped like people ("Frau Holle Kissen",
"Meister Proper"). They must stay unchanged.

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
SEED = 20261206
REPEATS = 25  # each template filled with this many names

# Given names and surnames with ä/ö/ü (and Turkish ö/ü/ş/ç) spelt out as ae/oe/ue.
_SPELT_FIRST = (
    "Juergen",
    "Baerbel",
    "Joerg",
    "Guenter",
    "Bjoern",
    "Soeren",
    "Doerte",
    "Kaethe",
    "Guenther",
    "Hansjoerg",
    "Uemit",
    "Oezlem",
    "Guelcan",
    "Buelent",
    "Oezguer",
    "Tuelay",
    "Guelsuem",
    "Juergen",
    "Baerbel",
    "Joerg",
)
_SPELT_SURNAMES = (
    "Mueller",
    "Schroeder",
    "Koehler",
    "Baecker",
    "Kuehn",
    "Moeller",
    "Jaeger",
    "Kraemer",
    "Huebner",
    "Doering",
    "Goetz",
    "Schaefer",
    "Oezdemir",
    "Guenes",
    "Tuerkoglu",
    "Koenig",
    "Hoefer",
    "Boehm",
    "Faehnrich",
    "Loewe",
)
# Dialect short forms said with the article, by the article they take.
_SHORT_MALE = (
    "Schorsch",
    "Seppi",
    "Wastl",
    "Hias",
    "Girgl",
    "Ferdl",
    "Loisl",
    "Poldi",
    "Schani",
    "Gusti",
    "Sepp",
    "Hansi",
    "Jupp",
    "Ueli",
    "Chrigi",
    "Housi",
    "Kari",
    "Beni",
    "Mäxle",
    "Bertl",
    "Wiggerl",
    "Flori",
    "Pauli",
    "Fritzl",
    "Wolfi",
)
_SHORT_FEMALE = (
    "Resi",
    "Vroni",
    "Kathi",
    "Reserl",
    "Gretl",
    "Mirl",
    "Vreni",
    "Rösli",
    "Fränzi",
    "Babsi",
    "Uschi",
    "Liesl",
    "Burgi",
    "Traudl",
    "Wally",
    "Steffi",
    "Evi",
    "Zenzi",
    "Leni",
    "Hanni",
    "Rosi",
    "Mitzi",
    "Fini",
    "Kati",
    "Lisl",
)

_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = (
    "Bitte an {t} {s} schicken, danke",
    "{t} holt die Bestellung morgen ab",
    "Vielen Dank und Gruesse von {t}",
    "Ich hab die Nummer schon {t} {s} gegeben",
    "Servus, da ist der {m}, ich wollt fragen ob die Bestellung da ist",
    "Die {f} holt das Paket heute Nachmittag ab",
    "Der {m} kommt am Samstag vorbei und zahlt bar",
    "Gib es bitte dem {m}, der ist den ganzen Tag daheim",
    "Kannst du der {f} Bescheid geben, dass es da ist?",
    "~bin der {m}, hab gestern die jacke bestellt",
    "~die {f} holt es morgen ab",
    "~der {m} kommt heut nachmittag vorbei",
)

CLEAN = (
    # an article before a role, a relative or a thing
    "Der Fahrer kommt am Samstag vorbei",
    "Die Nachbarin holt das Paket heute ab",
    "Gib es bitte dem Hausmeister, der ist den ganzen Tag da",
    "Kannst du der Chefin Bescheid geben, dass es da ist?",
    "Der Opa holt die Bestellung morgen ab",
    "Die Oma zahlt bar",
    "Servus, da ist der Bote schon wieder",
    "Die Vespa ist seit gestern kaputt",
    "Der Golf braucht neue Fußmatten",
    "Die Nike ist eine Nummer zu klein",
    "Der Polo hat eine Delle, braucht ihr Fotos?",
    "Die Kleine holt es mit ihrem Papa ab",
    "Der Kleine hat die Jacke schon an",
    "~der bote kommt heut nachmittag vorbei",
    "~die mama holt es morgen ab",
    "~bin der neue hausmeister, das paket liegt bei mir",
    "Der Dackel hat das Körbchen schon angenommen",
    "Die Katze liebt den Kratzbaum",
    # nouns and adjectives with ae/oe/ue spelt out
    "Das Muesli kommt leider erst morgen",
    "Der Kaese war schon schimmelig",
    "Die Tuer vom Schrank klemmt",
    "Das Oel ist im Karton ausgelaufen",
    "Haben Sie den Pulli auch in Gruen?",
    "Der Baer aus Pluesch ist fuer meine Tochter",
    "Die Groesse passt leider nicht",
    "Bitte an die Poststelle schicken, danke",
    "Vielen Dank und Gruesse aus dem Buero",
    "Schoene Gruesse und ein frohes Fest",
    "Die Buecher kommen in zwei Paketen",
    "Der Schluessel lag nicht im Briefkasten",
    "Moebel bitte nur bis zur Haustuer",
    "Ich hab die Nummer schon dem Kundendienst gegeben",
    "Die Guertel sind zu kurz",
    "Kuehlschrank bitte ohne Aufbau liefern",
    # sign-offs, bei, z. Hd., i. A. before no one
    "LG und ein schönes Wochenende",
    "VG und danke für die schnelle Antwort",
    "Gruß, das Team vom Sportverein",
    "Liebe Grüße aus dem Urlaub",
    "Viele Grüße und bis bald",
    "Bitte bei Lieferung kurz anrufen",
    "Abgabe bei Nachbarn ist ok",
    "Bitte bei der Packstation abgeben",
    "Bei Nichtgefallen schicke ich es zurück",
    "bei Abholung zahle ich bar",
    "Rechnung z. Hd. Buchhaltung bitte",
    "z. Hd. Einkauf, 2. Stock",
    "Die Rechnung bitte z. Hd. Geschäftsführung",
    "i. A. der Geschäftsleitung, danke",
    "Klingel geht nicht, bitte anrufen",
    "Auf der Klingel steht noch nichts, bitte anrufen",
    # greetings
    "Hoi zäme, ist das Paket schon unterwegs?",
    "Grüezi mitenand, wann kommt die Lieferung?",
    "Sali zäme, gibt es den Tisch noch?",
    "Servus beinand, habt ihr heute offen?",
    "Moin moin, ist noch was da?",
    "Griaß di, hab die Rechnung bekommen",
    "Tschau zäme und danke",
    # figures and products shaped like people
    "Habt ihr das Frau Holle Kissen noch?",
    "Meister Proper ist ausverkauft?",
    "Ist der Struwwelpeter als Hardcover da?",
    "Das Buch Der kleine Prinz ist beschädigt angekommen",
    "Ein Gutschein für Hans im Glück, bitte",
    "Der Tante Emma Laden hat zu",
    "Die Figur Onkel Dagobert fehlt im Set",
)


def name_messages() -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template filled REPEATS times from this set's own seeded draw: {t} a given name
    with its umlaut spelt out, {s} such a surname, {m} and {f} a short form said with der / die."""
    rng = random.Random(f"{SEED}-de")
    pools = {"t": _SPELT_FIRST, "s": _SPELT_SURNAMES, "m": _SHORT_MALE, "f": _SHORT_FEMALE}
    yield from chat_tune.fill(TEMPLATES, REPEATS, _SLOT, lambda kind: rng.choice(pools[kind]))


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(), CLEAN) if language == "de" else []


def main() -> None:
    short = _SHORT_MALE + _SHORT_FEMALE
    chat_tune.print_unknown_share(LANGS, {"de": _SPELT_FIRST + short}, {"de": _SPELT_SURNAMES})
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
