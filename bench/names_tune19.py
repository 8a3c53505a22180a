"""`python -m bench.names_tune19`: a recall tuning set of the name rules, Italian and French.

Written for a recall round of the name rules in it and fr, before any of its changes, without
reading the held-out name sets or their misses, in shapes no earlier tuning set has: a name as the
subject of an action verb with no cue ("… passa a ritirare il pacco", "… viendra chercher le
colis"), a possessive of an order or a parcel ("l'ordine di …", "la commande de …"), a run of
names with a shared verb ("…, … e … hanno già pagato"), a name after a verb of passing on or
asking and after "insieme a"/"avec" ("giralo a …", "passe-le à …", "chiedi a …", "demande à …"),
a vocative opening or closing a message ("…, ci sei?", "merci …"), a surname alone after an
abbreviated title ("il dott. …", "la sig.ra …", "l'avv. …", "Me …", "le Dr …", "Mme …"), a
delivery label in capitals ("CONSEGNARE A …", "LIVRAISON POUR …"), a name beside emoji and an
@, a forwarded or quoted line ("[Inoltrato] …: …", "> De : …"), and a delivery note leaving the
parcel with someone ("lasciare a …", "laisser chez …").

Names are hand-written for this set from general knowledge of the people who live in Italy and
France, not drawn from Veil's lists: Romanian, Albanian, Ukrainian, Moroccan, Algerian,
Senegalese, Chinese, Filipino, Bangladeshi, Peruvian, Vietnamese and Portuguese communities,
regional names (Sardinian, Friulian, South Tyrolean, Breton, Corsican, Alsatian), and surnames
with particles ("Dell'Acqua", "De Santis", "Le Goff", "d'Almeida").

The no-PII messages hold the same shapes and registers with no one in them: roles, shops,
offices, days and products after the same verbs, prepositions and titles.

A template that starts with `~` is typed all in lower case. It prints names protected and no-PII
messages unchanged with the rules only (the stock fr spaCy pipeline, no Italian model), and with
`--show N` up to N misses and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("it", "fr")
SEED = 20261219
REPEATS = 5  # each template filled with this many names

_FIRST = {
    "it": (
        "Bachisio", "Giommaria", "Nicolina", "Gonario", "Pieri", "Lucia", "Notburga", "Lukas",
        "Ardian", "Blerina", "Dritan", "Florin", "Ionela", "Olena", "Taras", "Youssef", "Khadija",
        "Mamadou", "Aminata", "Xiaoling", "Jomar", "Maricel", "Rakibul", "Nasrin", "Wilfredo",
        "Milagros", "Quang", "Joaquim", "Ornella", "Gianpiero",
    ),
    "fr": (
        "Maël", "Nolwenn", "Gwenaëlle", "Erwan", "Ghjuvan", "Orsu", "Odile", "Théobald", "Yassine",
        "Meriem", "Lakhdar", "Nassima", "Ousmane", "Awa", "Mariama", "Conceição", "Thuy", "Quang",
        "Xiaomei", "Ionuț", "Oksana", "Aurélien", "Clémence", "Rosalie", "Jean-Baptiste", "Soizic",
        "Houria", "Bilel", "Ndeye", "Sokhna",
    ),
}  # fmt: skip
_SURNAMES = {
    "it": (
        "Pisanu", "Porcu", "Mereu", "Fadda", "Zanier", "Tomat", "Pichler", "Oberhofer",
        "Dumitrescu", "Hoxha", "Shehu", "Bondarenko", "Melnyk", "El Amrani", "Benali", "Diop",
        "Ndiaye", "Zhou", "Reyes", "Hossain", "Uddin", "Huamán", "Nguyen", "Esposito",
        "Pellegrini", "Cattaneo", "Brambilla", "Iacovelli", "Santoro", "Marchetti",
    ),
    "fr": (
        "Le Bihan", "Kerjean", "Tanguy", "Quéméner", "Santoni", "Filippi", "Schaeffer",
        "Ehrhart", "Benyoucef", "Bouzid", "Cissé", "Diallo", "Sow", "Tran", "Pereira", "Ferreira",
        "Popa", "Kovalenko", "Chen", "Lemaire", "Rousseau", "Girard", "Marchand", "Chevalier",
        "Barbier", "Morvan", "Guillou", "Haddad", "Amrani", "Bertrand",
    ),
}  # fmt: skip
# A given name and a surname with a particle or an apostrophe.
_PARTICLE = {
    "it": (
        "Marta Dell'Acqua", "Fabrizio De Santis", "Rosalba Lo Russo", "Tiziano Di Pietro",
        "Serena D'Alessandro", "Ivano Dalla Costa", "Graziella De Rosa", "Corrado La Torre",
        "Agnese Dal Molin", "Ettore Degli Esposti", "Manuela Del Vecchio", "Sabrina De Luca",
    ),
    "fr": (
        "Yann Le Goff", "Rui d'Almeida", "Sandrine de Oliveira", "Gaëlle Le Floch",
        "Paulo Dos Santos", "Inès Da Costa", "Karim Ben Ammar", "Rania El Khoury",
        "Tristan Le Gall", "Aurore de la Haye", "Mathis Du Plessis", "Catarina da Silva",
    ),
}  # fmt: skip
# A surname with a particle, alone (after a title).
_PARTICLE_SURNAME = {
    "it": (
        "Dell'Acqua", "De Santis", "Lo Russo", "Di Pietro", "D'Alessandro", "Dalla Costa",
        "De Rosa", "La Torre", "Dal Molin", "Degli Esposti", "Del Vecchio", "De Luca",
    ),
    "fr": (
        "Le Goff", "d'Almeida", "de Oliveira", "Le Floch", "Dos Santos", "Da Costa",
        "Ben Ammar", "El Khoury", "Le Gall", "de la Haye", "Du Plessis", "da Silva",
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {u} full name in capitals, {p} a full name with a
# particle, {q} a particle surname alone
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "it": (
        "{f} passa a ritirare il pacco domani mattina",
        "{n} ha già pagato con bonifico ieri sera",
        "L'ordine di {n} è fermo da una settimana",
        "Il reso di {f} è arrivato? Manca ancora il rimborso",
        "{f}, {f} e {f} hanno già pagato, manca solo {f}",
        "Giralo a {f} per favore, lei ha il codice",
        "Chiedi a {f} se la taglia va bene",
        "Sono passata in negozio insieme a {n}",
        "{f}, ci sei? Il corriere è sotto",
        "Ok grazie mille {f}!",
        "Il dott. {s} ha firmato la ricevuta",
        "La sig.ra {s} chiede se potete richiamarla",
        "L'avv. {q} aspetta la fattura",
        "CONSEGNARE A {u} - SCALA B",
        "@{f} 🙏 mi giri il numero d'ordine?",
        "🎁 per {f} 🎉 consegnare entro sabato",
        "[Inoltrato] {n}: ho pagato ma non vedo la conferma",
        "> Da: {p}\n> Oggetto: reso",
        "Nota consegna: se non ci sono lasciare a {n} al piano terra",
        "Il pacco lo prende {p}, è mia cognata",
        "~chiedi a {f} se domani è aperto",
        "~il pacco di {f} non è arrivato",
        "Ho parlato con {p} del vostro ufficio resi",
        "Mi ha detto {f}: «va bene, lo cambiamo»",
    ),
    "fr": (
        "{f} viendra chercher le colis samedi",
        "{n} a déjà payé par virement hier soir",
        "La commande de {n} est bloquée depuis une semaine",
        "Le retour de {f} est arrivé ? Toujours pas de remboursement",
        "{f}, {f} et {f} ont déjà payé, il manque juste {f}",
        "Passe-le à {f} stp, elle a le code",
        "Demande à {f} si la taille lui va",
        "Je suis passée au magasin avec {n}",
        "{f}, t'es là ? Le livreur est en bas",
        "Ok merci beaucoup {f} !",
        "Le Dr {s} a signé le bon de livraison",
        "Mme {s} demande si vous pouvez la rappeler",
        "Me {q} attend la facture",
        "LIVRAISON POUR {u} - BAT B",
        "@{f} 🙏 tu me files le numéro de commande ?",
        "🎁 pour {f} 🎉 à livrer avant samedi",
        "[Transféré] {n} : j'ai payé mais pas de confirmation",
        "> De : {p}\n> Objet : retour",
        "Note livraison : si absent laisser chez {n} au rez-de-chaussée",
        "C'est {p} qui récupère le colis, ma belle-sœur",
        "~demande à {f} si c'est ouvert demain",
        "~le colis de {f} n'est pas arrivé",
        "J'ai eu {p} de votre service retours",
        "{f} m'a dit : « pas de souci, on l'échange »",
    ),
}

CLEAN = {
    "it": (
        "Il corriere passa a ritirare il pacco domani mattina",
        "L'ufficio ha già pagato con bonifico ieri sera",
        "L'ordine di martedì è fermo da una settimana",
        "Il reso della giacca è arrivato? Manca ancora il rimborso",
        "Giacca, sciarpa e guanti li ho già pagati, manca solo il cappello",
        "Giralo al magazzino per favore, loro hanno il codice",
        "Chiedi al negozio se la taglia va bene",
        "Sono passata in negozio insieme a mia sorella",
        "Ci siete? Il corriere è sotto",
        "Ok grazie mille!",
        "Il dottore ha firmato la ricevuta",
        "La signora del piano di sopra chiede se potete richiamarla",
        "L'avvocato aspetta la fattura",
        "CONSEGNARE IN PORTINERIA - SCALA B",
        "@assistenza 🙏 mi girate il numero d'ordine?",
        "🎁 pacco regalo 🎉 consegnare entro sabato",
        "[Inoltrato] Servizio clienti: abbiamo ricevuto il pagamento",
        "> Da: Ufficio resi\n> Oggetto: reso",
        "Nota consegna: se non ci sono lasciare al bar al piano terra",
        "Il pacco lo prende mia cognata",
        "~chiedi se domani è aperto",
        "~il pacco di ieri non è arrivato",
        "Ho parlato con il vostro ufficio resi",
        "Mi hanno detto: «va bene, lo cambiamo»",
        "Passa a ritirare quando vuoi, siamo aperti fino alle 19",
        "L'ordine del Black Friday non è ancora partito",
        "CONSEGNA AL PIANO - CITOFONO ROTTO",
        "Grazie della pazienza 🙏",
    ),
    "fr": (
        "Le livreur viendra chercher le colis samedi",
        "Le bureau a déjà payé par virement hier soir",
        "La commande de mardi est bloquée depuis une semaine",
        "Le retour de la veste est arrivé ? Toujours pas de remboursement",
        "Veste, écharpe et gants sont payés, il manque juste le bonnet",
        "Passe-le au dépôt stp, ils ont le code",
        "Demande au magasin si la taille va",
        "Je suis passée au magasin avec ma sœur",
        "Vous êtes là ? Le livreur est en bas",
        "Ok merci beaucoup !",
        "Le médecin a signé le bon de livraison",
        "La dame du dessus demande si vous pouvez la rappeler",
        "L'avocat attend la facture",
        "LIVRAISON POUR LE BUREAU - BAT B",
        "@sav 🙏 vous me filez le numéro de commande ?",
        "🎁 paquet cadeau 🎉 à livrer avant samedi",
        "[Transféré] Service client : nous avons reçu le paiement",
        "> De : Service retours\n> Objet : retour",
        "Note livraison : si absent laisser chez le gardien au rez-de-chaussée",
        "C'est ma belle-sœur qui récupère le colis",
        "~demande si c'est ouvert demain",
        "~le colis d'hier n'est pas arrivé",
        "J'ai eu votre service retours",
        "On m'a dit : « pas de souci, on l'échange »",
        "Passez quand vous voulez, on est ouverts jusqu'à 19h",
        "La commande du Black Friday n'est toujours pas partie",
        "LIVRAISON À L'ÉTAGE - INTERPHONE EN PANNE",
        "Merci pour votre patience 🙏",
    ),
}

_POOLS = {"p": _PARTICLE, "q": _PARTICLE_SURNAME}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools: dict[str, Sequence[str]] = {"first": _FIRST[language], "surnames": _SURNAMES[language]}
    pools.update({slot: pool[language] for slot, pool in _POOLS.items()})
    yield from chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.print_unknown_share(LANGS, _FIRST, _SURNAMES)
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
