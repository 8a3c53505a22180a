"""What the words around a span of Veil's own NER pipelines say: goods, or a person.

Veil's trained it/es/pt/de pipelines (`scripts/train_ner.py`) tag a listed first name as a
person wherever it stands, and shops name goods after people: car models ("Renault Clio",
"Skoda Octavia"), beers ("Stella Artois"), shoe lines ("Brooks Ghost"), furniture ("Billy",
"Strandmon"). Their spans need corroboration (`filters.corroborated`), and a listed first name
alone is not enough next to signs of goods. What is read here, and why:

- `goods_around`: a maker or brand (`MAKER_PHRASES`) inside the span's run of capitalised words or
  right beside it ("Mango Octavia", "Clio de Geox", "Panda von Brooks"); a product noun right
  before the run, lower-case or, in German, capitalised (`GOODS_NOUNS`: "il passeggino Chicco
  Trio Love", "der Kasten Stella Artois"); stock, size, price or warranty words after it in the
  same clause (`_GOODS_AFTER`: "è tornato disponibile", "wieder lieferbar", "in taglia M", "no
  tamanho M", "tiene garantía"); a model year ("Clio del 2019"); a month after a preposition
  ("en Julio"). None of these follows a person in a shop's chat.
- `person_cue`: a title, a relative or role, an introduction, "on behalf of" (the name rules'
  own lists, `recognizers.name_words`) or a person preposition right before the span, or a
  sign-off line right above it: a span there may stand without a listed first name, when the
  pipeline says PERSON and nothing around it is goods (`filters.corroborated`).
- `clause_end`: a span that runs on into lower-case words ("Octavia wieder", "Brooks tiene
  garantía") is cut before them, in a message that is not typed all in one case.

The lists are written here from general knowledge of what sells online in the four markets,
never from a held-out set; none of their words is a common first name in these languages
(a maker that is also a surname, "Brooks", blocks only a span beside goods or itself).
"""

from __future__ import annotations

import re

import regex  # type: ignore[import-untyped]

from proxy.detection.word_edges import EDGE
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer


def _makers(text: str) -> frozenset[tuple[str, ...]]:
    """Maker phrases of `text`, one per comma, as word tuples."""
    return frozenset(tuple(p.split()) for p in (" ".join(x.split()) for x in text.split(",")) if p)


