"""`python -m bench.names_tune7`: a fifth tuning set of the name rules, chat forms of en, fr and de.

Written for the seventh round of the name rules, before any of them, without reading the held-out
name sets (`bench/names_heldout*.py`, `bench/data/names_heldout*.jsonl`) or their misses. The
templates are the chat shapes the earlier tune sets lack in English ("this is …", "… here", "it's …
from …", "ask for …", "leave it with … next door", "on behalf of …", "Attn:", "Cheers …", a
signature above "Sent from my iPhone"), French ("de la part de", "c'est …", "ici …", "chez …", "à
l'attention de", "Bien à vous", "Bisous") and German ("hier ist …", "ich bin die …", "bei …
klingeln", "z. Hd.", "i. A.", "LG", "VG", "Gruß"), names in capitals, lower-case chat, nicknames
(a short hand-written list a language), and a few Italian leftovers of the sixth round (a first
name after "per", "da", "numero di"; a company after "c/o").

Names come from `mimesis` 22.2.0's per-locale person lists (MIT; en and en-gb, fr, de, it), drawn
with this set's own seed: not from `Faker`, the first two held-out sets' source. A template that
starts with `~` is typed all in lower case. The no-PII messages share the shapes with no one in
them (companies, services, places after the same cue words).

It prints, per language, names protected and no-PII messages unchanged with the rules only (the
stock en/fr spaCy pipelines, blank ones for de and it), and with `--show N` up to N misses and
false positives.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from bench import chat_tune
from bench.chat_tune import Example, fill

LANGS = ("en", "fr", "de", "it")
SEED = 20261207
REPEATS = 3  # each template filled with this many names

# Nicknames and short forms people sign chats with, hand-written for this set.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Kate", "Bill", "Bob", "Liz", "Jim", "Becky", "Mandy", "Vicky", "Steve", "Dave", "Jenny", "Sue",
           "Katie", "Abby", "Maddie", "Andy", "Pete", "Meg", "Izzy", "Bex", "Jonny", "Ollie", "Charlie"),
    "fr": ("Flo", "Lulu", "Manu", "Nico", "Seb", "Fred", "Steph", "Caro", "Mimi", "Juju", "Isa", "Cath",
           "Nath", "Béa", "Jojo", "Loulou", "Guigui", "Domi", "Val", "Soso", "Titou", "Clem"),
    "de": ("Steffi", "Manu", "Flo", "Basti", "Tobi", "Uli", "Gabi", "Susi", "Moni", "Conny", "Andi",
           "Micha", "Sepp", "Hansi", "Kathi", "Resi", "Lisi", "Babsi", "Rudi", "Toni", "Chrissi", "Jule"),
    "it": ("Fede", "Ale", "Vale", "Giuly", "Robi", "Cate", "Fra", "Betta", "Pippo", "Lele"),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {k} a nickname, {u} first + surname in capitals
TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "Hi, this is {n}, I ordered a jacket last week",
        "~hi this is {n} from order 4471",
        "{f} here, any news on my parcel?",
        "{n} here - the parcel never came",
        "Hi it's {f} from flat 3, my parcel was left outside",
        "Hey, it's {n} from Leeds, about my refund",
        "My husband {n} will collect it",
        "My wife {f} placed the order on her card",
        "~my husband {n} will pick it up",
        "Please ask for {f} at reception",
        "When the driver comes ask for {n}",
        "If I'm out, leave it with {f} next door",
        "Can you leave it with {n} at number 12?",
        "I'm writing on behalf of {n}",
        "I'm contacting you on behalf of my mother, {n}",
        "Attn: {n}",
        "ATTN: {u}",
        "Kind regards,\n{n}",
        "Kind regards, {f}",
        "Cheers {f}",
        "Cheers,\n{k}",
        "Thanks so much!\n{n}\n\nSent from my iPhone",
        "Best,\n{f}\nSent from my iPhone",
        "Thanks, {k} x",
        "Hi, I'm {k}, I spoke to someone yesterday",
        "{k} here again, still no tracking",
        "HI THIS IS {u}, WHERE IS MY ORDER",
        "Name: {u}",
        "~hi its {f} again any update",
        "Please deliver to {n}, flat 2",
        "Spoke to {f} on the phone yesterday, she said it was sent",
        "Regards\n{n}",
        "Many thanks, {n}",
        "My neighbour {f} took it in",
        "Hiya, {k} here 😊",
        "cheers {k}",
        "Hi, {f} speaking",
        "Sender: {n}",
        "Hey it's {k}!",
        "Thx {k}",
        "Love, {f} x",
        "From: {n}",
        "The order is for my son {f}",
        "Many thanks\n{k}",
        "{n} (flat 4) here, is my parcel at the depot?",
    ),
    "fr": (
        "Bonjour, c'est {n}, j'ai commandé une veste",
        "C'est {f} de la commande 4471",
        "~bonjour c'est {n} pour ma commande",
        "Ici {n}, des nouvelles de mon colis ?",
        "Je vous écris de la part de {n}",
        "De la part de {f}",
        "Mon mari {n} viendra chercher le colis",
        "Ma femme {f} a passé la commande",
        "~mon mari {n} passera le chercher",
        "Livrer chez {n}, 2e étage",
        "Vous pouvez le déposer chez {f}, ma voisine",
        "À l'attention de {n}",
        "A l'attention de {n}",
        "Bien à vous,\n{n}",
        "Bien à vous, {f}",
        "Bisous {k}",
        "Merci beaucoup !\nBisous,\n{f}",
        "Cordialement\n{n}",
        "Je suis {n}, cliente depuis 2019",
        "Bonjour, moi c'est {f}",
        "{k} ici, mon colis est arrivé abîmé",
        "Demandez {f} à l'accueil",
        "J'ai eu {f} au téléphone hier",
        "Mme {s} n'a pas reçu son colis",
        "~je suis {n} et j'attends toujours",
        "NOM : {u}",
        "Bonne journée,\n{n}\nEnvoyé de mon iPhone",
        "Mon fils {f} passera le récupérer",
        "Belle journée, {k}",
        "Merci, {k} 😘",
        "Au nom de {n}, svp",
        "BONJOUR C'EST {u}, TOUJOURS RIEN REÇU",
        "Bises, {k}",
        "Salut c'est {k} !",
        "Je suis la fille de {n}",
        "Bien cordialement,\n{n}",
        "Merci d'avance, {f}",
        "Expéditeur : {n}",
        "Destinataire : {n}",
        "Mon conjoint {f} sera présent",
    ),
    "de": (
        "Hallo, hier ist {n}, ich habe eine Frage zu meiner Bestellung",
        "Hier ist {f} von der Bestellung 4471",
        "~hallo hier ist {n} wegen meiner bestellung",
        "Hallo, ich bin die {f} und warte noch auf mein Paket",
        "Ich bin der {f}, wir hatten telefoniert",
        "Mein Mann {n} holt das Paket ab",
        "Meine Frau {f} hat bestellt",
        "~mein mann {n} holt es ab",
        "Bitte bei {n} klingeln",
        "Bitte bei {s} klingeln, 3. Stock",
        "z. Hd. {n}",
        "z.Hd. {n}",
        "i. A. {n}",
        "i.A. {n}",
        "LG {f}",
        "LG {k}",
        "VG {n}",
        "Gruß {f}",
        "Viele Grüße\n{n}",
        "Liebe Grüße, {k} 😊",
        "Mit freundlichen Grüßen\n{n}",
        "{f} hier, gibt es was Neues?",
        "Ich heiße {n}",
        "Abgeben bei {n}, Nachbarin",
        "Bitte beim Nachbarn {n} abgeben",
        "Frau {s} hat angerufen",
        "NAME: {u}",
        "Im Auftrag von {n}",
        "~lg {f}",
        "Danke!\n{n}\nVon meinem iPhone gesendet",
        "Servus, {k} hier",
        "HALLO HIER IST {u}",
        "Grüße, {n}",
        "Schöne Grüße\n{f}",
        "Ich bin der Sohn von {n}",
        "Empfänger: {n}",
        "Absender: {n}",
        "Meine Tochter {f} nimmt es an",
        "Moin, {k} hier",
        "Mfg {n}",
    ),
    "it": (
        "Ho ordinato per {f}, è una sorpresa",
        "Il regalo è per {f}",
        "~per {f} grazie",
        "Passo da {f} a ritirarlo",
        "Lo lascio da {f} al bar",
        "Mi ha dato il vostro numero {f}",
        "Vi lascio il numero di {f}, mia cugina",
        "Spedire c/o {n}, scala B",
        "Baci, {k}",
        "Ciao sono {k} 😊",
    ),
}

CLEAN: dict[str, tuple[str, ...]] = {
    "en": (
        "Hi, this is about my order 4471",
        "This is the second time I ask",
        "Please ask for a signature",
        "Leave it with the concierge next door",
        "I'm writing on behalf of my company",
        "Attn: Accounts Payable",
        "Kind regards,\nCustomer Services",
        "Cheers for the quick reply!",
        "Thanks!\n\nSent from my iPhone",
        "It's from the Black Friday sale",
        "My husband will collect it",
        "THIS IS THE THIRD TIME, WHERE IS MY ORDER",
        "Sent from my Galaxy",
        "Leave it with the neighbours next door",
        "Hi it's me again from flat 3",
        "Regards\nThe Marketing Team",
    ),
    "fr": (
        "C'est pour la commande 4471",
        "Ici, rien n'est arrivé",
        "De la part de la société",
        "Livrer chez moi svp",
        "Déposer chez le voisin",
        "Vous pouvez le déposer chez Relais Colis",
        "À l'attention du service client",
        "Bien à vous,\nLe service comptabilité",
        "Bisous !",
        "Mon mari est absent",
        "Envoyé de mon iPhone",
        "C'est super, merci",
        "J'ai commandé chez Decathlon",
        "BONJOUR C'EST URGENT",
    ),
    "de": (
        "Hier ist meine Bestellnummer: 4471",
        "Ich bin die Kundin von gestern",
        "Bitte bei den Nachbarn abgeben",
        "Bitte bei der Packstation abgeben",
        "z. Hd. Buchhaltung",
        "LG und schönes Wochenende",
        "VG aus Berlin",
        "Gruß aus München",
        "Mein Mann ist nicht zu Hause",
        "Von meinem iPhone gesendet",
        "Hier ist alles angekommen",
        "Bitte bei Hermes abgeben",
        "HALLO HIER IST ALLES OK",
    ),
    "it": (
        "Spedire c/o Amazon Locker della stazione",
        "c/o Amazon Locker, grazie",
        "Spedire c/o InPost Locker",
        "Indirizzo: c/o Mail Boxes Etc.",
        "Il numero di telefono è nel profilo",
        "Passo da Zara domani",
        "Per Natale arriva?",
    ),
}

_SLOT = re.compile(r"\{([nfsku])\}")
_MIMESIS_LOCALES = {"en": ("en", "en-gb"), "fr": ("fr",), "de": ("de",), "it": ("it",)}
_CLEAN_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _mimesis(language: str) -> tuple[list[str], list[str]]:
    """First names (both sexes) and one-word surnames of mimesis's locales, read from its data files."""
    import mimesis  # a test dependency: only tuning needs it

    first: set[str] = set()
    surnames: set[str] = set()
    for locale in _MIMESIS_LOCALES[language]:
        path = Path(mimesis.__file__).parent / "datasets" / locale / "person.json"
        person = json.loads(path.read_text(encoding="utf-8"))
        first |= {n for names in person["names"].values() for n in names}
        surnames |= set(person["surnames"])
    return sorted(filter(_clean, first)), sorted(filter(_clean, surnames))


def _clean(name: str) -> bool:
    return name[:1].isupper() and _CLEAN_WORD.fullmatch(name) is not None


def name_messages(language: str) -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """Every template filled `REPEATS` times from a seeded draw, with the gold name spans."""
    rng = random.Random(f"{SEED}-{language}")
    first, surnames = _mimesis(language)

    def value(kind: str) -> str:
        f, s = rng.choice(first), rng.choice(surnames)
        return {
            "n": lambda: f"{f} {s}",
            "f": lambda: f,
            "s": lambda: s,
            "k": lambda: rng.choice(NICKNAMES[language]),
            "u": lambda: f"{f} {s}".upper(),
        }[kind]()

    yield from fill(TEMPLATES[language], REPEATS, _SLOT, value)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
