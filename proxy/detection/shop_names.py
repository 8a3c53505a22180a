"""Shops named in the two shapes `filters._trade_name` does not read: a German compound trade noun,
and an English street before the trade noun.

- **German compounds.** German joins the trade to what is sold ("Blumenhaus", "Modehaus",
  "Blumenladen", "Bioladen", "Baumarkt", "Getränkemarkt", "Weinhandlung", "Stadtapotheke",
  "Landbäckerei", "Haarstudio", "Kaffeestube"), so no list of trade nouns can hold them all: a
  capitalised word ending in a trade noun (`_DE_TRADE_ENDINGS`) that opens a capitalised run makes the
  run a shop ("Blumenhaus Rosalie", "Modehaus Lindenhof"). A trade word right before a lower-case "am"
  or "im" and a run ("Laden am Marktplatz", "Bäckerei am Münchner Tor") names a shop by its place.
- **English streets.** A run ending in an English trade noun with a street type right before it
  ("Florence Road Pharmacy", "Ivy Lane Bakery", "Mill Street Deli"): the shop named on its street.
- **English shops named with a title** (2026-12-06, afternoon): "Mr Fix-It Garage", read by the cue
  rules after the honorific, is the shop when a trade noun ends the run (`titled_shop`).
- **English shops on a town or an owner** (2026-12-06, day). English puts the trade noun last, with
  a capital: "Harrogate Books", "St Albans Cycles", "Kingsway Pharmacy", "Halifax Hair Co", "Annie's
  Florist", "Clive's Carpets". A capitalised run of two or more words whose last word (before "Co",
  "Ltd") is a trade noun names a shop; its words before the trade are the shop's town or its
  owner's first name, said as the shop's name. Kept: a popular first name and another word before
  the trade ("Rosie Lee Tearooms" reads as a full name, as "Friseursalon Petra Klein" does), a run
  that opens its sentence and goes on with an object ("Anna Books the table": the trade noun as a
  verb), and a person cue before the run.

Fail closed as `_trade_name` does: after the trade noun, a listed first name given more than rarely
and another word is a person's full name ("Friseursalon Petra Klein": kept), and a person cue before
the run keeps it (`ner_context.person_cue`). A German compound after a contracted preposition ("im",
"beim", "vom" …) is said as a common noun, and one name after it is a person met there as often
("Ich habe im Supermarkt Anna getroffen"): kept; the shop's name takes an article ("in der
Blumenhaus Rosalie", "die Modehaus Annelie").
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import ner_context as ctx
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer

# Trade nouns that end a German compound naming a shop; the compound must be longer than the noun
# ("Blumenhaus", not "Haus"). Not "zentrum" or "hof" (a hospital, a farm, a courtyard).
_DE_TRADE_ENDINGS = (
    "haus",
    "laden",
    "läden",
    "geschäft",
    "markt",
    "handlung",
    "apotheke",
    "bäckerei",
    "metzgerei",
    "konditorei",
    "boutique",
    "salon",
    "studio",
    "stube",
    "shop",
    "center",
    "discount",
    "drogerie",
    "rösterei",
    "gärtnerei",
    "schneiderei",
    "werkstatt",
    "moden",
    "kaufhaus",
    "basar",
    "lädchen",
)
# Compounds that end so and name no shop: a hospital, a town hall, a home, a neighbour's house
_DE_NOT_SHOPS = frozenset(
    """
    krankenhaus rathaus elternhaus nachbarhaus gotteshaus pfarrhaus ferienhaus wohnhaus gasthaus
    bauernhaus landhaus hochhaus reihenhaus einfamilienhaus zuhause treppenhaus gewächshaus
    """.split()
)
_DE_PLACE_SHOP = frozenset(
    """
    laden geschäft bäckerei metzgerei konditorei apotheke boutique buchhandlung drogerie café cafe
    markt kiosk salon friseur blumenladen imbiss filiale
    """.split()
)
EN_TRADES = frozenset(
    """
    bakery bakeries pharmacy chemist chemists deli delicatessen butcher butchers butchery florist florists
    bookshop bookstore hardware ironmonger launderette laundrette barbers barber barbershop salon grocer
    grocers greengrocer newsagent newsagents cafe café bistro diner tearoom tearooms patisserie dairy
    opticians optician jewellers jewelers cobbler cobblers stores store shop market surgery dental vets
    nursery garage
    books carpets cycles interiors tyres furniture flooring hair tearooms kitchens plumbing electricals
    pets toys fabrics frames
    """.split()
)
# Words that close a firm's name after its trade noun ("Halifax Hair Co", "Mill Lane Bakery Ltd")
_EN_FIRM_ENDS = frozenset({"co", "ltd", "limited"})
# The trade noun said as a verb: "Anna Books the table", "Tom Frames it"
_EN_OBJECT_AFTER = regex.compile(
    r"[ \t\u00a0]+(?:the|a|an|my|your|our|their|his|her|it|them|this|that|me|us)(?!\p{L})", regex.IGNORECASE
)
_POSSESSIVE_AFTER = regex.compile(r"['’]s(?!\p{L})")
_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
_CAP_RUN_BEFORE = regex.compile(r"(?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+)+$")
_CAP_RUN_AFTER = regex.compile(r"(?:[ \t\u00a0]+[\p{Lu}][\p{L}'’-]*)+")
_PLACE_LINK = regex.compile(r"(\p{L}+)[ \t\u00a0]+(?:am|im)[ \t\u00a0]+$")
_POPULAR = 2
# A contracted preposition before the compound says it as a common noun, where one first name after
# it is a person met there as often ("im Supermarkt Anna getroffen", "beim Blumenladen Erika")
_COMMON_BEFORE = regex.compile(r"(?i:\b(?:im|beim|am|vom|zum|ins|aufs)[ \t\u00a0]+)$")


def _run(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`, `end` widened over the capitalised words on the same line right before and after."""
    before = _CAP_RUN_BEFORE.search(text, max(0, start - 60), start)
    after = _CAP_RUN_AFTER.match(text, end)
    return (before.start() if before else start), (after.end() if after else end)