# Makers, brands and shops whose models and lines are named like people or places, lower-case, one
# a comma. Not here: words that are common first names or surnames in it/es/pt/de ("Costa",
# "Moretti", "Braun", "Otto", "Douglas", "Melissa"), nor census surnames, everyday words or listed first
# names ("Alessi", "Lindt", "Staub", "Anker", "Stanley", "Milka": the last block, design, kitchen,
# electronics, outdoor, stationery, optics and beauty makers, was checked against those lists; so were the
# tool, garden, instrument and bike-part makers after it, 2026-12-07: "Roland", "Marshall", "Gibson" and
# "Fender" are names and stay out); so were the printers' makers after them, the German pipeline's
# persons ("Gibt's Epson im Sale?"): the census lists "Epson" as a rare surname, kept here as the maker.
# Car makers come first: their models are named like people after them ("Skoda Fabia", "Opel Adam").
CAR_MAKERS = _makers("""
    renault, skoda, škoda, fiat, seat, cupra, toyota, opel, vauxhall, volkswagen, vw, ford, peugeot,
    citroën, citroen, dacia, kia, hyundai, nissan, lancia, alfa romeo, mercedes, bmw, audi, mazda, honda,
    suzuki, jeep, tesla, volvo, abarth, porsche, mitsubishi, subaru, simca
""")
MAKER_PHRASES = CAR_MAKERS | _makers("""
    adidas, nike, puma, reebok, asics, brooks, saucony, mizuno, new balance, hoka, salomon, diadora, fila,
    kappa, geox, superga, birkenstock, crocs, skechers, vans, converse, timberland, clarks, ecco, tamaris,
    rieker, gabor, pikolinos, camper, havaianas, hogan, tod's, nero giardini,
    zara, mango, bershka, stradivarius, pull&bear, massimo dutti, oysho, primark, uniqlo, benetton,
    desigual, calzedonia, intimissimi, tezenis, yamamay, carpisa, pinko, furla, liu jo, napapijri,
    the north face, north face, columbia, patagonia, jack wolfskin, tommy hilfiger, calvin klein, lacoste,
    guess, diesel, replay, levi's, gerry weber, betty barclay, s.oliver, esprit, tom tailor, marc o'polo,
    bimba y lola, tous, parfois, sephora, kiko, rituals, nivea, l'oréal, garnier, maybelline, lancôme,
    clinique, eudora, boticário, rossmann, tchibo,
    ikea, kave home, maisons du monde, leroy merlin, conforama, smeg, bialetti, chicco, lagostina,
    tramontina, wmf, fissler, miele, bosch, siemens, philips, dyson, rowenta, krups, tefal, moulinex,
    de'longhi, samsung, apple, xiaomi, huawei, sony, lenovo, asus, nintendo, playstation, lego,
    playmobil, barbie, mugler, thierry mugler, guerlain, lancel, kartell, brio,
    stella artois, estrella damm, estrella galicia, mahou, sagres, super bock, peroni, heineken, beck's,
    franziskaner, paulaner, erdinger,
    artemide, flos, foscarini, vitra, muuto, magis, fatboy, moroso, cassina, gubi, iittala, marimekko,
    thonet, vipp, bodum, le creuset, zwilling, tupperware, vileda, brabantia, kitchenaid, nespresso,
    sodastream, thermomix, kärcher, gaggia, cosori, breville, dualit, garmin, fitbit, nikon, fujifilm,
    gopro, jbl, sennheiser, sonos, logitech, panasonic, oneplus, oppo, xbox, nokia, motorola, tomtom,
    roborock, irobot, roomba, hydro flask, camelbak, fjällräven, kånken, eastpak, samsonite, rimowa,
    delsey, vaude, moleskine, montblanc, staedtler, stabilo, ray-ban, persol, acuvue, castrol, babolat,
    yonex, bioderma, nuxe, caudalie, weleda, eucerin, cerave, clarins, haribo, lavazza, twinings,
    makita, dewalt, ryobi, hilti, festool, metabo, einhell, stihl, husqvarna, karcher,
    yamaha, korg, ibanez, peavey, epiphone, squier, behringer, kawai, shimano, sram, campagnolo,
    epson, kyocera, lexmark, ricoh, xerox, konica minolta, dymo
""")
_LONGEST_MAKER = max(len(p) for p in MAKER_PHRASES)

# Nouns a shop's chat puts right before a model or line name, beyond the first-name rules'
# `name_words.PRODUCT_NOUNS`: food, baby goods, furniture, cars and their parts, beauty; German
# ones are written with a capital and match either way.
GOODS_NOUNS = (
    frozenset(
        """
    panettone pandoro colomba torrone biscotti passeggino seggiolino carrozzina libreria
    poltrona divano lampada lampadario mensola cassettiera tappetini coprisedili auto macchina
    profumo gel bagnoschiuma crema birra cassa confezione ricambio
    turrón galletas cochecito silla estantería sillón lámpara alfombrillas fundas coche caja
    gel colonia cerveza pack recambio
    cabaz bolachas carrinho cadeirinha estante cadeirão luminária tapetes capas carro grade
    caixa cerveja perfume gel creme
    kasten kiste sixpack kinderwagen autositz regal sessel leuchte lampe stuhl sofa kommode
    fußmatten sitzbezüge auto parfum duschgel creme bier bluse jacke pulli toaster topfset
    kaffeemaschine wasserkocher matten
""".split()
    )
    | w.PRODUCT_NOUNS
)

