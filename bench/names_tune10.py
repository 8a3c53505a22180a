"""`python -m bench.names_tune10`: an eighth tuning set of the name rules, Italian chat forms.

Written for the tenth round of the name rules, before any of its changes, without reading the
held-out name sets (`bench/names_heldout*.py`, `bench/data/names_heldout*.jsonl`) or their misses.
The shapes are those the earlier tune sets (`names_tune6.py`, `names_tune8.py`) lack in Italian:
a given name that is also an Italian word opening a sentence without an auxiliary and participle
("Benedetta il corriere …", "Gigi sistema …"), a surname in lower case after "citofono" /
"citofonare", a name after "con", "per conto di", "a nome di", "chiedere di", "tramite", "da parte
di", southern and regional surnames with and without particles ("Esposito", "Lo Bianco", "La
Rosa", "Di Stefano"), names of people of other origins living in Italy, names in capitals.

Every name is hand-written for this set from general knowledge (about 200 given names and
surnames); none comes from a library. A template that starts with `~` is typed all in lower case.
The no-PII messages share the shapes with no one in them (companies, services, products, offices
after the same cue words; no place, which Veil protects).

It prints names protected and no-PII messages unchanged with the rules only (a blank Italian
pipeline), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example, fill

LANGS = ("it",)
SEED = 20261210
REPEATS = 4  # each template filled with this many names

# Given names, Italian of every region, hand-written for this set
_FIRST = (
    "Benedetta", "Gigi", "Carmela", "Gaetano", "Agata", "Calogero", "Rosalia", "Vincenzo", "Immacolata",
    "Ciro", "Teresa", "Sabatino", "Addolorata", "Corrado", "Nicoletta", "Arturo", "Maddalena", "Bartolo",
    "Santina", "Emanuele", "Lucrezia", "Gerardo", "Ersilia", "Domenico", "Mariangela", "Alfio",
    "Loredana", "Orazio", "Pietro", "Rosaria", "Sebastiano", "Giuseppina", "Luca", "Martina",
    "Federico", "Giulia", "Matteo", "Sofia", "Lorenzo", "Beatrice", "Alessio", "Camilla", "Jacopo",
    "Noemi", "Riccardo", "Ginevra", "Edoardo", "Arianna", "Elia", "Irene",
)  # fmt: skip
# Given names that are also Italian words or common nouns/adjectives (hand-written)
_WORD_FIRST = (
    "Benedetta", "Gigi", "Rosa", "Serena", "Chiara", "Stella", "Fortunato", "Felice", "Gioia", "Speranza",
    "Vittoria", "Pia", "Costanza", "Onorato", "Prudenza", "Grazia", "Assunta", "Marina", "Angelo",
    "Sole", "Modesto", "Lieta", "Fausto", "Bianca", "Celeste", "Vera", "Mario",
)  # fmt: skip
_SURNAMES = (
    "Esposito", "Russo", "Greco", "Caputo", "Lo Bianco", "La Rosa", "De Luca", "Di Stefano", "Romano",
    "Ferrara", "Gallo", "Messina", "Marino", "Amato", "Coppola", "Cirillo", "Buonocore", "Iovine",
    "Parisi", "Mazza", "Lo Presti", "La Spina", "Li Volsi", "Di Maio", "De Rosa", "D'Avino", "Scognamiglio",
    "Improta", "Cuomo", "Giordano", "Sciortino", "Randazzo", "Lombardi", "Pappalardo", "Catalano",
    "Carbone", "Leone", "Lupo", "Fiore", "Bellomo", "Sorrentino", "Ferraro", "Mele", "Pace",
    "Serra", "Melis", "Deiana", "Pinna", "Zanella", "Bortolin", "Brambilla", "Pozzi", "Toffolon",
    "Moretti", "Rizzo", "Testa", "Costa", "Bruno", "Conte", "Villa",
)  # fmt: skip
# People of other origins living in Italy, first + surname written whole (hand-written)
_OTHER_ORIGINS = (
    "Ionela Vasilescu", "Gheorghe Popa", "Arjola Hoxha", "Klodian Shehu", "Mohamed El Idrissi",
    "Khadija Bennani", "Rajinder Singh", "Harpreet Kaur", "Xiaoming Hu", "Jiayi Zheng",
    "Mamadou Diallo", "Awa Ndiaye", "Olena Kravchuk", "Nadiya Melnyk", "Rhea Dimaculangan",
    "Jomar Santos", "Ahmed Abdelrahman", "Samira Ouali", "Chukwuma Obi", "Blessing Okoro",
    "Nirmala Fernando", "Kasun Perera", "Md Rahman", "Nusrat Jahan", "Luis Quispe", "Rosa Mamani",
)  # fmt: skip
_PARTICLED = (
    "Salvatore Lo Bianco", "Carmela La Rosa", "Ciro De Luca", "Agata Di Stefano", "Franco Lo Presti",
    "Rosaria La Spina", "Nino Li Volsi", "Gaetano Di Maio", "Assunta D'Avino", "Enzo Lo Cascio",
    "Marta La Torre", "Pino Di Girolamo", "Laura De Santis", "Rocco Dell'Aquila", "Lina D'Ambrosio",
)  # fmt: skip

# {n} first + surname, {f} given name, {s} surname, {l} surname in lower case, {w} a given name that is
# also a word, {o} someone of other origins, {p} a particled surname with its given name, {u} {n} in capitals
TEMPLATES = (
    # a word-name opening the message without auxiliary + participle
    "{w} il corriere ha lasciato il pacco in portineria",
    "{w} dice che il reso non è arrivato",
    "{w} sistema lei la fattura domani",
    "{w} ti richiama dopo pranzo",
    "{w}, puoi controllare l'ordine 4471?",
    "{w} e io abbiamo ordinato le stesse scarpe",
    "{w} voleva sapere se il buono vale ancora",
    "{w} non trova più lo scontrino",
    "{w} aspetta ancora il rimborso",
    "{w} paga alla consegna",
    # citofono / citofonare
    "~citofonare {l} 3 piano",
    "~citofono {l}",
    "~al citofono c'è scritto {l}",
    "Citofono {s}, secondo piano",
    "~citofonate a {l} se non c'è nessuno",
    # cue phrases
    "Ho parlato con {n} dell'assistenza",
    "Ho fatto il reso con {f} al banco",
    "Ritiro per conto di {n}",
    "Scrivo per conto di {n}, è in ospedale",
    "~scrivo per conto di {n}",
    "L'ordine è a nome di {n}",
    "Prenotazione a nome di {s}",
    "~a nome di {n}",
    "Chiedete di {f} in cassa",
    "Può chiedere di {n} all'accettazione",
    "~chiedere di {f} al banco resi",
    "Ho pagato tramite {n}, mio cognato",
    "Il bonifico arriva tramite {n}",
    "Un saluto da parte di {n}",
    "Da parte di {f}: il pacco è arrivato aperto",
    "Vi scrivo da parte di {n} per il cambio",
    "Sono passata con {f} ma il negozio era chiuso",
    # southern and particled surnames, other origins
    "Il sig. {p} ritira il pacco domani",
    "Mi chiamo {p}, ordine 55210",
    "Ordine intestato a {p}",
    "~sono {p} quella del reso",
    "Sono {o}, ho ordinato una lavatrice",
    "Il pacco è per {o}",
    "La mia vicina {o} ha ritirato il pacco",
    "Ho parlato con {o} al telefono",
    "Pagamento effettuato da {o}",
    "Consegnare a {o}, interno 7",
    "La signora {s} del secondo piano",
    "Il tecnico {s} non è venuto",
    # capitals
    "SONO {u}, IL PACCO NON È ARRIVATO",
    "INTESTATARIO {u}",
    "ORDINE A NOME DI {u}",
    "URGENTE: {u} ASPETTA IL RIMBORSO",
)

CLEAN = (
    "Il corriere ha lasciato il pacco in portineria",
    "Dice che il reso non è arrivato",
    "Sistema tu la fattura domani",
    "Ti richiamo dopo pranzo",
    "Rosa il colore, non fucsia",
    "Serena la giornata, finalmente il pacco è arrivato",
    "Chiara la spiegazione, grazie",
    "Felice di aver ricevuto il rimborso",
    "Vera pelle o similpelle?",
    "Bianca o nera la cover?",
    "Stella cadente sulla scatola, che carino",
    "~citofonare al portiere",
    "~citofono rotto, chiamatemi",
    "Citofono guasto, secondo piano",
    "Ho parlato con l'assistenza",
    "Ho fatto il reso con PayPal",
    "Ritiro per conto della ditta",
    "~scrivo per conto dell'azienda",
    "L'ordine è a nome della società",
    "~a nome dell'ufficio acquisti",
    "Chiedete del responsabile in cassa",
    "Può chiedere della pratica all'accettazione",
    "Ho pagato tramite bonifico",
    "Il pagamento arriva tramite Satispay",
    "Un saluto da parte del negozio",
    "Da parte dell'ufficio resi: il pacco è arrivato aperto",
    "Vi scrivo da parte dell'amministrazione",
    "Ordine intestato alla ditta",
    "Il pacco è per l'ufficio",
    "Pagamento effettuato da app",
    "Consegnare al magazzino, interno 7",
    "IL PACCO NON È ARRIVATO",
    "URGENTE: ASPETTO IL RIMBORSO",
    "ORDINE A NOME DELLA DITTA",
    "Costa troppo la spedizione",
    "Leone di peluche esaurito?",
    "Serra da balcone arrivata rotta",
    "Conte di credito? Non capisco",
)

_SLOT = re.compile(r"\{(n|f|s|l|w|o|p|u)\}")


def name_messages() -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """Every template filled `REPEATS` times from a seeded draw, with the gold name spans."""
    rng = random.Random(f"{SEED}-it")

    def value(kind: str) -> str:
        f, s = rng.choice(_FIRST), rng.choice(_SURNAMES)
        return {
            "n": lambda: f"{f} {s}",
            "f": lambda: f,
            "s": lambda: s,
            "l": lambda: s.lower(),
            "w": lambda: rng.choice(_WORD_FIRST),
            "o": lambda: rng.choice(_OTHER_ORIGINS),
            "p": lambda: rng.choice(_PARTICLED),
            "u": lambda: f"{f} {s}".upper(),
        }[kind]()

    yield from fill(TEMPLATES, REPEATS, _SLOT, value)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(), CLEAN)


def main() -> None:
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