def _full_name(words: list[str]) -> bool:
    """True when the words after a trade noun open with a listed first name given more than rarely and
    go on: a person's full name ("Petra Klein")."""
    popularity = gazetteer().popularity
    return len(words) > 1 and popularity.get(words[0].casefold(), 0) >= _POPULAR


def german_compound(word: str) -> bool:
    folded = word.casefold()
    if folded in _DE_NOT_SHOPS:
        return False
    return any(folded.endswith(end) and len(folded) >= len(end) + 3 for end in _DE_TRADE_ENDINGS)


def named_shop(text: str, start: int, end: int, language: str) -> bool:
    """True when the PERSON or LOCATION span `text[start:end]` lies in a shop's name of one of the
    module doc's shapes, with no person cue before it."""
    run_start, run_end = _run(text, start, end)
    words = [m.group() for m in _WORD.finditer(text, run_start, run_end)]
    if language == "en" and _en_owner_or_town_shop(text, start, end):
        return True
    if len(words) < 2 and language != "de":
        return False
    shop = False
    if language == "de":
        for i, word in enumerate(words[:-1]):
            if german_compound(word):
                after = words[i + 1 :]
                common = _COMMON_BEFORE.search(text, max(0, run_start - 12), run_start) is not None
                shop = not _full_name(after) and not (common and len(after) == 1)
                break
        link = _PLACE_LINK.search(text, max(0, run_start - 30), run_start)
        if not shop and link is not None and link.group(1).casefold() in _DE_PLACE_SHOP:
            shop = not _full_name(words)  # "Laden am Münchner Tor", "Bäckerei am Markt"
    elif language == "en":
        folded = [x.casefold() for x in words]
        shop = len(folded) >= 3 and folded[-1] in EN_TRADES and folded[-2] in w.STREET_TYPE_WORDS
    return shop and not ctx.person_cue(text, run_start, run_end)


def _en_owner_or_town_shop(text: str, start: int, end: int) -> bool:
    """True when the span lies before the trade noun that ends a capitalised run, read over a
    possessive right after the span ("Annie's Florist"): the module doc's English shops on a town
    or an owner."""
    possessive = _POSSESSIVE_AFTER.match(text, end)
    run_end = end
    if possessive is not None:
        after = _CAP_RUN_AFTER.match(text, possessive.end())
        if after is None:
            return False
        run_end = after.end()
    run_start, run_end = _run(text, start, run_end)
    matches = list(_WORD.finditer(text, run_start, run_end))
    while len(matches) > 2 and matches[-1].group().casefold() in _EN_FIRM_ENDS:
        matches.pop()
    if len(matches) < 2 or matches[-1].group().casefold() not in EN_TRADES:
        return False
    trade = matches[-1]
    if start >= trade.start():
        return False  # the span is the trade noun alone
    owner = [m.group() for m in matches[:-1]]
    if possessive is None and _full_name(owner):
        return False  # "Rosie Lee Tearooms": a popular first name and a surname
    if _EN_OBJECT_AFTER.match(text, trade.end()) is not None:
        return False  # "Anna Books the table": the trade noun as a verb
    # a title, relative or introduction before the run keeps it; a preposition does not, since "at",
    # "from", "to" go before a shop as often as before a person ("in stock at Annie's Florist")
    return not ctx.person_cue(text, run_start, matches[0].end())


_TITLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Mister)\.?[ \t\u00a0]+$")


def titled_shop(text: str, start: int, end: int) -> bool:
    """True when the cue rules' name after an English title ends, or runs on, in a capitalised trade
    noun: a shop named with a title ("Mr Fix-It Garage", "Mr Tyre Garage", "Mrs Bun Bakery"), where the
    title read as an honorific made the shop's words a person. Kept: a popular first name and another
    word before the trade ("Mr Rhys Evans Garage" is as likely a man's full name as a shop's)."""
    if _TITLE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    after = _CAP_RUN_AFTER.match(text, end)
    matches = list(_WORD.finditer(text, start, after.end() if after else end))
    while len(matches) > 2 and matches[-1].group().casefold() in _EN_FIRM_ENDS:
        matches.pop()
    if len(matches) < 2 or not matches[-1].group()[:1].isupper():
        return False
    if matches[-1].group().casefold() not in EN_TRADES:
        return False
    return not _full_name([m.group() for m in matches[:-1]])