# Words of stock, size, price and warranty that follow goods and never a person: after the span,
# in the same clause, with at most a few words between ("Ist Mango Octavia wieder lieferbar?",
# "Habt ihr Panda von Brooks noch in Größe M?").
_GOODS_AFTER = regex.compile(
    r"[^\S\n]+(?:[\p{Ll}'’]+[^\S\n]+){0,4}?(?:"
    r"(?:in|en|em|no|na|nel|nella|im|in der)[^\S\n]+(?:taglia|talla|tamanho|größe|groesse|misura|size)\b"
    r"|taglia|talla|tamanho|größe|misura"
    r"|tornat[oaie][^\S\n]+disponibil[ei]|torna[^\S\n]+disponibile|di[^\S\n]+nuovo[^\S\n]+disponibile"
    r"|esaurit[oaie]|in[^\S\n]+magazzino|in[^\S\n]+offerta|in[^\S\n]+saldo|in[^\S\n]+sconto|garanzia"
    r"|vuelven?[^\S\n]+a[^\S\n]+estar[^\S\n]+disponibles?|agotad[oa]s?|en[^\S\n]+stock|en[^\S\n]+oferta"
    r"|rebajad[oa]s?|garantía|en[^\S\n]+almacén"
    r"|volt(?:ou|aram)[^\S\n]+ao[^\S\n]+estoque|em[^\S\n]+estoque|em[^\S\n]+stock|esgotad[oa]s?"
    r"|em[^\S\n]+promoção|em[^\S\n]+saldo|com[^\S\n]+desconto|garantia|em[^\S\n]+armazém"
    r"|lieferbar|vorrätig|auf[^\S\n]+lager|ausverkauft|reduziert|im[^\S\n]+angebot|garantie"
    r")(?!\p{L})",
    regex.IGNORECASE,
)
# A model year after the run: "Renault Clio del 2019", "Seat Ibiza de 2020", "Clio von 2019".
_MODEL_YEAR = re.compile(r"[ \t\u00a0]+(?:del|de|do|da|von|aus|dal)[ \t\u00a0]+(?:19|20)\d\d\b", re.IGNORECASE)
# Months that are also first names, after a preposition of time: "en Julio", "a Agosto".
_MONTH_NAMES = frozenset({"julio", "agosto", "augusto", "abril", "mayo", "maio", "juni", "julia", "april", "june"})
_TIME_PREPOSITIONS = frozenset({"en", "in", "im", "em", "a", "ad", "de", "di", "da", "desde", "seit", "ab", "bis"})
# Words that link a model to its maker: "Clio de Geox", "Panda von Brooks", "Yaris da Salomon".
_LINKS = frozenset({"de", "di", "da", "del", "della", "do", "dos", "von", "by"})
_WORD = re.compile(r"\S+")


def _fold(word: str) -> str:
    return word.strip(EDGE).casefold()


def _maker_at(words: list[str], i: int) -> int:
    """How many words of a maker phrase start at `words[i]` (0: none)."""
    for n in range(min(_LONGEST_MAKER, len(words) - i), 0, -1):
        if tuple(words[i : i + n]) in MAKER_PHRASES:
            return n
    return 0


def goods_around(text: str, start: int, end: int, language: str) -> bool:
    """True when the span's run of capitalised words `text[start:end]` reads as goods (module doc)."""
    inside = [_fold(m.group()) for m in _WORD.finditer(text, start, end)]
    before = [_fold(m.group()) for m in _WORD.finditer(text, max(0, start - 60), start)][-_LONGEST_MAKER:]
    after_text = text[end : end + 60].split("\n", 1)[0]
    after = [_fold(m.group()) for m in _WORD.finditer(after_text)][: _LONGEST_MAKER + 1]
    words = [*before, *inside, *after]
    first, last = len(before), len(before) + len(inside)  # the run is words[first:last]
    for i in range(len(words)):
        n = _maker_at(words, i)
        if not n:
            continue
        touches = i < last and i + n > first  # inside the run
        touches = touches or i + n == first  # right before it: "Mango Octavia"
        touches = touches or i == last  # right after it: "Marc O'Polo"
        touches = touches or (i == last + 1 and words[last] in _LINKS)  # "Clio de Geox"
        if touches:
            return True
    stops = gazetteer().stop_words.get(language, frozenset())  # German "hat" (has) is no hat
    if before and before[-1] in GOODS_NOUNS and before[-1] not in stops:
        return True
    if len(inside) > 1 and inside[0] in GOODS_NOUNS and inside[0] not in stops:
        return True
    if _GOODS_AFTER.match(after_text) or _MODEL_YEAR.match(text, end):
        return True
    return bool(len(inside) == 1 and inside[0] in _MONTH_NAMES and before and before[-1] in _TIME_PREPOSITIONS)


