"""`python -m bench.nopii_tune`: a tune set for no-PII messages in six languages, with name controls.

Written for the round on no-PII messages (shop talk the rules and the small models take for
people and places), from the writer's own vocabulary, without reading any held-out file or its
misses. Each language has commerce messages with no personal data in six kinds, each dense with
one shape that changed tune messages before:

- `firstname`: product lines named like first names ("Stella", "Octavia", "Clio", "Alexa");
- `brandrun`: a brand and a product line as one capitalised run ("Kartell Bourgie");
- `shop`: shops and restaurants named on a town or a street ("Brasserie Grenoble Victor Hugo");
- `shipfrom`: a seller's warehouse town after "ship from", "expédié de", "Versand aus";
- `company`: a company with its legal form ("Müller Möbel GmbH", "Dupont SARL", "Smith & Sons Ltd");
- `misc`: "au lieu de", stations and campuses after "at", country names, "MB Way".

Italian, Spanish and Portuguese have the `shipfrom` kind only (added in a second round, with
"spedito da", "sale de", "sai de", "do armazém em" and the like).

And name-bearing controls, so that what a rule costs shows: the same vocabulary beside real
names ("Stella Morgan will collect it", signatures such as "Mario Rossi, Rossi S.r.l.", a
customer shipped to in a named town), and a customer's own town ({t}: "abito a", "vivo en",
"moro em", "ich wohne in", a greeting's town after a sign-off: "VG aus", "saluti da"), protected
like a name.

It prints, per language and kind, no-PII messages left
unchanged and names protected (every character of each gold name inside some span, whatever its
entity), with the whole default analyzer; `--show N` prints up to N changed messages and misses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.corpus import REGION
from bench.nopii_runner import Example

FIRST_NAME_PRODUCTS = ("Stella", "Octavia", "Clio", "Alexa", "Giulietta", "Aurora", "Luna", "Matilda",
                       "Sienna", "Flora", "Bianca", "Greta")  # fmt: skip
BRAND_RUNS = ("Kartell Bourgie", "Flos Arco", "Artemide Tolomeo", "Alessi Plissé", "Vitra Tip Ton",
              "Muuto Visu", "Smeg Galileo", "Fatboy Lamzac", "Bialetti Brikka", "Hay Palissade",
              "Magis Spun", "Foscarini Twiggy", "Kartell Componibili", "Moroso Redondo")  # fmt: skip
WAREHOUSES = ("Rotterdam", "Leipzig", "Lyon", "Bologna", "Birmingham", "Antwerp", "Warsaw", "Prague",
              "Dortmund", "Lille", "Verona", "Bratislava", "Stuttgart", "Toulouse")  # fmt: skip
COMPANIES = ("Müller Möbel GmbH", "Dupont SARL", "Smith & Sons Ltd", "Rossi S.r.l.", "García Hermanos S.L.",
             "Ferreira & Filhos Lda", "Weber Logistik AG", "Martin Transports SAS", "Bianchi Arredo S.p.A.",
             "Taylor Supplies LLC", "Becker Bau GmbH & Co. KG", "Moreau et Fils SA", "Jones Packaging Limited",
             "Schulz Versand e.K.")  # fmt: skip

TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "firstname": (
            "Is {fn} available in matt black?",
            "Does {fn} come with the wall bracket?",
            "I want {fn} in the larger size, is it dearer?",
            "My {fn} arrived with a cracked shade",
            "Can {fn} be delivered before Friday?",
            "Which is brighter, {fn} or the floor version?",
            "Is {fn} compatible with a dimmer switch?",
            "We ordered two {fn} for the hallway, only one came",
        ),
        "brandrun": (
            "Is {run} available in amber?",
            "How much is {run} with delivery?",
            "{run} arrived scratched, can I swap it?",
            "Do you still sell {run} or was it discontinued?",
            "I saw {run} cheaper elsewhere, do you price match?",
            "Can {run} go outdoors?",
            "Any news on {run}? It says pre-order",
        ),
        "shop": (
            "Can I return it at {shop}?",
            "Is the order ready at {shop}?",
            "I bought it at {shop} last week",
            "Does {shop} stock the refill pods?",
            "{shop} said you handle the warranty",
            "Can I pick it up from {shop} on Saturday?",
        ),
        "shipfrom": (
            "Does it ship from {town} or from the UK?",
            "The parcel ships from {town}, how long does that take?",
            "Tracking says dispatched from {town}",
            "Is your warehouse in {town}? Customs fees?",
            "Sent from {town} on Monday, still not here",
            "Why does the lamp ship from {town} and the bulbs from elsewhere?",
        ),
        "company": (
            "The invoice came from {co}, is that right?",
            "Our supplier {co} sent the wrong pallet",
            "Can you bill {co} instead of the shop?",
            "Delivery by {co} was late again",
            "Is {co} your courier for large items?",
            "Please put {co} on the VAT invoice",
        ),
        "misc": (
            "Can I collect at Union Station?",
            "Is there a locker at Apple Park?",
            "I'd rather pay by MB Way if possible",
            "Do you deliver to Switzerland and Norway?",
            "Can I pick it up at Kings Cross?",
            "Is the pop-up at Westfield Stratford still open?",
            "Do you ship to Ireland or only Great Britain?",
            "Pay with MB Way or card?",
            "The locker at Grand Central was full",
            "I'll take size 40 instead of 38",
        ),
    },
    "fr": {
        "firstname": (
            "Est-ce que {fn} existe en noir mat ?",
            "{fn} est livrée avec la fixation murale ?",
            "Je voudrais {fn} en grand modèle, c'est plus cher ?",
            "Ma {fn} est arrivée avec l'abat-jour fêlé",
            "Vous pouvez livrer {fn} avant vendredi ?",
            "Quelle est la plus lumineuse, {fn} ou la version sur pied ?",
            "{fn} marche avec un variateur ?",
            "On a commandé deux {fn} pour l'entrée, une seule est arrivée",
        ),
        "brandrun": (
            "Est-ce que {run} existe en ambre ?",
            "Combien coûte {run} avec la livraison ?",
            "{run} est arrivée rayée, je peux l'échanger ?",
            "Vous vendez toujours {run} ou c'est arrêté ?",
            "J'ai vu {run} moins cher ailleurs, vous alignez le prix ?",
            "Est-ce que {run} va en extérieur ?",
            "Des nouvelles de {run} ? C'est indiqué en précommande",
        ),
        "shop": (
            "La commande est prête à {shop} ?",
            "Je l'ai acheté chez {shop} la semaine dernière",
            "Est-ce que {shop} a les recharges ?",
            "{shop} m'a dit de voir avec vous pour la garantie",
            "Je peux passer chez {shop} samedi ?",
            "On s'est retrouvés à {shop} pour déjeuner, très bien",
        ),
        "shipfrom": (
            "C'est expédié de {town} ou de France ?",
            "Le colis part de {town}, ça prend combien de temps ?",
            "Le suivi indique expédié depuis {town}",
            "Votre entrepôt est à {town} ? Il y a des frais de douane ?",
            "Envoyé de {town} lundi, toujours rien",
            "Pourquoi la lampe est expédiée de {town} et les ampoules d'ailleurs ?",
        ),
        "company": (
            "La facture vient de {co}, c'est normal ?",
            "Notre fournisseur {co} a livré la mauvaise palette",
            "Vous pouvez facturer {co} à la place ?",
            "La livraison par {co} était encore en retard",
            "{co} est votre transporteur pour les gros colis ?",
            "Merci de mettre {co} sur la facture",
        ),
        "misc": (
            "Je voudrais la taille 40 au lieu de la 38",
            "Vous pouvez l'envoyer au lieu de le garder en boutique ?",
            "Vous livrez en Suisse et en Belgique ?",
            "Livraison possible en Allemagne ou en Autriche ?",
            "Je préfère payer par MB Way",
            "Au lieu du bleu, je prends le vert",
            "Vous expédiez aussi au Luxembourg ?",
            "C'est disponible en Espagne ou seulement en France ?",
            "Le point relais de la gare Saint-Lazare est fermé",
            "Mieux vaut un virement au lieu d'un chèque ?",
        ),
    },
    "de": {
        "firstname": (
            "Gibt es {fn} auch in Mattschwarz?",
            "Wird {fn} mit Wandhalterung geliefert?",
            "Ich möchte {fn} in groß, ist das teurer?",
            "Meine {fn} kam mit gesprungenem Schirm an",
            "Könnt ihr {fn} vor Freitag liefern?",
            "Was ist heller, {fn} oder die Stehversion?",
            "Funktioniert {fn} mit einem Dimmer?",
            "Wir haben zwei {fn} bestellt, nur eine kam an",
        ),
        "brandrun": (
            "Gibt es {run} auch in Bernstein?",
            "Was kostet {run} mit Versand?",
            "{run} kam zerkratzt an, kann ich tauschen?",
            "Verkauft ihr {run} noch oder ist das ausgelaufen?",
            "Ich habe {run} woanders günstiger gesehen",
            "Kann {run} nach draußen?",
            "Gibt es Neuigkeiten zu {run}? Steht auf Vorbestellung",
        ),
        "shop": (
            "Ist die Bestellung bei {shop} abholbereit?",
            "Ich habe es letzte Woche bei {shop} gekauft",
            "Hat {shop} die Nachfüllpackungen?",
            "{shop} meinte, ihr seid für die Garantie zuständig",
            "Kann ich am Samstag bei {shop} abholen?",
            "Wir waren mittags in der {shop}, sehr gut",
        ),
        "shipfrom": (
            "Versand aus {town} oder aus Deutschland?",
            "Das Paket kommt aus {town}, wie lange dauert das?",
            "Laut Sendungsverfolgung versendet ab {town}",
            "Ist euer Lager in {town}? Fallen Zollgebühren an?",
            "Am Montag in {town} verschickt, immer noch nicht da",
            "Warum kommt die Lampe aus {town} und die Birnen von woanders?",
        ),
        "company": (
            "Die Rechnung kam von {co}, stimmt das?",
            "Unser Lieferant {co} hat die falsche Palette geschickt",
            "Könnt ihr {co} statt dem Laden berechnen?",
            "Die Lieferung durch {co} war wieder zu spät",
            "Ist {co} euer Spediteur für Sperrgut?",
            "Bitte {co} auf die Rechnung schreiben",
        ),
        "misc": (
            "Kann ich am Hauptbahnhof abholen?",
            "Liefert ihr in die Schweiz und nach Österreich?",
            "Zahlung mit MB Way möglich?",
            "Ich nehme Größe 40 statt 38",
            "Gibt es eine Packstation am Ostbahnhof?",
            "Versand nach Italien oder nur innerhalb Deutschlands?",
            "Ist der Laden am Alexanderplatz noch offen?",
            "Kann ich im Apple Park Store abholen?",
            "Lieber per Rechnung statt Vorkasse",
            "Gibt es das auch in der Schweiz?",
        ),
    },
    "it": {
        "shipfrom": (
            "È spedito da {town} o dall'Italia?",
            "Il pacco parte da {town}, quanto ci mette?",
            "Il tracciamento dice spedito da {town}",
            "Il vostro magazzino è a {town}? Ci sono dazi?",
            "Arriva dal magazzino di {town} o da quello italiano?",
            "Perché la lampada è spedita da {town} e le lampadine da un'altra parte?",
            "La spedizione parte da {town} il lunedì?",
        ),
    },
    "es": {
        "shipfrom": (
            "¿Se envía desde {town} o desde España?",
            "El paquete sale de {town}, ¿cuánto tarda?",
            "El seguimiento dice enviado desde {town}",
            "¿Vuestro almacén está en {town}? ¿Hay aranceles?",
            "¿Lo mandáis desde nuestro almacén en {town}?",
            "¿Por qué la lámpara sale de {town} y las bombillas de otro sitio?",
            "Pedido despachado desde {town} el lunes y aún nada",
        ),
    },
    "pt": {
        "shipfrom": (
            "É enviado de {town} ou de Portugal?",
            "A encomenda sai de {town}, quanto tempo demora?",
            "O rastreio diz expedido de {town}",
            "O vosso armazém fica em {town}? Há taxas alfandegárias?",
            "Vem do armazém em {town} ou do de Lisboa?",
            "Porque é que o candeeiro sai de {town} e as lâmpadas de outro sítio?",
            "Enviado de {town} na segunda e ainda nada",
        ),
    },
}
SHOPS: dict[str, tuple[str, ...]] = {
    "en": (
        "Hardware Leeds Central",
        "Bakery Bristol Harbourside",
        "Pharmacy Manchester Piccadilly",
        "Brasserie York Minster",
        "Ferramenta Torino Centro",
        "Deli Brighton Lanes",
        "Kitchen Shop Bath Abbey",
        "Garden Centre Oxford Ring Road",
    ),
    "fr": (
        "Brasserie Grenoble Victor Hugo",
        "Quincaillerie Lyon Part-Dieu",
        "Ferramenta Torino Centro",
        "Librairie Rennes République",
        "Fromagerie Annecy Vieille Ville",
        "Bistrot Nantes Commerce",
        "Droguerie Lille Wazemmes",
        "Pharmacie Toulouse Capitole",
    ),
    "de": (
        "Eisenwaren Köln Ehrenfeld",
        "Bäckerei Hamburg Altona",
        "Apotheke München Schwabing",
        "Buchhandlung Leipzig Zentrum",
        "Ferramenta Torino Centro",
        "Brauerei Bamberg Altstadt",
        "Drogerie Dresden Neustadt",
        "Gaststätte Freiburg Münsterplatz",
    ),
}

# Name-bearing controls: the same vocabulary beside real names. {n}: a full name, {s}: a surname.
CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "Thanks, {n}, {s} S.r.l.",
        "Best regards\n{n}\n{s} Ltd",
        "{n} from {s} GmbH called about the pallet",
        "Regards, {n} ({s} & Sons Ltd)",
        "Please ship to {n} in Leeds",
        "Stella {s} will collect it on Friday",
        "Ask for Octavia {s} at the desk",
        "My name is {n}, I ordered the Kartell Bourgie",
        "{n} will pick it up at Union Station",
        "Invoice to {n}, not to {s} SARL",
        "Booked at Salon {n} on Friday",
    ),
    "fr": (
        "Merci, {n}, {s} S.r.l.",
        "Cordialement\n{n}\n{s} SARL",
        "{n} de la société {s} SAS a appelé",
        "Bien à vous, {n} ({s} et Fils SA)",
        "Livrez à {n} à Lyon s'il vous plaît",
        "Stella {s} passera le chercher vendredi",
        "Demandez Octavia {s} à l'accueil",
        "Je m'appelle {n}, j'ai commandé la Kartell Bourgie",
        "{n} viendra au lieu de moi",
        "Facture au nom de {n}, pas de {s} SARL",
        "Rendez-vous chez Coiffeur {n} vendredi",
    ),
    "de": (
        "Danke, {n}, {s} S.r.l.",
        "Mit freundlichen Grüßen\n{n}\n{s} GmbH",
        "{n} von der {s} GmbH hat angerufen",
        "Viele Grüße, {n} ({s} Bau GmbH & Co. KG)",
        "Bitte an {n} in Leipzig liefern",
        "Stella {s} holt es am Freitag ab",
        "Fragt nach Octavia {s} am Empfang",
        "Ich heiße {n} und habe die Kartell Bourgie bestellt",
        "{n} holt es statt mir ab",
        "Rechnung an {n}, nicht an {s} GmbH",
        "Ich habe einen Termin bei Friseur {n}",
        "Die Lieferung von {n} kam heute",
        "Ich wohne in {t}, bitte dorthin liefern",
        "Ich habe es in {t} verschickt",
        "Danke für die schnelle Antwort! VG aus {t}",
        "Bis bald, Gruß aus {t}",
    ),
    "it": (
        "Abito a {t}, potete consegnare lì?",
        "Consegna a {t} presso {n}",
        "Grazie mille, saluti da {t}",
        "Sono {n}, ho ordinato la lampada",
        "Spedito da {n} lunedì, tutto a posto",
    ),
    "es": (
        "Vivo en {t}, ¿podéis entregar allí?",
        "Entrega en {t} a nombre de {n}",
        "Muchas gracias, saludos desde {t}",
        "Soy {n}, pedí la lámpara",
        "Enviado por {n} el lunes, todo bien",
    ),
    "pt": (
        "Moro em {t}, podem entregar lá?",
        "Entrega em {t} em nome de {n}",
        "Muito obrigado, abraços de {t}",
        "Sou {n}, encomendei o candeeiro",
        "Enviado por {n} na segunda, tudo certo",
    ),
}
# The customer's own towns in the controls ({t}), and first names and surnames ({n}, {s})
HOME_TOWNS: dict[str, tuple[str, ...]] = {
    "en": ("Leeds",),
    "fr": ("Lyon",),
    "de": ("Leipzig", "Dortmund", "München", "Bremen"),
    "it": ("Bologna", "Verona", "Padova", "Bari"),
    "es": ("Sevilla", "Zaragoza", "Bilbao", "Málaga"),
    "pt": ("Coimbra", "Lisboa", "Braga", "Faro"),
}
FIRST: dict[str, tuple[str, ...]] = {
    "en": ("Mario", "Sarah", "James", "Emily", "Oliver", "Hannah", "Daniel", "Chloe"),
    "fr": ("Mario", "Camille", "Julien", "Léa", "Nicolas", "Manon", "Thomas", "Élodie"),
    "de": ("Mario", "Lena", "Jonas", "Katrin", "Lukas", "Sabine", "Felix", "Anja"),
    "it": ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Andrea", "Elena", "Matteo"),
    "es": ("Lucía", "Javier", "Carmen", "Pablo", "Marta", "Diego", "Elena", "Sergio"),
    "pt": ("Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Catarina", "Pedro"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Rossi", "Hughes", "Walker", "Morgan", "Barnes", "Fletcher", "Dawson", "Pearce"),
    "fr": ("Rossi", "Lefèvre", "Garnier", "Rousseau", "Morel", "Chevalier", "Fontaine", "Lambert"),
    "de": ("Rossi", "Schröder", "Hoffmann", "Krüger", "Wolf", "Neumann", "Zimmermann", "Hartmann"),
    "it": ("Ferrari", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"),
    "es": ("Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Domínguez", "Gil"),
    "pt": ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins"),
}
_SLOT = re.compile(r"\{(fn|run|shop|town|co|n|s|t)\}")
REPEATS = 3  # controls: each template filled with this many names


def _fill(template: str, values: dict[str, str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The template filled; gold: the customer's slots ("n", "s", "t")."""
    return nopii_runner.fill(template, _SLOT, values, ("n", "s", "t"))


