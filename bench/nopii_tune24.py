"""`python -m bench.nopii_tune24`: a first name that names no one, in French and German commerce chat.

Written for a second round on the capitalised first names that a shop's customers write without
meaning a person, in the two languages the first round (`bench.nopii_tune22`) left out: a car model,
a perfume, a fashion line or a cosmetic shade named after someone, a wine, a cheese, a cake or a
dish that carries a first name, a song, a hotel, a feast named for a saint, and first names that are
everyday words ("Patience", "Rose", "Silvester", "Rosa" the colour). Written from the writer's own
knowledge of how customers of shops, cafés and salons write in French and German, without reading
any held-out file or its misses, the rules' word lists or the shipped name lists, and before any
rule was changed for it. Each no-PII message names one kind:

- `product`: a car, a perfume, a bag, shoes, a shade, a wine, a cheese, a cake, a dish or a drink
  ("ma Clio", "une Margherita", "la teinte Camille", "ein Berliner", "einen Hugo");
- `other`: a song, a hotel, a saint's feast, a first name that is a word, the shop's pet.

Controls name a real person, by a first name ({f}) or a first name and surname ({n}), in the same
framings: after "pour"/"für", "demandez à"/"fragen Sie", "avec"/"mit", a greeting, a sign-off, as
the one who ordered, collected or drove. Several of the first names are words or goods too
("Aurore", "Constance", "Pascal", "Valentin", "Frieda", "Rosa", "Ernst"): a person so named must
stay tokenised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "product": (
            "Ma Clio fait un bruit bizarre au freinage, vous avez des plaquettes ?",
            "Vous avez des essuie-glaces pour la Zoé de 2019 ?",
            "J'ai garé la Mégane devant le magasin, c'est gênant ?",
            "Une Margherita et une Reine à emporter s'il vous plaît",
            "Je voudrais une Margherita sans basilic",
            "Le rouge à lèvres teinte Camille est en rupture ?",
            "Vous avez encore le fond de teint en teinte Léa ?",
            "Le parfum Chloé existe en 50 ml ?",
            "J'hésite entre Shalimar et Coco Mademoiselle pour ma mère",
            "Le sac Kelly est vraiment hors de prix",
            "Vous faites encore les Stan Smith en 38 ?",
            "Un Paris-Brest et deux éclairs au café pour samedi",
            "Vous faites le Saint-Honoré sur commande ?",
            "Une charlotte aux fraises pour huit, c'est possible ?",
            "La Charlotte aux poires était délicieuse",
            "Un Saint-Nectaire bien fait et un morceau de comté",
            "Il vous reste du Saint-Marcellin ?",
            "Une bouteille de Saint-Joseph pour accompagner l'agneau",
            "Le Château Margaux 2015, vous l'avez en cave ?",
            "Un Saint-Émilion grand cru pour un cadeau, vers 40 euros",
            "Vous avez des madeleines de Commercy ?",
            "Deux crêpes Suzette et un café",
            "La Pêche Melba est au menu ce midi ?",
            "Une tarte Tatin pour six personnes svp",
            "Le modèle Juliette en cuir noir taille grand ?",
        ),
        "other": (
            "Vous êtes ouverts à la Toussaint ?",
            "Des chocolats pour la Saint-Valentin, vous livrez avant le 14 ?",
            "Fermé le jour de la Saint-Jean ?",
            "Vous prenez les commandes pour la Saint-Nicolas ?",
            "Patience, le colis arrive demain d'après le suivi",
            "Rose ou bleu pour le faire-part ?",
            "Ambre ou vanille, quelle bougie sent le plus fort ?",
            "Constance dans la qualité, bravo à l'équipe",
            "Aurore boréale, c'est le nom du puzzle que je cherche",
            "Dans la boutique ils passaient Aline en boucle, trop bien",
            "On a dormi à l'hôtel Henriette, je peux me faire livrer là-bas ?",
            "Le chat de la boutique, Caramel, est adorable",
            "La pression du pneu en pascals, c'est combien pour 2,2 bars ?",
            "Victoire ! Le colis est enfin arrivé",
            "Marine ou bordeaux pour le pull ?",
        ),
    },
    "de": {
        "product": (
            "Mein Opel Adam braucht neue Scheibenwischer, habt ihr welche?",
            "Passen die Fußmatten in den Skoda Octavia?",
            "Ein Berliner und zwei Brezeln bitte",
            "Habt ihr noch Berliner mit Vanillefüllung?",
            "Einen Hugo und ein Radler, bitte",
            "Für mich einen Hugo ohne Minze",
            "Eine Margherita und eine Salami zum Mitnehmen",
            "Gibt es die Florentiner auch ohne Schokolade?",
            "Einen Strammen Max mit Spiegelei, bitte",
            "Die Mozartkugeln sind als Geschenk verpackt?",
            "Das Kleid gibt es auch in Rosa?",
            "Habt ihr den Lippenstift im Farbton Rosa?",
            "Die Sneaker in Rosa sind leider zu klein",
            "Eine Flasche Müller-Thurgau und einen Dornfelder",
            "Ist der Silvaner trocken oder lieblich?",
            "Kann ich den Stuhl Emma auch in Eiche bestellen?",
            "Das Sofa Greta in Grau, wie lange ist die Lieferzeit?",
            "Der Mercedes vom Lieferdienst steht schon wieder in der Einfahrt",
            "Ist die Sachertorte mit Sahne?",
            "Eine Kir Royal und zwei Sekt, bitte",
            "Das Parfum Chloé gibt es auch als Probe?",
            "Haben Sie das Modell Lotta auch in Größe 40?",
        ),
        "other": (
            "Habt ihr an Silvester geöffnet?",
            "Kommt das Paket noch vor Silvester?",
            "Zu Nikolaus wollte ich Schokolade verschenken, schafft ihr das?",
            "Am Martinstag ist der Laden zu?",
            "Habt ihr zu Sankt Martin Laternen?",
            "Im Ernst, das Paket ist schon wieder verloren?",
            "Frieden schließen mit dem Kundenservice, ok, danke für die Gutschrift",
            "Im Laden lief Layla, ziemlich daneben",
            "Ich habe im Hotel Luise übernachtet, könnt ihr dahin liefern?",
            "Die Ladenkatze Mimi ist so süß",
            "Geduld ist nicht meine Stärke, wann kommt das Paket?",
            "Zum Valentinstag hätte ich gern rote Rosen",
            "Bernstein oder Silber für die Kette?",
            "Rosa oder Hellblau für die Babydecke?",
            "Kommt das noch vor Ostern an?",
            "Der Weihnachtsmann-Schokolade ist zerbrochen angekommen",
            "Jasmin oder Lavendel, welche Duftkerze ist beliebter?",
            "Ist der Laden am Pfingstmontag geöffnet?",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Bonjour {f}, ma commande est prête ?",
        "C'est pour {f}, son anniversaire est samedi",
        "Demandez à {f}, elle sait quelle teinte je prends",
        "Merci beaucoup {f} pour les conseils",
        "Bises, {f}",
        "{n} passera récupérer le gâteau à 17 h",
        "J'y vais avec {f} demain matin",
        "Le colis est au nom de {n}",
        "{f} a garé sa Clio devant chez vous",
        "Une Margherita pour {f} et une Reine pour moi",
        "La teinte que {f} m'a conseillée est parfaite",
        "Mettez le parfum au nom de {n} svp",
        "Cordialement, {n}",
        "Salut {f} ! Tu as reçu mon message ?",
        "{f} m'a dit que le Paris-Brest était bon",
        "Pouvez-vous appeler {f} quand c'est prêt ?",
        "Mon mari {f} viendra chercher les bouteilles",
        "Je passe avec {n} vers midi",
        "C'est {f} qui a commandé le Saint-Honoré",
        "Bonne soirée {f}",
        "Le livreur a remis le colis à {f}",
        "{n} a réservé une chambre à l'hôtel",
        "À bientôt, {f}",
        "Pour la Saint-Valentin, c'est un cadeau pour {f}",
        "Je vous envoie {f}, ma voisine, elle a la carte",
        "Contactez {n} au magasin de Lyon",
        "Dites à {f} que je suis en retard",
        "Merci {f}, le pull est parfait",
        "{f} voudrait le même sac en noir",
        "Ma fille {f} adore la Zoé",
        "La commande de {n} est partie ?",
        "Coucou {f}, tu peux me garder un Saint-Nectaire ?",
        "Attention de {n}, facture à joindre",
        "Je viens de la part de {f}",
        "Vous pouvez livrer chez {n} ?",
        "{f} était très aimable à la caisse hier",
        "Amitiés, {n}",
        "Avec {f} on a pris deux Margherita",
        "Patience, {f} arrive avec la voiture",
        "Est-ce que {f} travaille aujourd'hui ?",
    ),
    "de": (
        "Hallo {f}, ist meine Bestellung fertig?",
        "Das ist für {f}, sie hat am Samstag Geburtstag",
        "Fragen Sie {f}, sie weiß welche Farbe ich nehme",
        "Vielen Dank {f} für die Beratung",
        "Liebe Grüße, {f}",
        "{n} holt die Torte um 17 Uhr ab",
        "Ich komme morgen mit {f} vorbei",
        "Das Paket ist auf den Namen {n}",
        "{f} hat ihren Opel vor dem Laden geparkt",
        "Eine Margherita für {f} und eine Salami für mich",
        "Die Farbe, die {f} mir empfohlen hat, ist perfekt",
        "Bitte das Parfum auf {n} buchen",
        "Mit freundlichen Grüßen, {n}",
        "Hi {f}! Hast du meine Nachricht bekommen?",
        "{f} meinte, die Berliner sind super",
        "Können Sie {f} anrufen, wenn es fertig ist?",
        "Mein Mann {f} holt die Flaschen ab",
        "Ich komme mit {n} gegen Mittag",
        "{f} hat die Sachertorte bestellt",
        "Schönen Abend noch, {f}",
        "Der Bote hat das Paket {f} gegeben",
        "{n} hat ein Zimmer im Hotel reserviert",
        "Bis bald, {f}",
        "Zu Silvester ist das ein Geschenk für {f}",
        "Meine Nachbarin {f} hat die Kundenkarte",
        "Bitte {n} in der Filiale Köln kontaktieren",
        "Sagen Sie {f}, dass ich später komme",
        "Danke {f}, der Pulli passt perfekt",
        "{f} möchte dieselbe Tasche in Schwarz",
        "Meine Tochter {f} liebt den Rosa-Ton",
        "Ist die Bestellung von {n} schon raus?",
        "Servus {f}, kannst du mir einen Berliner zurücklegen?",
        "z. Hd. {n}, Rechnung bitte beilegen",
        "Ich komme im Auftrag von {f}",
        "Könnt ihr an {n} liefern?",
        "{f} war gestern an der Kasse sehr freundlich",
        "Viele Grüße, {n}",
        "Mit {f} haben wir zwei Hugo getrunken",
        "Geduld, {f} kommt gleich mit dem Auto",
        "Arbeitet {f} heute?",
    ),
}

FIRST: dict[str, tuple[str, ...]] = {
    "fr": ("Aurore", "Julien", "Constance", "Pascal", "Mathilde", "Valentin", "Solène", "Théo"),
    "de": ("Frieda", "Jonas", "Rosa", "Lukas", "Silke", "Ernst", "Anke", "Florian"),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "fr": ("Lefèvre", "Girard", "Bonnet", "Mercier", "Fontaine"),
    "de": ("Schneider", "Becker", "Hoffmann", "Krüger", "Wagner"),
}

REGIONS = {"fr": "FR", "de": "DE"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 1  # each control filled with one name


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language, NO_PII[language], CONTROLS[language], _SLOT, REPEATS, FIRST[language], SURNAMES[language]
    )


def main() -> None:
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, "product, other")


if __name__ == "__main__":
    main()
