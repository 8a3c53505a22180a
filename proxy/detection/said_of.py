"""Who or what a place is said of, read from its sentence (`business.shop_place`, every language).

A place name is personal data when it locates a person: the writer ("I live in", "je suis à", "vivo
en"), someone they name ("my sister in", "mia madre abita a"), or where their own order goes. Shop
chat names places far more often for something else: where goods are sold, made or cheaper, the
news, a match, a concert, a dish, a film ("is it sold in Germany too?", "the best pizza in Naples",
"il concerto a Vienna era in diretta"). Two readings, each failing closed on any person in the
sentence (`person_in_sentence`: the writer, "me", a relative, a person noun or pronoun, a home word,
living or being there, or an order sent there):

- **a country or a large region** (`name_words.COUNTRIES`, `place_recognizer.REGION_NAMES`) is
  tokenised only when said of a person: it holds millions of people and singles no one out, so said
  of nobody ("le cuir est tanné en Italie", "in Schweden ist das angesagt") it stays in clear;
- **a town** is let go only when the sentence says what it locates: a thing or a happening named
  right before the preposition with its article ("the match in Madrid", "la pizza più buona a
  Napoli", "der Laden in Leipzig", "el concierto en Viena": `thing_before`), with nothing about
  shipping or an order in the clause. "Do you deliver to Bergamo?" keeps Bergamo: a town asked as a
  destination is as often the customer's, and a town left in clear cannot be taken back.
"""

from __future__ import annotations

from functools import cache

import regex  # type: ignore[import-untyped]

from proxy.detection.phrases import BLANKS, alternation
from recognizers import name_words as w
from recognizers.place_recognizer import REGION_NAMES
from recognizers.regions import BEING_BEFORE

_B = BLANKS
# The sentence around a place: a sentence ends at ! ? ; or a line break, or at a full stop before a
# capital or the end ("bis zum 20. im Urlaub" goes on: a German date's dot is no sentence's end)
_SENTENCE_END = regex.compile(r"[!?;\n]|\.(?=[ \t\u00a0]*(?:$|\p{Lu}))")
_REACH = 160

# Articles, demonstratives and the shop's possessive before a noun, per language, contracted with a
# preposition too ("im Museum", "al museo", "no museu", "au musée"). Not the writer's possessive:
# "my order in Leeds" fails closed.
_DETERMINERS: dict[str, str] = {
    "en": "the|a|an|this|that|these|those|your|its|their",
    "fr": "le|la|les|l['’]|un|une|ce|cet|cette|ces|au|aux|du|des|votre|vos",
    "it": "il|lo|la|i|gli|le|l['’]|un|uno|una|un['’]|questo|questa|quel|quello|quella|al|allo|alla|ai|agli"
    "|alle|del|dello|della|dei|degli|delle|nel|nello|nella|nei|negli|nelle|sul|sulla|vostro|vostra|vostri",
    "es": "el|la|los|las|un|una|este|esta|ese|esa|aquel|aquella|al|del|vuestro|vuestra|vuestros|vuestras|su",
    "pt": "o|a|os|as|um|uma|este|esta|esse|essa|aquele|aquela|ao|à|do|da|dos|das|no|na|nos|nas|num|numa"
    "|vosso|vossa|vossos|vossas",
    "de": "der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|im|am|vom|zum|zur|beim|diese|dieser"
    "|dieses|diesem|euer|eure|eurem|euren|ihr|ihre",
}
# The preposition that attaches the town to the noun before it, per language: position or origin, not
# a destination ("il pacco per Bari", "the parcel to Leeds" stay the customer's). Per language because
# "do" is a Portuguese "of the" and an English verb ("Does your van do Harrogate on Fridays?")
_AT_OR_OF: dict[str, str] = {
    "en": r"in|at|of|from",
    "fr": r"à|au|aux|de|d['’]|du|des|en",
    "it": r"a|in|di|da|del|della|dal|dalla|nel|nella",
    "es": r"en|de|del|a",
    "pt": r"em|no|na|de|do|da|dos|das",
    "de": r"in|im|von|vom|aus|bei",
}
# Positions only, for a span that is also a first name: after "de"/"di"/"of" it is as often a person's
# ("la fête de Florence", "l'anniversaire de Prosper"), after "a"/"à" a dative ("Le paso el teléfono a
# Santiago", "Dadle el ticket a Pau")
_AT = r"in|at|au|aux|en|em|no|na|nel|nella|im"
# A conjunction before the preposition makes it an article: "O Peniel e a Eloy vão buscar juntos"
_AND = r"e|y|et|and|und|o|ou|or|oder"
_WORD = r"[\p{L}\d'’-]+"

