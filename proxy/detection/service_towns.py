"""Towns in a question about the shop's service, not where a person is (`business.shop_place`).

Shop chat asks whether and when the shop's service reaches a town far more often than it says where
anyone is: "Vous livrez à Bastia ?", "Do you deliver to Leeds, or only around …?", "When does the new
range land in Glasgow?", "¿Cuándo llega a Zaragoza la nueva colección?", "Le Comté est revenu en stock
chez Fnac à Bayonne ?", "Can I collect the backpack from Kingston on Tuesday?", "Kann ich … am
Donnerstag in Stuttgart abholen?". Six independent writers of the retired sets wrote these as messages
with no personal data. A listed town (cities of 15 000+, countries, regions) in such a question names
where the business's service reaches: it is coarser than the shared-location coordinates Veil already
forwards rounded to ~1 km, it states no one's whereabouts, and HIPAA Safe Harbor, the strictest common
de-identification rule, keeps geographic units of 20 000+ people. Three shapes (`service_town`):

- **whether the shop delivers or ships there**: a second-person question of delivery right before the
  town ("do you deliver to", "vous livrez jusqu'à", "spedite a", "¿entregáis en", "entregam em",
  "liefert ihr nach"), nothing but goods between ("Do you deliver shortbread to Glasgow?");
- **collecting at, or coming by, the shop there**: a question that asks whether the writer may
  ("can I", "je peux", "posso", "puedo", "kann ich") collect, pick up or exchange there. A branch
  named for a pickup is the business's premises, asked about like its opening hours; the statement
  "I'll pick it up in Leeds on Monday" says where the writer will be and when, and stays;
- **stock, a range, a restock or a sale there**, asked ("est revenu en stock chez Fnac à Bayonne ?",
  "Les soldes continuent jusqu'en novembre à Namur ?") or said sold out ("In Linz war alles weg").

Fail closed, each keeps the town: the writer or a person in the sentence other than the asking "I"
("I'm in Leeds, do you deliver there?", "sono di Lecce"), a home, living, a relative or being
from anywhere in the message ("Do you deliver to Leeds? My mum lives there"), an order, parcel or
pronoun between the verb and the town ("can you deliver it to Leeds?", "spedite il pacco a Bari?"),
an instruction or a statement rather than a question ("send it to Leeds", "Lieferung nach Linz"), a
digit right after the town (a postcode), a town no list holds and a town that is also a first name
("Do you deliver to Florence?").
"""

from __future__ import annotations

from functools import cache

import regex  # type: ignore[import-untyped]

from proxy.detection import said_of
from proxy.detection.phrases import alternation
from proxy.detection.settings import Span
from proxy.detection.shop_town import openers
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.regions import BEING_BEFORE

_B = r"[ \t\u00a0]+"
_ARTICLE = r"(?:(?:the|la|le|les|l['’]|el|il|lo|o|a|os|as|der|die|dem|den)(?:[ \t\u00a0]+|(?<=['’])))?"
# A word between a verb and the town: no digit, no comma (an address or a list of things to do)
_WORD = r"[\p{L}'’&.-]+"
# The same with digits, between "can I" and collecting: "Can I pay for the iPhone 15 case and collect"
_ANY_WORD = r"[\p{L}\d'’&.-]+"
# A first name above this popularity could be a person where a town is asked ("deliver to Florence")
_FIRST_NAME_POPULARITY = 2

