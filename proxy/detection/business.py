"""Spans that name a business, a seller's warehouse town or a set phrase, not a customer.

The name and place rules and the small spaCy models read three shapes of shop talk as people or
places, whatever the recognizer; `filters.settle` drops such a span (`not_personal`):

- **A company with its legal form** (`organisation`): "Müller Möbel GmbH", "Dupont SARL", "Smith &
  Sons Ltd", "Rossi S.r.l.", "García Hermanos S.L.", "Ferreira & Filhos Lda". A span whose run of
  capitalised words (on one line, with no comma: "&", "et", "und", "and" join it) reaches a legal
  form names an organisation. The run stops at a comma or a line break, so a signature keeps its
  person: "Mario Rossi, Rossi S.r.l." and "Best regards\\nMario Rossi\\nRossi Ltd" keep "Mario Rossi".
  A company named after a whole person ("Sophie Durand SARL": a popular listed first name, then a
  word that is no business noun such as "Transports") stays a name: fail closed, it holds a person's
  full name. So does a company word that repeats a word of a person's name kept in the message
  (`filters.settle`): "Rossi" of "Mario Rossi, Rossi S.r.l." would give the surname away.
- **A seller's warehouse town** (`dispatch_town`): a place right after "ship(s/ped) from",
  "dispatched from", "warehouse in", "expédié de", "entrepôt à", "Versand aus", "versendet ab",
  "Lager in", "sent from", "envoyé de" (opening a clause or after a passive's verb: not "I sent from",
  "j'ai envoyé de"), "spedito da", "dal magazzino di", "enviado desde", "almacén en", "armazém em";
  verbs of motion only with goods as their subject ("le colis part de", "la spedizione parte da", "el
  pedido sale de", "a encomenda sai de", "das Paket kommt aus": a person leaves towns too) (or after
  "or from" / "ou de" / "oder aus" / "o dall'" following one), or before a German participle ("in
  Bologna verschickt", with no first person in the clause). Where the seller's goods leave from is
  the seller's business, not the customer's personal data; the customer's own town ("ship to",
  "livrez à", "abito a", "vivo en", "moro em") and a greeting's town ("VG aus Leipzig", "saluti da
  Bologna": where the customer lives) are untouched. A place set against another warehouse right
  after it ("ship from Porto or another warehouse", "part de Paris ou d'un autre entrepôt", "aus
  Köln oder einem anderen Lager") is one of the seller's too (2026-12-06, day).
- **A football club on goods** (`club_goods`): a club named like a person or a town
  (`data/football_clubs.tsv`) right after a shirt, scarf or cap and "of the" ("a camisa do Santos",
  "la maglia del Milan", "la playera del América"). "a camisa do Pedro" keeps Pedro: no club.
- **A club's full name** (`club_named`): a person span inside a listed club of two words or more
  ("Young Boys", "Hertha Berlin"), or a place inside one ("Luanda" in "Petro de Luanda"), anywhere;
  a town that is the club's whole name ("São Paulo") stays.
- **A club playing or on its goods** (`club_match`): a listed club of any length beside "v", "vs",
  "x", "gegen", "contro" and another side ("Everton v Celtic", "Paysandu x Vasco"), after "contro",
  "gegen", "against" in a message about a match, or before or after its goods with no "of" ("Everton
  shirts", "lo stemma Fiorentina"). A name no club list holds stays ("Marco contro Luca").
- **Goods named by their origin** (`origin_goods`): a place right after a food, drink or craft and
  "of" ("el jamón de Teruel", "el café de Colombia", "l'aceto di Modena").
- **A set phrase** (`set_phrase`): French "au lieu de" ("instead of"), whose "lieu" the first-name
  list reads as the name Lieu, lower case and all.
- **The business's or the goods' place** (`shop_place`): a shop's branch ("il negozio di Torino",
  "our Leeds warehouse"), where goods are made or come from ("Made in Portugal", "the cheese from
  France"), a fair, a club on goods, a goods vehicle, a country alone as a shipping zone ("Do you
  ship to Germany?"). A clause that says the place is the customer's (living, origin, a relative,
  collecting there) keeps it; so does a village no list holds. The rule, for a privacy officer, is
  in `docs/detection.md` ("Whose place").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex  # type: ignore[import-untyped]

from proxy.detection import chain_branch, german_shop, goods_names, said_of, service_towns, shop_talk, shop_town
from proxy.detection.attending import attended_event
from proxy.detection.origin_asked import origin_asked
from proxy.detection.phrases import alternation as _alternation
from proxy.detection.settings import Span
from proxy.detection.word_edges import POST_FILTER_EDGE
from recognizers import lower_pairs
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.regions import regions

# Legal forms of companies in the six languages' countries and the UK/US, as written after the name.
# Case matters ("SA" not "sa", "AG" not "ag"): lower-case "ag", "sl", "sas" are words or typos elsewhere.
_LEGAL_FORM = regex.compile(
    r"(?:GmbH|gGmbH|mbH|AG|KG|KGaA|OHG|UG|GbR|e\.\s?K\.|e\.\s?V\.|SARL|S\.A\.R\.L\.|SAS|SASU|EURL|SNC|SCI|SA|S\.A\.|"
    r"Ltd|Ltd\.|LTD|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|Inc|Inc\.|Corp|Corp\.|Co\.|"
    r"S\.r\.l\.|Srl|SRL|S\.R\.L\.|S\.p\.A\.|SpA|S\.P\.A\.|S\.n\.c\.|Snc|S\.a\.s\.|"
    r"S\.L\.|SL|S\.L\.U\.|SLU|Lda|Lda\.|Ltda|Ltda\.|Unipessoal)"
    r"(?=$|[\s,;:!?)\]]|\.(?:\s|$))"
)
# What may stand between the span and its legal form: capitalised words and joining words, on one line
_RUN_WORD = regex.compile(r"[ \t\u00a0]+(?:[\p{Lu}\p{Lt}][\p{L}'’.-]*|&|et|und|and|e|y)(?=[\s,;:!?)\]]|$)")
_LEGAL_AHEAD = regex.compile(r"[ \t\u00a0]+" + _LEGAL_FORM.pattern)
_FIRST_NAME_POPULARITY = 3
# Words that make "<first name> <word> <legal form>" a company, not a person's full name
_BUSINESS_NOUNS = frozenset(
    """
    transports transport logistics logistik logistique supplies supply services service packaging holdings
    group groupe gruppo grupo trading consulting conseil design designs immobilier immobilien imobiliária
    bau möbel moebel meubles mobili muebles móveis versand handel technik systems solutions construction
    constructions costruzioni construcciones construções hermanos fratelli frères brothers bros sons söhne
    fils figli hijos filhos motors automobiles auto autos électricité elektro import export distribution
    """.split()
)
# What leaves a town when a verb of motion ("part de", "parte da", "sale de", "sai de") is about
# goods: its subject must be one of these (a person leaving a town is the customer's business)
_GOODS = (
    r"(?:colis|commande|livraison|paquet|envoi|marchandise|pacco|pacchi|ordine|spedizione|merce|consegna|"
    r"paquete|paquetes|pedido|pedidos|envío|envio|mercancía|mercancia|encomenda|encomendas|pacote|pacotes|"
    r"mercadoria|entrega|lámpara|lampada|candeeiro|producto|prodotto|produto|article|articolo|artículo|artigo)"
)
# A seller's dispatch: the place right after it is the seller's warehouse town
_DISPATCH = regex.compile(
    r"(?:\b(?:ship|ships|shipped|shipping|dispatch|dispatches|dispatched|despatch|despatches|despatched)"
    r"(?:[ \t\u00a0]+out)?[ \t\u00a0]+from"
    r"|\bwarehouses?[ \t\u00a0]+(?:is[ \t\u00a0]+|are[ \t\u00a0]+)?(?:in|at)"
    # "Sent from Warsaw on Monday", "it was posted from Lyon": the parcel sent, a participle opening
    # a clause or after a passive's verb; not "I sent from Leeds", "my mum posted from Leeds"
    r"|(?:(?<=(?:^|[.!?\n,;:(])[ \t\u00a0]*)|(?<=\b(?:was|were|been|being|is|are|got|get|gets)[ \t\u00a0]+))"
    r"(?:sent|posted)[ \t\u00a0]+from"
    # "Envoyé de Varsovie lundi", "il a été envoyé de Lyon": the parcel sent; not "j'ai envoyé de Lyon"
    r"|(?:(?<=(?:^|[.!?\n,;:(])[ \t\u00a0]*)|(?<=\b(?:été|est|sont|était|étaient)[ \t\u00a0]+))"
    r"(?:envoyé|envoyée|envoyés|envoyées)"
    r"[ \t\u00a0]+(?:de|d['’]|depuis)"
    r"|\b(?:expédié|expédiée|expédiés|expédiées|expédie|expédient|expédions|expédiez|expédition)"
    r"[ \t\u00a0]+(?:de|d['’]|depuis|à[ \t\u00a0]+partir[ \t\u00a0]+de)"
    r"|\b" + _GOODS + r"[ \t\u00a0]+(?:part|partent)[ \t\u00a0]+(?:de|d['’]|depuis)"
    r"|\bentrepôts?[ \t\u00a0]+(?:est[ \t\u00a0]+|sont[ \t\u00a0]+)?(?:à|de|en|au)"
    r"|\b(?:Versand|versandt|versendet|versende|verschickt)[ \t\u00a0]+(?:aus|ab|von)"
    r"|\bLager[ \t\u00a0]+(?:ist[ \t\u00a0]+)?(?:in|aus)"
    # German "kommt aus" only with a parcel or goods word as its subject: "Ich komme aus", "meine Frau
    # kommt aus" are about people
    r"|\b(?:Paket|Päckchen|Sendung|Lieferung|Ware|Bestellung|Lampe|Ersatzteil)[ \t\u00a0]+(?:kommt|kam)[ \t\u00a0]+"
    r"(?:\p{L}+[ \t\u00a0]+)?aus"
    r"|\b(?:kommt|kommen|kam)[ \t\u00a0]+(?:das|die|der)[ \t\u00a0]+(?:Paket|Päckchen|Sendung|Lieferung|Ware|"
    r"Bestellung|Lampe|Ersatzteil)[ \t\u00a0]+aus"
    # Italian
    r"|\b(?:spedito|spedita|spediti|spedite|spediamo|spedisce|spediscono|spedizione)"
    r"[ \t\u00a0]+(?:da|dal|dalla|dall['’])"
    r"|\b" + _GOODS + r"[ \t\u00a0]+(?:parte|partono|partito|partita|è[ \t\u00a0]+partit[oa])"
    r"[ \t\u00a0]+(?:da|dal|dalla|dall['’])"
    r"|\bmagazzin[oi][ \t\u00a0]+(?:(?:è|e|sono)[ \t\u00a0]+)?(?:di|a|in)"
    # Spanish
    r"|\b(?:enviado|enviada|enviados|enviadas|enviamos|envía|envia|envían|envío|envio|despachado|despachada)"
    r"[ \t\u00a0]+(?:desde|de)"
    r"|\b" + _GOODS + r"[ \t\u00a0]+(?:sale|salen|salió)[ \t\u00a0]+(?:desde|de)"
    r"|\balmac[ée]n(?:es)?[ \t\u00a0]+(?:(?:está|esta|están|es)[ \t\u00a0]+)?(?:en|de)"
    # Portuguese ("enviado de" / "enviado desde" above)
    r"|\b(?:expedido|expedida|expedidos|expedidas|enviamos|envia|enviam)[ \t\u00a0]+(?:de|desde|do|da)"
    r"|\b" + _GOODS + r"[ \t\u00a0]+(?:sai|saem|saiu)[ \t\u00a0]+(?:de|desde|do|da)"
    r"|\barmaz[ée](?:m|ns)[ \t\u00a0]+(?:(?:fica|é|e|está|ficam)[ \t\u00a0]+)?(?:em|de|no|na))"
    # "ship from Leeds or from Paris", "expédié de Lyon ou de France", "Versand aus Köln oder aus Wien"
    r"(?:[ \t\u00a0]*[\p{Lu}\p{Lt}][\p{L}'’-]*(?:[ \t\u00a0]+[\p{Lu}\p{Lt}][\p{L}'’-]*)*,?[ \t\u00a0]+"
    r"(?:or|and|ou|et|oder|und|o|y|e)[ \t\u00a0]+(?:from|de|d['’]|depuis|aus|ab|von|da|dal|dalla|dall['’]|desde|do))?"
    r"[ \t\u00a0]*$",
    regex.IGNORECASE | regex.VERSION1,
)
# "ship from Porto or another warehouse", "part de Paris ou d'un autre entrepôt": the place set
# against another of the seller's warehouses is one of them
_OTHER_WAREHOUSE_AFTER = regex.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]+(?:or|ou|oder|o|y|e)[ \t\u00a0]+"
    r"(?:from[ \t\u00a0]+|de[ \t\u00a0]+|d['’]|depuis[ \t\u00a0]+|aus[ \t\u00a0]+|von[ \t\u00a0]+|ab[ \t\u00a0]+"
    r"|da[ \t\u00a0]+|desde[ \t\u00a0]+|in[ \t\u00a0]+|at[ \t\u00a0]+|à[ \t\u00a0]+|em[ \t\u00a0]+|en[ \t\u00a0]+)?"
    r"(?:(?:an|another|other|some|un|une|einem|einer|uno|otro|outro|altro)[ \t\u00a0]+)?"
    r"(?:other[ \t\u00a0]+|autre[ \t\u00a0]+|anderen[ \t\u00a0]+|altro[ \t\u00a0]+)?"
    r"(?:warehouses?|depots?|entrepôts?|dépôts?|Lager|Zentrallager|magazzin[oi]|almac[ée]n(?:es)?|armaz[ée]m)(?!\p{L})",
    regex.IGNORECASE,
)
# "in Bologna verschickt": a German participle of dispatch right after the town, "in/ab/aus" before it
_PARTICIPLE_AFTER = regex.compile(r"[ \t\u00a0]+(?:verschickt|versendet|versandt|abgeschickt)\b")
_IN_BEFORE = regex.compile(r"\b(?:in|ab|aus)[ \t\u00a0]+$", regex.IGNORECASE)
_SENTENCE_CUT = regex.compile(r"[.!?\n]")
_FIRST_PERSON = regex.compile(r"\b(?:ich|wir|habe|haben|hab|hatte|hatten|mein|meine|unser|unsere)\b", regex.IGNORECASE)
_SET_PHRASES: dict[str, frozenset[tuple[str, str]]] = {
    "fr": frozenset({("au", "lieu"), ("en", "lieu")}),  # "au lieu de la 38", "en lieu et place"
}


def not_personal(text: str, span: Span, language: str, all_places: bool = False) -> bool:
    """True for a PERSON or LOCATION span that names a company, a seller's warehouse town or is part
    of a set phrase (see module doc). With `all_places` (`places: all`) only the company and the set
    phrase: the rest are places read by whom or what they are said of (`place_said_of_no_one`)."""
    if span.entity not in ("PERSON", "LOCATION"):
        return False
    if organisation(text, span.start, span.end) or set_phrase(text, span.start, language):
        return True
    if club_named(text, span) or club_match(text, span):
        return True
    return not all_places and place_said_of_no_one(text, span, language)


def place_said_of_no_one(text: str, span: Span, language: str) -> bool:
    """True for a place that locates no customer: a seller's warehouse town, a club or an origin on
    goods, the shop's premises, a place said of no one, a thing or a route (`shop_place`). Skipped for
    a tenant with `places: all`, who has every place tokenised."""
    return (
        dispatch_town(text, span)
        or _origin_asked(text, span, language)
        or club_goods(text, span)
        or town_side(text, span, language)
        or town_team(text, span, language)
        or origin_goods(text, span)
        or shop_place(text, span, language)
    )


# Foods, drinks and crafts named by where they come from, then "of": "el jamón de", "o vinho do",
# "l'aceto di", "il prosciutto di", "el café de" (it, es, pt; lower case, as written mid-sentence)
_ORIGIN_GOODS = regex.compile(
    r"\b(?:jamón|queso|quesos|aceite|vino|vinos|cava|café|mezcal|tequila|turrón|turrones|cerveza|sidra|miel"
    r"|chorizo|salchichón|pimentón|azafrán|mazapán|polvorones|mantecados|ron|licor|chocolate|té|arroz|cecina"
    r"|sobrasada|cerámica|vinho|vinhos|queijo|queijos|azeite|cachaça|doce|doces|mel|presunto|chouriço|linguiça"
    r"|pastéis|cerveja|chá|goiabada|requeijão|louça|prosciutto|formaggio|formaggi|olio|aceto|caffè|mozzarella"
    r"|salame|speck|limoncello|liquore|birra|cioccolato|torrone|ceramica|ceramiche|pecorino|bresaola|miele|riso)"
    r"[ \t\u00a0]+(?:de|do|da|dos|das|del|di|della|dello|dell['’]|d['’])[ \t\u00a0]*$",
    regex.IGNORECASE,
)


def origin_goods(text: str, span: Span) -> bool:
    """True for a place right after a food, drink or craft and "of" ("el jamón de Teruel", "el aceite
    de Jaén", "o queijo do Serro", "l'aceto di Modena"): where the goods come from, not where the
    customer is. Places only: "o bolo da Ana" keeps Ana (and "bolo" is not listed)."""
    if span.entity != "LOCATION":
        return False
    return _ORIGIN_GOODS.search(text, max(0, span.start - 40), span.start) is not None


# Club goods, then "of the": "a camisa do", "la camiseta del", "la maglia della", "la sciarpa dell'"
_CLUB_GOODS = regex.compile(
    r"\b(?:camisa|camisas|camisola|camisolas|camiseta|camisetas|playera|playeras|polera|maglia|maglie|maglietta"
    r"|sciarpa|sciarpe|cachecol|bufanda|boné|gorra|cappellino|felpa|equipación|equipamento|divisa|escudo"
    r"|bandeira|bandera|bandiera)"
    r"[ \t\u00a0]+(?:do|da|dos|del|de[ \t\u00a0]+la|de|della|dello|dell['’]|di)[ \t\u00a0]*$",
    regex.IGNORECASE,
)


@cache
def football_clubs() -> frozenset[str]:
    """Clubs named like people or places (`data/football_clubs.tsv`), case-folded."""
    data = resources.files("recognizers") / "data" / "football_clubs.tsv"
    lines = data.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and line[0] != "#")


def club_goods(text: str, span: Span) -> bool:
    """True for a listed football club right after a shirt, scarf or cap and "of the" ("a camisa do
    Santos", "la maglia del Milan", "la playera del América"): the club, not a person or a town. A
    name no club list holds stays ("a camisa do Pedro": Pedro's shirt)."""
    name = " ".join(text[span.start : span.end].split()).strip(POST_FILTER_EDGE).casefold()
    if name not in football_clubs():
        return False
    return _CLUB_GOODS.search(text, max(0, span.start - 40), span.start) is not None


# A fixture between two sides: "Everton v Celtic", "Paysandu x Vasco", "Fortuna Düsseldorf gegen Union
# Berlin", "Juventus contro Roma" (`club_match`)
_VERSUS = r"(?:v|vs|x|×|versus|gegen|contro|contra|contre|against)"
# the other side may open with an elided or a French article ("Lens contre l'Aviron Bayonnais")
_VERSUS_AFTER = regex.compile(rf"[ \t\u00a0]+{_VERSUS}\.?[ \t\u00a0]+(?:l['’]|(?:le|la|les)[ \t\u00a0]+)?\p{{Lu}}")
_VERSUS_BEFORE = regex.compile(rf"\p{{L}}[ \t\u00a0]+{_VERSUS}\.?[ \t\u00a0]+$")
# A side named after a preposition of playing alone ("la partita contro Fiorentina", "gegen Fortuna
# Düsseldorf"): a match word in the message says the preposition is a fixture's
_AGAINST_BEFORE = regex.compile(r"(?<!\p{L})(?:gegen|contro|contra|contre|against)[ \t\u00a0]+$", regex.IGNORECASE)
_MATCH_WORDS = regex.compile(
    r"(?<!\p{L})(?:partita|partite|gara|derby|partido|jogo|clássico|match|game|fixture|spiel|heimspiel"
    r"|auswärtsspiel|watch|watching|schauen|gucken|vedere|guardare|ver|assistir|regarder)(?!\p{L})",
    regex.IGNORECASE,
)
# Club goods right after the club, as English and Italian write them ("Everton shirts", "lo stemma
# Fiorentina", "la maglia ufficiale Fiorentina": the noun before, with at most an adjective between)
_CLUB_GOODS_AFTER = regex.compile(
    r"[ \t\u00a0]+(?:shirt|shirts|kit|kits|scarf|scarves|jersey|jerseys|top|tops|badge|crest|mug|cap|hat|flag)"
    r"(?!\p{L})",
    regex.IGNORECASE,
)
_CLUB_GOODS_BEFORE = regex.compile(
    r"(?<!\p{L})(?:stemma|maglia|maglie|maglietta|sciarpa|felpa|divisa|bandiera|camisa|camiseta|escudo|trikot|schal)"
    r"(?:[ \t\u00a0]+(?:ufficiale|ufficiali|oficial|officiel|officielle|original|originale))?[ \t\u00a0]+$",
    regex.IGNORECASE,
)

# The club's fans right before its name ("il club tifosi Fiorentina", "la peña de hinchas Boca", "os
# torcedores Flamengo"): the whole class of fans' nouns in the six languages; English and German
# put them after the name ("Everton supporters", "Schalke Fans")
_FANS_BEFORE = regex.compile(
    r"(?<!\p{L})(?:tifosi|ultras|hinchas|aficionados|torcedores|adeptos|supporters|fans)[ \t\u00a0]+$",
    regex.IGNORECASE,
)
_FANS_AFTER = regex.compile(r"[ \t\u00a0]+(?:supporters|fans|fanclub|ultras)(?!\p{L})", regex.IGNORECASE)


def club_match(text: str, span: Span) -> bool:
    """True for a PERSON or LOCATION span that is a listed club (`data/football_clubs.tsv`, one word
    or more) playing: on either side of "v", "vs", "x", "gegen", "contro" with the other side
    capitalised ("Everton v Celtic", "Paysandu x Vasco", "Fortuna Düsseldorf gegen Union Berlin"),
    after "contro", "gegen", "against" in a message about a match or watching one ("la partita contro
    Fiorentina"), after or before its fans ("il club tifosi Fiorentina", "Everton supporters"), or on
    its goods with no "of" ("Everton shirts", "lo stemma Fiorentina"). A name no
    club list holds stays ("Marco contro Luca", "Sarah v Tom"); so does a possessive ("Chelsea's
    shirts" are hers)."""
    if span.entity not in ("PERSON", "LOCATION"):
        return False
    name = " ".join(text[span.start : span.end].split()).strip(POST_FILTER_EDGE).casefold()
    if name not in football_clubs():
        return False
    before = text[max(0, span.start - 40) : span.start]
    if _VERSUS_AFTER.match(text, span.end) or _VERSUS_BEFORE.search(before):
        return True
    if _AGAINST_BEFORE.search(before) and _MATCH_WORDS.search(text):
        return True
    if _FANS_BEFORE.search(before) or _FANS_AFTER.match(text, span.end):
        return True  # "il club tifosi Fiorentina", "a night for Everton supporters": the club
    return bool(_CLUB_GOODS_AFTER.match(text, span.end) or _CLUB_GOODS_BEFORE.search(before))


# The other side of a fixture, capitalised, an article allowed: "Lens contre Rodez", "Lens contre
# l'Aviron Bayonnais" (`town_side`)
# Watching or a match, by its stem, any tense: "regardé", "watched", "guardato", "geschaut"
_WATCHED = regex.compile(
    r"(?<!\p{L})(?:regard|watch|guard|schau|guck|assist|match|partit|partid|jogo|spiel|derby|game|fixture)",
    regex.IGNORECASE,
)
_VERSUS_SIDE_AFTER = regex.compile(
    rf"[ \t\u00a0]+{_VERSUS}\.?[ \t\u00a0]+(?:(?:the|le|la|les|el|il|lo|o|der|die|das)[ \t\u00a0]+|l['’])?\p{{Lu}}"
)


def town_side(text: str, span: Span, language: str) -> bool:
    """True for a listed town's LOCATION on either side of "contre", "v", "gegen" in a message about
    watching or a match ("On peut regarder Lens contre Rodez au club-house ?", "On a regardé Marseille
    contre Lyon hier"): the town's team, as a club is (`club_match`), which no club list needs to hold.
    Kept with a person in the sentence ("mon fils joue à Lens contre Rodez")."""
    if span.entity != "LOCATION" or not _WATCHED.search(text):
        return False
    folded = " ".join(text[span.start : span.end].split()).strip(POST_FILTER_EDGE).casefold()
    if folded not in places().words_in:
        return False
    before = text[max(0, span.start - 40) : span.start]
    if not (_VERSUS_SIDE_AFTER.match(text, span.end) or _VERSUS_BEFORE.search(before)):
        return False
    sentence_before, sentence_after = said_of.sentence(text, span.start, span.end)
    return not said_of.person_in_sentence(sentence_before, sentence_after, language, writer=False)


# Fans of a side, then "of" and the town: "a supporters club of Leeds", "un club di tifosi del Lecce",
# "la soirée des supporters de Guingamp", "una peña de aficionados del Cádiz", "os torcedores do Santos"
_FANS_OF_BEFORE = regex.compile(
    r"(?<!\p{L})(?:tifosi|tifoso|tifosa|ultras|hinchas|hincha|aficionados|torcedores|torcedor|torcedora|adeptos"
    r"|supporters|supporter|supportrices|fans|fan)(?:[ \t\u00a0]+club)?[ \t\u00a0]+"
    r"(?:of|de|d['’]|du|des|di|del|della|dello|dell['’]|do|da|dos|das|von|vom)"
    r"(?:[ \t\u00a0]+(?:the|la|le|el|il|lo|o|a|der|die|den|dem))?[ \t\u00a0]*$",
    regex.IGNORECASE,
)
# Watching or showing, right before the town: "On peut regarder Lens sur grand écran ?", "Can we watch
# Leeds on the big screen?", "Si può guardare il Lecce al bar?", "Zeigt ihr Bochum im Fernsehen?"
_WATCH_BEFORE = regex.compile(
    r"(?<!\p{L})(?:regarder|regarde|regardez|regardé|regarderez|watch|watching|watched|show|shows|showing"
    r"|guardare|guardiamo|guardate|guardato|trasmettete|trasmettere|ver|vemos|veremos|vimos|assistir|assistimos"
    r"|transmitís|transmiten|transmitem|passez|diffusez|schauen|gucken|zeigt|zeigen|übertragt)"
    r"(?:[ \t\u00a0]+(?:the|le|la|les|el|il|lo|o|a|den|die|das))?[ \t\u00a0]+$",
    regex.IGNORECASE,
)
# A screen or a match in the message: what is watched is then a side playing
_SCREEN_OR_MATCH = regex.compile(
    r"(?<!\p{L})(?:écran|screen|screens|tv|télé|tele|televisione|televisión|televisão|maxischermo|schermo"
    r"|telão|pantalla|leinwand|fernsehen|fernseher|beamer|match|matches|game|games|partita|partido|jogo|spiel"
    r"|derby|fixture|kick-off|anstoß)(?!\p{L})",
    regex.IGNORECASE,
)


def town_team(text: str, span: Span, language: str) -> bool:
    """True for a place that names the town's side, not where anyone is: right after its fans and "of"
    ("a supporters club of Leeds", "un club di tifosi di Lecce", "les supporters de Guingamp") or
    after them ("Leeds fans"), or watched or shown on a screen or as a match ("On peut regarder Lens sur
    grand écran ?", "Do you show Leeds games?"). Being a fan or watching a side says nothing of where
    a person is; no club list is needed (`club_match` reads the listed clubs). A watched town is kept
    with a person in the sentence ("on peut regarder Lens avec mon fils qui habite là-bas")."""
    if span.entity != "LOCATION":
        return False
    before = text[max(0, span.start - 40) : span.start]
    if _FANS_OF_BEFORE.search(before) or _FANS_AFTER.match(text, span.end):
        return True
    if not _WATCH_BEFORE.search(before) or not _SCREEN_OR_MATCH.search(text):
        return False
    sentence_before, sentence_after = said_of.sentence(text, span.start, span.end)
    return not said_of.person_in_sentence(sentence_before, sentence_after, language, writer=False)


def club_named(text: str, span: Span) -> bool:
    """True for a PERSON span that is, whole or in part, a listed club of two words or more
    (`data/football_clubs.tsv`: "Young Boys", "Paris Saint-Germain", "Hertha Berlin"), or a LOCATION
    span inside one ("Luanda" in "Petro de Luanda"), wherever it stands: the first-name list reads its
    first word as a name, but no one is called by a club's full name. A town that is a club's whole
    name ("moro em São Paulo") stays a place, and a one-word club ("Santos", "Vitória") is a name or a
    town as often: it counts only on goods (`club_goods`)."""
    if span.entity not in ("PERSON", "LOCATION"):
        return False
    window_start = max(0, span.start - 30)
    window = text[window_start : span.end + 30].casefold()
    for club in _long_clubs():
        at = window.find(club)
        while at >= 0:
            club_start, club_end = window_start + at, window_start + at + len(club)
            if club_start <= span.start and span.end <= club_end:
                whole = (club_start, club_end) == (span.start, span.end)
                return span.entity == "PERSON" or not whole
            at = window.find(club, at + 1)
    return False


@cache
def _long_clubs() -> tuple[str, ...]:
    """The listed clubs of two words or more, case-folded."""
    return tuple(sorted(c for c in football_clubs() if " " in c or "-" in c))


def organisation(text: str, start: int, end: int) -> bool:
    """True when the capitalised run from `start` reaches a legal form on the same line, with no comma
    ("Müller Möbel GmbH", "Smith & Sons Ltd", "García Hermanos S.L."), unless it is a person's full name
    before the form ("Hans Keller GmbH")."""
    while end < len(text) and not text[end].isspace():
        end += 1  # the whole last word: a span may stop inside "S.L."
    tokens = text[start:end].split()
    words = [t.strip(POST_FILTER_EDGE) for t in tokens]
    form = any(_LEGAL_FORM.match(t) for t in tokens[1:])
    pos = end
    while not form and not tokens[-1].endswith((",", ";", ":", "!", "?", ")")):  # a comma ends the run
        if _LEGAL_AHEAD.match(text, pos) is not None:
            form = True
        elif (step := _RUN_WORD.match(text, pos)) is not None:
            words.append(step.group().strip().strip(POST_FILTER_EDGE))
            pos = step.end()
        else:
            break
    return form and not _full_name(words)


def _full_name(words: list[str]) -> bool:
    """True when the run before a legal form opens with a popular listed first name followed by a word
    that is no business noun (`_BUSINESS_NOUNS`): a person's full name ("Sophie Durand SARL", "Hans
    Keller GmbH"), kept as a name; "Martin Transports SAS" and "Taylor Supplies LLC" are companies."""
    words = [w for w in words if w and not _LEGAL_FORM.fullmatch(w)]
    if len(words) < 2:
        return False
    popularity = gazetteer().popularity
    first = words[0].casefold()
    bare = lower_pairs.bare(first)
    if max(popularity.get(first, 0), popularity.get(bare, 0)) < _FIRST_NAME_POPULARITY:
        return False
    return words[1].casefold() not in _BUSINESS_NOUNS


def dispatch_town(text: str, span: Span) -> bool:
    """True for a place right after a seller's dispatch phrase (`_DISPATCH`): a LOCATION from any
    recognizer, or a PERSON whose text is a listed place (the first-name list reads "Verona")."""
    if span.entity == "PERSON":
        folded = " ".join(t.strip(POST_FILTER_EDGE).casefold() for t in text[span.start : span.end].split())
        if folded not in places().words_in:
            return False
    if _DISPATCH.search(text, max(0, span.start - 80), span.start) is not None:
        return True
    if _OTHER_WAREHOUSE_AFTER.match(text, span.end) is not None:
        return True
    # German with the town before the participle: "Am Montag in Bologna verschickt", not "Ich habe
    # es in Berlin verschickt" (the customer's own town, a first person in the clause)
    if (
        _PARTICIPLE_AFTER.match(text, span.end) is None
        or _IN_BEFORE.search(text, max(0, span.start - 10), span.start) is None
    ):
        return False
    clause = _SENTENCE_CUT.split(text[max(0, span.start - 80) : span.start])[-1]
    return _FIRST_PERSON.search(clause) is None


def _origin_asked(text: str, span: Span, language: str) -> bool:
    """`origin_asked.origin_asked` for a LOCATION of any recognizer, or a PERSON whose text is a listed
    place, as `dispatch_town`: "Was it posted from Manchester or Leeds?"."""
    if span.entity == "PERSON":
        folded = " ".join(t.strip(POST_FILTER_EDGE).casefold() for t in text[span.start : span.end].split())
        if folded not in places().words_in:
            return False
    return origin_asked(text, span.start, span.end, language)


def set_phrase(text: str, start: int, language: str) -> bool:
    """True when the span's first word and the word before it make a set phrase of the language
    ("au lieu de"): no name there."""
    phrases = _SET_PHRASES.get(language)
    if not phrases:
        return False
    first = text[start:].split(None, 1)
    before = text[max(0, start - 20) : start].split()
    return bool(first and before) and (before[-1].casefold(), first[0].strip(POST_FILTER_EDGE).casefold()) in phrases


_B = r"[ \t\u00a0]+"
_OF = r"(?:of|in|at|de|d['’]|di|da|do|dos|das|del|dal|dalla|dall['’]|della|em|en|à|a|au|aux|in|im|aus|ab|von|na|no)"
_ARTICLE = r"(?:(?:the|la|le|les|l['’]|el|il|lo|o|a|os|as|der|die|dem)[ \t\u00a0]*)?"
# A first place and "and"/"or" before this one: "Nos magasins de Lyon et de Paris", "made in Spain or
# in Vietnam", "come from Colombia and Brazil"
_CAP = r"[\p{Lu}][\p{L}'’-]*"
# The same, capitalised even inside a case-blind pattern (there `\p{Lu}` matches any letter)
_UCAP = r"(?-i:\p{Lu}[\p{L}'’&-]*)"
_CHAIN = rf"(?:{_UCAP}(?:{_B}{_UCAP})*,?{_B}(?:or|and|ou|et|o|oder|und|y|e){_B}(?:{_OF}[ \t\u00a0]*)?{_ARTICLE})?"
_PREMISES = _alternation(
    w.PREMISES
    | frozenset(w.PREMISES_PHRASES)
    | w.EVENTS
    | w.HUBS
    | w.TRADES
    | w.PROMOTIONS
    | frozenset(w.PROMOTION_PHRASES)
)
_VEHICLES = _alternation(w.GOODS_VEHICLES)
# "do" after a goods vehicle is Portuguese "of the" only after a Portuguese one ("a carrinha do
# Porto"); after an English one it is the verb ("Does your van do Leeds on Fridays?": the customer's)
_PT_VEHICLES = "camião|caminhão|carrinha"
_MADE = _alternation(w.MADE_IN)
_TO = rf"(?:{_OF}|to|for|pour|per|para|nach)"
_OURS = r"(?:our|notre|nos|nostro|nostra|nostri|nuestro|nuestra|nosso|nossa|unser|unserem|unseren)"
# Premises, fairs, goods' vehicles right before the place: "il negozio di", "unsere Filiale in", "Salone
# di", "le camion pour", "Zentrallager", "notre centre de" (not "le centre de Nantes": the town centre)
# A premises word, then the carrier's or the store's own name, then the place: "centro de tratamiento
# de Correos en", "le corner des Galeries Lafayette à", "il centro GLS di" (a bare "centro" only before
# a carrier's capitals: "il centro di Lecce" is the town centre)
_NAMED_PREMISES = (
    rf"(?:(?:{_PREMISES})(?:{_B}(?:de|di|do|da|des|del|della|alla|al|von|der))?{_B}{_UCAP}(?:{_B}{_UCAP})?"
    rf"|(?:centre|center|centro|zentrum){_B}(?-i:\p{{Lu}}{{2,5}})){_B}{_OF}[ \t\u00a0]*"
)
_PREMISES_BEFORE = regex.compile(
    rf"\b(?:(?:{_PREMISES}){_B}{_OF}[ \t\u00a0]*|{_NAMED_PREMISES}|(?:{_VEHICLES}){_B}(?!do{_B}){_TO}{_B}"
    rf"|(?:{_PT_VEHICLES}){_B}do{_B}"
    rf"|zentrallager{_B}|messe{_B}|{_OURS}{_B}(?:centre|center|centro|zentrum){_B}{_OF}{_B})"
    rf"{_ARTICLE}{_CHAIN}$",
    regex.IGNORECASE,
)
# Made in: "Made in", "fabriqués au", "faits main au", "hechas en", "feito em" (`name_words.DONE_IN`
# before a country only)
_IN = (
    rf"(?:(?:{_B}(?:(?:à{_B}la{_B})?main|a{_B}mano|à{_B}mão|a{_B}mão|von{_B}hand))?"
    rf"{_B}(?:in|en|em|au|aux|na|no|à|a|nel|nella|in{_B}der){_B}{_ARTICLE}{_CHAIN}$)"
)
_MADE_BEFORE = regex.compile(rf"\b(?:{_MADE}){_IN}", regex.IGNORECASE)
# Made or packed, then where from: "come boxed from Seville", "imported from Japan", "aus Italien
# importiert" is `_MADE_AFTER`; "from" words that never mean "by" ("da", "von", "de" do)
_MADE_FROM = regex.compile(rf"\b(?:{_MADE}){_B}(?:from|aus|depuis|desde){_B}{_ARTICLE}{_CHAIN}$", regex.IGNORECASE)
_DONE_BEFORE = regex.compile(rf"\b(?:{_alternation(w.DONE_IN)}){_IN}", regex.IGNORECASE)
# Goods, then "from"/"de"/"aus", a few words apart: "the cheese from", "les tapis viennent de", "der
# Kaffee aus", "il caffè viene dal", "is the wool sourced from"; and "or from" after a first place
_FROM = r"(?:from|de|d['’]|du|des|da|dal|dalla|dall['’]|do|aus|di|del)"
_ORIGIN = regex.compile(
    rf"\b(?:{_alternation(w.ORIGIN_GOODS)})(?:{_B}[\p{{Ll}}'’]+){{0,3}}{_B}{_FROM}[ \t\u00a0]*{_ARTICLE}{_CHAIN}$",
    regex.IGNORECASE,
)
# A club's goods after "of": "le maillot de", "das Trikot von", "the shirt of", "der Schal von"
_CLUB_BEFORE = regex.compile(
    rf"\b(?:maillot|maillots|écharpe|écharpes|trikot|trikots|schal|shirt|shirts|jersey|kit|scarf){_B}"
    # the side it is worn on between: "le maillot domicile de Lens", "the away shirt of"
    rf"(?:(?:domicile|extérieur|third|officiel|officielle|home|away|heim|auswärts){_B})?"
    r"(?:de|du|d['’]|von|vom|of|des)[ \t\u00a0]*$",
    regex.IGNORECASE,
)
# English compounds after the place: "our Leeds warehouse", "Milano Design Week", "the Leeds United
# shirt", "das Dortmund-Trikot"; and goods named by it: "Parma ham", "Sheffield steel"
_PREMISES_AFTER = _alternation(
    w.PREMISES
    | frozenset(w.PREMISES_PHRASES)
    | frozenset(w.EVENTS_AFTER)
    | w.HUBS
    | w.PROMOTIONS
    | frozenset(("sale", "sales", "depot", "sorting centre", "sorting center"))
)
_AFTER = regex.compile(
    rf"(?:[ \t\u00a0]+|-)(?:{_PREMISES_AFTER}|united|city|fc|shirt|shirts|scarf|kit|jersey|mug|trikot"
    rf"|(?:home|away|third){_B}(?:shirt|kit))\b",
    regex.IGNORECASE,
)
_GOODS_AFTER = regex.compile(rf"[ \t\u00a0]+(?:{_alternation(w.ORIGIN_GOODS)})\b", regex.IGNORECASE)
_TRAINS = _alternation(w.TRAINS)
_TRAIN_AFTER = regex.compile(rf"(?:[ \t\u00a0]+|-)(?:{_TRAINS})\b", regex.IGNORECASE)
_TRAIN_BEFORE = regex.compile(rf"\b(?:{_TRAINS}){_B}(?:{_TO}{_B})?(?:{_CAP}-)?$", regex.IGNORECASE)
# What says the clause is about goods on their way: a train or a flight then carries them
_GOODS_MOVING = regex.compile(
    r"\b(?:parcel|package|order|shipment|sent|colis|commande|envoyé|pacco|spedito|ordine|paquete|pedido"
    r"|enviado|encomenda|pacote|paket|sendung|bestellung|verschickt|pakete|paquetes|pacchi|colis)\b",
    regex.IGNORECASE,
)
# German participle of making after "in <place>": "in Portugal gefertigt", "in Indien geknüpft"
_MADE_AFTER = regex.compile(rf"[ \t\u00a0]+(?:{_MADE})\b", regex.IGNORECASE)
_IN_AUS_END = regex.compile(r"\b(?:in|aus)[ \t\u00a0]+$", regex.IGNORECASE)
# The writer in the clause before such a participle: they did the work there ("ich habe den Honig in
# Kassel abgefüllt", "meine Oma hat ihn in Ulm geröstet"), so the town locates them
_GERMAN_WRITER = regex.compile(r"\b(?:ich|mich|mir|mein\w*)\b", regex.IGNORECASE)
# A shipping question or cost: a country after it in the clause is a zone of delivery
_SHIPPING = regex.compile(
    r"\b(?:ship|ships|shipping|deliver|delivers|delivery|postage|customs|internationally|abroad|post"
    r"|courier|couriers|cut-off|cutoff"
    r"|livrez|livrer|livraison|livraisons|expédiez|expédier|expédition|envoyez|frais|douane|étranger"
    r"|spedite|spedire|spedizione|spedizioni|consegnate|consegna|dazi|dogana|estero"
    r"|enviáis|envían|enviais|envío|envíos|envio|envios|enviam|enviar|entregam|entregan|entregas|aduana"
    r"|alfândega|taxas|extranjero|estrangeiro|hacen|fazem|portes"
    r"|liefert|liefern|versenden|versendet|versand|zoll|zollgebühren|lieferung|ausland)\b",
    regex.IGNORECASE,
)
_CLAUSE = regex.compile(r"[.!?;\n]")
# Store hours asked of the shop: "A Torino aprite alle 9?", "Vous êtes ouverts le 15 août à Angers ?",
# "Macht ihr in Kassel um 9 auf?" ("fecha" is also the Spanish "date": left out)
_OPENING = regex.compile(
    r"\b(?:open|opens|opening|closes|closed|ouvert|ouverts|ouverte|ouvertes|ouvrez|ouvre|ouvrent|ferme"
    r"|fermé|fermée|fermez|horaires|aprite|apre|aprono|aperto|aperti|aperta|chiude|chiudete|chiudono|chiuso"
    r"|orari|orario|abrís|abren|abierto|abiertos|abierta|cierra|cerráis|cierran|cerrado|horario|horarios"
    r"|abrem|abertos|aberto|aberta|fecham|fechado|horário|horários|offen|geöffnet|öffnungszeiten|schließt"
    r"|geschlossen|macht[ \t\u00a0]+ihr\b.*\bauf)\b",
    regex.IGNORECASE,
)
# A delivery time: a number of hours, days or weeks, "next day", "how long"
_DURATION = regex.compile(
    r"(?:\b\d+[ \t\u00a0]*(?:-[ \t\u00a0]*\d+[ \t\u00a0]*)?(?:h|hrs?|hours?|days?|weeks?|jours?|heures?|semaines?"
    r"|giorni|ore|settimane|dias?|días|horas|semanas|tage|tagen|stunden|wochen|werktage|werktagen)\b"
    r"|\b(?:next[ \t\u00a0]+day|how[ \t\u00a0]+long|combien[ \t\u00a0]+de[ \t\u00a0]+temps|quanto[ \t\u00a0]+ci"
    r"|quanto[ \t\u00a0]+tempo|quanti[ \t\u00a0]+giorni|cuánto[ \t\u00a0]+tarda|cuánto[ \t\u00a0]+tiempo"
    r"|wie[ \t\u00a0]+lange)\b)",
    regex.IGNORECASE,
)
# Where a delivery time starts: "From Manchester it takes", "Da Milano ci vogliono", "Desde Madrid",
# "Aus Hamburg dauert", "von Berlin aus", "partendo da", "saindo de"
_SINCE = regex.compile(
    r"\b(?:from|depuis|de|d['’]|du|da|dal|dalla|dall['’]|desde|do|aus|von|ab)[ \t\u00a0]*$",
    regex.IGNORECASE,
)
# Who speaks of themselves, or returns something: the place may then be theirs ("From Leeds it takes
# me an hour", "Je suis à Lille, vous êtes ouverts ?", "a return from Leeds takes 3 days")
_SELF = regex.compile(
    r"(?<![\w'’])(?:i|i'm|i’m|me|my|we|we're|je|j['’]|moi|nous|mon|ma|mes|io|mi|mio|mia|eu|meu|minha|estou"
    r"|yo|estoy|ich|mir|mich|mein|meine|wir|return|returns|retour|reso|resi|devolución|devolução"
    r"|rücksendung|near|close|près|vicino|cerca|perto|nähe)(?![\w'’])",
    regex.IGNORECASE,
)
# A span that holds a fair with its town: "Salon de Paris", "Paris Design Week", "Fiera di Verona"
_EVENT_SPAN = regex.compile(
    rf"(?:(?:{_alternation(w.EVENTS)}){_B}(?:de|di|del|da|do|d['’]){_B}\S.*"
    rf"|.*\S{_B}(?:{_alternation(w.EVENTS_AFTER)}))"
)


def _clause(text: str, span: Span) -> tuple[str, str]:
    """The words of the span's sentence before and after it."""
    before = _CLAUSE.split(text[max(0, span.start - 100) : span.start])[-1]
    after = _CLAUSE.split(text[span.end : span.end + 100])[0]
    return before, after


def shop_place(text: str, span: Span, language: str = "") -> bool:
    """True for a place that is the business's or the goods', not a person's: a shop's premises ("il
    negozio di Torino", "our Leeds warehouse"), where goods are made or come from ("Made in Portugal",
    "the cheese from France", "Parma ham"), a fair ("Salone di Torino", "Milano Design Week"), a club on
    goods ("le maillot de Marseille"), a goods vehicle ("le camion pour Marseille"), a train or flight
    with goods in the clause, and a country or a region alone after a shipping word ("Do you ship to
    Germany?", "vous livrez en Bretagne ?": `name_words.COUNTRIES`). A
    PERSON only when its text is a listed place or a country. Fail closed: a clause that says the place
    is the customer's (`name_words.CUSTOMER_PLACE_CUE`: "I live", "chez ma sœur", "ritiro", "moro")
    keeps it, so does a town (not a country) after a shipping word ("Do you ship to Leeds?": where they
    live), and so does a place next to a shop word that no list holds: a village of a few thousand
    people narrows a customer down far more than a city (where goods are made counts everywhere)."""
    folded = " ".join(t.strip(POST_FILTER_EDGE).casefold() for t in text[span.start : span.end].split())
    if service_towns.service_town(text, span, folded, language, _writer(language)):
        return True  # "Vous livrez à Bastia ?", "Can I collect it from Leeds on Monday?": the shop's service
    before, after = _clause(text, span)
    if w.CUSTOMER_PLACE_CUE.search(before) or w.CUSTOMER_PLACE_CUE.search(after):
        return False
    if attended_event(before):
        return False  # "I'm at the festival in Leeds this weekend": the writer is there
    if _EVENT_SPAN.fullmatch(folded):
        return True  # the model's or the first-name list's span holds the fair: "Salon de Paris"
    listed = (
        all(p in places().words_in or p in w.COUNTRIES for p in folded.split("-"))
        or _listed_run(text[span.start : span.end])
        or folded in places().words_in
        or folded in w.COUNTRIES  # "île-de-france": a region whose parts are no places
        or folded in w.DESIGNATIONS  # "tea from Darjeeling": the model's PERSON for a place goods are named by
        or (folded in regions() and folded not in gazetteer().popularity)  # "tea from Yorkshire"; not "Georgia"
    )
    if span.entity == "PERSON" and not listed:
        return False
    near = before[-60:]
    if (
        _MADE_BEFORE.search(near)
        or _MADE_FROM.search(near)
        or _ORIGIN.search(near)
        or _GOODS_AFTER.match(text, span.end)
    ):
        return True
    if (
        span.entity == "LOCATION"
        and goods_names.named_goods(text, span.start, span.end, folded, language)
        and not person_in_sentence(text, span, language)
    ):
        return True  # "les madeleines de Commercy", "Marzipan aus Lübeck", "the Cheddar is mature"
    if folded in w.COUNTRIES and _DONE_BEFORE.search(near):
        return True
    if _MADE_AFTER.match(text, span.end) and _IN_AUS_END.search(near) and not _GERMAN_WRITER.search(before):
        return True  # "wird in Kassel abgefüllt"; not "ich habe den Honig in Kassel abgefüllt"
    if not listed:
        return False  # a village no list holds ("le magasin de Saint-Paul-de-Vence"): few people, kept
    if _said_of_no_one(text, span, folded, language):
        return True
    sentence_before = said_of.sentence(text, span.start, span.end)[0]
    there = _WRITER_THERE.search(sentence_before) is not None  # "Je suis près du magasin de Lyon": the writer
    if (
        (_PREMISES_BEFORE.search(near) or chain_branch.branch_town(near))
        and not said_of.mine_or_kin(sentence_before, language)
        and not there
    ):
        return True  # not "my office in Leeds", "meine Frau arbeitet im Laden in Ulm": theirs
    if shop_town.shop_town(text, span.start, span.end, language, _writer(language)):
        return True  # "Canal Street Cycles in Daventry", "Óptica Colón de Getafe": the shop's own name
    if _CLUB_BEFORE.search(near) or (_AFTER.match(text, span.end) and not there):
        return True
    if language == "de" and german_shop.shop_town(text, span, before, after):
        return True
    moving = _GOODS_MOVING.search(before) or _GOODS_MOVING.search(after)
    if moving and (_TRAIN_AFTER.match(text, span.end) or _TRAIN_BEFORE.search(near)):
        return True
    if folded in w.COUNTRIES and _SHIPPING.search(before) is not None:
        return True
    if _public_place(text, span, before, after, language):
        return True
    # a listed place read as a PERSON ("Florence", "Milan", "Regina") is as often a person there:
    # "Dites à Florence que vous fermez à 18h"
    return span.entity == "LOCATION" and not there and _hours_or_lead_time(before, after)


def _said_of_no_one(text: str, span: Span, folded: str, language: str) -> bool:
    """True for a country said of no person, or a town said of a thing before it with no person in the
    sentence (`said_of`: "is it sold in Germany too?", "the match in Madrid is tonight")."""
    before, after = said_of.sentence(text, span.start, span.end)
    writer_before, writer_after = _writer(language)
    writer = writer_before.search(before) is not None or writer_after.search(after) is not None
    person = said_of.person_in_sentence(before, after, language, writer)
    name_like = span.entity == "PERSON" or folded in gazetteer().popularity  # "Victoria", "Pau", "Prosper"
    return (
        said_of.country_of_no_one(folded, before, name_like, person)
        or said_of.town_of_a_thing(before, after, language, name_like, person)
        or said_of.town_on_a_route(before, after, language, name_like, person)
        or said_of.shop_of_ours(before, after, language, writer)
    )


def person_in_sentence(text: str, span: Span, language: str) -> bool:
    """True when the place's sentence names the writer or a person it may locate (`said_of`)."""
    before, after = said_of.sentence(text, span.start, span.end)
    writer_before, writer_after = _writer(language)
    writer = writer_before.search(before) is not None or writer_after.search(after) is not None
    return said_of.person_in_sentence(before, after, language, writer)


def _listed_run(span_text: str) -> bool:
    """True for a span that is a run of listed places joined by commas ("Harrogate, Ripon", "Lemgo,
    Detmold": the place list reads a list of towns as one span)."""
    parts = [" ".join(p.casefold().split()) for p in span_text.split(",")]
    return len(parts) > 1 and all(p in places().words_in for p in parts)


def _hours_or_lead_time(before: str, after: str) -> bool:
    """True for a town in a question about the shop's hours there ("A Torino aprite alle 9?", "Horaires
    de Toulon") or where a delivery time starts ("Da Milano ci vogliono 2 giorni", "Desde Madrid tarda 2
    días"): the shop's branch and the seller's dispatch, said without a shop word. Fail closed when the
    writer speaks of themselves or a return, or a delivery goes there ("Je suis à Lille, vous êtes
    ouverts ?", "From Leeds it takes me an hour"): the town may then be theirs."""
    clause = f"{before} {after}"
    if _SELF.search(clause):
        return False
    if _OPENING.search(clause) and _SHIPPING.search(clause) is None:
        return True
    return _DURATION.search(clause) is not None and _SINCE.search(before[-12:]) is not None


# A preposition of position before the place ("in", "at", "à", "a", "en", "em", "bei"): "of"/"de"/"di"
# before a person reads "la fête de Florence" (Florence's party), so a PERSON needs one of these
_AT = r"(?:in|at|à|au|aux|a|al|en|em|no|na|nel|nella|bei|im)"
_AT_BEFORE = regex.compile(rf"(?:^|[\s'’]){_AT}[ \t\u00a0]*{_ARTICLE}$", regex.IGNORECASE)
_GAP = r"(?:[ \t\u00a0]+[\p{L}\d'’&-]+){0,3}"
_AT_OR_OF = rf"(?:{_AT}|{_OF}|du|del|dei|della|dello|dos|das|des|dem|der|von|vom)"
# Fairs and shows a few words before the town; "show" and "fair" are also a verb and an adjective
_GAP_EVENTS = w.EVENTS - {"show", "fair", "fairs"}
# News, tracking scans and events in a town, a few words before it: "the strike in Bristol", "la
# neige à Grenoble", "scanned at Tamworth", "trié cette nuit à Cavaillon", "la maratona di Firenze",
# "la fête du citron à Menton" (fairs and shows right before the town are premises, above)
# German compounds of news and fairs: "des Bahnstreiks in", "S-Bahn-Chaos in", "Spielwarenmesse in", "Striezelmarkt in"
_DE_COMPOUNDS = r"\w+streiks?|[\w-]+(?:chaos|messe|markt|märkte)"
_HAPPENING_BEFORE = regex.compile(
    rf"(?:\b(?:{_alternation(w.HAPPENINGS | w.TRACKED | _GAP_EVENTS)})|{_DE_COMPOUNDS})\b{_GAP}{_B}{_AT_OR_OF}"
    rf"[ \t\u00a0]*{_ARTICLE}$"
    rf"|\b(?:{_alternation(w.PORTS)}){_B}(?:of|de|di|do|da|in|von|d['’])[ \t\u00a0]*{_ARTICLE}$",
    regex.IGNORECASE,
)
_TRACKED_AFTER = regex.compile(rf"[ \t\u00a0]+(?:{_alternation(w.TRACKED_AFTER)})\b", regex.IGNORECASE)
# A scanned town follows "in"/"ab" right before it: "in Hamburg gescannt", "ab Leipzig erfasst"
_SCAN_AT_BEFORE = regex.compile(r"\b(?:in|ab)[ \t\u00a0]+$", regex.IGNORECASE)
# "during the Palio in Siena", "pendant le festival d'Avignon", "während des Oktoberfests in München"
_DURING_BEFORE = regex.compile(
    rf"\b(?:during|pendant|durante|während)(?:[ \t\u00a0]+[\p{{L}}\d'’&-]+){{1,4}}{_B}{_AT_OR_OF}"
    rf"[ \t\u00a0]*{_ARTICLE}$",
    regex.IGNORECASE,
)
# A parcel's route: "passé deux fois par Mâcon", "gone via Rugby", "über Greven gelaufen"; only with a
# parcel or an order in the clause (a person passes through towns too)
_ROUTE_BEFORE = regex.compile(
    rf"(?:\bvia|\b(?:passé|passée|passato|passata|pasado|pasada|passou|passed|gone|went|routed){_GAP}{_B}"
    rf"(?:par|per|da|dal|por|pelo|pela|through|via|über)){_B}{_ARTICLE}$",
    regex.IGNORECASE,
)
_RESULT_AFTER = regex.compile(rf"[ \t\u00a0]+(?:{_alternation(w.RESULTS_AFTER)})\b", regex.IGNORECASE)
_CLUB_PREFIX = regex.compile(
    rf"(?-i:\b(?:{_alternation(w.CLUB_PREFIXES)}))(?:{_B}(?:de|del|da|do|d['’]))?[ \t\u00a0]*$"
)
# Prices compared with a town, or a town's prices: "dearer online than in Glasgow", "plus cher qu'à
# Bordeaux", "costa più che a Bergamo", "teurer als in Dortmund", "the prices in Dublin", "i prezzi a
# Lugano"; and an amount cheaper or dearer there: "C'est 20 € moins cher à Lyon", "In München kostet
# es 20 Euro weniger"
_PRICE = regex.compile(
    r"\b(?:cheaper|dearer|pricier|expensive|price|prices|priced|cost|costs|cher|chère|chers|prix|coûte|coûtent"
    r"|tarif|tarifs|costa|costano|caro|cara|cari|care|prezzo|prezzi|custa|custam|barato|barata|preço|preços"
    r"|cuesta|cuestan|precio|precios|kostet|kosten|teurer|billiger|günstiger|preis|preise)\b",
    regex.IGNORECASE,
)
_COMPARED_BEFORE = regex.compile(
    rf"(?:\b(?:than|as|que|che|als|wie|do{_B}que)(?:{_B}{_AT})?|\bqu['’](?:à|au|en))[ \t\u00a0]*{_ARTICLE}$",
    regex.IGNORECASE,
)
_PRICES_BEFORE = regex.compile(
    r"\b(?:prices|prix|prezzi|precios|preços|preise)(?:[ \t\u00a0]+(?:are|sont|sono|son|são|sind))?"
    rf"{_B}{_AT}[ \t\u00a0]*{_ARTICLE}$",
    regex.IGNORECASE,
)
_AMOUNT = regex.compile(
    r"(?:\d[\d.,]*[ \t\u00a0]*(?:€|£|\$|eur|euro|euros|euri|chf)(?!\w)|[€£$][ \t\u00a0]*\d)", regex.IGNORECASE
)
# "Un autre magasin peut le commander, celui de Colmar ?", "tipo quello di Arezzo", "tipo la de Jaén",
# "zum Beispiel die in Landshut": a pronoun standing for a premises word earlier in the clause
_THAT_ONE_BEFORE = regex.compile(
    r"\b(?:celui|celle|ceux|celles|quello|quella|quelli|quelle|el|la|los|las|o|a|os|as|die|der|das|ones?)"
    rf"{_B}(?:de|d['’]|di|in|en|em|do|da|von|at|of)[ \t\u00a0]*$",
    regex.IGNORECASE,
)
_PREMISES_WORD = regex.compile(rf"\b(?:{_alternation(w.PREMISES)})\b", regex.IGNORECASE)
# A premises word, then "or" and a preposition of position: "at the St Ives branch or in Chelsea?", "au
# magasin de Lyon ou à Villeurbanne ?", "nella filiale di Pavia o a Lodi?": the chain's other store
_PREMISES_OR_BEFORE = regex.compile(
    rf"\b(?:{_alternation(w.PREMISES)}){_B}(?:or|ou|o|oder){_B}(?:in|at|à|au|a|al|en|em|no|na|nel|nella|im){_B}"
    rf"{_ARTICLE}$",
    regex.IGNORECASE,
)
# The writer, here or near, per language: the place may be theirs ("I'm stuck in the snow in Leeds",
# "Sono bloccato a Milano", "Qui a Lecce costa meno", "near Stoke"); possessives alone are not ("my
# parcel"). In it, es and pt, which drop the pronoun, the commonest verbs of the first person count
# too ("Con la neve a Belluno non riesco a uscire", "Con la nieve en Soria no puedo salir"). Second:
# words that count before the place only (Italian "sono" is also "they are": "I prezzi a Lugano sono
# in franchi"). Per language because "i" is an Italian article and "hier" French for "yesterday". Italian
# "ci sono" is "there are" ("Ci sono box liberi a Aosta?"), the writer only as "I have been there" or
# alone ("ci sono stato", "ci sono io").
_CI_SONO = (
    r"(?<!\bci[ \t\u00a0]{1,3})sono|(?<=\bci[ \t\u00a0]{1,3})sono(?=[ \t\u00a0]+(?:(?:stat|andat|passat|nat|vissut"
    r"|cresciut|tornat|rimast)[oaie]|io|anch['’]io)(?![\w'’])|[ \t\u00a0]*(?:[.,;:!?]|$))"
)
# The writer being, standing or waiting somewhere, earlier in the sentence: a shop's premises or a chain's
# store after it is where the writer is ("Je suis près du magasin de Lyon", "Ich bin gerade bei Rossmann
# in Ulm", "Estoy cerca del Carrefour de Getafe", "I'm outside the Leeds store"); not Italian "ci sono"
_WRITER_THERE = regex.compile(
    r"(?<![\w'’])(?:i['’]m|i[ \t\u00a0]+am|we['’]re|we[ \t\u00a0]+are|i['’]ll[ \t\u00a0]+be|we['’]ll[ \t\u00a0]+be"
    r"|je[ \t\u00a0]+suis|nous[ \t\u00a0]+sommes|on[ \t\u00a0]+est|je[ \t\u00a0]+serai|j['’]attends"
    # Italian "sono" is "they are" too ("I prezzi sono più alti nel negozio di …"): opening the sentence or after "io"
    r"|(?:(?<=^[ \t\u00a0]*)|(?<=\bio[ \t\u00a0]+))sono|siamo|sto|stiamo|sarò|aspetto"
    r"|estoy|estamos|estaré|espero|estou|estamos|estarei|fico"
    r"|ich[ \t\u00a0]+bin|wir[ \t\u00a0]+sind|bin[ \t\u00a0]+ich|sind[ \t\u00a0]+wir|ich[ \t\u00a0]+stehe"
    r"|ich[ \t\u00a0]+warte|wir[ \t\u00a0]+warten)(?![\w'’])"
    # a gerund after it is what the writer does, not where they are: "we're opening a second store in …"
    r"(?![ \t\u00a0]+(?:\p{L}+(?:ing|ando|endo|iendo|indo)|en[ \t\u00a0]+train)(?![\w'’]))",
    regex.IGNORECASE,
)
_WRITER_WORDS: dict[str, tuple[str, str]] = {
    "en": (r"i|i'm|i’m|we|we're|we’re|here|near|close\s+to", r"me|us"),
    "fr": (r"je|j['’]|nous|ici|près", r"moi"),
    "it": (r"io|qui|qua|vicino|riesco|posso|devo|vado|sto|ho|abbiamo|esco", rf"{_CI_SONO}|siamo"),
    "pt": (r"eu|estou|estamos|aqui|perto|consigo|posso|vou|tenho|fico|saio|preciso", r""),
    "es": (r"yo|estoy|estamos|aquí|aqui|cerca|puedo|tengo|voy|salgo|necesito|vivo", r""),
    "de": (r"ich|wir|hier|nähe", r"mich|mir|uns"),
}


@cache
def _writer(language: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The writer's words of `language` (of every language when it is not one of the six), as
    patterns for the words before the place and after it."""
    pairs = [_WRITER_WORDS[language]] if language in _WRITER_WORDS else list(_WRITER_WORDS.values())
    both = "|".join(p for p, _ in pairs)
    only_before = "|".join(p for _, p in pairs if p)
    bound = r"(?<![\w'’])(?:{})(?![\w'’])"
    before = regex.compile(bound.format(f"{both}|{only_before}" if only_before else both), regex.IGNORECASE)
    return before, regex.compile(bound.format(both), regex.IGNORECASE)


def _public_place(text: str, span: Span, before: str, after: str, language: str) -> bool:
    """True for a town named for what happens there for everyone, not for where a person is: news
    (weather, strikes, closures, a port), a courier's scans, an event, a parcel's route, a team, a
    comparison of prices, a chain's other store ("celui de Colmar"). Fail closed when the writer is in
    the clause or says "here" or "near" ("Sono bloccato a Milano per la neve") and when an order is sent
    there; a span that is also a listed first name ("Florence", "Alba") only after a preposition of
    position, and never before a result or in a price (a dative: "il a coûté 20 € à Florence")."""
    near = before[-60:]
    writer_before, writer_after = _writer(language)
    if writer_before.search(before) or w.SEND_TO_CUE.search(near):
        return False  # the writer's place, or where an order is sent ("consegnate a Lecce")
    if shop_talk.clock_town(text, span.end, near):
        return True  # "6pm New York time, 11pm here": the writer after a time zone is elsewhere
    if writer_after.search(after):
        return False
    clause = f"{before} {after}"
    if _SELF.search(clause) is None and (
        shop_talk.souvenir_town(text, span.end, near)
        or shop_talk.holiday_town(text, span.end)
        or shop_talk.seat_town(near, clause)
        or shop_talk.transport_town(text, span.end, near, clause)
        or shop_talk.round_town(text, span.end, before, after)
    ):
        return True
    folded = " ".join(text[span.start : span.end].casefold().split())
    person = span.entity == "PERSON" and folded in gazetteer().popularity  # "Florence": a first name too
    if person and _AT_BEFORE.search(near) is None:
        return False
    if _HAPPENING_BEFORE.search(near) or _CLUB_PREFIX.search(near):
        return True
    if _TRACKED_AFTER.match(text, span.end) and _SCAN_AT_BEFORE.search(near):
        return True
    if _DURING_BEFORE.search(near) and _SELF.search(clause) is None:
        return True
    if _ROUTE_BEFORE.search(near) and _GOODS_MOVING.search(clause):
        return True
    if _THAT_ONE_BEFORE.search(near) and _PREMISES_WORD.search(before):
        return True
    if _PREMISES_OR_BEFORE.search(near):
        return True  # "at the Norwich branch or in Chelsea?": another of the chain's stores
    if not person and _RESULT_AFTER.match(text, span.end):
        return True
    if _SHIPPING.search(clause) or _PRICE.search(clause) is None:
        return False
    if _COMPARED_BEFORE.search(near) or _PRICES_BEFORE.search(near):
        return True
    return not person and _AMOUNT.search(clause) is not None and _AT_BEFORE.search(near) is not None
