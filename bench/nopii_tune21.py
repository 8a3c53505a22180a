"""`python -m bench.nopii_tune21`: goods, dishes, houses, titles and feast days the models take for people or places.

Written for a round on the NER post-filter (`proxy/detection/filters.py`): on French commerce chat
the French model still reads a capitalised product word, a dish, a fashion house, a car model, a
perfume, a book or film title, a grape or a wine, a feast day or a mascot as a PER or a LOC, and
the English model has the same weakness. Written from the writer's own knowledge of how customers
in France, Belgium, Switzerland and Quebec (and in the UK) ask about goods on a marketplace or a
shop's WhatsApp, without reading any held-out file or its misses, without reading the rules' word
lists or the shipped name and place lists, and before any rule was changed for it. French and
English. Each no-PII message names one kind:

- `product`: a product line or model with a measure, a price or a size ("le Thermomix TM6 à 900 €",
  "la poussette Yoyo en 6+");
- `dish`: a dish or a cake on a menu or an order ("une Forêt-Noire pour 8", "deux Croque Monsieur");
- `fashion`: a fashion or jewellery house, a bag or a shoe model ("le sac Kelly", "des Stan Smith
  taille 42", "un carré Hermès");
- `car`: a car make and model ("la Clio IV de 2016", "une Twingo diesel");
- `perfume`: a perfume ("Shalimar en 50 ml", "un flacon de J'adore");
- `title`: a book, film, album or game title, in quotes or after its noun ("le tome 3 de Astérix",
  "le DVD de Amélie Poulain");
- `wine`: a grape, a wine or a spirit ("un carton de Pomerol 2015", "du Chardonnay");
- `feast`: a holiday, a saint's day or a sale ("pour la Saint-Valentin", "à la Toussaint");
- `mascot`: a toy, a mascot or a cartoon character sold as goods ("la peluche Pikachu", "un
  doudou Sophie la girafe");
- `listing`: a classified ad's line, a goods noun or a maker first, a size or a price after ("Blouson
  Schott en cuir, 120 €", "Verres Duralex, le lot de 6", "Muscadet ou Chinon pour les huîtres ?");
  written in a second sitting, still before any rule was changed.

In chat style: short, some lower case, emojis. Controls put real people in similar sentences: a
full name ({n}), a title and surname ({s}, "Mme Girard", "M. Lefèvre"), or a lone first name after a
cue ({f}, "demandez à Camille"), which must stay tokenised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "product": (
            "Bonjour, le Thermomix TM6 est toujours à 900 € ?",
            "Je cherche une poussette Yoyo, la vôtre est en bon état ?",
            "Est-ce que le Dyson V11 est livré avec tous les embouts ?",
            "Le Cookeo fait combien de litres ?",
            "Vous avez encore la lampe Pipistrello en blanc ?",
            "La chaise Tolix est à combien pièce ?",
            "Je prends le Nespresso Vertuo si vous baissez à 60 €",
            "Le matelas Emma en 140x190 est dispo ?",
            "Votre tondeuse Bosch Rotak démarre bien ?",
            "Le Kindle Paperwhite a combien de Go ?",
            "Il reste des bocaux Le Parfait de 1 litre ?",
            "Le robot Moulinex Companion chauffe encore ?",
        ),
        "dish": (
            "Je voudrais commander une Forêt-Noire pour 8 personnes",
            "Deux Croque Monsieur et une Salade César svp",
            "Vous faites le Paris-Brest le dimanche ?",
            "Une Tarte Tatin pour samedi midi c'est possible ?",
            "Le Saint-Honoré est à combien la part ?",
            "Je prends la Margherita et une Reine à emporter",
            "Vous avez encore des Religieuses au café ?",
            "Le Pithiviers pour l'Épiphanie, il faut réserver ?",
            "Un Opéra de 6 parts pour vendredi merci",
            "La Raclette pour 4 c'est combien de fromage ?",
        ),
        "fashion": (
            "Le sac Kelly est authentique ? vous avez la facture ?",
            "Des Stan Smith taille 42 encore dispo ?",
            "Le carré Hermès est en soie ?",
            "Vous avez le trench Burberry en taille 38 ?",
            "La montre Cartier Tank a été révisée ?",
            "Je cherche des Converse montantes pointure 39",
            "Le sac Longchamp Pliage est en M ou en L ?",
            "La veste Chanel est à 450 € négociable ?",
            "Le pull Petit Bateau taille 6 ans est encore là ?",
            "Ce sont des vraies Louboutin ?",
        ),
        "car": (
            "La Clio IV de 2016 a combien de kilomètres ?",
            "Je cherche une Twingo diesel pas chère",
            "Le siège auto va dans une Mégane ?",
            "Les jantes conviennent à une Zoé ?",
            "Votre Berlingo a le contrôle technique ?",
            "Les barres de toit sont pour une Golf ou une Polo ?",
            "La 2CV est vendue avec la carte grise ?",
            "Le porte-vélo tient sur une Kangoo ?",
        ),
        "perfume": (
            "Il vous reste du Shalimar en 50 ml ?",
            "Un flacon de J'adore neuf sous blister",
            "Le coffret Angel est complet ?",
            "Vous avez La Vie est Belle en 100 ml ?",
            "L'Eau Sauvage est l'ancienne formule ?",
            "Je voudrais un échantillon de Black Opium",
        ),
        "title": (
            "Vous avez le tome 3 de Astérix ?",
            "Le DVD du Fabuleux Destin d'Amélie Poulain est en bon état ?",
            "Je cherche le livre « Madame Bovary » en poche",
            "Le coffret Harry Potter est complet ?",
            "Le jeu Mario Kart marche sur la Switch ?",
            "Le vinyle de Renaud est en bon état ?",
            "Il vous reste le Tintin au Tibet en édition originale ?",
            "Le roman Germinal est annoté ou propre ?",
            "Le Blu-ray de Bienvenue chez les Ch'tis est zone B ?",
        ),
        "wine": (
            "Un carton de Pomerol 2015 c'est combien ?",
            "Vous avez du Chardonnay en magnum ?",
            "Je cherche un Gewurztraminer pour le foie gras",
            "Le Saint-Émilion 2018 est à quel prix ?",
            "Trois bouteilles de Chablis et un Sancerre svp",
            "Le Pinot Noir est servi frais ?",
            "Vous faites le Beaujolais Nouveau cette année ?",
            "Une bouteille de Chartreuse verte pour un cadeau",
        ),
        "feast": (
            "Vous livrez avant la Saint-Valentin ?",
            "Les chocolats de Pâques sont arrivés ?",
            "Vous êtes ouverts à la Toussaint ?",
            "Le magasin ferme tôt à la Saint-Sylvestre ?",
            "Vous faites des promos pour la Saint-Nicolas ?",
            "Je voudrais une galette pour la Chandeleur",
            "Les soldes commencent après la Saint-Jean ?",
        ),
        "mascot": (
            "La peluche Pikachu fait quelle taille ?",
            "Un doudou Sophie la girafe neuf",
            "Le costume Spiderman taille 8 ans est dispo ?",
            "La figurine Dark Vador est complète ?",
            "Le sac à dos Hello Kitty a des taches ?",
            "Les Playmobil Astérix sont dans la boîte d'origine ?",
            "La poupée Barbie est vendue avec ses habits ?",
        ),
        "listing": (
            "Calvin Klein ou Ralph Lauren, vous avez quoi en taille M ?",
            "Ray-Ban Wayfarer avec étui, 60 € ferme",
            "Renault Captur 2019, 45 000 km, première main",
            "Peugeot 208 GT Line à vendre, faites une offre",
            "Lot de 3 Barbapapa en plastique pour 10 €",
            "Vends Monopoly Star Wars complet",
            "Je cherche du Comté 24 mois et un Saint-Nectaire fermier",
            "Vous faites encore le Kouign-Amann ?",
            "Dites-moi si le Saint-Marcellin est bien coulant",
            "Chanel N°5 100 ml neuf jamais ouvert",
            "Hugo Boss Bottled en 200 ml, il en reste ?",
            "Jean Paul Gaultier Le Male, coffret de Noël",
            "Le Petit Prince édition collector, 15 €",
            "Vends Les Misérables en 2 tomes",
            "Le Seigneur des Anneaux en coffret 3 DVD",
            "Astérix et Cléopâtre en Blu-ray, état neuf",
            "Côtes du Rhône 2020, le carton de 6 à 48 €",
            "Muscadet ou Chinon pour accompagner les huîtres ?",
            "Un Bordeaux Supérieur et deux Crémant d'Alsace",
            "Promo spéciale Black Friday sur tous les Tefal",
            "Commande pour la Sainte-Catherine, c'est possible ?",
            "Le Père Noël en chocolat fait 20 cm ?",
            "Peluche Winnie l'Ourson 40 cm, neuve avec étiquette",
            "Déguisement Reine des Neiges taille 4 ans",
            "Figurine Mickey Mouse vintage des années 80",
            "Je voudrais la marque Tommy Hilfiger en bleu marine",
            "Marque Cyrillus, taille 10 ans, très bon état",
            "Robe Sézane portée une fois, taille 36",
            "Baskets Veja blanches pointure 40",
            "Manteau Comptoir des Cotonniers taille S",
            "Blouson Schott en cuir, 120 €",
            "Sac Vanessa Bruno en toile, comme neuf",
            "Lampe Jieldé d'atelier à 200 €",
            "Casserole Le Creuset 24 cm en fonte",
            "Cocotte Staub ronde, 28 cm",
            "Couteau Laguiole avec manche en corne",
            "Service Gien à fleurs, 12 assiettes",
            "Verres Duralex, le lot de 6",
            "Stylo Montblanc Meisterstück avec recharge",
            "Cafetière Bialetti 6 tasses",
        ),
    },
    "en": {
        "product": (
            "is the Thermomix still £700?",
            "does the Dyson Airwrap come with all the attachments",
            "is the Vitamix the 2 litre one?",
            "how many cups does the Bialetti make",
            "is the Roberts radio the DAB version",
        ),
        "dish": (
            "can I order a Victoria sponge for Saturday",
            "two Eggs Benedict and a Caesar salad please",
            "do you still do the Beef Wellington on Sundays",
            "is the Margherita big enough for two",
        ),
        "fashion": (
            "is the Birkin authentic, do you have the receipt",
            "are the Doc Martens a size 6",
            "is the Barbour jacket waxed or quilted",
            "is the Mulberry Bayswater the large one?",
        ),
        "car": (
            "does the bike rack fit a Corsa",
            "how many miles on the Fiesta",
            "will the car seat go in a Qashqai",
        ),
        "perfume": (
            "is the Chanel No 5 the 100ml bottle",
            "do you have Black Opium in 50ml",
        ),
        "title": (
            "is the Harry Potter box set complete",
            "is the Paddington DVD region 2",
            "do you still have the Gruffalo book in hardback",
            "is Mario Kart on the Switch included",
        ),
        "wine": (
            "a case of Rioja for the party please",
            "is the Sauvignon Blanc chilled",
            "two bottles of Prosecco and a Merlot",
        ),
        "feast": (
            "will it arrive before Valentine's Day",
            "are you open on Boxing Day",
            "do you deliver on St Patrick's Day",
        ),
        "mascot": (
            "how big is the Peppa Pig teddy",
            "is the Spiderman costume age 5-6",
            "does the Barbie come with clothes",
        ),
        "listing": (
            "Ray-Ban Wayfarer with case, £60 firm",
            "Barbour Bedale jacket size 40, waxed",
            "Le Creuset casserole 24cm, hardly used",
            "Stanley flask 1 litre, £20",
            "Montblanc Meisterstück pen with refills",
            "Muscadet or Chablis with the oysters?",
            "a bottle of Rioja and two Malbec please",
            "Lot of 3 Barbapapa figures for £10",
            "Selling Monopoly Star Wars edition complete",
            "Baby Annabell doll with clothes, £15",
            "Jellycat bunny 30cm, new with tags",
            "Vivienne Westwood necklace, comes with box",
            "Ted Baker bag in pink, used once",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Bonjour, c'est {n} pour le Thermomix",
        "{n} passera récupérer la poussette samedi",
        "Mme {s} a commandé la Forêt-Noire",
        "M. {s} viendra chercher la Tarte Tatin",
        "Le sac Kelly est pour {n}, elle paie en espèces",
        "Demandez à {f} pour les Stan Smith",
        "C'est {f} qui a réservé le Paris-Brest",
        "La Clio appartient à M. {s}",
        "J'ai vendu la Twingo à {n} hier",
        "Le flacon de Shalimar est pour Mme {s}",
        "Voyez avec {f}, c'est elle qui gère les parfums",
        "Le tome 3 est réservé pour {n}",
        "{f} a pris le coffret Harry Potter",
        "Le carton de Pomerol est au nom de M. {s}",
        "Mme {s} passera pour le Chablis",
        "Pour la Saint-Valentin, {n} a commandé les roses",
        "Livraison de Pâques chez Mme {s}",
        "La peluche Pikachu est pour le fils de {n}",
        "Merci {f} pour le doudou !",
        "Le Dyson est réservé, {f} vient à 18h",
        "M. {s} a payé le matelas Emma",
        "Je m'appelle {n}, je voulais le Cookeo",
        "Mettez la commande au nom de {n}",
        "{n} a réglé les deux Croque Monsieur",
        "Bonjour {f}, la Raclette pour 4 est prête",
        "Le trench Burberry est pour Mme {s}",
        "C'est {n} qui vend la montre Cartier",
        "Le Pinot Noir est offert par M. {s}",
        "Contactez {n} pour le Berlingo",
        "Ma collègue {f} cherche une Zoé",
        "{n} vous rappelle pour la 2CV",
        "Le coffret Angel est pour ma mère, {n}",
        "Mme {s} a réservé La Vie est Belle en 100 ml",
        "J'ai eu {f} au téléphone pour le DVD",
        "Le livre est chez {n}",
        "M. {s} a laissé un acompte pour le Sancerre",
        "Pour la Toussaint, {f} sera à la boutique",
        "{f} fait les galettes pour la Chandeleur",
        "La figurine Dark Vador est pour {n}",
        "Mme {s} voudrait la poupée Barbie",
        "Cordialement\n{n}",
        "Le Saint-Honoré est commandé par {n}",
        "Mon mari {f} viendra chercher les jantes",
        "Bonjour, ici {n}, le siège auto est encore dispo ?",
        "Demandez M. {s} à l'accueil pour le Beaujolais",
        "La Margherita est pour {f}",
        "{n} a gagné le panier garni de la Saint-Nicolas",
        "Le pull Petit Bateau est pour la fille de Mme {s}",
        "Je passe avec {f} pour la chaise Tolix",
        "Le vinyle appartient à {n}",
        "Mme {s} a déjà payé la lampe",
        "C'est {n} qui a acheté les Converse",
        "M. {s} attend le robot Moulinex",
        "Voici le numéro de {n} pour le Kindle",
        "{f} préfère le Chardonnay",
        "Le costume Spiderman est pour le neveu de {n}",
        "Madame {s} a réservé le Pithiviers",
        "Merci, {n}",
        "Salut {f}, la Golf est vendue ?",
        "Le colis pour {n} contient un Nespresso",
        "Blouson Schott en cuir, à remettre à {n}",
        "Vends Clio IV, contactez {n} au magasin",
        "Renault Captur 2019, vendu par M. {s}",
        "Lot de Barbapapa réservé pour {f}",
        "Cocotte Staub, {n} passe la prendre demain",
        "Stylo Montblanc offert par Mme {s}",
        "Muscadet ou Chinon ? {f} préfère le Chinon",
        "Robe Sézane taille 36, voir avec {n}",
    ),
    "en": (
        "it's {n} about the Thermomix",
        "{n} will collect the Victoria sponge on Saturday",
        "Mrs {s} ordered the Beef Wellington",
        "the Birkin is for {n}, she pays cash",
        "ask {f} about the Doc Martens",
        "the Corsa belongs to Mr {s}",
        "I sold the Fiesta to {n} yesterday",
        "the Chanel bottle is for Mrs {s}",
        "{f} took the Harry Potter box set",
        "the Rioja is under Mr {s}",
        "for Valentine's Day {n} ordered roses",
        "the Peppa Pig teddy is for {n}'s son",
        "thanks {f} for the teddy!",
        "Mr {s} paid for the Dyson",
        "my name is {n}, I wanted the Vitamix",
        "put the order under {n}",
        "{n} paid for the two Eggs Benedict",
        "hi {f}, the Margherita is ready",
        "the Barbour jacket is for Mrs {s}",
        "call {n} about the Qashqai",
        "my colleague {f} wants a Mulberry",
        "Mrs {s} reserved the Black Opium",
        "I spoke to {f} about the DVD",
        "the book is at {n}'s",
        "Mr {s} left a deposit for the Prosecco",
        "kind regards\n{n}",
        "my husband {f} will pick up the bike rack",
        "the Spiderman costume is for {n}",
        "Ms {s} wants the Barbie",
        "the parcel for {n} has a Bialetti in it",
        "Ray-Ban Wayfarer, {n} will collect",
        "Barbour jacket sold to Mr {s}",
        "Montblanc pen, a gift from {n}",
        "Jellycat bunny reserved for {f}",
    ),
}

FIRST: dict[str, tuple[str, ...]] = {
    "fr": (
        "Camille",
        "Mathieu",
        "Sandrine",
        "Thibault",
        "Nadia",
        "Olivier",
        "Aurélie",
        "Jérôme",
        "Inès",
        "Benoît",
        "Élodie",
        "Karim",
        "Solène",
        "Grégoire",
        "Maëlle",
    ),
    "en": ("Rachel", "Ollie", "Bethany", "Callum", "Niamh", "Stuart", "Imogen", "Declan", "Harriet", "Ravi"),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "fr": (
        "Girard",
        "Lefèvre",
        "Moreau",
        "Fontaine",
        "Chevalier",
        "Roussel",
        "Marchand",
        "Perrin",
        "Gauthier",
        "Lemaire",
        "Dupuis",
        "Brunet",
        "Vasseur",
        "Caron",
        "Mallet",
    ),
    "en": (
        "Hughes",
        "Whitfield",
        "Pritchard",
        "Osborne",
        "McAllister",
        "Turnbull",
        "Fairclough",
        "Kaur",
        "Doyle",
        "Ashworth",
    ),
}

REGIONS = {"fr": "FR", "en": "GB"}
_SLOT = re.compile(r"\{(n|f|s)\}")
REPEATS = 1  # each control filled with one name


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language,
        NO_PII[language],
        CONTROLS[language],
        _SLOT,
        REPEATS,
        FIRST[language],
        SURNAMES[language],
        {"s": SURNAMES[language]},
    )


def main() -> None:
    kinds = "product, dish, fashion, car, perfume, title, wine, feast, mascot, listing"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
