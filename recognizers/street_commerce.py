"""English street-type words that name a shop, a business site or goods, not where someone lives.

British and American shop chat names its branches, pickup points and goods with the words streets end
with: "the store on Castle Street", "click and collect at Station Road", "the Church Lane car park",
"Kingston Retail Park", "Garden Centre Oxford Ring Road", "3 Willow Grove Baskets", "12 Mulberry Lane
Mugs", "Mulholland Drive on blu-ray". `EnStreetAddressRecognizer` asks here before it keeps a street
core; the street is then the business's or a thing's name, never a customer's home, so it is let go.

Fail closed: each shape below is read only where the words around the street say shop, site or goods,
and never when the clause says home (a possessive, a relative, "live", "flat", "house", "I'm",
`_HOME_CLAUSE`): "My flat is above the shop on Market Street", "I'll collect it at my mum's on Church
Lane" and "the house on Castle Street" stay addresses. A town or a unit after a numbered street
("12 Mulberry Lane Bath", "6 Brook Street flat 2") is never read as goods (`places`, no home word in
`GOODS_NOUNS`).
"""

from __future__ import annotations

import re

from recognizers.name_words import STREET_THING_NOUNS, TITLE_NOUNS
from recognizers.place_recognizer import places

# English goods nouns a quantity or a product name puts right after a street-type word ("3 Oak Park Benches",
# "the Babolat Pure Drive racket"): home goods, clothes, food and drink, prints, packs. No word for a home,
# a part of one or a unit ("house", "flat", "door", "gate", "entrance", "room"), and none that is an English
# town (`places` is asked too: "Bath", "Wells").
GOODS_NOUNS = (
    frozenset(
        """
    mug cup plate bowl jug glass tumbler coaster napkin tablecloth placemat runner throw blanket cushion
    pillow duvet quilt sheet towel rug mat curtain blind lamp light candle vase basket bench chair stool
    table desk shelf cabinet wardrobe dresser sofa settee armchair bed mattress headboard mirror clock
    frame print poster canvas wallpaper paint tile planter pot kettle toaster teapot tray tin jar hamper
    shoe boot trainer sneaker sandal slipper loafer bag rucksack backpack wallet purse scarf hat cap glove
    jacket coat blazer dress skirt shirt tee jumper sweater hoodie cardigan sock tie belt umbrella
    ale beer lager cider gin wine whisky coffee tea biscuit cake chocolate fudge shortbread cheese
    racket racquet bike helmet ball bat club set pack kit bundle collection range edition voucher
    ticket annual calendar diary notebook card
    """.split()
    )
    | STREET_THING_NOUNS
    | TITLE_NOUNS
)
# Words a shop chat calls a business by, right before "on"/"at" and the street ("your shop on Bridge
# Street", "the pharmacy on Hill Street is open till 8", "the Daventry depot on Royal Oak Way").
_SHOP_NOUNS = (
    r"shop|shops|store|stores|branch|branches|outlet|showroom|boutique|depot|warehouse|office|offices|"
    r"café|cafe|restaurant|bar|pub|bakery|deli|pharmacy|chemist|supermarket|superstore|garage|salon|gym|kiosk|"
    r"stall|pop-up|centre|center|hub|counter|desk|locker|lockers|"  # a parcel locker: "the locker at Station Road"
    # venues and services a customer visits, named by their street ("the ice cream parlour on Bold Street", "the
    # Union Street studio")
    r"parlour|parlor|studio|studios|clinic|surgery|practice|library|cinema|theatre|theater|hotel|club|venue|"
    r"takeaway|chippy|launderette|laundrette|florist|florists|butcher|butchers|barbers|hairdressers|gallery|"
    r"museum|spa|agency|dealership|showrooms|workshop"
)
# What a customer does at a shop, before where: "Can I collect it at …", "click and collect at …", "I bought
# it at …", "I tried it on at the …", "I popped into the one on …".
_VISIT_VERBS = (
    r"collect|collecting|collected|pick|picking|picked|return|returning|returned|swap|swapping|exchange|"
    r"exchanging|buy|buying|bought|shop|shopping|shopped|pay|paying|paid|tried|try|popped|pop|visited|visit|"
    r"went|go|order|ordered"
)
# A shop noun, its own name after it ("the Bar Leon on Market Street"), an adverb, the cue.
_SHOP_BEFORE = re.compile(
    rf"\b(?i:{_SHOP_NOUNS})(?:[ \t]+[A-Z][\w'’-]*){{0,2}}"
    r"(?:[ \t]+(?i:still|now|just|right|over|down|up|based|located|open))?[ \t]+(?i:on|at|in|along|off)"
    r"[ \t]+(?:(?i:the)[ \t]+)?$"
)
# Stock, price or opening hours asked of a place: "Is it in stock at Selfridges Oxford Street?", "cheaper
# at …", "opening times at …".
_STOCK_BEFORE = re.compile(
    r"(?i:\b(?:in[ \t]+stock|out[ \t]+of[ \t]+stock|available|cheaper|dearer|price|prices|opening[ \t]+times|"
    r"open)\b[^.?!\n]{0,20}?\b(?:at|in)[ \t]+(?:the[ \t]+)?$)"
)
# What a shop does and a street does not, right after it: "Does Liberty Regent Street have the scarf?",
# "Apple Covent Garden has it in stock", "Greggs on Bold Street said you'd have them".
_SHOP_PREDICATE = re.compile(
    r"[ \t]+(?i:(?:has|have|had)[ \t]+(?:it|them|one|any|some|the|this|that|these|those|stock|loads|none)\b|"
    r"(?:stock|stocks|stocked|sell|sells|sold|open|opens|close|closes|shut|shuts|said|says|told)\b)"
)
_VISIT_BEFORE = re.compile(
    rf"(?:(?i:\bclick[ \t]+and[ \t]+collect)|\b(?:I|we|We|i)\b[^.?!\n]{{0,30}}?\b(?i:{_VISIT_VERBS})\b)"
    r"[^.?!\n]{0,40}?\b(?i:at|from|on|in)[ \t]+(?:the[ \t]+)?$"
)
# A clause that says home: the street is then where someone lives, whatever else is around it.
_HOME_CLAUSE = re.compile(
    r"(?i:\b(?:my|our|his|her|their|mine|me|mum|mum's|mom|mom's|dad|dad's|nan|nan's|gran|gran's|sister|sister's|"
    r"brother|brother's|son|daughter|friend|friend's|neighbour|neighbor|house|home|flat|apartment|address|"
    r"live|lives|lived|living|stay|stays|staying|door|room|cottage|i['’]m|im|i[ \t]+am|we['’]re|we[ \t]+are|"
    r"she['’]s|he['’]s|they['’]re)\b)"
)
# A unit or a house number after the street ("Chapel Road, flat 1", "Station Road, number 12"): a home.
_UNIT_AFTER = re.compile(r",?[ \t]+(?i:flat|apt|apartment|unit|suite|no\.?|number|#)(?![\w])")
# The clause before a street: back to the last sentence end, at most this far.
_CLAUSE = 80
_CLAUSE_END = re.compile(r"[.?!\n;]")
# What names a business site before its street-type word ("Kingston Retail Park", "Marston Business Park",
# "Temple Park Industrial Estate", "Crick Distribution Park"): no one's home is there.
_SITE_WORDS = frozenset(
    """retail shopping business industrial trading distribution leisure science technology enterprise commercial
    outlet logistics innovation""".split()
)
# Shop words inside a branch's name before the street ("Garden Centre Oxford Ring Road", "Deli Brighton Lanes").
_SHOP_IN_NAME = frozenset("centre center deli superstore extra express metro outlet store shop".split())
# After a street with no number: what makes it a car park, a shop's "one", a pop-up, a title on a medium.
_THING_AFTER = re.compile(
    r"[ \t]+(?i:car[ \t]?park|carpark|parking|pop-up|tickets?|annual|"
    r"on[ \t]+(?:\d+g[ \t]+)?(?:vinyl|dvd|blu-?ray|cd|cassette|netflix|spotify|itunes|kindle|audible|4k))(?![\w-])"
)
_ONE_AFTER = re.compile(r"[ \t]+one\b")
# A shop or venue noun right after a street named with no number, a determiner before it: the street names the
# branch ("the Bold Street studio", "delivered to the Market Street office"), as "the … one" does.
_VENUE_AFTER = re.compile(rf"[ \t]+(?i:{_SHOP_NOUNS})(?![\w'’-])")
# A street named as a landmark: "flats to rent near Baker Street", "the nearest drop off point to Church Road",
# "opposite Station Road"; where someone lives, the clause says so ("I live near Baker Street": `_HOME_CLAUSE`).
_LANDMARK_BEFORE = re.compile(
    r"(?i:\b(?:near|nearby|opposite|nearest[^.?!\n]{0,30}?\bto|closest[^.?!\n]{0,30}?\bto|close[ \t]+to|next[ \t]+to|"
    r"round[ \t]+the[ \t]+corner[ \t]+from|walking[ \t]+distance[ \t]+(?:of|from|to))[ \t]+(?:the[ \t]+)?$)"
)
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:the|your|that|this)[ \t]+$)")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)(?![\w'’-])")


