"""After the recognizers: context words, the NER post-filter, overlaps.

Veil runs its recognizers itself (see `engine`), so the three steps
Presidio's `AnalyzerEngine` would do afterwards live here, in the form Veil
needs:

- **Context words on lower-cased token text** (no lemmas: the NER-only models
  and the blank pipelines have none). For a result of a recognizer with
  `context`, the window is the match's own token plus the five tokens before
  it that are neither stop words nor punctuation (Presidio's window, counted
  the same way), joined by spaces; a context word that is a substring of that
  string lifts the score by 0.35 (at least 0.4, at most 1.0), as Presidio's
  `LemmaContextAwareEnhancer` does. Multi-word context ("national insurance")
  works too, which Presidio's token-by-token test never matched. A stop word that
  is itself one of the recognizer's context words counts: spaCy's English list holds
  "call", so "call me on 347 …" would otherwise never lift a phone (Presidio drops it too).
- **NER post-filter.** The small spaCy models tag words of order numbers,
  prices and tracking codes as names or places ("Size 42", "Facture
  FT-2024/00123", "Commande"). A PERSON/LOCATION span from the NER loses edge
  words that hold a digit or a currency sign, are 2-4-letter all-capital codes
  ("NI", "IBAN") or are everyday commerce/chat words of the language
  (`words`); what remains must start with a capital letter and hold
  no digit, and must not be a colour after a colour cue ("in Black", "en Noir")
  or shop talk (`_shop_talk`: products, brands, means of payment, model numbers, French shops
  named on towns: `_trade_name`),
  else the span is dropped. In a message about goods (`_shop_context`), a one-word
  span the model alone proposes needs some sign of a name or a place (`_unsupported`):
  the models tag single brands and shops as people or places ("Klarna", "chez Lidl"). In French a run of
  several such words needs one too (`_named_run`: "Echo Dot de Bosch", "Xiaomi Nintendo Switch").
  In English, a span the model alone proposes on a first name that is a word, followed by a thing's
  noun or a set phrase, is the thing (`en_word_names`: "Pat dry", "Mark as delivered", "Jay Cloth").
  Since a kept span must start with a capitalised non-noise word, a text without one skips the NER model entirely
  (`ner_needed`): same result, a fraction of the CPU. And a structured match (any non-NER
  recognizer above its threshold) beats an overlapping NER span whatever the
  scores: "PW" in the NINO "PW 95 66 05 C" is not a place. So the rules run first, and a
  text whose every capitalised non-noise word lies inside one of their spans skips the model
  too (`ner_wanted`): same result again. Nor does a text whose only other capitalised words
  are stop words that name no one ("It", "Mon", "C'est": `_function_word`).
- **Corroboration for Veil's own pipelines** (`corroborated`; it, es, pt, de with
  `veil_ner_*`): those small models, trained on generated chat, call many capitalised
  unknown words people (brands, shops, product lines). One of their spans is kept only
  when a word in it is a listed first name that is no word of the language;
  spans that are a listed place, or whose run of capitalised words is shop talk, are
  left to the rules. A pipeline trained on many writers' shapes (its meta says so) is trusted
  for a PERSON span without a first name or cue (`trusted_persons`).
- **Not the customer's data** (`_without_business`, any recognizer): a company with its legal form,
  a seller's warehouse town, a set phrase (`business`), a shop named on a town or a lower-case
  finish ("matt black") read by the first-name list. A company word that repeats a word of a kept
  person's name stays ("Mario Rossi, Rossi S.r.l."). A tenant with `places: all` keeps every place
  these readings would drop for whom or what it is said of (`settle(all_places=True)`, `_business`).
- **Disjoint spans.** Overlapping PERSON spans, and overlapping ADDRESS spans,
  become their union (`merged_names`, `merged_addresses`: two readings of one
  name or address). A name or place wholly inside an address is part of it
  (`_inside_addresses`: "R. Dr. Arnaldo, 455", "Praia João Gabriel Cavalcanti, 50")
  and gives way to it. Where spans still overlap, the best score wins, then the
  longest: callers replace each kept span by one token. A name and a place that
  overlap widen the winner over the loser's extent (`_widened`: "New Cynthia" the
  name, "New Cynthia, VI" the place), and a suffix or degree after a name joins it
  (`_with_suffixes`: "Kevin Patel MD", "amanda martin jr."), as does a second surname after
  Spanish "y" or Portuguese "e" (`joined_surnames`: "José Ortega y Gasset", "Jorge Sousa e Silva").
  Last, a kept name is completed over particles, initials and surnames it stopped short of, and
  names listed beside it are added (`name_spans`: "Samira Ait Ahmed", "A, B and C").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter

import regex  # type: ignore[import-untyped]

from proxy.detection import business, chat_talk, en_no_one, french_goods, model_things
from proxy.detection import ner_context as ctx
from proxy.detection.appellations import designation
from proxy.detection.brand_spans import brand_alone
from proxy.detection.en_word_names import word_name_thing
from proxy.detection.feast_for import feast_for
from proxy.detection.feast_wishes import feast_wish
from proxy.detection.from_to import from_to
from proxy.detection.goods_phrase import goods_phrase
from proxy.detection.goods_said import fr_masculine_thing, goods_run, said_as_goods
from proxy.detection.joined_surnames import joined_surnames
from proxy.detection.line_spans import by_line
from proxy.detection.made_of import made_of
from proxy.detection.maker_alone import maker_alone
from proxy.detection.model_extents import widened_by_model
from proxy.detection.model_towns import town_no_one
from proxy.detection.name_spans import completed
from proxy.detection.named_events import named_event
from proxy.detection.opening_word import opening_thing
from proxy.detection.phrases import longest_first
from proxy.detection.sentence_opening import LINE, opens_sentence
from proxy.detection.settings import Span
from proxy.detection.shade_names import shade
from proxy.detection.shop_names import named_shop, titled_shop
from proxy.detection.shop_people import said_of_person
from proxy.detection.shop_street import shop_street
from proxy.detection.subject_said import subject_said
from proxy.detection.trades import TRADES
from proxy.detection.trusted_persons import trusted_person
from proxy.detection.word_edges import POST_FILTER_EDGE
from proxy.detection.words import NOT_NAMES
from recognizers import lower_pairs, word_names
from recognizers import name_words as w
from recognizers.given_name_recognizer import dish_before, gazetteer, pet_before, venue_before
from recognizers.place_recognizer import appellation, places
from recognizers.regions import regions
from recognizers.surname_pairs import surname

CONTEXT_FACTOR = 0.35
MIN_SCORE_WITH_CONTEXT = 0.4
CONTEXT_WORDS_BEFORE = 5
NER_RECOGNIZER = "SpacyRecognizer"
GIVEN_NAMES = "GivenNameRecognizer"
CUE_NAMES = "PersonNameRecognizer"
LISTED_PLACES = "PlaceRecognizer"
_WORD = re.compile(r"\S+")
_CURRENCY = re.compile(r"[\d€$£¥₹¢]")
_CODE = re.compile(r"^[A-Z]{2,4}$")
_UPPER = regex.compile(r"[\p{Lu}\p{Lt}]")
_ELISION = re.compile(r"['’]")
_INITIAL_PUNCT = POST_FILTER_EDGE.replace(".", "")
_LEFT_WORD = re.compile(r"(\w+)[ \t\u00a0]+$")
_RIGHT_WORD = re.compile(r"[ \t\u00a0]+(\w+)")
_LEFT_HYPHENED = re.compile(r"(\w+(?:-\w+)*)[ \t\u00a0]+$")  # "taille-haie Hoover"
_BRANDS = tuple(tuple(b.split()) for b in w.EPONYMOUS_BRANDS)
# French determiners right before a noun spelt like a stop word ("la tente", "ma tente", "cette tente")
_FR_DETERMINER_RIGHT_BEFORE = re.compile(
    r"(?:^|(?<=[^\w'’]))(?:(?:le|la|les|un|une|des|du|ce|cet|cette|ces|ma|mon|ta|ton|sa|son|notre|votre|nos|"
    r"vos|leur|leurs)[ \t\u00a0]+|l['’])$",
    re.IGNORECASE,
)
_DETERMINED_NOT_NOUNS = frozenset({"plus", "pendant"})


def _by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word tuples by their first word: a span's words are compared with the few that start with one
    of them, not with every listed brand (a look-up a span, where a scan of the list cost ~5 % of a
    name-heavy message's CPU)."""
    grouped: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in phrases:
        grouped[phrase[0]] = (*grouped.get(phrase[0], ()), phrase)
    return grouped


_BRANDS_BY_FIRST = _by_first_word(_BRANDS)
_JOINED_BRANDS_BY_FIRST = _by_first_word(w.JOINED_BRANDS)
# The heads of a feast's or a building's first word, cut where `_feast_day` and `_named_building` cut it
_FEAST_HEAD_CUT = regex.compile(r"[\s'’-]")
_SAINTE_HEAD = regex.compile(r"(?i)sainte?-")
_BUILDING_HEAD_CUT = regex.compile(r"[\s'’.-]")
# Where one unlisted word after a person preposition may be corroborated as a name (`corroborated`):
# not German, whose nouns are capitalised ("mit Aufpreis", "für Datschi").
_LONE_NAME_LANGUAGES = frozenset({"it", "es", "pt"})
# Where a trusted pipeline's person widens a rule's name over words that are also names (`model_extents`)
_WIDENED_TRUSTED = frozenset({"it", "es"})
# A word joined to a span by "&" or "and" on its left or right ("Marks and <Spencer>")
_LINK_LEFT = re.compile(r"(?:^|(?<=[\s(]))([^\W\d_][\w'’]*)[ \t\u00a0]*(?:&|(?i:and)(?=[ \t\u00a0]))[ \t\u00a0]*$")
_LINK_RIGHT = re.compile(r"[ \t\u00a0]*(?:&|(?<=[ \t\u00a0])(?i:and))[ \t\u00a0]*([^\W\d_][\w'’]*)")
_PRODUCT = w.PRODUCT_WORDS | w.PRODUCT_NOUNS
# Articles and demonstratives right before a span: "the Corsa", "la Clio", "le Dyson" name a thing.
# English and French only: Italian, Spanish, Portuguese and German chat put articles before
# people too ("la Rossi", "a Maria", "der Peter"); possessives are left out ("ma Julie").
_ARTICLES = {
    "en": frozenset({"the", "a", "an", "this", "that", "these", "those"}),
    "fr": frozenset({"le", "la", "les", "un", "une", "du", "des", "ce", "cet", "cette", "ces", "au", "aux", "l"}),
}
_PLACE_ARTICLE = {"au": "le", "aux": "les", "du": "le", "des": "les"}  # "au Havre": Le Havre
_ELIDED = re.compile(r"(?:^|[\s(])([lL])['’]$")
_NAME_POPULARITY = 3  # a listed first name this popular keeps a span of everyday words a name ("Mark Baker")
# "paid with Klarna", "payé avec Lydia", "pagato con Satispay": what one pays with is an instrument.
# "by"/"par"/"da"/"por" are left out: "paid by John Smith" names the payer.
_PAID_WITH = regex.compile(
    r"\b(?:pay|pays|paid|paying|payé|payée|payer|payez|paie|réglé|régler|pagato|pagata|pagare|pago|pagué|pagado"
    r"|pagar|paguei|pagou|bezahlt|bezahle|zahle|gezahlt)[ \t\u00a0]+(?:with|via|using|avec|via|con|com|mit)"
    r"[ \t\u00a0]+$",
    regex.IGNORECASE,
)
# "the new Pixel Fold", "le nouveau Nespresso": a lower-case "new" before a capitalised run names a product
_NEW = frozenset(
    {
        "new",
        "nouveau",
        "nouvel",
        "nouvelle",
        "nuovo",
        "nuova",
        "nuevo",
        "nueva",
        "novo",
        "nova",
        "neue",
        "neuen",
        "neuer",
        "neues",
    }
)
# a model number or size right after the run ("Fastmix 600 W", "Galaxy S24", "Chef XL"), not a phone
# number's first group (more digits follow) and not a long digit run
_MODEL_CODE = regex.compile(
    r"[ \t\u00a0]+(?:"
    r"(?:[A-Za-z]{1,3}\d{1,4}[A-Za-z]{0,3}|\d{1,4}[A-Za-z]{1,3})(?=[.,;:!?)]?(?:$|\s+(?!\d)))"  # S24, TM6, 5G
    r"|\d{1,4}(?=[.,;:!?)]?(?:$|\n|[ \t\u00a0]+(?:\p{L}{1,2}\b|[^\p{L}\d\s])))"  # "600 W", "Series 9?"
    r"|(?:X{0,3}[SL]|M|[2-5]XL)(?=[.,;:!?)]?(?:$|\s)))"  # sizes: "Chef XL", "Hoodie M"
)
# a word with a capital after a lower-case letter ("iPhone", "AirPods", "PlayStation", "FlixBus") is a
# product or brand spelling, unless the capital follows a surname prefix ("McDonald", "DiCaprio", "LeBlanc")
# the capitalised words right before / after a span: the whole run is judged ("Zalando Marina Dress");
# a capital then a lower-case letter, so a text in capitals is not one run
_CAP_BEFORE = regex.compile(r"[\p{Lu}\p{Lt}]\p{Ll}[\p{L}'’-]*[ \t\u00a0]+$")
_CAP_AFTER = regex.compile(r"[ \t\u00a0]+[\p{Lu}\p{Lt}]\p{Ll}[\p{L}'’-]*")
_INNER_CAPITAL = regex.compile(
    r"^(?!(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|Le|La|Van|Von|Ter|Ten|St)\p{Lu})\p{L}*\p{Ll}\p{Lu}"
)


