"""`python -m bench.names_tune28`: Italian names named after the verb, as who picks up or pays.

Written for a round on Italian names, after a probe of some 170 hand-written messages with the
default analyzer showed which shapes of names written to Italian shops it already protected
(introductions, titles such as "sig.ra", "dott.ssa", "avv.", "geom.", "don", "suor", "c/o",
"alla c.a. di", relatives, signatures, "mi ha detto la …", particles and apostrophes such as
"D'Alessandro", "Lo Russo", "Degli Esposti", surname-first after "intestato a") and which it did
not: a lone given name or short form named after the verb as its subject, the Italian way of
saying who picks up or pays ("Ritira Tindaro domani", "Passa Pasquale a ritirare", "lo ritira
nello", "il bonifico l'ha fatto Immacolata"), capitalised or typed all in lower case, a short form
after "sono la/il" that is also a word ("sono la vale"), and a surname with an initial opening a
message ("Rossi M. - ordine 4471"). Only those shapes are here.

Written from the writer's own knowledge of how people in Italy write to shops on WhatsApp, before
any rule was changed for it, without reading a held-out file, the rules' word lists or the shipped
name lists (`main()` prints how many of the given names `given_names*.tsv` lacks). Given names are
southern, Sicilian, Sardinian and Apulian ones (Tindaro, Bachisio, Oronzo, Addolorata), names of
the 1970s-90s (Mirko, Loris, Deborah) and of Romanian, Albanian, Moroccan, Ukrainian, Senegalese,
Bangladeshi, Filipino and Peruvian people living in Italy; short forms are the usual hypocorisms
(Totò, Lello, Ninni, Mimmo, Betta). Each template is filled REPEATS times; a template starting
with `~` is typed all in lower case.

The no-PII messages hold the same cue words with no one after them: the pick-up and pay verbs
before a carrier, an app, a time, a place, a feast, a train or a thing ("Ritira Bartolini domani?",
"Paga Satispay?", "Passa Natale e non è arrivato", "Italo passa da Bologna"), and the titles and
cues of the probe before things ("presso il negozio", "c.a. ufficio acquisti", "don Chisciotte" as
a book, "La Rosa dei Venti" as a shop). They must stay unchanged.

It prints names protected and no-PII messages unchanged with the rules only (the stock en spaCy
pipeline), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("it",)
SEED = 20261206
REPEATS = 20  # each template filled with this many names

_FIRST = {
    "it": (
        "Tindaro", "Bachisio", "Oronzo", "Addolorata", "Pasquale", "Immacolata", "Calogero",
        "Gaetano", "Concetta", "Assunta", "Nunzia", "Ciro", "Gennaro", "Cosimo", "Antonino",
        "Efisio", "Gavino", "Sebastiano", "Rocco", "Ninfa", "Crocifissa", "Ivo", "Loris",
        "Mirko", "Deborah", "Samantha", "Gonario", "Sisinnio", "Liborio", "Agatino", "Venera",
        "Incoronata", "Filomena", "Carmelo", "Baldassare", "Annunziata", "Ionela", "Florin",
        "Mihaela", "Besnik", "Arjola", "Xhuljana", "Klodian", "Youssef", "Khadija", "Oksana",
        "Taras", "Mamadou", "Fatou", "Rahim", "Shahidul", "Rokeya", "Maricel", "Jhonatan",
        "Milagros", "Wilmer",
    ),
}  # fmt: skip
_SURNAMES = {
    "it": (
        "Esposito", "Russo", "Sanna", "Piras", "Caputo", "Lo Russo", "Ferraro", "Pinna",
        "Greco", "Mancuso", "Lombardo", "Marchetti", "Colombo", "Barbieri", "Fontana", "Serra",
    ),
}  # fmt: skip
# Short forms people go by in chat, typed capitalised or not.
_SHORT = {
    "it": (
        "Totò", "Peppe", "Pino", "Gigi", "Lello", "Ninni", "Titti", "Mimmo", "Tonino", "Nando",
        "Franco", "Betta", "Nello", "Ninetto", "Melo", "Uccio", "Memmo", "Turi", "Nuccio",
        "Cettina", "Pinuccia", "Tore", "Bore", "Vituccio", "Giuly", "Mena", "Sarino", "Tanino",
    ),
}  # fmt: skip
# A surname and an initial, as a customer signs an order in a hurry
_INITIALLED = {
    "it": (
        "Rossi M.", "Bianchi G.", "Esposito C.", "Russo A.", "Ferrari L.", "Romano S.",
        "Colombo F.", "Ricci P.", "Marino D.", "Greco V.", "Bruno R.", "Gallo E.",
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {k} a short form, {r} a surname and an initial
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "it": (
        "Ritira {f} domani pomeriggio",
        "Passa {f} a ritirare verso le 18",
        "Lo ritira {f}, ha già la ricevuta",
        "Il bonifico l'ha fatto {f} stamattina",
        "Paga {f} alla consegna, in contanti",
        "Oggi passa {k} a prendere il pacco",
        "L'ordine l'ha fatto {f}, è a suo nome",
        "Ritira {k} per me, grazie",
        "~ritira {f} domani",
        "~passa {k} a prendere il pacco",
        "~lo ritira {f} stasera",
        "~il bonifico l'ha fatto {f}",
        "~ciao sono la {k}, ho ordinato ieri",
        "~passa {f} verso le sei",
        "{r} - ordine 4471, quando arriva?",
        "Ha pagato {f} ieri sera con bonifico",
    ),
}

CLEAN = {
    "it": (
        "Ritira Bartolini domani?",
        "Ritira il corriere domani pomeriggio",
        "Passa il corriere a ritirare verso le 18",
        "Lo ritira GLS, ha già l'etichetta",
        "Lo ritira Poste Italiane",
        "Il bonifico l'ha fatto l'ufficio stamattina",
        "Il bonifico l'ha fatto la ditta",
        "Paga contrassegno alla consegna",
        "Paga Satispay?",
        "Paga Klarna in tre rate?",
        "Oggi passa il tecnico a prendere il reso",
        "L'ordine l'ha fatto l'amministrazione, è a nome della società",
        "Ritira in negozio sabato",
        "Ritira domani mattina",
        "Passa domani verso le sei",
        "Passa Natale e il pacco non è arrivato",
        "Passa Ferragosto e riaprite?",
        "Il treno Italo passa da Bologna alle 10",
        "Lo ritira SDA lunedì",
        "Passa Glovo a prendere l'ordine",
        "Ritira Amazon i resi aperti?",
        "Ha pagato PayPal ieri sera",
        "Ha pagato con bonifico ieri sera",
        "Ritira BRT per me, grazie",
        "Passa Milano il furgone?",
        "Presso il negozio di via Garibaldi",
        "Ritiro presso il punto vendita",
        "C.a. ufficio acquisti",
        "Alla c.a. dell'ufficio resi",
        "Att.ne reparto spedizioni",
        "C/o magazzino centrale",
        "Avete Don Chisciotte in edizione tascabile?",
        "Il libro Don Camillo è arrivato rovinato",
        "Ordinato dal negozio La Rosa dei Venti",
        "Vorrei la Rosa del deserto grande",
        "La Madonna di Pompei in ceramica è finita?",
        "Santa Lucia è festa, siete aperti?",
        "Il dolce di San Giuseppe lo fate?",
        "Suor Angelica, il dvd dell'opera, ce l'avete?",
        "Il vino Don Pasquale è in offerta?",
        "Dott.ssa Giò è la linea di creme?",
        "Passa a ritirare quando vuoi",
        "Paga chi ritira",
        "~ritira domani",
        "~passa il corriere a prendere il pacco",
        "~lo ritira il corriere stasera",
        "~il bonifico l'ha fatto mio marito ieri",
        "~sono la prima della fila",
        "~sono il nuovo cliente",
        "~passa verso le sei",
        "~paga contrassegno",
        "~ritira in negozio",
        "~lo ritira poste",
        "~passa bartolini oggi?",
        "~il bonifico l'ha fatto la banca",
        "~ha pagato con paypal",
        "~sono la vicina del 3",
        "~passa natale e niente",
        "Ordine 4471 - quando arriva?",
        "Rif. M. - ordine 4471",
        "Vale la pena aspettare?",
        "Vale anche per i resi?",
        "Ritira Vinted i pacchi qui?",
        "Passa Pasqua e riapriamo",
        "Il Pino silvestre profumato per auto è finito",
        "Il Ciro Rosso del 2019 è disponibile?",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools = {
        "first": _FIRST[language],
        "surnames": _SURNAMES[language],
        "k": _SHORT[language],
        "r": _INITIALLED[language],
    }
    yield from chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.print_unknown_share(LANGS, _FIRST, _SURNAMES)
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
