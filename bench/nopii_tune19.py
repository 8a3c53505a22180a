"""`python -m bench.nopii_tune19`: the customer's own region, and a town at an event the writer attends.

Written for a round on two gaps where a customer's whereabouts went out in clear: a first-level
region, province, Land, county or state after a first-person living or being cue ("abito in
Toscana", "ich wohne in Bayern", "I live in Yorkshire"), and a town named with an event the writer
says they will be at ("I'm at the festival in Leeds this weekend", "sarò alla fiera di Verona").
Written from the writer's own knowledge of how customers write on WhatsApp in the six languages,
without reading any held-out file or its misses, without reading the rules' word lists or the
shipped place list, and before any rule was changed for it. Regions chosen include small ones
probably in no shipped list (Molise, Rutland, Vorarlberg, Trás-os-Montes, Cantabria, Creuse).

Controls are the PII side: templates with a region ({r}) or an event town ({t}) that is the
customer's, each gold and to be covered. No-PII messages name one kind:

- `zone`: a region as a delivery zone or a shop's coverage ("do you ship to Cornwall", "spedite in
  Sardegna?");
- `origin`: a product's region of origin ("olio di Toscana", "vino de Rioja", "jambon de Bayonne");
- `shopfair`: the shop's own fair or stand, said by the shop or about it ("will you have a stand
  at the fair?", "siete alla fiera?").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "zone": (
            "do you ship to Cornwall?",
            "is delivery free to the Highlands or is there a surcharge",
            "do you deliver across Yorkshire",
            "how long does shipping to Texas take",
        ),
        "origin": (
            "is the cheddar actually from Somerset",
            "looking for a Kentucky bourbon under 40 quid",
            "is the tea from Assam or Darjeeling",
            "do you have the Tuscany olive oil back in stock",
        ),
        "shopfair": (
            "will you have a stand at the craft fair this year?",
            "are you doing the Christmas market again",
            "saw your stall at the festival, do you sell online too",
            "is the trade show discount still on",
        ),
    },
    "it": {
        "zone": (
            "spedite anche in Sardegna?",
            "quanto costa la spedizione in Sicilia",
            "consegnate in tutta la Lombardia?",
            "la spedizione in Calabria è gratuita?",
        ),
        "origin": (
            "l'olio è di Toscana o pugliese?",
            "avete ancora il prosciutto di Parma",
            "cerco un vino del Piemonte sotto i 20 euro",
            "il pecorino è della Sardegna?",
        ),
        "shopfair": (
            "sarete alla fiera quest'anno?",
            "avete uno stand al mercatino di Natale?",
            "lo sconto della fiera vale ancora?",
            "ho visto il vostro banco alla sagra, vendete online?",
        ),
    },
    "es": {
        "zone": (
            "¿enviáis a Canarias?",
            "cuánto tarda el envío a Galicia",
            "¿hacéis entregas en toda Andalucía?",
            "el envío a Baleares tiene recargo?",
        ),
        "origin": (
            "busco un vino de Rioja que no sea caro",
            "el jamón es de Extremadura?",
            "tenéis queso manchego de La Mancha",
            "¿el aceite es de Jaén?",
        ),
        "shopfair": (
            "¿vais a estar en la feria este año?",
            "tenéis puesto en el mercadillo de Navidad?",
            "el descuento de la feria sigue vigente?",
            "vi vuestro stand en el festival, ¿vendéis online?",
        ),
    },
    "pt": {
        "zone": (
            "enviam para os Açores?",
            "quanto custa o envio para a Madeira",
            "entregam em todo o Alentejo?",
            "o frete para Minas Gerais é grátis?",
        ),
        "origin": (
            "o vinho é do Douro?",
            "têm queijo da Serra da Estrela",
            "procuro um azeite de Trás-os-Montes",
            "o café é de Minas?",
        ),
        "shopfair": (
            "vão estar na feira este ano?",
            "têm banca no mercado de Natal?",
            "o desconto da feira ainda vale?",
            "vi a vossa banca no festival, vendem online?",
        ),
    },
    "fr": {
        "zone": (
            "vous livrez en Corse ?",
            "combien de temps pour une livraison en Bretagne",
            "vous livrez dans toute l'Occitanie ?",
            "la livraison en Guadeloupe est payante ?",
        ),
        "origin": (
            "le beurre vient de Normandie ?",
            "vous avez du jambon de Bayonne",
            "je cherche un vin d'Alsace pas trop cher",
            "le fromage est de Savoie ?",
        ),
        "shopfair": (
            "vous serez au salon cette année ?",
            "vous avez un stand au marché de Noël ?",
            "la remise du salon est encore valable ?",
            "j'ai vu votre stand à la foire, vous vendez en ligne ?",
        ),
    },
    "de": {
        "zone": (
            "liefert ihr auch nach Südtirol?",
            "wie lange dauert der Versand nach Bayern",
            "liefert ihr in ganz Sachsen?",
            "kostet der Versand nach Vorarlberg extra?",
        ),
        "origin": (
            "ist der Wein aus der Pfalz?",
            "habt ihr noch Schinken aus dem Schwarzwald",
            "ich suche einen Riesling von der Mosel",
            "ist der Käse aus dem Allgäu?",
        ),
        "shopfair": (
            "seid ihr dieses Jahr auf der Messe?",
            "habt ihr einen Stand auf dem Weihnachtsmarkt?",
            "gilt der Messerabatt noch?",
            "hab euren Stand auf dem Festival gesehen, verkauft ihr online?",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "I live in {r}, how long would delivery take",
        "we're in {r} so not sure if you cover us",
        "I'm based in {r} btw",
        "moved to {r} last year, is the address change ok",
        "I'm from {r} originally but live here now",
        "i live up in {r} so collection is out",
        "I'm at the festival in {t} this weekend, can it wait",
        "I'll be at the fair in {t} on Saturday so not home",
        "i'm going to the conference in {t} next week",
        "we're at the show in {t} till Sunday, deliver Monday pls",
        "I'm attending the expo in {t} so I can't sign for it",
        "I'll be at the market in {t} all day tomorrow",
    ),
    "it": (
        "abito in {r}, quanto ci mette la consegna?",
        "vivo in {r} da due anni",
        "sono in {r} fino a fine mese",
        "mi sono trasferita in {r}, cambio indirizzo",
        "abitiamo in {r}, arrivate fin qui?",
        "sto in {r} per lavoro adesso",
        "sarò alla fiera di {t} sabato, consegnate lunedì",
        "sono al festival di {t} questo weekend",
        "vado alla fiera di {t} domani quindi non ci sono",
        "domenica sarò al mercatino di {t}",
        "sono alla conferenza di {t} fino a giovedì",
        "parteciperò alla sagra di {t}, posso ritirare dopo?",
    ),
    "es": (
        "vivo en {r}, ¿cuánto tarda?",
        "estoy en {r} hasta el lunes",
        "me mudé a {r} el año pasado",
        "vivimos en {r}, ¿llegáis hasta aquí?",
        "soy de {r} pero vivo fuera",
        "ahora vivo en {r} por trabajo",
        "estaré en la feria de {t} el sábado",
        "estoy en el festival de {t} este finde",
        "voy a la feria de {t} mañana así que no estoy",
        "estaré en el congreso de {t} toda la semana",
        "el domingo estoy en el mercadillo de {t}",
        "iré a la feria de {t}, ¿puedo recogerlo después?",
    ),
    "pt": (
        "moro no {r}, quanto tempo demora?",
        "vivo em {r} há dois anos",
        "estou em {r} até segunda",
        "mudei-me para {r} no ano passado",
        "moramos em {r}, entregam aqui?",
        "sou de {r} mas moro fora",
        "vou estar na feira de {t} no sábado",
        "estou no festival de {t} este fim de semana",
        "vou à feira de {t} amanhã, não estou em casa",
        "estarei no congresso de {t} a semana toda",
        "domingo estou no mercado de {t}",
        "vou ao festival de {t}, posso levantar depois?",
    ),
    "fr": (
        "j'habite en {r}, c'est combien de temps ?",
        "je vis en {r} depuis deux ans",
        "je suis en {r} jusqu'à lundi",
        "on a déménagé en {r} l'an dernier",
        "nous habitons en {r}, vous livrez chez nous ?",
        "je suis originaire de {r} mais j'habite ailleurs",
        "je serai au salon de {t} samedi",
        "je suis au festival de {t} ce week-end",
        "je vais à la foire de {t} demain donc absent",
        "je serai au congrès de {t} toute la semaine",
        "dimanche je suis au marché de Noël de {t}",
        "j'irai au salon de {t}, je peux récupérer après ?",
    ),
    "de": (
        "ich wohne in {r}, wie lange dauert das?",
        "ich lebe seit zwei Jahren in {r}",
        "bin bis Montag in {r}",
        "wir sind letztes Jahr nach {r} gezogen",
        "wir wohnen in {r}, liefert ihr hierher?",
        "ich komme aus {r}, wohne aber woanders",
        "ich bin am Samstag auf der Messe in {t}",
        "bin dieses Wochenende auf dem Festival in {t}",
        "ich fahre morgen zur Messe nach {t}, bin nicht da",
        "ich bin die ganze Woche auf der Konferenz in {t}",
        "Sonntag bin ich auf dem Weihnachtsmarkt in {t}",
        "ich gehe zum Stadtfest in {t}, kann ich danach abholen?",
    ),
}

# the customer's region, alternating with the event town in the templates' slots
REGION_POOL: dict[str, tuple[str, ...]] = {
    "en": ("Yorkshire", "Rutland", "Ohio", "Cornwall", "Kerry", "Vermont"),
    "it": ("Toscana", "Molise", "Umbria", "Basilicata", "Puglia", "Friuli"),
    "es": ("Andalucía", "Cantabria", "Asturias", "Extremadura", "Murcia", "Navarra"),
    "pt": ("Algarve", "Alentejo", "Minho", "Paraná", "Trás-os-Montes", "Goiás"),
    "fr": ("Normandie", "Bourgogne", "Creuse", "Auvergne", "Vendée", "Ardèche"),
    "de": ("Bayern", "Vorarlberg", "Thüringen", "Sachsen-Anhalt", "Tirol", "Brandenburg"),
}
TOWN_POOL: dict[str, tuple[str, ...]] = {
    "en": ("Leeds", "Harrogate", "Galway", "Austin", "Kendal", "Cheltenham"),
    "it": ("Verona", "Rimini", "Cremona", "Bologna", "Alba", "Lucca"),
    "es": ("Sevilla", "Jerez", "Pamplona", "Valencia", "Ronda", "Zaragoza"),
    "pt": ("Braga", "Viseu", "Porto", "Recife", "Óbidos", "Curitiba"),
    "fr": ("Lyon", "Colmar", "Annecy", "Angers", "Bordeaux", "Rennes"),
    "de": ("Leipzig", "Hannover", "Nürnberg", "Dornbirn", "Köln", "Freiburg"),
}
FIRST: dict[str, tuple[str, ...]] = {lang: ("Anna",) for lang in CONTROLS}
REGIONS = {"en": "GB", "it": "IT", "es": "ES", "pt": "PT", "fr": "FR", "de": "DE"}
_SLOT = re.compile(r"\{(r|t)\}")
REPEATS = 1


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with a region or a town in turn."""
    return nopii_runner.with_controls(
        language,
        NO_PII[language],
        CONTROLS[language],
        _SLOT,
        REPEATS,
        FIRST[language],
        FIRST[language],
        {"r": REGION_POOL[language], "t": TOWN_POOL[language]},
    )


def main() -> None:
    kinds = "zone, origin, shopfair"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
