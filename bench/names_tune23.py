"""`python -m bench.names_tune23`: Italian and French names in order forms, gift cards, replies and reviews.

Written for a round on the shapes of Italian and French commerce chat that earlier rounds left:
order and booking forms ("Nome: … / Cognome: …", "Nom et prénom : …"), gift cards ("Per: …",
"Da parte di: …", "Pour : …", "De la part de …"), voice notes transcribed without capitals or
punctuation, a reply quoting the shop's question, names in parentheses or quotes, after a colon, a
dash or an emoji, "c/o …", "presso …", "à l'attention de …", a name followed by its role ("…,
l'idraulico", "… (ma voisine)"), a name between an order number and a complaint, reviews naming
staff ("grazie a … alla cassa", "merci à … en caisse"), lists by commas, "e"/"et" and slashes,
initials ("G. Ferraro") and short forms ("Gigi", "Dédé"). Written from the writer's own knowledge of
how customers write to Italian and French shops, before any rule was changed for it, without
reading a held-out file or the shipped name lists (`main()` prints how many of the given names
`given_names*.tsv` lacks).

Given names and surnames are hand-typed from many origins: in it Sardinian, Friulian, South
Tyrolean, Sicilian, Albanian, Romanian, Egyptian, Senegalese, Chinese-Italian and Peruvian, given
names without accents ("Nicolo"); in fr Breton, Corsican, Alsatian, Armenian, Haitian, Maghrebi,
Vietnamese and Portuguese-French, given names without accents ("Helene").

The no-PII messages (44 in it, 43 in fr) put the same cue words before a capitalised non-person:
goods ("Articolo: Lampada Arco", "Commande 88214 - Canapé Convertible - un pied cassé"), a shop, a
carrier or an app ("merci à La Poste", "ho chiamato Fastweb"), a department ("à l'attention du
Service Retours"), an occasion ("Per: Festa della Mamma").

It prints names protected and no-PII messages unchanged with the rules only (the stock en spaCy
pipeline), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("it", "fr")
SEED = 20261223
REPEATS = 5  # each template filled with this many draws

_FIRST = {
    "it": (
        "Marco", "Ornella", "Salvatore", "Concetta", "Nicolo", "Tiziana", "Rocco", "Graziella",
        "Efisio", "Bonaria", "Pieri", "Fiorella", "Florian", "Veronika", "Calogero", "Rosalia",
        "Besnik", "Elona", "Mirela", "Ionut", "Mahmoud", "Amira", "Moussa", "Fatou",
        "Xiaoling", "Wei", "Yesenia", "Jorge",
    ),
    "fr": (
        "Gaëlle", "Yannick", "Helene", "Loïc", "Maëlys", "Anne-Sophie", "Jean-Baptiste", "Corentin",
        "Soizic", "Ghjuvan", "Orsu", "Aram", "Anahid", "Wideline", "Jean-Rony", "Karim",
        "Samira", "Thanh", "Linh", "Joaquim", "Mireille", "Francis", "Odile", "Rachid",
        "Liesel", "Frédo",
    ),
}  # fmt: skip
_SURNAMES = {
    "it": (
        "Ferraro", "Carta", "Cossu", "Melis", "Zanutta", "Tonon", "Pittino", "Gruber",
        "Oberhofer", "Pichler", "Lo Cascio", "Scuderi", "Prifti", "Hoxha", "Popescu", "Dumitrescu",
        "Abdelrahman", "El Sayed", "Ndiaye", "Diop", "Hu", "Zhou", "Quispe", "Huamán",
        "De Luca", "Bernardi", "Spanò",
    ),
    "fr": (
        "Le Goff", "Kerjean", "Le Bras", "Quéméner", "Santoni", "Albertini", "Pietri", "Schaeffer",
        "Heitz", "Haegel", "Kassabian", "Papazian", "Pierre-Louis", "Dorvil", "Benali", "Haddad",
        "Bouzid", "Nguyen", "Tran", "Pham", "Da Silva", "Ferreira", "Gonçalves", "Lefebvre",
        "Girard", "Moulin",
    ),
}  # fmt: skip
# short forms people go by
_SHORT = {
    "it": ("Gigi", "Pippo", "Toto", "Peppe", "Tonino", "Nenè", "Lele", "Betta"),
    "fr": ("Dédé", "Manu", "Jojo", "Fanfan", "Titi", "Doudou", "Mimi", "Nono"),
}  # fmt: skip
# an initial and a surname
_INITIAL = {
    "it": ("G. Ferraro", "M. Cossu", "A. Gruber", "R. Lo Cascio", "F. Ndiaye", "L. Zanutta", "S. Popescu"),
    "fr": ("G. Le Goff", "Y. Kerjean", "A. Kassabian", "K. Benali", "T. Nguyen", "J. Da Silva", "M. Heitz"),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {h} short form, {i} initial + surname
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "it": (
        "Nome: {f}\nCognome: {s}\nOrdine n. 44817",
        "Cognome e nome: {s} {f}",
        "Per: {n}\nTanti auguri di buon compleanno!",
        "Biglietto: Da parte di: {n}, con tanto affetto",
        "~ciao sono {n} volevo sapere se il mio ordine è partito",
        "~si allora il pacco lo deve dare a {n} la mia vicina va bene",
        "> Chi ritira il pacco?\n{n}",
        'Il destinatario è "{n}", non io',
        "Spedire c/o {n}, scala B",
        "Consegna presso {n}, secondo piano",
        "Ho chiamato {n}, l'idraulico, ma non risponde",
        "Ordine 55120 - {n} - il pacco è arrivato rotto",
        "grazie a {f} alla cassa, gentilissima",
        "Un saluto a {f} del reparto giardinaggio",
        "Invitati: {n}, {n} e {n}",
        "Ritira {f}/{f}, uno dei due",
        "Firmato: {i}",
        "📦 {n} ha ricevuto il pacco?",
        "Grazie mille\n— {n}",
        "Il regalo è per {h}, mio cugino",
        "{h} dice che la taglia è sbagliata",
        "~da parte di {n} tanti auguri",
        "All'attenzione di {n}, ufficio contabilità",
        "Destinatario: {i}, piano terra",
        "Recensione: bravissima {f} in negozio, grazie anche a {f}!",
    ),
    "fr": (
        "Nom : {s}\nPrénom : {f}\nCommande n° 88214",
        "Nom et prénom : {s} {f}",
        "Pour : {n}\nJoyeux anniversaire !",
        "De la part de {n}, avec toute mon affection",
        "~bonjour c'est {n} je voulais savoir si ma commande est partie",
        "~oui alors le colis il faut le laisser à {n} ma voisine",
        "> Qui récupère la commande ?\n{n}",
        "Le destinataire c'est « {n} », pas moi",
        "Livraison c/o {n}, bâtiment B",
        "À l'attention de {n}, service compta",
        "J'ai appelé {n}, le plombier, mais il ne répond pas",
        "{n} (ma voisine) peut signer pour moi",
        "Commande 90311 - {n} - le carton est arrivé abîmé",
        "merci à {f} en caisse, super gentil",
        "Un grand bravo à {f} du rayon bricolage",
        "Participants : {n}, {n} et {n}",
        "Retrait par {f}/{f}, l'un des deux",
        "Signé : {i}",
        "📦 {n} a bien reçu le colis ?",
        "Merci beaucoup\n— {n}",
        "Le cadeau est pour {h}, mon cousin",
        "{h} dit que la taille est trop petite",
        "~de la part de {n} bon anniversaire",
        "Destinataire : {i}, 2e étage",
        "Avis : {f} au magasin était top, merci aussi à {f} !",
    ),
}

CLEAN = {
    "it": (
        "Nome prodotto: Crema Viso Idratante",
        "Articolo: Lampada Arco, colore ottone",
        "Per: Festa della Mamma, confezione regalo",
        "Da parte di: Ufficio Acquisti",
        "grazie a Poste Italiane è arrivato tutto rotto 😡",
        "ho chiamato Fastweb ma non risponde nessuno",
        "Ordine 44817 - Divano Letto - arrivato con una gamba rotta",
        "Ordine 55120 - Moka Express - manca la guarnizione",
        "Il regalo è per Natale, potete incartarlo?",
        "> Quale modello desidera?\nCaffettiera Bialetti da 6",
        'Modello: "Tavolo Allungabile", colore noce',
        "il profumo (Acqua di Parma) è finito?",
        "📦 Tostapane Smeg arrivato, grazie",
        "Grazie mille\n— Ufficio Tecnico",
        "consegna c/o Magazzino Centrale",
        "ritiro presso Punto Ritiro Esselunga",
        "All'attenzione di Ufficio Resi",
        "Ho preso Pasta Garofalo alla cassa 3",
        "grazie a Reparto Elettronica per la pazienza",
        "la taglia di Giacca Invernale non va bene",
        "ritira Bartolini / SDA, uno dei due",
        "Firmato: La Direzione",
        "Da parte di: Tutto lo Staff",
        "grazie a Satispay ho pagato subito",
        "ho parlato con Assistenza Clienti, dicono 5 giorni",
        "il colore Verde Salvia è disponibile?",
        "vorrei la versione Grigio Antracite",
        "Nome: Set Pentole Inox\nQuantità: 2",
        "Prodotto: Frullatore Ninja, non si accende",
        "Per: Matrimonio, lista nozze 2291",
        "ho ordinato Nutella Biscuits x3",
        "Mittente: Amazon Marketplace",
        "Recensione: Aspirapolvere Dyson fantastico, grazie!",
        "la consegna tramite GLS Italia è stata veloce",
        "grazie a Vinted ho trovato tutto",
        "chiedo a Servizio Clienti se è possibile",
        "Consegnare a: Reception Hotel Miramare",
        'Articolo "Borsa Tracolla Nera" esaurito?',
        "Per: San Valentino, con un fiocco rosso",
        "da MediaWorld lo stesso modello costa meno",
        "grazie a Unieuro per la consegna al piano",
        "Da parte di Zalando, un buono sconto",
        "Invitati: Ufficio Vendite e Ufficio Marketing",
        "Il regalo è per Pasqua, mi serve entro venerdì",
    ),
    "fr": (
        "Nom du produit : Crème Hydratante Visage",
        "Article : Lampe Arc, couleur laiton",
        "Pour : Fête des Mères, emballage cadeau svp",
        "De la part de : Service Comptabilité",
        "merci à La Poste, le colis est arrivé écrasé 😡",
        "j'ai appelé Bouygues mais personne ne répond",
        "Commande 88214 - Canapé Convertible - un pied cassé",
        "Commande 90311 - Cafetière Italienne - joint manquant",
        "Le cadeau c'est pour Noël, vous pouvez l'emballer ?",
        "> Quel modèle souhaitez-vous ?\nFriteuse Seb sans huile",
        "Modèle : « Table Extensible », couleur chêne",
        "le parfum (Eau Sauvage) est en rupture ?",
        "📦 Grille-pain Smeg bien reçu, merci",
        "Merci beaucoup\n— Service Technique",
        "livraison c/o Entrepôt Central",
        "à l'attention du Service Retours",
        "À l'attention de Service Client",
        "j'ai pris Pâtes Panzani à la caisse 3",
        "merci au Rayon Électroménager pour la patience",
        "la taille de Veste Hiver ne va pas",
        "retrait par Chronopost / Colissimo, l'un des deux",
        "Signé : La Direction",
        "De la part de : Toute l'Équipe",
        "merci à PayPal j'ai été remboursé",
        "j'ai parlé avec Service Client, ils disent 5 jours",
        "la couleur Vert Sauge est dispo ?",
        "je voudrais la version Gris Anthracite",
        "Nom : Set Casseroles Inox\nQuantité : 2",
        "Produit : Blender Moulinex, ne s'allume pas",
        "Pour : Mariage, liste 2291",
        "j'ai commandé Pain de Mie Harrys x3",
        "Expéditeur : Amazon Marketplace",
        "Avis : Aspirateur Dyson génial, merci !",
        "livraison via Mondial Relay rapide",
        "merci à Vinted j'ai tout trouvé",
        "je demande au Service Après-Vente si c'est possible",
        "Livrer à : Accueil Hôtel Mirabeau",
        "Article « Sac Bandoulière Noir » épuisé ?",
        "chez Boulanger le même modèle est moins cher",
        "chez Darty ils l'ont en stock",
        "merci à Leroy Merlin pour la livraison",
        "De la part de Maisons du Monde, un bon de réduction",
        "Pour : Saint-Valentin, avec un ruban rouge",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools = {
        "first": _FIRST[language],
        "surnames": _SURNAMES[language],
        "h": _SHORT[language],
        "i": _INITIAL[language],
    }
    yield from chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.print_unknown_share(LANGS, _FIRST, _SURNAMES)
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
