"""`python -m bench.nopii_tune15`: French shop chat the French model reads as people or places, a second set.

Written for a second round on the French spaCy model's PERSON and LOCATION on words that are no
one, from the writer's own knowledge of how French, Belgian, Swiss and Québec customers write to
shops on WhatsApp, without reading any held-out file or its misses, without looking up the shipped
name, place or brand lists, and before any rule was changed for it. French only. Its shapes are
ones `nopii_tune12` and the earlier French sets lack, one kind each:

- `brand`: shop and brand names of two or three capitalised words, as goods or as the shop
  ("Maison Kitsuné", "Comptoir des Cotonniers", "Le Slip Français", "Cache Cache", "Sézane");
- `franglais`: English shop words in capitals ("Black Friday", "Click & Collect", "Best Seller",
  "Cyber Monday", "Flash Sale", "Drive");
- `service`: a shop's or carrier's services by their capitalised names ("Service Client",
  "Colissimo Suivi", "Relais Colis", "Carte Fidélité", "Retrait Magasin", "Lettre Suivie");
- `code`: abbreviations and codes ("SAV", "RDV", "Réf. AB12", "code promo NOEL20", "HT", "TTC");
- `greeting`: capitalised greetings, weekdays, months and wishes ("Bonne Journée", "Joyeux
  Noël", "Belle Soirée", "Bon Week-End", "Mardi", "Bonne Année");
- `role`: a title or role word with no name ("Madame, Monsieur", "Cher Client", "Chère Madame",
  "le Gérant", "la Responsable", "Monsieur le Directeur");
- `app`: apps, marketplaces and ways to pay ("Vinted", "Leboncoin", "Lydia", "Paylib", "Alma",
  "Apple Pay", "Wero", "Twint", "Interac");
- `caps`: messages typed all in capitals ("BONJOUR VOUS AVEZ ENCORE LA TAILLE 40 ?");
- `emoji`: emoji and hashtags around capitalised words ("#OOTD", "#MadeInFrance", "✨Nouveauté✨");
- `adjective`: product names with a capitalised adjective or colour ("Pull Marin", "Veste
  Saharienne", "Rouge Cerise", "Bleu Nuit", "Vert Sapin", "Marinière Rayée");
- `regional`: Belgian, Swiss and Québec shop French ("septante", "nonante", "une drache",
  "magasiner", "le dépanneur", "un Bancontact", "la Migros", "pistolet").

In chat style: lower case, typos, emojis. Controls put real people ({n}: first name and surname,
{f}: first name, {s}: a surname after a title) in the same shapes: the customer signing, a
neighbour who takes the parcel, a seller named beside a brand or service, "Mme {s}" after a
greeting, a name in an all-capitals message, a name after an emoji, a Belgian customer's name.
Names include ones the model needs (surnames with no first name, rarer first names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "brand": (
            "vous avez la même chemise que chez Maison Kitsuné ?",
            "c'est la coupe Comptoir des Cotonniers ou plus large ?",
            "les caleçons Le Slip Français taillent grand ?",
            "j'ai vu le même chez Cache Cache moins cher",
            "c'est du Sézane ou une copie ?",
            "vous faites les bougies Diptyque ?",
            "la veste ressemble à celle de Des Petits Hauts",
            "vous avez reçu la collab Jules et Jenny ?",
            "vous reprenez les baskets Veja usagées ?",
        ),
        "franglais": (
            "le Black Friday c'est aussi en boutique ?",
            "je peux faire un Click & Collect pour demain ?",
            "c'est quoi votre Best Seller en ce moment ?",
            "le Cyber Monday s'applique sur les soldes ?",
            "la Flash Sale finit à quelle heure ?",
            "vous faites le Drive le dimanche ?",
            "y a une Private Sale pour les membres ?",
            "le Back to School commence quand chez vous ?",
            "c'est encore en Early Access ?",
        ),
        "service": (
            "le Service Client ne répond pas au téléphone",
            "j'ai pris l'option Colissimo Suivi",
            "livraison en Relais Colis possible ?",
            "ma Carte Fidélité marche en ligne aussi ?",
            "j'ai choisi Retrait Magasin par erreur",
            "vous envoyez en Lettre Suivie pour les petits articles ?",
            "le Chat en Ligne est fermé le soir ?",
            "je passe par le Formulaire de Rétractation ?",
            "l'Espace Client me dit erreur 500",
        ),
        "code": (
            "le RDV de 14h tient toujours ?",
            "j'ai la Réf. AB12 en double",
            "le code promo NOEL20 ne passe pas",
            "c'est le prix HT ou TTC ?",
            "il me faut un devis avec le SIRET",
            "mon n° de suivi commence par XR",
            "la Réf. TX-4401 est en rupture ?",
            "le paiement en 3X sans frais c'est dès 100 € ?",
            "vous pouvez me faire un avoir sur ma CB ?",
        ),
        "greeting": (
            "Bonne Journée à vous aussi",
            "Joyeux Noël et merci pour tout 🎄",
            "Belle Soirée !",
            "Bon Week-End, à lundi",
            "Mardi ça me va pour passer",
            "Bonne Année et bonne santé",
            "Merci Beaucoup pour le geste",
            "Bonne Fin de Journée",
            "Rendez-vous Jeudi alors",
        ),
        "role": (
            "Madame, Monsieur,\nje n'ai toujours pas reçu mon colis",
            "Cher Client, votre commande est prête",
            "Chère Madame, merci pour votre message",
            "je voudrais parler au Gérant svp",
            "la Responsable du magasin peut me rappeler ?",
            "Monsieur le Directeur, je me permets de vous écrire",
            "Bonjour Madame, la taille 38 est dispo ?",
            "Merci Monsieur pour votre réactivité",
            "Chers Clients, la boutique sera fermée lundi",
        ),
        "app": (
            "je peux vous payer par Lydia ?",
            "je l'ai vu sur Vinted moins cher",
            "vous vendez aussi sur Leboncoin ?",
            "paiement Paylib accepté ?",
            "vous proposez Alma en 4 fois ?",
            "Apple Pay ça marche sur votre site ?",
            "je vous fais un Wero ce soir",
            "on peut régler par Twint ?",
            "je vous envoie un virement Interac",
        ),
        "caps": (
            "BONJOUR VOUS AVEZ ENCORE LA TAILLE 40 ?",
            "MERCI BEAUCOUP TRÈS CONTENTE",
            "COLIS TOUJOURS PAS ARRIVÉ",
            "URGENT JE DOIS ANNULER MA COMMANDE",
            "SUPER SERVICE MERCI",
            "VOUS ÊTES OUVERTS DEMAIN MATIN ?",
            "LA ROBE ROUGE EST DISPO EN M ?",
            "JE VEUX ÊTRE REMBOURSÉE",
            "BONNE FÊTE DES PÈRES À TOUTE L'ÉQUIPE",
        ),
        "emoji": (
            "trop belle la nouvelle collection 😍 #MadeInFrance",
            "✨Nouveauté✨ vous l'avez en beige ?",
            "je vous ai tagués #OOTD 😊",
            "🔥 Promo 🔥 c'est jusqu'à quand ?",
            "reçu 📦 Nickel 👌",
            "#Soldes ça commence mercredi ?",
            "💐 Fête des Grands-Mères, vous faites des bouquets ?",
            "🎁 Emballage Cadeau possible ?",
            "😢 Rupture de Stock encore",
        ),
        "adjective": (
            "le Pull Marin existe en écru ?",
            "la Veste Saharienne taille petit ?",
            "vous avez le vernis Rouge Cerise ?",
            "le Bleu Nuit est plus foncé que le Marine ?",
            "le plaid Vert Sapin est en promo ?",
            "la Marinière Rayée se lave à 30 ?",
            "la Blouse Bohème revient quand ?",
            "le Gilet Irlandais gratte ou pas ?",
            "le canapé coloris Gris Perle est livré monté ?",
        ),
        "regional": (
            "ça fait septante euros avec la livraison ?",
            "vous l'aurez dans nonante jours ou plus vite ?",
            "je passe après la drache",
            "je vais magasiner samedi, vous êtes ouverts ?",
            "vous êtes à côté du dépanneur ?",
            "je peux payer par Bancontact ?",
            "c'est moins cher qu'à la Migros",
            "vous faites aussi les pistolets le dimanche ?",
            "ma blonde cherche une tuque en laine",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Bonne Journée, {n}",
        "Madame, Monsieur,\nje vous écris pour ma commande.\nCordialement,\n{n}",
        "Bonjour Mme {s}, votre colis est prêt",
        "c'est {f} du Service Client qui m'a répondu",
        "ma voisine {n} a récupéré le colis en Relais Colis",
        "le Click & Collect sera retiré par {n}",
        "je paie par Lydia, c'est au nom de {n}",
        "je l'ai acheté à {n} sur Vinted",
        "BONJOUR C'EST {N} POUR LA COMMANDE",
        "MERCI {F} TRÈS CONTENTE",
        "😍 merci {f} pour le conseil",
        "#Merci à {f} pour l'accueil 💐",
        "le Pull Marin c'est pour {f}, mon fils",
        "la Veste Saharienne est un cadeau pour {n}",
        "le RDV de 14h est au nom de M. {s}",
        "la Réf. AB12 c'est pour {n}",
        "Joyeux Noël à {f} et à toute l'équipe",
        "Chère {f}, merci pour votre commande",
        "Bonjour, ici {n} de Liège, vous livrez en Belgique ?",
        "je vais magasiner avec {f} samedi",
        "la Responsable, Mme {s}, m'a dit de vous écrire",
        "c'est {n} qui a fait le virement Interac",
        "Monsieur {s}, votre commande Maison Kitsuné est arrivée",
        "Bonsoir, je suis {n}, j'ai commandé pendant le Black Friday",
        "Merci Beaucoup {f} !",
        "colis reçu par {n}, la gardienne",
        "{s} a signé le bon de livraison",
    ),
}

FIRST: dict[str, tuple[str, ...]] = {
    "fr": (
        "Solène",
        "Gaëtan",
        "Maëlys",
        "Fabrice",
        "Ophélie",
        "Bastien",
        "Yasmina",
        "Ludovic",
        "Clémence",
        "Mathis",
        "Nadège",
        "Tanguy",
        "Ghislaine",
        "Enzo",
    ),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "fr": (
        "Dubreuil",
        "Perrin",
        "Kerbrat",
        "Lagarde",
        "Mercier",
        "Ouedraogo",
        "Vasseur",
        "Charpentier",
        "Le Goff",
        "Morvan",
        "Tessier",
        "Brossard",
    ),
}

REGIONS = {"fr": "FR"}
_SLOT = re.compile(r"\{(n|f|s|N|F)\}")
REPEATS = 1  # each control filled with one name


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn ({N}/{F}: in capitals)."""
    for kind, texts in NO_PII[language].items():
        for text in texts:
            yield language, kind, text, ()
    first, surnames = FIRST[language], SURNAMES[language]
    for k, template in enumerate(CONTROLS[language]):
        full = f"{first[(2 * k) % len(first)]} {surnames[k % len(surnames)]}"
        values = {
            "n": full,
            "f": first[(k + 1) % len(first)],
            "s": surnames[(k + 3) % len(surnames)],
            "N": full.upper(),
            "F": first[(k + 1) % len(first)].upper(),
        }
        text, gold = nopii_runner.fill(template, _SLOT, values)
        yield language, "control", text, gold


def main() -> None:
    kinds = "brand, franglais, service, code, greeting, role, app, caps, emoji, adjective, regional"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