def examples(language: str) -> Iterator[Example]:
    """Every no-PII template with every value of its slot, then the controls."""
    pools = {
        "fn": FIRST_NAME_PRODUCTS,
        "run": BRAND_RUNS,
        "shop": SHOPS.get(language, ()),
        "town": WAREHOUSES,
        "co": COMPANIES,
    }
    for kind, templates in TEMPLATES[language].items():
        for template in templates:
            slots = sorted(set(_SLOT.findall(template)))
            pool = pools[slots[0]] if slots else ("",)
            for value in pool:
                text, _ = _fill(template, {slots[0]: value} if slots else {})
                yield language, kind, text, ()
    first, surnames = FIRST[language], SURNAMES[language]
    for t, template in enumerate(CONTROLS[language]):
        for r in range(REPEATS):
            k = t * REPEATS + r
            surname = surnames[k % len(surnames)]
            towns = HOME_TOWNS[language]
            values = {"n": f"{first[(k + t) % len(first)]} {surname}", "s": surname, "t": towns[k % len(towns)]}
            if t == 0 and r == 0 and language in ("en", "fr", "de"):
                values = {"n": "Mario Rossi", "s": "Rossi"}  # the signature that must keep its name
            text, gold = _fill(template, values)
            yield language, "control", text, gold


def main() -> None:
    regions = {lang: REGION[lang] for lang in TEMPLATES}
    nopii_runner.main(__doc__.splitlines()[0], examples, regions, "firstname, brandrun, ...")


if __name__ == "__main__":
    main()
