"""`python -m bench.nopii_tune18`: retailers, devices, services and demonyms the models take for people or places.

Written for a round on the NER post-filter (`proxy/detection/filters.py`): once the cue rules leave
a shop alone, the English and French models' own spans remain, a retailer, a console or a bank
read as a PERSON or a LOCATION. Written from the writer's own knowledge of how customers in the UK,
Ireland and the US, and in France, Belgium and Switzerland, name the shops, devices and services
around a purchase on WhatsApp, without reading any held-out file or its misses, without reading the
rules' word lists or the shipped name and place lists, and before any rule was changed for it.
Several brands are chosen because they are probably in no shipped list (Penneys, Dunnes, Screwfix,
Wickes, Clearpay, Starling, Galaxus, Digitec, Coolblue, Kruidvat, Colruyt, Proximus, Sosh, Cookeo,
Boursorama, Fortuneo, Belfius, PostFinance). English and French. Each no-PII message names one kind:

- `retail`: an online or high-street retailer or marketplace ("got it on Argos", "commandé sur
  Cdiscount", "vu chez Boulanger");
- `device`: a device or a console ("my Kindle won't charge", "la manette Xbox", "ma Freebox");
- `telecom`: a phone or broadband operator or a streaming service ("I'm with EE", "je suis chez
  Free", "abonnement Canal+");
- `bank`: a bank, a card or a payment service ("can I pay with Monzo", "virement Boursorama");
- `demonym`: a nationality or townsfolk word alone, capitalised as chat does ("is it the Irish
  version", "je suis Belge", "une Parisienne m'a dit");
- `grocery`: a supermarket chain or a DIY shop ("cheaper in Lidl", "au Leclerc", "chez Leroy
  Merlin").

In chat style: lower case, typos, emojis. Controls put real people whose surname is also a shop or
brand word ({s}, "Mrs Boots", "Sarah Marks", "Mme Boulanger", "Paul Leclerc", "M. Picard") after a
title or beside a first name ({f}), which must stay tokenised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "retail": (
            "I got the same kettle on Argos for £20 less",
            "does it come in the blue like the one on Zalando",
            "ordered from ASOS but the size is off, is yours true to size?",
            "Currys had it cheaper last week tbh",
            "saw it in Penneys for half the price lol",
            "Dunnes do a similar one, is yours better quality?",
            "do you price match Selfridges?",
            "is this the same as the one on Etsy",
            "I usually buy from Boohoo but wanted something nicer",
            "Walmart has it in stock, can you beat that",
        ),
        "device": (
            "my Kindle won't charge with your cable",
            "does the stand fit an iPad Air?",
            "is the controller compatible with Xbox",
            "will it work with my Fitbit",
            "need a case for the Nintendo Switch Lite",
            "can the Roomba go under this sofa",
            "is there a GoPro mount in the box",
            "it doesn't connect to my Chromebook",
            "does the charger work for a Pixel 7",
        ),
        "telecom": (
            "I'm with EE, will the sim work?",
            "Vodafone signal is awful here sorry if I drop",
            "is it unlocked or tied to Three",
            "we only have Sky broadband, does it need ethernet",
            "can I watch it on Netflix with this box",
            "my Virgin Media router keeps dropping",
            "does it come with Spotify Premium",
            "is it on Verizon or AT&T",
            "we switched to Eir so the wifi is new",
        ),
        "bank": (
            "can I pay with Monzo?",
            "sent it from my Revolut just now",
            "do you take Clearpay",
            "Starling says the payment went through",
            "my Barclays card got declined twice",
            "is Klarna available on this",
            "I'll transfer from Halifax tonight",
            "will Venmo work or only card",
            "AIB flagged the payment, will try again",
        ),
        "demonym": (
            "is this the Irish version or the UK one",
            "the plug is European right, not British?",
            "my husband is Scottish so he wants the tartan one",
            "do you have the Welsh edition",
            "is the manual in Polish too",
            "the Canadian version has different buttons",
            "is it the American size or European",
            "my mum's Nigerian and she loved the print",
        ),
        "grocery": (
            "it's cheaper in Lidl but I like yours",
            "I can collect at the Tesco car park",
            "Aldi had a similar one in the middle aisle",
            "Screwfix were out of stock so trying you",
            "is it the same paint as in B&Q",
            "Wickes quoted me more for the same door",
            "we get our shopping from Ocado so evenings are fine",
            "Home Depot has it but shipping is crazy",
            "saw it at Waitrose in the seasonal bit",
        ),
    },
    "fr": {
        "retail": (
            "je l'ai vu sur Cdiscount moins cher",
            "il était chez Boulanger à 299€",
            "vous êtes moins cher que la Fnac ?",
            "commandé sur Zalando mais trop petit",
            "Darty me propose la même chose avec la garantie",
            "j'ai trouvé le même sur Galaxus",
            "Digitec l'a en stock, vous aussi ?",
            "sur Coolblue c'est livré demain",
            "La Redoute fait la même taille ?",
            "je l'avais pris chez Kiabi l'an dernier",
        ),
        "device": (
            "ma Freebox ne capte pas le wifi",
            "la manette Xbox ne se connecte pas",
            "il marche avec la Switch ?",
            "mon Kindle ne charge plus avec le câble",
            "c'est compatible Thermomix ?",
            "le moule va dans le Cookeo ?",
            "ma Livebox clignote orange",
            "l'étui va sur un iPad Pro 11 ?",
            "le Dyson fait un bruit bizarre depuis hier",
        ),
        "telecom": (
            "je suis chez Free, ça marche avec la box ?",
            "j'ai pris Sosh pour le forfait",
            "avec Proximus la fibre est pas encore là",
            "chez Swisscom c'est inclus ?",
            "mon abonnement Canal+ est compris ?",
            "SFR coupe tout le temps désolé",
            "on l'a vu sur Netflix c'est pour ça",
            "Sunrise me dit que la carte SIM est bloquée",
            "j'écoute sur Deezer, ça se connecte ?",
        ),
        "bank": (
            "je paie avec Boursorama ça passe ?",
            "le virement part de Fortuneo demain",
            "ma carte Belfius est refusée",
            "vous prenez Twint ?",
            "Bancontact ça marche chez vous ?",
            "PostFinance a bloqué le paiement",
            "j'ai un compte Nickel, c'est bon ?",
            "paiement PayPal possible ?",
            "le Crédit Agricole m'a envoyé un code",
        ),
        "demonym": (
            "je suis Belge, vous livrez à Namur ?",
            "la version Suisse a la prise différente ?",
            "une Parisienne m'a conseillé votre boutique",
            "c'est la recette Bretonne ?",
            "je suis Québécoise, ça se livre ?",
            "les Belges paient la TVA française ?",
            "mon mari est Marocain, il adore ce thé",
            "c'est du chocolat Suisse ou Belge ?",
        ),
        "grocery": (
            "au Leclerc il est à 12€",
            "je l'ai vu chez Leroy Merlin",
            "Castorama n'en a plus",
            "on fait les courses chez Intermarché le samedi",
            "il est chez Colruyt aussi ?",
            "Delhaize le vendait avant",
            "à la Migros c'est plus cher",
            "Monoprix a la même marque",
            "Brico Dépôt m'a dit rupture",
            "Carrefour drive c'est plus rapide",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "Mrs {s} called about the order yesterday",
        "can {f} {s} collect it on Friday",
        "Mr {s} paid the deposit",
        "please send the invoice to Ms {s}",
        "{f} {s} recommended you",
        "Dr {s} will sign for it",
        "it's for {f} {s}, she's at work till 6",
        "my neighbour Mrs {s} will take it in",
        "thanks, {f} {s}",
        "I spoke to {f} {s} on the phone",
        "Mrs {s} has the receipt",
        "can you put it under {f} {s}",
        "my name is {f} {s}",
        "Mr {s} is the account holder",
        "ask for {f} {s} at reception",
        "{f} {s} here, following up on the sofa",
        "Miss {s} from number 4 ordered it",
        "the delivery is for {f} {s}",
        "Mr and Mrs {s} will be in",
        "leave it with {f} {s} next door",
        "kind regards\n{f} {s}",
        "my sister {f} {s} will pay",
    ),
    "fr": (
        "Mme {s} a appelé ce matin",
        "{f} {s} passera récupérer la commande",
        "M. {s} a payé l'acompte",
        "envoyez la facture à Mme {s}",
        "c'est {f} {s} qui m'a parlé de vous",
        "le Dr {s} signera le bon",
        "c'est pour {f} {s}, elle rentre à 18h",
        "ma voisine Mme {s} réceptionnera le colis",
        "merci, {f} {s}",
        "j'ai eu {f} {s} au téléphone",
        "Madame {s} a le ticket",
        "mettez la commande au nom de {f} {s}",
        "je m'appelle {f} {s}",
        "Monsieur {s} est le titulaire du compte",
        "demandez {f} {s} à l'accueil",
        "bonjour c'est {f} {s} pour le canapé",
        "Mlle {s} du 4e a commandé",
        "la livraison est pour {f} {s}",
        "M. et Mme {s} seront là",
        "laissez le colis chez {f} {s} à côté",
        "Cordialement\n{f} {s}",
        "ma sœur {f} {s} va payer",
    ),
}

FIRST: dict[str, tuple[str, ...]] = {
    "en": ("Sarah", "Gareth", "Orla", "Dominic", "Philippa", "Seamus", "Hattie", "Marcus", "Aoife", "Trevor"),
    "fr": ("Paul", "Armelle", "Gaspard", "Véronique", "Hugues", "Laetitia", "Bastien", "Ghislaine", "Yann", "Odile"),
}

# surnames that are also a shop, chain, bank or brand word
BRAND_SURNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Boots", "Marks", "Dyson", "Sainsbury", "Morrison", "Barclay", "Lloyd", "Currie", "Selfridge", "Chase"),
    "fr": ("Boulanger", "Leclerc", "Picard", "Darty", "Bouygues", "Leroy", "Lacoste", "Delhaize", "Colruyt", "Peugeot"),
}

REGIONS = {"en": "GB", "fr": "FR"}
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
        BRAND_SURNAMES[language],
        {"s": BRAND_SURNAMES[language]},
    )


def main() -> None:
    kinds = "retail, device, telecom, bank, demonym, grocery"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