# Prepositions of motion or position that put an unlisted capitalised word in a place's slot
# ("in Trifouillis", "to Lakeview", "à Trifouillis-les-Oies"); "at", "de", "en", "chez" are left out:
# "at Klarna", "de Fendi", "en Graphite", "chez Decathlon" name shops, makers and colours as often.
_TO_PLACE = frozenset(
    {"in", "to", "from", "near", "into", "towards", "à", "vers", "depuis", "près de", "jusqu'à", "jusqu’à"}
)
_PUNCT_AFTER = re.compile(r"[ \t\u00a0]*[,:;!?.]")
# An emoji right after a word closes it as punctuation would ("Coucou 👋 c'est arrivé ?")
_EMOJI_AFTER = regex.compile(r"[ \t\u00a0]*\p{Extended_Pictographic}")
# The end of a line or of the text right after a word: a greeting alone on its line ("Bises\nMerci")
_LINE_END_AFTER = regex.compile(r"[ \t\u00a0]*(?:\r?\n|$)")
# One lower-case word and a colon after a sentence's first word: a label ("Petite question :")
_LABEL_AFTER = regex.compile(r"[ \t\u00a0]+(\p{Ll}+)[ \t\u00a0]*:(?!\d)")
# Verbs of saying that make the word before them a speaker ("Fontaine écrit : …")
_SAYING = frozenset({"a", "dit", "écrit", "répond", "demande", "précise", "ajoute", "explique", "confirme", "says"})
# Words that make a saint's name after them a feast day, not a place or a person ("il giorno di Santo
# Stefano", "el día de San Juan", "a festa de São João", "la Saint-Jean"): `_feast_day`
_FEAST_BEFORE = regex.compile(
    # plural feasts too: "Boas festas de São João", "las fiestas de San Fermín", "le feste di San Gennaro"
    r"(?:\b(?:giorno|festa|festas|feste|notte|vigilia|d[ií]a|fiestas?|noche|v[ií]spera|noite|v[ée]spera|f[êe]tes?|veille)"
    r"[ \t\u00a0]+(?:de|di|da|do|del|della|dos|das)|(?:^|\s)la)[ \t\u00a0]+$",
    regex.IGNORECASE,
)
# "Our Lady of" before a name: the Virgin's titles, her feasts and churches ("Nossa Senhora do Carmo",
# "Nuestra Señora del Rosario", "Nostra Signora di Lourdes", "Notre-Dame de la Garde"): `_our_lady_of`
_LADY_OF = regex.compile(
    r"\b(?:nossa[ \t\u00a0]+senhora|nuestra[ \t\u00a0]+se[ñn]ora|nostra[ \t\u00a0]+signora|notre[ -]dame"
    r"|our[ \t\u00a0]+lady|virgen|virgem|vergine)"
    r"[ \t\u00a0]+(?:d[aeo]s?|del?|della|di|du|des|of)(?:[ \t\u00a0]+(?:la|las|los|the))?[ \t\u00a0]+$",
    regex.IGNORECASE,
)
# Words of time before a saint's name: "antes de San Fermín", "prima di Santo Stefano", "before St
# Patrick's", "vor Sankt Martin" (`_feast_day`). Not "para", "per", "for", "to", "a", "bis", "nach":
# they send a parcel to the town as often ("envío para San Juan", "bis St. Gallen"); a feast goods or a
# table are for, with no order, trip or person in the sentence, is read by `feast_for`
_FEAST_TIME_BEFORE = regex.compile(
    r"\b(?:antes|despu[ée]s|depois|prima|dopo|entro|before|after|until|till|vor)"
    r"(?:[ \t\u00a0]+(?:de|del|do|da|di|del|della|dello|the))?[ \t\u00a0]+$",
    regex.IGNORECASE,
)
# Words that date by a feast named after them ("durante la Mercè", "hasta Nochevieja"), and those that
# also send to a town or a person ("nach", "bis", "para", "por"), for feasts that are no town
# (`_dated_feast`); the article between them is optional
_FEAST_STRICT_WHEN = regex.compile(
    r"\b(?:antes|despu[ée]s|depois|vor|durante|hasta|desde|até|seit)(?:[ \t\u00a0]+(?:de|del|do|da|la|el|o|a))*"
    r"[ \t\u00a0]+$",
    regex.IGNORECASE,
)
_FEAST_WHEN = regex.compile(
    r"\b(?:nach|bis|über|zu|an|um|para|por|pela|pelo|no|na|en)(?:[ \t\u00a0]+(?:la|el|o|a))?[ \t\u00a0]+$",
    regex.IGNORECASE,
)
_ASK_FOR_BEFORE = regex.compile(r"\bfrag\w*[ \t\u00a0]+nach[ \t\u00a0]+$", regex.IGNORECASE)
# An English saint's possessive before "Day" is the feast: "St Andrew's Day", "St David's Day"
_SAINTS_DAY = regex.compile(r"(?i)(?:st\.?|saint)[ \t\u00a0]+\p{L}+['’]s(?:[ \t\u00a0]+day)?\Z")
_FEAST_ONLY_HEADS = frozenset({"mariä"})
# Italian "Sant'" glued to a saint's name ("Sant'Efisio", "Sant'Ambrogio", "sant'agata"): the saint, his
# feast, a church or a town, never how a person is called or greeted
_ELIDED_SAINT = regex.compile(r"(?i)sant['’]\p{L}")
_FEAST_DAY_AFTER = regex.compile(r"(?:['’]s)?[ \t\u00a0]+Day\b")  # "before Valentine's Day": the feast's day
_DAY_AFTER = regex.compile(r"(?i)[ \t\u00a0]+day\b")
_BARE_TO = regex.compile(r"(?:^|\s)(?:a|ad|o)[ \t\u00a0]+$", regex.IGNORECASE)  # Italian "to", "or": no article
_FEAST_ARTICLE = regex.compile(r"(?:(?:^|\s)(?:la|le|il|el|a|o)[ \t\u00a0]+|(?:^|\s)l['’])$", regex.IGNORECASE)
# French articles before a thing's name in any message (`_thing_article`), the words before them that
# put a place after them instead, and the stems of verbs of coming, going, living and delivering ("viens du
# Marais", "vous livrez la Suisse ?")
_FR_THING_ARTICLES = frozenset({"le", "la", "les", "un", "une", "du", "des", "ce", "cet", "cette", "ces"})
_FR_PLACE_BEFORE = frozenset(
    {"à", "a", "dans", "vers", "depuis", "près", "de", "d", "sur", "en", "par", "pour", "jusqu'à", "jusqu’à", "chez",
     "côté", "loin", "quartier", "habite", "habitons", "habitez", "vis", "vit", "vivons", "vivez", "suis", "est",
     "sommes", "êtes", "sont", "direction", "après", "avant", "devant", "derrière", "derriere", "entre"}
)  # fmt: skip
# Nouns of delivery the motion stems begin: the thing delivered follows them ("la livraison du MacBook
# Air"), a place only after "à" or "dans", which `_FR_PLACE_BEFORE` reads
_FR_DELIVERY_NOUNS = frozenset({"livraison", "livraisons", "envoi", "envois", "expédition", "expéditions"})
_FR_MOTION = (
    "vien", "revien", "venon", "venez", "venu", "arriv", "rentr", "sor", "part", "quitt", "descend", "pass",
    "livr", "expédi", "envoi", "envoy", "desserv", "visit", "travers", "rejoin",
)  # fmt: skip
_FR_ARTICLE_BEFORE = regex.compile(r"(?:(\p{L}+(?:['’]\p{L}+)?)[ \t\u00a0]+)?(\p{L}+)[ \t\u00a0]+$")
_COMPOUND_PARTICLES = frozenset({"sur", "sous", "lès", "les", "lez", "en", "le", "la", "de", "du", "des", "upon", "on"})

# Words of a message about goods (with `_PRODUCT`): where an unsupported model span is dropped
# (`settle`). Narrow on purpose: no greetings, addresses, phones or "order" alone, which messages
# naming people hold as often.
_SHOP_WORDS = frozenset(
    """
    brand brands make maker model models stock size sizes colour color colours colors warranty product
    products collect collection pickup discount refund checkout cart basket instalments
    marque marques modèle modèles taille tailles pointure couleur coloris garantie produit produits
    article articles retirer retrait magasin magasins boutique boutiques acheter acheté prix promo soldes
    remboursement panier dispo disponible disponibles rupture payer payé paiement
    """.split()
)
_LETTERS = regex.compile(r"\p{L}+")
# `_shop_context`'s words in one set: a word of the text is looked up once, the first hit ends the search
_GOODS_TALK_WORDS = _SHOP_WORDS | _PRODUCT
# a model span that is wholly one of these is the carrier or the app ("un mail de Colissimo", "sur Vinted")
_COMPANIES = w.CARRIERS | w.APPS
# languages whose stock model's multi-word spans in shop talk need a sign of a name or a place (`_named_run`)
_RUNS_CORROBORATED = frozenset({"fr"})
# the trade and offer nouns that open a shop's or an offer's name, per language (`trades.TRADES`)
_TRADES = TRADES
# articles that may open a shop's name's run in it, es, pt ("La Farmacia del Carmen", "A Padaria Santa Luzia")
_TRADE_ARTICLES = frozenset({"il", "lo", "la", "l", "el", "los", "las", "o", "a", "os", "as", "un", "una", "uma"})
# German and French articles that open a run before a shop's name in any language ("Das Bistro Emil",
# "The receipt says Le Petit Jules")
_RUN_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "le", "la", "les", "the"})
# lower-case links between a capitalised trade noun and a first name: "Trattoria da Enzo", "Pizzeria
# bei Mario", "Gasthaus zum Löwen"; and the honorifics a shop's name puts before its founder's first
# name ("Cantina Dona Rosa", "Mesón Doña Carmen", "Trattoria Nonna Pina"), skipped as the links are
# Trades that are adjectives or links, and surnames too ("Petit"): never read alone as a shop (`_trade_head`)
_TRADE_ADJECTIVES = frozenset({"petit", "petite", "p'tit", "p’tit", "chez"})
_SHOP_LINKS = frozenset(
    {"da", "di", "dal", "del", "do", "bei", "zum", "zur", "chez", "dona", "doña", "don", "dom", "nonna", "zia", "tia"}
)
_SHOP_LINK = regex.compile(r"(\p{L}[\p{L}'’]*)[ \t\u00a0]+(?:da|di|dal|del|do|bei|zum|zur|chez)[ \t\u00a0]+$")
# a first name this popular in a run is a sign of a person; rarer listed names ("Clio", "Polo", "Venus")
# are product lines as often
_RUN_POPULARITY = 2


# What context matching needs of a spaCy token: (its offset, its lower-cased text, whether it is skipped:
# a stop word, punctuation or a space, not counted in the window). A plain tuple, not a class: the runner
# builds one for every token of most texts, and a frozen dataclass's construction cost twenty times a
# tuple's (1.4 µs against 0.07 on the speed rounds' machine, 0.016 ms of a message).
Token = tuple[int, str, bool]


def context_window(tokens: Sequence[Token], start: int, keep: frozenset[str] = frozenset()) -> str:
    """Lower-cased words in the window before a match at `start` (see module doc).

    `keep`: the recognizer's one-word context words, counted even when they are stop words.
    """
    i = max(0, bisect_right(tokens, start, key=itemgetter(0)) - 1)
    words: list[str] = []
    while i >= 0 and len(words) <= CONTEXT_WORDS_BEFORE:
        _, lower, skip = tokens[i]
        if not skip or lower in keep:
            words.append(lower)
        i -= 1
    return " ".join(reversed(words))


def context_screen(context: Sequence[str]) -> re.Pattern[str] | None:
    """A search that finds something in a text's lower-cased form (`str.lower`) wherever one of
    `context` can be in a window of that text (`boosted`), so a text where it finds nothing needs no
    window, nor the tokens a window is read from: None when no such search is exact.

    Why it is exact: a window joins tokens' lower-cased texts with single spaces, so each space-free
    piece of a context word found in it lies inside one token's `lower_`, which is its text lowered, a
    piece of the text; `str.lower` maps each character alone but a capital sigma (final or not), so a
    piece without "σ" or "ς" is in the lowered text too. The search is each word's longest piece.
    None when a word has no piece (empty, or spaces only: it is in every window) or holds a sigma."""
    pieces = [max(word.split(" "), key=len) for word in context]
    if not pieces or any(not piece or "σ" in word or "ς" in word for piece, word in zip(pieces, context, strict=True)):
        return None
    return re.compile("|".join(re.escape(piece) for piece in sorted(set(pieces))))


def boosted(score: float, window: str, context: Iterable[str]) -> float | None:
    """The lifted score if a context word is in `window`, else None."""
    if any(word in window for word in context):
        return min(1.0, max(score + CONTEXT_FACTOR, MIN_SCORE_WITH_CONTEXT))
    return None


def _noise(word: str, language: str) -> bool:
    """True for an edge word of an NER span that is not part of a name or place."""
    bare = word.strip(POST_FILTER_EDGE)
    if not bare or _CURRENCY.search(bare) or _CODE.match(bare):
        return True
    if len(word.strip(_INITIAL_PUNCT)) == 1:
        return True  # "Taille M", "size L": a lone letter is a size or a grade; an initial has its dot ("J.")
    folded = bare.casefold()
    words = NOT_NAMES.get(language, frozenset())
    return folded in words or any(part in words for part in folded.split("-") if part)


def _colour_after_cue(text: str, start: int, end: int) -> bool:
    """ "in Black", "en Noir", "in Tan": a colour after a colour cue (the first-name rules' lists,
    `recognizers.name_words`), which the small models tag as a name or a place."""
    first = text[start:end].split(None, 1)[0].strip(POST_FILTER_EDGE).casefold()
    before = text[max(0, start - 12) : start].rstrip(" \t\u00a0:").rsplit(None, 1)
    return first in w.COLOURS and bool(before) and before[-1].casefold() in w.COLOUR_CUES


def _shop_talk(text: str, start: int, end: int, language: str, entity: str, all_places: bool = False) -> bool:
    """True when a kept NER span reads as a product, a brand or everyday words, not a person or place.

    The small models tag product lines and brands as PERSON/LOCATION ("Diana Bag", "Michael
    Kors", "Golf", "Classic Leather"); the first-name rules (`recognizers.given_name_recognizer`)
    already refuse the same shapes, with the same lists:
    - a product word or noun after the first word ("Marina Dress", "Rosa Antico", "Pepe Jeans"),
      or a product noun first ("Linea Rosa");
    - a PERSON in English or French with an article or demonstrative right before it ("the
      Corsa", "la Clio", "l'Aurora"): a thing, where Italian, Spanish, Portuguese and German also put
      articles before people; so is a LOCATION after one in a message about goods (`_shop_context`:
      "le Yaris en taille M", "the Gazelle in stock"; not "l'Italie", and outside shop talk not "la
      Suisse": French country names are mostly not on the place list), unless the article is part of
      a listed place's name ("le Havre", "au Mans", "The Hague");
    - a brand named after a person (`name_words.EPONYMOUS_BRANDS`) at its start, or with the title
      before it ("Dr. Martens", "Mr Kipling");
    - in French, a run of capitalised words opening with a trade or offer noun (`_trade_name`:
      "Pressing Nantes Gare", "Menu Saint-Valentin"), even when it holds a listed place;
    - a lower-case product noun right before it ("la borsa Diana"; one spelt like a stop word only
      after a French determiner: "la tente …", `_determined_noun`), or after it in English ("the
      Aurora lamp");
    - two or more everyday words of the message's language (`common_words.tsv`), none of
      them a first name of some popularity or an initial ("Classic Leather", "Echo Dot"; not
      "Mark Baker", "J. Smith"; a single word is as often a surname: "Smith", "Baker").
    - one word right after a pet's or a storm's noun (`name_words.PET_NOUNS`, `STORM_NOUNS`): "our
      dog Bella", "mi gata Luna", "la borrasca Filomena"; or a storm's noun and its name ("Storm Ciara",
      "L'uragano Ofelia").
    A listed place (`recognizers.place_recognizer`) is never shop talk here, article or not
    ("la France", "à Lyon"), unless a pet's noun stands before it. With `all_places` (`places: all`)
    a place where a product comes from ("la moutarde de Dijon") is a place like any other.
    """
    folded = [t.strip(POST_FILTER_EDGE).casefold() for t in text[start:end].split()]
    if any(f in _PRODUCT for f in folded[1:]) or (len(folded) > 1 and folded[0] in w.PRODUCT_NOUNS):
        return True  # "Marina Dress", "Pepe Jeans", "Linea Rosa"
    if language == "en":
        after = _RIGHT_WORD.match(text, end)
        if after is not None and after.group(1) in w.PRODUCT_NOUNS:
            return True
    else:
        before = _LEFT_WORD.search(text, max(0, start - 40), start)
        stops = gazetteer().stop_words.get(language, frozenset())  # German "hat" (has) is no hat
        if before is not None and before.group(1) in w.PRODUCT_NOUNS:
            if before.group(1) not in stops or _determined_noun(text, before.start(1), language):
                return True  # "la borsa Diana"; "la tente Coleman": "tente" (tries) is a noun after "la"
        if language == "fr" and _maker_after_noun(text, start):
            return True  # "un ampli Fender", "le taille-haie Hoover": the maker of the goods
    brands = _BRANDS_BY_FIRST.get(folded[0], ()) if folded else ()
    if any(tuple(folded[: len(b)]) == b for b in brands) or _joined_brand(text, start, end):
        return True
    title = text[max(0, start - 6) : start].casefold().split()[-1:]  # "Dr. Martens", "Mr Kipling"
    if title and folded and any(f"{t} {folded[0]}" in w.EPONYMOUS_BRANDS for t in (title[0], title[0].rstrip("."))):
        return True
    if _trade_name(text, start, end, language) or _trade_head(text, start, end, language):
        return True
    if entity == "LOCATION" and not all_places and appellation(text, start):
        return True  # "la moutarde de Dijon", "le savon de Marseille": where a product comes from
    if len(folded) == 1 and venue_before(text, start, end):
        return True  # "l'hôtel Henriette", "il ristorante Gino": the premises' name
    if len(folded) == 1 and pet_before(text, start):
        return True  # "our dog Bella" (Bella is a town too): an animal's name identifies no one
    joined = " ".join(folded)
    if entity == "LOCATION" and language == "fr" and _counted_thing(text, start, joined, folded):
        return True  # "un Bordeaux Supérieur", "deux Crémant d'Alsace", "votre Berlingo": goods, not a town
    if entity == "LOCATION" and language == "fr" and _FR_PARTITIVE_WITH.search(text, max(0, start - 120), start):
        return True  # "avec du Munster, du Brocciu", "avec du Reblochon et du Beaufort": cheeses, not towns
    if entity == "PERSON" and language == "fr" and _owned_thing(text, start, folded):
        return True  # "Ma Twingo fait un bruit", "de ma Twingo", "Ma Opel Adam": what one owns, no one
    if len(folded) > 1 and _ELISION.split(folded[0])[-1] in w.STORM_NOUNS:
        return True  # "Storm Ciara", "Hurricane Irma": the storm, named with its noun
    if joined in places().words_in:
        return False  # "la France", "the Netherlands", "à Lyon": a listed place stays a place
    if _thing_context(text, start, end):
        return True
    if language == "fr" and w.SIZE_AFTER.match(text, end):
        return True  # "la Lison en 37 ?", "la Margaux en M ou en L ?": a model in a size
    articles = _ARTICLES.get(language)
    if articles is not None and (entity == "PERSON" or _shop_context(text)):
        if _after_article(text, start, end, folded, language):
            return True
        if entity == "PERSON" and _ELIDED.search(text, 0, start):
            return True
    elif language == "fr" and _thing_article(text, start) and _after_article(text, start, end, folded, language):
        return True  # "le Paris-Brest", "du Smecta", "la Captur", "un Calvados": French towns take no article
    lists = gazetteer()
    common = lists.common.get(language, frozenset())
    # two words at least: one everyday word alone is as often a surname ("Smith", "Baker", "Rossi")
    return len(folded) > 1 and all(
        len(f) > 1 and f in common and lists.popularity.get(f, 0) < _NAME_POPULARITY for f in folded
    )