# Whether the shop delivers or ships there: a second-person question of delivery (no clitic for the
# customer or the order before the verb: "vous nous livrez", "vous le livrez" are not here), then up
# to four words of goods and a preposition of destination right before the town.
_DELIVERY_ASK: dict[str, str] = {
    "en": r"(?:do|does|can|could|will|would)[ \t\u00a0]+(?:you|u|ya|they)(?:[ \t\u00a0]+(?:still|also|even|guys))?"
    r"[ \t\u00a0]+(?:deliver|ship|post|send)"
    r"|(?:deliver|ship|post)[ \t\u00a0]+(?:you|u)",
    "fr": r"(?:vous|est-ce[ \t\u00a0]+que[ \t\u00a0]+vous)[ \t\u00a0]+(?:livrez|expédiez|envoyez)"
    r"|(?:livrez|expédiez|envoyez)-vous"
    r"|vous[ \t\u00a0]+faites[ \t\u00a0]+(?:la[ \t\u00a0]+|des[ \t\u00a0]+)?livraisons?",
    "it": r"spedite|consegnate|inviate|recapitate|fate[ \t\u00a0]+(?:consegne|spedizioni)",
    "es": r"enviáis|enviais|entregáis|entregais|repartís|repartis|mandáis|mandais|hacéis[ \t\u00a0]+(?:envíos|entregas)"
    r"|envían|entregan|reparten",
    "pt": r"entregam|enviam|mandam|despacham|fazem[ \t\u00a0]+entregas?|fazem[ \t\u00a0]+envios?",
    "de": r"(?:liefert|versendet|verschickt|schickt)[ \t\u00a0]+ihr"
    r"|(?:liefern|versenden|verschicken|schicken)[ \t\u00a0]+sie",
}
_DESTINATION: dict[str, str] = {
    "en": r"to|into|in|out[ \t\u00a0]+to",
    "fr": r"à|a|au|aux|en|jusqu['’]à|jusqu['’]au|jusqu['’]en|sur|vers|dans",
    "it": r"a|ad|in|fino[ \t\u00a0]+a|verso|per|su",
    "es": r"a|en|hasta|para",
    "pt": r"em|no|na|a|para|pra|até",
    "de": r"nach|in|bis|bis[ \t\u00a0]+nach",
}
# The German verb and "ihr"/"Sie" open the question; the rest of the languages need its question mark
_ASKED_BY_ITSELF = frozenset({"en", "de"})
# A first town and "and"/"or" before this one, in the same question: "¿Envían a Santa Cruz de Tenerife y
# a San Sebastián?", "Do you deliver to Leeds or Bradford?", "Spedite a Udine e a Gorizia?"
_FIRST_TOWN = (
    r"(?-i:\p{Lu}[\p{L}'’-]*)"
    r"(?:[ \t\u00a0]+(?:(?:de|del|da|do|di|sur|upon|am|an)[ \t\u00a0]+)?(?-i:\p{Lu}[\p{L}'’-]*)){0,3}"
    r",?[ \t\u00a0]+(?:and|or|et|ou|y|e|o|und|oder)[ \t\u00a0]+"
)

# Collecting, picking up or exchanging there, asked: "can I", then the verb, then a few words and a
# preposition of position or origin right before the town
_MAY_I: dict[str, str] = {
    "en": r"(?:can|could|may)[ \t\u00a0]+(?:i|we)",
    "fr": r"je[ \t\u00a0]+peux|puis-je|on[ \t\u00a0]+peut|peut-on|est-ce[ \t\u00a0]+que[ \t\u00a0]+je[ \t\u00a0]+peux",
    "it": r"posso|possiamo|si[ \t\u00a0]+può",
    "es": r"puedo|podemos|se[ \t\u00a0]+puede",
    "pt": r"posso|podemos|dá[ \t\u00a0]+para|dá[ \t\u00a0]+pra",
    "de": r"kann[ \t\u00a0]+(?:ich|man|wir)|können[ \t\u00a0]+wir",
}
_COLLECT: dict[str, str] = {
    "en": r"collect|pick[ \t\u00a0]+(?:it|them)[ \t\u00a0]+up|pick[ \t\u00a0]+up"
    r"|swap[ \t\u00a0]+it|exchange[ \t\u00a0]+it",
    "fr": r"retirer|récupérer|échanger|(?:venir|passer)[ \t\u00a0]+(?:le|la|les)[ \t\u00a0]+chercher",
    "it": r"ritirar(?:e|lo|la|li|le)|cambiar(?:e|lo|la|li|le)|passare",
    "es": r"recoger(?:lo|la|los|las)?|retirar(?:lo|la|los|las)?|cambiar(?:lo|la|los|las)?",
    "pt": r"levantar|retirar|recolher|trocar|buscar",
    "de": r"",  # the German verb comes after the town ("in Esslingen abholen"): `_COLLECT_AFTER_DE`
}
_AT_OR_FROM: dict[str, str] = {
    "en": r"from|at|in",
    "fr": r"à|au|en|de|d['’]|chez",
    "it": r"a|in|al|alla|da|di",
    "es": r"en|de|del|a",
    "pt": r"em|no|na|de|do|da|a",
    "de": r"in|bei|an",
}
# Where a shop hands goods over, beside its shops and trades (`shop_town.openers`): "à la drive de
# Montauban", "au point relais de", "al punto di ritiro di"
_PICKUP_POINTS = frozenset(
    {
        "drive",
        "relais",
        "point relais",
        "point retrait",
        "casier",
        "locker",
        "lockers",
        "punto ritiro",
        "punto di ritiro",
        "punto de recogida",
        "ponto de recolha",
        "packstation",
        "paketshop",
    }
)
_COLLECT_AFTER_DE = regex.compile(r"[ \t\u00a0]+(?:abholen|umtauschen|holen)(?!\p{L})", regex.IGNORECASE)

