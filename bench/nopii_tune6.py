"""`python -m bench.nopii_tune6`: shop chat in the trades no other set covers, French and English.

Written for a short round on French and English no-PII messages, from the writer's own knowledge
of what these shops sell, without reading any held-out file or its misses. One kind per trade:

- `pharma`: pharmacy and parapharmacy ("Doliprane", "Biafine", "Avène", "La Roche-Posay");
- `bakery`: bakery, patisserie and traiteur orders ("galette des Rois", "bûche de Noël");
- `books`: bookshops and media, titles and series; a few well-known authors stand for their books
  ("un Simenon", "the new Stephen King"), as a bookshop's customers say, never a private person;
- `garage`: car models and parts ("Michelin Pilot Sport", "Bosch", "Peugeot 3008");
- `optic`: opticians' frames and lenses ("Ray-Ban Clubmaster", "Oakley", "Varilux");
- `beauty`: hairdressers and beauty lines ("Kérastase", "L'Oréal", "Olaplex");
- `travel`: trains, coaches and tickets ("TGV inOui Paris–Lyon", "Ouigo", "Eurostar");
- `garden`: gardening and DIY ("Leroy Merlin", "Castorama", "B&Q", "Gardena");
- `sport`: sports goods ("Décathlon Kiprun", "Quechua", "Sports Direct");
- `calendar`: weekdays, months and holidays in shop chat ("Toussaint", "Fête des mères", "Boxing
  Day", "Bank Holiday").

In chat style: lower case, typos, emojis. Controls put real people's names ({n}: first name and
surname, {f}: first name) in the same messages, after a cue or doing something, so that what a
rule costs shows ("{f} passera chercher la bûche samedi", "Ask {f} at the optician's counter").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "pharma": (
            "Bonjour, vous avez du Doliprane 1000 en stock ?",
            "la crème Biafine est en rupture ou pas ?",
            "Je cherche le spray Avène Eau Thermale grand format",
            "Le baume Cicaplast de La Roche-Posay est arrivé abîmé",
            "vous faites le gel Arnigel de Boiron ?",
            "c'est possible de retirer mon Dafalgan en click and collect",
            "La crème Nuxe Rêve de Miel a disparu du site",
            "Est-ce que le sérum Caudalie Vinoperfect est compatible peau sensible",
            "mon colis Bioderma Sensibio n'est toujours pas livré 😕",
            "Vous avez l'Hextril ou un équivalent sans ordonnance ?",
        ),
        "bakery": (
            "Je voudrais réserver une galette des Rois pour 8 personnes",
            "la bûche de Noël praliné est encore dispo pour le 24 ?",
            "Vous faites des Paris-Brest individuels le dimanche ?",
            "2 baguettes Tradition et un pain de campagne svp",
            "C'est possible d'avoir un fraisier avec écrit Joyeux Anniversaire",
            "Le plateau traiteur Méditerranée est pour combien de personnes ?",
            "on voudrait un Saint-Honoré pour dimanche midi",
            "Les macarons Ladurée sont livrés en boîte cadeau ?",
            "vous avez encore des kouign-amann ou c'est fini",
            "je prends la formule Déjeuner avec le jambon-beurre",
        ),
        "books": (
            "Le dernier tome d'Astérix est arrivé en librairie ?",
            "vous avez le coffret Harry Potter en Folio Junior ?",
            "Je cherche un Maigret de Simenon en poche",
            "Le manga One Piece tome 107 est en précommande ?",
            "La collection Pléiade est aussi en promo ?",
            "Mon abonnement Télérama n'est pas arrivé ce mois-ci",
            "vous vendez les cartes Pokémon Écarlate et Violet",
            "Le livre Les Misérables en édition illustrée est épuisé ?",
            "J'ai commandé le Guide du Routard Bretagne, pas celui de Corse",
            "Le vinyle de Daft Punk Random Access Memories est rayé",
        ),
        "garage": (
            "Vous avez des Michelin Pilot Sport 5 en 225/45 R17 ?",
            "Il faut changer les plaquettes Bosch de ma Peugeot 3008",
            "Le contrôle technique de la Citroën C3 est pour quand ?",
            "Ma Renault Captur fait un bruit au freinage",
            "vous montez les pneus Continental sur une Dacia Sandero ?",
            "La batterie Varta est garantie combien de temps",
            "Devis pour une vidange Total Quartz sur Toyota Yaris svp",
            "le voyant moteur de ma Twingo reste allumé",
            "Les essuie-glaces Valeo sont arrivés ?",
            "C'est possible d'avoir un véhicule de courtoisie jeudi ?",
        ),
        "optic": (
            "La monture Ray-Ban Clubmaster existe en écaille ?",
            "Vous avez les lunettes de soleil Oakley Holbrook polarisées ?",
            "Mes verres Varilux Comfort sont rayés au bout d'un mois",
            "Le devis Essilor n'est pas le même que celui du site",
            "vous faites les lentilles Acuvue Oasys en mensuelles ?",
            "La monture Persol 649 est remboursée par la mutuelle ?",
            "je voudrais essayer les Tom Ford que j'ai vues en vitrine",
            "Les Krys du centre font aussi les examens de vue ?",
        ),
        "beauty": (
            "Vous utilisez quoi comme shampoing, du Kérastase ?",
            "Le masque Olaplex n°3 est en vente au salon ?",
            "Je voudrais un balayage et un soin L'Oréal Professionnel",
            "la coloration Majirel a viré au roux 😩",
            "Rdv pour une coupe brushing mardi possible ?",
            "Le coffret Yves Rocher Fête des mères est encore dispo",
            "Le vernis Essie Ballet Slippers est en rupture",
            "vous avez le mascara Lancôme Hypnôse waterproof ?",
        ),
        "travel": (
            "Mon billet TGV inOui Paris–Lyon a été annulé",
            "Le Ouigo de 7h12 est-il toujours maintenu ?",
            "je peux échanger mon billet Eurostar sans frais ?",
            "La carte Avantage marche sur les TER ?",
            "Le car BlaBlaCar Bus pour Bordeaux part d'où ?",
            "Vous vendez encore les billets Intercités de nuit ?",
            "Le pass Navigo est rechargeable en agence ?",
            "Mon vol Transavia a été décalé, je suis remboursé ?",
        ),
        "garden": (
            "Vous avez la tondeuse Bosch Rotak en magasin ?",
            "Le tuyau Gardena est vendu avec le dévidoir ?",
            "J'ai acheté une perceuse Makita chez Leroy Merlin, elle ne marche pas",
            "Castorama livre le samedi ?",
            "Le terreau Fertiligène est en promo cette semaine",
            "vous avez des rosiers Meilland en racines nues ?",
            "La peinture Tollens blanc satiné est en rupture",
            "Le barbecue Weber Master-Touch est livré monté ?",
        ),
        "sport": (
            "Les chaussures Kiprun KS900 taillent grand ?",
            "La tente Quechua 2 Seconds est en rupture chez Décathlon",
            "Vous avez le vélo Rockrider en taille M ?",
            "Le maillot du PSG floqué est livré en combien de temps",
            "je cherche des skis Rossignol pour les vacances de février",
            "La raquette Babolat Pure Drive est garantie ?",
            "Le sac à dos Forclaz 50L existe en vert ?",
            "Les crampons Adidas Predator sont arrivés cassés",
        ),
        "calendar": (
            "Vous êtes ouverts le jour de la Toussaint ?",
            "Il me faut le bouquet avant la Fête des mères",
            "Les horaires changent pendant les vacances de Pâques ?",
            "Fermé le lundi de Pentecôte ou pas ?",
            "Commandé Mardi, toujours rien Vendredi...",
            "le magasin est ouvert le 15 Août ?",
            "On voudrait passer Samedi matin avant Noël",
            "Livraison possible avant la Saint-Valentin ?",
            "Le Black Friday commence Jeudi soir ?",
            "Vous faites quoi pour l'Épiphanie, des galettes ?",
        ),
    },
    "en": {
        "pharma": (
            "Do you have Calpol Six Plus in stock?",
            "is the Gaviscon Double Action cheaper in the big pack",
            "The CeraVe moisturising cream arrived with a broken seal",
            "Can I get Piriton without a prescription?",
            "Looking for La Roche-Posay Anthelios SPF 50",
            "my Boots Advantage points didn't go through",
            "Is the Nurofen Express the same as the ordinary one?",
            "Do you sell the No7 Protect & Perfect serum?",
            "the Bepanthen nappy cream was out of date 😬",
            "Is Clarityn safe to take with Sudafed?",
        ),
        "bakery": (
            "Can I order a Victoria sponge for Saturday?",
            "Do you still have hot cross buns on Good Friday?",
            "I'd like two Cornish pasties and a sausage roll",
            "Is the Christmas pudding made without nuts?",
            "we want a Colin the Caterpillar cake for a party",
            "Does the Battenberg come in a gift box?",
            "Can you write Happy Birthday on the red velvet cake",
            "Is the Bakewell tart suitable for vegans?",
            "Two Chelsea buns and a loaf of sourdough please",
            "Is the Yule log available for collection on Christmas Eve?",
        ),
        "books": (
            "Has the new Stephen King arrived yet?",
            "Do you have the Harry Potter box set in paperback?",
            "The Lord of the Rings special edition has a torn cover",
            "is the Diary of a Wimpy Kid book 19 out?",
            "I ordered Where's Wally but got a colouring book",
            "Do you sell the Radio Times Christmas issue?",
            "The Peppa Pig sticker book is missing pages",
            "Can I preorder the next Jack Reacher novel?",
            "the Game of Thrones box set skips season 4",
            "Does the Kindle Paperwhite come with a case?",
        ),
        "garage": (
            "Do you fit Michelin Pilot Sport 5 in 225/45 R17?",
            "My Ford Focus needs new Bosch brake pads",
            "How much for an MOT on a Vauxhall Astra?",
            "The Land Rover Discovery is making a knocking noise",
            "Can you do a service on a Nissan Qashqai on Tuesday?",
            "Are the Pirelli P Zero tyres in stock?",
            "Is the Halfords wiper kit compatible with a Golf?",
            "my Mini Cooper's clutch is slipping",
            "Do you stock Castrol Edge 5W-30?",
            "Can I get a courtesy car while the Jaguar is in?",
        ),
        "optic": (
            "Do the Ray-Ban Clubmaster frames come in tortoiseshell?",
            "Are the Oakley Holbrook lenses polarised?",
            "My Varilux lenses are scratched after a month",
            "Can I use my Specsavers voucher online?",
            "Do you sell Acuvue Oasys monthly lenses?",
            "The Tom Ford frames I tried in store are not on the site",
            "Is the eye test free at Vision Express?",
            "The Persol 714 hinge broke",
        ),
        "beauty": (
            "Do you use Olaplex in the salon?",
            "Is the Kérastase Elixir Ultime oil on offer?",
            "I'd like a cut and blow-dry on Thursday",
            "The Charlotte Tilbury Pillow Talk lipstick arrived broken",
            "Is the GHD Platinum straightener under warranty?",
            "Do you stock Bumble and bumble shampoo?",
            "The Benefit brow gel is out of stock again",
            "Is the Dyson Airwrap cheaper at Christmas?",
        ),
        "travel": (
            "My Eurostar ticket to Paris was cancelled",
            "Is the Avanti West Coast train to Manchester running?",
            "Can I use my Railcard on the Gatwick Express?",
            "The National Express coach to Bristol left early",
            "Do you sell Oyster cards at the desk?",
            "my easyJet flight was moved, can I get a refund",
            "Is the Caledonian Sleeper running over Christmas?",
            "Does the Heathrow Express take contactless?",
        ),
        "garden": (
            "Is the Bosch Rotak mower in stock at the Leeds store?",
            "Does the Hozelock hose come with the reel?",
            "I bought a Makita drill at B&Q and it doesn't charge",
            "Does Screwfix deliver on Sundays?",
            "Is the Miracle-Gro compost on offer this week?",
            "Do you have David Austin roses bare root?",
            "The Dulux Timeless white is out of stock",
            "Is the Weber Spirit barbecue delivered assembled?",
        ),
        "sport": (
            "Do the Kiprun KS900 run large?",
            "The Quechua pop-up tent is out of stock at Decathlon",
            "Is the Rockrider bike available in medium?",
            "How long does a printed Arsenal shirt take?",
            "Do you have Salomon boots for the February half term?",
            "Is the Babolat Pure Drive racket under warranty?",
            "Sports Direct sent the wrong size Nike Air Max",
            "The Adidas Predator boots arrived with a split sole",
        ),
        "calendar": (
            "Are you open on Boxing Day?",
            "Will it arrive before Mother's Day?",
            "Do the hours change over the Bank Holiday?",
            "Is the shop closed on Easter Monday?",
            "Ordered on Monday, still nothing on Friday...",
            "Can I collect on Christmas Eve?",
            "Are you open on the August Bank Holiday?",
            "Does delivery run over Black Friday weekend?",
            "We'd like to come in on Saturday morning before Halloween",
            "Is the Valentine's Day bouquet available in white?",
        ),
    },
}
CONTROLS: dict[str, tuple[str, ...]] = {
    "fr": (
        "{f} passera chercher la bûche de Noël samedi",
        "La galette des Rois est au nom de {n}",
        "Mon fils {f} a pris le Doliprane hier soir",
        "Demandez à {f} au comptoir de la pharmacie",
        "Je suis {n}, ma Peugeot 3008 est au garage depuis mardi",
        "{n} a commandé les Ray-Ban Clubmaster",
        "Cordialement,\n{n}",
        "Merci {f}, le coffret Astérix est bien arrivé",
        "Le billet Ouigo est au nom de {n}",
        "Rdv avec {f} mardi pour le balayage",
        "{f} a acheté la tondeuse chez Leroy Merlin",
        "Ma femme {f} veut les Kiprun en 39",
        "Bonjour, c'est {n}, vous êtes ouverts à la Toussaint ?",
    ),
    "en": (
        "{f} will collect the Victoria sponge on Saturday",
        "The Christmas pudding order is under {n}",
        "My son {f} took the Calpol last night",
        "Ask for {f} at the pharmacy counter",
        "This is {n}, my Ford Focus has been at the garage since Tuesday",
        "{n} ordered the Ray-Ban Clubmaster frames",
        "Kind regards,\n{n}",
        "Thanks {f}, the Harry Potter box set arrived",
        "The Eurostar ticket is booked under {n}",
        "Appointment with {f} on Thursday for the cut",
        "{f} bought the mower at B&Q",
        "My wife {f} wants the Kiprun in size 6",
        "Hi, it's {n}, are you open on Boxing Day?",
    ),
}
# Names of people, some the same as a product's, a shop's or an author's ("Louis", "Jack")
FIRST: dict[str, tuple[str, ...]] = {
    "fr": ("Sophie", "Louis", "Camille", "Nicolas", "Chloé", "Antoine", "Élodie", "Jules", "Inès", "Hugo"),
    "en": ("Emily", "Jack", "Hannah", "George", "Megan", "Harry", "Lucy", "Thomas", "Amelia", "Ryan"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "fr": ("Bernard", "Petit", "Durand", "Leroy", "Mercier", "Blanc", "Faure", "Chevalier"),
    "en": ("Thompson", "Roberts", "Evans", "Wright", "Morgan", "Hall", "Baker", "Ward"),
}
REGIONS = {"fr": "FR", "en": "GB"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 2  # each control filled with this many names


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language, NO_PII[language], CONTROLS[language], _SLOT, REPEATS, FIRST[language], SURNAMES[language]
    )


def main() -> None:
    kinds = "pharma, bakery, books, garage, optic, beauty, travel, garden, sport, calendar"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
