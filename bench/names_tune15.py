"""`python -m bench.names_tune15`: a thirteenth tuning set of the name rules, pt, de, fr, it.

Written for a recall round of the name rules in pt, de, fr and it, before any of its changes,
without reading the held-out name sets or their misses, in shapes no earlier tuning set has:
booking a slot for someone ("Marcação para", "Termin für", "Rendez-vous pour", "Appuntamento
per"), the shop assistant who served the customer ("fui atendida pela", "ich wurde von … beraten",
"j'ai été servie par", "mi ha servito"), the name on the door bell, a carrier's notice that a
neighbour took the parcel, someone authorised to collect it, a parent writing for a child, a
possessive ("o casaco da", German genitive "Leas Jacke", "la veste de", "la giacca di"), a
family ("Familie Kern"), a name to engrave, who a transfer comes from, a relative with the name
in brackets, "is called", kisses as a sign-off, "{name} here" with an emoji, a reply to the
assistant, a name with a customer number or a phone number, who signed, a birthday, two names
joined, a teacher, and the text of a gift card. The no-PII messages share the shapes with no one
in them.

Every name is hand-written for this set from general knowledge, not drawn from a list. A template
that starts with `~` is typed all in lower case. It prints names protected and no-PII messages
unchanged with the rules only (the stock en spaCy pipeline), and with `--show N` up to N misses
and false positives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example, fill

LANGS = ("pt", "de", "fr", "it")
SEED = 20261215
REPEATS = 6  # each template filled with this many names

# Per language: given names and surnames, hand-written for this set.
_FIRST = {
    "pt": (
        "Iara", "Benedita", "Custódio", "Rosalina", "Amândio", "Leopoldina", "Valdemar", "Olívia",
        "Teodoro", "Clarisse", "Jacinto", "Madalena", "Alcides", "Guida", "Severino", "Deolinda",
        "Anselmo", "Irene", "Crispim", "Filomena", "Gaspar", "Aurora", "Baltazar", "Noémia",
        "Ricardina", "Júlio", "Efigénia", "Tomé",
    ),
    "de": (
        "Hedwig", "Ottmar", "Liesel", "Winfried", "Gundula", "Ansgar", "Ilse", "Reinhold",
        "Waltraud", "Detlef", "Helga", "Kuno", "Roswitha", "Eckhard", "Almut", "Gernot", "Traudl",
        "Lothar", "Elke", "Hartmut", "Mechthild", "Benedikt", "Isolde", "Wendelin", "Lea",
        "Jonas", "Mila", "Theo",
    ),
    "fr": (
        "Ghislaine", "Honoré", "Josiane", "Anatole", "Blandine", "Eugène", "Odile", "Gustave",
        "Sidonie", "Achille", "Bernadette", "Fulbert", "Mireille", "Octave", "Rolande", "Séverin",
        "Ginette", "Aristide", "Huguette", "Prosper", "Lorette", "Baptiste", "Eulalie", "Firmin",
        "Colette", "Jules", "Inès", "Léon",
    ),
    "it": (
        "Ottavio", "Rosalba", "Ermanno", "Letizia", "Gualtiero", "Assunta", "Ruggero", "Ornella",
        "Tancredi", "Graziella", "Ippolito", "Concetta", "Ubaldo", "Nunzia", "Settimio", "Carmela",
        "Lapo", "Ilaria", "Corrado", "Benedetta", "Amedeo", "Loredana", "Rocco", "Tiziana",
        "Gianmarco", "Viola", "Edoardo", "Noemi",
    ),
}  # fmt: skip
_SURNAMES = {
    "pt": (
        "Calado", "Rebelo", "Valente", "Salgueiro", "Pestana", "Sequeira", "Barreto", "Monteiro",
        "Falcão", "Garcês", "Cordeiro", "Esteves", "Frazão", "Lacerda", "Macedo", "Patrício",
        "Quaresma", "Rosado", "Saraiva", "Toscano", "Varela", "Xavier", "Zagalo", "Bragança",
    ),
    "de": (
        "Kern", "Ebert", "Fuchs", "Göbel", "Hahn", "Illner", "Jäger", "Kessler", "Lorenz",
        "Mertens", "Nolte", "Oberle", "Pfeiffer", "Quast", "Rupp", "Stahl", "Thiele", "Ulbrich",
        "Vogt", "Wirth", "Ziegler", "Bachmann", "Dreher", "Eggers",
    ),
    "fr": (
        "Allard", "Besson", "Charpentier", "Deschamps", "Étienne", "Fleury", "Guérin", "Hamon",
        "Jourdan", "Lebreton", "Maillard", "Noël", "Ollivier", "Pichon", "Renaud", "Salmon",
        "Tanguy", "Vallet", "Baudry", "Cordier", "Delorme", "Gilles", "Marchal", "Royer",
    ),
    "it": (
        "Bellandi", "Cattaneo", "Donati", "Ferrante", "Galli", "Landi", "Mancuso", "Negri",
        "Orlando", "Palumbo", "Quaranta", "Rinaldi", "Sartori", "Testa", "Valentini", "Zanetti",
        "Bernardi", "Caruso", "D'Amico", "Fabbri", "Giordano", "Lombardo", "Monti", "Serra",
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "pt": (
        "Marcação para {n} às 15h, corte e barba",
        "Fui atendida pela {f} e ela foi impecável",
        "Toquem à campainha do {s}, 2º direito",
        "A sua encomenda foi entregue a {n} (vizinho)",
        "Levantamento por {n}, leva o meu cartão de cidadão",
        "Sou a mãe do {f}, ele encomendou uma bola",
        "O casaco da {f} veio com defeito",
        "Encomenda da família {s}, já saiu?",
        "Gravar o nome {f} na caneca, por favor",
        "A transferência vem de {n}",
        "A minha filha ({f}) vai buscar amanhã",
        "O estafeta chama-se {f}, foi simpático",
        "Beijinhos\n{f}",
        "{f} aqui 👋 já chegou?",
        "Combinado {f}, até amanhã",
        "Autorizo {n} a levantar a encomenda",
        "{n} (cliente nº 44718)",
        "Contacto: {n} 912 345 678",
        "Quem assinou foi a {f}",
        "Obrigada pela ajuda {f} ❤️",
        "É para os anos da {f}, dá para embrulhar?",
        "A {f} e o {f} vêm à prova do vestido",
        "~atendeu-me a {f} ontem e disse que chegava hoje",
        "É para a professora {f}, fim do ano letivo",
        "Cartão: Parabéns {f}! Beijinhos da avó",
    ),
    "de": (
        "Termin für {n} um 15 Uhr, Haarschnitt",
        "Ich wurde von {f} beraten, sehr nett",
        "Am Klingelschild steht {s}, 2. Stock",
        "Ihr Paket wurde bei {n} (Nachbar) abgegeben",
        "Abholung durch {n}, sie hat meinen Ausweis",
        "Ich bin die Mutter von {f}, er hat einen Ball bestellt",
        "{f}s Jacke hat einen Fehler",
        "Bestellung der Familie {s}, ist sie raus?",
        "Bitte {f} auf die Tasse gravieren",
        "Die Überweisung kommt von {n}",
        "Meine Tochter ({f}) holt es morgen ab",
        "Der Fahrer heißt {f}, war sehr freundlich",
        "Bussi\n{f}",
        "{f} hier 👋 schon da?",
        "Alles klar {f}, bis morgen",
        "Ich bevollmächtige {n}, das Paket abzuholen",
        "{n} (Kundennr. 44718)",
        "Kontakt: {n} 0171 2345678",
        "Unterschrieben hat {f}",
        "Danke für die Hilfe {f} ❤️",
        "Ist für den Geburtstag von {f}, können Sie es einpacken?",
        "{f} und {f} kommen zur Anprobe",
        "~mich hat gestern {f} bedient, sie meinte heute",
        "Das ist für die Lehrerin {f}, zum Schuljahresende",
        "Karte: Alles Gute {f}! Deine Oma",
    ),
    "fr": (
        "Rendez-vous pour {n} à 15h, coupe et barbe",
        "J'ai été servie par {f}, très pro",
        "Sur l'interphone c'est marqué {s}, 2e étage",
        "Votre colis a été remis à {n} (voisin)",
        "Retrait par {n}, il a ma pièce d'identité",
        "Je suis la maman de {f}, il a commandé un ballon",
        "La veste de {f} a un défaut",
        "Commande de la famille {s}, elle est partie ?",
        "Graver le prénom {f} sur la tasse svp",
        "Le virement vient de {n}",
        "Ma fille ({f}) passera le chercher demain",
        "Le livreur s'appelle {f}, très sympa",
        "Bises\n{f}",
        "{f} ici 👋 c'est arrivé ?",
        "Très bien {f}, à demain",
        "J'autorise {n} à retirer mon colis",
        "{n} (client n° 44718)",
        "Contact : {n} 06 12 34 56 78",
        "C'est {f} qui a signé",
        "Merci pour l'aide {f} ❤️",
        "C'est pour l'anniversaire de {f}, vous faites les paquets cadeaux ?",
        "{f} et {f} viennent pour l'essayage",
        "~c'est {f} qui m'a servi hier, elle a dit aujourd'hui",
        "C'est pour la maîtresse, {f}, pour la fin de l'année",
        "Carte : Joyeux anniversaire {f} ! Mamie",
    ),
    "it": (
        "Appuntamento per {n} alle 15, taglio e barba",
        "Mi ha servito {f}, gentilissima",
        "Sul campanello c'è scritto {s}, secondo piano",
        "Il suo pacco è stato consegnato a {n} (vicino)",
        "Ritira {n}, ha la mia delega",
        "Sono il papà di {f}, ha ordinato un pallone",
        "La giacca di {f} ha un difetto",
        "Ordine della famiglia {s}, è partito?",
        "Incidere il nome {f} sulla tazza, grazie",
        "Il bonifico arriva da {n}",
        "Mia figlia ({f}) passa a ritirarlo domani",
        "Il corriere si chiama {f}, simpaticissimo",
        "Baci\n{f}",
        "{f} qui 👋 è arrivato?",
        "Va bene {f}, a domani",
        "Delego {n} al ritiro del pacco",
        "{n} (cliente n. 44718)",
        "Contatto: {n} 333 1234567",
        "Ha firmato {f}",
        "Grazie dell'aiuto {f} ❤️",
        "È per il compleanno di {f}, fate pacchetti regalo?",
        "{f} e {f} vengono per la prova",
        "~ieri mi ha servito {f} e ha detto che arrivava oggi",
        "È per la maestra {f}, per fine anno",
        "Biglietto: Tanti auguri {f}! Nonna",
    ),
}

CLEAN = {
    "pt": (
        "Marcação para as 15h, corte e barba",
        "Fui atendida pela funcionária da caixa e ela foi impecável",
        "Toquem à campainha do rés-do-chão",
        "A sua encomenda foi entregue no cacifo",
        "Levantamento na loja, levo o cartão de cidadão",
        "Sou a mãe do aluno, ele encomendou uma bola",
        "O casaco da montra veio com defeito",
        "Encomenda da escola, já saiu?",
        "Gravar as iniciais na caneca, por favor",
        "A transferência vem da conta da empresa",
        "A minha filha vai buscar amanhã",
        "O estafeta foi simpático",
        "Beijinhos\nObrigada",
        "Olá 👋 já chegou?",
        "Combinado, até amanhã",
        "Autorizo o meu vizinho a levantar a encomenda",
        "Cliente nº 44718",
        "Quem assinou foi a porteira",
        "Obrigada pela ajuda ❤️",
        "É para os anos da minha sogra, dá para embrulhar?",
        "Vimos as duas à prova do vestido",
        "~atendeu-me a senhora da caixa ontem e disse que chegava hoje",
        "É para a professora, fim do ano letivo",
        "Cartão: Parabéns! Beijinhos da avó",
        "Pode ser em tamanho M em vez de L?",
        "Ainda têm o modelo Lisboa em azul?",
        "A caixa Primavera chega antes de sábado?",
        "Paguei por referência Multibanco",
        "Entreguem na portaria, por favor",
        "A caneca Benfica ainda está disponível?",
    ),
    "de": (
        "Termin um 15 Uhr, Haarschnitt",
        "Ich wurde an der Kasse beraten, sehr nett",
        "Am Klingelschild steht nichts, 2. Stock",
        "Ihr Paket wurde in der Packstation abgelegt",
        "Abholung in der Filiale, ich bringe meinen Ausweis",
        "Ich bin die Mutter, mein Sohn hat einen Ball bestellt",
        "Die Jacke aus dem Schaufenster hat einen Fehler",
        "Bestellung der Kita, ist sie raus?",
        "Bitte die Initialen auf die Tasse gravieren",
        "Die Überweisung kommt vom Firmenkonto",
        "Meine Tochter holt es morgen ab",
        "Der Fahrer war sehr freundlich",
        "Bussi\nDanke",
        "Hallo 👋 schon da?",
        "Alles klar, bis morgen",
        "Ich bevollmächtige meinen Nachbarn, das Paket abzuholen",
        "Kundennr. 44718",
        "Unterschrieben hat der Hausmeister",
        "Danke für die Hilfe ❤️",
        "Ist für den Geburtstag meiner Schwiegermutter, können Sie es einpacken?",
        "Wir kommen zu zweit zur Anprobe",
        "~mich hat gestern die kassiererin bedient, sie meinte heute",
        "Das ist für die Lehrerin, zum Schuljahresende",
        "Karte: Alles Gute! Deine Oma",
        "Gibt es die Jacke auch in M statt L?",
        "Haben Sie das Modell Berlin noch in Blau?",
        "Kommt die Frühlingsbox vor Samstag?",
        "Ich habe per Sofortüberweisung bezahlt",
        "Bitte beim Pförtner abgeben",
        "Ist die Tasse Edelweiß noch lieferbar?",
    ),
    "fr": (
        "Rendez-vous à 15h, coupe et barbe",
        "J'ai été servie par la caissière, très pro",
        "Sur l'interphone il n'y a rien, 2e étage",
        "Votre colis a été remis en point relais",
        "Retrait en magasin, j'apporte ma pièce d'identité",
        "Je suis la maman, mon fils a commandé un ballon",
        "La veste de la vitrine a un défaut",
        "Commande de l'école, elle est partie ?",
        "Graver les initiales sur la tasse svp",
        "Le virement vient du compte de la société",
        "Ma fille passera le chercher demain",
        "Le livreur était très sympa",
        "Bises\nMerci",
        "Coucou 👋 c'est arrivé ?",
        "Très bien, à demain",
        "J'autorise mon voisin à retirer mon colis",
        "Client n° 44718",
        "C'est le gardien qui a signé",
        "Merci pour l'aide ❤️",
        "C'est pour l'anniversaire de ma belle-mère, vous faites les paquets cadeaux ?",
        "On vient à deux pour l'essayage",
        "~c'est la vendeuse qui m'a servi hier, elle a dit aujourd'hui",
        "C'est pour la maîtresse, pour la fin de l'année",
        "Carte : Joyeux anniversaire ! Mamie",
        "Vous l'avez en M au lieu de L ?",
        "Vous avez encore le modèle Paris en bleu ?",
        "La box Printemps arrive avant samedi ?",
        "J'ai payé par carte bleue",
        "Déposez-le chez le gardien svp",
        "La tasse Provence est encore dispo ?",
    ),
    "it": (
        "Appuntamento alle 15, taglio e barba",
        "Mi ha servito la ragazza alla cassa, gentilissima",
        "Sul campanello non c'è scritto niente, secondo piano",
        "Il suo pacco è stato consegnato al punto di ritiro",
        "Ritiro in negozio, porto la carta d'identità",
        "Sono il papà, mio figlio ha ordinato un pallone",
        "La giacca della vetrina ha un difetto",
        "Ordine della scuola, è partito?",
        "Incidere le iniziali sulla tazza, grazie",
        "Il bonifico arriva dal conto aziendale",
        "Mia figlia passa a ritirarlo domani",
        "Il corriere è stato simpaticissimo",
        "Baci\nGrazie",
        "Ciao 👋 è arrivato?",
        "Va bene, a domani",
        "Delego il mio vicino al ritiro del pacco",
        "Cliente n. 44718",
        "Ha firmato il portiere",
        "Grazie dell'aiuto ❤️",
        "È per il compleanno di mia suocera, fate pacchetti regalo?",
        "Veniamo in due per la prova",
        "~ieri mi ha servito la commessa e ha detto che arrivava oggi",
        "È per la maestra, per fine anno",
        "Biglietto: Tanti auguri! Nonna",
        "Ce l'avete in M invece che L?",
        "Avete ancora il modello Milano in blu?",
        "La box Primavera arriva prima di sabato?",
        "Ho pagato con Satispay",
        "Lasciatelo in portineria, grazie",
        "La tazza Vesuvio è ancora disponibile?",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    rng = random.Random(f"{SEED}-{language}")

    def value(kind: str) -> str:
        f, s = rng.choice(_FIRST[language]), rng.choice(_SURNAMES[language])
        return {"n": f"{f} {s}", "f": f, "s": s}[kind]

    yield from fill(TEMPLATES[language], REPEATS, _SLOT, value)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def unlisted_share(language: str) -> float:
    """Share of this set's given names the gazetteer lacks: the set must test the cue rules, not
    only the list, so a low share would flatter the rules."""
    from pathlib import Path

    listed: set[str] = set()
    for path in Path("recognizers/data").glob("given_names*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            listed.update(w.lower() for w in line.split("\t")[:1])
    names = _FIRST[language]
    return sum(n.lower() not in listed for n in names) / len(names)


def main() -> None:
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