# French "il" is a person ("il habite à Lyon", "il reste à Lyon": he stays) but for the impersonal verbs
# of what there is: "il y a", "y a-t-il", "il faut", "il manque", "il pleut", and "il reste" before what
# is left ("Il reste des box de 5 m² à Papeete ?", "reste-t-il de la place à Lille ?")
_FR_HE = (
    r"(?<!\by[ \t\u00a0]a-t-)(?<!reste-t-)(?<!faut-)il(?![ \t\u00a0]+(?:(?:y[ \t\u00a0]+a(?:ura|vait|urait)?|faut"
    r"|faudra|faudrait|fallait|manque|manquera|pleut|neige)(?![\w'’])|rest(?:e|era|erait|ait)[ \t\u00a0]+"
    r"(?:encore[ \t\u00a0]+)?(?:(?:des|du|de|un|une|quelques|plusieurs|peu|beaucoup|assez|plus)(?![\w'’])"
    r"|d['’]|\d)))"
)
# A person named before the place: a relative or a home (`name_words.RELATIONS`), a person noun or a
# third-person pronoun, per language. Said of them, the town is theirs ("the lady in Leeds", "la
# señora en Madrid", "sie in Kassel").
_PEOPLE: dict[str, str] = {
    "en": "he|she|him|her|they|them|his|guy|man|woman|lady|gentleman|person|someone|somebody|customer"
    "|client|house|home|flat|apartment|address|place|halls|mine|ours",
    "fr": f"{_FR_HE}|elle|lui|eux|elles|homme|dame|monsieur|madame|personne|quelqu['’]un|client|cliente|maison"
    "|appartement|adresse|domicile|chez",
    "it": "lui|lei|loro|signore|signora|ragazzo|ragazza|uomo|donna|persona|qualcuno|cliente|casa"
    "|appartamento|indirizzo|abitazione",
    "es": "él|ella|ellos|ellas|señor|señora|chico|chica|hombre|persona|alguien|cliente|casa|piso|apartamento"
    "|dirección|domicilio",
    "pt": "ele|ela|eles|elas|senhor|senhora|rapaz|rapariga|moça|homem|mulher|pessoa|alguém|cliente|casa"
    "|apartamento|morada|endereço|residência",
    "de": "er|sie|ihm|ihn|jemand|herr|frau|mann|person|kunde|kundin|haus|wohnung|adresse|zuhause",
}
# The writer's possessives: "my order in Leeds", "il mio ordine a Bari" fail closed for a town
_MINE = (
    r"my|our|mon|ma|mes|notre|nos|mio|mia|miei|mie|nostro|nostra|mi|mis|nuestro|nuestra|meu|minha|meus"
    r"|minhas|nosso|nossa|mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren"
)
# An order, a delivery, a return or a pickup point in the sentence: the town is where it goes or comes
# from, as often the customer's ("Zustellung an die Packstation 123 in Husum", "A return from Swindon
# takes 3 days?", "the parcel in Leeds has not moved")
_ORDER = regex.compile(
    r"\b(?:parcel|package|order|shipment|delivery|deliver|ship|shipping|send|sent|colis|commande|livraison"
    r"|livrer|livrez|envoyer|envoyez|pacco|pacchi|ordine|consegna|consegnate|spedire|spedite|spedizione"
    r"|paquete|pedido|envío|entrega|enviar|enviáis|encomenda|pacote|entregar|enviam|entregam|paket"
    r"|bestellung|sendung|lieferung|liefern|liefert|schicken|schickt|versand|zustellung|zustellen"
    r"|packstation|paketshop|locker|pickup|relais|ritiro|recogida|levantamento|abholung"
    r"|return|returns|retour|reso|resi|devolución|devolução|rücksendung|retoure)\b",
    regex.IGNORECASE,
)


# Relatives' nouns of one language that are common words of another, per language of the message:
# Spanish "son" is "they are" ("las espadas de Toledo son decorativas"), Italian "prima"/"primo" are
# "before"/"first" ("arriva prima di Natale"); French "son" is "his" and stays
_NOT_KIN: dict[str, frozenset[str]] = {"es": frozenset({"son"}), "it": frozenset({"prima", "primo"})}
# The same for the possessives: French "ma" ("my") is Italian "ma" ("but": "ma Cicli Piazza Mazzini di
# Arezzo dice che c'è")
_NOT_MINE: dict[str, str] = {"it": r"(?!ma(?![\w'’]))"}


