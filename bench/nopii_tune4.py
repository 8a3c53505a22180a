"""`python -m bench.nopii_tune4`: the business's places in shop talk, in six languages, with controls.

Written for the round on places in no-PII shop chat, from the writer's own vocabulary, without
reading any held-out file or its misses. No-PII messages name places that are the business's or the
goods', never the customer's, one kind each:

- `branch`: a shop's branches, warehouses, showrooms and offices ("dispatched from our Leeds
  warehouse", "il negozio di Torino", "unsere Filiale in Köln", "la tienda de Valencia");
- `origin`: where goods are made or come from ("Made in Portugal", "prosciutto di Parma", "vinho do
  Douro", "fabriqué en France", "hergestellt in Deutschland");
- `zone`: shipping-zone questions about a country ("Do you ship to Germany?", "¿Enviáis a
  Portugal?", "Liefert ihr nach Österreich?");
- `event`: fairs, weeks and shows named on a town ("Milano Design Week", "Salone di Torino");
- `transport`: trains, buses and flights named on a town ("the Paris train", "le TGV pour Lyon");
- `club`: football clubs named on a town, on goods and in chat ("the Leeds shirt", "la maglia del
  Torino").

Controls put the customer's own place ({t}) in the same vocabulary: where they live, where their
order goes, where they come from, a relative's home, a pickup point, an address; some with a name
({n}). Gold spans are the place (and the name). It prints per language and kind no-PII messages left
unchanged and places protected, with the whole default analyzer (`bench.nopii_runner`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

# {b}: a business's town, filled from BRANCH_TOWNS in turn; other texts are used as written
NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "branch": (
            "Your order was dispatched from our {b} warehouse this morning",
            "Is the {b} store open on Sunday?",
            "Does your {b} branch have the blue kettle in stock?",
            "The {b} showroom has the sofa on display",
            "Our {b} depot is closed for stocktaking until Monday",
            "Can the shop in {b} check if they have size 10?",
            "The item is only stocked at the {b} branch",
            "Your return reached our {b} returns centre",
            "Customer service in {b} will call you back",
            "We have stores in {b} and online",
        ),
        "origin": (
            "Is this jacket Made in Portugal?",
            "The label says made in Italy but the box says China",
            "Are the shoes made in Spain or in Vietnam?",
            "I want the real Parma ham, not the cheap one",
            "Do you sell the Sheffield steel knives separately?",
            "Is the cheese from France or from Germany?",
            "These rugs are handmade in India, right?",
            "The coffee beans come from Colombia and Brazil",
            "Is the wool sourced from Scotland?",
            "The mug is made in England according to the base",
        ),
        "zone": (
            "Do you ship to Germany?",
            "Do you deliver to Ireland and how much is postage?",
            "Can you ship to Canada or only within the UK?",
            "How long does delivery to Spain take?",
            "Is there customs to pay for orders to Switzerland?",
            "Do you ship internationally, e.g. to Australia?",
            "What is the shipping cost to France?",
            "Do you offer free delivery to the Netherlands?",
        ),
        "event": (
            "Will you have a stand at the Milan Design Week?",
            "Is the discount from the London Fashion Week still valid?",
            "We saw the chair at the Frankfurt fair",
            "Are you exhibiting at the Birmingham trade show?",
        ),
        "transport": (
            "The parcel went on the Paris train, right?",
            "Was it sent on the Glasgow flight?",
            "Did it miss the Dublin ferry?",
        ),
        "club": (
            "Do you have the Leeds United home shirt in XL?",
            "Is the Chelsea scarf back in stock?",
            "The Liverpool mug arrived chipped",
            "Do you print names on the Arsenal shirts?",
        ),
    },
    "fr": {
        "branch": (
            "Votre colis est parti de notre entrepôt de {b} ce matin",
            "Le magasin de {b} est ouvert le dimanche ?",
            "Est-ce que la boutique de {b} a la robe en 38 ?",
            "Notre agence de {b} vous rappellera",
            "Le showroom de {b} expose le canapé",
            "Le service client de {b} est fermé lundi",
            "Le retour est arrivé à notre centre de {b}",
            "Nos magasins de {b} et de Paris ont du stock",
            "Votre magasin à {b} fait-il les retouches ?",
            "La succursale de {b} n'a plus la taille M",
        ),
        "origin": (
            "Ce pull est fabriqué en France ?",
            "L'étiquette dit Made in Italy",
            "Les chaussures sont fabriquées au Portugal ou en Chine ?",
            "Je voudrais la vraie moutarde de Dijon",
            "Le savon de Marseille est en rupture ?",
            "Le jambon de Bayonne est-il tranché ?",
            "Le fromage vient de Savoie ou de Suisse ?",
            "Le café vient d'Éthiopie ?",
            "La porcelaine de Limoges est-elle garantie ?",
            "Les tapis sont faits main au Maroc ?",
        ),
        "zone": (
            "Vous livrez en Belgique ?",
            "Est-ce que vous expédiez en Suisse ?",
            "Livrez-vous au Canada ?",
            "Combien coûte la livraison vers l'Allemagne ?",
            "Y a-t-il des frais de douane pour la Suisse ?",
            "Vous livrez à l'étranger, par exemple en Espagne ?",
            "Les frais de port pour l'Italie sont de combien ?",
            "Livraison gratuite en Belgique et au Luxembourg ?",
        ),
        "event": (
            "Serez-vous au Salon de Paris cette année ?",
            "La remise de la Foire de Lyon est encore valable ?",
            "On a vu la table à la Paris Design Week",
            "Le code promo du Salon de Genève marche encore ?",
        ),
        "transport": (
            "Le colis est parti par le TGV Paris-Lyon ?",
            "Il est dans le camion pour Marseille ?",
            "Le Thalys de Bruxelles est en retard, le livreur aussi",
        ),
        "club": (
            "Vous avez le maillot de Marseille en XL ?",
            "Le maillot du PSG est en rupture ?",
            "L'écharpe de Lyon est arrivée déchirée",
            "Vous floquez les maillots de Bordeaux ?",
        ),
    },
    "it": {
        "branch": (
            "Il pacco è partito dal nostro magazzino di {b} stamattina",
            "Il negozio di {b} è aperto la domenica?",
            "La filiale di {b} ha la lampada in bianco?",
            "Lo showroom di {b} espone il divano",
            "Il punto vendita di {b} fa le riparazioni?",
            "Il nostro ufficio di {b} vi richiamerà",
            "Il reso è arrivato al centro di {b}",
            "Abbiamo negozi a {b} e online",
            "Il negozio a {b} ha la taglia 42?",
            "La sede di {b} è chiusa per inventario",
        ),
        "origin": (
            "Questa giacca è Made in Italy?",
            "L'etichetta dice fatto in Cina",
            "Le scarpe sono prodotte in Portogallo?",
            "Vorrei il prosciutto di Parma affettato",
            "L'aceto di Modena è invecchiato?",
            "Il vetro di Murano è originale?",
            "Il caffè viene dal Brasile o dall'Etiopia?",
            "La mozzarella di Bufala Campana arriva fresca?",
            "Il pecorino viene dalla Sardegna?",
            "Il parmigiano è prodotto in Emilia?",
        ),
        "zone": (
            "Spedite in Germania?",
            "Consegnate in Svizzera?",
            "Quanto costa la spedizione in Francia?",
            "Spedite anche all'estero, per esempio in Austria?",
            "Ci sono dazi per la Svizzera?",
            "Fate spedizioni verso la Spagna?",
            "La spedizione in Belgio è gratuita?",
            "Spedite a San Marino?",
        ),
        "event": (
            "Sarete alla Milano Design Week?",
            "Lo sconto del Salone di Torino vale ancora?",
            "Abbiamo visto il tavolo alla Fiera di Verona",
            "Il codice della Fiera di Bologna funziona?",
        ),
        "transport": (
            "Il pacco è sul camion per Napoli?",
            "È partito col treno per Roma?",
            "Il Frecciarossa Milano-Roma ha portato il pacco?",
        ),
        "club": (
            "Avete la maglia del Torino in XL?",
            "La sciarpa della Roma è arrivata rotta",
            "La maglia del Napoli è disponibile?",
            "Stampate i nomi sulle maglie del Bologna?",
        ),
    },
    "pt": {
        "branch": (
            "A encomenda saiu do nosso armazém de {b} hoje",
            "A loja de {b} abre ao domingo?",
            "A filial de {b} tem o sofá em cinza?",
            "O showroom de {b} tem a mesa exposta",
            "A nossa loja em {b} faz ajustes?",
            "O escritório de {b} vai ligar de volta",
            "A devolução chegou ao centro de {b}",
            "Temos lojas em {b} e online",
            "O centro de distribuição de {b} está atrasado",
            "A unidade de {b} tem o tamanho 40?",
        ),
        "origin": (
            "Este casaco é Made in Portugal?",
            "A etiqueta diz feito na China",
            "Os sapatos são fabricados em Portugal?",
            "Quero o vinho do Douro, não o de mesa",
            "O queijo da Serra da Estrela está em promoção?",
            "O café vem da Colômbia ou do Brasil?",
            "O azeite é de Trás-os-Montes?",
            "A cerâmica de Caldas da Rainha vem embrulhada?",
            "O vinho do Porto é de 10 anos?",
            "O tapete é feito na Índia?",
        ),
        "zone": (
            "Vocês enviam para Espanha?",
            "Entregam em França?",
            "Quanto custa o envio para a Alemanha?",
            "Enviam para o estrangeiro, por exemplo Suíça?",
            "Há taxas de alfândega para o Brasil?",
            "Fazem entregas para os Açores?",
            "O envio para Angola demora quanto?",
            "Vocês entregam no Brasil?",
        ),
        "event": (
            "Vão estar na Feira de Lisboa?",
            "O desconto da Moda Lisboa ainda vale?",
            "Vimos a cadeira na Feira de São Paulo",
            "O cupom da Semana de Design de Milão funciona?",
        ),
        "transport": (
            "A encomenda foi no camião para Lisboa?",
            "Foi no voo para o Porto?",
            "O caminhão para Curitiba já saiu?",
        ),
        "club": (
            "Tem a camisola do Porto em XL?",
            "O cachecol do Benfica chegou rasgado",
            "A camisa do Santos está disponível?",
            "Personalizam a camisola do Braga?",
        ),
    },
    "es": {
        "branch": (
            "El pedido salió de nuestro almacén de {b} esta mañana",
            "¿La tienda de {b} abre el domingo?",
            "¿La sucursal de {b} tiene la lámpara en blanco?",
            "El showroom de {b} tiene el sofá expuesto",
            "¿Nuestra tienda en {b} hace arreglos?",
            "La oficina de {b} le devolverá la llamada",
            "La devolución llegó al centro de {b}",
            "Tenemos tiendas en {b} y online",
            "El centro logístico de {b} va con retraso",
            "¿La tienda de {b} tiene la talla 40?",
        ),
        "origin": (
            "¿Esta chaqueta es Made in Spain?",
            "La etiqueta dice hecho en China",
            "¿Los zapatos están fabricados en Portugal?",
            "Quiero el jamón de Jabugo, no el serrano",
            "¿El aceite de Jaén es virgen extra?",
            "¿El café viene de Colombia o de Brasil?",
            "¿El queso manchego es de Toledo?",
            "¿La cerámica de Talavera viene envuelta?",
            "¿El vino de Rioja es crianza?",
            "¿La alfombra está hecha en la India?",
        ),
        "zone": (
            "¿Enviáis a Portugal?",
            "¿Hacen envíos a Francia?",
            "¿Cuánto cuesta el envío a Alemania?",
            "¿Envían al extranjero, por ejemplo a Suiza?",
            "¿Hay aduana para Canarias?",
            "¿Envían a México?",
            "¿El envío a Italia es gratis?",
            "¿Entregan en Andorra?",
        ),
        "event": (
            "¿Estaréis en la Feria de Valencia?",
            "¿El descuento de la Madrid Fashion Week sigue valiendo?",
            "Vimos la silla en la Feria de Sevilla",
            "¿El código del Salón de Barcelona funciona?",
        ),
        "transport": (
            "¿El paquete va en el camión para Bilbao?",
            "¿Fue en el AVE Madrid-Sevilla?",
            "¿El Flixbus para Oporto lleva paquetes?",
        ),
        "club": (
            "¿Tienen la camiseta del Valencia en XL?",
            "La bufanda del Sevilla llegó rota",
            "¿La camiseta del Betis está disponible?",
            "¿Estampan nombres en la camiseta del Villarreal?",
        ),
    },
    "de": {
        "branch": (
            "Ihre Bestellung wurde heute aus unserem Lager in {b} verschickt",
            "Hat die Filiale in {b} am Samstag offen?",
            "Hat unsere Filiale in {b} die Lampe in Weiß?",
            "Der Showroom in {b} hat das Sofa ausgestellt",
            "Der Laden in {b} macht keine Reparaturen",
            "Unser Büro in {b} ruft Sie zurück",
            "Die Retoure ist im Zentrallager {b} angekommen",
            "Wir haben Filialen in {b} und online",
            "Das Geschäft in {b} hat Größe 42 nicht mehr",
            "Der Kundenservice in {b} ist montags zu",
        ),
        "origin": (
            "Ist die Jacke Made in Germany?",
            "Auf dem Etikett steht hergestellt in China",
            "Sind die Schuhe in Portugal gefertigt?",
            "Ich möchte den echten Schwarzwälder Schinken",
            "Ist das Messer aus Solingen?",
            "Kommt der Kaffee aus Kolumbien oder aus Brasilien?",
            "Ist der Käse aus der Schweiz?",
            "Ist das Porzellan aus Meißen echt?",
            "Wird der Teppich in Indien geknüpft?",
            "Ist der Wein aus der Pfalz?",
        ),
        "zone": (
            "Liefert ihr nach Österreich?",
            "Versenden Sie in die Schweiz?",
            "Was kostet der Versand nach Frankreich?",
            "Liefern Sie auch ins Ausland, zum Beispiel nach Italien?",
            "Fallen Zollgebühren für die Schweiz an?",
            "Liefern Sie nach Luxemburg?",
            "Ist der Versand nach Belgien kostenlos?",
            "Versendet ihr nach Polen?",
        ),
        "event": (
            "Sind Sie auf der Messe in Köln?",
            "Gilt der Rabatt von der Berlin Fashion Week noch?",
            "Wir haben den Stuhl auf der Frankfurter Messe gesehen",
            "Funktioniert der Code von der Messe München noch?",
        ),
        "transport": (
            "Ist das Paket im LKW nach Hamburg?",
            "Kam es mit dem ICE aus Berlin?",
            "Fährt der Flixbus nach Prag auch Pakete?",
        ),
        "club": (
            "Habt ihr das Trikot von Schalke in XL?",
            "Der Schal von Köln kam kaputt an",
            "Ist das Bayern-Trikot verfügbar?",
            "Flockt ihr Namen auf das Dortmund-Trikot?",
        ),
    },
}
BRANCH_TOWNS: dict[str, tuple[str, ...]] = {
    "en": ("Leeds", "Manchester", "Bristol", "Glasgow"),
    "fr": ("Lyon", "Nantes", "Lille", "Bordeaux"),
    "it": ("Torino", "Bologna", "Firenze", "Bari"),
    "pt": ("Braga", "Coimbra", "Campinas", "Porto Alegre"),
    "es": ("Valencia", "Zaragoza", "Bilbao", "Málaga"),
    "de": ("Köln", "Hamburg", "Leipzig", "Stuttgart"),
}
BRANCH_FILLS = 3  # each branch template filled with this many towns
# {t}: the customer's place (gold); {n}: a person's name (gold)
CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "I live in {t}, do you deliver there?",
        "Please send it to my sister in {t}",
        "I'm from {t} and the parcel never arrived",
        "Can I collect it from the {t} store? Order for {n}",
        "My postcode area is {t}",
        "Deliver to {n}, 12 Park Road, {t}",
        "We moved to {t} last month, please update my address",
        "Ship it to {t}, to my mum's house",
        "I'm based in {t}, is next-day delivery possible?",
    ),
    "fr": (
        "J'habite à {t}, vous livrez ?",
        "Envoyez-le à {t}, chez ma sœur",
        "Je suis de {t} et le colis n'est jamais arrivé",
        "Je viens le chercher au magasin de {t}, commande au nom de {n}",
        "Livrer à {n}, 12 rue des Lilas, {t}",
        "On a déménagé à {t}, changez mon adresse",
        "Je vis à {t}, la livraison prend combien de temps ?",
        "Mon mari travaille à {t}, livrez-le là-bas",
        "Le colis doit aller chez ma mère à {t}",
    ),
    "it": (
        "Abito a {t}, consegnate?",
        "Consegna a {t} presso mia madre",
        "Sono di {t} e il pacco non è arrivato",
        "Ritiro al negozio di {t} a nome di {n}",
        "Consegnare a {n}, via Roma 12, {t}",
        "Mi sono trasferito a {t}, aggiornate l'indirizzo",
        "Vivo a {t}, quanto ci mette la consegna?",
        "Spedite a mia sorella a {t}",
        "Il pacco deve arrivare a casa mia a {t}",
    ),
    "pt": (
        "Moro em {t}, vocês entregam?",
        "Enviem para a casa da minha mãe em {t}",
        "Sou de {t} e a encomenda não chegou",
        "Vou levantar na loja de {t}, em nome de {n}",
        "Entregar a {n}, Rua das Flores 12, {t}",
        "Mudei para {t}, atualizem a morada",
        "Vivo em {t}, quanto tempo demora?",
        "Mandem para a minha irmã em {t}",
        "A encomenda tem de ir para minha casa em {t}",
    ),
    "es": (
        "Vivo en {t}, ¿hacéis envíos?",
        "Enviadlo a casa de mi madre en {t}",
        "Soy de {t} y el paquete no llegó",
        "Lo recojo en la tienda de {t}, a nombre de {n}",
        "Entregar a {n}, calle Mayor 12, {t}",
        "Me mudé a {t}, actualicen la dirección",
        "Estoy en {t}, ¿cuánto tarda?",
        "Mandadlo a mi hermana en {t}",
        "El paquete tiene que ir a mi casa en {t}",
    ),
    "de": (
        "Ich wohne in {t}, liefert ihr dorthin?",
        "Bitte an meine Schwester in {t} schicken",
        "Ich komme aus {t} und das Paket kam nie an",
        "Ich hole es in der Filiale in {t} ab, Bestellung auf {n}",
        "Lieferung an {n}, Hauptstraße 12, {t}",
        "Wir sind nach {t} gezogen, bitte Adresse ändern",
        "Ich lebe in {t}, wie lange dauert der Versand?",
        "Bitte zu meiner Mutter nach {t} liefern",
        "Das Paket muss zu mir nach Hause in {t}",
    ),
}
HOME_TOWNS: dict[str, tuple[str, ...]] = {
    "en": ("Leeds", "Norwich", "Swindon", "Bristol", "Dundee", "Reading"),
    "fr": ("Nantes", "Rennes", "Limoges", "Lyon", "Tours", "Besançon"),
    "it": ("Lecce", "Bari", "Bergamo", "Torino", "Trento", "Modena"),
    "pt": ("Campinas", "Braga", "Aveiro", "Coimbra", "Recife", "Viseu"),
    "es": ("Valencia", "Cáceres", "Zaragoza", "Lugo", "Bilbao", "Albacete"),
    "de": ("Bielefeld", "Köln", "Kassel", "Leipzig", "Hamburg", "Ulm"),
}
NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Hannah Whitaker", "Callum Fraser", "Priya Mistry"),
    "fr": ("Camille Roussel", "Thibault Marchand", "Léa Girard"),
    "it": ("Chiara Fontana", "Matteo Galli", "Giulia Rinaldi"),
    "pt": ("Beatriz Antunes", "Tiago Moreira", "Larissa Nogueira"),
    "es": ("Lucía Cabrera", "Íñigo Arrieta", "Marta Salinas"),
    "de": ("Jana Hoffmann", "Lukas Brandt", "Miriam Vogel"),
}
REGIONS = {"en": "GB", "fr": "FR", "it": "IT", "pt": "PT", "es": "ES", "de": "DE"}
_SLOT = re.compile(r"\{(n|t|b)\}")
REPEATS = 3  # each control filled with this many towns


def _fill(template: str, values: dict[str, str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The template filled; gold: the customer's slots ("n", "t")."""
    return nopii_runner.fill(template, _SLOT, values, ("n", "t"))


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message (branch templates filled with towns), then the filled controls."""
    branch = BRANCH_TOWNS[language]
    for kind, texts in NO_PII[language].items():
        for t, template in enumerate(texts):
            fills = BRANCH_FILLS if "{b}" in template else 1
            for r in range(fills):
                yield language, kind, _fill(template, {"b": branch[(t + r) % len(branch)]})[0], ()
    towns, names = HOME_TOWNS[language], NAMES[language]
    for t, template in enumerate(CONTROLS[language]):
        for r in range(REPEATS):
            k = t * REPEATS + r
            text, gold = _fill(template, {"t": towns[k % len(towns)], "n": names[k % len(names)]})
            yield language, "control", text, gold


def main() -> None:
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, "branch, origin, zone, event, transport, club")


if __name__ == "__main__":
    main()