# What is free or left to book, asked of a town: the shop's slots, seats, units or dates there ("Any 50
# sq ft units free at Harrogate storage?", "Il reste des box de 5 m² à Papeete ?", "Habt ihr noch Boxen
# in Münster frei?", "Ci sono box liberi a Aosta?", "Os quedan trasteros en Pamplona?", "Ainda têm
# boxes em Viseu?", "Des places d'examen du permis en mai ? à Metz ?"): words of being free or left and
# the nouns of what is booked, in the six languages
_AVAILABLE = (
    r"available|availability|free|spare|vacancy|vacancies|slots|appointments|seats|dates"
    r"|(?:spaces|places|seats|slots|tickets|tables|rooms|units|any)[ \t\u00a0]+left"
    r"|disponibles?|dispos?|libres?|reste|restent|restera|places|créneaux|créneau|rendez-vous"
    r"|liber[oaie]|rimast[oaie]|posti|appuntamenti|date|slot"
    r"|quedan?|plazas?|citas|fechas|huecos?"
    r"|livres?|disponíve(?:l|is)|vagas?|datas|restam|sobram|têm"
    r"|frei|verfügbar|übrig|\p{L}*termine|\p{L}*plätze"
)
# Stock, a range, a restock or a sale: asked about a town ("est revenu en stock chez Fnac à Bayonne ?",
# "When does the new range land in Glasgow?", "I saldi a Treviso durano fino a gennaio?")
_STOCK = (
    r"stock|in[ \t\u00a0]+stock|restock|restocked|range|collection|back[ \t\u00a0]+in|sold[ \t\u00a0]+out"
    r"|have[ \t\u00a0]+it|has[ \t\u00a0]+it|got[ \t\u00a0]+it|en[ \t\u00a0]+stock|réassort|rupture|épuisé|épuisée"
    r"|revenu|revenue|nouvelle[ \t\u00a0]+collection|collezione|di[ \t\u00a0]+nuovo|esaurito|esaurita|esauriti"
    r"|disponibile|disponibili|colección|vuelto|agotado|agotada|agotados|agotadas|existencias|coleção|coleção"
    r"|esgotado|esgotada|esgotados|reposição|kollektion|ausverkauft|vorrätig|wieder[ \t\u00a0]+da|auf[ \t\u00a0]+lager"
    rf"|{_AVAILABLE}"
)
# Said sold out there, a statement too: "In Linz war alles weg", "A Nuoro erano finiti", "En Lugo
# estaban agotados", "Em Maputo estava esgotado"
_SOLD_OUT_AFTER = regex.compile(
    r"^[ \t\u00a0,]*(?:[\p{L}'’]+[ \t\u00a0]+){0,2}(?:sold[ \t\u00a0]+out|out[ \t\u00a0]+of[ \t\u00a0]+stock"
    r"|épuisé\w*|en[ \t\u00a0]+rupture|finit[oaie]|esaurit[oaie]|agotad[oa]s?|esgotad[oa]s?|alles[ \t\u00a0]+weg"
    r"|ausverkauft|vergriffen)(?![\w'’])",
    regex.IGNORECASE,
)
# Goods from there, set against making them in house: "Les bretzels viennent de Beyrouth ou c'est fait
# maison ?", "Are the shortbread from Inverness or made here?", "El salmorejo viene de Medellín o lo
# hacéis aquí?", "I pistacchi sono di Sorrento o confezionati a Rimini?"
_FROM_END = regex.compile(
    rf"(?:^|[^\p{{L}}'’])(?:from|de|d['’]|du|des|di|da|dal|del|do|aus|von){_B}{_ARTICLE}$|(?:^|[^\p{{L}}'’])d['’]$",
    regex.IGNORECASE,
)
_OR_MADE_HERE = regex.compile(
    r"^[ \t\u00a0,]*(?:or|ou|o|oder)[ \t\u00a0]+(?:[\p{L}'’]+[ \t\u00a0]+){0,3}?"
    r"(?:faits?[ \t\u00a0]+maison|faites?[ \t\u00a0]+maison|fatt[oaie][ \t\u00a0]+in[ \t\u00a0]+casa"
    r"|hech[oa]s?[ \t\u00a0]+en[ \t\u00a0]+casa|feit[oa]s?[ \t\u00a0]+em[ \t\u00a0]+casa"
    r"|made|baked|packed|fait|faits|faite|faites|conditionné\w*|emballé\w*|hacéis|hacen|hecho\w*|fatt[oaie]"
    r"|fate|confezionat[oaie]|feit[oa]s?|fazem|gemacht|selbst|hausgemacht|verpackt|abgefüllt)(?![\w'’])",
    regex.IGNORECASE,
)
_HERE = regex.compile(r"(?<![\w'’])(?:here|ici|qui|qua|aquí|aqui|hier)(?![\w'’])", regex.IGNORECASE)
_STOCK_WORDS = regex.compile(
    rf"(?<![\w'’])(?:{_STOCK}|{alternation(w.PROMOTIONS | frozenset(w.PROMOTION_PHRASES))})(?![\w'’])",
    regex.IGNORECASE,
)
# Where the stock or the sale is: "in", "à", "a", "en", "em", "nach", "land in", "arriva a"
_AT_STOCK = regex.compile(
    rf"(?:^|[^\p{{L}}'’])(?:in|at|to|from|à|a|au|en|em|no|na|nach|bei|aus|de|di|da|do|d['’]){_B}{_ARTICLE}$"
    rf"|(?:^|[^\p{{L}}'’])(?:d['’]|l['’])$",
    regex.IGNORECASE,
)
# An order, a parcel or the customer between the verb and the town: "deliver it to", "spedite il pacco
# a", "vous me livrez"; and a time of this one delivery ("tomorrow")
_NOT_GOODS = regex.compile(
    r"(?<![\w'’])(?:it|them|this|that|me|us|my|our|mine|le|la|les|l['’]|lo|li|gli|ci|mi|me|te|nous|moi|mon|ma|mes"
    r"|mio|mia|miei|mie|nostro|nostra|mi|mis|nos|meu|minha|meus|minhas|nosso|nossa|es|ihn|uns|mir|mich|mein|meine"
    r"|meinen|unser|unsere|parcel|parcels|package|packages|order|orders|shipment|delivery|colis|commande|commandes"
    r"|paquet|pacco|pacchi|ordine|ordini|spedizione|paquete|paquetes|pedido|pedidos|encomenda|encomendas|pacote"
    r"|paket|pakete|bestellung|sendung|tomorrow|today|tonight|demain|aujourd['’]hui|domani|oggi|mañana|hoy"
    r"|amanhã|hoje|morgen|heute)(?![\w'’])",
    regex.IGNORECASE,
)
# Working there: "Posso ritirarlo al locker di Vicenza dove lavoro?" ("after work", "dopo il lavoro"
# say when, not where)
_WORKS = regex.compile(
    r"(?<![\w'’])(?:where|dove|donde|onde|où|wo)(?:[ \t\u00a0]+[\w'’]+)?[ \t\u00a0]+"
    r"(?:work|works|working|travaill\w+|lavor\w+|trabaj\w+|trabalh\w+|arbeit\w+)(?![\w'’])",
    regex.IGNORECASE,
)
# "Do you deliver to Leeds, or only around the station?": "near" there is the shop's zone, not the writer
_ONLY_NEAR = regex.compile(
    r"(?<![\w'’])(?:only|just|seulement|uniquement|solo|soltanto|sólo|só|apenas|nur)[ \t\u00a0]+"
    r"(?:around|near|nearby|close[ \t\u00a0]+to|autour|près|vicino|intorno|cerca|perto"
    r"|in[ \t\u00a0]+der[ \t\u00a0]+nähe)(?![\w'’])",
    regex.IGNORECASE,
)
# The question's other branch, which makes it one with no question mark: "Consegnate a Chieti o solo
# ritiro in negozio", "Vous livrez à Lille ou c'est seulement du retrait", "Enviáis a Murcia o solo
# recogida en tienda", "Vocês entregam em Bragança ou só retirada"
_OR_ONLY = regex.compile(
    r"^[ \t\u00a0,]*(?:or|ou|o|oder)[ \t\u00a0]+"
    r"(?:(?:is[ \t\u00a0]+it|it['’]s|c['’]est|è|es|é|ist[ \t\u00a0]+es)[ \t\u00a0]+)?"
    r"(?:only|just|seulement|uniquement|solo|soltanto|sólo|só|apenas|nur)(?![\w'’])",
    regex.IGNORECASE,
)
# A delivery in any form, for the stock and sale shape: "Can it be delivered to Bolton before Black
# Friday?" asks about this order's destination, not the shop's stock there
_DELIVERED = regex.compile(
    r"(?<![\w'’])(?:deliver\w*|ship|ships|shipped|shipping|send|sent|post|posted|livr\w+|expédi\w+|envoy\w+"
    r"|sped\w+|consegn\w+|invia\w*|envi\w+|entreg\w+|mand\w+|liefer\w*|versand\w*|versend\w*|verschick\w*"
    r"|schick\w*|geliefert)(?![\w'’])",
    regex.IGNORECASE,
)
# A clitic for the customer or the order right before the verb: "¿Me lo enviáis a …?", "Ce lo spedite a …?"
_CLITIC = (
    r"(?<![\w'’])(?:me|te|nos|lo|la|le|los|las|les|se|mi|ci|ce|vi|melo|mela|celo|cela|glielo|gliela|lhe|lhes"
    r"|mo|ma|no-lo|no-la)"
)
# This one delivery's day after the town: "enviáis a Zaragoza mañana?", "deliver to Leeds tomorrow?",
# "Spedite a Torino entro venerdì?" (a feast is the service's season: "… to Glasgow before Burns Night?")
_THIS_DAY = regex.compile(
    r"(?<![\w'’])(?:tomorrow|today|tonight|demain|aujourd['’]hui|domani|oggi|stasera|mañana|hoy|amanhã|hoje"
    r"|morgen|heute|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lunes|martes"
    r"|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag)(?![\w'’])",
    regex.IGNORECASE,
)
# Being, living or working "there", anywhere in the message: "Do you deliver to Leeds? I'm there until
# Friday", "Vous livrez à Lyon ? J'y suis", "Spedite a Bari? Ci abito", "¿Enviáis a Lugo? Vivo allí"
_THERE = regex.compile(
    r"(?<![\w'’])(?:(?:i['’]m|i[ \t\u00a0]+am|we['’]re|we[ \t\u00a0]+are|i|we)[ \t\u00a0]+(?:\w+[ \t\u00a0]+)?"
    r"(?:there|here)"
    r"|where[ \t\u00a0]+(?:i|we)[ \t\u00a0]+(?:am|are|live|stay|work|will[ \t\u00a0]+be|['’]ll[ \t\u00a0]+be)"
    r"|j['’]y[ \t\u00a0]+(?:suis|habite|vis|serai|travaille|reste)|(?:on|nous)[ \t\u00a0]+y[ \t\u00a0]+\w+"
    r"|ci[ \t\u00a0]+(?:abito|vivo|lavoro|sarò|siamo|abitiamo|viviamo|resto)"
    # "ci sono" alone or with a time is the writer there; before a noun it is "there are" ("Ci sono box
    # liberi a Aosta?")
    r"|ci[ \t\u00a0]+sono(?=[ \t\u00a0]*(?:[.,;:!?)]|$)|[ \t\u00a0]+(?:io|anch['’]io|(?:stat|andat|passat|rimast"
    r"|tornat)[oaie]|da|dal|dalla|fino|spesso|sempre|tutti|tutto|ogni|per|già|domani|oggi|stasera|adesso|ora)"
    r"(?![\w'’]))"
    r"|(?:estoy|vivo|estamos|vivimos|estaré|trabajo)[ \t\u00a0]+(?:allí|alli|ahí|ahi|allá|alla)"
    r"|(?:estou|moro|vivo|estamos|moramos|estarei|trabalho|fico)[ \t\u00a0]+(?:lá|la|aí|ai|ali)"
    r"|(?:ich[ \t\u00a0]+bin|wir[ \t\u00a0]+sind|ich[ \t\u00a0]+wohne|wir[ \t\u00a0]+wohnen|ich[ \t\u00a0]+arbeite)"
    r"[ \t\u00a0]+(?:\w+[ \t\u00a0]+)?(?:dort|da|hier))(?![\w'’])",
    regex.IGNORECASE,
)
# A person it is for, named in the sentence: "Do you deliver to Leeds for Sarah?", "Spedite a Bari per Giovanni?"
_FOR_NAME = regex.compile(r"(?<![\w'’])(?i:for|pour|per|para|für)[ \t\u00a0]+(?P<name>\p{Lu}[\p{L}'’-]+)")
_PERSON_POPULARITY = 3
_POSTCODE_AFTER = regex.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:\d|\p{Lu}{1,2}\d)")