def _clause_before(text: str, start: int) -> str:
    """The clause a street at `start` is in, up to it: back to the last sentence end, at most `_CLAUSE`."""
    begin = max(0, start - _CLAUSE)
    ends = list(_CLAUSE_END.finditer(text, begin, start))
    return text[ends[-1].end() if ends else begin : start]


def goods_after(text: str, end: int) -> bool:
    """True when one of the two words right after a street ending at `end` is a goods noun, singular or
    plural, and no listed place comes first: "3 Willow Grove Baskets", "12 Mulberry Lane Mugs", "the Babolat
    Pure Drive racket" count or name things; "12 Mulberry Lane Bath" is a town, and so is "4 Park Road Bath
    Towels" taken to be."""
    for _ in range(2):  # the noun, or a word and the noun ("3 Bramley Court Scented Candles")
        word = _NEXT_WORD.match(text, end)
        if word is None:
            return False
        folded = word.group(1).casefold()
        if folded in places().words_in:
            return False
        if any(form in GOODS_NOUNS for form in (folded, folded.removesuffix("s"), folded.removesuffix("es"))):
            return True
        end = word.end()
    return False


def shop_street(text: str, start: int, name_start: int, street_start: int, end: int, cue: str | None) -> bool:
    """True when a street named with no house number (`start`..`end`: its cue, if any, then its name from
    `name_start`, its type word at `street_start`) names a shop, a site or a thing: a shop noun or a
    customer's visit before it, a site or shop word in its name, a car park, a title on a medium, "the …
    one" after it; False when its clause or a unit after it says home."""
    clause = _clause_before(text, name_start)
    if _HOME_CLAUSE.search(clause) or _UNIT_AFTER.match(text, end):
        return False
    if _SHOP_BEFORE.search(clause) or _VISIT_BEFORE.search(clause) or _STOCK_BEFORE.search(clause):
        return True
    if _LANDMARK_BEFORE.search(clause):
        return True
    if _SHOP_PREDICATE.match(text, end):
        return True
    words = [w.group().casefold() for w in _WORD.finditer(text, name_start, street_start)]
    if words and words[-1] in _SITE_WORDS:
        return True
    if any(w in _SHOP_IN_NAME for w in words[:-1]):
        return True
    if cue is not None and cue.strip().casefold() == "at" and text[street_start:end].casefold() in ("park", "parks"):
        return True  # "a locker at Apple Park", "collect it at Fosse Park": a venue, where no one lives
    if _THING_AFTER.match(text, end) or goods_after(text, end):
        return True
    after = _ONE_AFTER.match(text, end) or _VENUE_AFTER.match(text, end)
    return after is not None and _DETERMINER_BEFORE.search(text, 0, start) is not None


_TO_BEFORE = re.compile(r"(?i:\bto[ \t]+$)")


def sold_after_number(text: str, start: int, end: int) -> bool:
    """True when a numbered street (`start`..`end`, "12 Mulberry Lane") is followed by a goods noun and
    neither its clause says home nor "to" sends something to it: "Order 12 Mulberry Lane Mugs" counts
    mugs; "deliver to 12 Mulberry Lane Mugsley Road" and "I live at 4 Meadow Walk" stay."""
    if not goods_after(text, end):
        return False
    clause = _clause_before(text, start)
    return not _HOME_CLAUSE.search(clause) and not _TO_BEFORE.search(clause)