def _trade_name(text: str, start: int, end: int, language: str) -> bool:
    """True when the span's run of capitalised words (`_capitalised_run`) opens with a trade or offer
    noun (`_TRADES`: fr, en, de, it, es, pt) and goes on past it: a shop or an offer named on a town,
    a district, a saint or a feast ("Le Pressing Nantes Gare", "chez Cave Bordeaux Chartrons", "la Boulangerie Marseille
    Vieux-Port", "le Menu Saint-Valentin"). A lower-case "de la" or a comma ends a run, so "Julie
    Martin de la Pharmacie" and "Pharmacie Centrale, Julie Martin" keep their name; so does a shop
    named after a person, a popular listed first name and another word after the trade noun ("Friseur
    Petra Klein", "Bäckerei Anna Weber"): fail closed, it is a person's full name. A saint's word there
    is no first name ("Farmacia San Antonio", "Padaria Santa Luzia").

    Shops named after one first name open with their trade too (2026-12-05, `bench.nopii_tune5`):
    "Salon Sophie", "Bistro Emil", "L'Atelier Margot", "Le Petit Jules", "Chez Louis", "Die
    Konditorei Lotte" (a German or French article opening the run is skipped in every language), and
    a capitalised trade noun may be joined to the name by a lower-case link (`_SHOP_LINKS`:
    "Trattoria da Enzo", "Pizzeria bei Mario"). The link words are skipped before the full-name
    test, so "Pizzeria da Enzo Rossi" keeps its name. A French "Chez" opening a sentence ("Chez
    Marie, rien n'est arrivé") is where someone lives as often: it is left alone."""
    trades = _TRADES.get(language)
    if trades is None:
        return False
    run_start, _ = _capitalised_run(text, start, end)
    link = _SHOP_LINK.search(text, max(0, run_start - 40), run_start)
    trade = _ELISION.split(link.group(1).casefold())[-1] if link is not None else ""  # "L'Osteria da Gigi"
    if link is not None and link.group(1)[:1].isupper() and trade in trades:
        run_start = link.start(1)  # "Trattoria da Enzo", "Pizzeria bei Mario": the trade, a link, a name
    words = [t.strip(POST_FILTER_EDGE).casefold() for t in text[run_start:end].split()]
    articles = _ARTICLES.get(language, _TRADE_ARTICLES if language in ("it", "es", "pt") else frozenset())
    stops = gazetteer().stop_words.get(language, frozenset())
    while words and words[0] not in trades and (words[0] in articles or words[0] in _RUN_ARTICLES or words[0] in stops):
        words.pop(0)  # "Is Trattoria da Enzo …": a sentence's first word before the run
    if words and _ELISION.split(words[0], 1)[0] in ("l", "d") and len(words[0]) > 2:
        words[0] = _ELISION.split(words[0], 1)[1]  # "L'Atelier Margot"
    if words and words[0] not in trades and words[0][-1:] in ("s", "x") and words[0][:-1] in trades:
        words[0] = words[0][:-1]  # "chez Caves Saint-Vincent", "Cafés Richard": the trade in the plural
    if not words or words[0] not in trades:
        return False
    if language == "fr" and words[0] == "chez" and opens_sentence(text, run_start, LINE):
        return False  # "Chez Marie, le colis n'est pas arrivé": at someone's home
    named = [word for word in words[1:] if word not in _SHOP_LINKS]
    saint = bool(named) and named[0].split("'")[0].split("’")[0] in w.SAINTS  # "Farmacia San Antonio"
    if len(named) > 1 and not saint and _first_name(named[0], gazetteer().popularity, _NAME_POPULARITY):
        return False  # "Friseur Petra Klein", "Bäckerei Anna Weber": a shop named after a person keeps the name
    return bool(named)


def _trade_head(text: str, start: int, end: int, language: str) -> bool:
    """True when the span is only the trade noun that opens a shop's longer capitalised name, the
    model having read the noun alone ("chez Droguerie Lille Wazemmes", "chez Pâtisserie Chez Yvonne",
    "Bistrot Chez Marcel" with "Droguerie", "Pâtisserie", "Bistrot" its span): the whole run is judged
    as `_trade_name` judges it, so a shop named after a person's full name ("Boulangerie Anna Weber")
    is left alone. Dropping the span uncovers the trade noun only, never the words after it; the
    adjectives that open shops' names ("Petit", a surname too) are not read alone."""
    if " " in text[start:end].strip() or language not in _TRADES:
        return False
    folded = _ELISION.split(text[start:end].strip(POST_FILTER_EDGE).casefold())[-1]
    singular = folded[:-1] if folded[-1:] in ("s", "x") else folded
    if {folded, singular}.isdisjoint(_TRADES[language]) or {folded, singular} & _TRADE_ADJECTIVES:
        return False
    run_end = _capitalised_run(text, start, end)[1]
    return run_end > end and _trade_name(text, start, run_end, language)


def _cue_inside_trade_name(text: str, span: Span, language: str) -> bool:
    """True when a cue recognizer's name stands inside a shop's capitalised name, after the trade
    noun that opens it: the cue it read is a word of the shop's name ("Trattoria Da Nino", "Cantina
    Dona Rosa": an Italian "da" of someone's place, a Portuguese "Dona" before an older woman), so
    the shop is named, as `_trade_name` reads the first-name list's spans. A name that opens its own
    run keeps its cue ("Dona Rosa, da Cantina": a comma ends the shop's name)."""
    run_start, _ = _capitalised_run(text, span.start, span.end)
    return run_start < span.start and _trade_name(text, span.start, span.end, language)


def _after_article(text: str, start: int, end: int, folded: list[str], language: str) -> bool:
    """True when an article or demonstrative of `language` stands right before the span (in English
    before its whole capitalised run for "the": "the Diadora Clio"), unless it is part of a listed place's name
    ("le Havre", "au Mans", "la Rochelle", "The Hague")."""
    articles = _ARTICLES.get(language, frozenset())
    before = _LEFT_WORD.search(text, max(0, start - 40), start)
    if language == "en" and (before is None or before.group(1).casefold() not in articles):
        first = _capitalised_run(text, start, end)[0]  # "a Sarah Jones rang": only "the" reaches over the run
        before = _LEFT_WORD.search(text, max(0, first - 40), first) if first < start else None
        articles = frozenset({"the"})
    if before is None or before.group(1).casefold() not in articles:
        return False
    article = _PLACE_ARTICLE.get(before.group(1).casefold(), before.group(1).casefold())
    return " ".join((article, *folded)) not in places().words_in


# French determiners that count or own what follows: a town is never "un", "deux" or "votre" anything
_FR_COUNTING = frozenset(
    {"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze", "quelques",
     "plusieurs"}
)  # fmt: skip
_FR_OWNING = frozenset({"mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
                        "leur", "leurs"})  # fmt: skip
# The determiner, then at most one lower-case word (an adjective: "des vraies Louboutin", "un bon Chinon")
_FR_DETERMINER_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{L}+)[ \t\u00a0]+(?:(\p{Ll}+)[ \t\u00a0]+)?$")


# "avec" and a partitive article, then the span, or the next items of that list ("avec du Munster, du
# Brocciu et un Comté"): "avec" never takes "de", so "du" after it is "some", said of goods, never "de le"
# before a town ("je viens du Mans", "près du Havre"); a country after "du" follows a verb or a noun
_FR_PARTITIVE_WITH = regex.compile(
    r"(?<![\p{L}'’])avec[ \t\u00a0]+(?:du|de[ \t\u00a0]+la|des)[ \t\u00a0]+"
    r"(?:\p{L}[\p{L}'’-]*(?:[ \t\u00a0]+\d+[ \t\u00a0]+mois)?[ \t\u00a0]*(?:,|[ \t\u00a0]et)[ \t\u00a0]+"
    r"(?:du|de[ \t\u00a0]+la|des|un|une)[ \t\u00a0]+)*$",
    regex.IGNORECASE,
)


def _counted_thing(text: str, start: int, folded: str, words: Sequence[str] = ()) -> bool:
    """True when a French determiner that counts or owns stands right before a LOCATION span: "un
    Bordeaux Supérieur", "deux Crémant d'Alsace", "votre Berlingo", "des vraies Louboutin". French
    names a town or a region with no article, or with the definite one it is listed with ("Le Havre",
    "la Bretagne"); an indefinite article, a number word or a possessive before it makes the word a
    wine, a car, a shoe, a dish. Fail closed where a place may still be meant: a listed place
    (`place_recognizer`'s towns, `recognizers.regions`) counts only right after "un", "une" or a
    number word, never after a possessive ("dans ma Normandie natale") or "des", which is also "de
    les" ("des Alpes", "des Landes"); an adjective between the determiner and the span is allowed for
    an unlisted word only; digits are not read (a postcode or a house number stands before towns). The
    model's span may hold the determiner ("Votre Berlingo" at a sentence's start): the rest is judged as after one."""
    if len(words) > 1 and words[0] in _FR_COUNTING | _FR_OWNING:
        return words[0] in _FR_COUNTING or not _listed_place(" ".join(words[1:]))
    match = _FR_DETERMINER_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    word, adjective = match.group(1).casefold(), match.group(2)
    if adjective is not None and adjective.casefold() in _FR_COUNTING | _FR_OWNING | {"des"}:
        word, adjective = adjective.casefold(), None  # "et deux Crémant": the determiner is the last word
    if adjective is not None and adjective in gazetteer().stop_words.get("fr", frozenset()):
        return False  # "une fois à Lyon" is no adjective: "à" ends the determiner's reach
    if _listed_place(folded):
        return adjective is None and word in _FR_COUNTING
    return word in _FR_COUNTING or word in _FR_OWNING or (word == "des" and adjective is not None)


def _owned_thing(text: str, start: int, words: Sequence[str]) -> bool:
    """True when a French possessive opens the PERSON span or stands right before it ("Ma Twingo",
    "de ma Twingo", "Ma Opel Adam") and the word after it is no listed first name of any popularity,
    either half of a hyphenated one included: French puts a possessive before a person's first name
    ("ma Julie", "mon Léo"), never before a surname alone, so what follows is a car, a device, a
    thing one owns. Fail closed: a first name the lists know, however rare, stays a name ("Ma
    Stella", "Ma Clio"), and so does a span whose possessive stands across punctuation."""
    if len(words) > 1 and words[0] in _FR_OWNING:
        after = words[1]
    else:
        before = _LEFT_WORD.search(text, max(0, start - 12), start)
        if before is None or before.group(1).casefold() not in _FR_OWNING or not words:
            return False
        after = words[0]
    return bool(after) and not _name_part(after, gazetteer().popularity)


def _listed_place(folded: str) -> bool:
    """True for a town of `place_recognizer`'s list or a region of `recognizers.regions` ("Normandie")."""
    return folded in places().words_in or folded in regions()


def _determined_noun(text: str, start: int, language: str) -> bool:
    """True when a French article, demonstrative or possessive stands right before the word at `start`.

    A few goods nouns are spelt like a French stop word, mostly a verb form ("tente": tries), and the
    stop-word guard of `_shop_talk` skipped them, so "la tente Coleman" kept its maker as a person.
    After a determiner such a word is the noun ("la tente", "une tente", "ma tente"); "plus" and
    "pendant" stay out ("le plus" is the superlative, "pendant" a preposition), never goods here.
    """
    if language != "fr":
        return False
    word = text[start:].split(None, 1)[0].casefold() if text[start:].strip() else ""
    if word in _DETERMINED_NOT_NOUNS:
        return False
    return _FR_DETERMINER_RIGHT_BEFORE.search(text, max(0, start - 12), start) is not None


def _maker_after_noun(text: str, start: int) -> bool:
    """True when a French noun of gear, paint, tools or stationery stands right before `start`, in lower
    case (`name_words.FR_MAKER_NOUNS`: "un ampli Fender", "la peinture Tollens", "le taille-haie
    Hoover"): French puts a person after such a noun only with "de" ("l'ampli de Julien")."""
    before = _LEFT_HYPHENED.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) in w.FR_MAKER_NOUNS


def _thing_article(text: str, start: int) -> bool:
    """True when a French article stands right before `start` and nothing before it puts a place there.

    French names towns without an article (those that hold one, "Le Havre", "La Rochelle", are
    listed with it: `_after_article`), so a `LOCATION` right after "le", "la", "les", "un", "une",
    "du", "des" or a demonstrative is a dish, a medicine, a car or a wine ("le Paris-Brest", "la
    Biafine", "la Captur", "du Chablis") in any message, not only in talk about goods. Not after a
    preposition or verb that puts a place after the article ("à la Croix-Rousse", "dans le Marais",
    "je viens du Marais", "près de la Défense"), and not "au", "aux" or "l'", which are "à le" or
    stand before places as often ("au Marais", "l'Isère"): those still need a message about goods.
    After a noun of delivery the article's noun is the goods delivered ("la livraison du MacBook Air";
    a listed town keeps its article, "la livraison du Havre": `_after_article`)."""
    before = _FR_ARTICLE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    if before.group(2).casefold() not in _FR_THING_ARTICLES:
        return False
    if before.group(2).casefold() == "la" and text[start:].casefold().startswith(("saint-", "sainte-")):
        return True  # "pour la Saint-Valentin", "à la Sainte-Catherine": a feast day (la fête de …)
    previous = (before.group(1) or "").casefold()
    if previous in _FR_DELIVERY_NOUNS:
        return True  # "la livraison du MacBook Air": the goods delivered
    return not (previous in _FR_PLACE_BEFORE or previous.startswith(_FR_MOTION))


