"""Base for street-address recognizers: a street core, then the parts that follow it.

An address is found in two steps, so that one span covers all of it:

1. a *core*: a country's street shape, matched by the subclass's `CORES` regexes
   (street type + name + house number, number + name + street type, a German
   `…straße 5`, an Indian `H.No. 97`); a core has a named group `num` when it
   holds a house number, or `street` when its street type names a street with
   no number ("Baker Street", "the corner of Elm Ridge and Oak Way");
2. the *tail*: after the core, as long as one follows (comma, dash, slash or
   space between them), units ("Apt. 4", "Piano 2", "Puerta 3", "3º B", "#12"),
   postcodes of every supported country (IT/ES/DE/FR/US 5 digits, US ZIP+4 and
   "CA 94105", PT 4-3, BR 5-3 or 8 digits, GB outward/inward, IN 6 digits or
   3+3, optionally labelled CAP/CEP/PLZ/ZIP/PIN or prefixed "D-"), city words
   and a two-letter province or state ("(MI)", "/ SP"). A city is taken only
   after a comma or dash, or right after a postcode, so "…, 5 please" does
   not swallow the sentence.

A core without a house number ("Via Roma, 20121 Milano") counts only when its
tail holds a postcode or a numbered unit ("Condomínio Recanto Verde, casa 14"):
"Via WhatsApp" or "Rue de la Paix" alone are not addresses. A "c/o Name," or "presso
Name," right before the core joins the span.

Street-type words are the formats' own vocabulary (what a street is called),
never lists of street or city names, so an unseen street in a known format is
found. Numbers followed by a decimal part, a currency or a percent sign are
not house numbers ("Corso … 49,90 €").

The tail is shared by every country: a Brazilian address in an English message
keeps its CEP. All regexes are linear (no nested unbounded quantifiers) and
compiled once with the stdlib `re` (the cores through `factored`: the same matches, faster).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import address_parts, factored
from recognizers.stdlib_pattern import StdlibPattern

# An upper-case first letter (Latin, Latin-1 and Latin Extended-A capitals).
UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
LETTER = r"[^\W\d_]"
# Letters and marks of scripts other than Latin (Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic
# scripts, Thai, Lao, Georgian, Ethiopic, kana, CJK, Hangul): a name, place or address written in them.
OTHER_SCRIPT = (
    "[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0591-\u05f4\u0600-\u06ff\u0750-\u077f\u0900-\u0dff"
    "\u0e00-\u0eff\u10a0-\u10ff\u1100-\u11ff\u1200-\u137f\u2e80-\u2fdf\u3041-\u30ff\u3105-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]"
)
# One capitalised word, hyphenated parts and an elision prefix allowed ("dell'Orso", "Saint-Denis").
# Unit words end a name: "741 Hanson Mission Suite 115" is a street, then a unit.
_UNIT_WORD = r"(?:apt|apto|apartment|apartamento|appartamento|suite|unit|flat|floor|piano|piso|interno|puerta)"
CAP = (
    rf"(?<![\w'’-])(?!(?i:{_UNIT_WORD})(?![^\W\d_]))(?:[dDlL]['’]|(?:dell|dall|nell|sull|all)['’])?"
    rf"[{UP}]{LETTER}*+(?:[-'’]{LETTER}+)*+(?!\d)\.?"
)
# A roman numeral or a day number as part of a name ("Via XX Settembre", "Rua 25 de Março").
ORDINAL = r"(?:[IVXL]{1,5}(?!\w)|\d{1,2}[ºª°]?(?=\s+(?:de|di|del|do|da)\s))"
PARTICLE = (
    r"(?:di|da|de|del|della|delle|dei|degli|dello|dal|do|dos|das|du|des|la|le|les|los|las|el|"
    r"von|van|der|den|am|an|auf|ob|vor|vorm|im|bei|of|the|upon|y|e|i|sur|sous|en|au|aux|lès|ao|aos|à|às)"
)
# A name of 1-5 capitalised words with particles between them.
CAP_NAME = rf"(?:{PARTICLE}\s+){{0,2}}(?:{CAP}|{ORDINAL})(?:\s+(?:{PARTICLE}\s+){{0,2}}(?:{CAP}|{ORDINAL})){{0,4}}"
# Chat writing: a lower-case name of 1-3 words (only after a street-type word).
# A whole word: "eh" of "edinburgh eh1 1aa" is a postcode's, not a town's.
_LOW_WORD = rf"(?!{_UNIT_WORD}(?![a-zà-ÿ]))[a-zà-ÿ]+(?:[-'’][a-zà-ÿ]+)*(?!\w)"
LOW_NAME = rf"{_LOW_WORD}(?:\s+(?:{PARTICLE}\s+){{0,2}}{_LOW_WORD}){{0,2}}"
NAME = rf"(?:{CAP_NAME}|{LOW_NAME})"
# What a product counts after a number: seats, doors, drawers, shelves, pieces, people, zones,
# stars, litres, inches ("Sofa Schlossallee 3-Sitzer", "Sofá Rua Nova 3 Lugares", "Armadio 2 Ante").
# Plurals only where the singular is a unit or street word ("Puerta 3", "Place Vendôme", "Zona").
_COUNTED = (
    r"posti|plazas|lugar(?:es)?|sitzer|sitze|seater|seats|persone|personas|pessoas|personen|personnes|people|"
    r"porte|ante|puertas|portas|türen|doors|cassetti|cajones|gavetas|schubladen|tiroirs|drawers|ripiani|baldas|"
    r"estantes|prateleiras|böden|fächer|étagères|shelves|piezas|peças|teile|pièces|pieces|stk|zonen|zonas|"
    r"stelle|estrellas|estrelas|sterne|étoiles|stars|marce|velocidades|vitesses|speeds|fuochi|fuegos|bocas|"
    r"ruote|ruedas|rodas|räder|roues|wheels|litri|litros|liter|litres|liters|pollici|pulgadas|polegadas|zoll|"
    r"pouces|inch|inches|watt|cuscini|cojines|almofadas|kissen"
)
# Not a house number: decimals, prices, percentages, times, sizes and dimensions ("120x180"),
# counts, and a number glued to a word by a hyphen ("3-Sitzer", "2-türig", "24-teilig").
NOT_AMOUNT = (
    rf"(?![.,:]\d|\d|-{LETTER}{{2}}|\s?[x×]\s?\d|\s?(?i:{_COUNTED})(?![^\W\d_])|"
    r"\s?(?i:€|\$|£|%|x\b|h\b|kg\b|g\b|ml\b|l\b|gb\b|go\b|cm\b|mm\b|euro|eur\b|reais|"
    r"volte|times|veces|vezes|fois|mal\b|pezzi|pz\b|pcs|unità|unidades|stück|ore\b|uhr\b|hours|horas|heures|stunden|"
    r"giorni|days|días|dias|jours|tagen?\b|min\b|minut|settimane|weeks|semanas|semaines|wochen|mesi|months|meses|"
    r"mois|monate|anni|years|años|anos|ans\b|jahre))"
)


def _num_after(digits: str, letter: str = "[a-zA-Z]") -> str:
    """A house number written after the street whose digits are `digits` and whose letter is `letter`:
    "12", "12a", "12/B", "22-15", "n. 5", "nº 5", "s/n"."""
    return (
        rf"(?P<num>(?:(?i:n\.?\s?[º°o]?\.?|n[º°]|nr\.?|no\.|num\.?|número|numero)\s?)?"
        rf"{digits}(?:\s?{letter}(?!{LETTER}))?(?:\s?[/\-]\s?\d{{1,4}}[a-zA-Z]?(?![-/]\d)|[/\-][a-zA-Z](?!{LETTER}))?(?:\s(?i:bis|ter))?{NOT_AMOUNT}"
        r"|(?i:s/n|s\.n\.|snc|sin número|sem número)(?!\w))"
    )


NUM_AFTER = _num_after(r"\d{1,4}")
# Brazil writes a house number over 999 with a thousands dot ("Av. Paulista, 1.578", "Rua Frei Caneca
# 1.380"); "1.299,00" (a price with its cents) is none. Nor is a time: "vou na rua 2, 15h" (a lower-case
# "h" is no house number's letter there).
NUM_AFTER_THOUSANDS = _num_after(r"(?:\d{1,2}\.\d{3}(?![.,]?\d)|\d{1,4})", "(?!h)[a-zA-Z]")

_SEP = r"(?:\s*[,;]\s*|\s+[-–—/]\s+|\s*/\s*|\s+)"
_UNIT = (
    # a kilometre with its decimal part before the other units take "km 22" alone ("Rodovia Raposo Tavares km
    # 22,5"); a Brazilian numbered street of a block ("Residencial Bela Vista, rua 3, casa 12", "Quadra 204 Sul
    # Alameda 12 Lote 5", "Rua 4C"); a labelled bairro ("rua joão pessoa 55 bairro centro", "bairro: santa efigênia")
    r"(?i:km)\.?\s?\d{1,4}[,.]\d{1,3}(?!\w)"
    r"|(?i:chácara|chacara)\s\d{1,4}[A-Za-z]?(?!\w)"  # a numbered plot ("…, chácara 21, lote 10")
    r"|(?i:rua|avenida|av\.?|alameda|travessa)\s(?:\d{1,3}[A-Za-z]?|[A-Z]{1,2}-?\d{1,3}[A-Za-z]?)(?![\w-])"
    rf"|(?i:bairro)\s*:?\s*(?:{CAP_NAME}|{LOW_NAME})"
    r"|(?i:apt|apartment|apto|apartamento|appartamento|app|appt|interno|int|piano|scala|sc|suite|ste|unit|flat|"
    r"studio|room|floor|piso|planta|puerta|pta|escalera|esc|bloque|portal|andar|sala|bloco|bl|casa|lote|loja|"
    r"wohnung|whg|etage|stock|bâtiment|bât|étage|escalier|porte|bte|boîte|c/o|"
    r"ap|conj|conjunto|cj|km|lt|qd|quadra|sl|lj|torre)(?![^\W\d_])\.?\s?[\w.ºª°]{0,5}\w(?!\w)"
    # a Brazilian or Portuguese complement with no number: "casa 2, fundos", "r/c dto", "térreo", "sobrado"
    r"|(?i:fundos|frente|térreo|terreo|sobreloja|sobrado|cobertura|r/c)(?![^\W\d_])(?:\s(?i:dto|esq)\.?)?"
    r"|#\s?(?:\d{1,5}[A-Za-z]?|[A-Za-z]\d{0,4})(?!\w)"
    # USPS Publication 28 C2 designators that are everyday words too take a number or a letter only ("Rm
    # 12", "Lot 7", "Trlr 3A"); those with no number only as USPS writes them ("Rear", "Frnt", "Lowr")
    r"|(?i:rm|bldg|building|trlr|trailer|spc|space|dept|ofc|lot|hngr|slip|pier)\.?\s?#?(?:\d{1,5}[A-Za-z]?|[A-Za-z]\d{0,4})"
    r"(?!\w)|Fl\.?\s?\d{1,3}[A-Za-z]?(?!\w)|(?:Rear|Frnt|Lowr|Uppr|Bsmt|Lbby|REAR|FRNT|LOWR|UPPR|BSMT|LBBY)(?!\w)"
    r"|\d{1,2}(?i:st|nd|rd|th)\s(?i:floor|fl)\.?(?!\w)|(?i:ground|first|second|third|top)\s(?i:floor)(?!\w)"
    r"|RD[ \t]\d{1,2}(?!\w)"  # a New Zealand rural delivery route ("268 Smith Place, RD 7, Hendersonstone")
    r"|\d{1,2}\.?[ºª°](?:\s?(?i:[a-h]|dcha|izq|izda|dto|esq|frente|andar)(?![^\W\d_])\.?)?"
    r"|(?i:dcha|izq|izda|esq|dto)(?![^\W\d_])\.?"
)
_GB = r"[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}(?![A-Za-z\d])"
GB_POSTCODE = re.compile(_GB)
# USPS Publication 28, appendix B: the two-letter codes of the states, DC, the territories and
# the armed forces' "states" (AA, AE, AP).
US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI UM FM MH PW AA AE AP"
).split()
# Lower-case state codes that are everyday words in one of the six languages ("in", "de", "la",
# "al", "um", "ma", "il", …): before a ZIP only after a comma ("…, in 46204"), so that "3 Tagen
# in 10115" (a duration and a postcode) is no "city, IN ZIP". The other codes are taken after
# a bare space too ("81365 willie bridge west debra ks 21125").
_LOW_STATE_WORDS = frozenset(
    "al as co de hi id il in la ma me mi mo ne oh ok or pa um va vi".split()
)  # fmt: skip
_LOW_STATE = rf"(?:{'|'.join(c.lower() for c in US_STATES if c.lower() not in _LOW_STATE_WORDS)})"
_LOW_STATE_WORD = rf"(?:{'|'.join(sorted(_LOW_STATE_WORDS))})"
# Not the first five digits of a CEP ("Belo Horizonte - MG\n30160-011": a state, then its CEP).
_ZIP5 = r"\s\d{5}(?:-\d{4})?(?!\d|-\d)"
_POSTCODE = (
    r"(?:(?i:cap|cep|plz|c\.p\.|cp|zip(?:\s?code)?|pin(?:\s?code)?|postcode|code postal)\s?:?\s?)?"
    r"(?:[A-Z]{1,2}-)?"
    rf"(?:\d{{5}}-\d{{3}}|\d{{4}}-\d{{3}}|\d{{5}}(?:-\d{{4}})?|\d{{6}}|\d{{8}}|\d{{3}}\s\d{{3}}|{_GB})(?![\d\-])"
    rf"|(?:[A-Z]{{2}}|{_LOW_STATE}){_ZIP5}"
)
_PROVINCE = r"\([A-Z]{2}\)|[A-Z]{2}(?![\w])"
# A town or country of several names joined by "and" or "&", or with a parenthesis after it ("Bosnia and
# Herzegovina", "Turks and Caicos Islands", "Holy See (Vatican City State)", "Cocos (Keeling) Islands").
# Only at the end of the line or before a postcode: "…, Springfield and Mary Jones came" is no town.
_CITY = (
    r"U\.S\.A\.?|U\.S\.(?!\w)|"  # "…, TX 78701, U.S.A."
    r"(?:\d{1,3}(?i:st|nd|rd|th)[ \t]+)?"  # "8th Cross", "3rd Main", "5th Block": Indian localities
    rf"{CAP_NAME}(?:[ \t]+(?:and|&)[ \t]+{CAP_NAME}(?=[ \t]*(?:$|\n|\d)))?"
    rf"(?:[ \t]*\({CAP_NAME}\)(?:[ \t]+{CAP_NAME})?(?=[ \t]*(?:$|\n|\d)))?"
)
_CITY_LOW = LOW_NAME

TAIL_UNIT = factored.compile(rf"{_SEP}(?:{_UNIT})")
# Floors, building parts, districts, landmarks and a care-of inside the address (`address_parts`).
TAIL_PART = address_parts.tail_part(CAP_NAME, LOW_NAME, _SEP)
PREFIX_PART = address_parts.prefix_part(CAP_NAME)
# A number glued to the next by a bare "/" or "-" ("Rechnung Nr. 2024-00123", "2024/00123") is one
# document number, not a house number and a postcode: the tail never starts there. Nor is a run
# after a number sign a postcode ("09/27 Bestellung Nr. 48213": an order number).
TAIL_POSTCODE = re.compile(
    r"(?!(?<=\d)[/-]\d)(?<!(?i:nr|no)\.)(?<![nN][º°])(?<!#)"
    rf"(?:(?:{_SEP}|-)(?:{_POSTCODE})|\s*,\s*{_LOW_STATE_WORD}{_ZIP5})"
)
TAIL_PROVINCE = re.compile(rf"{_SEP}(?:{_PROVINCE})")
# Other countries' postcodes, unlabelled, in an address's tail: four digits (HU, AT, CH, AU, NZ, DK,
# NO, BE …), the Netherlands' "3431 HX", Sweden's "111 35", Poland's "00-950", Japan's "100-0005",
# Canada's "K1A 0B1". Four digits alone are a year or a quantity as often, so each counts only before
# a town or at the end of a line ("1053 Budapest", "Wellington 6011\n"), never as the postcode a
# core without a street type needs.
TAIL_POSTCODE_ABROAD = re.compile(
    r"(?:\s*,\s*|[ \t]+|[ \t]*\n\s*)"
    r"(?:\d{4}(?:\s?[A-Z]{2}(?![\w]))?|\d{3}\s\d{2}|\d{2}-\d{3}|\d{3}-\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\w-])"
    rf"(?=[ \t]*(?:$|[,;\n)]|[{UP}][a-zà-ÿ]|(?i:please|pls|thanks|thank|thx)\b))"  # "8001 Zürich" too
)
# A line break ends an address line as a comma does ("Kungsgatan 44\n111 35 Stockholm\nSweden").
TAIL_CITY_AFTER_COMMA = re.compile(rf"(?:\s*,\s*|\s+[-–—]\s+|[ \t]*\n[ \t]*)(?:{_CITY})")
TAIL_CITY_AFTER_POSTCODE = re.compile(rf"(?:\s*,\s*|\s+)(?:{_CITY})")
TAIL_CITY_AFTER_SPACE = re.compile(rf"\s+(?:{_CITY})")
TAIL_CITY_LOW_AFTER_SPACE = re.compile(rf"\s+(?:{_CITY_LOW})")
TAIL_CITY_LOW = re.compile(rf"(?:\s*,\s*|\s+[-–—]\s+|[ \t]*\n[ \t]*)(?:{_CITY_LOW})")
TAIL_CITY_LOW_AFTER_POSTCODE = re.compile(rf"(?:\s*,\s*|\s+)(?:{_CITY_LOW})")
# A bairro (or a town) right before a Brazilian or Portuguese postcode, after a bare space: the lines of
# "rua bahia, 300 / funcionários / 30160-011 belo horizonte" joined by spaces.
TAIL_NAME_BEFORE_POSTCODE = re.compile(
    rf"\s+(?:{_CITY}|{_CITY_LOW})(?=(?:\s*,\s*|\s+[-–—]\s+|\s+)(?:(?i:cep)\s?:?\s?)?(?:\d{{5}}-?\d{{3}}|\d{{4}}-\d{{3}})(?![\d-]))"
)
TAIL_PROVINCE_LOW = re.compile(rf"{_SEP}(?:\([a-z]{{2}}\)|[a-z]{{2}}(?![\w]))")
CARE_OF = factored.compile(
    rf"(?i:c/o|presso|aos cuidados de|a/c|z\.\s?hd\.?|bei|chez|a la atención de)\s+{CAP_NAME}\s*,?\s*$"
)
# A building or gated estate named before its street joins the address ("Condomínio Alphaville, Alameda
# Araguaia 933", "Edifício Itália, Av. Ipiranga 344", "Edificio Torre Azul, Calle Mayor 5"): the words
# the pt, es and it formats write it with, and a capitalised name.
BUILDING_BEFORE = factored.compile(
    r"(?<![^\W\d_])(?i:edifício|edificio|edif\.|ed\.|condomínio|condominio|cond\.|conjunto habitacional|"
    rf"residencial|residencia|residenza)\s+{CAP_NAME}\s*(?:,|\s[-–—])\s*$"
)
# Words that announce an address, never part of its street name: a core built of capitalised
# words and particles ("name + number + CAP") starts after them ("Lieferung an Hauptstraße 5,
# 10115 Berlin", "Consegna a Piazza Dante 3, 80135 Napoli").
LEAD_IN = re.compile(
    r"(?i:lieferung|lieferadresse|lieferanschrift|versand|versandadresse|rechnungsadresse|rechnung|adresse|"
    r"anschrift|zustellung|paket|bestellung|consegna|spedizione|spedire|indirizzo|recapito|fattura|entrega|"
    r"envío|envio|enviar|dirección|direccion|domicilio|factura|endereço|endereco|morada|fatura|encomenda|"
    r"livraison|facture|delivery|shipping|address|invoice)"
    r"(?:\s+(?i:a|an|at|to|in|en|em|para|per|nach|zu|à|al|alla|ao|für|de|do|da|di|del|della|en el|na|no|nella))?"
    r"\s*:?\s+"
)
# A preposition (and an article after it) inside capitalised words: "Bitte an Hauptstraße 5",
# "wohne in der Gerda-Hövel-Weg 6". Not "de", "di", "von", "van der": those sit inside names.
INNER_PREPOSITION = re.compile(
    rf"(?<!\S)(?:an|am|auf|in|im|bei|nach|zu|en|em|au|aux|à|ao|aos|às|a)\s+(?:(?:der|den|dem|die|das)\s+)?(?=[{UP}])"
)
LEADING_ARTICLE = re.compile(rf"(?:der|den|dem|die|das|il|la|le|el|lo|o)\s+(?=[{UP}])")
# "Flat 3, 12 Baker Street", "Apt 4B 221 Main St": a unit written before the street.
UNIT_BEFORE = factored.compile(
    r"(?<![^\W\d_])(?:(?i:flat|apt|apartment|unit|suite|ste|studio|room|rm|floor|fl|bldg|building|lot|trlr|spc|level|"
    r"maisonette|penthouse|dept|ofc)(?![^\W\d_])\.?(?:\s?#?\w{1,5})?|#\w{1,5}|Rear|Frnt|Lowr|Uppr|Bsmt|Lbby)\s*,?\s*$"
)
# Every address the cores accept holds a digit (house number, postcode) or an "s/n":
# a text with neither skips every regex (most chat messages). Searched once a text (`AddressFacts`), through
# `factored`: the same matches, the search going in C to the digits and the letters a match can begin with.
MAYBE_ADDRESS = factored.compile(r"\d|s/n|s\.n\.|snc|sin número|sem número", re.IGNORECASE)
# Where a core that needs a postcode (`needs_postcode`) could have one: it keeps a match only when
# `TAIL_POSTCODE.match` succeeds at its tail, so in a text where this finds nothing it finds nothing.
POSTCODE_ANYWHERE = factored.compile(TAIL_POSTCODE.pattern)
SHAPED = re.compile(r"[A-Za-z]|\d-\d")
MAX_TAIL_PARTS = 10
# A blank line ends an address: "…TX 78701\n\nBest,\nSam" is a letter's closing, not its town.
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A line's first words followed by a colon are a label ("Número: 45", "Complément : bât B", "*CEP:*").
LABEL_AFTER = re.compile(r"[ \t]*\*?[ \t]*[:=]")


class AddressFacts:
    """What the street recognizers of a language ask of one text, each found at most once for all of
    them (the runner hands one to each, `found_in`): whether it may hold an address at all
    (`MAYBE_ADDRESS`) and whether it holds a postcode anywhere (`POSTCODE_ANYWHERE`). The postcode search
    costs about what one core's does, so it pays only shared: most texts with a digit have none."""

    __slots__ = ("_maybe", "_postcode", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._maybe: bool | None = None
        self._postcode: bool | None = None

    @property
    def maybe_address(self) -> bool:
        if self._maybe is None:
            self._maybe = MAYBE_ADDRESS.search(self.text) is not None
        return self._maybe

    @property
    def postcode(self) -> bool:
        if self._postcode is None:
            self._postcode = POSTCODE_ANYWHERE.search(self.text) is not None
        return self._postcode


# How `gated` searches a text's gates for one set of shut cores: (gate index, gate) searched whole; (gate
# index, the indices of the gates searched whole it holds, a search of the rest of its pieces or None).
_Searches = tuple[list[tuple[int, re.Pattern[str]]], list[tuple[int, tuple[int, ...], re.Pattern[str] | None]]]


class StreetAddressRecognizer(PatternRecognizer):
    """ADDRESS: one span over a street core and its tail (module doc); subclasses set CORES."""

    ENTITY = "ADDRESS"
    # (name, regex, score, needs a postcode): a core's score; +0.1 when its tail has a postcode.
    # A core that is only a number and capitalised words needs the postcode to be an address.
    CORES: tuple[tuple[str, str, float, bool], ...] = ()
    # Cores that need a postcode with a letter or a dash in it (GB, "CA 94105", CEP 5-3, PT
    # 4-3), not 5 bare digits: a lower-case "41, ordine 77812" is a size and an order number.
    SHAPED_POSTCODE_CORES: frozenset[str] = frozenset()
    # Cores that need a GB postcode in their tail ("Acacia Grove, Much Wenlock, IP3 1ZW"), no other one.
    GB_POSTCODE_CORES: frozenset[str] = frozenset()
    # Cores with no street-type word, only capitalised words before the number (`_extend`).
    TYPELESS_CORES: frozenset[str] = frozenset()
    # Cores for a street named with no number ("moro na Rua Oscar Freire", "j'habite rue de Lenoir"):
    # the only ones run on a text with no digit, and only when `NAMED_TRIGGER` finds a street-type
    # word in it; a match counts only when `NAMED_CUE` (a locative or address word, a colon, a
    # line's start) ends right before it, so a product named like a street is none.
    NAMED_CORES: frozenset[str] = frozenset()
    NAMED_TRIGGER: re.Pattern[str] | None = None
    NAMED_CUE: re.Pattern[str] | None = None
    # What every match of a core holds, as pieces of the core's own pattern (any one of them): the core
    # runs only on a text where one is found. Searched once a text for all cores sharing it (`cores_for`).
    GATES: dict[str, tuple[str, ...]] = {}
    CONTEXT: tuple[str, ...] = (
        "address", "indirizzo", "dirección", "direccion", "endereço", "endereco", "morada", "adresse",
        "anschrift", "domicilio", "ship", "spedire", "enviar", "livrer", "liefern", "deliver", "consegna",
        "entrega", "livraison", "lieferung",
    )  # fmt: skip

    def __init__(self, supported_language: str = "en") -> None:
        patterns: list[Pattern] = [StdlibPattern(name, rx, score) for name, rx, score, _ in self.CORES]
        self.needs_postcode = frozenset(name for name, _, _, needs in self.CORES if needs)
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=patterns,
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
        # street types and unit words in long alternations: grouped by first letter (`factored`)
        self.compiled = [(p, factored.compile(p.regex, re.DOTALL | re.MULTILINE)) for p in patterns]
        self.named = [(p, rx) for p, rx in self.compiled if p.name in self.NAMED_CORES]
        self.gates = _gates(self.GATES)
        # a gate whose pieces hold another gate's, by pattern: (those gates, the rest of its pieces or None)
        self.within = _within(self.GATES)
        # the cores left for each (cores shut by the caller, gates a text lacks), kept on first use (`gated`)
        self.by_shut: dict[tuple[frozenset[str], tuple[int, ...]], list[tuple[Pattern, re.Pattern[str]]]] = {}
        # the gates worth searching for each set of shut cores, kept on first use (`_searches`)
        self.searches: dict[frozenset[str], _Searches] = {}

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        return self.found_in(text, AddressFacts(text))

    def found_in(self, text: str, facts: AddressFacts) -> list[RecognizerResult]:
        """`analyze`, with what `text` holds found once for every street recognizer (`AddressFacts`)."""
        results: list[RecognizerResult] = []
        for pattern, rx in self.cores_for(text, facts):
            for match in rx.finditer(text):
                core_start = self.core_start(text, pattern.name, match)
                if core_start is None:
                    continue
                found = self._extend(text, match, pattern.name in self.TYPELESS_CORES, core_start)
                if found is None or (pattern.name in self.needs_postcode and not found[2]):
                    continue
                start, end, postcode, shaped = found
                if pattern.name in self.SHAPED_POSTCODE_CORES and not shaped:
                    continue
                if pattern.name in self.GB_POSTCODE_CORES and GB_POSTCODE.search(text, match.end(), end) is None:
                    continue
                score = min(EntityRecognizer.MAX_SCORE, pattern.score + (0.1 if postcode else 0.0))
                results.append(self._result(pattern, start, end, score))
        return EntityRecognizer.remove_duplicates(results) if len(results) > 1 else results

    def core_start(self, text: str, name: str, match: re.Match[str]) -> int | None:
        """Where the core `name` matched in `text` starts, or None when a subclass's check on its words
        (which a regex cannot hold: a word list) rejects it. Here: where the regex matched, and a
        `NAMED_CORES` match only right after its cue (`NAMED_CUE`)."""
        if name in self.NAMED_CORES and (
            self.NAMED_CUE is None or self.NAMED_CUE.search(text, max(0, match.start() - 40), match.start()) is None
        ):
            return None
        return match.start()

    def cores_for(self, text: str, facts: AddressFacts | None = None) -> list[tuple[Pattern, re.Pattern[str]]]:
        """The cores worth running on `text`: every core's match holds a digit or an "s/n"
        (`MAYBE_ADDRESS`), so a text with neither (most chat messages) skips them all, but for the
        `NAMED_CORES` when a street-type word is in it (`NAMED_TRIGGER`); a core that needs a
        postcode runs only where one is (`unpostcoded`)."""
        facts = AddressFacts(text) if facts is None else facts
        if facts.maybe_address:
            return self.gated(text, self.unpostcoded(facts))
        return self.named if self.NAMED_TRIGGER is not None and self.NAMED_TRIGGER.search(text) else []

    def unpostcoded(self, facts: AddressFacts) -> frozenset[str]:
        """The cores that need a postcode when the text has none anywhere, else none."""
        return self.needs_postcode if self.needs_postcode and not facts.postcode else frozenset()

    def gated(self, text: str, shut: frozenset[str] = frozenset()) -> list[tuple[Pattern, re.Pattern[str]]]:
        """The cores but those `shut` and those whose gate (`GATES`) `text` lacks, in their order; the
        list is kept for each `shut` and set of gates lacking (a text's gates mostly fail alike), so a
        text costs one search a gate and a look-up: no set of core names is built for it."""
        if (searches := self.searches.get(shut)) is None:
            searches = self.searches[shut] = self._searches(shut)
        plain, derived = searches
        lacking = [k for k, gate in plain if gate.search(text) is None]
        for k, subs, rest in derived:  # found when a gate it holds is; else only the rest of it is searched
            if all(j in lacking for j in subs) and (rest is None or rest.search(text) is None):
                lacking.append(k)
        if (cores := self.by_shut.get((shut, key := tuple(lacking)))) is None:
            out = shut.union(*(self.gates[k][1] for k in lacking))
            cores = self.by_shut[shut, key] = [(p, rx) for p, rx in self.compiled if p.name not in out]
        return cores

    def _searches(self, shut: frozenset[str]) -> _Searches:
        """How `gated` searches a text's gates when `shut` cores are shut: a gate whose every core is shut is
        not searched (whether the text holds it changes no core left); a gate holding the pieces of other
        gates searched (`within`: "on or at" a strong or a weak street type, the two gates of those types)
        is found when one of them is, and else by a search of its other pieces alone, or none. A gate is
        found exactly when one of its pieces is (a top-level alternation of groups matches where one of its
        branches does), so the lacking gates, and the cores, are those of every gate searched whole."""
        live = {gate.pattern: k for k, (gate, names) in enumerate(self.gates) if not names <= shut}
        plain: list[tuple[int, re.Pattern[str]]] = []
        derived: list[tuple[int, tuple[int, ...], re.Pattern[str] | None]] = []
        for pattern, k in live.items():
            subs, rest = self.within.get(pattern, ((), None))
            if subs and all(sub in live and sub not in self.within for sub in subs):
                derived.append((k, tuple(live[sub] for sub in subs), rest))
            else:
                plain.append((k, self.gates[k][0]))
        return plain, derived

    @staticmethod
    def _extend(
        text: str, match: re.Match[str], typeless: bool = False, core_start: int | None = None
    ) -> tuple[int, int, bool, bool] | None:
        """(start, end, has a postcode, has a shaped one) of the whole address, or None when it is not one.

        A `typeless` core (`TYPELESS_CORES`: capitalised words, a number, a postcode, no
        street-type word) starts after its last preposition and never with an article: in "Bitte
        an Hauptstraße 5", "wohne in der Gerda-Hövel-Weg 6" those words are the sentence's."""
        start, end = match.span()
        start = start if core_start is None else core_start
        while (lead := LEAD_IN.match(text, start)) is not None and lead.end() < end:
            start = lead.end()
        if typeless:
            name_end = match.start("num") if match.groupdict().get("num") is not None else end
            if (article := LEADING_ARTICLE.match(text, start, name_end)) is not None:
                start = article.end()
            for particle in INNER_PREPOSITION.finditer(text, start, name_end):
                start = particle.end()
        groups = match.groupdict()
        has_num = groups.get("num") is not None or groups.get("street") is not None
        lower = match.group(0) == match.group(0).lower()
        postcode = after_postcode = shaped = False
        after_unit = False  # a lower-case city after a bare space only after a unit ("apt. 3 springfield")
        city = False  # a city after a bare space ("Via Roma 12 Milano") only right after the core or a unit
        for _ in range(MAX_TAIL_PARTS):
            step = None
            if m := TAIL_POSTCODE.match(text, end):
                step, postcode, after_postcode = m.end(), True, True
                shaped = shaped or bool(SHAPED.search(m.group().strip(" ,;-–—/")))
            elif m := _longer(TAIL_UNIT.match(text, end), TAIL_PART.match(text, end)):
                step, after_postcode = m.end(), False
                if m.re is TAIL_UNIT:  # "Condomínio Verde, casa 14"
                    has_num = has_num or any(c.isdigit() for c in m.group())
            elif m := TAIL_POSTCODE_ABROAD.match(text, end):
                step, after_postcode = m.end(), True
            elif (m := TAIL_CITY_AFTER_COMMA.match(text, end)) or (
                after_postcode and (m := TAIL_CITY_AFTER_POSTCODE.match(text, end))
            ):
                step, after_postcode = _before_label_line(text, m), False
                if step <= end:  # "…\nCEP:\n01304-001": the label is the next step's, not a town
                    step = None
            elif lower and (
                (m := TAIL_CITY_LOW.match(text, end))
                or (after_postcode and (m := TAIL_CITY_LOW_AFTER_POSTCODE.match(text, end)))
            ):
                step, after_postcode = _before_label_line(text, m), False
                if step <= end:
                    step = None
            elif m := TAIL_NAME_BEFORE_POSTCODE.match(text, end):
                step, after_postcode = m.end(), False
            elif (m := TAIL_PROVINCE.match(text, end)) or (lower and (m := TAIL_PROVINCE_LOW.match(text, end))):
                step, after_postcode = m.end(), False
            elif not city and (
                (m := TAIL_CITY_AFTER_SPACE.match(text, end))
                or (lower and after_unit and (m := TAIL_CITY_LOW_AFTER_SPACE.match(text, end)))
            ):
                step, after_postcode = m.end(), False
            city = m is not None and m.re is not TAIL_UNIT and m.re is not TAIL_PART
            after_unit = m is not None and (m.re is TAIL_UNIT or m.re is TAIL_PART)
            if step is None:
                break
            if (blank := BLANK_LINE.search(text, end, step)) is not None:
                if text[end : blank.start()].strip(" \t,;-–—/"):  # "…, USA\n\nBest": the part before it stays
                    end = blank.start()
                break
            end = step
        if LABEL_AFTER.match(text, end) and (line := text.rfind("\n", start, end)) > start:
            end = len(text[:line].rstrip())  # "Hauptstraße 5\nLieferhinweis: …": a form's next label, no town
        if not (has_num or postcode):
            return None
        if text[end - 1] == "." and not _abbreviation(text, end):
            end -= 1
        for prefix in (UNIT_BEFORE, CARE_OF, BUILDING_BEFORE):
            if (before := prefix.search(text, max(0, start - 80), start)) is not None:
                start = before.start()
        start = address_parts.prefix_start(PREFIX_PART, text, start)
        return start, end, postcode, shaped

    def _result(self, pattern: Pattern, start: int, end: int, score: float) -> RecognizerResult:
        name = str(getattr(self, "name", ""))
        explanation = AnalysisExplanation(
            recognizer=name, original_score=score, pattern_name=pattern.name, pattern=pattern.regex
        )
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return RecognizerResult(self.ENTITY, start, end, score, explanation, meta)


def _alternation(pieces: Iterable[str]) -> str:
    """A gate's pieces under one alternation: how `_gates` writes a gate, and so how `_within` finds it."""
    return "|".join(f"(?:{p})" for p in pieces)


def _gates(gates: dict[str, tuple[str, ...]]) -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """Each distinct gate compiled once (a core's pieces under one alternation), with the cores it guards."""
    by_gate: dict[str, set[str]] = {}
    for name, pieces in gates.items():
        by_gate.setdefault(_alternation(pieces), set()).add(name)
    return [(factored.compile(g, re.DOTALL | re.MULTILINE), frozenset(n)) for g, n in by_gate.items()]


def _within(gates: dict[str, tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], re.Pattern[str] | None]]:
    """For each gate (as `_gates` writes it) whose pieces hold every piece of one or more other gates: those
    gates, and its other pieces under one alternation, compiled, or None when those gates hold them all."""
    pieces = {_alternation(ps): ps for ps in gates.values()}
    out: dict[str, tuple[tuple[str, ...], re.Pattern[str] | None]] = {}
    for gate, mine in pieces.items():
        subs = tuple(g for g, theirs in pieces.items() if set(theirs) < set(mine))
        if subs:
            held = {p for sub in subs for p in pieces[sub]}
            rest = _alternation([p for p in mine if p not in held])
            out[gate] = subs, factored.compile(rest, re.DOTALL | re.MULTILINE) if rest else None
    return out