def _relations(language: str) -> str:
    """The relatives' nouns (`name_words.RELATIONS`, last word) less the words of `language` they
    collide with (`_NOT_KIN`)."""
    skip = _NOT_KIN.get(language, frozenset())
    return alternation({_head(r) for r in w.RELATIONS} - skip)


def _head(relation: str) -> str:
    """The noun of a relation: its last word ("il mister"), or the first of a noun and its complement
    ("dama de honor", "damigella d'onore": "Honor 200 di Genova" is a phone, no one's)."""
    words = relation.split()
    if len(words) > 2 and words[1] in ("de", "da", "di"):
        return words[0]
    if len(words) > 1 and words[1].startswith(("d'", "d’")):
        return words[0]
    return words[-1]


@cache
def _people(language: str) -> regex.Pattern[str]:
    """A person, a relative, a home or the writer's possessive, as words of `language` (all six when
    it is not one of them)."""
    langs = [language] if language in _PEOPLE else list(_PEOPLE)
    words = "|".join(_PEOPLE[lang] for lang in langs)
    relations = _relations(language)
    mine = _NOT_MINE.get(language, "")
    return regex.compile(rf"(?<![\w'’])(?:{words}|{relations}|{mine}(?:{_MINE}))(?![\w'’])", regex.IGNORECASE)


@cache
def _thing_before(language: str) -> regex.Pattern[str]:
    """An article, one to three words and a preposition of position or origin at the end of the words
    before a town: the town locates that noun ("the match in", "la pizza più buona a", "der Laden in")."""
    langs = [language] if language in _DETERMINERS else list(_DETERMINERS)
    dets = "|".join(_DETERMINERS[lang] for lang in langs)
    preps = "|".join(_AT_OR_OF[lang] for lang in langs)
    return regex.compile(
        rf"(?:^|[^\p{{L}}'’])(?:{dets})(?:{_B}|(?<=['’])){_WORD}(?:{_B}{_WORD}){{0,2}}(?<![^\p{{L}}](?:{_AND})){_B}"
        rf"(?P<prep>{preps})(?:{_B}|(?<=['’]))(?:(?:the|la|le|l['’]|el|il|lo|o|a|der|die|dem){_B})?$",
        regex.IGNORECASE,
    )


_POSITION = regex.compile(rf"^(?:{_AT})$", regex.IGNORECASE)


def sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the place's sentence before it and after it."""
    before = _SENTENCE_END.split(text[max(0, start - _REACH) : start])[-1]
    after = _SENTENCE_END.split(text[end : end + _REACH])[0]
    return before, after


def question_before(text: str, index: int) -> str | None:
    """The question that ends right before `text[index:]` (its "?" and the spaces after it), without its
    question mark, or None when no question ends there: "Des places d'examen en mai ? à Metz ?" asks
    the first question again of a town."""
    head = text[max(0, index - _REACH) : index].rstrip()
    if not head.endswith("?"):
        return None
    return str(_SENTENCE_END.split(head[:-1])[-1])


def person_in_sentence(before: str, after: str, language: str, writer: bool) -> bool:
    """True when the sentence names a person the place may locate: the writer (`writer`, read by the
    caller), a person, a relative, a home or the writer's possessive, living or being there
    (`name_words.CUSTOMER_PLACE_CUE`, `regions.BEING_BEFORE`) or an order sent there."""
    return bool(
        writer
        or _people(language).search(before)
        or _people(language).search(after)
        or w.CUSTOMER_PLACE_CUE.search(before)
        or w.CUSTOMER_PLACE_CUE.search(after)
        or BEING_BEFORE.search(before)
        or w.SEND_TO_CUE.search(before)
    )


def large_place(folded: str) -> bool:
    """True for a country or a large region: `name_words.COUNTRIES`, `place_recognizer.REGION_NAMES`."""
    return folded in w.COUNTRIES or folded in REGION_NAMES


# A position or an origin right before a country read as a first name: "in", "en", "em", "no", "na",
# "nel", "im", "from", "aus", "dalla", "de la", "da" (not "a"/"à", a dative, nor "de"/"di"/"of" alone,
# a possessive: "el regalo de Grecia" may be Grecia's)
_COUNTRY_PREP = regex.compile(
    r"(?:^|[^\p{L}'’])(?:in|at|en|em|no|na|nel|nella|nei|im|from|aus|von|dal|dalla|dall['’]|desde|da|do"
    r"|de[ \t\u00a0]+la|in[ \t\u00a0]+der|aus[ \t\u00a0]+der)[ \t\u00a0]*$",
    regex.IGNORECASE,
)