def _everyday_alone(text: str, span: Span, language: str, names: Sequence[Span]) -> bool:
    """True for a one-word French span the model alone proposes that is an everyday word said as a
    word: an interjection or a label at a sentence's or a clause's start with punctuation right after
    it ("Nickel, le colis est arrivé", "Coucou, vous avez …", "Bien reçu, Parfait, à bientôt",
    "Génial !"), or before one lower-case word and a colon at a sentence's start, a label ("Petite
    question : …"; not before a verb of saying: "Fontaine écrit : …"). Not after "en", where the
    model's everyday words are as often regions the customer is in ("je suis en Normandie") as states
    ("le colis est en Instance").
    The word must be in the language's everyday words (`common_words.tsv`), no listed first name given
    more than rarely (`_RUN_POPULARITY`), no listed place, and no name rule's span over it (a sign-off
    "Cordialement, Fontaine" keeps its surname). Elsewhere, and as a message's last word ("À demain,
    Marchand."), one everyday word stays, being as often a surname."""
    if language != "fr" or span.entity not in ("PERSON", "LOCATION") or _overlaps(span, names):
        return False
    value = text[span.start : span.end]
    if " " in value.strip():
        return False
    folded = value.strip(POST_FILTER_EDGE).casefold()
    lists = gazetteer()
    interjection = folded in w.INTERJECTIONS.get(language, frozenset())  # "Salam, vous livrez ?"
    if not interjection and (
        folded not in lists.common.get(language, frozenset()) or _first_name(folded, lists.popularity, _RUN_POPULARITY)
    ):
        return False  # a first name given rarely (popularity 1) is as often the word: "Nickel", "Parfait"
    if folded in places().words_in:
        return False
    before = text[: span.start].rstrip(" \t\u00a0")
    label = _LABEL_AFTER.match(text, span.end)
    if label is not None and label.group(1).casefold() not in _SAYING and (not before or before[-1] in ".!?\n"):
        return True  # "Petite question : …", "Dernière chose : …": a two-word label before a colon
    opening = not before or before[-1] in ".!?\n"
    if opening and (_EMOJI_AFTER.match(text, span.end) or (interjection and _LINE_END_AFTER.match(text, span.end))):
        return True  # "Coucou 👋 c'est arrivé ?", "Bises\nMerci": an emoji or the line's end closes the word
    after = _PUNCT_AFTER.match(text, span.end)
    if after is None:
        return False
    if opening:
        return True  # "Nickel, le colis …", "Génial !"
    return before[-1] == "," and after.group().strip() == ","  # "Bien reçu, Parfait, à bientôt"


def _wish(text: str, span: Span, language: str, names: Sequence[Span]) -> bool:
    """True for a one-word French span the model alone proposes on the noun of a wish written in
    capitals ("Bonne Journée à vous aussi", "Bonne Année", "Belle Soirée"): the word before is a wish's
    adjective (`name_words.WISHES`) and the span is an everyday word (`common_words.tsv`) and no first
    name given more than rarely (`_RUN_POPULARITY`: "Belle Rose" keeps "Rose"), under no name rule's span."""
    if language != "fr" or span.entity not in ("PERSON", "LOCATION") or _overlaps(span, names):
        return False
    value = text[span.start : span.end].strip()
    if " " in value:
        return False
    before = _WORD_BEFORE.search(text, 0, span.start)
    if before is None or before.group(1).casefold() not in w.WISHES:
        return False
    folded = value.strip(POST_FILTER_EDGE).casefold()
    lists = gazetteer()
    return folded in lists.common.get(language, frozenset()) and not _first_name(
        folded, lists.popularity, _RUN_POPULARITY
    )


def _name_part(folded: str, popularity: dict[str, int]) -> bool:
    """True for a word that can hold a person's name together: a listed first name (with or without
    accents, either half of "jean-pierre"), a particle ("van", "de") or an initial ("j.")."""
    if len(folded.rstrip(".")) <= 1 or folded in w.PARTICLES:
        return True
    bare = lower_pairs.bare(folded)
    return any(popularity.get(part, 0) > 0 for word in (folded, bare) for part in (word, *word.split("-")))


def _first_name(folded: str, popularity: dict[str, int], least: int) -> bool:
    """True for a listed first name of popularity `least` or more, with or without accents, or
    either half of "jean-pierre"."""
    bare = lower_pairs.bare(folded)
    return any(popularity.get(part, 0) >= least for word in (folded, bare) for part in (word, *word.split("-")))


def _extends_name(text: str, a: Span, b: Span) -> bool:
    """True when the words one of two overlapping spans has beyond the other are all name words
    (`_name_part`: listed first names, particles, initials): "Mari" of "Mari Carmen Moreno"."""
    popularity = gazetteer().popularity
    extra = text[min(a.start, b.start) : max(a.start, b.start)] + " " + text[min(a.end, b.end) : max(a.end, b.end)]
    words = [t.strip(POST_FILTER_EDGE).casefold() for t in extra.split()]
    return all(_name_part(word, popularity) for word in words if word)


def _thing_context(text: str, start: int, end: int) -> bool:
    """True when the words around a span name a product or a means of payment, not a person or place.

    - right after "paid with", "payé avec", "pagato con", "bezahlt mit" (`_PAID_WITH`): "I paid with
      Monzo", "J'ai payé avec Lydia";
    - right after a lower-case "new"/"nouveau"/"nuovo"/"neue" (`_NEW`): "the new Pixel Fold";
    - right before "in stock", "back in stock", "out of stock", "on sale", "on offer"
      (`name_words.STOCK_AFTER`): "Is Geox Clio back in stock?"; people are not stocked;
    - right before a model number or a size (`_MODEL_CODE`): "Moulinex Fastmix 600 W", "Kenwood Chef
      XL", "Galaxy S24"; never before a phone number ("Marco Rossi 347 1234567": more digits follow),
      a long digit run ("Anna Bianchi 3471234567") or a number with a word after it ("Anna Rossi 12
      May", "Marco 3 pezzi": a bare number counts only before a unit of one or two letters or the end);
    - a word spelt with a capital after a lower-case letter (`_INNER_CAPITAL`): "iPhone", "AirPods",
      "FlixBus"; not after a surname prefix ("McDonald", "DiCaprio", "LeBlanc", "VanDyke").
    The caller asks only for spans that are not a listed place ("Dublin 2", "London SW1A 1AA").
    """
    if _PAID_WITH.search(text[max(0, start - 40) : start]):
        return True
    before = _LEFT_WORD.search(text, max(0, start - 40), start)
    if before is not None and before.group(1) in _NEW:
        return True
    if _MODEL_CODE.match(text, end) or w.STOCK_AFTER.match(text, end):
        return True
    return any(_INNER_CAPITAL.match(word.strip(POST_FILTER_EDGE)) for word in text[start:end].split())


def _word_at(text: str, start: int) -> str:
    """The text from `start` to the next whitespace (the whole word, not cut at a span end)."""
    match = _WORD.match(text, start)
    return match.group() if match else ""


def ner_needed(text: str, language: str) -> bool:
    """False when no NER span of `text` could survive `trim_ner`, so NER can be skipped.

    A kept span starts with an upper-case letter whose word (up to the next
    whitespace) is not noise; this checks every upper-case letter of the text
    for that, so skipping the model never changes the result.
    """
    return any(not _noise(_word_at(text, m.start()), language) for m in _UPPER.finditer(text))


def ner_wanted(text: str, language: str, found: Sequence[Span], function_words: bool = False) -> bool:
    """False when no NER span of `text` could survive `settle` beside the rule spans `found`.

    A kept NER span starts at an upper-case letter whose word is not noise (`ner_needed`), and
    `settle` drops every NER span that overlaps a structured (non-NER, non-grey) span. So when
    each such letter lies inside one of `found` ("Via Roma 12" read as an address, "Jane" read by
    the first-name list, "IBAN IT60 X054 …"), the model's answer cannot change the result.

    With `function_words` (what the analyzer uses) a capitalised stop word the first-name list
    holds as no name, or as a word too (`_function_word`: "It", "Mon", "C'est", "Ci", "Es"),
    does not call the model either: no longer exact, but on the tune sets (bench.names_tune*,
    bench.ner_tune, bench.nopii_tune) it changed one message of ~11 000, a French "Combien" the
    model had called a person, and halved the texts sent to the model on bench.corpus.
    """
    covered = [(s.start, s.end) for s in found if not s.grey]
    for m in _UPPER.finditer(text):
        at = m.start()
        if any(start <= at < end for start, end in covered):
            continue
        word = _word_at(text, at)
        if not _noise(word, language) and not (function_words and _function_word(word, language)):
            return True
    return False


def _stop_word_alone(text: str, span: Span, language: str) -> bool:
    """True for a one-word model span that is a function word (`_function_word`: a stop word the
    first-name list holds as no name or as a word too): "Combien coûte la livraison ?", "Ouvert mardi
    jusqu'à 16h". `ner_wanted` already skips the model for a text whose only capitalised words are
    such; this drops the same word's span where other capitalised words called the model."""
    value = text[span.start : span.end].strip(POST_FILTER_EDGE)
    return bool(value) and " " not in value and _function_word(value, language)


def _function_word(word: str, language: str) -> bool:
    """A capitalised stop word of the language or of English ("It", "Mon", "Ci", "Es"), every part
    of it if elided or contracted ("C'est", "I'm": a one-letter part is an elided article or
    pronoun), that the first-name list holds as no name or also as a word of those languages:
    the model's span from it is no name."""
    lists = gazetteer()
    own = lists.stop_words.get(language, frozenset())
    english = lists.stop_words.get("en", frozenset())
    parts = [p for p in _ELISION.split(word.strip(POST_FILTER_EDGE).casefold()) if p]
    return any(len(p) > 1 for p in parts) and all(
        len(p) == 1
        or (
            (p in own or p in english)
            and (lists.popularity.get(p, 0) == 0 or bool(lists.words_in.get(p, frozenset()) & {language, "en"}))
        )
        for p in parts
    )


def trim_ner(text: str, span: Span, language: str, all_places: bool = False) -> Span | None:
    """`span` without noise words at its edges, or None if nothing name-like remains (`all_places`:
    `_shop_talk`).

    The first word is judged as the whole word of the text it starts ("Size42"
    even if the span stops at "Size"), which `ner_needed` relies on.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, span.start, span.end)]
    while words and _noise(_word_at(text, words[0][0]), language):
        words.pop(0)
    while words and _noise(text[words[-1][0] : words[-1][1]], language):
        words.pop()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    if _colour_after_cue(text, start, end):
        return None
    value = text[start:end].rstrip(POST_FILTER_EDGE)
    if value and _shop_talk(text, start, start + len(value), language, span.entity, all_places):
        return None
    if not value or not _UPPER.match(value) or _CURRENCY.search(value):
        return None
    end = start + len(value)
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.entity, start, end, span.score, span.recognizer, span.grey)


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _shop_context(text: str) -> bool:
    """True when the message talks about goods: a shop word (`_SHOP_WORDS`) or a product word or noun
    of the first-name rules' lists (`name_words.PRODUCT_WORDS`, `PRODUCT_NOUNS`)."""
    return not _GOODS_TALK_WORDS.isdisjoint(m.group().casefold() for m in _LETTERS.finditer(text))


def _unsupported(text: str, span: Span, language: str, names: Sequence[Span]) -> bool:
    """True for a one-word PERSON or LOCATION span the NER model alone proposes with no sign of either.

    The small models tag single brand, shop and payment names as people or places ("Klarna", "Lidl",
    "Calzedonia", "plutôt Puma", "le Yaris"), and mix people and places up as often. Both are
    tokenised, so either kind of evidence keeps a span, whatever its entity:
    - a name rule's span over it (a cue, an honorific, a self-introduction, a sign-off, the profile
      name: `names`);
    - a listed first name, any popularity, with or without accents, or half of "Jean-Pierre"
      (`_name_part`), or an honorific right before it ("Mr Pemberton", "Mme Kerjean");
    - a listed place (`recognizers.place_recognizer`'s GeoNames list) that is not a word of the
      message's language ("Porto" is port wine in French);
    - a place preposition of motion or position right before it (`_TO_PLACE`: "in", "to", "from",
      "near", "à", "vers", "depuis"; not "at", "de", "en" or "chez", which name shops, makers and
      colours as often);
    - a place's shape: a saint's prefix ("Sainte-Maxime", "St-Malo") or a hyphenated compound with
      a particle ("Bourg-sur-Gironde").
    A span of two words or more is left to `_shop_talk` (`_named_run` in French): "Clervie Blanchard"
    has no listed first name, and a surname after an unlisted first name is often an everyday word.
    """
    words = text[span.start : span.end].split()
    if span.entity not in ("PERSON", "LOCATION") or _overlaps(span, names):
        return False
    if len(words) != 1:
        return language in _RUNS_CORROBORATED and not _named_run(text, span, words, language)
    folded = words[0].strip(POST_FILTER_EDGE).casefold()
    left = text[max(0, span.start - 20) : span.start].casefold().split()
    if _name_part(folded, gazetteer().popularity) or (left and left[-1] in w.HONORIFICS):
        return False
    listed = places().words_in.get(folded)
    if (listed is not None and language not in listed) or (
        left and (left[-1] in _TO_PLACE or " ".join(left[-2:]) in _TO_PLACE)
    ):
        return False
    parts = folded.split("-")
    return not (len(parts) > 1 and (parts[0] in w.SAINTS or any(p in _COMPOUND_PARTICLES for p in parts[1:-1])))


def _our_lady_of(text: str, span: Span) -> bool:
    """True for a PERSON or LOCATION span right after "Our Lady of" or "the Virgin of" ("Nossa Senhora
    do Carmo", "Nuestra Señora del Rosario", "la Virgen del Carmen"): a title of the Virgin, a feast
    or a church, no customer, and no town either when cut there. A town is named so too ("Nossa
    Senhora do Socorro"), so a clause that says the customer lives there, collects there or has it
    sent there keeps it (`_customer_clause`)."""
    if span.entity not in ("PERSON", "LOCATION") or span.grey:
        return False
    return _LADY_OF.search(text[max(0, span.start - 40) : span.start]) is not None and not _customer_clause(text, span)


def _customer_clause(text: str, span: Span) -> bool:
    """True when the span's clause says a place is the customer's: living, collecting or sending there
    (`name_words.CUSTOMER_PLACE_CUE`, `_SENDING`)."""
    value = text[span.start : span.end]
    clause = _CLAUSE_MARK.split(text[: span.start])[-1] + value + _CLAUSE_MARK.split(text[span.end :])[0]
    return bool(w.CUSTOMER_PLACE_CUE.search(clause) or _SENDING.search(clause))