def _longer(a: re.Match[str] | None, b: re.Match[str] | None) -> re.Match[str] | None:
    """The longer of two tail matches at one place, the first on a tie: "7ª planta" is one floor, not the
    unit "7ª" and a word left over."""
    if a is None or b is None:
        return a or b
    return b if b.end() > a.end() else a


# A postcode's label on a line of its own, its value on the next ("São Paulo - SP\nCEP:\n01304-001"): a town
# read across the line break would take the label and leave the postcode out.
_LABEL_LINE = re.compile(
    r"[ \t]*(?i:cep|cap|plz|cp|zip(?:[ \t]?code)?|pin(?:[ \t]?code)?|postcode|code postal)[ \t]*:?[ \t]*\n"
)


def _before_label_line(text: str, city: re.Match[str]) -> int:
    """Where a town read after a comma ends: before a line break that a postcode's label line follows."""
    cut = city.end()
    while (line := text.rfind("\n", city.start(), cut)) >= 0 and _LABEL_LINE.match(text, line + 1):
        cut = line
    return cut


def _abbreviation(text: str, end: int) -> bool:
    """True when the '.' at end-1 closes a short abbreviation ("Str.", "Av.", "Apt.")."""
    word = re.search(r"(\w+)\.$", text[max(0, end - 8) : end])
    return word is not None and len(word.group(1)) <= 4 and not word.group(1).isdigit()
