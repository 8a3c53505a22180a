"""Things that fill a person's slot in one word: German compound nouns and shop-type words.

German capitalises every noun, so in a person-only slot ("Die Bestellung läuft auf X", "Bedient
von X", "Termin bei X") a single capitalised word is as often a noun as a name: "Vorkasse",
"Lastschrift", "Selbstkasse", "Hautarzt", "Abholstation". Most such nouns are compounds that are
too rare for the frequent-word list, but their last part is a frequent noun ("kasse", "schrift",
"arzt", "station"). A word whose tail of four letters or more is a frequent German word, with a
head of three letters or more, is read as a compound noun unless it is a listed first name or a
census surname. Tails that German surnames are built from ("mann", "berg", "stein", ...) never
count, so an unlisted "Kellermann" or "Grünberg" stays a name (fail closed); a head and a short tail
that are both frequent words still make one ("Fielmann": "fiel" + "ann", read as a thing, as the
optician's chain it names). A word with a letter German does not spell with ("Zieliński", "Kılıç",
"Wójcik") is a foreign name, never a German compound.

A word holding a shop type's stem ("Multiópticas", "Optikhaus") is a shop, in every language, and
the words of paying, checking out and sending back ("Nachnahme", "Contrassegno", "Albarán",
"Devoluciones", "Collections") are things in every language.

`PersonNameRecognizer._slot_name`, the judge of every record and verb slot, refuses a one-word run
that is one of these, or a run opened by a payment word (`thing`); a title before it still vouches
for a name.
"""

from __future__ import annotations

from recognizers import surname_pairs
from recognizers.given_name_recognizer import gazetteer

_MIN_TAIL = 4
_MIN_HEAD = 3
_SHORT_TAIL = 3
_GERMAN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")
# Frequent nouns that also end German surnames and place names: no evidence of a thing.
SURNAME_TAILS = frozenset(
    """
    mann männer berg berger stein feld felder bach bacher hof hofer dorf dorfer burg burger hausen
    haus heim thal wald baum bauer maier meier meyer müller schmidt schmitz hardt kamp kopf brand
    brandt horst hagen bruck brück born brunn brunner graf kind lein ling ing sohn dahl rode roth
    schneider fischer weber wagner becker koch richter wolf schulz krause kraus herr frau see land
    lander ecke mund hahn huber weiss weiß fuchs lang lange vogel busch knecht macher hoff holz meister
    mayer gruber hauer stetter schläger zeller
""".split()
)
# Stems of shop types that sit inside a chain's one-word name.
# Paying, checking out, collecting and returning, in the six languages; none is a listed first name.
PAYMENT_WORDS = frozenset(
    """
    checkout collections returns refunds caisse caja caixa cassa kasse
    vorkasse nachnahme lastschrift überweisung sofortüberweisung rechnung ratenkauf paketshop packstation
    contrassegno bonifico rimborsi contrarreembolso transferencia bizum albarán factura devoluciones
    reembolsos levantamento devoluções pix boleto multibanco mbway
    virement remboursement remboursements retours
""".split()
)
SHOP_STEMS = ("optic", "óptic", "ótic", "optik", "ottic", "optiq", "apothek", "pharma", "farmac", "farmác")


def german_compound_noun(word: str, *, short_tail: bool = True) -> bool:
    """Whether a capitalised German word reads as a compound noun ("Vorkasse", "Hautarzt") and
    not as a listed first name or surname (see module doc). `short_tail=False` leaves out the
    three-letter tails after a frequent head, a guess that also cuts surnames ("Schlauchin":
    "schlau" + "c" + "hin"): a span a model already called a person needs the long tail."""
    folded = word.casefold()
    if len(folded) < _MIN_HEAD + _MIN_TAIL or not folded.isalpha():
        return False
    if not _GERMAN_LETTERS.issuperset(folded):
        return False  # "Zieliński", "Kılıç": letters German spells no word with, a foreign name
    lists = gazetteer()
    if lists.popularity.get(folded, 0) > 0 or surname_pairs.surname(folded):
        return False
    common = lists.common.get("de", frozenset())
    for cut in range(_MIN_HEAD, len(folded) - _MIN_TAIL + 1):
        tail = folded[cut:]
        if tail in common and tail not in SURNAME_TAILS:
            return True
    # a short tail ("Kassenbon", "Feiertag") only after a head that is a frequent word itself, with
    # or without its joining "s"/"n"/"en": two frequent words make a compound, not a name
    head, tail = folded[:-_SHORT_TAIL], folded[-_SHORT_TAIL:]
    if short_tail and tail in common and tail not in SURNAME_TAILS and len(head) >= _MIN_TAIL:
        return any(h in common for h in (head, head[:-1], head[:-2]) if len(h) >= _MIN_TAIL)
    return False


def shop_type_word(word: str) -> bool:
    """Whether a word holds the stem of a shop type ("Multiópticas", "Optikhaus", "Farmacity")."""
    folded = word.casefold()
    return any(stem in folded for stem in SHOP_STEMS)


def thing(words: list[str], language: str) -> bool:
    """Whether the words in a person's slot name a thing: opened by a payment or returns word
    ("Caja Automática"), or one word that is a shop-type word or in German a compound noun (see
    module doc)."""
    if not words:
        return False
    if words[0].casefold() in PAYMENT_WORDS:
        return True
    if len(words) != 1:
        return False
    return shop_type_word(words[0]) or language == "de" and german_compound_noun(words[0])