def _feast_day(text: str, span: Span, language: str) -> bool:
    """True for a PERSON or LOCATION span that is a feast day: shops open, close and deliver on them.

    A saint's name is as often a town ("San Juan", "São João del-Rei", "Saint-Jean-de-Luz") and kept
    so, but not after the words for a day or a feast ("giorno di Santo Stefano", "día de San Juan",
    "festa de São João"), nor, hyphenated, after a French "la" ("la Saint-Jean", "la Sainte-Catherine"),
    nor after a word of time ("antes do São João", "prima di Santo Stefano": `_FEAST_TIME_BEFORE`), nor
    as an English "St George's Day"; German "Mariä …" (the Virgin's feasts) anywhere; nor a feast
    goods or a table are for ("para San Juan", "zu Sankt Martin": `feast_for`).
    A feast's own name (`name_words.FEASTS`: "l'Épiphanie", "la Toussaint") counts after an article,
    or before a capitalised "Day" ("before Valentine's Day"); an English feast no one and no town is
    called by alone (`name_words.EN_FEASTS`: "Easter", "Diwali") counts anywhere. A PERSON span that
    opens with the Italian elided "Sant'" ("per Sant'Efisio") is a saint, never a customer.
    """
    if span.entity not in ("PERSON", "LOCATION"):
        return False
    value = text[span.start : span.end].strip(POST_FILTER_EDGE)
    if span.entity == "PERSON" and _ELIDED_SAINT.match(value):
        return True  # "per Sant'Efisio", "mi serve per Sant'Ambrogio": the saint's day, no one (a town stays LOCATION)
    head = _FEAST_HEAD_CUT.split(value, maxsplit=1)[0].casefold()
    before = text[max(0, span.start - 24) : span.start]
    if head in w.SAINTS and (cue := _FEAST_BEFORE.search(before)) is not None:
        return not cue.group().strip().casefold() == "la" or _SAINTE_HEAD.match(value) is not None
    if head in w.SAINTS and (_FEAST_TIME_BEFORE.search(before) or _saints_day(text, span, value)):
        return True
    if head in _FEAST_ONLY_HEADS:
        return True  # "an Mariä Himmelfahrt": the Virgin's German feasts, never a town or a person
    if head in w.SAINTS and feast_for(text, span.start, span.end, language):
        return True  # "Quiero el turrón para San Juan", "zu Sankt Martin": the date goods are for
    if value.casefold() in w.DATED_FEASTS:
        return _dated_feast(value.casefold(), before)
    if value.casefold() in w.EN_FEASTS:
        return True  # "open on Easter?", "before Easter": no town or person is called so alone
    if " " in value or value.casefold() not in w.FEASTS:
        return False
    if _italian_to(before, value, language):
        return False  # "Ho dato lo scontrino a Assunta": Italian "a" is "to", the feast takes "all'"
    return _FEAST_ARTICLE.search(before) is not None or _FEAST_DAY_AFTER.match(text, span.end) is not None


def _italian_to(before: str, value: str, language: str) -> bool:
    """True when an Italian feast that is also a listed first name ("Assunta", "Immacolata") follows a
    bare "a" or "o": in Italian these are "to" and "or", no article; the feast is "all'Assunta",
    "l'Immacolata", "per l'Assunta". Portuguese "a" and "o" are articles ("a Assunção")."""
    if language != "it" or gazetteer().popularity.get(value.casefold(), 0) <= 0:
        return False
    return _BARE_TO.search(before) is not None


def _dated_feast(folded: str, before: str) -> bool:
    """True for a feast no town is named after (`name_words.DATED_FEASTS`: "Silvester", "la Mercè",
    "Nochevieja") after a word that dates something by it: "nach Silvester abholen", "antes de la
    Mercè", "bis Silvester", "para Nochevieja". One that is also a listed first name the name rules
    read ("Mercè"; "Silvester" is refused as a name everywhere, `name_words.NOT_NAMES`) only after a
    word that can only date ("antes de la Mercè", not "para la Mercè": a present for her), and so is
    one that is a census surname ("vor Martini", not "Paket an Martini")."""
    if folded not in w.NOT_NAMES and (
        gazetteer().popularity.get(folded, 0) > 0 or surname(folded) or folded in w.FEAST_SURNAMES
    ):
        return _FEAST_TIME_BEFORE.search(before) is not None or _FEAST_STRICT_WHEN.search(before) is not None
    if _ASK_FOR_BEFORE.search(before):
        return False  # "fragt nach Silvester": a person asked for
    return (
        _FEAST_TIME_BEFORE.search(before) is not None
        or _FEAST_STRICT_WHEN.search(before) is not None
        or _FEAST_WHEN.search(before) is not None
    )


def _saints_day(text: str, span: Span, value: str) -> bool:
    """True for an English saint's possessive with "Day" in or right after the span ("St George's
    Day", "St David's" + " Day"): the feast. "St John's" alone is as often a town or a college."""
    if _SAINTS_DAY.match(value) is None:
        return False
    return value.casefold().endswith("day") or _DAY_AFTER.match(text, span.end) is not None


def _named_run(text: str, span: Span, words: Sequence[str], language: str) -> bool:
    """True when a span of several words the model alone proposes (French, in shop talk) may stand.

    spaCy's French model reads runs of capitalised product, brand and shop words as people or
    places ("Echo Dot de Bosch", "Xiaomi Nintendo Switch", "chez El Corte Inglés", "Venus Razor").
    A run stands on a sign of a name or a place:
    - a listed first name of popularity 2 or more (`_RUN_POPULARITY`; rarer listed names are
      product lines as often: "Clio", "Polo", "Venus"), with or without accents, or half of one;
    - the whole span a listed place, or an honorific or a place preposition right before it;
    and, with none of those, when nothing in it reads as goods either: no lower-case link ("Polo de
    Benetton") and no everyday word of another language (`common_words.tsv`: "Razor", "Switch",
    "Golf", "Corte"). Words everyday in French alone stay, many surnames are ("Dupont", "Moreau"),
    and so do unknown words ("Clervie Blanchard"). Lost: a rare first name with a surname that is
    an everyday word elsewhere ("Kylian Brooks a payé"); the rules still read cues, honorifics,
    self-introductions and sign-offs around it.
    """
    lists = gazetteer()
    bare = [t.strip(POST_FILTER_EDGE) for t in words]
    folded = [b.casefold() for b in bare if b]
    if any(_first_name(f, lists.popularity, _RUN_POPULARITY) for f in folded):
        return True
    if " ".join(folded) in places().words_in:
        return True
    left = text[max(0, span.start - 20) : span.start].casefold().split()
    if left and (left[-1] in w.HONORIFICS or left[-1] in _TO_PLACE or " ".join(left[-2:]) in _TO_PLACE):
        return True
    # no sign either way: a lower-case link ("Polo de Benetton") or an everyday word of another language
    # ("Venus Razor", "El Corte Inglés", "Nintendo Switch", "Superga Golf") reads as goods; unknown words
    # ("Clervie Blanchard") and words everyday in French alone, which many surnames are ("Dupont"), stay
    foreign = [c for lang, c in lists.common.items() if lang != language]
    return not any(b[:1].islower() or any(b.casefold() in c for c in foreign) for b in bare if b)


def _vosotros_opened(text: str, span: Span, language: str) -> bool:
    """A Spanish model PERSON span opened by a "vosotros" present verb (`word_names.vosotros_verb`)."""
    first = text[span.start : span.end].split()
    return (
        span.entity == "PERSON"
        and bool(first)
        and word_names.vosotros_verb(language, first[0].strip(POST_FILTER_EDGE).casefold())
    )