_CUES = tuple(
    tuple(p.split())
    for p in (*w.HONORIFICS, *w.RELATIONS, *w.ON_BEHALF, *w.STRONG_INTRODUCTIONS, *w.WEAK_INTRODUCTIONS)
)
_LONGEST_CUE = max(len(c) for c in _CUES)
_CUE_SET = frozenset(_CUES)
_PERSON_PREPOSITIONS = frozenset(w.PERSON_PREPOSITIONS)
_SIGN_OFFS = frozenset(w.SIGN_OFFS)
# Stems of paying and subscribing words: a lone word after "con", "com" within reach of one is a
# means of payment or a provider ("fibra con Fastweb"), not a person.
_PAYMENT_STEMS = (
    "pag", "zahl", "bezahl", "pay", "interes", "rata", "rate", "cuota", "parcel", "finanz", "cobr", "fibra",
    "contratt", "contrat", "abbonam", "abono", "suscrip", "assinatura", "tarif", "operador", "operatore",
    "compañía", "compagnia", "banc", "cuenta", "seguro", "assicura", "internet", "adsl", "linea", "línea", "wifi",
    "móvil", "movil", "cellulare", "celular",
)  # fmt: skip
_PAYMENT_REACH = 4
_MEANS_PREPOSITIONS = frozenset({"con", "mit", "com", "with", "avec"})
# Single words after "con", "per", "mit" that are things, not people ("con Klarna", "per Natale").
_THINGS = frozenset(
    (*w.CARRIERS, *w.APPS, *w.NAMED_APPS, *w.FEASTS, *w.COLOURS, *w.PRODUCT_WORDS, *w.NAMED_THINGS, *w.EPONYMOUS_BRANDS)
)


def person_cue(text: str, start: int, end: int, *, lone_word: bool = False) -> bool:
    """True when a title, a relative or role, an introduction or "on behalf of" stands right before
    the span, or a person preposition before a span of two words or more ("con Chiara Giordano")
    or, with `lone_word`, of one word that is no thing (`lone_name`: "con Sisa"), or the span
    opens a line under a sign-off line ("Grazie mille\\nSilvio Gabrielli")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = [_fold(m.group()) for m in _WORD.finditer(text, line_start, start)]
    before = [b for b in before if b]
    if not before:
        above = text[: max(0, line_start - 1)].rsplit("\n", 1)[-1]
        folded = " ".join(_fold(t) for t in above.split() if _fold(t))
        return bool(folded) and (folded in _SIGN_OFFS or folded.rstrip("!.") in _SIGN_OFFS)
    for n in range(min(_LONGEST_CUE, len(before)), 0, -1):
        if tuple(before[-n:]) in _CUE_SET:
            return True
    if before[-1] not in _PERSON_PREPOSITIONS:
        return False
    inside = [_fold(t) for t in text[start:end].split()]
    return len(inside) > 1 or (lone_word and len(inside) == 1 and lone_name(inside[0], before))


def a_thing(folded: str) -> bool:
    """True when the folded word is a thing a person preposition does not make a person: a
    carrier, app, feast, colour, product or named thing, or a one-word maker ("con Klarna")."""
    return folded in _THINGS or (folded,) in MAKER_PHRASES


def lone_name(folded: str, before: list[str]) -> bool:
    """True when one word right after a person preposition (the last of `before`) may be a name the
    lists lack ("Ho parlato con Sisa", "para Wayra"): it is no carrier, app, maker, named thing,
    feast or colour, and, after a preposition of means ("con", "com"), no word of paying or of a
    subscription stands just before it ("si paga con Yape", "meses sin intereses con Banamex",
    "tengo fibra con Digi": a bank, a wallet, a provider; "Ho pagato per Wayra" is still someone)."""
    if a_thing(folded):
        return False
    if before[-1] not in _MEANS_PREPOSITIONS:
        return True
    return not any(b.startswith(_PAYMENT_STEMS) for b in before[-1 - _PAYMENT_REACH : -1])


def clause_end(text: str, start: int, end: int) -> int:
    """`end` moved back before the first lower-case word after the span's first one that is not a
    name particle ("de", "von", "da"), when the span starts with a capital and the message is not
    typed all in lower case or all in capitals; trailing particles go too."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    if len(words) < 2 or not text[start : words[0][1]][:1].isupper() or text.isupper() or text.islower():
        return end
    keep = 1
    for s, e in words[1:]:
        word = text[s:e].strip(EDGE)
        if word[:1].islower() and word.casefold() not in w.PARTICLES:
            break
        keep += 1
    while keep > 1 and text[words[keep - 1][0] : words[keep - 1][1]].strip(EDGE).casefold() in w.PARTICLES:
        keep -= 1
    return words[keep - 1][1] if keep < len(words) else end
