"""`python -m bench.nopii_tune12`: French shop chat the French model reads as people or places.

Written for a round on the French spaCy model's PERSON and LOCATION on words that are no one,
from the writer's own knowledge of how French customers write to shops on WhatsApp, without
reading any held-out file or its misses, and before any rule was changed for it. French only.
Its shapes are ones the earlier `nopii_tune*` sets lack, one kind each:

- `line`: a capitalised noun opening a line or a bullet of a list ("- Taille M", "Coloris :
  Bordeaux", "Total : 45 €", a product on its own line under the question);
- `product`: product and category names in Title Case ("Pull Col Roulé", "Robe Portefeuille",
  "Jean Mom Taille Haute", "Doudoune Sans Manches");
- `opener`: an interjection or imperative opening the message, sometimes alone on its line
  ("Merci", "Super", "Parfait", "Dispo ?", "Bonsoir", "Génial", "Top", "Nickel", "Ok Top");
- `abbrev`: shop abbreviations in capitals ("SAV", "CB", "RIB", "colis N°", "PDF", "TVA",
  "CGV", "SMS", "BL");
- `brand`: French brands and shop names as goods or as the carrier ("Petit Bateau", "La Redoute",
  "Chronopost", "Mondial Relay", "Monoprix", "Leroy Merlin", "Galeries Lafayette");
- `zone`: departments, numbers and regions used as delivery zones ("livraison en Île-de-France",
  "dans le 93", "la Corse", "les DOM-TOM", "la Bretagne");
- `calendar`: capitalised days, months and holidays ("Lundi", "Noël", "la Toussaint", "le
  Black Friday", "la Fête des Mères").

In chat style: lower case, typos, emojis. Controls put real people ({n}: first name and surname,
{f}: first name) in the same shapes: a name opening a line or a bullet, after an opener
("Merci {f}"), beside a product in Title Case, a brand, a zone or a holiday.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "line": (
            "Bonjour je voudrais commander :\n- Taille M\n- Coloris Bordeaux\n- Quantité 2",
            "Récap de ma commande\nPantalon Lin beige\nChemise Oxford blanche\nTotal : 45 €",
            "vous avez encore ça ?\nSac Cabas en cuir",
            "Question :\nLivraison gratuite à partir de combien ?",
            "• Retour sous 30 jours\n• Échange gratuit\nc'est bien ça ?",
            "Pour info\nAdresse de facturation identique",
            "j'ai 2 questions\n1. Délai de livraison ?\n2. Paiement en plusieurs fois possible ?",
            "Coloris : Marine\nTaille : 38\nMerci !",
            "Vu sur votre insta\nBottines Camel à lacets, dispo en 39 ?",
        ),
        "product": (
            "le Pull Col Roulé existe en gris chiné ?",
            "je cherche la Robe Portefeuille fleurie en 40",
            "le Jean Mom Taille Haute taille comment ?",
            "la Doudoune Sans Manches est elle déperlante ?",
            "vous aurez le Manteau Long Laine Mélangée en noir ?",
            "le Coffret Soin Visage peut être emballé cadeau ?",
            "la Chemise Lin Manches Courtes revient quand",
            "est ce que le Bonnet Grosse Maille va aux enfants ?",
            "j'hésite entre la Veste Saharienne et le Trench Court",
        ),
        "opener": (
            "Merci\nc'est reçu",
            "Super ! je passe demain alors",
            "Parfait, merci beaucoup",
            "Dispo ? la jupe plissée en 36",
            "Bonsoir, vous livrez le samedi ?",
            "Génial merci 😊",
            "Top, je valide la commande",
            "Nickel tout est arrivé",
            "Ok Top à demain",
        ),
        "abbrev": (
            "le SAV ne répond pas depuis une semaine",
            "je peux payer en CB au retrait ?",
            "je vous envoie mon RIB pour le remboursement ?",
            "colis N° 6A123 toujours pas arrivé",
            "vous pouvez m'envoyer la facture en PDF avec la TVA ?",
            "j'ai pas reçu le SMS de confirmation",
            "c'est marqué dans vos CGV ?",
            "le BL n'était pas dans le carton",
        ),
        "brand": (
            "vous avez des bodies Petit Bateau en 6 mois ?",
            "c'est le même modèle que chez La Redoute ?",
            "envoi en Chronopost ou Colissimo ?",
            "je préfère un retrait en point Mondial Relay",
            "vous êtes à côté du Monoprix ?",
            "la peinture vient de chez Leroy Merlin ou c'est la vôtre ?",
            "vous acceptez les cartes cadeaux Galeries Lafayette ?",
            "c'est mieux que la crème de chez Nuxe ?",
            "livrez vous dans les relais Pickup ?",
        ),
        "zone": (
            "vous livrez en Île-de-France en 24h ?",
            "vous livrez dans le 93 ?",
            "frais de port pour la Corse ?",
            "envoi possible vers les DOM-TOM ?",
            "la livraison en Bretagne prend combien de temps",
            "vous faites le 77 et le 91 ?",
            "vous avez un magasin en Provence ou que Paris ?",
            "en Normandie c'est en point relais seulement ?",
        ),
        "calendar": (
            "vous êtes ouverts Lundi ?",
            "livré avant Noël si je commande maintenant ?",
            "vous êtes fermés à la Toussaint ?",
            "les promos du Black Friday commencent quand ?",
            "une idée cadeau pour la Fête des Mères ?",
            "ouvert le Dimanche matin ?",
            "ça arrivera avant Pâques ?",
            "les soldes de Janvier commencent quand",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Bonjour,\n{n}\nCommande du 3 mars",
        "- Destinataire : {n}\n- Taille M",
        "Merci {f}, c'est reçu",
        "Super {f} ! je passe demain",
        "Bonsoir {f}, vous livrez samedi ?",
        "le Pull Col Roulé c'est pour {f} ma fille",
        "{f} a commandé la Robe Portefeuille en 40",
        "le SAV m'a passé {n} au téléphone",
        "le RIB est au nom de {n}",
        "colis N° 6A123 au nom de {n}",
        "ma sœur {f} a pris des bodies Petit Bateau chez vous",
        "{f} du Monoprix m'a dit de vous écrire",
        "je livre chez {n} dans le 93",
        "c'est pour {f} en Bretagne, elle récupère en point relais",
        "un cadeau de Noël pour {f}",
        "Lundi c'est {f} qui vient chercher le colis",
        "Cordialement\n{n}",
        "Coloris : Marine\nPrénom à broder : {f}",
        "Top ! {f} sera contente",
        "Pour la Fête des Mères, {n} veut le Coffret Soin Visage",
    ),
}

FIRST: dict[str, tuple[str, ...]] = {
    "fr": ("Manon", "Thierry", "Léa", "Sébastien", "Aurélie", "Karim", "Chloé", "Yannick", "Inès", "Julien"),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "fr": ("Lefèvre", "Moreau", "Benali", "Girard", "Fontaine", "Lemoine", "Rousseau", "Diallo"),
}

REGIONS = {"fr": "FR"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 1  # each control filled with one name


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language, NO_PII[language], CONTROLS[language], _SLOT, REPEATS, FIRST[language], SURNAMES[language]
    )


def main() -> None:
    kinds = "line, product, opener, abbrev, brand, zone, calendar"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