@cache
def _delivery_ask(language: str) -> regex.Pattern[str]:
    """The delivery question and its preposition at the end of the words before the town, with the
    goods between as group `gap`."""
    langs = [language] if language in _DELIVERY_ASK else list(_DELIVERY_ASK)
    asks = "|".join(_DELIVERY_ASK[lang] for lang in langs)
    dests = "|".join(_DESTINATION[lang] for lang in langs)
    return regex.compile(
        rf"(?<![\w'’-])(?<!{_CLITIC}{_B})(?:{asks})(?![\w'’-])(?P<gap>(?:{_B}{_WORD}){{0,4}}?)"
        rf"(?:{_B}(?:also|aussi|anche|también|também|auch|même|even))?{_B}(?:{dests})(?:{_B}|(?<=['’])){_ARTICLE}"
        rf"(?:{_FIRST_TOWN}(?:(?:{dests})(?:{_B}|(?<=['’])){_ARTICLE})?)?$",
        regex.IGNORECASE,
    )


@cache
def _pickup_ask(language: str) -> regex.Pattern[str]:
    """The pickup question ("can I … collect … from") at the end of the words before the town (not
    German: the verb comes after the town), with the asking words as group `ask`."""
    langs = [lang for lang in ([language] if language in _MAY_I else list(_MAY_I)) if _COLLECT[lang]]
    if not langs:
        return regex.compile(r"(?!)")
    may = "|".join(_MAY_I[lang] for lang in langs)
    collect = "|".join(_COLLECT[lang] for lang in langs)
    at = "|".join(_AT_OR_FROM[lang] for lang in langs)
    shops = alternation(set().union(*(openers(lang) for lang in langs)) | _PICKUP_POINTS)
    return regex.compile(
        rf"(?<![\w'’-])(?P<ask>{may})(?![\w'’-])(?:{_B}{_ANY_WORD}){{0,12}}?{_B}(?:(?:le|la|les|l['’]){_B}|l['’])?"
        rf"(?:{collect})(?:{_B}{_ANY_WORD}){{0,8}}?{_B}(?:{at})(?:{_B}|(?<=['’])){_ARTICLE}"
        rf"(?:(?:{shops}){_B}(?:of|de|di|do|da|del|von|d['’])(?:{_B}|(?<=['’])))?$",
        regex.IGNORECASE,
    )