def country_of_no_one(folded: str, before: str, name_like: bool, person: bool) -> bool:
    """True for a country or a large region said of no person. One that is also a first name or read
    as a PERSON ("Argentina", "Grecia", "Victoria") only right after a position or an origin
    (`_COUNTRY_PREP`)."""
    if person or not large_place(folded):
        return False
    return not name_like or _COUNTRY_PREP.search(before) is not None


def town_of_a_thing(before: str, after: str, language: str, name_like: bool, person: bool) -> bool:
    """True for a town said of a thing or a happening named right before it (`_thing_before`), in a
    sentence with no person and no order or delivery. One that is also a first name or read as a
    PERSON only after a preposition of position (`_AT`: "la fashion week de Milan", "a Vienna")."""
    if person or _ORDER.search(before) or _ORDER.search(after):
        return False
    match = _thing_before(language).search(before[-60:])
    if match is None:
        return False
    return not name_like or _POSITION.match(match.group("prep")) is not None


# A vehicle, a line, a road or a fare, per language (`name_words.TRAINS` too, and a departure time:
# "the 9:40 to Oxford"). A town on its route is a timetable's or a fare's when no one in the sentence
# takes it: "the last train to York", "i voli per Palermo", "der Bus von Hannover nach Bremen". "My
# train to York", "ho prenotato il pullman per Lecce per mia madre" name a person and fail closed.
_ROUTE_NOUNS: dict[str, str] = {
    "en": "trains|coaches|buses|flights|ferries|tram|trams|line|route|road|motorway|ticket|tickets|fare"
    "|fares|plane|planes|boat|boats|metro|tube",
    "fr": "trains|ter|vols?|cars?|ferries|tram|ligne|route|autoroute|billets?|aller-retour|aller|navette"
    "|avion|bateau|métro|rer",
    "it": "treni|voli|autobus|traghetti|tram|linea|strada|autostrada|biglietti?|aereo|nave|metro|metropolitana",
    "es": "trenes|vuelos|autobuses|tranvía|línea|carretera|autopista|billetes?|avión|barco|metro|cercanías",
    "pt": "comboios|voos|autocarros?|barcos?|elétrico|linha|estrada|autoestrada|bilhetes?|metro"
    "|intercidades|alfa[ \t\u00a0]+pendular",
    "de": "züge|zügen|flüge|flügen|busse|bussen|s-bahn|u-bahn|straßenbahn|linie|straße|autobahn"
    "|fahrkarten?|tickets?|flieger|a[0-9]{1,3}"
    # a trip or an outing by its German compound: "Busfahrt nach Esslingen", "die Tagesfahrt nach Ulm"
    r"|\p{L}*fahrt|\p{L}*fahrten|busreisen?|ausflug|ausflüge",
}
# The route's prepositions: where it goes, where it leaves from, between two towns ("entre Lille et")
_ROUTE_PREPS: dict[str, str] = {
    "en": r"to|from|for|towards|between|and",
    "fr": r"pour|vers|de|d['’]|à|entre|depuis|et",
    "it": r"per|verso|da|a|tra|fra|e",
    "es": r"a|hacia|de|desde|entre|para|y",
    "pt": r"para|de|do|da|entre|a|e",
    "de": r"nach|von|ab|bis|richtung|zwischen|und",
}
_TIME = r"[0-9]{1,2}[:.h][0-9]{2}"


@cache
def _route_nouns(language: str) -> str:
    langs = [language] if language in _ROUTE_NOUNS else list(_ROUTE_NOUNS)
    trains = alternation(w.TRAINS)
    return "|".join([trains, _TIME, *(_ROUTE_NOUNS[lang] for lang in langs)])


# A first town and "or"/"and" before this one, on the same route: "Vols pour Lisbonne ou Porto",
# "flights to Faro or Lisbon", "Züge nach Köln oder Bonn"
_TOWN_OR = rf"(?-i:\p{{Lu}}[\p{{L}}'’-]*)(?:{_B}(?-i:\p{{Lu}}[\p{{L}}'’-]*)){{0,2}},?{_B}(?:{_AND}){_B}"


