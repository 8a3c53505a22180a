"""`python -m bench.nopii_tune5`: first names inside products, brands and shops (en, fr, de).

Written for the round on no-PII messages that a listed first name or the en/fr model's PERSON
changes, from the writer's own knowledge of what shops sell, without reading any held-out file or
its misses. One kind per shape:

- `shop`: shops, cafés and restaurants named after a first name ("Boulangerie Paul", "Chez
  Louis", "Café Marlène", "Pizzeria Da Michele", "Bäckerei Anna");
- `model`: car models after their maker ("Renault Clio", "Opel Corsa", "Kia Carens", "Opel Adam");
- `house`: fashion and perfume houses named after their founders, and their lines ("Ted Baker",
  "Jean Paul Gaultier", "Angel de Mugler", "Thomas Sabo");
- `dish`: dishes and drinks named after people ("crêpe Suzette", "pêche Melba", "Eggs Benedict",
  "Bloody Mary", "Tom Collins", "Hugo" the spritz);
- `title`: books, films, toys and their characters ("Harry Potter", "Astérix", "Peppa Pig",
  "Benjamin Blümchen", "Barbie");
- `noun`: home goods named like people, after or before a product noun or alone ("lampe Anna",
  "the Billy bookcase", "KALLAX", "Henry hoover").

Controls put real people's names ({n}: first name and surname, {f}: first name) in the same
messages, after a cue or doing something, so that a rule's cost shows: "Ask for {f} at the
Boulangerie Paul counter", "{f} a commandé le canapé Léon".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "shop": (
            "Is the Boulangerie Paul near the station open on Sundays?",
            "We ordered the birthday cake from Patisserie Valerie last week",
            "Chez Louis delivered the wrong bottle of wine",
            "Can I collect the order at Café Marlène instead?",
            "Does the voucher work at Pizzeria Da Michele too?",
            "Bar Giulia charged me twice for the same coffee",
            "Is Trattoria da Enzo one of your partner restaurants?",
            "Is our loyalty card accepted at Salon Sophie?",
            "Atelier Margot sent the dress back unaltered",
            "Do Frankie & Benny's take your gift cards?",
            "The receipt says Le Petit Jules but I never ate there",
            "Sally Beauty sold me an expired hair dye",
            "The Papa John's order never arrived",
            "Can I use the code at Bistro Pierre?",
        ),
        "model": (
            "The new Renault Clio has no spare wheel in the boot",
            "Do you have floor mats for an Opel Corsa?",
            "The roof bars don't fit my Kia Carens",
            "Need wiper blades for a Seat Leon estate",
            "Is this charger compatible with the Renault Zoe?",
            "The Nissan Micra brake pads arrived in the wrong box",
            "Seat covers for a Skoda Fabia please",
            "Will the tow bar fit a Ford Ka?",
            "Do these bulbs fit the Mercedes Vito?",
            "Looking for a phone holder for the Toyota Yaris",
            "The Lancia Ypsilon key cover cracked",
            "Is the Aston Martin model kit back?",
            "The Harley Davidson jacket runs small",
            "Is there a boot liner for the Vauxhall Adam?",
        ),
        "house": (
            "Chanel Coco Mademoiselle in 100 ml please",
            "Is Angel by Mugler still on offer?",
            "My Ted Baker bag arrived with a scratch",
            "Do you stock Marc O'Polo jeans?",
            "The Jean Paul Gaultier gift set was missing the spray",
            "Yves Saint Laurent Libre is cheaper on your site than in store",
            "Is the Karl Lagerfeld tote real leather?",
            "I returned the Michael Kors watch two weeks ago",
            "Is there a Carolina Herrera Good Girl tester?",
            "Hugo Boss Bottled or Hugo Red, which lasts longer?",
            "Do you sell Tom Ford lipsticks?",
            "Is the Vera Wang dress returnable?",
            "The Jimmy Choo heels pinch at the toe",
            "Are the Stella McCartney trainers vegan?",
            "Thierry Mugler Alien refill bottle leaks",
            "Does Elizabeth Arden Eight Hour Cream come in a tube?",
        ),
        "dish": (
            "The crêpes Suzette were cold on arrival",
            "Can I add a peach Melba to the order?",
            "Eggs Benedict with no ham please",
            "Two Caesar salads and a pizza Margherita",
            "Is the Sachertorte gluten free?",
            "We ordered two Bloody Marys and got one",
            "Do you sell Tom Collins mix by the case?",
            "The Beef Wellington was undercooked",
            "Can you make the Victoria sponge without nuts?",
            "The Granny Smith apples were bruised",
            "The Pavlova arrived crushed",
            "Is the Earl Grey loose leaf or bags?",
        ),
        "title": (
            "The Harry Potter box set is missing book five",
            "Do you have Asterix in English?",
            "My son wants the whole Tintin collection",
            "Peppa Pig wellies in size 8?",
            "The Barbie Dreamhouse came without the lift",
            "The Playmobil pirate ship is missing a sail",
            "Is the Paddington Bear plush machine washable?",
            "The Winnie the Pooh night light won't switch on",
            "Is Sherlock Holmes available in hardback?",
            "Is the Thomas the Tank Engine track compatible with Brio?",
            "The Peter Rabbit mug arrived chipped",
            "The Sonic the Hedgehog figure is missing an arm",
            "Mickey Mouse ears for a toddler?",
            "Is the Dora the Explorer lunch box dishwasher safe?",
        ),
        "noun": (
            "The KALLAX shelf came without screws",
            "Does the Billy bookcase come in oak?",
            "The Malm dresser has a broken drawer",
            "Is the Ektorp sofa cover washable?",
            "The Emma mattress is too firm for me",
            "The shade of the Anna lamp is dented",
            "Do you have the Stella pendant in brass?",
            "My Henry hoover has lost suction",
            "Is the Sophie la girafe teether BPA free?",
            "The Lotta rug sheds everywhere",
        ),
    },
    "fr": {
        "shop": (
            "La Boulangerie Paul de la gare est ouverte le dimanche ?",
            "Le restaurant Chez Louis n'accepte pas vos chèques cadeaux ?",
            "Le Café Marlène accepte la carte de fidélité ?",
            "La Pizzeria Da Michele livre jusqu'à quelle heure ?",
            "Le Bar Giulia m'a débité deux fois",
            "Le Petit Jules est fermé le lundi ?",
            "Le Salon Sophie a annulé mon rendez-vous sans prévenir",
            "L'Atelier Margot a retouché la robe de travers",
            "La brasserie Chez Georges fait partie de vos partenaires ?",
            "Commande passée au Bistrot Victor, jamais livrée",
            "La crêperie Chez Yvonne est dans votre appli ?",
            "La Pâtisserie Sophie a oublié les bougies",
            "Chez Paulette, on peut payer en tickets resto ?",
            "La Maison Lucas a livré le buffet en retard",
        ),
        "model": (
            "Les tapis pour la Renault Clio sont arrivés ?",
            "Les barres de toit pour la Renault Zoé, vous en avez ?",
            "Je cherche des housses pour Kia Carens",
            "Le rétroviseur de la Seat Leon est fendu",
            "Opel Corsa, ampoule de phare avant ?",
            "La Citroën Ami est livrée avec le câble ?",
            "Un chargeur compatible Renault Zoé ?",
            "Pour le Renault Espace, vous avez les tapis ?",
            "Les plaquettes pour Nissan Micra sont les bonnes ?",
            "Je veux la Fiat Panda en miniature pour mon fils",
            "La Toyota Yaris a une roue de secours ?",
            "La Simca Aronde miniature est en rupture ?",
        ),
        "house": (
            "Le parfum Angel de Mugler en 50 ml",
            "Coco Mademoiselle de Chanel est en promo ?",
            "Le sac Ted Baker est arrivé rayé",
            "Les jeans Marc O'Polo taillent petit",
            "Le Male de Jean Paul Gaultier, coffret de Noël",
            "Yves Saint Laurent Libre est moins cher en ligne qu'en boutique",
            "Karl Lagerfeld, c'est du vrai cuir ?",
            "La montre Michael Kors ne marche plus",
            "Carolina Herrera Good Girl existe en 80 ml ?",
            "Hugo Boss Bottled ou Hugo, lequel tient le mieux ?",
            "Vous vendez le shampoing Jean Louis David ?",
            "Le cabas Vanessa Bruno est en rupture ?",
            "Le parfum Nina de Nina Ricci a fui",
            "Les macarons Pierre Hermé sont arrivés écrasés",
            "Les bottines Isabel Marant taillent grand ?",
            "Le pull Sonia Rykiel en 38, il en reste ?",
        ),
        "dish": (
            "La crêpe Suzette était froide",
            "Une pêche Melba en plus sur la commande",
            "Des œufs Bénédicte sans jambon svp",
            "Deux salades César et une pizza Margherita",
            "La Sachertorte est sans gluten ?",
            "Le Bloody Mary était trop épicé",
            "La tarte Tatin était brûlée",
            "Le poulet Marengo est arrivé froid",
            "La poire Belle-Hélène est au menu ?",
            "Le bœuf Stroganoff est épicé ?",
            "Un Tom Collins et deux mojitos",
            "Les pommes Dauphine étaient trop grasses",
        ),
        "title": (
            "Le coffret Harry Potter n'a pas le tome 5",
            "Vous avez Astérix chez les Bretons ?",
            "Mon fils veut la collection Tintin",
            "Les bottes Peppa Pig en 24 ?",
            "La maison de Barbie est arrivée sans l'ascenseur",
            "Le bateau Playmobil n'a pas de voile",
            "Le doudou Petit Ours Brun est lavable ?",
            "Vous avez tous les albums de Martine ?",
            "Le Petit Nicolas existe en poche ?",
            "Les figurines Lucky Luke sont en stock ?",
            "La veilleuse Winnie l'Ourson ne s'allume pas",
            "Babar en édition originale ?",
            "Le DVD de Bambi est rayé",
            "Les livres de Caillou sont en rupture",
        ),
        "noun": (
            "L'étagère KALLAX est arrivée sans vis",
            "La bibliothèque Billy existe en chêne ?",
            "La commode Malm a un tiroir cassé",
            "La lampe Anna a l'abat-jour abîmé",
            "Le canapé Léon existe en velours ?",
            "La poupée Emma parle anglais ?",
            "La bouteille Marie Brizard est arrivée cassée",
            "Le fauteuil Victor est déhoussable ?",
            "La table Lucie passe à 6 personnes ?",
            "Le lit Juliette existe en 160 ?",
            "Sophie la girafe, c'est sans BPA ?",
        ),
    },
    "de": {
        "shop": (
            "Hat die Bäckerei Anna am Bahnhof sonntags offen?",
            "Nimmt das Café Luise eure Gutscheine?",
            "Die Pizzeria Da Michele liefert bis wann?",
            "Die Trattoria da Enzo hat doppelt abgebucht",
            "Der Salon Sabine hat meinen Termin abgesagt",
            "Das Atelier Clara hat das Kleid falsch gekürzt",
            "Ist die Pizzeria bei Mario auch in eurer App?",
            "Das Bistro Emil hat die Bestellung vergessen",
            "Gilt der Code auch im Gasthaus Zum Alten Fritz?",
            "Die Konditorei Lotte hat die Torte zu spät geliefert",
            "Das Eiscafé Gino hat schon zu",
            "Kann ich im Café Marlene mit Karte zahlen?",
        ),
        "model": (
            "Habt ihr Fußmatten für den Opel Corsa?",
            "Passen die Dachträger auf den Kia Carens?",
            "Wischerblätter für den Seat Leon Kombi bitte",
            "Ist das Ladekabel für den Renault Zoe geeignet?",
            "Sitzbezüge für den Opel Adam gesucht",
            "Die Kofferraummatte für den Opel Karl passt nicht",
            "Der Schlüssel für den Ford Ka ist kaputt",
            "Radkappen für den Skoda Fabia?",
            "Zündkerzen für den Renault Clio",
            "Scheibenwischer für den Mercedes Vito",
            "Die Bremsbeläge für den Nissan Micra sind falsch",
            "Handyhalterung für den Toyota Yaris",
        ),
        "house": (
            "Ist Hugo von Hugo Boss im Angebot?",
            "Die Ted Baker Tasche kam zerkratzt an",
            "Marc O'Polo Jeans fallen klein aus",
            "Das Jean Paul Gaultier Geschenkset ist unvollständig",
            "Ist die Karl Lagerfeld Tasche echtes Leder?",
            "Die Michael Kors Uhr geht nicht mehr",
            "Gibt es Carolina Herrera Good Girl als Tester?",
            "Die Gerry Weber Bluse in 40 bitte",
            "Das Betty Barclay Kleid habe ich zurückgeschickt",
            "Die Tom Tailor Jacke in Größe L",
            "Jil Sander Sun als Duschgel?",
            "Die Thomas Sabo Kette ist angelaufen",
            "Das Daniel Wellington Armband ist gerissen",
            "Bruno Banani Boxershorts im Dreierpack?",
            "Tom Ford Lippenstift in Rot?",
            "Das Marc Cain Kleid hat einen Fleck",
        ),
        "dish": (
            "Die Sachertorte kam zerdrückt an",
            "Gibt es die Pizza Margherita auch vegan?",
            "Zwei Caesar Salad und ein Bloody Mary",
            "Eggs Benedict ohne Schinken bitte",
            "Der Strammer Max war versalzen",
            "Pfirsich Melba ist leider aus",
            "Crêpe Suzette als Nachtisch bitte",
            "Zwei Hugo und ein Aperol Spritz",
            "Die Granny Smith Äpfel waren matschig",
            "Ist der Earl Grey lose oder im Beutel?",
            "Das Fürst Pückler Eis ist geschmolzen",
            "Tom Collins Mix im Karton?",
        ),
        "title": (
            "Die Harry Potter Box hat Band fünf nicht",
            "Habt ihr Asterix auf Englisch?",
            "Der Tim und Struppi Sammelband ist beschädigt",
            "Peppa Wutz Gummistiefel in 25?",
            "Das Barbie Traumhaus kam ohne Aufzug",
            "Playmobil Piratenschiff ohne Segel",
            "Die Benjamin Blümchen CD springt",
            "Gibt es Bibi Blocksberg auf DVD?",
            "Die Conni Bücher als Sammelbox?",
            "Pippi Langstrumpf Kostüm in Größe 116",
            "Die Heidi DVD ist zerkratzt",
            "Die Biene Maja Trinkflasche ist undicht",
            "Max und Moritz als Hörbuch?",
            "Der Bob der Baumeister Bagger ist kaputt",
        ),
        "noun": (
            "Das KALLAX Regal kam ohne Schrauben",
            "Gibt es das Billy Regal in Eiche?",
            "Die Malm Kommode hat eine kaputte Schublade",
            "Die Lampe Anna ist verbeult",
            "Gibt es das Sofa Leon in Samt?",
            "Spricht die Puppe Emma Englisch?",
            "Ist der Sessel Otto abziehbar?",
            "Die Emma Matratze ist zu hart",
            "Die Leuchte Luna flackert",
            "Der Stuhl Paul wackelt",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "Ask for {f} at the Boulangerie Paul counter",
        "{n} ordered the Renault Clio mats last week",
        "My sister {f} bought the Kallax shelf",
        "{n} returned the Ted Baker bag",
        "Please send the Harry Potter box set to {n}",
        "I spoke to {f} at Café Marlène about the refund",
        "Hi, this is {n}, my Opel Corsa floor mats never came",
        "Can {f} collect the Billy bookcase for me?",
        "The eggs Benedict order is under {n}",
        "Regards,\n{n}",
        "My husband {f} ordered the Michael Kors watch",
        "I am {n} and the Asterix book is damaged",
        "{n} will pick up the Malm dresser on Saturday",
        "Thanks {f}, the Emma mattress arrived",
        "{f} and I ordered two pizzas Margherita",
        "The parcel for {n} holds the Peppa Pig wellies",
    ),
    "fr": (
        "{f} a commandé le canapé Léon",
        "Demandez {f} au comptoir de la Boulangerie Paul",
        "{n} a retourné le sac Ted Baker",
        "Envoyez la bibliothèque Billy à {n}",
        "Ma sœur {f} adore la lampe Anna",
        "J'ai parlé avec {f} au Café Marlène",
        "Bonjour, je suis {n}, les tapis pour ma Renault Clio ne sont pas arrivés",
        "Le coffret Harry Potter est au nom de {n}",
        "Cordialement,\n{n}",
        "Mon mari {f} a commandé la montre Michael Kors",
        "{n} passera chercher la commode Malm samedi",
        "Merci {f}, la poupée Emma est bien arrivée",
        "Madame {n} a réservé au Bistrot Victor",
        "C'est {n} qui a payé le parfum Angel de Mugler",
        "{f} et moi avons commandé deux pizzas Margherita",
        "Le colis pour {n} contient le doudou Petit Ours Brun",
    ),
    "de": (
        "Fragen Sie nach {f} an der Theke der Bäckerei Anna",
        "{n} hat die Fußmatten für den Opel Corsa bestellt",
        "Meine Schwester {f} hat das Billy Regal gekauft",
        "{n} hat die Ted Baker Tasche zurückgeschickt",
        "Bitte die Harry Potter Box an {n} schicken",
        "Ich habe mit {f} im Café Luise gesprochen",
        "Hallo, ich bin {n}, die Lampe Anna ist kaputt",
        "Viele Grüße\n{n}",
        "Mein Mann {f} hat die Michael Kors Uhr bestellt",
        "Die Bestellung mit der Sachertorte läuft auf {n}",
        "{n} holt die Malm Kommode am Samstag ab",
        "Danke {f}, die Puppe Emma ist angekommen",
        "Frau {n} hat im Bistro Emil reserviert",
        "Im Auftrag von {n}: das Playmobil Schiff ist unvollständig",
        "{f} und ich haben zwei Pizza Margherita bestellt",
        "Das Paket für {n} enthält die Biene Maja Trinkflasche",
    ),
}
# Names of people, some the same as a product's or a shop's ("Paul", "Anna", "Emma", "Louis")
FIRST: dict[str, tuple[str, ...]] = {
    "en": ("Paul", "Sarah", "James", "Emma", "Oliver", "Grace", "Daniel", "Chloe", "Henry", "Priya"),
    "fr": ("Marie", "Louis", "Camille", "Julien", "Anna", "Théo", "Léa", "Paul", "Manon", "Hugo"),
    "de": ("Anna", "Lukas", "Sabine", "Jonas", "Emma", "Paul", "Katrin", "Felix", "Lena", "Tobias"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Turner", "Walsh", "Patel", "Hughes", "Cooper", "Bennett", "Price", "Clarke"),
    "fr": ("Martin", "Dubois", "Lefèvre", "Moreau", "Garnier", "Roux", "Fournier", "Girard"),
    "de": ("Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schulz", "Krüger"),
}
REGIONS = {"en": "GB", "fr": "FR", "de": "DE"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 2  # each control filled with this many names


def _fill(template: str, values: dict[str, str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The filled control and the offsets of its slots."""
    text, gold, pos = "", [], 0
    for slot in _SLOT.finditer(template):
        text += template[pos : slot.start()]
        value = values[slot.group(1)]
        gold.append((len(text), len(text) + len(value)))
        text += value
        pos = slot.end()
    return text + template[pos:], tuple(gold)


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    for kind, texts in NO_PII[language].items():
        for text in texts:
            yield language, kind, text, ()
    first, surnames = FIRST[language], SURNAMES[language]
    for t, template in enumerate(CONTROLS[language]):
        for r in range(REPEATS):
            k = t * REPEATS + r
            values = {"n": f"{first[(k + t) % len(first)]} {surnames[k % len(surnames)]}",
                      "f": first[(k + 1) % len(first)]}  # fmt: skip
            text, gold = _fill(template, values)
            yield language, "control", text, gold


def main() -> None:
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, "shop, model, house, dish, title, noun")


if __name__ == "__main__":
    main()