@cache
def _may_i(language: str) -> regex.Pattern[str]:
    """The asking words alone ("kann ich"), for the German pickup with its verb after the town."""
    langs = [language] if language in _MAY_I else list(_MAY_I)
    return regex.compile(rf"(?<![\w'’-])(?:{'|'.join(_MAY_I[lang] for lang in langs)})(?![\w'’-])", regex.IGNORECASE)


_DE_AT_END = regex.compile(rf"(?:^|[^\p{{L}}])(?:in|bei|an){_B}{_ARTICLE}$", regex.IGNORECASE)


# "chez Fnac", "chez La Grande Récré": a shop named after "chez", not a person's home ("chez Marie")
_CHEZ_SHOP = regex.compile(
    r"(?<![\w'’])chez[ \t\u00a0]+(?P<first>\p{Lu}[\p{L}'’&-]*)"
    r"(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}'’&-]*|&|du|de|des))*"
)


def _without_shop_at(before: str) -> str:
    """`before` less "chez" and the capitalised shop after it, when that shop's first word is no
    popular first name ("chez Fnac à Bayonne"; "chez Marie à Nantes" keeps "chez")."""
    popularity = gazetteer().popularity

    def shop_or_person(match: regex.Match[str]) -> str:
        person = popularity.get(match.group("first").casefold(), 0) >= _FIRST_NAME_POPULARITY
        return str(match.group()) if person else " "

    return str(_CHEZ_SHOP.sub(shop_or_person, before))