@cache
def _route_before(language: str, far: bool) -> regex.Pattern[str]:
    """A vehicle, a line or a fare, up to three words when `far` ("directs", "from Leeds") and a
    route's preposition at the end of the words before a town."""
    langs = [language] if language in _ROUTE_PREPS else list(_ROUTE_PREPS)
    preps = "|".join(_ROUTE_PREPS[lang] for lang in langs)
    return regex.compile(
        rf"(?<![\p{{L}}\d])(?:{_route_nouns(language)})(?:{_B}{_WORD}){{0,{3 if far else 0}}}"
        rf"(?:{_B}(?:{preps})(?:{_B}|(?<=['’]))(?:(?:the|la|le|l['’]|el|il|lo|o|a|der|die|dem){_B})?"
        rf"(?:{_TOWN_OR})?"
        rf"|{_B}(?=$)(?<=(?:aller-retour|billetes?|bilhetes?|fahrkarten?|tickets?|fares?|alfa{_B}pendular){_B}))$",
        regex.IGNORECASE,
    )


@cache
def _route_after(language: str) -> regex.Pattern[str]:
    """A vehicle or a line right after the town: "the Paris flights", "die Köln-Züge"."""
    return regex.compile(rf"(?:{_B}|-)(?:{_route_nouns(language)})(?![\p{{L}}'’])", regex.IGNORECASE)


def town_on_a_route(before: str, after: str, language: str, name_like: bool, person: bool) -> bool:
    """True for a town on the route of a vehicle, a line or a fare named before it (`_route_before`) or
    right after it, in a sentence with no person and no order or delivery: a timetable or a fare asked
    of no one. One that is also a first name or read as a PERSON only right after the vehicle ("i voli
    a Palma", "il treno per Roma"), never after a ticket handed to someone."""
    if person or _ORDER.search(before) or _ORDER.search(after):
        return False
    if _route_after(language).match(after):
        return not name_like
    return _route_before(language, not name_like).search(before[-70:]) is not None


# The shop in the first person plural with a noun of its premises, its work or its stock before the
# town: "notre atelier à Limoges", "nuestro taller en Ubrique", "unsere Werkstatt in Solingen". Not a
# home or a relative ("our flat in", "nuestra hija en": `_people` words), read by the caller
_OURS_THING = regex.compile(
    rf"(?:^|[^\p{{L}}'’])(?:our|notre|nos|nostro|nostra|nostri|nostre|nuestro|nuestra|nuestros|nuestras"
    rf"|nosso|nossa|nossos|nossas|unser|unsere|unserem|unseren|unserer)(?P<noun>(?:{_B}{_WORD}){{1,2}})"
    rf"{_B}(?:in|at|à|au|a|en|em|no|na|nel|nella|di|de|do|da|del|della|im|bei)(?:{_B}|(?<=['’]))$",
    regex.IGNORECASE,
)


def shop_of_ours(before: str, after: str, language: str, writer: bool) -> bool:
    """True for a town the shop says it is in with "our" and a noun that is not a home or a person
    (`_OURS_THING`), with no writer in the singular, person or order elsewhere in the sentence."""
    match = _OURS_THING.search(before[-60:])
    if match is None or writer or _ORDER.search(before) or _ORDER.search(after):
        return False
    rest = before[: len(before) - len(before[-60:]) + match.start()]
    return not (_people(language).search(match.group("noun")) or person_in_sentence(rest, after, language, False))


# The writer's own possessive in the singular, per language ("ma" is Italian "but", "mi" Italian "me"):
# "my office in", "mon bureau à", "al mio ufficio a"
_MY: dict[str, str] = {
    "en": "my",
    "fr": "mon|ma|mes",
    "it": "mio|mia|miei|mie",
    "es": "mi|mis",
    "pt": "meu|minha|meus|minhas",
    "de": "mein|meine|meinem|meinen|meiner|meines",
}


@cache
def _mine_or_kin(language: str) -> regex.Pattern[str]:
    mine = _MY[language] if language in _MY else "|".join(_MY.values())
    relations = _relations(language)
    return regex.compile(rf"(?<![\w'’])(?:{mine}|{relations})(?![\w'’])", regex.IGNORECASE)


def mine_or_kin(before: str, language: str) -> bool:
    """True when the sentence before a place has the writer's own possessive or a relative: premises
    there are theirs or where they work ("my office in Leeds", "meine Frau arbeitet im Laden in Ulm"),
    not the shop's."""
    return _mine_or_kin(language).search(before) is not None


def names_a_person(before: str, after: str, language: str) -> bool:
    """True when the sentence around a place names a person, a relative, a home or the writer's
    possessive (`_people`): "my sister in Leeds", "la señora en Madrid"."""
    people = _people(language)
    return people.search(before) is not None or people.search(after) is not None


def order_said(before: str, after: str) -> bool:
    """True when the sentence around a place speaks of an order, a delivery, a return or a pickup
    point (`_ORDER`): the town may be where the customer's order goes."""
    return _ORDER.search(before) is not None or _ORDER.search(after) is not None
