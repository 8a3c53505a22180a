"""Person names anywhere in a sentence, in every language: a first-name gazetteer read in context.

`PersonNameRecognizer` finds names from the words around them (an introduction,
a title, a relative); a name after a verb or preposition ("ho parlato con
Giulia", "a nome di Marta Tropea"), in a list ("Federico e Niccolò") or as a
sentence's subject has no such cue. No spaCy model exists for it, es, pt or de,
so this recognizer reads the words themselves against a list of about 53 000
first names from 54 countries (`data/given_names.tsv`, built by
`scripts/build_name_gazetteer.py` from gender-guesser's dictionary; each name
carries the languages in which it is also an ordinary word, less those that
`data/names_not_words.tsv` takes back by hand: lemma tables list names too):

- **Capitalised sequences.** Runs of capitalised words (with particles "de",
  "van der" and initials inside) are cut at words that are never names
  (weekdays, greetings, shop talk: `name_words.NOT_NAMES`) and at listed first
  names that are words of the language ("Rosa" in Italian, "Will" in English).
  A part that holds a first name that is not such a word is a name, with the
  capitalised words around it (the surname: "Marta Tropea", "Gloria
  Goldstein"). A first name that is also a word counts alone only in the
  middle of a sentence and not next to other capitalised words ("con Rosa",
  but not "Maglia Rosa" or a sentence that starts "Rosa"), or followed by a
  capitalised word that is neither a word nor a first name (its surname).
- **Lower case** ("lisa bramante ha già fatto il reso"): a listed first name
  that is common enough (popularity 3+) and no word of the language or of
  English, extended over the next lower-case word when that is no stop word,
  function word or verb form (the surname); a three-letter one, or one that is
  a word or place anywhere, only with that surname ("val 09/27" is a card's
  expiry, "prima" an Italian word read as English); never inside an e-mail
  address or a link ("ana.oliveira@…"). A rarer first name or one that is a
  word, with a surname after it that `lower_pairs` accepts ("letizia sanna",
  "ermenegilda brambilla"), a double first name ("kai-uwe") and lower-case
  words before "here"/"qui"/"ici"/"hier" (`lower_here`: "fynn seidel hier,").
- **Names beside names and rare names** (fifth round): one to three capitalised words joined to a
  found name by "e", "y", "und", "and", "et" are a name too ("Caprice e Mona Balestra": a list of
  people); a listed first name of popularity 1 that is no word, followed by a capitalised surname,
  is a person ("Kriemhild Schulte"), unless a lower-case particle, a colour, a place or a masculine
  article says product ("il Clio Geox", "Clio de Geox"); a capitalised particle ("Lo Russo") and
  a last surname that is a stop word or feast ("Vicente Diez", "María Jesús Reyes") stay inside a
  name; a lower-case surname may carry particles and, in text with no capitals, a second surname.
- **Not names**: sequences of more than four words (titles, product lines),
  all-capital codes, words followed by a digit ("Max 2", "Galaxy S24"), runs
  with a product noun or colour after their first word ("Marina Dress", "Rosa
  Antico": `name_words.PRODUCT_WORDS`), and brands named after people or
  spelt like a first name (`name_words.EPONYMOUS_BRANDS`: "Hugo Boss",
  "Tommy Hilfiger", "Stan Smith", "Nivea"), saints' days, churches and places
  ("San Valentino", "São João", "Saint-Valentin": `name_words.SAINTS`), also inside a shop's name
  ("Farmácia São João", "Tabaccheria Santa Rita"), and
  feasts that are also names ("Immacolata", "Aparecida": `name_words.FEASTS`);
  a dish named in the way of someone ("bacalhau à Brás", "spaghetti alla Norma":
  `name_words.DISH_NOUNS`); a listed town right after a preposition that puts only a place after
  it ("entregam em Luanda", "nach Erbil": `name_words.LOCATIVES`), left to the place rules;
  a colour after a colour cue ("in Nero", "en Rosa Palo": `name_words.COLOURS`);
  a run right after a product noun ("la crema Charlotte Tilbury", "el sofá
  Rocío"; after it in English, "the Charlotte Tilbury lipstick", since an
  English noun before a name is a relative clause: `name_words.PRODUCT_NOUNS`).
- **Makers of appliances, tools and gear** (`goods_slots`): a name right after a goods noun of that
  class, or before one in English, compounded after it in German ("les lave-linge Candy", "la pala
  de pádel Wilson", "a Gibson amp", "Candy Waschmaschinen"), unless it goes on as a subject.
- **Works' titles and cultivars** (2026-12-07, evening): a run after a noun of a work's copies or
  recordings, before a format, after a verb of practising a piece ("8 copies of Wolf Hall", "Emma in
  paperback", "er übt gerade Peter und der Wolf": `work_titles`), and a cultivar or a make after a
  noun of plants, fabrics, workwear or stoves ("rosas Pierre de Ronsard", "Rosen Gertrude Jekyll",
  "tela Pierre Frey": the maker slot above).
- **Names copied in capitals** into a mixed-case message ("exactamente: HRISTO PETKOV", "Gravur:
  WALTRAUD LOTZ"): `capital_runs`' cue-free entry finds and screens a run of two to five all-capital
  words, which the rules above read with initial capitals, kept when two words or more of it stay a
  name (`_copied_in_capitals`, `_read_titled`).
- **Names that are everyday words in es, it, pt** (`word_names`): a lone name the words around it
  make a feast, a devotion, a quarter, a scent, a wish or a town ("el puente del Pilar", "Terço do
  Rosário", "sabonete de Jasmim", "Serena giornata", "Gioia del Colle").
- **Everyday words** (`data/common_words.tsv`, from wordfreq's frequency
  lists): a capitalised everyday word that is no listed first name does not
  start a name at a sentence's start ("Cerco Giulietta"), nor anywhere in
  German, which capitalises nouns ("im Auftrag von Eva Maria Vogel"); a name
  that is also a word followed by another counts unless both are everyday
  words ("Rocío Mora" yes, "Air Max" no); a hyphenated double first name counts
  by its parts ("Hans-Peter", not "Ray-Ban").

Scores: 0.7 for a capitalised name, 0.65 for a first name that is also a word,
0.6 in lower case: above the default threshold (0.5), below
`PersonNameRecognizer`'s cue-word scores, which win where both see a name.
The lists are loaded once per process (about 18 MiB with the common words) when
the first instance is built; matching costs one regex scan for words and a dict lookup per word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import (
    german_word_slots,
    goods_slots,
    layouts,
    lower_here,
    lower_pairs,
    surname_pairs,
    unlisted_words,
    word_names,
    work_titles,
)
from recognizers import name_words as w
from recognizers.place_recognizer import places

_LIST_COMMA = re.compile(r",[ \t]*")  # "Iria, Roser y Brais": one comma between two names of a list
# Where a list of people may open: the text's or a line's start, or after a sentence's end or a colon.
_LIST_OPENING = re.compile(r"(?:^|[\n.!?:;¡¿][ \t]*)$")
_ORDINAL_MARKS = "ºª"  # "3ºB", "1ª PLANTA": marks with no capital form, lower case to Python
_LETTERS = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTERS}+(?:['’\-]{_LETTERS}+)*")
_SPACE = re.compile(r"[ \t\u00a0]+")
_AMPERSAND = re.compile(r"[ \t\u00a0]*&[ \t\u00a0]*")
_SURNAME_COMMA = re.compile(rf"(?:^|(?<=\n))[ \t]*({_LETTERS}+(?:['’\-]{_LETTERS}+)*),[ \t]*\Z")
# A person doing something, after a first name that is also an Italian word opening a sentence: an
# auxiliary and a past participle ("Chiara ha ordinato", "Serena mi ha detto", "Gioia è
# passata"); "Rosa è il colore più venduto" has none.
_IT_SUBJECT_VERB = re.compile(
    r"[ \t]+(?:(?:mi|ci|vi|ti|gli|le|non|l['’]|lo|la|me\s+l['’])[ \t]*)?(?:ha|è|hanno|aveva|era)[ \t]+"
    r"(?:già[ \t]+|appena[ \t]+|anche[ \t]+)?"
    r"[^\W\d_]+(?:ato|ata|ito|ita|uto|uta|tto|tta|sto|sta|sso|ssa|eso|esa)(?![\w'’])",
    re.IGNORECASE,
)
# Or a verb only people do in chat, in the present or imperfect, or "… e io" ("Marina non trova lo
# scontrino", "Grazia aspetta ancora il rimborso", "Chiara e io abbiamo ordinato"); colours are left out
# as above ("Bianca non è disponibile" has no such verb anyway).
_IT_PERSON_VERB = re.compile(
    r"[ \t]+(?:(?:non|mi|ti|ci|vi|gli|le)[ \t]+){0,2}"
    r"(?:dice|diceva|chiede|chiedeva|vuole|voleva|aspetta|aspettava|richiama|scrive|scriveva|paga|ritira"
    r"|telefona|trova|riesce|sistema|passa[ \t]+a[ \t]+(?:ritirare|prendere))(?![\w'’])"
    r"|[ \t]+e[ \t]+io(?![\w'’])",
    re.IGNORECASE,
)
# German: the article southern German says a first name with, opening the sentence, and a verb only
# people do in chat after the name ("Die Leni holt das Paket ab", "Der Toni kommt heute vorbei"):
# the name alone, though it is also a word elsewhere (`GivenNameRecognizer._article_first_name`);
# not "ist", "hat", "kommt", "will", "braucht", said of goods too ("Die Stella ist leer", "Die Vespa
# will nicht anspringen", "Die Marina kommt in Blau"), but "kommt … vorbei"
_DE_NAME_ARTICLES = frozenset({"der", "die", "dem", "den"})
# German masculine and neuter articles, alone or in a preposition ("beim", "vom"): a name's genitive
# ("Helgas Jacke") stands in the article's place, never after one; "die", "eine" are left out, fail closed
_DE_ARTICLES = frozenset("der das den dem des ein einen einem eines beim vom zum im".split())
# "der", "das" after a form of "sein" may be the pronoun "that" ("Ist das Winfrieds Bestellung?")
_DE_DEMONSTRATIVES = frozenset({"der", "das"})
_DE_BE = frozenset("ist sind war waren wär wäre wären".split())
# German first names that another language's stop word list holds ("ella", Spanish "she"): in
# German they are names, and capitalised they do not cut a run as `name_words.NOT_NAMES` would
_DE_NAMES_NOT_PRONOUNS = frozenset({"ella"})
# "bin der kevin", "hier ist die ella": the words before an article that say who speaks or calls
_DE_SELF_BEFORE_ARTICLE = re.compile(r"\b(?:bin|hier[ \t]+ist?)[ \t]+$", re.IGNORECASE)
# what may end the clause after such a self-introduction: punctuation, the line's end, or "und"/"aus"
_DE_CLAUSE_END = re.compile(r"[ \t]*(?:[,.!?;:\n)]|$|(?:und|aus|vom|von)\b)")
_DE_PERSON_VERB = re.compile(
    r"[ \t]+(?:holt|zahlt|bezahlt|ruft|nimmt|schreibt|sagt|meint|fragt|wartet|möchte|weiß|meldet|übernimmt"
    r"|kommt(?:[ \t]+[^\W\d_]+){0,3}[ \t]+vorbei)(?![\w'’])"
)
# English: a verb only a person does in shop chat after a first name opening a sentence, past or
# third person, or after "is", "will", "has" ("Holly said it's out of stock", "Summer wants it in a
# 12", "Miles is collecting the bike", "Ivy will sign for it"), or where they work ("Dawn from your
# shop said …", "Holly in the Ladies department helped me", "Frank at the till"). No bare verb after
# nothing: "Will collect it", "Mark as delivered", "Pat dry" are the imperative or the auxiliary.
_EN_PERSON_VERB = re.compile(
    r"[ \t]+(?:(?:just|already|also|then|never)[ \t]+)?"
    r"(?:said|says|called|calls|rang|texted|emailed|messaged|ordered|paid|signed|bought|booked|wants|wanted"
    r"|asked|asks|told|collected|picked|loves|loved|liked|likes|thinks|needs|sent|returned|received"
    r"|(?:is|was)[ \t]+(?:collecting|picking|paying|ordering|coming[ \t]+to[ \t]+collect)"
    r"|(?:will|has|had)[ \t]+(?:collect|pick|pay|sign|call|ring|text|order|paid|signed|ordered|collected|called)"
    r"|(?:from|in|at|on)[ \t]+(?:your|the)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}"
    r"(?:shop|store|team|branch|office|department|dept|till|tills|desk|counter|accounts|returns))"
    r"(?![\w'’])",
    re.IGNORECASE,
)
# Spanish, Portuguese, French: a verb only a person does in shop chat after a first name that is
# also a word opening the sentence ("Rosario pasa a recogerlo", "Dores vai buscar o colchão",
# "Aurora pediu o quebra-cabeça", "Rose passera le chercher demain"): coming to collect, paying,
# ordering, calling, asking. Not "es", "está", "vai", "vem", "est", "arrive" alone, said of goods too
# ("Luz vai acesa", "Rosa viene en caja").
_ROMANCE_PERSON_VERB = {
    "es": re.compile(
        r"[ \t]+(?:ya[ \t]+)?(?:(?:pasa|pasará|viene|vendrá)[ \t]+a[ \t]+(?:recoger|buscar|pagar)(?:lo|la|los|las)?"
        r"|pagó|pidió|llamó|encargó|reservó|preguntó|recogió|ha[ \t]+(?:pagado|pedido|llamado|encargado))"
        r"(?![\w'’])",
        re.IGNORECASE,
    ),
    "pt": re.compile(
        r"[ \t]+(?:já[ \t]+)?(?:(?:vai|vem|virá|passa)[ \t]+(?:aqui[ \t]+)?(?:buscar|retirar|pegar|pagar)"
        r"|pediu|pagou|ligou|encomendou|retirou|buscou|perguntou|reservou)(?![\w'’])",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"[ \t]+(?:(?:passera|passe|viendra|vient)[ \t]+(?:(?:le|la|les)[ \t]+)?(?:chercher|récupérer)"
        r"|a[ \t]+(?:appelé|payé|commandé|demandé|réservé|récupéré))(?![\w'’])",
        re.IGNORECASE,
    ),
}
# Prepositions that put a person after them, also written capitalised opening a message ("Per Marco e
# suo marito", "Para Rocío, gracias"), and English requests with the person as their object, no
# preposition between ("Let Bradley know", "Ask Fergus to check"); not a possessive ("Meine Aurora kam …"
# is an umbrella).
_PERSON_BEFORE = w.PERSON_PREPOSITIONS | {"for", "let", "ask", "tell", "remind", "ring", "text", "thank"}
# "… and I" after a name opening a sentence, in each language ("Leire y yo pedimos", "Fergus and I
# ordered", "Chiara e io"): a person, never a thing or a place, whatever else the word is.
_AND_I = {
    lang: re.compile(rf"[ \t]+{pair}(?![\w'’])", re.IGNORECASE)
    for lang, pair in {"it": "e[ \t]+io", "es": "y[ \t]+yo", "en": "and[ \t]+I", "pt": "e[ \t]+eu",
                       "fr": "et[ \t]+moi", "de": "und[ \t]+ich"}.items()
}  # fmt: skip
# A list of one- or two-word capitalised items: commas between them, a conjunction before the last
# ("Nicolina, Giommaria e Milagros", "Awa Diallo, Orsu et Maël")
_LIST_ITEM = re.compile(r"(?<![\w'’])[A-ZÀ-Þ][^\W\d_]+(?:[ \t]+[A-ZÀ-Þ][^\W\d_]+)?(?![\w'’])")
_COMMA_LIST = re.compile(
    rf"{_LIST_ITEM.pattern}(?:[ \t]*,[ \t]*{_LIST_ITEM.pattern})+[ \t]+(?:e|ed|et|y|and|und)[ \t]+{_LIST_ITEM.pattern}"
)
_TIME_OR_PHONE = re.compile(r"(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d.,])|\+?\d(?:[ \-.]?\d){7,}(?!\w)")
_PASSIVE_AFTER = re.compile(r"[ \t\u00a0]+be[ \t\u00a0]+\w+(?:ed|en|nt)(?![\w'’])", re.IGNORECASE)
_DATE_AFTER = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*\d")
# A list numbered on one line: an item's marker ("2." or "2)") before a word, and the markers before
# the run (`_next_item`)
_ITEM_MARKER = re.compile(r"(\d{1,2})([.)])[ \t\u00a0]+(?=[^\W\d_])")
_ITEM_BEFORE = re.compile(r"(?:^|(?<=[\s:]))(\d{1,2})([.)])[ \t\u00a0]+(?=[^\W\d_])")
# A sentence's start, and an article opening a sentence right before a noun (`_opening_noun_phrase`)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])[\s\u00a0]*\Z")
_OPENING_ARTICLE = re.compile(
    r"(?:^|[.!?\n])[\s\u00a0]*(?:le|la|les|ce|cet|cette|the|this|that|il|lo|el|o|a|der|die|das)[ \t\u00a0]+\Z",
    re.IGNORECASE,
)
_LEFT_CHUNK = re.compile(r"([^\s,.;:!?()]+)[ \t\u00a0]+\Z")  # the chunk before a word on its line
_RIGHT_CHUNK = re.compile(r"[ \t\u00a0]+([^\s,.;:!?()]+)")
# A model's year after its name ("la Zoé de 2019", "my Clio from 2012", "die Zoe von 2019", "el Ibiza
# del 2015"): a car or a device, which a person's name never takes
_YEAR_AFTER = re.compile(r"[ \t\u00a0]+(?:de|del|from|of|von|aus|da|do|di)[ \t\u00a0]+(?:19|20)\d\d(?!\d)")
# The word before a name, with Portuguese "à" or Italian "alla"/"all'" between or none: "bacalhau à
# Brás", "spaghetti alla Norma", "solomillo Wellington" (`dish_before`)
_DISH_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]+((?:à|alla)[ \t\u00a0]+|all['’])?\Z")
# A feast or a fair called by its own name, capitalised as a name is, before "de"/"do"/"di"/"del"…
# ("antes da Festa do Divino", "no Círio de Nazaré", "per la Sagra della Porchetta", "la Feria de
# Abril"): the name after it is the feast's (`_named_feast`). Not French "Fête": "la Fête de Jeanne"
# is her name day as often as a feast
_FEAST_HEADS = frozenset("Festa Fiesta Feria Fiera Sagra Romaria Romería Círio Procissão Procesión Processione".split())
_FEAST_LINKS = frozenset("de do da di del della dello dei dos das du des".split())
# A signature: the last word of a message, alone after a sentence's end or a new line, and what may
# follow it (`GivenNameRecognizer._signature`)
_SIGNATURE_BEFORE = re.compile(r"[^\w\n]*[.!?][ \t\u00a0]+|[^\w\n]*\n[ \t\u00a0]*")
_SIGNATURE_AFTER = re.compile(r"[ \t\u00a0]*[.!]?\s*")
_SIGNATURE_NOT = (w.BRANDS, w.CARRIERS, w.APPS, w.CUE_COMPANIES, w.DELIVERY_APPS)  # things, not a writer
_MAX_WORDS = 4
_GENITIVE_POPULARITY = 3  # "Helgas Jacke": a stem given this often, read as a genitive
_POPULARITY = 2  # a name given "rarely" (1) is too often a word or a brand: "London", "Velvet", "Nike"
_LOWER_ALONE = 4  # a lower-case name shorter than this counts only with a surname after it
_GLUE = frozenset("@._/:#=&+")
_VERY_POPULAR = 8  # a first name this popular is a name, not an everyday word, wherever a corpus met it
_LOWER_POPULARITY = 3  # gender-guesser's 1..13 scale: 3 is a name given in some country "regularly"
_NICKNAME_POPULARITY = 4  # a hand-written nickname or name (nicknames.tsv, given_names_more.tsv): given regularly
SCORE, AMBIGUOUS_SCORE, LOWER_SCORE = 0.7, 0.65, 0.6
# An unlisted first word longer than this before a census surname is a compound noun, not a first
# name ("Verteilzentrum Staufenberg", "Aspirapolvere Dyson"): "Bellarmine", "Chukwuma" are shorter
_LONGEST_FIRST = 11
_FOLDS_KEPT = 8192  # words whose `_fold` a recognizer keeps (`GivenNameRecognizer._word`): ~1 MB at most
_ITALIAN_PREPOSITIONS = frozenset({"di", "del", "della", "dello", "dei", "degli", "da"})
_GERMAN_PARTICLES = frozenset({"von", "van", "zu", "vom", "zur", "ter", "de"})
_CONJUNCTIONS = frozenset({"e", "ed", "y", "und", "and", "et"})  # "and", not "or": a choice is of things
_NAME_ARTICLES = frozenset({"o", "a", "il", "la", "el"})
_THING_ARTICLES = frozenset(
    {"il", "lo", "un", "uno", "el", "o", "um", "le", "der", "den", "dem", "das", "des", "ein", "the"}
)
_SURNAME_PARTICLES = frozenset(
    {"lo", "la", "li", "de", "di", "da", "del", "della", "dalla", "dal", "dos", "das", "do",
     "degli", "dei", "delle", "dello", "dalle",  # "Ettore Degli Esposti", "Marisa Delle Donne"
     "van", "der", "den", "von", "le", "du"}  # "Leopold Van Der Berg", "Pierre Le Goff", "Anne Du Pont"
)  # fmt: skip
# Articles, numerals, demonstratives and quantifiers: before a capitalised word they say a thing
# ("La Aurora", "Two Chelsea buns", "Questa Stella"), not a person, so they open no name
_ARTICLES = (
    _THING_ARTICLES
    | _NAME_ARTICLES
    | frozenset(
        """la las los les lo gli i l una une uma os as die eine a an two three four five six some any all
    no every each this that these those both other another more dos tres cuatro unos unas algunos
    algunas este esta estos estas ese esa esos esas due tre quattro alcuni alcune questo questa
    questi queste quel quella quei quelle deux trois quatre ce cet cette ces quelques duas três
    esse essa estes estas""".split()
    )
)
# Words before a lower-case name and its "surname" that lead to a thing when both are everyday words
# (`GivenNameRecognizer._everyday_phrase`): the prepositions of a colour or material ("en rosa palo",
# "in rosa bitte") and German "die" ("die iris blüht") count only there. Not "a" (Spanish and Italian
# put it before a person: "a gianluca esposito") nor "la", which Italian chat puts before a name
_PHRASE_LEADS = frozenset({"en", "em", "in", "die"})
_PHRASE_OF = frozenset({"de", "del", "do", "da", "di", "della", "dal", "dello"})
# Particles and articles between a land or water feature's noun and its name ("Serra da Estrela",
# "Sierra de la Culebra"): `GivenNameRecognizer._feature_named`, lower case only
_FEATURE_OF = frozenset("of de da do di del della dello dos das des du".split())
_FEATURE_ARTICLES = frozenset("la las los".split())
# Glue that makes one token of two words with no space ("Fritz!Box", "Maison&Objet"): `_glued_token`
_TOKEN_GLUE = frozenset("!&+")
_WORD_BEFORE_GLUE = re.compile(rf"{_LETTERS}+$")
# Goods whose "de"/"di" names what they are made of, taste or smell of, or give off ("la crema de sol
# factor 50", "il sapone di rosa canina"), and what stands around the Portuguese "de graça" (free of
# charge): shared with the capitalised word-names' rules (`word_names`)
_GOODS_HOLDERS = word_names.GOODS_HOLDERS
_FREE_OF_CHARGE_BEFORE = word_names.FREE_OF_CHARGE_BEFORE
_FREE_OF_CHARGE_AFTER = word_names.FREE_OF_CHARGE_AFTER
# German umlauts spelt out ("ae", "oe", "ue"), read back by `GivenNameRecognizer._umlauts`
_SPELT_UMLAUT = re.compile(r"ae|oe|ue")
_UMLAUT_OF = {"ae": "ä", "oe": "ö", "ue": "ü"}
_HOLIDAY_SURNAMES = frozenset({"natale", "pasqua", "reyes", "navidad", "natal", "pascual"})


@dataclass(frozen=True)
class Gazetteer:
    """First names (case-folded) with their popularity and the languages where they are words."""

    popularity: dict[str, int]
    words_in: dict[str, frozenset[str]]
    stop_words: dict[str, frozenset[str]]
    common: dict[str, frozenset[str]]  # frequent words of each language (wordfreq, Zipf >= 3.5)
    # word flags a hand-written name took from the frequency lists alone ("jupp": a German corpus
    # meets the name, no German lemma table holds it), for `GivenNameRecognizer._german_cue_name`
    frequent_flags: dict[str, frozenset[str]]


@cache
def gazetteer() -> Gazetteer:
    """Read the shipped lists once per process (every language's instance shares them)."""
    data = resources.files("recognizers") / "data"
    popularity: dict[str, int] = {}
    words_in: dict[str, frozenset[str]] = {}
    no_language: frozenset[str] = frozenset()
    for line in (data / "given_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        name, pop, langs = line.split("\t")
        popularity[name] = int(pop)
        words_in[name] = frozenset(langs.split(",")) if langs else no_language
    stops: dict[str, frozenset[str]] = {}
    for line in (data / "stop_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            lang, words = line.split("\t")
            stops[lang] = frozenset(words.split())
    common: dict[str, frozenset[str]] = {}
    for line in (data / "common_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            lang, words = line.split("\t")
            common[lang] = frozenset(words.split())
    # Hand-written nicknames ("Peppe", "Paco", "Zé") and first names of many origins the built list
    # lacks or calls rare ("Callum", "Oluwaseun", "Agnieszka"): a regular name's popularity, flagged
    # as a word where a language's common or stop words hold them, as the built list flags its names
    hand_written = ("nicknames.tsv", "given_names_more.tsv")
    frequent_flags: dict[str, frozenset[str]] = {}
    for line in (ln for f in hand_written for ln in (data / f).read_text(encoding="utf-8").splitlines()):
        if line and line[0] != "#":
            nick = line.split("\t")[0]
            popularity[nick] = max(popularity.get(nick, 0), _NICKNAME_POPULARITY)
            flags = {lang for lang, listed in common.items() if nick in listed or nick in stops.get(lang, ())}
            frequent = {lang for lang in flags if nick not in stops.get(lang, ())} - words_in.get(nick, no_language)
            words_in[nick] = words_in.get(nick, no_language) | flags
            if frequent:
                frequent_flags[nick] = frequent_flags.get(nick, no_language) | frequent
    # Greetings and abbreviations the lemma tables leave out ("Moin", "Iva" in "Partita Iva"): their
    # languages' word flags added by hand, before `names_not_words.tsv` has the last word
    for line in (data / "names_also_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            name, langs = line.split("\t")
            words_in[name] = words_in.get(name, no_language) | frozenset(langs.split(","))
            if name in frequent_flags:  # a word by hand is a word, however it was flagged before
                frequent_flags[name] = frequent_flags[name] - frozenset(langs.split(","))
    # The built list's word flags come from lemma tables that list proper nouns in lower case
    # ("rodrigo", "catarina" in Portuguese): names that are no everyday word of a language lose
    # its flag (hand-written, the rule in the file's header), last, so no step above adds it back
    for line in (data / "names_not_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            name, langs = line.split("\t")
            words_in[name] = words_in.get(name, no_language) - frozenset(langs.split(","))
    return Gazetteer(popularity, words_in, stops, common, frequent_flags)


# Letters with no decomposition that keyboards without them type as their base letter (Turkish
# dotless ı, Polish ł, Croatian đ, Danish and Norwegian ø)
_BASE_LETTER = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ø": "o"})


@cache
def ascii_spellings() -> dict[str, str]:
    """Listed first names spelt with letters a keyboard may lack ("ayşe", "gülşen", "çağla", "łucja"),
    by the ASCII word they are typed as without them ("ayse", "gulsen", "cagla", "lucja"): only names
    that are no word of any language and no place, given at least regularly, and only where the
    ASCII spelling is no listed name itself and no everyday or stop word of any of the six languages
    ("par" is no "pär", "liga" no "līga"); of two, the more popular."""
    lists = gazetteer()
    everyday = frozenset().union(*lists.common.values(), *lists.stop_words.values())
    found: dict[str, str] = {}
    for name, pop in lists.popularity.items():
        if name.isascii() or pop < _LOWER_POPULARITY or lists.words_in[name]:
            continue
        decomposed = unicodedata.normalize("NFD", name.translate(_BASE_LETTER))
        bare = "".join(c for c in decomposed if not unicodedata.combining(c))
        if not bare.isascii() or bare in lists.popularity or bare in everyday:
            continue
        if bare not in found or lists.popularity[found[bare]] < pop:
            found[bare] = name
    return found


# Particles that are prepositions too, before a person's name as often as inside one ("a nombre de X",
# "a nome di X", "ein Geschenk von X")
_PREPOSITION_PARTICLES = frozenset("de da do das dos del di von".split())
# Articles and clitics of one language that are another's preposition before a person: Italian "a"
# ("lo do a X"), German "an" ("eine Nachricht an X"); `_unlisted_lower_pair` reads them as prepositions there
_ARTICLE_PREPOSITIONS = MappingProxyType({"it": frozenset({"a"}), "de": frozenset({"an"})})
# Cue words a name follows, which are no name themselves ("attn kalani bowen", "citofono buonocore")
_CUE_WORDS = frozenset(p for p in (*w.ON_BEHALF, *w.LABELS) if " " not in p)
# Object and reflexive clitics: a verb follows them, no name ("lo recoja chema")
_CLITICS = frozenset("lo la los las le les se me te nos os o a lhe lhes".split())


class _Word(NamedTuple):
    """A word of the text (a tuple: built for every word of every message, it must be cheap)."""

    start: int
    end: int
    text: str
    folded: str


class GivenNameRecognizer(EntityRecognizer):
    """PERSON spans around listed first names (see module doc)."""

    ENTITY = "PERSON"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language, context=[])
        self._lists = gazetteer()
        self._own_stops = self._lists.stop_words.get(supported_language, frozenset())
        self._stops = self._own_stops | self._lists.stop_words.get("en", frozenset())
        # brands by their first word: a run is checked against the few that start with one of its words
        self._brands: dict[str, tuple[tuple[str, ...], ...]] = {}
        for brand in (tuple(b.split()) for b in w.EPONYMOUS_BRANDS):
            self._brands[brand[0]] = (*self._brands.get(brand[0], ()), brand)
        self._common = self._lists.common.get(supported_language, frozenset())
        self._common_en = self._lists.common.get("en", frozenset())
        # `_glued_token`'s everyday words: built once here (a set difference of ~20 000 words per run
        # made this recognizer ten times slower)
        self._glue_everyday = self._own_stops | (self._common - self._common_en)
        self._places = places()
        self._ascii_names = ascii_spellings()
        # `_fold` of each word met in the batch, read once (`_word`): it depends on the word and the lists
        # above only; emptied at the batch's end (`forget`)
        self._folds: dict[str, str] = {}
        surname_pairs.surnames()  # read at start-up, as the other lists, not on the first message
        # lower-case words a run may hold: "los"/"las" enter one only after "de" (`_particle`)
        self._run_particles = w.PARTICLES | w.LANGUAGE_PARTICLES.get(supported_language, frozenset())
        self._pairs = lower_pairs.PairLists(
            supported_language,
            self._lists.popularity,
            self._lists.words_in,
            self._common | self._common_en,
            self._stops,
        )

    def _fold(self, word: str) -> str:
        """Case-folded; a word the list lacks is looked up without accents too ("João" as "joao"),
        and one spelt without umlauts with them ("Juergen" as "jürgen"). A word spelt with "ñ" that
        is an everyday word of the language keeps it ("leña", "niña" are no Lena, Nina)."""
        folded = word.casefold()
        if folded.isascii():
            return self._umlauts(folded)
        if folded in self._stops or folded in w.NOT_LOWER_NAMES:
            return folded  # "não" stays "não", not the census name "Nao"
        if "ñ" in folded and folded in self._common:
            return folded  # "ñ" is a letter, not an accent: "leña" is firewood, not Lena; "Begoña" is no word
        bare = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
        # The more popular spelling wins: "Márcia" is rare in the dictionary, "MARCIA" common in Brazil's census
        if self._lists.popularity.get(bare, 0) > self._lists.popularity.get(folded, 0):
            return bare
        return folded

    def _umlauts(self, folded: str) -> str:
        """An ASCII word the list lacks, read as the listed first name it is typed for on a keyboard
        or in a system without the name's letters: ä/ö/ü spelt "ae"/"oe"/"ue", as German does
        ("Juergen", "Baerbel", "Oezlem"), or a letter's base ("Ayse", "Gulsen", "Cagla": Turkish
        typed without ş, ü, ç, ğ; `ascii_spellings`). Only a word the list lacks and no stop or
        everyday word of the language or English ("Joel", "Manuel", "Muesli" stay as typed). A
        spelling with "ae"/"oe"/"ue" that reads as a word of the language or a word never a name
        ("Gruesse" as "grüsse", "Buero" as "büro") is read as that word, as it would be typed with
        its umlaut."""
        if len(folded) < 3 or folded in self._lists.popularity:
            return folded
        if folded in self._stops or folded in self._common or folded in self._common_en:
            return folded
        if len(folded) < 4 or not _SPELT_UMLAUT.search(folded):
            return self._ascii_names.get(folded, folded)
        umlauted = _SPELT_UMLAUT.sub(lambda m: _UMLAUT_OF[m.group()], folded)
        if self._lists.popularity.get(umlauted, 0) >= _POPULARITY:
            return umlauted
        word = umlauted in self._own_stops or umlauted in self._common or umlauted in w.NOT_NAMES
        return umlauted if word else self._ascii_names.get(folded, folded)

    def _word(self, match: re.Match[str]) -> _Word:
        """A word of the text; an English possessive "'s" is left out ("Priya's order": "Priya"),
        unless the whole word is a listed brand ("Levi's"). Its folded form is `_fold`'s, kept per
        word (`_folds`): chat repeats its words ("ciao", "the", "ordine") from message to message."""
        word, end = match.group(), match.end()
        if len(word) > 3 and word[-1] == "s" and word[-2] in "'’" and word.casefold() not in self._brands:
            word, end = word[:-2], end - 2
        folded = self._folds.get(word)
        if folded is None:
            if len(self._folds) >= _FOLDS_KEPT:
                self._folds.clear()  # a bound, not an eviction policy: the common words come back at once
            folded = self._folds[word] = self._fold(word)
        return _Word(match.start(), end, word, folded)

    def forget(self) -> None:
        """Drop the words kept since the last call (`_folds`): the analyzer calls it at the end of
        each batch (`LanguageRunner.forget`), so no customer's word outlives the message it came in
        (docs/security.md). Within a batch a word still folds once."""
        self._folds.clear()

    def load(self) -> None:
        """Nothing to load: the lists are read in `__init__`."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if shouted(text):  # "ORDINE PER VERONICA BONETTI": capitals carry no information
            return self._laid_out(text, self._shouted(text.lower()))
        words = [self._word(m) for m in _WORD.finditer(text)]
        results: list[RecognizerResult] = []
        taken = 0  # index of the first word not yet inside a result
        i = 0
        while i < len(words):
            word = words[i]
            if _titlecase(word.text) and i >= taken:
                j = self._run_end(text, words, i)
                for start, end, score in self._capitalised(text, words, i, j):
                    last = words[end - 1]  # "Celso Noronha Jr.": an abbreviation keeps its dot
                    dot = last.folded in w.NAME_ABBREVIATIONS and text.startswith(".", last.end)
                    results.append(self._result(words[start].start, last.end + dot, score))
                i = taken = j
                continue
            if word.text.islower() and i >= taken:
                span = self._lower(text, words, i)
                if span:
                    results.append(self._result(words[span[0]].start, words[span[1] - 1].end, LOWER_SCORE))
                    i = taken = span[1]
                    continue
            i += 1
        if self.supported_language == "de":
            results += self._german_genitive(text, words)
        results = self._coordinated(text, words, results)
        if "," in text and results:
            results += self._comma_listed(text, results)
        results = self._surname_first(text, results)
        results += self._signature(text, words, results)
        results += self._copied_in_capitals(text, results)
        for start, end in lower_here.here_names(text, self._pairs):  # "fynn seidel hier, sorry …"
            if not any(r.start <= start and end <= r.end for r in results):
                results.append(self._result(start, end, LOWER_SCORE))
        return self._laid_out(text, results)

    def _signature(self, text: str, words: list[_Word], results: list[RecognizerResult]) -> list[RecognizerResult]:
        """The message's last sentence, one capitalised listed first name alone after a sentence's
        end or on its own line, is its writer's signature ("… PER FAVOR. Bruna", "bis nächste Woche.
        Roman", "Beijinhos / Madalena"): the slot no word fills, so a name that is also a word elsewhere
        counts. Not a stop word, a word never a name, a relative or a role ("… Tanti auguri! Nonna"),
        and not an everyday word of the message's language or English, or a word of any language,
        unless a name given very often ("… ¡Gracias! Perfecto", "… ? Merci", "vom 3. August"); not a
        brand, carrier, app or company named so (`closing_name` refuses the same)."""
        if not words or (results and results[-1].end >= words[-1].end):
            return []
        last = words[-1]
        if not _titlecase(last.text) or _SIGNATURE_AFTER.fullmatch(text, last.end) is None:
            return []
        if len(words) < 2 or _SIGNATURE_BEFORE.fullmatch(text, words[-2].end, last.start) is None:
            return []
        folded = last.folded
        popularity = self._lists.popularity.get(folded, 0)
        if popularity < _POPULARITY or folded in self._stops or folded in w.NOT_NAMES:
            return []
        if folded in w.KIN or folded in w.ROLES or any(r.start <= last.start < r.end for r in results):
            return []
        if folded in w.EPONYMOUS_BRANDS or any(folded in listed for listed in _SIGNATURE_NOT):
            return []  # "… una pila para el reloj? Casio": the thing asked for, as `closing_name` reads it
        if popularity < _VERY_POPULAR and (self._lists.words_in[folded] - {"place"} or self._everyday(folded)):
            return []
        return [self._result(last.start, last.end, 0.65)]

    def _copied_in_capitals(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """A name copied in capitals into a message written in mixed case ("exactamente: HRISTO
        PETKOV", "Gravur für den Pokal: WALTRAUD LOTZ", "pour KÉVIN LEFEBVRE ?"): `capital_runs`'
        cue-free entry, which finds and screens the runs and has them read here (`_read_titled`)."""
        from recognizers import capital_runs  # it imports this module

        taken = [(r.start, r.end) for r in results]
        runs = capital_runs.copied(text, self.supported_language, taken, self._read_titled, self._fold)
        return [self._result(start, end, AMBIGUOUS_SCORE) for start, end in runs]

    def _read_titled(self, read: str, start: int, end: int) -> list[tuple[int, int, int]]:
        """The names the capitalised rules (`_capitalised`: its brands, places, product words, numbers
        after and everyday words all count) find in `read` between `start` and `end`, a run in
        capitals written there with initial capitals: each name's extent and its count of words."""
        words = [self._word(match) for match in _WORD.finditer(read)]
        k = next(i for i, word in enumerate(words) if word.start >= start)
        m = next((i for i, word in enumerate(words) if word.start >= end), len(words))
        return [
            (words[first].start, words[last - 1].end, last - first)
            for first, last, _score in self._capitalised(read, words, k, m)
        ]

    def _laid_out(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """`results` and the names the message's layout shows that they do not hold (`layouts`: a
        spelt surname, a contact card, a team sheet, "X here can you…", an order's owner, an emoji list):
        a layout's name takes in the names it holds ("Mo Kassem" over "Kassem"), and gives way to one
        it only overlaps."""
        found = [(r.start, r.end) for r in results]
        for start, end in layouts.layout_names(text, found, self._pairs):
            inside = [r for r in results if start <= r.start and r.end <= end]
            if any(r.start < end and start < r.end for r in results if r not in inside):
                continue  # a name read otherwise across the layout's span stays as it was read
            results = [r for r in results if r not in inside]
            results.append(self._result(start, end, max([SCORE, *(r.score for r in inside)])))
        return results

    def _comma_listed(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """A list of people written with commas and a last conjunction ("Nicolina, Giommaria e
        Milagros hanno pagato", "Mariama, Ghjuvan et Lakhdar ont payé"): when one of its items is a
        name found, every other item of one or two capitalised words is one too, unless an everyday
        word that is no popular first name, a word that is never a name, or a place. A list of things
        ("Giacca, Sciarpa e Guanti") holds no name found, and is left alone."""
        taken = [(r.start, r.end) for r in results]
        added: list[RecognizerResult] = []
        for match in _COMMA_LIST.finditer(text):
            items = [m.span() for m in _LIST_ITEM.finditer(text, match.start(), match.end())]
            if not any(s < e2 and s2 < e for s, e in items for s2, e2 in taken):
                continue
            for start, end in items:
                if any(s2 < end and start < e2 for s2, e2 in taken):
                    continue
                parts = [self._word(m) for m in _WORD.finditer(text, start, end)]
                if not parts or any(self._breaks(part) or part.folded in self._places.words_in for part in parts):
                    continue
                if self._everyday_any(parts[0].folded) and self._lists.popularity.get(parts[0].folded, 0) < _POPULARITY:
                    continue
                added.append(self._result(start, end, AMBIGUOUS_SCORE))
        return added

    def _german_genitive(self, text: str, words: list[_Word]) -> list[RecognizerResult]:
        """German writes a name's genitive with a bare "s" before the noun it owns ("Helgas
        Jacke", "Winfrieds Bestellung"), a word no list has. Only a stem that is a first name and
        no word of any language, only before a capitalised noun, only when the whole word is no
        word itself ("Jeans", "Mars"): a false "s" costs a token, a missed one leaks the name."""
        found: list[RecognizerResult] = []
        for k, (word, after) in enumerate(zip(words, words[1:], strict=False)):
            folded = word.folded
            if len(folded) < 4 or folded[-1] != "s" or not _titlecase(word.text):
                continue
            stem = folded[:-1]
            if (
                self._lists.popularity.get(stem, 0) < _GENITIVE_POPULARITY
                or self._lists.words_in.get(stem)
                or folded in self._lists.popularity
                or folded in self._common
                or folded in self._stops
                or folded in w.NOT_NAMES
                or {folded, stem, f"{stem}'s"} & self._brands.keys()  # "Levis Jeans"
            ):
                continue
            if not _titlecase(after.text) or text[word.end : after.start].strip(" \t\u00a0"):
                continue
            if k and words[k - 1].folded in _DE_ARTICLES and _joined(text, words[k - 1], word):
                pronoun = words[k - 1].folded in _DE_DEMONSTRATIVES and k > 1 and words[k - 2].folded in _DE_BE
                if not pronoun:  # "Ist das Winfrieds Bestellung?": "das" is "that", the name stays
                    continue  # "den Philips Wasserkocher", "Haben Sie das Philips Hue": a genitive takes no article
            if _digit_after(text, after.end) or (
                k and _titlecase(words[k - 1].text) and not _sentence_start(text, word.start)
            ):
                continue  # "der Mixer Philips Serie 5000": a brand after its noun, a model number after
            found.append(self._result(word.start, word.end, AMBIGUOUS_SCORE))
        return found

    def _shouted(self, text: str) -> list[RecognizerResult]:
        """A text typed all in capitals, read in lower case: a first name with its surname, not a
        brand, with no product noun beside it ("CAMISA HUGO BOSS", "PERFUME CAROLINA HERRERA") and no
        number after it. A lone word is left out: shouting names shops and brands ("PEDIDO DE ZARA")."""
        words = [self._word(m) for m in _WORD.finditer(text)]
        at = {word.start: k for k, word in enumerate(words)}
        english = self.supported_language == "en"
        kept = []
        for result in self.analyze(text, [self.ENTITY]):
            i = at.get(result.start)
            j = next((k + 1 for k in range(len(words)) if words[k].end == result.end), None)
            if i is None or j is None or j - i < 2 or self._brand(words, i, j, text) or _digit_after(text, result.end):
                continue
            if _noun_after(text, result.end) if english else _noun_before(text, result.start, self._own_stops):
                continue
            kept.append(result)
        return kept

    def _surname_first(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """A form's "Surname, Given" opening a line ("McAllister, Gemma - order 55120", "Rossi,
        Mario"): one capitalised word, a comma, then a found first name. The word joins the name
        unless it is an everyday or stop word, a word never a name ("Thanks, Gemma"), a place or a
        brand."""
        for result in results:
            opening = _SURNAME_COMMA.search(text, max(0, result.start - 40), result.start)
            if opening is None or not _titlecase(opening.group(1)):
                continue
            folded = opening.group(1).casefold()
            if self._everyday_any(folded) or folded in w.NOT_NAMES or folded in self._places.words_in:
                continue
            if folded in self._brands or self._lists.popularity.get(folded, 0) >= _POPULARITY:
                continue  # "Gemma, Priya and Tom": a list of first names, each found on its own
            result.start = opening.start(1)
        return results

    def _may_name(self, words: list[_Word], i: int, j: int) -> bool:
        """Whether the run words[i:j] holds a word `_part` can build a name on: a listed first name of any
        popularity, a census surname, or a hyphenated word (`_double_kind`). Every span `_capitalised`
        returns comes from `_part`, and each of its ways needs one: a listed name (`_named_subject`,
        `_kind`'s "name" and "ambiguous", `_unlisted_pair`'s rare first name), its parts listed
        (`_double_kind`), or a census surname after an unlisted first name (`_census_pair`); a new way
        must be added here. Five runs in six of the tune split hold none, and skip the thirty checks that
        only ever refuse."""
        popularity = self._lists.popularity
        return any(
            popularity.get(word.folded, 0) > 0 or "-" in word.folded or surname_pairs.surname(word.folded)
            for word in words[i:j]
        )

    def _run_end(self, text: str, words: list[_Word], i: int) -> int:
        """The end (exclusive) of the run of capitalised words and particles starting at word `i`."""
        j = i + 1
        while j < len(words) and _joined(text, words[j - 1], words[j]):
            if _titlecase(words[j].text) or _is_initial(words[j].text) or _elided_surname(words[j].text):
                j += 1
            elif self._particle(words, j) and j + 1 < len(words) and _joined(text, words[j], words[j + 1]):
                j += 1  # a particle counts only inside a run, checked when the run is cut
            else:
                break
        while j > i + 1 and not (_titlecase(words[j - 1].text) or _elided_surname(words[j - 1].text)):
            j -= 1  # no trailing particle ("Louis d'Aubigné" keeps its surname)
        return j

    def _particle(self, words: list[_Word], j: int) -> bool:
        """Particles ("de", "van der", "dos", Spanish "de las") sit inside a name; German articles do not
        ("Frank das Paket"): in German only "von", "van", "zu", the Dutch "de" of the north ("Jan de
        Vries", "Anke de Boer") and a "der"/"den" after one count."""
        folded = words[j].folded
        if folded in w.LANGUAGE_PARTICLES.get(self.supported_language, ()):
            # Spanish "de los", "de las" ("Beatriz de los Santos"); alone "los"/"las" are articles
            return j > 0 and words[j - 1].folded == "de"
        if folded not in w.PARTICLES:
            return False
        if self.supported_language == "it":  # "Octavia di Mango": Italian writes "Di Stefano", "De Luca"
            return folded not in _ITALIAN_PREPOSITIONS
        if self.supported_language != "de":
            return True
        return folded in _GERMAN_PARTICLES or (j > 0 and words[j - 1].folded in _GERMAN_PARTICLES)

    def _capitalised(self, text: str, words: list[_Word], i: int, j: int) -> list[tuple[int, int, float]]:
        """Name spans (word index range, score) inside the capitalised run words[i:j]."""
        if not self._may_name(words, i, j):
            return []  # most runs: a sentence's first word, a brand, a place; none of the checks below is needed
        if self._brand(words, i, j, text) or _digit_after(text, words[j - 1].end) or self._saint(text, words, i):
            return []
        if _YEAR_AFTER.match(text, words[j - 1].end):
            return []
        if _named_feast(text, words, i):
            return []  # "antes da Festa do Divino", "no Círio de Nazaré": the feast's own name
        english = self.supported_language == "en"
        if self._feature_named(text, words, i, j):
            return []  # "Serra da Estrela", "all'Isola di Elba": a mountain's, an island's name
        if _glued_token(text, words[i], words[j - 1], self._glue_everyday, english):
            return []  # "Fritz!Box", "Maison&Objet": one product's or fair's name, written without spaces
        before = _two_before(text, words, i)
        if before is not None and goods_slots.for_a(self.supported_language, before[0].folded, before[1].folded):
            return []  # "for a Seiko", "per un Seiko", "für eine Seiko": a thing is bought or fitted for it
        if self.supported_language == "fr" and w.SIZE_AFTER.match(text, words[j - 1].end):
            return []  # "la Margaux en M ou en L ?": a model in a size
        if self.supported_language == "de" and j - i == 1 and self._german_word_slot(text, words[i]):
            return []  # "das erste Mal", "Ernst gemeint?": the German word, by its slot
        if words[i].folded in w.COLOURS and _colour_cue(text, words[i].start):
            return []  # "in Nero", "en Rosa Palo", "em Azul Marinho": a colour, not a person
        if j - i == 1 and self._spec_value(text, words[i]):
            return []  # "color Jade", "acabamento Pérola", "tessuto Alba", "finish Pearl": a spec's value
        if self._venue_run(text, words, i, j):
            return []  # "l'hôtel Henriette", "the hotel Victoria", "la tienda Stanley de Almería": premises
        if dish_before(text, words[i].start):
            return []  # "bacalhau à Brás", "spaghetti alla Norma", "solomillo Wellington": a recipe
        if j - i == 1 and pet_before(text, words[i].start):
            return []  # "our dog Bella", "il mio cane Pippo": an animal's name
        # read from each word of the run, the noun before it inside the run too ("Ensaio de Carmina Burana",
        # "die Ausgabe von Heidi"), the title being what follows that word
        if any(
            work_titles.work_title(
                self.supported_language, text, words[k].start, words[j - 1].end, titled=self._titled(words, k, j)
            )
            for k in range(i, j)
        ):
            return []  # "8 copies of Wolf Hall", "Emma in paperback", "il poster di Carmina Burana": a work's title
        if words[i].folded.rsplit("'", 1)[-1].rsplit("’", 1)[-1] in w.STORM_NOUNS:
            return []  # "Hurricane Irma", "Storm Ciara": the storm's name, capitalised with it
        # "la crema Charlotte Tilbury", "el sofá Rocío", "the Ted Baker dress": a product. Not
        # before a name in English, whose relative clauses need no "that": "the dress Sarah ordered"
        if _noun_after(text, words[j - 1].end) if english else _noun_before(text, words[i].start, self._own_stops):
            return []
        if sum(map(_titlecase, (words[k].text for k in range(i, j)))) <= 2 and self._maker_slot(
            text, words[i].start, words[j - 1].end
        ):
            return []  # "les lave-linge Candy", "la pala de pádel Wilson", "a Gibson amp": the maker
        if self.supported_language == "de" and any(goods_slots.goods_compound(words[k].folded) for k in range(i, j)):
            return []  # "Candy Waschmaschinen", "die Marshall Bohrmaschine": German compounds the thing after
        if (
            j - i == 1
            and before is not None
            and self._lists.popularity.get(words[i].folded, 0) <= _LOWER_POPULARITY
            and goods_slots.maker_after_noun(
                self.supported_language, before[0].folded, before[1].text, text, words[i].end, self._own_stops
            )
        ):
            return []  # "un amplificatore Gibson", "degli scarponi Marshall": the maker, given a name rarely
        if english and (_english_thing(text, words, i) or w.STOCK_AFTER.match(text, words[j - 1].end)):
            return []  # "the Giulietta", "The Holly Wreath", "Is Emma back in stock?": a thing
        if self.supported_language == "de" and _german_noun_after(text, words[j - 1].end, self._own_stops):
            return []  # "die Heidi DVD", "die Conni Bücher": German compounds a product word after the name
        if j - i == 1 and words[i].folded in w.INTERJECTIONS.get(self.supported_language, ()):
            if _sentence_start(text, words[i].start) and not _titlecase(text[words[i].end :].lstrip(" \t")[:1]):
                return []  # "Dale, lo mando mañana": the interjection, not the English name
        alone = j - i == 1 and not _product_neighbour(text, words[i].start, words[i].end)
        alone = alone or self._article_first_name(text, words, i, j)
        if any(words[k].folded in w.PRODUCT_WORDS for k in range(i + 1, j)):
            return []  # "Marina Dress", "Sofia Chair Grigia": a product line
        if self._word_place(text, words, i, j) or self._place_ending(text, words, i, j):
            return []  # "Gioia Tauro", "Mar del Plata", "Vitória da Conquista": a town, not a person
        if english and j - i > 1 and self._english_word_name(words[i].folded):
            if any(words[k].folded in w.EN_THINGS_AFTER_WORD_NAME for k in range(i + 1, j)):
                return []  # "Summer Sale", "Grace Period", "Miles Per Gallon": a thing named with a word
        found: list[tuple[int, int, float]] = []
        part: list[int] = []
        for k in [*range(i, j), j]:  # j closes the last part
            if k < j and (not self._breaks(words[k]) or self._inner_surname(words, part, k, j)):
                part.append(k)
                continue
            if part:
                stops = part[0] > i and all(self._opener(words[k].folded) for k in range(i, part[0]))
                found += [
                    f
                    for f in self._part(text, words, part, alone=alone, after_stops=stops)
                    if not self._saint_inside(text, words, *f[:2])
                ]
            part = []
        return [
            f
            for f in found
            if not self._word_thing(text, words, f[0], f[1])
            and not word_names.vosotros_verb(self.supported_language, words[f[0]].text.casefold())
            and not self._town_after_locative(text, words, *f[:2])
            # "il Eero funziona con l'hotspot?", "funciona con el Eero": a device, by its verb
            and not (
                f[1] - f[0] == 1
                and goods_slots.works_slot(self.supported_language, text, words[f[0]].start, words[f[0]].end)
            )
        ]

    def _german_word_slot(self, text: str, word: _Word) -> bool:
        """True when a lone capitalised German word stands where grammar makes it a noun or an
        adverb (`german_word_slots`): after a neuter determiner when the lists flag it a German word
        ("das erste Mal", "jedes Mal"), or opening a sentence before a participle ("Ernst gemeint?")."""
        if "de" in self._lists.words_in.get(word.folded, ()) and german_word_slots.neuter_noun(text, word.start):
            return True
        return _sentence_start(text, word.start) and german_word_slots.adverb_before_participle(
            text, word.start, word.end
        )

    def _feature_named(self, text: str, words: list[_Word], i: int, j: int) -> bool:
        """True when the run words[i:j] names a land or water feature (`name_words.GEO_FEATURES`): it
        opens with the feature's capitalised noun and a particle ("Serra da Estrela", "Monte di
        Portofino"), or a particle after such a noun stands right before it ("all'Isola di Elba", "Lago di
        Garda", "Sierra de la Culebra"), spaces only between. The mountain, island or lake is named
        after the word, not a person. A feature noun that is itself a first name given regularly
        ("Isla", "Sierra") counts only before a listed place ("Isla de la Torre" is a woman)."""
        if _feature_noun(words[i].text) and i + 2 < len(words) and words[i + 1].text in _FEATURE_OF:
            # "Serra da Estrela", and Italian "Monte di Portofino", whose "di" cuts the run after "Monte"
            feature, named = i, i + 2 + (words[i + 2].text in _FEATURE_ARTICLES and i + 3 < len(words))
        else:
            k = i - 1
            if k >= 1 and words[k].text in _FEATURE_ARTICLES and words[k - 1].text in ("de", "del"):
                k -= 1  # "Sierra de la Culebra"
            if k < 1 or words[k].text not in _FEATURE_OF or not _feature_noun(words[k - 1].text):
                return False
            feature, named = k - 1, i
        if named >= len(words) or not _titlecase(words[named].text):
            return False
        if not all(_joined(text, words[m], words[m + 1]) for m in range(feature, named)):
            return False
        if self._lists.popularity.get(words[feature].text.casefold(), 0) >= _LOWER_POPULARITY:
            end = j if named < j else named + 1
            rest = " ".join(words[m].text.casefold() for m in range(named, end))
            return rest in self._places.words_in or words[named].text.casefold() in self._places.words_in
        return True

    def _maker_slot(self, text: str, start: int, end: int) -> bool:
        """True when the name at `start`..`end` is the maker of an appliance, a tool or a piece of gear
        named beside it (`goods_slots.maker_noun_before`, `maker_noun_after`, `goods_compound_after`:
        "il trapano Gibson", "a Gibson amp", "Candy Waschmaschinen")."""
        language = self.supported_language
        if language == "de":
            return goods_slots.goods_compound_after(text, end)
        return goods_slots.maker_noun_before(language, text, start, end, self._stops) or goods_slots.maker_noun_after(
            language, text, end
        )

    def _titled(self, words: list[_Word], i: int, j: int) -> bool:
        """True when the run words[i:j] reads as a title and as no person's name: two capitalised words
        or more, none after the first a census surname or a listed first name ("Carmina Burana", "Wolf
        Hall"; not "Lucía Pérez", "Romeo und Julia"): `work_titles.work_title`'s prints and stagings."""
        capitalised = [k for k in range(i, j) if _titlecase(words[k].text)]
        return len(capitalised) >= 2 and not any(
            surname_pairs.surname(words[k].folded) or self._lists.popularity.get(words[k].folded, 0) > 0
            for k in capitalised[1:]
        )

    def _variety_noun(self, folded: str) -> bool:
        """True for a German noun of plants, fabrics or workwear that a variety's or maker's name
        follows, capitalised in the same run ("Rosen Gertrude Jekyll", "Hortensien Annabelle":
        `goods_slots.DE_VARIETY_NOUNS`)."""
        return self.supported_language == "de" and folded in goods_slots.DE_VARIETY_NOUNS

    def _venue_run(self, text: str, words: list[_Word], i: int, j: int) -> bool:
        """True when the capitalised run words[i:j] names premises: one name right after a lower-case
        venue or shop noun ("l'hôtel Henriette", "il negozio Stanley": `venue_before`), or one or two
        after such a noun opening the run ("L'enseigne Jules", "Restaurante Zé Manel"), either with
        the branch's town after it ("la tienda Stanley de Almería", "le magasin Jules de Lille"). A
        name that goes on as a clause's subject stays a person ("au café Julien m'a dit")."""
        opener = words[i].folded.rsplit("'", 1)[-1].rsplit("’", 1)[-1]
        first = i + 1 if opener in w.VENUE_NOUNS else i
        end = j
        if end - first >= 3 and words[end - 2].folded in w.PARTICLES and self._place(words, end - 1):
            end -= 2  # "Stanley de Almería", "Jules de Lille": the branch's town
        if first > i:
            return 1 <= end - first <= 2 and not w.SUBJECT_AFTER.match(text, words[end - 1].end)
        return end - first == 1 and venue_before(text, words[first].start, words[first].end)

    def _word_thing(self, text: str, words: list[_Word], start: int, end: int) -> bool:
        """A lone first name that reads as the everyday word it also is, from the words around it
        (`word_names`: "el puente del Pilar", "Terço do Rosário", "sabonete de Jasmim", "una vera
        Gioia", "Serena giornata"), or a scent after the goods noun opening its run ("Bagnoschiuma
        Gelsomina"); a surname after it keeps the person."""
        if word_names.feminine_after_masculine(self.supported_language, text, words[start].start, words[start].folded):
            return True  # "espero el Octavia", "el Stella de la marca": a model named after a woman
        if end - start > 1:
            # "Bagnoschiuma Gelsomina", "Vela de Azucena": a goods noun opening the run, then the scent
            if end - start > 3 or not word_names.scent_holder(words[start].text.casefold()):
                return False
            start = end - 1
        if self._place_from(text, words, start):
            return True  # "a Gioia del Colle": Italian "del" cut the run, the town goes on
        word = words[start]
        lang = self.supported_language
        if word_names.dish_town(lang, text, word.start, town=word.text.casefold() in self._places.words_in):
            return True  # "la tarta de Santiago es igual": the dish's town, whatever verb follows
        if self._subject(text, word):
            return False  # "Una Giulia ha chiamato", "Serena mi ha detto": a person doing something
        folded = word.text.casefold()  # "Rocío", not the census's "rocio"
        is_word = lang in self._lists.words_in.get(word.folded, ()) or self._everyday(word.folded)
        return word_names.word_before(lang, text, word.start, word.end, folded, self._common, word=is_word) or (
            word_names.wish(lang, text, word.end, folded)
        )

    def _town_after_locative(self, text: str, words: list[_Word], start: int, end: int) -> bool:
        """A listed town, the whole span words[start:end], right after a preposition that puts only a
        place after it (`name_words.LOCATIVES`: "entregam em Luanda", "Em Caxias do Sul não tem",
        "Liefert ihr nach Erbil?"), in lower case or opening the sentence. A surname beside the name
        ("em Maria Guimarães") is no town and stays."""
        if start == 0:
            return False
        before = words[start - 1]
        if before.folded not in w.LOCATIVES.get(self.supported_language, ()):
            return False
        if not _SPACE.fullmatch(text, before.end, words[start].start):
            return False
        if not (before.text.islower() or _sentence_start(text, before.start)):
            return False
        return " ".join(words[k].text.casefold() for k in range(start, end)) in self._places.words_in

    def _place_from(self, text: str, words: list[_Word], i: int) -> bool:
        """A listed town of two to four words opening at the lone name words[i], spaces only between,
        with no first name that is no word in it ("Gioia del Colle")."""
        if self._kind(words[i]) != "ambiguous":
            return False
        for j in range(i + 2, min(i + 4, len(words)) + 1):
            if not _SPACE.fullmatch(text, words[j - 2].end, words[j - 1].start):
                return False
            if self._kind(words[j - 1]) == "name":
                return False
            if self._word_place(text, words, i, j):
                return True
        return False

    def _word_place(self, text: str, words: list[_Word], i: int, j: int) -> bool:
        """A run of two words or more that is a listed town, opening with a first name that is also a
        word, or with a word no list gives as a name, and holding no first name that is none ("Gioia
        del Colle", "Santiago de Compostela", "Caxias do Sul": "Sul" is a name elsewhere)."""
        if j - i < 2 or self._kind(words[i]) == "name":
            return False
        if any(self._kind(words[k]) == "name" for k in range(i, j)):
            return False
        return " ".join(words[k].text.casefold() for k in range(i, j)) in self._places.words_in

    def _place_ending(self, text: str, words: list[_Word], i: int, j: int) -> bool:
        """True when the run words[i:j] ends a listed town that a lower-case "do", "da", "de", "del"
        cut before it ("Caxias do Sul", "Santa Cruz do Sul": the run "Sul" after "Caxias do"), spaces
        only between and no first name that is no word in the town."""
        if i < 2 or not words[i - 1].text.islower() or words[i - 1].folded not in w.PARTICLES | _PHRASE_OF:
            return False
        for k in range(i - 2, max(-1, i - 4), -1):
            if not _titlecase(words[k].text):
                return False
            if any(not _SPACE.fullmatch(text, words[m].end, words[m + 1].start) for m in range(k, j - 1)):
                return False
            if any(self._kind(words[m]) == "name" for m in range(k, j)):
                return False
            if " ".join(words[m].text.casefold() for m in range(k, j)) in self._places.words_in:
                return True
        return False

    def _article_first_name(self, text: str, words: list[_Word], i: int, j: int) -> bool:
        """German "Die Leni holt das Paket ab", "Der Toni kommt heute": a run of the article that
        opens the sentence and one name, a verb only people do after it (`_DE_PERSON_VERB`), reads
        as the name alone; not a name that is a German word ("Die Rose", "Die Linde"). A name German
        corpora meet often ("Toni", "Leon", "Ella") counts: the verb is the evidence."""
        if self.supported_language != "de" or j - i != 2 or words[i].folded not in _DE_NAME_ARTICLES:
            return False
        name = words[i + 1]
        if "de" in self._lists.words_in.get(name.folded, ()) and not self._german_cue_name(name.folded):
            return False
        return _sentence_start(text, words[i].start) and _DE_PERSON_VERB.match(text, name.end) is not None

    def _german_cue_name(self, folded: str) -> bool:
        """A first name a German name cue before it makes a person's: given at least regularly and
        no German word by the lemma tables (the built list's German flag), so that German word lists
        hold it, if at all, only because German text names people often ("kevin", "sepp", "pauli"
        in wordfreq's list; "jupp", a hand-written short form flagged German from it); a flag of
        another language or a place does not count under a German cue ("bin der flori", "bin der
        kari"). Never a German stop word, a role, a relative or a goods noun, nor a word of
        `name_words.NOT_LOWER_NAMES` unless German gives it as a name ("ella")."""
        lists = self._lists
        if lists.popularity.get(folded, 0) < _LOWER_POPULARITY or folded in self._own_stops:
            return False
        if "de" in lists.words_in.get(folded, ()) and "de" not in lists.frequent_flags.get(folded, ()):
            return False
        if folded in w.ROLES or folded in w.KIN or folded in w.PRODUCT_NOUNS or folded in w.PARTICLES:
            return False
        return folded in _DE_NAMES_NOT_PRONOUNS or folded not in w.NOT_LOWER_NAMES

    def _articled_lower_name(self, text: str, words: list[_Word], i: int) -> bool:
        """German in lower case: "der kevin holt das paket ab", "der sepp kommt heut vorbei", "bin
        der jupp", "hier ist die ella". The article says a person's name here, as southern German
        chat writes it, when it opens the sentence and a verb only people do follows
        (`_DE_PERSON_VERB`), or when "bin" or "hier ist" stands before it and the name ends the
        clause; the name is no German word by the lemma tables (`_german_cue_name`). "der fahrer
        kommt" is a role, "die erika blüht" has no such verb."""
        word = words[i]
        if i == 0 or not word.text.islower() or not self._german_cue_name(word.folded):
            return False
        article = words[i - 1]
        if article.folded not in _DE_NAME_ARTICLES or not _joined(text, article, word):
            return False
        if _sentence_start(text, article.start) and _DE_PERSON_VERB.match(text, word.end) is not None:
            return True
        self_intro = _DE_SELF_BEFORE_ARTICLE.search(text[max(0, article.start - 16) : article.start])
        return self_intro is not None and _DE_CLAUSE_END.match(text, word.end) is not None

    def _part(
        self, text: str, words: list[_Word], part: list[int], *, alone: bool, after_stops: bool = False
    ) -> list[tuple[int, int, float]]:
        if self._named_subject(text, words, part):
            return [(part[0], part[-1] + 1, AMBIGUOUS_SCORE)]  # "Socorro Lima vai buscar", "Will Carter called"
        # capitalised prepositions open its run, cut off here or before: "Per Marco e …" reads as "per Marco"
        cut = 1 if after_stops else 0
        while part and (
            not _titlecase(words[part[0]].text) or self._leading_word(text, words[part[0]], has_next=len(part) > 1)
        ):
            if (
                (words[part[0]].folded in w.PRODUCT_NOUNS or self._variety_noun(words[part[0]].folded))
                and len(part) > 1
                and _titlecase(words[part[1]].text)
            ):
                return []  # a German product noun right before it: "das Modell Giulietta" ("die Jacke von Maria" stays)
            cut = cut + 1 if cut >= 0 and self._opener(words[part[0]].folded) else -1
            part = part[1:]  # a part starts with a capitalised name word, never a particle or "Can"
        if self.supported_language == "de" and len(part) == 1 and _inside_before(text, words[part[0]].start):
            return []  # "Im Ernst", "im Hugo": no one is in, or goes into, a person
        if (
            self.supported_language == "de"
            and len(part) > 1
            and (words[part[0]].folded in w.PRODUCT_NOUNS or self._variety_noun(words[part[0]].folded))
        ):
            return []  # "Das Parfum Chloé", "Das Modell Lotta": German capitalises the goods noun before the name
        while part and not (_titlecase(words[part[-1]].text) or _elided_surname(words[part[-1]].text)):
            part = part[:-1]  # and ends with one: "Carlos de los Reyes Magos" is cut at the feast
        if not part or len(part) > _MAX_WORDS or self._breaks(words[part[0]]):
            return []  # "Per Pasqua": a feast let in as a surname after "Per", a name elsewhere
        kinds = [self._kind(words[k]) for k in part]
        if "name" in kinds:
            return [(part[0], part[-1] + 1, SCORE)]
        if "ambiguous" not in kinds:
            return self._unlisted_pair(text, words, part)
        first = kinds.index("ambiguous")
        if first + 1 < len(kinds) and (
            kinds[first + 1] == "other"
            or not self._both_common(words, part, first)
            or (first == 0 and _person_preposition_before(text, words[part[0]].start))
        ):
            # "Rosa Bianchi": a surname follows; "Rocío Mora", "Pasquale Costa": a name that is also a
            # word, then another, not both everyday words ("Air Max", "Bella Vita" are), unless a
            # preposition that puts a person after it stands before: Portuguese word counts meet
            # names and surnames so often that "com Catarina Ferreira" reads as two everyday words
            return [(part[first], part[-1] + 1, AMBIGUOUS_SCORE)]
        if not alone and cut > 0 and len(part) == 1:
            alone = self._alone_after_stops(text, words[part[0]])
        if alone and not _sentence_start(text, words[part[0]].start):
            return [(part[0], part[-1] + 1, AMBIGUOUS_SCORE)]
        if alone and self._subject(text, words[part[0]]):
            return [(part[0], part[-1] + 1, AMBIGUOUS_SCORE)]  # "Chiara ha ordinato", "Serena mi ha detto"
        return []

    def _named_subject(self, text: str, words: list[_Word], part: list[int]) -> bool:
        """A listed first name opening the sentence, however much it is also a word or a stop word
        ("Will", "May", "Socorro"), then one capitalised surname that is no product's word, then a
        verb only a person does (`_subject`): "Socorro Lima vai buscar", "Will Carter called about
        the sofa", "May Thompson will collect it". The verb is the evidence a person is meant."""
        if len(part) != 2 or not _sentence_start(text, words[part[0]].start):
            return False
        first, surname = words[part[0]], words[part[1]]
        if not (_titlecase(first.text) and _titlecase(surname.text)):
            return False
        if self._lists.popularity.get(first.folded, 0) < _POPULARITY or self._breaks(surname):
            return False
        if surname.folded in w.PRODUCT_WORDS or surname.folded in w.EN_THINGS_AFTER_WORD_NAME:
            return False
        return self._subject(text, surname)

    def _opener(self, folded: str) -> bool:
        """A capitalised word before a name that reads as it does in lower case mid-sentence: a
        preposition that puts a person after it, or a stop word ("Is Carys in today?", "¿Eres
        Nieves?", "Secondo Serena …" are "… is carys", "… eres nieves").
        Not an article, numeral or possessive ("La Aurora", "Two Chelsea buns", "My Stella arrived
        cracked": things as often as people), and not in German, whose capitalised nouns and questions ("Wird Luna mit
        Wandhalterung geliefert?") name products."""
        if folded in _PERSON_BEFORE:
            return True
        if self.supported_language == "de" or folded in _ARTICLES or folded in w.KIN_POSSESSIVES:
            return False
        if folded in w.PLACE_PREPOSITIONS:
            return False  # "De Paris à Marseille": a place preposition puts a town after it
        return folded in self._stops

    def _alone_after_stops(self, text: str, word: _Word) -> bool:
        """A name word after capitalised prepositions that open its run ("Per Marco e …", "Con Chiara"):
        alone as it is after them in lower case, unless it is a colour ("De Rosa el vestido") or a
        capital or digit follows it on its line (a product: "Per Stella 2")."""
        if word.folded in w.COLOURS or _colour_cue(text, word.start):
            return False
        if _DATE_AFTER.match(text, word.end) or _PASSIVE_AFTER.match(text, word.end):
            return False  # "On Tue, 4 Nov 2026": a weekday; "Can Luna be delivered …?": a thing
        right = _RIGHT_CHUNK.match(text, word.end)
        return right is None or not any(c.isupper() or c.isdigit() for c in right.group(1))

    def _inner_surname(self, words: list[_Word], part: list[int], k: int, j: int) -> bool:
        """A capitalised word that would cut the run but is a surname here: a particle written with a
        capital between name words ("Renata Lo Russo", "Marta Dalla Costa", "Ana De la Cruz"), or
        the run's last word after a name when it is a number or a feast ("Vicente Diez", "María Jesús
        Reyes", "Giulia Pasqua"): surnames that are also words of the language."""
        if not part or not _titlecase(words[k].text):
            return False
        folded = words[k].folded
        if folded in _SURNAME_PARTICLES:
            return k + 1 < j
        return k == j - 1 and (folded in _HOLIDAY_SURNAMES or (folded in self._stops and folded not in w.NOT_NAMES))

    def _unlisted_pair(self, text: str, words: list[_Word], part: list[int]) -> list[tuple[int, int, float]]:
        """A rare listed first name ("Kriemhild", "Medard", "Ubaldesca": popularity 1, left out alone
        as too often a word or a brand) followed by a capitalised surname is a person, in every
        language: "Gestern hat Kriemhild Schulte bezahlt". Not with a lower-case particle between
        ("Clio de Geox"), a colour first, a place after it, or after a masculine or neuter article
        ("il Clio Geox"). Two capitalised words that no list holds at all are left alone: they are
        as often a brand and its product ("Kartell Bourgie", "Nexive Posta") as a person.
        A first name frequent in text that no lemma table calls a word is frequent as a name
        ("Jacopo", "Poppy": popularity 1 in the name list, common in wordfreq's): it counts with a
        surname that is no frequent word ("Poppy Blenkinsop", "Jacopo Fadda")."""
        if not 2 <= len(part) <= 3 or not _titlecase(words[part[0]].text):
            return []
        first = words[part[0]].folded
        rest = [k for k in part[1:] if _titlecase(words[k].text) and words[k].folded not in _SURNAME_PARTICLES]
        if not rest or any(words[k].folded in self._stops for k in rest):
            return []
        if any(_is_initial(words[k].text) and not text.startswith(".", words[k].end) for k in rest):
            person = part[0] > 0 and words[part[0] - 1].folded in w.PERSON_PREPOSITIONS
            if not person:  # "con Medard K", "Medard K.": an initial; "una Clio V": a model's generation
                return []
        if self._everyday_any(first) and (
            self._lists.words_in.get(first)
            or any(self._everyday_any(words[k].folded) or words[k].folded in w.CARE_OF_PLACES for k in rest)
        ):
            return []  # a word ("Velvet Rouge"), two frequent words ("Nike Air"), a firm ("Dawson GmbH")
        lower_inside = any(not _titlecase(words[k].text) for k in part)
        if lower_inside or first in w.COLOURS or any(self._place(words, k) for k in part[1:]):
            return []  # "Clio de Geox", "Schwarz Swatch", "Kiko Milano": a product, a colour, a place
        if _article_before(text, words[part[0]].start):
            return []  # "il Clio Geox", "el Nestlé Extrafino": a thing ("la Giulia" stays a person)
        if self._lists.popularity.get(first) == 1 and not self._lists.words_in[first] - {"place"}:
            return [(part[0], part[-1] + 1, AMBIGUOUS_SCORE)]
        if self._census_pair(text, words, part[0], rest):
            return [(part[0], part[-1] + 1, AMBIGUOUS_SCORE)]
        return []

    def _census_pair(self, text: str, words: list[_Word], first: int, rest: list[int]) -> bool:
        """A first name no list holds before a census surname ("Hodan Warsame", "Yerutí Mamani":
        `surname_pairs`). The first word is no frequent word of any of the six languages, no place,
        no product noun or brand and no long compound ("Blouson Schott", "Verteilzentrum
        Staufenberg"); each word after it a listed surname (the list holds no ordinary word) that is
        no brand and not both a place and a frequent word ("Nilusha Perera" yes, "Kiko Milano" no).
        Not after an article that says a thing ("die", "the", "un"; "a", "la" name people too)."""
        folded = words[first].folded
        if not 3 <= len(folded) <= _LONGEST_FIRST or not folded.isalpha() or len(rest) > 2:
            return False
        if self._everyday_any(folded) or any(folded in common for common in self._lists.common.values()):
            return False
        if self._place(words, first) or folded in w.PRODUCT_NOUNS or folded in w.BRANDS:
            return False
        before = _LEFT_CHUNK.search(text, max(0, words[first].start - 12), words[first].start)
        if before is not None and before.group(1).casefold() in _ARTICLES - _NAME_ARTICLES:
            return False  # "die Tischdecke Amalfi", "the Artemide Tolomeo": a thing ("a Roriz Bolzan" stays)
        return all(
            surname_pairs.surname(f := words[k].folded)
            and f not in w.BRANDS
            and not (self._place(words, k) and self._everyday_any(f))
            for k in rest
        )

    def _everyday_any(self, folded: str) -> bool:
        """A stop word or frequent word of this language or English (no popularity exception)."""
        return folded in self._stops or folded in self._common or folded in self._common_en

    def _place(self, words: list[_Word], k: int) -> bool:
        return words[k].folded in self._places.words_in

    def _coordinated(self, text: str, words: list[_Word], results: list[RecognizerResult]) -> list[RecognizerResult]:
        """A name in a list takes its neighbour across "e", "y", "und", "and", "et", "ou": "Caprice
        e Mona Balestra", "Lutz Weber und Ishild": capitalised words (one to three) joined to a found
        name by a conjunction alone are a name too, when none of them is an everyday word, a word
        that is never a name, or a place. Rare first names and foreign ones have no list to be on;
        their place in a list of people is the evidence."""
        if not results:
            return results
        index = {word.start: k for k, word in enumerate(words)}
        ends = {word.end: k for k, word in enumerate(words)}
        taken = [(r.start, r.end) for r in results]
        added: list[RecognizerResult] = []
        for result in results:
            first, last = index.get(result.start), ends.get(result.end)
            if first is None or last is None:
                continue
            # to the right: name, conjunction, (article,) capitalised words
            if last + 2 < len(words) and self._conjunction(text, words, last + 1):
                near = last + 2 + self._article(text, words, last + 2)
                end = self._neighbour_run(text, words, near, step=1) if near < len(words) else None
                if end is not None:
                    added.append(self._result(words[near].start, words[end].end, AMBIGUOUS_SCORE))
            # to the left: capitalised words, conjunction, (article,) name: "O Lázaro e a Deodata"
            link = first - 1 - (first >= 1 and self._article(text, words, first - 1))
            if link >= 1 and self._conjunction(text, words, link):
                start = self._neighbour_run(text, words, link - 1, step=-1)
                if start is not None:
                    added.append(self._result(words[start].start, words[link - 1].end, AMBIGUOUS_SCORE))
            # to the left across a comma, in a list that a conjunction closes: "Iria, Roser y Brais"
            listed = last + 2 < len(words) and self._conjunction(text, words, last + 1)
            if listed and first >= 1 and _LIST_COMMA.fullmatch(text, words[first - 1].end, words[first].start):
                start = self._neighbour_run(text, words, first - 1, step=-1)
                if start is not None and _list_opening(text, words[start].start):
                    added.append(self._result(words[start].start, words[first - 1].end, AMBIGUOUS_SCORE))
        fresh = [r for r in added if not any(s < r.end and r.start < e for s, e in taken)]
        return results + fresh

    def _article(self, text: str, words: list[_Word], k: int) -> int:
        """1 when word `k` is a lower-case article before a name, joined to the next word: Portuguese
        and Italian chat put one before first names ("o João e a Maria", "la Giulia e il Marco")."""
        joined = k + 1 < len(words) and _joined(text, words[k], words[k + 1])
        return int(words[k].text in _NAME_ARTICLES and joined and _titlecase(words[k + 1].text))

    def _conjunction(self, text: str, words: list[_Word], k: int) -> bool:
        return (
            words[k].text in _CONJUNCTIONS
            and _joined(text, words[k - 1], words[k])
            and (k + 1 < len(words) and _joined(text, words[k], words[k + 1]))
        )

    def _neighbour_run(self, text: str, words: list[_Word], k: int, *, step: int) -> int | None:
        """The far end of one to three name-like capitalised words from word `k` going `step`."""
        far = None
        j = k
        while 0 <= j < len(words) and abs(j - k) < 3:
            word = words[j]
            if j != k and not _joined(text, *sorted((words[j], words[j - step]), key=lambda x: x.start)):
                break
            if not _titlecase(word.text) or self._breaks(word) or (j == k and word.folded in self._places.words_in):
                break  # a place as the surname stays ("Grace Taylor"), not as the neighbour itself
            if self._everyday_any(word.folded) and self._lists.popularity.get(word.folded, 0) < _POPULARITY:
                break
            far = j
            j += step
        if far is None:
            return None
        edge = words[far]
        if step > 0 and (_digit_after(text, edge.end) or self._brand(words, k, far + 1)):
            return None
        if step < 0 and (_sentence_start(text, edge.start) and self._everyday_any(edge.folded)):
            return None
        return far

    def _both_common(self, words: list[_Word], part: list[int], first: int) -> bool:
        """Both words everyday words ("Air Max", "Bella Vita"); a very popular first name is never
        one, however often a corpus meets it ("Anna Maria", "Maria Clara")."""
        pair = (words[part[first]].folded, words[part[first + 1]].folded)
        return all(self._everyday(f) for f in pair)

    def _everyday(self, folded: str) -> bool:
        common = folded in self._common or folded in self._common_en
        return common and self._lists.popularity.get(folded, 0) < _VERY_POPULAR

    def _leading_word(self, text: str, word: _Word, *, has_next: bool) -> bool:
        """A stop word ("Can Paul"), or a word of the language capitalised as a sentence's first:
        "Cerco Giulietta" (a common word, not a listed name), "Rosa è …" (a name that is a word,
        alone). A listed first name with a capitalised word after it stays ("Rocío Mora ya ha pagado")."""
        folded = word.folded
        if folded in self._stops:
            return True
        if not _sentence_start(text, word.start):
            # German capitalises every noun: "die Jacke von Gerry Weber", "im Auftrag von Eva Maria Vogel"
            german_noun = self.supported_language == "de" and folded in self._common
            return german_noun and self._lists.popularity.get(folded, 0) < _POPULARITY
        if self._lists.popularity.get(folded, 0) >= _POPULARITY:
            if not has_next and self._subject(text, word):
                return False  # "Chiara ha ordinato": a person doing something
            return not has_next and (
                self.supported_language in self._lists.words_in[folded]
                or (self.supported_language == "en" and folded in w.EN_LEADING_WORD_NAMES)
            )
        return folded in self._common

    def _english_word_name(self, folded: str) -> bool:
        """A first name that is an English word: flagged so by the list, or `name_words.EN_LEADING_WORD_NAMES`."""
        return "en" in self._lists.words_in.get(folded, frozenset()) or folded in w.EN_LEADING_WORD_NAMES

    def _subject(self, text: str, word: _Word) -> bool:
        """Italian: an auxiliary and a past participle follow a first name that is no colour
        (`_IT_SUBJECT_VERB`: "Chiara ha ordinato", not "Nero ha fatto furore"); English: a verb only a
        person does (`_EN_PERSON_VERB`: "Holly said …", not "Holly wreath"); Spanish, Portuguese,
        French: the same, colours too, since no colour comes to collect or pays (`_ROMANCE_PERSON_VERB`:
        "Rosario pasa a recogerlo", "Dores vai buscar", "Rose passera le chercher"); German: the same
        after a name that is no German word by the lemma tables (`_DE_PERSON_VERB`, `_german_cue_name`:
        "Wladimir holt es ab"); any language: "… and I"."""
        romance = _ROMANCE_PERSON_VERB.get(self.supported_language)
        if romance is not None and romance.match(text, word.end):
            return True
        if word.folded in w.COLOURS:
            return False
        and_i = _AND_I.get(self.supported_language)
        if and_i is not None and and_i.match(text, word.end):
            return True
        if self.supported_language == "en":
            return _EN_PERSON_VERB.match(text, word.end) is not None
        if self.supported_language == "de":  # "Wladimir holt es ab": a name no German lemma, a person's verb
            return self._german_cue_name(word.folded) and _DE_PERSON_VERB.match(text, word.end) is not None
        if self.supported_language != "it":
            return False
        return any(verb.match(text, word.end) for verb in (_IT_SUBJECT_VERB, _IT_PERSON_VERB))

    def _breaks(self, word: _Word) -> bool:
        """A capitalised word that cannot be part of a name: it cuts the run. A noun by its ending
        (`name_words.noun_by_ending`) cuts it even when a listed first name ("Concepción"): this
        recognizer spares none, where the person recognizer (`_POPULAR_NAME`) and `noun_opening` (any
        listed name) spare one; a bar here would move its spans, so none was added."""
        folded = word.folded
        if folded in self._run_particles and not _titlecase(word.text):
            return False
        if self.supported_language == "de" and folded in _DE_NAMES_NOT_PRONOUNS:
            return False  # "Die Ella holt es ab": Spanish "ella" (she) is a German girl's name
        if folded in w.NOT_NAMES or folded in w.FEASTS or folded in w.COUNTRY_NAMES or _is_code(word.text):
            return True
        if w.noun_by_ending(folded):
            return True
        return folded not in self._lists.popularity and folded in self._stops

    def _kind(self, word: _Word) -> str:
        """'name': a listed first name; 'ambiguous': one that is also a word or a place; 'other':
        anything else.
        A hyphenated double first name takes the kind of its parts ("Hans-Peter", "Anna-Lena")."""
        folded = word.folded
        langs = self._lists.words_in.get(folded)
        if langs is None:
            return self._double_kind(folded) if "-" in folded else "other"
        if folded in w.PARTICLES:
            return "other"
        if self._lists.popularity[folded] < _POPULARITY:
            return "other"
        return "ambiguous" if langs else "name"  # a word of any of the six languages, or a place

    def _double_kind(self, folded: str) -> str:
        parts = folded.split("-")
        pops = [self._lists.popularity.get(p, 0) for p in parts]
        if len(parts) < 2 or min(pops) < _POPULARITY:
            return "other"
        if all(self._everyday(p) for p in parts):
            return "other"  # "Ray-Ban", "Coca-Cola": everyday words, not a double first name
        return "ambiguous" if all(self._lists.words_in[p] for p in parts) else "name"

    def _lower(self, text: str, words: list[_Word], i: int) -> tuple[int, int] | None:
        """A lower-case first name (and the surname after it) at word `i`, as a word index range;
        none after "for a", "per un", "para un" ("para un seiko?": a thing, `goods_slots.for_a`)."""
        span = self._lower_span(text, words, i)
        if span is None:
            return None
        before = _two_before(text, words, i)
        if before is not None and goods_slots.for_a(self.supported_language, before[0].folded, before[1].folded):
            return None
        if self.supported_language == "de" and any(goods_slots.goods_compound(words[k].folded) for k in range(*span)):
            return None  # "der severin wasserkocher": the maker before the thing
        return span

    def _lower_span(self, text: str, words: list[_Word], i: int) -> tuple[int, int] | None:
        """`_lower`'s span, before the slot around it is read."""
        if _glued(text, words[i]):
            return None
        if self.supported_language == "de" and german_word_slots.adverb_before_participle(
            text, words[i].start, words[i].end
        ):
            return None  # "ernst gemeint", "frank und frei": the adverb, not the name
        if self.supported_language == "de" and self._articled_lower_name(text, words, i):
            return i, i + 1  # "der sepp kommt heut vorbei": the name alone, the verb after it no surname
        if not self._lower_name(words[i].folded):
            return (
                self._lower_word_name(text, words, i)
                or self._lower_pair(text, words, i)
                or self._unlisted_lower_pair(text, words, i)
            )
        if self.supported_language != "en" and _noun_before(text, words[i].start, self._own_stops):
            return None  # "a batedeira arno", "la caja stanley": typed in lower case, still the maker
        if self._maker_slot(text, words[i].start, words[i].end):
            return None  # "il trapano gibson", "a gibson amp": the maker, in lower case
        if work_titles.work_title(self.supported_language, text, words[i].start, words[i].end):
            return None  # "o poster de matilda": a work's title, in lower case
        if self._saint(text, words, i):
            return None  # "abrem no dia de são pedro?", "todos los santos": a saint's day, typed in lower case

        end = self._lower_surnames(text, words, i + 1)
        if end > i + 1 and self._everyday_phrase(text, words, i, end):
            return None  # "en rosa palo", "de flor bordada", "die iris blüht": two everyday words
        if end == i + 1 and (len(words[i].folded) < _LOWER_ALONE or self._lists.words_in[words[i].folded]):
            return None  # "val 09/27" (validade), "prima: 1234" (an Italian word): alone, no name
        if end == i + 1 and self._everyday_alone(text, words, i):
            return None  # "je n'ai rien", "un devis", "le jean", "solange der Polo": the word, not the name
        return i, end

    def _everyday_phrase(self, text: str, words: list[_Word], i: int, end: int) -> bool:
        """True when a lower-case first name and the "surname" after it (words[i:end]) are everyday
        words of the language (`common_words.tsv`: "rosa palo", "sol factor", "graça acima", "iris
        blüht") right after a word that leads to a thing: an article ("die erika pflanzen"), "en",
        "em", "in" ("en rosa palo"), or "de", "del", "do", "di" after a good made of, tasting of or
        giving off what follows (`_GOODS_HOLDERS`: "crema de sol factor", "velas de luz cálida"; not
        "a nombre de", "la bolsa de"), or Portuguese "é de graça" (free). A person's surname is as
        often a word ("rosa blanco", "ernst keller"), so the word before decides; after "soy", "con",
        "para", a comma, nothing, the name stays ("me llamo rocío", "an till fuchs", "saludos, nieves peralta")."""
        if any(words[k].folded not in self._common and words[k].folded not in w.PARTICLES for k in range(i, end)):
            return False
        if i == 0 or not _joined(text, words[i - 1], words[i]) or not words[i - 1].text.islower():
            return False
        before = words[i - 1].folded
        if before in _PHRASE_LEADS or before in _THING_ARTICLES:
            return True
        if before not in _PHRASE_OF or i < 2 or not _joined(text, words[i - 2], words[i - 1]):
            return False
        holder = words[i - 2]
        if not holder.text.islower():
            return False
        if words[i].folded == "graça" and before == "de":  # "é de graça acima de 100": free of charge
            return holder.folded in _FREE_OF_CHARGE_BEFORE and words[i + 1].folded in _FREE_OF_CHARGE_AFTER
        return holder.folded in _GOODS_HOLDERS

    def _spec_value(self, text: str, word: _Word) -> bool:
        """True when a lone capitalised word stands right after a spec noun (`name_words.SPEC_CUES`:
        "color Jade", "tessuto Alba"). In English only before a stop word or the line's end: "the
        fabric Heather chose" is a relative clause with a person in it."""
        before = _LEFT_CHUNK.search(text, max(0, word.start - 16), word.start)
        if before is None or before.group(1).casefold() not in w.SPEC_CUES:
            return False
        if self.supported_language != "en":
            return True
        after = _RIGHT_CHUNK.match(text, word.end)
        return after is None or after.group(1).casefold() in self._stops

    def _everyday_alone(self, text: str, words: list[_Word], i: int) -> bool:
        """True when a lower-case first name with no surname after it reads as the everyday word it
        also is in the language (wordfreq's list, `common_words.tsv`; the name list's own word flags
        miss "rien", "devis", "jean", "solange"): right after a masculine or neuter article ("le
        jean", "un devis"), or in a text with capitals elsewhere, where a name would have been
        capitalised ("Je n'ai rien", "Gibt es, solange …"). A name stays after a preposition that puts
        a person after it ("con giulia", "avec marie") or before a capitalised surname ("de dani
        Garcia"), and in a text typed all in lower case ("ho parlato con giulia")."""
        word = words[i]
        if word.folded not in self._common:
            return False
        if _article_before(text, word.start):
            return True
        if i + 1 < len(words) and _titlecase(words[i + 1].text) and _joined(text, word, words[i + 1]):
            return False
        if i > 0 and words[i - 1].folded in w.PERSON_PREPOSITIONS and _joined(text, words[i - 1], word):
            return False
        return any(c.isupper() for c in text)

    def _lower_surnames(self, text: str, words: list[_Word], k: int) -> int:
        """The end of the lower-case surname after a lower-case first name ending before word `k`:
        one word, or particles and a word ("giada del grande", "rocco de mello", "ana de la cruz"),
        and, in a text with no capital at all, a second surname ("isa garcia herrera"): no frequent
        English word ("will") unless a census surname ("garcía", frequent in English text too)."""
        end = k
        # German's own particles only: its "das", "da" are an article and "there" ("holt jürgen das paket ab")
        particles = _GERMAN_PARTICLES | {"der", "den"} if self.supported_language == "de" else w.PARTICLES
        while end < len(words) and words[end].folded in particles and words[end].text.islower():
            if end - k == 2 or not _joined(text, words[end - 1], words[end]):
                return k
            end += 1
        # a first name that is no word: "jocelyn dela rosa", not "estrella de mar de plata"
        after_particle = end > k and k > 0 and not self._lists.words_in.get(words[k - 1].folded)
        if (
            end < len(words)
            and _joined(text, words[end - 1], words[end])
            and self._lower_surname(words[end], after_particle)
        ):
            end += 1
            second = end < len(words) and _joined(text, words[end - 1], words[end])
            if second and end == k + 1 and not any(c.isupper() for c in text) and self._lower_surname(words[end]):
                if words[end].folded not in self._common_en or self._pairs.census_surname(words[end].folded):
                    end += 1
            return end
        return k

    def _lower_word_name(self, text: str, words: list[_Word], i: int) -> tuple[int, int] | None:
        """In a text typed without any capital, a very popular first name that is also a word,
        right after "con", "para", "mit", "with"… and followed by a surname: "ho parlato con chiara
        gallo", "el paquete es para paula rodríguez". Without the capitals nothing else tells."""
        folded = words[i].folded
        if self._lists.popularity.get(folded, 0) < _VERY_POPULAR or folded in self._stops:
            return None
        if i == 0 or words[i - 1].folded not in w.PERSON_PREPOSITIONS or not _joined(text, words[i - 1], words[i]):
            return None
        if any(c.isupper() for c in text):
            return None
        end = i + 1
        if end < len(words) and _joined(text, words[i], words[end]) and self._lower_surname(words[end]):
            if words[end].folded not in w.PRODUCT_NOUNS and words[end].folded not in w.COLOURS:
                return i, end + 1
        return None

    def _lower_pair(self, text: str, words: list[_Word], i: int) -> tuple[int, int] | None:
        """A lower-case first name `_lower_name` refuses (rarer, or also a word) that its surname
        after it makes a name ("sveva bellini", "mercedes gómez"), or a lower-case double first
        name ("kai-uwe", "marie-claire"): `lower_pairs`."""
        folded = words[i].folded
        if folded in w.NOT_LOWER_NAMES or folded in w.PARTICLES or folded in _ARTICLES:
            return None
        if not self._pairs.may_pair(folded):
            return None  # most lower-case words: no need to read the surnames after them
        end = self._lower_surnames(text, words, i + 1)
        surnames = [words[k].folded for k in range(i + 1, end) if words[k].folded not in self._run_particles]
        if self._pairs.double_first_name(folded):  # with the surname after it, as `_lower` takes it
            return i, end
        if not self._pairs.paired(folded, surnames, particles=len(surnames) < end - i - 1):
            return None
        if any(s in w.PRODUCT_NOUNS or s in w.COLOURS for s in surnames):
            return None  # "rosa cipria", "mercedes cabrio": a colour or a good after the word
        if self._everyday_phrase(text, words, i, end) or self._brand(words, i, end):
            return None
        return i, end

    def _unlisted_lower_pair(self, text: str, words: list[_Word], i: int) -> tuple[int, int] | None:
        """Spanish and Portuguese: a lower-case word no list holds right before a listed census surname
        that is no frequent word ("leidys fontalvo", "yahaira almonte", "tanausú umpiérrez"). The
        first-name list misses many given names of Latin America and of Portuguese-speaking Africa;
        the surname vouches for the word before it, as it does for a rarer listed name (`_lower_pair`).
        Not a place, a word never a name, a particle or an article on either side, and not a thing,
        a colour, a brand or a maker after it. The lists also lack many rare words, so the word's
        shape and its neighbour must be no word's: no ending of an infinitive or a plural ("estampar",
        "lavadoras beko"), no article, clitic, particle or listed name right before it ("la batedeira
        arno", "lo recoja chema", "saíd el fassi benjelloun": a name read from its first word)."""
        if i + 1 >= len(words):
            return None
        first, second = words[i], words[i + 1]
        if not self._pairs.unlisted_first(first.folded) or not second.text.islower():
            return None
        language, names = self.supported_language, self._lists.popularity
        if unlisted_words.word_by_shape(language, first.folded, self._common, names):
            return None
        if i > 0 and _joined(text, words[i - 1], first):
            before = words[i - 1].folded
            particle = before in w.PARTICLES and before not in _PREPOSITION_PARTICLES  # "a nombre de X" stays
            preposition = before in _ARTICLE_PREPOSITIONS.get(language, ())  # "lo do a X": no article
            if not preposition and (before in _ARTICLES or before in _CLITICS) or particle or before in names:
                return None
        if first.folded in w.NOT_LOWER_NAMES or first.folded in w.PARTICLES or first.folded in _ARTICLES:
            return None
        if first.folded in _CUE_WORDS or unlisted_words.plural_of_word(language, second.folded, self._common, names):
            return None
        if first.folded in self._places.words_in or second.folded in self._places.words_in:
            return None
        if not _joined(text, first, second) or not self._lower_surname(second):
            return None
        if not self._pairs.census_surname(second.folded) or second.folded in self._pairs.everyday:
            return None
        if second.folded in w.PRODUCT_NOUNS or second.folded in w.COLOURS or first.folded in w.not_in_a_name():
            return None
        if any(second.folded in listed for listed in (w.CARRIERS, w.APPS, w.BRANDS)):
            return None
        if self._brand(words, i, i + 2, text) or self._maker_slot(text, second.start, second.end):
            return None
        return i, i + 2

    def _lower_name(self, folded: str) -> bool:
        if self._lists.popularity.get(folded, 0) < _LOWER_POPULARITY:
            return False
        langs = self._lists.words_in[folded]
        if self.supported_language in langs or "en" in langs:
            return False
        return folded not in w.NOT_LOWER_NAMES and folded not in self._stops and folded not in w.PARTICLES

    def _lower_surname(self, word: _Word, after_particle: bool = False) -> bool:
        """A lower-case word that may be a surname: no stop word, no word never a name, no verb or
        adjective form, except right after a particle and a first name that is no word, where no verb
        stands ("jocelyn dela rosa")."""
        folded = word.folded
        if not word.text.islower() or len(folded) < 3 or folded in self._stops or folded in w.NOT_LOWER_NAMES:
            return False
        return after_particle or not folded.endswith(w.VERB_ENDINGS) or folded in w.VERB_LIKE_SURNAMES

    def _saint(self, text: str, words: list[_Word], i: int) -> bool:
        """A run that starts with, or right after, "San", "Santa", "São", "Saint", "St." is a
        saint's day, a church or a place ("San Valentino", "São João", "Sant'Ambrogio"), in lower
        case too ("no dia de são pedro"); so is one after "todos los"/"todos os" (All Saints' Day:
        "en Todos los Santos", "Dia de Todos os Santos")."""
        if words[i].folded.split("'")[0].split("-")[0].split("’")[0] in w.SAINTS:
            return True
        if words[i].text.casefold() in w.SAINTS:
            return True  # "Mariä Himmelfahrt": folded without its accent, "Mariä" would read "maria"
        if i >= 2 and (words[i - 2].folded, words[i - 1].folded) in w.ALL_SAINTS_BEFORE:
            return _joined(text, words[i - 2], words[i - 1]) and _joined(text, words[i - 1], words[i])
        before = text[max(0, words[i].start - 8) : words[i].start].rstrip(" .'’-\u00a0").rsplit(None, 1)
        return bool(before) and before[-1].casefold().strip(" .'’-") in w.SAINTS

    def _saint_inside(self, text: str, words: list[_Word], i: int, j: int) -> bool:
        """A span words[i:j] that starts with or after "São", "Santa", or holds one after words that
        are no first names, names a saint in a shop's name ("Farmácia São João", "Tabaccheria Santa
        Rita"); "María San Juan" keeps its name: a first name comes before the saint."""
        if self._saint(text, words, i):
            return True
        for k in range(i + 1, j - 1):
            if words[k].folded.split("'")[0].split("’")[0] in w.SAINTS:
                return all(self._kind(words[m]) == "other" for m in range(i, k))
        return False

    def _brand(self, words: list[_Word], i: int, j: int, text: str = "") -> bool:
        run = tuple(words[k].folded for k in range(i, j))
        if any(run[k : k + len(b)] == b for k in range(len(run)) for b in self._brands.get(run[k], ())):
            return True
        if not text:
            return False
        # "Marks & Spencer", "Ben and Jerry's": a listed brand whose words "&" or "and" join
        # runs of their own, each a first name or surname alone
        lo, hi = i, j - 1
        while (before := _linked(text, words, lo, -1)) is not None:
            lo = before
        while (after := _linked(text, words, hi, 1)) is not None:
            hi = after
        if (lo, hi) == (i, j - 1):
            return False
        joined = tuple(
            w.without_possessive(words[k].folded) for k in range(lo, hi + 1) if words[k].folded not in w.BRAND_JOINERS
        )
        return any(joined[k : k + len(b)] == b for k in range(len(joined)) for b in w.JOINED_BRANDS)

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=type(self).__name__, original_score=score, textual_explanation="listed first name"
        )
        return RecognizerResult(self.ENTITY, start, end, score, explanation)


def shouted(text: str) -> bool:
    """Typed all in capitals (letters, none lower-case), with lower-casing keeping every offset. The
    ordinal marks "º" and "ª" have no capital and count as none ("ENTREGAR A IKER ARANBURU EN EL 3ºB",
    "Nº 12"): Python calls them lower case."""
    return (
        not any(ch.islower() and ch not in _ORDINAL_MARKS for ch in text)
        and any(map(str.isupper, text))
        and len(text.lower()) == len(text)
    )


def _list_opening(text: str, start: int) -> bool:
    """A list of people opens at `start`: nothing before it on its line but a sentence's end ("Hola.
    Iria, Roser y Brais …"), so "Gracias, Roser y Brais" (a word then a comma) is no list of three."""
    return _LIST_OPENING.search(text, 0, start) is not None


def _titlecase(token: str) -> bool:
    """A capital first letter, not all capitals: "Marco", "O'Brien", "Jean-Pierre"."""
    return token[:1].isupper() and (len(token) == 1 or not token.isupper())


def _elided_surname(token: str) -> bool:
    """A surname with an elided particle in lower case: "d'Aubigné", "d'Arcy" (inside a run only)."""
    return len(token) > 3 and token[0] == "d" and token[1] in "'’" and token[2].isupper()


def _is_initial(token: str) -> bool:
    return len(token) == 1 and token.isupper()


def _is_code(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


def _joined(text: str, left: _Word, right: _Word) -> bool:
    """True when only spaces (or the initial's dot) separate two words: no comma, no line break."""
    gap = text[left.end : right.start]
    if gap.startswith("."):
        if not _is_initial(left.text) and left.folded not in w.NAME_ABBREVIATIONS:
            return False
        gap = gap[1:]
    return bool(gap) and _SPACE.fullmatch(gap) is not None


def _product_neighbour(text: str, start: int, end: int) -> bool:
    """True when the chunk beside a word, across spaces on the same line and with no punctuation
    between, holds a capital or a digit: "MB Way", "Galaxy S24 Max" are products, "con Rosa" is not."""
    left = _LEFT_CHUNK.search(text, max(0, start - 40), start)
    right = _RIGHT_CHUNK.match(text, end)
    return any(m is not None and any(c.isupper() or c.isdigit() for c in m.group(1)) for m in (left, right))


def _glued(text: str, word: _Word) -> bool:
    """A word inside an e-mail address, a link, a file or user name: "ana.oliveira@", "/ana/"."""
    before = text[word.start - 1] if word.start else " "
    after = text[word.end] if word.end < len(text) else " "
    return before in _GLUE or (after in _GLUE and text[word.end + 1 : word.end + 2].isalnum())


def _feature_noun(token: str) -> bool:
    """A capitalised land or water feature's noun, elided article or not ("Serra", "all'Isola")."""
    bare = token.rsplit("'", 1)[-1].rsplit("’", 1)[-1]
    return _titlecase(bare) and bare.casefold() in w.GEO_FEATURES


def _glued_token(text: str, first: _Word, last: _Word, everyday: frozenset[str], english: bool) -> bool:
    """True when the run from `first` to `last` is glued to a word by "!", "&" or "+" with no space on
    either side ("Fritz!Box", "Maison&Objet", "Disney+Hotstar"): one brand's, product's or fair's
    name, as no one writes two people so. Not when the word glued on is a listed first name
    ("Anna&Marco": a couple). After "!" a sentence may start with its space forgotten ("Marco!Grazie",
    "Marco!Volevo dirti"): there the word must be no stop word and no everyday word of the message's
    language that English lacks (`everyday`; "Box", "Mail" are English words a product takes), and an
    English message is never read so ("Tom!Thanks")."""
    for right in (True, False):
        at = last.end if right else first.start - 1
        if not 0 <= at < len(text) or text[at] not in _TOKEN_GLUE:
            continue
        other = _WORD.match(text, at + 1) if right else _WORD_BEFORE_GLUE.search(text, 0, at)
        if other is None:
            continue
        folded = other.group().casefold()
        if gazetteer().popularity.get(folded, 0) >= _POPULARITY:
            continue
        if text[at] == "!" and (english or folded in everyday):
            continue
        return True
    return False


def _noun_before(text: str, start: int, stops: frozenset[str]) -> bool:
    """True when a lower-case product noun stands right before `start`, spaces only between.

    Not one of the language's stop words: the noun list mixes languages, and German "hat"
    (has) is English "hat" ("Gestern hat Sabine Hoffmann …" is a person)."""
    before = _LEFT_CHUNK.search(text, max(0, start - 40), start)
    if before is None or before.group(1) in w.PERSON_PREPOSITIONS:
        return False  # Brazilian "pro" ("para o"), not the "Pro" of a product line: "Entrega pro Zé Carlos"
    return before.group(1) in w.PRODUCT_NOUNS and before.group(1) not in stops


def dish_before(text: str, start: int) -> bool:
    """True when a lower-case dish noun (`name_words.DISH_NOUNS`) stands right before `start`, with
    Portuguese "à", Italian "alla"/"all'" or nothing between ("bacalhau à Brás", "bacalhau à Gomes de
    Sá", "spaghetti alla Norma", "solomillo Wellington"): the dish is made in the way of the name,
    which cooks wrote after a person or a place long ago. With "à"/"alla" between, the noun may be
    capitalised, as a menu or a sentence's start writes it ("Bacalhau à Brás"), before a name the
    list holds, as typed, as rare or not at all: a name given regularly is read as a person handed
    the dish ("Entreguei o Bacalhau à Maria", "Ho portato gli Spaghetti alla Giulia"), fail closed;
    with nothing between only in lower case."""
    match = _DISH_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    noun = match.group(1)
    if noun in w.DISH_NOUNS:
        return True
    if match.group(2) is None or noun.casefold() not in w.DISH_NOUNS:
        return False
    name = _WORD.match(text, start)
    return name is not None and gazetteer().popularity.get(name.group().casefold(), 0) < _LOWER_POPULARITY


def _named_feast(text: str, words: list[_Word], i: int) -> bool:
    """True when the capitalised run at word `i` is, or follows, a feast's or a fair's capitalised
    head and its "de"/"do"/"di" ("a Festa do Divino", "no Círio de Nazaré", "la Sagra della
    Porchetta"; `_FEAST_HEADS`), spaces only between, in the middle of a sentence: the capital says
    the feast is called so, and the name after it is the feast's. Over the tune and retired sets
    (2026-12-07) the capitalised head and link stood mid-sentence before 35 feasts and no person.
    Opening a sentence the capital says nothing ("Festa da Maria sábado, fazem bolo?" is her party)
    and the name stays: fail closed. The list read a first name in five of those feasts ("Festa do
    Divino" twice, "Círio de Nazaré")."""
    if i + 1 < len(words) and words[i].text in _FEAST_HEADS and words[i + 1].text in _FEAST_LINKS:
        head = i
    elif i >= 2 and words[i - 1].text in _FEAST_LINKS and words[i - 2].text in _FEAST_HEADS:
        head = i - 2
    elif i >= 3 and words[i - 1].text == "la" and words[i - 2].text == "de" and words[i - 3].text in _FEAST_HEADS:
        head = i - 3
    else:
        return False
    if any(not _SPACE.fullmatch(text, words[k].end, words[k + 1].start) for k in range(head, max(i, head + 1))):
        return False
    return not _sentence_start(text, words[head].start)


def _two_before(text: str, words: list[_Word], i: int) -> tuple[_Word, _Word] | None:
    """The two words right before word `i` when the second is an article `goods_slots` reads ("for
    a", "un amplificatore"), spaces only between the three; else None."""
    if i < 2 or (words[i - 1].folded not in goods_slots.ARTICLES and words[i - 2].folded not in goods_slots.ARTICLES):
        return None
    if not _SPACE.fullmatch(text, words[i - 1].end, words[i].start):
        return None
    if not _SPACE.fullmatch(text, words[i - 2].end, words[i - 1].start):
        return None
    return words[i - 2], words[i - 1]


def _inside_before(text: str, start: int) -> bool:
    """True when German "im" or "ins" (in, into the) stands right before `start`: what follows is a
    place, a thing or a set phrase ("im Ernst", "ins Blaue"), never a person, whom German puts after
    "bei", "mit" or "zu"."""
    before = _LEFT_CHUNK.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in ("im", "ins")


def venue_before(text: str, start: int, end: int) -> bool:
    """True when a lower-case noun of a place to stay or eat (`name_words.VENUE_NOUNS`) stands right
    before the name at `start`..`end`, after an elided article or none ("l'hôtel Henriette", "the
    hotel Victoria", "il ristorante Gino"): the premises are named, as a trade noun opening a shop's
    capitalised name names it. Not a trade that is a person ("le coiffeur Julien" is the
    hairdresser), nor a name that goes on as a clause's subject ("au café Julien m'a dit", "at the pub
    Dave said": `name_words.SUBJECT_AFTER`), which fails closed."""
    before = _LEFT_CHUNK.search(text, max(0, start - 40), start)
    if before is None:
        return False
    noun = before.group(1).rsplit("'", 1)[-1].rsplit("’", 1)[-1]
    if not noun[:1].islower():
        return False  # "Hôtel" is a capitalised run's word; "L'hôtel" opening a sentence is read
    if w.SUBJECT_AFTER.match(text, end) and not _opening_noun_phrase(text, before.start(1), before.group(1)):
        return False
    return noun in w.VENUE_NOUNS


def _opening_noun_phrase(text: str, start: int, noun: str) -> bool:
    """True when the noun at `start` is a sentence's first noun, right after its article ("Le rayon
    Bébé a des bodies ?", "La librairie Gibert a le livre ?", "L'hôtel Henriette a un parking ?"): the
    whole noun phrase is the clause's subject, so the name after the noun is the premises' and cannot
    be a subject of its own ("au café Julien m'a dit" has a preposition before the noun instead)."""
    if noun[:1] in "lL" and noun[1:2] in ("'", "’"):
        return _SENTENCE_START.search(text, 0, start) is not None  # "L'hôtel Henriette a …"
    article = _OPENING_ARTICLE.search(text, max(0, start - 20), start)
    return article is not None


def pet_before(text: str, start: int) -> bool:
    """True when a pet's or a storm's noun stands right before `start` on its line ("my cat Oscar",
    "la mia gatta Luna", "Hurricane Irma", "la borrasca Filomena"): the name after it is an animal's
    or the weather's, which identifies no one."""
    before = _LEFT_CHUNK.search(text, max(0, start - 40), start)
    if before is None:
        return False
    noun = before.group(1).casefold().rsplit("'", 1)[-1].rsplit("’", 1)[-1]  # "l'uragano Irma"
    return noun in w.PET_NOUNS or noun in w.STORM_NOUNS


def _person_preposition_before(text: str, start: int) -> bool:
    """True when a lower-case preposition that puts a person after it ("com", "para", "mit",
    "avec") stands right before `start`, spaces only between, or with the article Portuguese and
    Italian chat put before a name between them ("com o Zé Ferreira", "con la Giulia")."""
    before = _LEFT_CHUNK.search(text, max(0, start - 12), start)
    if before is not None and before.group(1) in _NAME_ARTICLES:
        before = _LEFT_CHUNK.search(text, max(0, before.start() - 12), before.start())
    return before is not None and before.group(1) in w.PERSON_PREPOSITIONS


def _noun_after(text: str, end: int) -> bool:
    """True when a lower-case product noun follows `end`, spaces only between (English order)."""
    after = _RIGHT_CHUNK.match(text, end)
    return after is not None and after.group(1) in w.PRODUCT_NOUNS


def _german_noun_after(text: str, end: int, stops: frozenset[str]) -> bool:
    """True when a product word (`name_words.PRODUCT_WORDS`, any case) follows `end` on the line:
    German writes the product after its line's name as a second noun ("die Heidi DVD", "das Billy
    Regal", "die Emma Matratze"), or in capitals, which cut a run ("Heidi DVD", "Benjamin CD").
    Not a German stop word: the list mixes languages, and "Anna hat bestellt" is a person."""
    after = _RIGHT_CHUNK.match(text, end)
    if after is None:
        return False
    folded = after.group(1).casefold()  # a capitalised noun or a code only: "Anna plus zwei Kinder" stays
    return after.group(1)[:1].isupper() and folded in w.PRODUCT_WORDS and folded not in stops


def _article_before(text: str, start: int) -> bool:
    """True when a masculine or neuter article, or English "the", stands right before `start`."""
    before = _LEFT_CHUNK.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in _THING_ARTICLES


def _english_thing(text: str, words: list[_Word], i: int) -> bool:
    """True when an English run stands right after "the": "the Giulietta", "the Holly Wreath".
    English puts no "the" before a person's name, as Italian, German ("la Giulia", "der Peter") and
    French chat put their articles. "A"/"an" are left out: "a Sarah Jones rang" names someone, and
    "A" is as often an initial ("A. J. Brown"); so are demonstratives ("that Emma"). A run that
    starts with a capitalised "The" is left alone: tried, it cost `bench.outside` about ten names."""
    before = _LEFT_CHUNK.search(text, max(0, words[i].start - 12), words[i].start)
    return before is not None and before.group(1).casefold() == "the"


def _colour_cue(text: str, start: int) -> bool:
    """True when the word before `start` (on the same line) says a colour follows: "in", "en",
    "em", "auf", "color", "colore", "cor", "Farbe", "colour"."""
    before = text[max(0, start - 12) : start].rstrip(" \t\u00a0:").rsplit(None, 1)
    return bool(before) and before[-1].casefold() in w.COLOUR_CUES


def _digit_after(text: str, end: int) -> bool:
    """A capitalised run followed by a number is a product: "Max 2", "Galaxy S24". Not a clock
    time or a phone number: a delivery record or a contact line puts them after a person ("Collected
    by: Poppy Hill 14:32", "Ana Ruiz 612 345 678"), and no model number looks like either; nor the
    next item's number of a list numbered on one line (`_next_item`: "Schlüsselinhaber: 1. Magdalena
    Wimmer 2. Dilek Aslan")."""
    rest = text[end : end + 3].lstrip(" \u00a0")
    if not rest or not rest[0].isdigit():
        return False
    after = end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip(" \u00a0"))
    return _TIME_OR_PHONE.match(text, after) is None and not _next_item(text, end, after)


def _next_item(text: str, end: int, after: int) -> bool:
    """True when the number at `after` marks the next item of a list numbered on one line: "2." or
    "2)" then a word, and the last marker before the run on its line is the number before it in the
    same form ("1. Magdalena Wimmer 2. Dilek Aslan", "1) Hùng Đào 2) Kaspar Mooslechner"). A model
    number has no such count before it ("Max 2. Generation", "Stella 2")."""
    marker = _ITEM_MARKER.match(text, after)
    if marker is None or int(marker.group(1)) < 2:
        return False
    line = text[text.rfind("\n", 0, end) + 1 : end]
    markers = list(_ITEM_BEFORE.finditer(line))
    if not markers:
        return False
    last = markers[-1]
    return int(last.group(1)) == int(marker.group(1)) - 1 and last.group(2) == marker.group(2)


def _sentence_start(text: str, start: int) -> bool:
    """True at the text's start or after a sentence end, a line break or a symbol (not a comma).
    Broader than proxy.detection's readings (`sentence_opening`) on purpose: after a label's colon, a
    dash or a bracket ("Nota: Marco …", "- Giulia") the capital is a heading's or a list item's as
    much as a name's, which is what this recognizer's runs ask."""
    before = text[:start].rstrip(" \t\u00a0")
    return not before or not (before[-1].isalnum() or before[-1] in ",'’")


def _linked(text: str, words: list[_Word], k: int, step: int) -> int | None:
    """The capitalised word joined to words[k] by "&", "and", "y", "e", "et" or "und" on the side `step`
    points to, if any (a joined brand's other half: "Bimba y Lola")."""
    if step < 0:
        if k >= 1 and _AMPERSAND.fullmatch(text, words[k - 1].end, words[k].start):
            other = k - 1
        elif k >= 2 and words[k - 1].folded in w.BRAND_JOINERS:
            other = k - 2
        else:
            return None
    elif k + 1 < len(words) and _AMPERSAND.fullmatch(text, words[k].end, words[k + 1].start):
        other = k + 1
    elif k + 2 < len(words) and words[k + 1].folded in w.BRAND_JOINERS:
        other = k + 2
    else:
        return None
    return other if _titlecase(words[other].text) else None