def _for_a_person(before: str, after: str) -> bool:
    """True when the sentence names a popular first name after "for" ("… to Leeds for Sarah?")."""
    popularity = gazetteer().popularity
    return any(
        popularity.get(m.group("name").casefold(), 0) >= _PERSON_POPULARITY
        for part in (before, after)
        for m in _FOR_NAME.finditer(part)
    )


def _listed_town(folded: str) -> bool:
    """A town of the place list (cities of 15 000+), a country or a region, that no popular first name
    shares: "Do you deliver to Florence?" may be a delivery to a person."""
    if folded not in places().words_in and folded not in w.COUNTRIES:
        return False
    return gazetteer().popularity.get(folded, 0) < _FIRST_NAME_POPULARITY


def service_town(
    text: str, span: Span, folded: str, language: str, writer: tuple[regex.Pattern[str], regex.Pattern[str]]
) -> bool:
    """True for a listed town in a question about the shop's service there: whether it delivers there,
    collecting at its branch there, its stock, range or sale there (module doc). `writer` is the
    writer's words before and after a place (`business._writer`). Fail closed on the writer or a
    person in the sentence, a home or a relative anywhere in the message, the order or a pronoun
    between the verb and the town, an instruction or statement, a postcode after the town."""
    if span.entity != "LOCATION" or not _listed_town(folded):
        return False
    if w.CUSTOMER_HOME_CUE.search(text) or _THERE.search(text) or _POSTCODE_AFTER.match(text, span.end):
        return False
    before, after = said_of.sentence(text, span.start, span.end)
    asked = text[span.end + len(after) : span.end + len(after) + 1] == "?"
    writer_before, writer_after = writer
    if _FROM_END.search(before) and (made := _OR_MADE_HERE.match(after)) is not None:
        # "or made here", "ou c'est fait maison": the shop's kitchen, not the writer's or a home
        rest = after[: made.start()] + " " + _HERE.sub(" ", after[made.end() :])
        return not (
            writer_before.search(before)
            or writer_after.search(rest)
            or said_of.names_a_person(before, rest, language)
            or BEING_BEFORE.search(before)
        )
    if said_of.names_a_person(_without_shop_at(before), after, language) or BEING_BEFORE.search(before):
        return False
    if _WORKS.search(before) or _WORKS.search(after) or _for_a_person(before, after):
        return False  # "… di Vicenza dove lavoro?": where the writer works
    if (ask := _pickup_ask(language).search(before)) is not None and asked:
        rest = before[: ask.start("ask")] + " " + before[ask.end("ask") :]
        return not writer_before.search(rest) and not writer_after.search(after)
    if language in ("de", "") and asked and _COLLECT_AFTER_DE.match(text, span.end) and _DE_AT_END.search(before):
        if (may := _may_i("de").search(before)) is not None:
            rest = before[: may.start()] + " " + before[may.end() :]
            return not writer_before.search(rest) and not writer_after.search(after)
    if writer_before.search(before) or writer_after.search(_ONLY_NEAR.sub(" ", after)):
        return False
    if (ask := _delivery_ask(language).search(before)) is not None:
        if _NOT_GOODS.search(ask.group("gap")) or _THIS_DAY.search(after):
            return False
        return asked or language in _ASKED_BY_ITSELF or _OR_ONLY.match(after) is not None
    if not _AT_STOCK.search(before):
        return False
    if said_of.order_said(before, after) or _DELIVERED.search(before) or _DELIVERED.search(after):
        return False  # "Is it in stock for delivery to Leeds?": where the order goes
    if _SOLD_OUT_AFTER.match(after) and len(before.split()) <= 2:
        return True  # "In Linz war alles weg", opening its sentence
    if asked and len(before.split()) == 1 and not after.strip():
        # "Des places d'examen en mai ? à Metz ?": a town alone, asked after a question, asks it again
        prior = said_of.question_before(text, span.start - len(before))
        if prior is not None and not (
            writer_before.search(prior)
            or said_of.names_a_person(prior, "", language)
            or said_of.order_said(prior, "")
            or _DELIVERED.search(prior)
        ):
            before = f"{prior} {before}"
    return asked and _STOCK_WORDS.search(f"{before} {after}") is not None