def _capitalised_run(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`, `end` widened over the capitalised words right before and after them."""
    while (before := _CAP_BEFORE.search(text, max(0, start - 40), start)) is not None:
        start = before.start()
    while (after := _CAP_AFTER.match(text, end)) is not None:
        end = after.end()
    return start, end


def corroborated(text: str, span: Span, language: str, *, trusted: bool = False) -> Span | None:
    """The span of one of Veil's own NER pipelines (`veil_ner_*`) that may stand, or None.

    Those pipelines, trained on generated chat (scripts/train_ner.py), tag brands, shops and
    product lines as readily as people ("Tchibo", "Diadora Clio"): measured on
    `bench.ner_tune`'s commerce messages, unfiltered they changed one in seven. What they
    find that the name rules miss is mostly a listed first name in a place the rules do not
    read (after a verb, in a list, on a signature line, in capitals), with the surname
    beside it. So the span is first cut before lower-case words it runs on into
    (`ner_context.clause_end`: "Octavia wieder"), and then stands only when:
    - its run of capitalised words (the span widened over its capitalised neighbours) is
      not shop talk (`_shop_talk`: "Zalando Marina" of "Zalando Marina Dress") and nothing
      around it reads as goods (`ner_context.goods_around`: a maker beside it, "Mango
      Octavia", "Clio de Geox"; a product noun before it; stock, size or warranty words after
      it, "wieder lieferbar", "in taglia M"; a model year);
    - its run is no shop's name on a trade noun (`_trade_name`: "Confeitaria Colombo");
    - a PERSON span's run names no feast, title or counted or measured goods, with no title,
      relative or introduction before it (`model_things.names_thing`: "per San Giovanni", "para
      El Rey León", "tre Lavazza Oro", "dos Air Force blancas");
    - it is not a listed place, which the place rules decide (`recognizers.place_recognizer`);
    - a word of it is a listed first name (`given_names.tsv`, any popularity, with or
      without accents), in a PERSON span not right after a saint's title (`model_things.saint_led`:
      "Castel San Giovanni"), that the list does not mark as a word of the language ("Rosa" in
      Italian; popular names such as "Joachim" are frequent words too, so `common_words.tsv`
      is no test here);
    - or, for a PERSON span, a person cue stands right before it (`ner_context.person_cue`: a
      title, a relative, an introduction, "a nome di", a person preposition before two words,
      a sign-off line above), the span is its whole run of capitalised words, and a word of it
      is an everyday word of no language ("Il destinatario è Mishaila Gatta"; not "con Servizio
      Clienti", "mit El Corte Inglés"); in it, es and pt the cue may be a person preposition
      before one word that is no thing (`ner_context.lone_name`: "Ho parlato con Sisa").
    A surname alone, or a first name missing from the list, with no cue, is lost: the price
    of not reading every brand as a person; unless the pipeline is `trusted` (`trusted_persons`).
    """
    end = ctx.clause_end(text, span.start, span.end)
    if end != span.end:
        span = Span(span.entity, span.start, end, span.score, span.recognizer, span.grey)
    start, end = _capitalised_run(text, span.start, span.end)
    if (start, end) != (span.start, span.end) and _shop_talk(text, start, end, language, span.entity):
        return None
    if ctx.goods_around(text, start, end, language):
        return None
    if _trade_name(text, start, end, language):
        return None  # "Confeitaria Colombo", "Panadería La Asunción": a shop's name
    if span.entity == "PERSON" and model_things.names_thing(text, start, end, language):
        return None  # "per San Giovanni", "para El Rey León", "tre Lavazza Oro", "Air Force blancas"
    folded = [t.strip(POST_FILTER_EDGE).casefold() for t in text[span.start : span.end].split()]
    folded = [f for f in folded if f]
    joined = " ".join(folded)
    town = joined in places().words_in
    # a town that is no popular first name ("Sevilla", not "Sofia") greets from there before "aquí"
    town_only = town and gazetteer().popularity.get(joined, 0) < _NAME_POPULARITY
    if span.entity == "PERSON" and subject_said(text, span.start, span.end, language, here=not town_only):
        return span  # "Prudenza dice che …", "Alicia aquí, …": a word-name opening, then a person's verb
    if town:
        return None
    lists = gazetteer()
    # "Castel San Giovanni": the saint's name, no one's; a LOCATION span the place rules may still want
    saints = model_things.saint_led(folded) if span.entity == "PERSON" else set()
    for word in (f for i, f in enumerate(folded) if i not in saints):
        bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        for key in (word, bare):
            if lists.popularity.get(key, 0) > 0 and language not in lists.words_in[key]:
                return span
    cued = ctx.person_cue(text, start, end, lone_word=language in _LONE_NAME_LANGUAGES)
    if span.entity == "PERSON" and (start, end) == (span.start, span.end) and cued:
        everyday = lists.common.values()  # "con El Corte Inglés": a word of no language's everyday list
        if any(f not in w.PARTICLES and not any(f in c for c in everyday) for f in folded):
            return span
    if trusted and span.entity == "PERSON" and trusted_person(text, span.start, span.end, language):
        return span
    return None


def settle(
    text: str,
    spans: list[Span],
    language: str,
    *,
    ner_filter: bool,
    corroborate: bool = False,
    trusted: bool = False,
    all_places: bool = False,
) -> list[Span]:
    """Apply the NER post-filter, then keep disjoint spans (see module doc).

    `corroborate`: the language's NER is one of Veil's own pipelines (`corroborated`); `trusted`:
    one trained on many writers' shapes, whose PERSON spans need no first name or cue.
    `all_places` (`detection.places: all`, `tenants[].places`): no place span is dropped for whom or
    what it is said of (`_business`); the filters of things that are no place still apply."""
    # the model's people, kept or not: a list item it reads as a person is one beside a found name
    proposed = frozenset((s.start, s.end) for s in spans if s.recognizer == NER_RECOGNIZER and s.entity == "PERSON")
    if ner_filter:
        structured = [s for s in spans if s.recognizer != NER_RECOGNIZER]
        names = [s for s in structured if s.entity == "PERSON" and not s.grey]
        model = [s for s in spans if s.recognizer == NER_RECOGNIZER]
        # read only for the model's spans below: most texts have none, and it looks up every word
        shop = bool(model) and _shop_context(text)
        people = proposed | {(s.start, s.end) for s in names}  # a person listed beside one (`shop_people`)
        kept = list(structured)
        readings: list[Span] = []
        # a model span over a line break is judged line by line ("Cave Saint-Vincent\nObjet"); each part
        # keeps its span's recognizer (`by_line`), so the other recognizers' spans have no part to judge
        for span in (part for s in model for part in by_line(text, s, language)):
            trimmed = trim_ner(text, span, language, all_places)
            if trimmed and corroborate:
                given = trimmed.entity == "PERSON" and from_to(text, trimmed.start, trimmed.end, people)
                # "da Lidia a Tesfay": the giver beside the receiver vouches for the model's unlisted name
                trimmed = trimmed if given else corroborated(text, trimmed, language, trusted=trusted)
            if (
                trimmed is not None
                and shop
                and _unsupported(text, trimmed, language, names)
                and not (
                    trusted
                    and language in _LONE_NAME_LANGUAGES
                    and trimmed.entity == "PERSON"
                    and (
                        said_of_person(text, trimmed.start, trimmed.end, people)
                        or from_to(text, trimmed.start, trimmed.end, people)
                    )
                )
            ):
                continue  # the model alone, in shop talk, no sign of a name or a place: a brand, a shop
            if trimmed is not None and _everyday_alone(text, trimmed, language, names):
                continue  # "Nickel, le colis est arrivé", "en Télétravail": a word said as a word
            if trimmed is not None and _vosotros_opened(text, trimmed, language):
                continue  # "¿Tenéis Leffe de barril?", "¿Vendéis Schleich?": a verb to the shop, then a thing
            if trimmed is not None and opening_thing(text, trimmed, language, names):
                continue  # "Prévenez-moi", "Transféré de …", "Verre trempé pour …": a verb or a thing
            if trimmed is not None and _wish(text, trimmed, language, names):
                continue  # "Bonne Journée à vous aussi", "Bonne Année": the wish, no one
            if trimmed is not None and word_name_thing(text, trimmed, language, names):
                continue  # "Pat dry", "Mark as delivered", "Jay Cloth": an English word-name before a thing
            if trimmed is not None and _folded(text, trimmed) in _COMPANIES:
                continue  # "un mail de Colissimo", "Evri left it", "sur Vinted": the carrier or app, no one
            if trimmed is not None and brand_alone(text, trimmed, language):
                continue  # "price match Selfridges?", "chez Intermarché", "je suis Belge": the shop or the word
            # a grey structured span (`GreyZoneSettings`) does not push out a name: both are kept if disjoint
            if trimmed and all(trimmed.end <= s.start or trimmed.start >= s.end for s in structured if not s.grey):
                kept.append(trimmed)
            elif trimmed:
                readings.append(trimmed)  # "Kah Wai Teo" over the first-name list's "Wai Teo"
        spans = widened_by_model(text, kept, readings, language, trusted=trusted and language in _WIDENED_TRUSTED)
    spans = [
        s
        for s in _without_business(text, spans, language, all_places)
        if not (_feast_day(text, s, language) or _our_lady_of(text, s))
    ]
    settled = _with_suffixes(text, _widened(_inside_addresses(merged_addresses(merged_names(text, spans)))))
    return completed(text, joined_surnames(text, settled, language), language, proposed)


_ADDRESS_OR_NAME = frozenset({"ADDRESS", "PERSON", "LOCATION"})


def _inside_addresses(spans: list[Span]) -> list[Span]:
    """`spans` without the PERSON and LOCATION spans that lie wholly inside an accepted ADDRESS span.

    A street is often named after a person ("Rua Dr. Arnaldo, 455", "Praia João Gabriel
    Cavalcanti, 50"), and a name's span may outscore the address's: settled by score alone, the
    name would win and leave the street type, house number and bairro around it in clear. The
    name is covered by the address's token either way. An address that a better span of another kind
    overlaps (a phone number: "Contacto reenviado:\nMiren Arrizabalaga\nMóvil 600 000 418" read as a
    street up to the number) loses to it in `without_overlaps`, and covers nothing."""
    addresses = [
        (s.start, s.end)
        for s in spans
        if s.entity == "ADDRESS"
        and not s.grey
        and not any(
            o.score > s.score and o.entity not in _ADDRESS_OR_NAME and o.start < s.end and s.start < o.end
            for o in spans
        )
    ]
    if not addresses:
        return spans
    return [
        s
        for s in spans
        if s.entity not in ("PERSON", "LOCATION") or not any(a <= s.start and s.end <= b for a, b in addresses)
    ]


def _without_business(text: str, spans: list[Span], language: str, all_places: bool = False) -> list[Span]:
    """`spans` without those that name a business, a warehouse town or a set phrase (`_business`).

    Fail closed: a dropped span that shares a word with a person's name kept in the message stays,
    so "Mario Rossi, Rossi S.r.l." does not give the surname away through the company's name; so does
    a dropped place that a kept place repeats ("Is it cheaper than in Bradford? I live in Bradford":
    the first Bradford in clear would give the customer's town away)."""
    dropped = [s for s in spans if _business(text, s, language, all_places)]
    if not dropped:
        return spans
    kept = [s for s in spans if s not in dropped]
    named = {
        t.strip(POST_FILTER_EDGE).casefold()
        for s in kept
        if s.entity == "PERSON"
        for t in text[s.start : s.end].split()
    }
    kept_places = {_folded(text, s) for s in kept if s.entity == "LOCATION"}
    back = [
        s
        for s in dropped
        if named & {t.strip(POST_FILTER_EDGE).casefold() for t in text[s.start : s.end].split()}
        or (s.entity == "LOCATION" and _folded(text, s) in kept_places)
    ]
    return kept + back


def _folded(text: str, span: Span) -> str:
    """The span's words, case-folded, without edge punctuation."""
    return " ".join(t.strip(POST_FILTER_EDGE).casefold() for t in text[span.start : span.end].split())


def _business(text: str, span: Span, language: str, all_places: bool = False) -> bool:
    """True for a name or place span of any recognizer that names a company with its legal form, a
    seller's warehouse town or a set phrase (`business`), or, for the first-name list, a shop named on
    a town ("Brasserie Grenoble Victor Hugo": `_trade_name`, which the model's spans get in `_shop_talk`)
    or a lower-case finish before a colour ("matt black": `_finish`).

    With `all_places` (`places: all`) the readings of a place by whom or what it is said of are
    skipped: a street or church named without a number (`_named_building`), a street before a shop
    noun (`_street_thing`), and `business.not_personal`'s warehouse towns, clubs and origins on goods
    and the shop's or no one's places (`business.place_said_of_no_one`). What names no place at all
    still goes: a company with its legal form, a set phrase, goods, titles, apps, makers' models."""
    if span.entity not in ("PERSON", "LOCATION") or span.grey:
        return False
    if span.recognizer == GIVEN_NAMES and (_trade_name(text, span.start, span.end, language) or _finish(text, span)):
        return True
    if span.recognizer == CUE_NAMES and _cue_inside_trade_name(text, span, language):
        return True
    if span.recognizer != CUE_NAMES and _named_thing(text, span):
        return True
    if span.recognizer != CUE_NAMES and (
        _shop_phrase(text, span) or _salutation(text, span) or _app_by_name(text, span)
    ):
        return True
    if not all_places and _named_building(text, span, language):
        return True
    if span.recognizer in (NER_RECOGNIZER, GIVEN_NAMES) and _model_after_maker(text, span):
        return True
    if span.recognizer == LISTED_PLACES and _maker_town(text, span):
        return True  # "gomme per Toyota Yaris": a car's maker that is also a town, before its model
    if span.recognizer in (NER_RECOGNIZER, GIVEN_NAMES) and (
        _quoted_title(text, span) or _counted_model(text, span, language) or _listed_goods(text, span, language)
    ):
        return True
    if _goods(text, span, language):
        return True
    if span.recognizer == NER_RECOGNIZER and _stop_word_alone(text, span, language):
        return True  # "Combien coûte …", "Ouvert mardi": a capitalised stop word the model called a name
    if span.recognizer != CUE_NAMES and dish_before(text, span.start):
        return True  # "bacalhau à Brás", "spaghetti alla Norma": the recipe's name, no person or place
    if not (all_places and span.entity == "LOCATION") and designation(text, span.start, span.end):
        return True  # "Wine tasting with Chablis", "con Pecorino Sardo, Montasio e Ragusano": the wine, the cheese
    if feast_wish(text, span.start, span.end):
        return True  # "Joyeux Noël", "Buon Natale", "Frohe Weihnachten": the season's wish
    if named_event(text, span.start, span.end):
        return True  # "avant l'Ascension", "per Pasquetta", "le Tour de France": a feast or an event, a date
    if made_of(text, span.start, span.end, language):
        return True  # "Friggitrice ad Aria", "Veste en Jean", "Moulin à Café": the material or use
    if span.recognizer in (NER_RECOGNIZER, GIVEN_NAMES) and said_as_goods(text, span.start, span.end, language):
        return True  # "Stella in the larger size", "kam zerkratzt an", "livrer Stella": goods, by the clause
    if (
        span.recognizer in (NER_RECOGNIZER, GIVEN_NAMES)
        and span.entity == "PERSON"
        and model_things.apposed_to_goods(text, span.start, span.end, language)
        and not ctx.person_cue(text, span.start, span.end)
    ):
        return True  # "des hortensias Annabelle", "un élastique Domyos": the noun's variety or maker
    if span.recognizer != CUE_NAMES and goods_run(
        text, *_capitalised_run(text, span.start, span.end), span.start, span.end, language
    ):
        return True  # "Velvet Armchair", "Funda Nórdica", "Casque Vélo Urbain": a goods noun ends or heads the run
    if language == "fr" and span.entity == "PERSON" and span.recognizer in (NER_RECOGNIZER, GIVEN_NAMES):
        if fr_masculine_thing(text, span.start, span.end):
            return True  # "retirer le Octavia", "j'attends le Stella": no one takes a masculine article
    if span.recognizer != CUE_NAMES and named_shop(text, span.start, span.end, language):
        return True  # "Blumenhaus Rosalie", "Laden am Münchner Tor", "Ivy Lane Bakery": a shop's name
    if language == "en" and span.recognizer == CUE_NAMES and titled_shop(text, span.start, span.end):
        return True  # "at Mr Fix-It Garage": a shop named with a title
    if language == "en" and span.recognizer != CUE_NAMES and shade(text, span.start, span.end):
        return True  # "in Cherry Red", "in Navy or only Olive Green": a shade
    if span.recognizer != CUE_NAMES and maker_alone(text, span.start, span.end):
        return True  # "il caricatore Huawei", "das Philips Hue", "le site Smeg": the maker
    if not all_places and span.recognizer == NER_RECOGNIZER and span.entity == "PERSON":
        if town_no_one(text, span.start, span.end):
            return True  # "Opening hours for Croydon", "the Harrogate hotel bar": a town, no one
    if language == "en" and chat_talk.no_one(text, span.start, span.end, span.recognizer == LISTED_PLACES):
        return True  # "Hiya Hun", "Brb", "Thanks In Advance", "Tan or Cognac", "Bunny Bedding"
    if language == "en" and span.recognizer != CUE_NAMES and en_no_one.no_one(text, span):
        return True  # "Will Scotch eggs be on?", "Isle of Man", "Chelsea Flower Show", "in stock at Ryman Wigan"
    if language == "fr" and span.recognizer in (NER_RECOGNIZER, GIVEN_NAMES):
        if french_goods.no_one(text, span.start, span.end):
            return True  # "Fleur de sel", "la Blanche de Namur", "Prune ou Cerise ?", "Château Margaux"
    if language == "en" and span.recognizer in (NER_RECOGNIZER, GIVEN_NAMES):
        run = _capitalised_run(text, span.start, span.end)
        place = span.recognizer == NER_RECOGNIZER and span.entity == "LOCATION" and not all_places
        if goods_phrase(text, *run, place=place):
            return True  # "a Messi shirt", "two Tom Collins", "season 3 of Ted Lasso", "the Heathrow hub"
    if not all_places and span.recognizer == NER_RECOGNIZER and _street_thing(text, span):
        return True
    return business.not_personal(text, span, language, all_places)


# The word after a span and, for "box set", the one after that
_NOUN_AFTER = regex.compile(r"[ \t\u00a0]+(\p{L}[\p{L}-]*)(?:[ \t\u00a0]+(\p{L}+))?")


def _street_thing(text: str, span: Span) -> bool:
    """True for a model's place span that is an English street named with no number and followed by a
    shop or product noun (`name_words.STREET_THING_NOUNS`: "the Grafton Street shop", "the Sesame Street
    cups"): the shop's branch or its goods, as the English street recognizer reads the same shape. A
    street before any other word ("the Oak Street house") keeps its span."""
    words = text[span.start : span.end].split()
    if (
        span.entity != "LOCATION"
        or len(words) < 2
        or words[-1].strip(POST_FILTER_EDGE).casefold() not in w.STREET_TYPE_WORDS
    ):
        return False
    after = _NOUN_AFTER.match(text, span.end)
    if after is None:
        return False
    noun = after.group(1).casefold()
    return noun in w.STREET_THING_NOUNS or (noun == "box" and (after.group(2) or "").casefold() == "set")


_GOODS_LANGUAGES = frozenset({"en", "fr", "de"})  # with a stock model or the first-name list only
# Words after a span, in the same clause, that describe goods: a finish or colour it comes in, what it
# fits or works with, its price against another shop's ("Is Stella available in matt black?", "Est-ce
# que Clio existe en noir ?", "Funktioniert Luna mit einem Dimmer?")
_GOODS_AFTER = regex.compile(
    r"[ \t\u00a0]+(?:"
    r"(?:is[ \t\u00a0]+|are[ \t\u00a0]+)?(?:available|sold|made)[ \t\u00a0]+in"
    r"|(?:is[ \t\u00a0]+|are[ \t\u00a0]+)?compatible[ \t\u00a0]+with|comes?[ \t\u00a0]+(?:with|in)"
    r"|(?:is[ \t\u00a0]+)?(?:cheaper|dearer|discontinued)"
    r"|existe[ \t\u00a0]+en|(?:est|sont)[ \t\u00a0]+(?:livrée?s?|vendue?s?)[ \t\u00a0]+avec"
    r"|(?:marche|fonctionne)[ \t\u00a0]+avec"
    r"|(?:est[ \t\u00a0]+)?compatible[ \t\u00a0]+avec|(?:moins|plus)[ \t\u00a0]+chère?"
    r"|(?:auch|noch)[ \t\u00a0]+in[ \t\u00a0]+(?:\p{Lu}\p{Ll}+|\p{Ll}+)?(?:schwarz|weiß|grau|größe|farbe)"
    r"|kompatibel[ \t\u00a0]+mit|mit[ \t\u00a0]+(?:einem|einer|dem|der)[ \t\u00a0]+(?:Dimmer|Adapter|Akku|Netzteil)"
    r")(?!\p{L})",
    regex.IGNORECASE,
)


def _goods(text: str, span: Span, language: str) -> bool:
    """True for a model or first-name-list span in en, fr or de that reads as goods: a maker or a goods
    noun beside it (`_maker_beside`, with the lists written for Veil's own pipelines in `ner_context`),
    or a description of goods right after its run of capitalised words (`_GOODS_AFTER`); not after a
    person cue ("my colleague Stella", `ner_context.person_cue`)."""
    if language not in _GOODS_LANGUAGES or span.recognizer not in (NER_RECOGNIZER, GIVEN_NAMES):
        return False
    start, end = _capitalised_run(text, span.start, span.end)
    if not (_maker_beside(text, span.start, span.end, language) or _GOODS_AFTER.match(text, end)):
        return False
    return not ctx.person_cue(text, start, end)


# A link between a street type or a church and its name ("calle de Alfonso XII", "iglesia de Santa
# Teresa", "chiesa di San Francesco", "the church of St Mary", "rue de la Paix"): `_named_building`
_BUILDING_LINK = regex.compile(
    r"(?:[ \t\u00a0]+(?:de|di|da|do|del|della|dello|dei|dos|das|du|des|of)"
    r"(?:[ \t\u00a0]+(?:la|le|les|los|las|the))?|[ \t\u00a0]+(?:de|d|dell|della|l)['’])?[ \t\u00a0]*$",
    regex.IGNORECASE,
)
_CLAUSE_MARK = regex.compile(r"[.!?;\n]")
# Set phrases on a street word that name no street: "per via di Marta" (because of Marta), "à la place de
# Marie" (instead of Marie), "sur place", "mis en place"
_NO_STREET = regex.compile(
    r"(?<!\p{L})(?:per[ \t\u00a0]+via|(?:sur|en)[ \t\u00a0]+place"
    r"|[àa][ \t\u00a0]+(?:la|ma|ta|sa|votre|notre|leur)[ \t\u00a0]+place"
    r"|(?:en|je|tu|un|les|des|ce|mon|ton|son|mes|tes|ses|nos|vos|notre|votre|leur|leurs)[ \t\u00a0]+cours)$",
    regex.IGNORECASE,
)
# French "cours" is a street ("le cours Mirabeau", "du cours Napoléon") and a class or a course: it
# names a street only with no link after it ("le cours de Marie" is her class) and before no first
# name given often ("le cours Julien" stays a person), not as "en cours", "mes cours", "je cours"
_COURS = "cours"
_LAST_WORD = regex.compile(r"(?<!\p{L})(\p{L}+)\.?$")
_WORD_AFTER = regex.compile(r"(?:['’]s)?[ \t\u00a0]+(\p{L}+)")
# Sending or delivering in the clause: a street named there is where an order goes, a person's
_SENDING = regex.compile(
    r"(?<!\p{L})(?:send|sent|ship|deliver|post|envoy|livr|expédi|mand|envi|entreg|sped|consegn|schick|liefer)",
    regex.IGNORECASE,
)


def _building_before(text: str, start: int, language: str, saint: bool) -> bool:
    """True when a street type or a church of `language` stands right before `start`, with or without
    a link; after a church only a saint or a linked name counts ("la iglesia Pilar nos dijo" is a
    person after a noun of place)."""
    before = text[max(0, start - 40) : start]
    link = _BUILDING_LINK.search(before)
    if link is None:
        return False
    word = _LAST_WORD.search(before[: link.start()])
    if word is None or word.group(1).casefold() not in w.BUILDINGS_BEFORE.get(language, frozenset()):
        return False
    if _NO_STREET.search(before, 0, word.end()):
        return False  # "per via di Marta", "à la place de Marie": because of, instead of
    if word.group(1).casefold() == _COURS and (link.group().strip() or _often_given(text, start)):
        return False  # "le cours de Marie", "le cours Julien": a class, a person (`_COURS`)
    return word.group(1).casefold() not in w.CHURCHES or saint or bool(link.group().strip())


def _often_given(text: str, start: int) -> bool:
    """True when the word at `start` is a listed first name given more than rarely (`_RUN_POPULARITY`)."""
    return _first_name(
        _word_at(text, start).strip(POST_FILTER_EDGE).casefold(), gazetteer().popularity, _RUN_POPULARITY
    )


def _named_building(text: str, span: Span, language: str) -> bool:
    """True for a PERSON or LOCATION span that names a street, a square or a church: right after a
    street type or a church ("la calle Alfonso XII", "rua Marechal Deodoro", "rue Victor Hugo",
    "corso Vittorio Emanuele", "la iglesia de Santa Teresa", "Dom St. Peter": `name_words.
    BUILDINGS_BEFORE`), starting with one ("Avenida Getúlio Vargas"), a saint before a church
    word ("St Mary's church", "St Luke's Hall": `BUILDINGS_AFTER`), or, for the first-name list's
    English spans, ending in a street type ("Victoria Road": `STREETS_AFTER`). The name is the building's,
    never a person's; a street named so, with no house number, is where the shop is as often as
    where someone lives, so a clause that says the customer lives there, collects there or has it
    sent there keeps it (`name_words.CUSTOMER_PLACE_CUE`, `_SENDING`), and a house number makes it
    an address for the address rules anyway."""
    if span.entity not in ("PERSON", "LOCATION") or span.grey:
        return False
    value = text[span.start : span.end]
    words = value.split()
    saint = _BUILDING_HEAD_CUT.split(value.strip(POST_FILTER_EDGE), maxsplit=1)[0].casefold() in w.SAINTS
    after = _WORD_AFTER.match(text, span.end)
    building = (
        _building_before(text, span.start, language, saint)
        or (
            len(words) > 1
            and words[0].casefold() in w.BUILDINGS_BEFORE.get(language, frozenset())
            and not (words[0].casefold() == _COURS and _often_given(text, span.start + len(words[0]) + 1))
        )
        or (saint and after is not None and after.group(1).casefold() in w.BUILDINGS_AFTER)
        or (
            span.recognizer == GIVEN_NAMES
            and language == "en"
            and len(words) > 1
            and words[-1].strip(POST_FILTER_EDGE).casefold() in w.STREETS_AFTER
        )
    )
    if not building:
        return False
    # a shop's noun before the street ("la boutique place Kléber") makes it the shop's branch, which a
    # customer collects from too (`shop_street`)
    return not _customer_clause(text, span) or shop_street(text, _street_start(text, span, language))


def _street_start(text: str, span: Span, language: str) -> int:
    """Where the street type of a street span starts: the span's first word when it is one
    ("Avenida Brasil"), else the word before the link before the span ("rue de la Paix")."""
    if text[span.start : span.end].split()[0].casefold() in w.BUILDINGS_BEFORE.get(language, frozenset()):
        return span.start
    before_start = max(0, span.start - 40)
    link = _BUILDING_LINK.search(text, before_start, span.start)
    word = _LAST_WORD.search(text, before_start, link.start()) if link is not None else None
    return word.start(1) if word is not None else span.start


# A title in quotes: the quote marks on one line around a span of a few words
_OPEN_QUOTE = regex.compile(r"[\"“«„'‘]([^\"“”«»„'‘’\n]{0,40})$")
_CLOSE_QUOTE = regex.compile(r"([^\"“”«»„'‘’\n]{0,40})[\"”»“'’]")
# What stands right before a title's opening quote: a noun of a work or of goods, English "the", with
# or without a link ("the book", "el libro", "a caneca da", "il poster di")
_TITLE_LEFT = regex.compile(
    r"(?<!\p{L})(\p{Ll}+)(?:[ \t\u00a0]+(?:de|di|da|do|del|della|dello|of|from|with|com|con))?[ \t\u00a0]*$"
)
_COUNT_LEFT = regex.compile(r"(?<![\p{L}\d])(\p{Ll}+)[ \t\u00a0]+\d{1,2}[ \t\u00a0]+$")
_NEXT_WORD = regex.compile(r"[ \t\u00a0]*(&|\p{L}+)")
# A count spelt out right before a one-word name ("three Bellinis", "Due Margherite", "dos
# Margaritas"): dishes, drinks and models ordered by the piece. Per language: Italian "sei" is also
# "you are" ("Sei Ottavio?"), Portuguese "dos" "of the"; not "one", "un", "una", "uma", which stand
# before a person as well ("my little one Farah", "una Giulia ha chiamato").
_SPELT_COUNTS = {
    lang: regex.compile(rf"(?<![\p{{L}}\d])(?:{words})[ \t\u00a0]+$", regex.IGNORECASE)
    for lang, words in {
        "en": "two|three|four|five|six", "es": "dos|tres|cuatro|cinco|seis", "pt": "dois|duas|três|quatro|cinco|seis",
        "it": "due|tre|quattro|cinque", "fr": "deux|trois|quatre|cinq|six", "de": "zwei|drei|vier|fünf|sechs",
    }.items()
}  # fmt: skip


def _quoted_title(text: str, span: Span) -> bool:
    """True when the span lies inside quotes that a noun of a work or of goods, or English "the",
    stands before ('the book "Matilda"', 'el libro "Marianela"', 'a caneca da "Moana"', 'il poster di
    "Amélie"', 'the "Jolene" print tote'): a title, which names no customer. The word before the quote
    must be such a lower-case noun, so a nickname in quotes between a first name and a surname
    ('Giuseppe "Peppe" Russo') or a name quoted after a verb stays a person."""
    opening = _OPEN_QUOTE.search(text, max(0, span.start - 41), span.start)
    closing = _CLOSE_QUOTE.match(text, span.end)
    if opening is None or closing is None or len(text[opening.start() + 1 : closing.end() - 1].split()) > 6:
        return False
    left = _TITLE_LEFT.search(text, max(0, opening.start() - 40), opening.start())
    return left is not None and (left.group(1) in w.TITLE_NOUNS or left.group(1) in _PRODUCT or left.group(1) == "the")


# The indefinite articles of each language before one of a list of goods, and what may stand before
# the other items of the order ("une Margherita et une Reine", "einen Hugo und ein Radler", "a
# Margherita and two Diavola"): `_listed_goods`. Per language: Spanish and Portuguese "a" is "to"
# ("díselo a Marta y a Luis"), German "um" is "at"
_ITEM_ARTICLES = {
    "en": "a|an", "fr": "un|une", "de": "ein|eine|einen", "es": "un|una|uno", "it": "un|una|uno", "pt": "um|uma",
}  # fmt: skip
_ITEM_ARTICLE = {
    lang: regex.compile(rf"(?<![\p{{L}}\d])(?:{words})[ \t\u00a0]+$", regex.IGNORECASE)
    for lang, words in _ITEM_ARTICLES.items()
}
_COUNT_WORDS = "two|three|four|deux|trois|quatre|zwei|drei|vier|dos|tres|cuatro|dois|duas|três|due|tre|\\d{1,2}"
_NEXT_ITEM = {
    lang: regex.compile(
        rf"[ \t\u00a0]*(?:,|et|und|and|y|e|ou|oder|or|o)[ \t\u00a0]+(?:{words}|{_COUNT_WORDS})[ \t\u00a0]+\p{{L}}",
        regex.IGNORECASE,
    )
    for lang, words in _ITEM_ARTICLES.items()
}
_EARLIER_ITEM = {
    lang: regex.compile(
        rf"(?<![\p{{L}}\d])(?:{words}|{_COUNT_WORDS})[ \t\u00a0]+\p{{L}}+(?:[ \t\u00a0]+\p{{L}}+)?[ \t\u00a0]*"
        r"(?:,|et|und|and|y|e)[ \t\u00a0]+$",
        regex.IGNORECASE,
    )
    for lang, words in _ITEM_ARTICLES.items()
}
# What goods come without: "une Margherita sans basilic", "einen Hugo ohne Minze"
_WITHOUT = regex.compile(r"[ \t\u00a0]+(?:sans|ohne|without|sin|senza|sem)[ \t\u00a0]+\p{L}", regex.IGNORECASE)


def _listed_goods(text: str, span: Span, language: str) -> bool:
    """True for a name of one or two words after an indefinite article that an order lists with other
    counted goods ("une Margherita et une Reine", "Einen Hugo und ein Radler", "Eine Kir Royal und
    zwei Sekt", "a Margherita and two Diavola") or says it comes without something ("une Margherita
    sans basilic", "einen Hugo ohne Minze"): a dish or a drink ordered by the piece. An article alone
    stands before a person too ("una Giulia ha chiamato", "a Sarah Jones rang"), so the article must
    open one of a list of counted items: people are not ordered one of each."""
    article = _ITEM_ARTICLE.get(language)
    if article is None:
        return False
    words = text[span.start : span.end].split()
    start = span.start
    if words and article.match(words[0] + " "):
        start = span.start + len(words[0])  # the model's "Eine Margherita": the article inside its span
        start += len(text[start : span.end]) - len(text[start : span.end].lstrip())
        words = words[1:]
    before = article.search(text, max(0, start - 8), start)
    if before is None or not words or len(words) > 2:
        return False
    return bool(
        _NEXT_ITEM[language].match(text, span.end)
        or _WITHOUT.match(text, span.end)
        or _EARLIER_ITEM[language].search(text, max(0, before.start() - 40), before.start())
    )


def _counted_model(text: str, span: Span, language: str) -> bool:
    """True for a one-word name right after a count that a lower-case word (a verb, a noun) stands
    before on the line, with no surname or second name after it ("vorrei 2 Martina in beige", "quiero
    2 Martina en beige"): a model bought by the piece. Not after a word that makes the number a time
    or a day ("alle 3 Martina passa", "il 2 Giulia torna": `name_words.COUNT_NOT_BEFORE`). A count
    spelt out (`_SPELT_COUNTS`: "three Bellinis", "Due Margherite") is no time or day."""
    if len(text[span.start : span.end].split()) != 1:
        return False
    count = _SPELT_COUNTS.get(language)
    spelt = count is not None and count.search(text, max(0, span.start - 12), span.start) is not None
    left = _COUNT_LEFT.search(text, max(0, span.start - 40), span.start)
    if not spelt and (left is None or left.group(1) in w.COUNT_NOT_BEFORE):
        return False
    after = _NEXT_WORD.match(text, span.end)
    if after is None:
        return True
    word = after.group(1)
    return not (word[:1].isupper() or word.casefold() in {"&", "and", "e", "y", "i", "und", "et"})


def _named_thing(text: str, span: Span) -> bool:
    """True when the span lies in a dish, a drink, a book, a film, a toy or a character named like a
    person (`name_words.NAMED_THINGS`: "crêpes Suzette", "Eggs Benedict", "Harry Potter", "Bob der
    Baumeister"), or in a listed brand of two words or more that its run of capitalised words holds
    (`name_words.EPONYMOUS_BRANDS`: "Jean Paul Gaultier", read by the English model as "Paul
    Gaultier"; "Carolina Herrera", read by the place list as "Carolina"). Words of the span beyond
    the phrase must be no first name of some popularity ("Harry Potter Box", "Der Bob der Baumeister
    Bagger"), so a person beside it keeps the span. Cue rules' spans are never asked: "my sister
    Mary" is a person whatever follows."""
    run_start, run_end = _capitalised_run(text, span.start, span.end)
    lo, hi = min(run_start, max(0, span.start - 30)), max(run_end, span.end + 30)
    popularity = gazetteer().popularity
    for pattern in (_NAMED_THINGS, _BRAND_PHRASES):
        for match in pattern.finditer(text, lo, hi):
            if match.end() <= span.start or match.start() >= span.end:
                continue
            if pattern is _BRAND_PHRASES and not (run_start <= match.start() and match.end() <= run_end):
                continue
            beyond = f"{text[span.start : match.start()]} {text[match.end() : span.end]}"
            words = [t.strip(POST_FILTER_EDGE).casefold() for t in beyond.split()]
            if not any(_first_name(word, popularity, _NAME_POPULARITY) for word in words if word not in w.NOT_NAMES):
                return True
    return False


def _phrase_pattern(phrases: Iterable[str]) -> regex.Pattern[str]:
    """One pattern for whole-word phrases (longest first), case-insensitive, spaces as any run of
    spaces, with an optional plural or possessive ending ("Bloody Marys", "Papa John's")."""
    body = "|".join(r"[ \t\u00a0]+".join(regex.escape(part) for part in p.split()) for p in phrases)
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{body})(?:['’]?s)?(?![\p{{L}}\d])", regex.IGNORECASE)


_NAMED_THINGS = _phrase_pattern(w.NAMED_THINGS)
_SHOP_PHRASES = _phrase_pattern(w.SHOP_PHRASES)
# "je peux vous payer par Lydia", "paiement Lydia", "régler avec Alma": what one pays through. Not the
# past participle ("payé par Lydia" names the payer) and not a bare verb ("payer Lydia" pays her).
_APP_PAID_BEFORE = regex.compile(
    r"(?<!\p{L})(?:(?:payer|paie|paye|payez|payons|régler|règle|réglez|réglons)[ \t\u00a0]+(?:par|avec|via)"
    r"|(?:paiement|paiements|règlement)(?:[ \t\u00a0]+(?:par|avec|via|en))?)[ \t\u00a0]+$",
    regex.IGNORECASE,
)
_APP_WINDOW = 40  # characters before a span searched for the payment words
# "Alma en 4 fois", "Alma en 3x sans frais", "Alma en trois fois": payment in instalments
_INSTALMENTS_AFTER = regex.compile(
    r"[ \t\u00a0]+en[ \t\u00a0]+(?:\d{1,2}[ \t\u00a0]*(?:fois|x)|(?:deux|trois|quatre|cinq|six|dix)[ \t\u00a0]+fois)"
    r"(?![\p{L}\d])",
    regex.IGNORECASE,
)
# Another payment or shopping app weighed against the named one by "ou"/"or" ("Lydia ou Paylib",
# "PayPal ou Lydia"): a choice of services, which no person is offered beside; not a comma, which
# ends a clause as often ("pour Lydia, PayPal a validé")
_APP_NAMES = "|".join(r"[ \t\u00a0]+".join(regex.escape(p) for p in app.split()) for app in longest_first(w.APPS))
_OTHER_APP_AFTER = regex.compile(
    rf"[ \t\u00a0]*(?:ou|or|o|oder)[ \t\u00a0]+(?:{_APP_NAMES})(?![\p{{L}}\d])", regex.IGNORECASE
)
_OTHER_APP_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\d])(?:{_APP_NAMES})[ \t\u00a0]*(?:ou|or|o|oder)[ \t\u00a0]+$", regex.IGNORECASE
)
_WORD_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{L}+)[ \t\u00a0]+$")


def _shop_phrase(text: str, span: Span) -> bool:
    """True when the span lies wholly inside an English shop phrase (`name_words.SHOP_PHRASES`:
    "c'est quoi votre Best Seller ?", "la Flash Sale finit quand ?"); a name beside it is outside."""
    return any(
        m.start() <= span.start and span.end <= m.end()
        for m in _SHOP_PHRASES.finditer(text, max(0, span.start - 20), span.end + 20)
    )


def _salutation(text: str, span: Span) -> bool:
    """True for a letter's salutation with no name: "Cher", "Chère" (`name_words.SALUTATIONS`) alone
    or with role words only, before a role word ("Cher Client", "Chère Madame", "Chers Clients").
    "Chère Ophélie" keeps its span: the word after is no role."""
    words = _folded(text, span).split()
    if not words or words[0] not in w.SALUTATIONS:
        return False
    if len(words) > 1:
        return all(word in w.SALUTED for word in words[1:])
    after = _RIGHT_WORD.match(text, span.end)
    return after is not None and after.group(1).casefold() in w.SALUTED


def _app_by_name(text: str, span: Span) -> bool:
    """True for a payment service named like a person (`name_words.NAMED_APPS`: "Lydia", "Alma") where
    the message pays with it: after a paying verb and "par"/"avec"/"via" or after "paiement" ("je peux
    vous payer par Lydia ?", "paiement Lydia accepté ?"), before instalments ("Alma en 4 fois", "Alma
    en trois fois"), or weighed against another listed app (`name_words.APPS`: "Lydia ou Paylib ?").
    "envoyé par Lydia", "payé par Lydia", "payer Lydia" and "Lydia ou Marc" keep the name."""
    if _folded(text, span) not in w.NAMED_APPS:
        return False
    before = text[max(0, span.start - _APP_WINDOW) : span.start]
    if _APP_PAID_BEFORE.search(before) or _INSTALMENTS_AFTER.match(text, span.end):
        return True
    return bool(_OTHER_APP_AFTER.match(text, span.end) or _OTHER_APP_BEFORE.search(before))


_BRAND_PHRASES = _phrase_pattern(b for b in w.EPONYMOUS_BRANDS if " " in b)


def _joined_words(tokens: Iterable[str], *, before: bool) -> list[str]:
    """Folded words going away from a span, up to punctuation between them and it ("Manon Garnier
    (Garnier et Fils SA)": the bracket ends what stands beside the name)."""
    out: list[str] = []
    for token in tokens:
        edge = token[-1] if before else token[0]
        if edge in POST_FILTER_EDGE:
            break
        out.append(token.strip(POST_FILTER_EDGE).casefold())
        if (token[0] if before else token[-1]) in POST_FILTER_EDGE:
            break
    return out


def _maker_beside(text: str, start: int, end: int, language: str) -> bool:
    """True when a maker of `ner_context.MAKER_PHRASES` stands right before or after the span, or after
    "de"/"by"/"von" following it ("Geox Clio", "Clio de Geox"), or a goods noun right before it
    (`ner_context.GOODS_NOUNS`). Inside the span a maker counts only at its end after such a link
    ("Luna de Geox"): makers named after people are common surnames in en, fr, de ("Pierre Garnier")."""
    fold = _joined_words(reversed(text[max(0, start - 60) : start].rsplit("\n", 1)[-1].split()), before=True)[::-1]
    after = _joined_words(text[end : end + 60].split("\n", 1)[0].split(), before=False)
    for n in (3, 2, 1):
        if len(fold) >= n and tuple(fold[-n:]) in ctx.MAKER_PHRASES:
            return True
        if tuple(after[:n]) in ctx.MAKER_PHRASES or (
            after[:1] and after[0] in ("de", "by", "von") and tuple(after[1 : 1 + n]) in ctx.MAKER_PHRASES
        ):
            return True
    inside = [t.strip(POST_FILTER_EDGE).casefold() for t in text[start:end].split()]
    for i, word in enumerate(inside[1:-1], 1):  # "Luna de Geox", "Flora von Birkenstock": the maker after a link
        if word in ("de", "by", "von") and tuple(inside[i + 1 :]) in ctx.MAKER_PHRASES:
            return True
    if _maker_first(text, start, inside, fold):
        return True
    stops = gazetteer().stop_words.get(language, frozenset())
    return bool(fold) and fold[-1] in ctx.GOODS_NOUNS and fold[-1] not in stops


def _model_after_maker(text: str, span: Span) -> bool:
    """`_maker_first` in every language ("la Skoda Fabia", "el Nissan Micra", "o Fiat Argo"), where
    `_goods` reads en, fr and de only; not after a person cue ("per Renault Dupont"), unless the cue
    is only a preposition and neither the maker nor the words after it are names (`_nameless_maker`:
    "with Adidas Ultraboost", "avec Nespresso Vertuo"; "con Ford Rossi" stays)."""
    inside = [t.strip(POST_FILTER_EDGE).casefold() for t in text[span.start : span.end].split()]
    line = text[max(0, span.start - 60) : span.start].rsplit("\n", 1)[-1]
    before = _joined_words(reversed(line.split()), before=True)[::-1]
    if len(inside) > 2 and inside[0] in _MAKER_ARTICLES:
        before, inside = [*before, inside[0]], inside[1:]  # the model's "Ma Toyota Yaris": its determiner
    if not _maker_first(text, span.start, inside, before):
        return False
    if not ctx.person_cue(text, span.start, span.end):
        return True
    return bool(before) and before[-1] in w.PERSON_PREPOSITIONS and _nameless_maker(inside)


# A model's name right after a maker: a capitalised word or one with a digit ("Yaris", "C3", "Vito")
_MODEL_AFTER = regex.compile(r"[ \t\u00a0]+([\p{Lu}\d][\p{L}\d-]*)")


def _maker_town(text: str, span: Span) -> bool:
    """True for a listed place that is a car maker (`ner_context.CAR_MAKERS`: "Toyota", a Japanese
    city; "Mercedes", an Argentine one) with its model right after it: "gomme per Toyota Yaris",
    "Pneus para Toyota Yaris", "per una Mercedes Vito". The place list's span stops at the maker, so
    `_model_after_maker` never saw the model; read here by `_maker_first`'s tests, the model added (a
    very popular first name after it, or "Mercedes" with no article, keeps the span)."""
    inside = _folded(text, span).split()
    if tuple(inside) not in ctx.CAR_MAKERS or (model := _MODEL_AFTER.match(text, span.end)) is None:
        return False
    line = text[max(0, span.start - 60) : span.start].rsplit("\n", 1)[-1]
    before = _joined_words(reversed(line.split()), before=True)[::-1]
    return _maker_first(text, span.start, [*inside, model.group(1).casefold()], before)


def _nameless_maker(inside: list[str]) -> bool:
    """True when the span opens with a listed maker that is no listed first name, and no word after
    it is a census surname or a listed first name ("Adidas Ultraboost", "Nespresso Vertuo"; not
    "Ford Rossi", "Renault Dupont", "Mercedes Vito": a person's surname or first name may follow a
    maker that is a surname too)."""
    popularity = gazetteer().popularity
    for n in range(min(len(inside) - 1, 3), 0, -1):
        if tuple(inside[:n]) in ctx.MAKER_PHRASES:
            if any(popularity.get(x, 0) > 0 for x in inside[:n]):
                return False
            return not any(surname(x) or popularity.get(x, 0) > 0 for x in inside[n:])
    return False


def _maker_first(text: str, start: int, inside: list[str], before: list[str]) -> bool:
    """True when the span opens with a maker (`ner_context.MAKER_PHRASES`) and goes on: a model after
    its maker ("Nissan Micra", "Skoda Fabia", "Kartell Bourgie", "Smeg Galileo"). After a car maker
    (`ner_context.CAR_MAKERS`, whose models are named like people) the words must be no very popular
    first name ("Garnier Pierre", a form's surname first, keeps its name); after any other maker, no
    first name given more than rarely: makers are surnames too, and stand before a person's surname
    in a list of brands ("Puma Hernandes"). A maker alone is left to the other rules. A maker that is
    also a popular first name ("Mercedes") counts only after an article, demonstrative or possessive
    that puts a thing there ("für den Mercedes Vito", "the Mercedes Vito"): "Mercedes Vito" alone
    may be a person."""
    popularity = gazetteer().popularity
    for n in range(min(len(inside) - 1, 3), 0, -1):
        if tuple(inside[:n]) not in ctx.MAKER_PHRASES:
            continue
        least = _VERY_POPULAR if tuple(inside[:n]) in ctx.CAR_MAKERS else _NAME_POPULARITY
        if any(_first_name(word, popularity, least) for word in inside[n:] if word):
            return False
        if popularity.get(inside[0], 0) < _MAKER_AS_NAME:
            return True
        return bool(before) and before[-1] in _MAKER_ARTICLES
    return False


_VERY_POPULAR = 8  # a first name this popular after a maker is a person's ("Garnier Pierre")
_MAKER_AS_NAME = 5  # a maker this popular as a first name ("Mercedes": 8) needs an article before it
_MAKER_ARTICLES = frozenset(
    {"the", "a", "an", "my", "this", "that", "le", "un", "du", "au", "ce", "mon", "der", "den", "dem", "das", "des",
     "ein", "einen", "einem", "meinen", "meinem", "mein", "el", "del", "al", "mi",
     # indefinite articles: no one is "une Mercedes", "una Mercedes", "eine Mercedes" by name
     "une", "una", "uno", "um", "uma", "eine", "einer",
     # possessives of fr, it, pt: "ma Toyota Yaris", "il mio Fiat Doblò", "o meu Mercedes Vito"
     "ma", "mio", "mia", "meu", "minha"}
)  # fmt: skip


_FINISH = regex.compile(r"(\p{Ll}+)[ \t\u00a0]+(\p{L}+)")


def _finish(text: str, span: Span) -> bool:
    """True for a lower-case word of the first-name list between a colour cue or "the" and a colour or
    "finish": a surface finish ("in matt black", "the matt finish"), not Matt; "for oscar gray" and
    "für lotte braun" stay names."""
    match = _FINISH.match(text, span.start)
    if match is None or match.group(2).casefold() not in w.COLOURS | {"finish"}:
        return False
    before = _LEFT_WORD.search(text, max(0, span.start - 20), span.start)  # "for oscar gray" is a name
    return before is not None and before.group(1).casefold() in w.COLOUR_CUES | {"the"}


def merged_names(text: str, spans: list[Span]) -> list[Span]:
    """Overlapping PERSON spans become one span over both, with the best score.

    Two recognizers reading the same name differently ("Mari Carmen Moreno" for the first-name
    list, "Carmen Moreno" for the cue rules, which read the French relation "mari" as a cue)
    must not leave part of it in clear: overlaps are otherwise settled by score alone, and the
    shorter reading may score higher. Both readings are names, so their union is, when what one
    adds to the other is name words only (`_extends_name`): a first-name run that took in "I'm"
    or "C'est" does not widen the cue rules' "John Smith".
    """
    return _unions(spans, "PERSON", lambda last, span: _extends_name(text, last, span))


def merged_addresses(spans: list[Span]) -> list[Span]:
    """Overlapping ADDRESS spans become one span over both, with the best score.

    Each country's recognizer reads an address from its own core: "Vogtplatz 70/87, 05167
    Hamburg" (the German street) and "70/87, 05167 Hamburg, bitte beim" (a slash number and
    a postcode). A context word ("Lieferung") lifts both to the same score, and the longer
    would win alone, leaving "Vogtplatz" in clear. Both are read as the same address, so the
    union is protected.
    """
    return _unions(spans, "ADDRESS", lambda last, span: True)


def _unions(spans: list[Span], entity: str, joins: Callable[[Span, Span], bool]) -> list[Span]:
    """The entity's accepted spans with each overlapping pair that `joins` allows made one
    span over both, carrying the better score and its recognizer; other spans as they were."""
    found = sorted((s for s in spans if s.entity == entity and not s.grey), key=lambda s: s.start)
    if len(found) < 2:
        return spans
    out: list[Span] = []
    for span in found:
        if out and span.start < out[-1].end and joins(out[-1], span):
            last = out[-1]
            best = last if last.score >= span.score else span
            out[-1] = Span(entity, last.start, max(last.end, span.end), best.score, best.recognizer, False)
        else:
            out.append(span)
    return [s for s in spans if s.entity != entity or s.grey] + out


def without_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the best span where spans overlap (score, then length), in text order.

    Recognizers return overlapping results of different entities (a phone-shaped
    tail inside an IBAN, a bare CPF that is also a valid national phone number);
    the caller replaces each kept span by one token, so overlaps are settled here.
    """
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-s.score, s.start - s.end, s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


_PLACE_OR_NAME = frozenset({"PERSON", "LOCATION"})
# A generational suffix or a post-nominal degree right after a name ("Kevin Patel MD", "amanda martin jr.",
# "Amelia Ward, DVM"): it names the person as much as the surname does. Roman numerals in capitals only,
# or in a message typed all in lower case.
_SUFFIX = re.compile(r",?[ \t]+(?:(?i:jr\.?|sr\.?|m\.?d\.?|d\.?d\.?s\.?|ph\.?d\.?|dvm|esq\.?)|II|III|IV)(?![\w])")
_LOW_NUMERAL = re.compile(r",?[ \t]+(?:ii|iii|iv)(?![\w])")


def _with_suffixes(text: str, spans: list[Span]) -> list[Span]:
    """Each PERSON span widened over a suffix or degree right after it (`_SUFFIX`), when nothing kept
    starts there: whichever recognizer found the name, the suffix belongs to its span."""
    if not any(s.entity == "PERSON" for s in spans):
        return spans
    lower = text == text.lower()
    out = []
    for i, span in enumerate(spans):
        suffix = None
        if span.entity == "PERSON":
            suffix = _SUFFIX.match(text, span.end) or (_LOW_NUMERAL.match(text, span.end) if lower else None)
        if suffix is not None and not any(o.start < suffix.end() and span.end < o.end for o in spans[i + 1 :]):
            span = Span(span.entity, span.start, suffix.end(), span.score, span.recognizer, span.grey)
        out.append(span)
    return out


def _widened(spans: list[Span]) -> list[Span]:
    """`without_overlaps`, then each kept name or place widened over a place or name that lost to it but
    reached past it ("New Cynthia" read as a name by the first-name list, "New Cynthia, VI" as a place):
    the loser's words beyond the winner are the same person's or place's, and dropping the loser left
    them in clear. The winner keeps its entity; a widening that would touch another kept span is not
    made. An address is left to its own rules (`merged_addresses`, `_inside_addresses`): a name that
    only overlaps one is settled by score."""
    kept = without_overlaps(spans)
    if len(kept) == len(spans):
        return kept
    for lost in sorted(spans, key=lambda s: (-s.score, s.start - s.end, s.start)):
        if lost in kept or lost.grey or lost.entity not in _PLACE_OR_NAME:
            continue
        touching = [k for k in kept if k.start < lost.end and lost.start < k.end]
        if len(touching) != 1 or (k := touching[0]).grey or k.entity not in _PLACE_OR_NAME - {lost.entity}:
            continue  # two readings of one name were settled by `merged_names` ("I'm John Smith" is not one)
        start, end = min(k.start, lost.start), max(k.end, lost.end)
        if (start, end) == (k.start, k.end) or any(o is not k and o.start < end and start < o.end for o in kept):
            continue
        kept[kept.index(k)] = Span(k.entity, start, end, k.score, k.recognizer, False)
    return sorted(kept, key=lambda s: s.start)


def _joined_brand(text: str, start: int, end: int) -> bool:
    """A span that is part of a listed brand of two names joined by "&" or "and" ("Marks &
    Spencer", "Ben and Jerry's"), itself a span or a part of one, with the words on each side."""
    left = _LINK_LEFT.search(text, max(0, start - 40), start)
    right = _LINK_RIGHT.match(text, end)
    words = [*([left.group(1)] if left else []), *text[start:end].split(), *([right.group(1)] if right else [])]
    key = [w.without_possessive(t.strip(POST_FILTER_EDGE).casefold()) for t in words]
    key = [k for k in key if k and k not in ("&", "and")]
    joined = _JOINED_BRANDS_BY_FIRST
    return any(tuple(key[i : i + len(b)]) == b for i in range(len(key)) for b in joined.get(key[i], ()))
