"""A found name completed, and the names listed beside it.

The recognizers read a name from a cue, a first-name list or a model, and often stop short: at a
surname particle ("Samira Ait Ahmed", "Cerys ap Rhys", "Henrike zur Nieden", "Abdelkader El Amrani",
"Maria do Carmo"), at a surname the first-name list does not hold ("Ka Yan Cheung"), at an initial
before a surname ("M. Abdullahi"), at the rest of a name written in capitals ("JOSÉ LUIS DEL PINO")
or in lower case ("leonor ribeiro cardoso"). The part left over stays in clear, beside a token that
says a name stood there. And names listed beside a found one ("Names for the tour: A, B and C",
"guest list a / b / c", "Aylin (6) und Gesine (9)") are people too, though no cue stands before
them: a list holds things of one kind.

`completed` runs last in `filters.settle`, on PERSON spans that passed every filter, and:

- joins two name spans separated only by spaces and surname particles ("Samira" ait "Ahmed");
- widens a name to the right over up to two particles and one capitalised word that can only
  continue a name (`_name_word`: no stop word, everyday word, brand, product, colour, title or
  relative; no place after "di", "de", "von"; nothing where goods are around: "Giulietta di
  Bershka in taglia M"), and over a listed surname (`surname_pairs`: the census list, ordinary
  words removed; "Ka Yan" + "Cheung"), and after a listed first name that is no word, or a word no
  list holds, over a listed name or a word no list holds ("Edivaldo Anunciação", "Deijair X"); in a
  message written all in capitals over any such word; in a lower-case name over a listed surname or
  first name only; in French, after a capitalised "Le"/"La" that ends the name or follows it, over the
  capitalised word after it whatever it is, but a day, a month, a town, a brand or goods ("Gwenaëlle
  Le Du", "Anne Le Blanc"; not "Le Mans"), and over the rest of a word the model cut at an apostrophe
  ("Nono Guivarc" + "'h");
- widens it to the left over an initial ("M. Abdullahi"; French "M.", Monsieur, too: the later sets'
  writers count it in the name, and a token over it hides nothing more), a particle
  that only ever opens a surname ("ap", "ait", "ibn", "abu"; not "bin", German "ich bin") and a
  listed first name that is no word of the language ("Concepción Vidal", "Niccolò Pellegrino");
- reads list items next to a name: separated by a comma, a slash or a semicolon (a conjunction may
  follow), or by a conjunction alone ("and", "e", "y", "et", "und", "or", "ou", "oder"; not "o",
  Portuguese "the"), an age in brackets allowed after an item ("Aylin (6) und Gesine (9)"). An
  item is one to four name words (particles inside; a first name that is also a word beside a
  listed surname, "Ally Macdonald"; a surname that is also a word after a listed first name,
  "Tancredi Sala"). One word alone must be a listed name, in a list of three, after a conjunction
  or with an age ("Lemoine, Clio grise" is the car); two words or more in such a list, or with a
  listed name in them. A conjunction alone takes an item that opens with a listed first name, or
  ends a list of commas ("A, B and C"): "Thanks Anna and Happy Birthday" names one person. Lower
  case only beside a lower-case name, between separators or line ends, with no everyday word and
  one listed name;
- in a list of three or more, also one word no list holds a comma from a found name (`_listed_unknown`:
  "Sarah, Tovo, Véronique et moi"), and a listed first name that is also a word, or joined to a
  one-word name by a conjunction (`_word_name_item`: "Zhenyu, Inmaculada, Triana", "Rosario e
  Gaetano");
- widens a name opening with a listed first name to the left over a surname in capitals, in a
  mixed-case text (`_capital_surname_before`: "Inscripción: PUIG Roser", "DE ZORZI Graziano"), a
  frequent word too inside a record's field (": MEDEIROS Anselmo, 9 anos"), not opening a line;
- then reads the items between two found names of one list as names (`list_between`: "AINHOA,
  REMEDIOS Y LEIRE ZUBIRI", where "Remedios" alone is a word);
- reads a record's people slots ("To:"/"From:", "Per:"/"Da:", "Client:"/"Stylist:",
  "Clienta:"/"Estilista:", in the six languages) when another line of the record holds a found
  name: "To: Esme" beside "From: Oluwaseun Adebayo x".

A list of goods with no name found in it is never read ("Tazza, Piatto e Bicchiere"): the rule
starts from a name, and the words of goods, brands and places fail the name-word test.

Where it errs, a name and its neighbour are one token, or a word beside a name is tokenised: fail
closed. It never starts from nothing: no found name, no change.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from proxy.detection import list_between, one_slot
from proxy.detection import ner_context as ctx
from proxy.detection.sentence_opening import LINE, opens_sentence
from proxy.detection.settings import Span
from recognizers import lower_pairs
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.slot_things import german_compound_noun
from recognizers.surname_pairs import surname

RECOGNIZER = "NameSpans"
# A first name that is also a word widens a found surname only when given at least this often
# ("April", "June", "Grace", "Hope"); a stop word ("Will", "May") only when given this often
_WORD_NAME_POPULARITY = 3
_VERY_POPULAR_WORD_NAME = 6
# A first name that a town also bears is a list item beside a found name only when given this often
_TOWN_NAME_POPULARITY = 5
_MONTH_NAMES = frozenset({"april", "may", "june", "august"})  # months given as first names, vetoed elsewhere
_MONTH_LEADS = r"(?<![\w'’])(?:in|since|until|till|of|early|late|mid|end|next|last|this|before|after)$"
# Words after which a lower-case word-name before a found surname is a person's: "it's for hope
# pierre", "signed by guy stewart", "sent it to june ramsay"
_PERSON_LEADS = frozenset("for by to with from regards cheers thanks".split())
_MAX_ITEM_WORDS = 4
_MAX_ITEMS = 12
# Particles of every language that stand inside a name before a surname. "y"/"e" between surnames
# are `joined_surnames`' (they join two people as often).
_PARTICLES = w.PARTICLES | frozenset(
    "do dos das des los las della dello delle dal dalla dalle lo li zum zur ten ap ab ait bint ibn abu abi "
    "el al mac st".split()
)
# Particles that only ever open a surname: read before a found name too ("MOT booked under ap Rhys").
# Languages whose surname particles, capitalised after a name, open a surname whatever follows
_CAPITAL_PARTICLE_LANGUAGES = frozenset({"it", "es"})
_OPENING_PARTICLES = frozenset("ap ait bint ibn abu ferch verch".split())  # not "bin": "ich bin"
# Particles before a surname in capitals before a given name ("DA ROS Graziano", "BEN AMMAR Sonia")
_CAPITAL_PARTICLES = _PARTICLES | frozenset("ben bin".split())
_SP = r"[ \t\u00a0]"
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
_GAP = re.compile(rf"{_SP}+")
_BETWEEN = re.compile(rf"{_SP}+(?:[^\W\d_]+{_SP}+)*")
_WORD_BEFORE = re.compile(rf"(?<![\w'’\-])([^\W\d_]+(?:['’\-][^\W\d_]+)*){_SP}+$")
_WORD_BEFORE_END = re.compile(r"(?<![\w'’\-])([^\W\d_]+(?:['’\-][^\W\d_]+)*)$")
_INITIAL_BEFORE = re.compile(rf"(?<![\w.])([A-Z])\.{_SP}*$")
# What stands before a record field's value inside a line: a label's colon, a comma, a lower-case word
_IN_FIELD = re.compile(rf"(?:[:,]|[^\W\d_A-ZÀ-Þ]){_SP}+$")
# What closes a record's name field after its given name: a comma, a dash, a bracket, the line's end
_FIELD_END = re.compile(rf"{_SP}*(?:[,;(]|[-–—]{_SP}|$)", re.MULTILINE)
_AGE = re.compile(rf"{_SP}*\([^()\n]{{1,20}}\)")
_AGED = re.compile(rf"{_SP}*\([^()\n\d]{{0,12}}\d{{1,2}}(?!\d)[^()\n]{{0,12}}\)")  # "(7)", "(6 anos)", "(Year 6)"
# A list's separator: a comma, slash or semicolon (a conjunction may follow), or a conjunction alone
_SEP_BODY = (
    rf"{_SP}*[,/;]{_SP}*(?:(?:and|e|y|et|und|&|or|ou|oder){_SP}+)?"
    rf"|{_SP}+(?P<conj>and|e|y|et|und|&|or|ou|oder){_SP}+"
)
_SEP = re.compile(_SEP_BODY, re.IGNORECASE)
_SEP_BEFORE = re.compile(rf"(?:{_SEP_BODY})$", re.IGNORECASE)  # the same, ending right before a name
_AGE_BEFORE = re.compile(rf"{_SP}*\([^()\n]{{1,20}}\)$")
_BEFORE_WINDOW = 32  # the longest separator or age in brackets looked for before a name, in characters
_CODE = re.compile(r"[A-Z]{2,4}")
# Labels of record lines that only hold a person: a gift card's "To:"/"From:", a booking's
# "Client:"/"Stylist:", in the six languages. One word may follow the label ("Coiffeuse demandée :").
_PEOPLE_SLOTS = tuple(
    (
        "to from para de per da pour für von client clienta cliente kunde kundin stylist hairdresser barber "
        "estilista peluquera peluquero parrucchiera parrucchiere barbiere cabeleireira cabeleireiro barbeiro "
        "coiffeuse coiffeur friseur friseurin"
    ).split()
)
_SLOT_LINE = re.compile(
    rf"^{_SP}*(?:(?P<label>{'|'.join(_PEOPLE_SLOTS)}|de{_SP}+la{_SP}+part{_SP}+de|de{_SP}+parte{_SP}+de)"
    rf"(?:{_SP}+[^\W\d_]+)?|[^\W\d_]+(?:{_SP}+[^\W\d_]+){{0,3}}){_SP}*:{_SP}*(?P<value>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_SIGN = re.compile(rf"(?:{_SP}+(?:x+|xo+))?{_SP}*[!.]?{_SP}*$", re.IGNORECASE)  # "From: Lottie x"
# The rest of a word a model's span stopped inside, at an apostrophe ("Guivarc" + "'h", "Kerc" + "'hoz")
_CUT_TAIL = re.compile(r"['’][^\W\d_]{1,3}(?![\w'’\-])")
# French surnames opening on a capitalised article ("Le Du", "Le Bras", "La Rue"): the article ending a
# found name, and the articles themselves
_FR_ARTICLES = frozenset({"Le", "La", "LE", "LA"})
_FR_SURNAME_ARTICLE = re.compile(rf"(?<=[^\W\d_]){_SP}+(?:Le|La|LE|LA)$")
_CONJ_SCAN = frozenset(" and | e | y | et | und | & | or | ou | oder ".split("|"))


@cache
def _vetoed() -> frozenset[str]:
    """Words that never stand in a name read here: things, firms, colours, demonyms, titles."""
    return w.not_in_a_name() | w.SAINTS


def completed(
    text: str, spans: list[Span], language: str, proposed: frozenset[tuple[int, int]] = frozenset()
) -> list[Span]:
    """`spans` with each PERSON span completed and the names listed beside them added (module doc).
    `proposed`: the extents of the model's PERSON spans, kept or dropped by the post-filter; a list
    item the model read as a person needs no listed name (`_proposed_item`)."""
    if not any(s.entity == "PERSON" and not s.grey for s in spans):
        return spans
    out = _joined(text, spans)
    out = [_widened(text, s, language, out) if _person(s) else s for s in out]
    out = _joined(text, out)
    out = one_slot.paired(text, _listed(text, out, language, proposed), language)
    return _slots(text, list_between.between(text, out, language), language)


def _person(span: Span) -> bool:
    return span.entity == "PERSON" and not span.grey


def _free(start: int, end: int, spans: list[Span], own: Span | None = None) -> bool:
    """No span but `own` touches [start, end)."""
    return all(s is own or s.end <= start or s.start >= end for s in spans)


def _joined(text: str, spans: list[Span]) -> list[Span]:
    """Two name spans with nothing but spaces and particles between them are one name."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    out: list[Span] = []
    for span in ordered:
        last = out[-1] if out else None
        if last is not None and _person(last) and _person(span) and span.start >= last.end:
            between = text[last.end : span.start]
            words = between.split()
            if _BETWEEN.fullmatch(between) and all(x.casefold() in _PARTICLES for x in words):
                out[-1] = Span("PERSON", last.start, span.end, max(last.score, span.score), last.recognizer)
                continue
        out.append(span)
    return out


def _all_caps(text: str) -> bool:
    return not any(c.islower() for c in text) and any(c.isupper() for c in text)


def _lower(value: str) -> bool:
    return not any(c.isupper() for c in value)


def _name_word(word: str, language: str, lower: bool = False, place_ok: bool = False) -> bool:
    """A word that can only be part of a name here: no stop word, everyday word, thing or place,
    unless a listed first name that is no word of the language or a listed surname. `place_ok`: a
    place's name beside other name words ("Mido Soliman"), not after a particle ("di Milano")."""
    folded = word.rstrip(".").casefold()
    if len(folded) < 2 or folded in _vetoed() or folded in _PARTICLES:
        return False
    lists = gazetteer()
    tail = re.split(r"['’]", folded)[-1]
    if tail != folded and (len(tail) < 3 or _everyday(tail, language)):
        return False  # "I'll", "L'ORDINE", "l'agence"; not "O'Brien", "D'Souza"
    if any(folded in lists.stop_words.get(lang, ()) for lang in (language, "en")):
        return False
    if not place_ok and folded in places().words_in:
        return False
    if lower_pairs.listed_surname(folded):
        return True
    given = lists.popularity.get(folded, 0) > 0 and language not in lists.words_in.get(folded, ())
    if lower:
        common = any(folded in lists.common.get(lang, ()) for lang in (language, "en"))
        return not common and (given or lists.popularity.get(folded, 0) == 0)
    if given:
        return True
    return not any(folded in lists.common.get(lang, ()) for lang in (language, "en"))


def _everyday(folded: str, language: str) -> bool:
    """A stop word or a frequent word of the language or of English."""
    lists = gazetteer()
    return any(
        folded in lists.stop_words.get(lang, ()) or folded in lists.common.get(lang, ()) for lang in (language, "en")
    )


def _known(folded: str, language: str) -> bool:
    """A listed surname, or a listed first name that is no word of the language."""
    lists = gazetteer()
    if lower_pairs.listed_surname(folded):  # the census list is written without accents
        return True
    return lists.popularity.get(folded, 0) > 0 and language not in lists.words_in.get(folded, ())


def _capitalised(word: str, caps: bool) -> bool:
    """A name word's capital: any first capital; in mixed text no short all-capital code ("XL", "SKU")."""
    if not word[:1].isupper():
        return False
    return caps or not _CODE.fullmatch(word.rstrip("."))


def _widened(text: str, span: Span, language: str, spans: list[Span]) -> Span:
    start, end = span.start, span.end
    value = text[start:end]
    caps = _all_caps(text)
    lower = _lower(value) and not caps
    cut = _CUT_TAIL.match(text, end) if language == "fr" and end > start and text[end - 1].isalpha() else None
    if cut is not None and _free(end, cut.end(), spans, span):
        end = cut.end()  # "Nono Guivarc" + "'h": the model cut a Breton surname at its apostrophe
    while True:
        grown = _right(text, end, language, caps, lower, len(text[start:end].split()))
        if grown is None or not _free(end, grown, spans, span):
            break
        if not lower and ctx.goods_around(text, start, grown, language):
            break  # "Giulietta di Bershka in taglia M": a model and its maker
        end = grown
    while True:
        grown = _left(text, start, language, caps, lower)
        if grown is None or not _free(grown, start, spans, span):
            break
        start = grown
    if (start, end) == (span.start, span.end):
        return span
    if " ".join(text[start:end].casefold().split()) in places().words_in:
        return span  # "Conceição do Mato Dentro": a town named on a saint or a person
    return Span("PERSON", start, end, span.score, span.recognizer)


def _right(text: str, end: int, language: str, caps: bool, lower: bool, named: int = 1) -> int | None:
    """The end of a name widened by particles and one name word after `end`, or None. A surname that
    is also a word (`WORD_SURNAMES`: "Moreno", "castro") widens a name capitalised ("Lola Moreno"), and
    in lower case one of `named` >= 2 words ("josé luis ruiz castro"; "sara blanco" stays a colour)."""
    pos, particles, opening = end, 0, False
    joined: list[str] = []  # the particles read, for a surname the census writes in one word
    article = language == "fr" and _FR_SURNAME_ARTICLE.search(text, max(0, end - 12), end) is not None
    before = _WORD_BEFORE_END.search(text, max(0, end - 12), end)
    capital = not caps and before is not None and _capital_particle(before.group(1), language)
    while True:
        gap = _GAP.match(text, pos)
        if gap is None:
            return None
        word = _WORD.match(text, gap.end())
        if word is None:
            return None
        value = word.group().rstrip(".")
        if article and _after_surname_article(text, gap.end(), value, language):
            return gap.end() + len(value)
        if value.casefold() in _PARTICLES and particles < 2:
            pos, particles = gap.end() + len(value), particles + 1
            joined.append(value.casefold())
            opening = opening or value.casefold() in _OPENING_PARTICLES
            capital = capital or (not caps and _capital_particle(value, language))
            article = language == "fr" and particles == 1 and value in _FR_ARTICLES
            continue
        stop = gap.end() + len(value)
        if stop < len(text) and (text[stop].isalnum() or text[stop] in "'’-@"):
            return None
        folded = value.casefold()
        if joined and _joined_surname(joined, folded, value, lower, caps):
            return stop
        word_surname = not particles and folded in w.WORD_SURNAMES
        if word_surname and (value.islower() and named >= 2 if lower else _capitalised(value, caps)):
            return stop
        if lower:
            if not value.islower() or not _name_word(value, language, True):
                return None
            return stop if _known(value.casefold(), language) else None
        if capital and _after_capital_particle(value, language):
            return stop  # "Pasquale Di Maio", "Santo La Rosa", "Bista Del Bene": the surname, whatever it means
        # a place after "di", "de", "von" is where one comes from; after "ait", "ap" a surname
        if not _capitalised(value, caps) or not _name_word(value, language, place_ok=opening or not particles):
            return None
        if particles or caps or lower_pairs.listed_surname(folded):  # the census spells "munoz"
            return stop
        if _after_first_name(text, end, language) and (_known(folded, language) or unknown_word(folded, language)):
            return stop  # "Washington Anunciação", "Julio César Cusihuamán": a surname no list holds
        return None


def _capital_particle(word: str, language: str) -> bool:
    """An Italian or Spanish surname particle written with its capital in mixed-case text ("Di", "Della",
    "Lo", "De los"): a sentence going on after a name writes "di", "della", "lo" in lower case, so after a
    name the capital says the particle opens a surname (`_after_capital_particle`)."""
    return (
        language in _CAPITAL_PARTICLE_LANGUAGES
        and word[:1].isupper()
        and word[1:].islower()
        and (word.casefold() in _PARTICLES)
    )


def _after_capital_particle(value: str, language: str) -> bool:
    """The word after a name's capitalised particle is the surname's, though a place or an everyday word
    ("Di Maio", "La Rosa", "Dalla Costa", "Della Ragione"): written with its capital and some lower-case
    letters, no stop word and no particle."""
    folded = value.casefold()
    if not (value[:1].isupper() and value[1:].islower() and len(folded) >= 2) or folded in _PARTICLES:
        return False
    return not any(folded in gazetteer().stop_words.get(lang, ()) for lang in (language, "en"))


def _after_surname_article(text: str, start: int, value: str, language: str) -> bool:
    """After a name and a capitalised French "Le"/"La", the capitalised word that follows is the
    surname's, though a function word, a colour or an everyday word ("Gwenaëlle Le Du", "Yann Le
    Bras", "Anne Le Blanc"): a sentence going on after a name writes its article in lower case. Not a
    day, a month, a town ("Le Mans", "Le Havre"), a brand or goods ("Le Creuset", "Le Pliage")."""
    stop = start + len(value)
    if stop < len(text) and (text[stop].isalnum() or text[stop] in "'’-@"):
        return False
    folded = value.casefold()
    if len(folded) < 2 or not value[:1].isupper() or not value.isalpha():
        return False
    if folded in w.WEEKDAYS or folded in w.MONTHS or folded in _not_after_article():
        return False
    article = _WORD_BEFORE.search(text, max(0, start - 8), start)
    place = f"{article.group(1)} {value}".casefold() if article is not None else folded
    return place not in places().words_in and folded not in places().words_in


@cache
def _not_after_article() -> frozenset[str]:
    """Goods, brands and the words never in a name, the particles aside ("Du" is a surname there)."""
    return w.BRANDS | w.CARRIERS | w.APPS | w.PRODUCT_WORDS | w.PRODUCT_NOUNS | (w.NOT_NAMES - w.PARTICLES)


def _after_first_name(text: str, end: int, language: str) -> bool:
    """The found name's word ending at `end` is a listed first name that is no word of the language,
    or a word no list holds, capitalised in mixed case ("César", "Deijair"): a capitalised word no
    list holds right after it is its surname, not the sentence going on."""
    word = _WORD_BEFORE_END.search(text, max(0, end - 40), end)
    if word is None or not word.group(1)[:1].isupper() or word.group(1).isupper():
        return False
    folded = word.group(1).casefold()
    lists = gazetteer()
    if lists.popularity.get(folded, 0) > 0:
        return language not in lists.words_in.get(folded, ())
    return unknown_word(folded, language)


def _left(text: str, start: int, language: str, caps: bool, lower: bool) -> int | None:
    """The start of a name widened by an initial, an opening particle or a first name, or None."""
    before = text[:start]
    if not lower and not caps and text[start : start + 1].isupper():
        initial = _INITIAL_BEFORE.search(before)
        if initial is not None:
            return initial.start()
        surname_first = _capital_surname_before(text, start, language)
        if surname_first is not None:
            return surname_first
    word = re.search(rf"(?<![\w'’\-])([^\W\d_]+(?:['’\-][^\W\d_]+)*){_SP}+$", before)
    if word is None:
        return None
    if (
        not (caps or lower)
        and _capital_particle(word.group(1), language)
        and not opens_sentence(text, word.start(1), LINE)
    ):
        return word.start(1)  # "a nome Di Carlo", "ordinato da Dalla Costa": the particle opens the surname
    value = word.group(1)
    folded = value.casefold()
    if folded in _OPENING_PARTICLES:
        return word.start(1)
    lists = gazetteer()
    given = lists.popularity.get(folded, 0) > 0 and language not in lists.words_in.get(folded, ())
    if (
        (not given or folded in _MONTH_NAMES)
        and not caps
        and _word_name_before(text, word.start(1), start, value, language)
    ):
        return word.start(1)
    if not given or folded in _vetoed() or folded in lists.stop_words.get(language, ()) or folded in places().words_in:
        return None
    if lower:
        if value.islower() and _name_word(value, language, True):
            return word.start(1)
        return None
    if _capitalised(value, caps) and (caps or not value.isupper() or len(value) > 4):
        return word.start(1)
    return None


def _capital_surname_before(text: str, start: int, language: str) -> int | None:
    """The start of a surname written in capitals before a found name that opens with a listed first
    name, in a text otherwise in mixed case: a form's or a list's surname-first order ("Inscripción:
    PUIG Roser, 8 años", "MOURET Nanon et …", "a nome CASTILLO Rosario"), with a capitalised particle
    before it ("DA ROS Graziano"). The capitals are the writer's mark of a surname, so a word no list
    has counts as well as a census surname; an everyday word, brand, carrier, title, place or a short
    code ("IVA", "PDF") is no surname ("OFFERTA Giulia", "URGENTE Marco"). In a record's field, the
    given name closing it (a comma, a dash, a bracket or the line's end after it: ": MEDEIROS
    Claudiomiro, 8 anos", "tutor TROVOADA Aurélio,"), a word of the frequency lists counts too:
    surnames are frequent words there ("Medeiros", "Santos"); not opening a line ("URGENTE Marco,").
    A census surname in capitals vouches for a given name no list holds ("MOURET Nanon")."""
    first = _WORD.match(text, start)
    if first is None or first.group().isupper():
        return None
    word = _WORD_BEFORE.search(text, max(0, start - 60), start)
    if word is None or not word.group(1).isupper() or len(word.group(1)) < 2:
        return None
    folded = word.group(1).casefold()
    if folded in _PARTICLES or folded in _vetoed():
        return None
    listed = lower_pairs.listed_surname(folded)
    lists = gazetteer()
    given = first.group().rstrip(".").casefold()
    if not listed and (lists.popularity.get(given, 0) <= 0 or language in lists.words_in.get(given, ())):
        return None
    if not listed and (len(folded) < 4 or folded in places().words_in):
        return None
    particle = _WORD_BEFORE.search(text, max(0, word.start(1) - 20), word.start(1))
    if particle is None or not particle.group(1).isupper() or particle.group(1).casefold() not in _CAPITAL_PARTICLES:
        particle = None
    opened = particle.start(1) if particle is not None else word.start(1)
    if not listed and _everyday(folded, language):
        stop = any(folded in lists.stop_words.get(lang, ()) for lang in (language, "en"))
        if stop or not _FIELD_END.match(text, first.end()) or not _IN_FIELD.search(text, 0, opened):
            return None  # "URGENTE Marco, chiamami": a line's first word in capitals is the line's cry
    return opened


def _word_name_before(text: str, pos: int, start: int, value: str, language: str) -> bool:
    """A first name that is also a word ("April", "June", "Will", "Grace", "hope", "guy") before a found
    name that opens with a name's word: "the gift is for April Bailey", "signed by guy stewart". A
    regular first name, no place, thing or title; capitalised inside a sentence (a stop word then only
    when a popular name: "for Will Mason"), or in lower case right after a word that puts a person
    there ("for", "by", "to") or at a line's start. The surname is already tokenised, so the cost of
    a wrong reading is a word of the clause, never a message without a name."""
    folded = value.casefold()
    lists = gazetteer()
    first = _WORD.match(text, start)
    popularity = lists.popularity.get(folded, 0)
    if first is None or popularity < _WORD_NAME_POPULARITY:
        return False
    opening = first.group().rstrip(".").casefold()
    if opening in _PARTICLES and first.group()[:1].isupper():  # "Immacolata De Tullio": the surname after it
        after = _WORD.match(text, first.end() + 1) if text[first.end() : first.end() + 1] == " " else None
        opening = after.group().rstrip(".").casefold() if after is not None else opening
    if not (
        lower_pairs.listed_surname(opening)
        or lists.popularity.get(opening, 0) > 0
        or (first.group()[:1].isupper() and unknown_word(opening, language))
    ):
        return False  # it must open with a name: "for April Bailey", "per Immacolata De Tullio"; not "for April Sale"
    vetoed = folded in _vetoed() and folded not in _MONTH_NAMES
    if vetoed or folded in places().words_in or folded in w.WEEKDAYS:
        return False
    stop = folded in lists.stop_words.get(language, ()) or folded in lists.stop_words.get("en", ())
    before = text[:pos].rstrip(" \t\u00a0")
    if folded in _MONTH_NAMES and re.search(_MONTH_LEADS, before, re.IGNORECASE):
        return False  # "delivered in June Miller said": a month after a time's preposition
    if value[0].isupper() and not value.isupper():
        if not first.group()[0].isupper() or before[-1:] in ("", ".", "!", "?", "\n", ":"):
            return False  # a sentence's first word: "Will Jones be in?", "Grace Road"
        return not stop or popularity >= _VERY_POPULAR_WORD_NAME
    if not value.islower() or not first.group().islower() or stop:
        return False
    lead = re.search(r"([^\W\d_]+)$", before)
    return before[-1:] in ("", "\n") or lead is not None and lead.group(1).casefold() in _PERSON_LEADS


def _listed(text: str, spans: list[Span], language: str, proposed: frozenset[tuple[int, int]]) -> list[Span]:
    """`spans` with the names listed beside a found name (see module doc)."""
    if not any(c in text for c in ",/;") and not any(c in text.casefold() for c in _CONJ_SCAN):
        return spans
    out = list(spans)
    queue = [s for s in spans if _person(s)]
    seen = 0
    while queue and seen < _MAX_ITEMS:
        span = queue.pop()
        seen += 1
        lower = _lower(text[span.start : span.end]) and not _all_caps(text)
        before, after = _listed_beside(text, span)
        nxt = _next_item(text, span.end, language, lower, before, proposed, span)
        for item in (nxt, _previous_item(text, span.start, language, lower, after, proposed, span)):
            if item is None or not _free(item[0], item[1], out):
                continue
            new = Span("PERSON", item[0], item[1], span.score, RECOGNIZER)
            out.append(new)
            queue.append(new)
    return sorted(out, key=lambda s: (s.start, s.end))


def _slots(text: str, spans: list[Span], language: str) -> list[Span]:
    """`spans` with the values of a record's people slots ("To: Ubah / From: Lottie Fletcher x") when
    another line of the record holds a found name: a gift card or a booking lists people."""
    if ":" not in text or "\n" not in text:
        return spans
    lines = list(_SLOT_LINE.finditer(text))
    if len(lines) < 2:
        return spans
    people = [s for s in spans if _person(s)]
    named = [m for m in lines if any(m.start("value") <= s.start < m.end("value") for s in people)]
    if not named:
        return spans
    out = list(spans)
    caps = _all_caps(text)
    for line in lines:
        if line in named or not line.group("label"):
            continue
        value = line.group("value")
        lower = _lower(value) and not caps
        words = list(_WORD.finditer(text, line.start("value"), line.end("value")))
        best: tuple[int, int] | None = None
        for k in range(1, min(len(words), _MAX_ITEM_WORDS + 2) + 1):
            head = words[:k]
            if k > 1 and _GAP.fullmatch(text, head[-2].end(), head[-1].start()) is None:
                break
            if head[-1].group().casefold() in _PARTICLES:
                continue
            if not _item_words(head, language, lower, caps, slot=True):
                break
            end = head[-1].start() + len(head[-1].group().rstrip("."))
            if _SIGN.fullmatch(text, end, line.end("value")):
                best = (line.start("value"), end)
        if best is not None and _free(best[0], best[1], out):
            out.append(Span("PERSON", best[0], best[1], people[0].score, RECOGNIZER))
    return sorted(out, key=lambda s: (s.start, s.end))


def _sep_before(text: str, pos: int) -> re.Match[str] | None:
    """The separator ending at `pos`, searched in the few characters before it only."""
    return _SEP_BEFORE.search(text, max(0, pos - _BEFORE_WINDOW), pos)


def _listed_beside(text: str, span: Span) -> tuple[bool, bool]:
    """Whether a comma/slash separator, or an age in brackets, stands before and after the name."""
    before = _sep_before(text, span.start)
    after_pos = span.end
    age = _AGE.match(text, after_pos)
    aged = _AGED.match(text, after_pos) is not None
    if age is not None:
        after_pos = age.end()
    after = _SEP.match(text, after_pos)
    listed_before = (before is not None and not before.group("conj")) or aged
    listed_after = (after is not None and not after.group("conj")) or aged
    return listed_before, listed_after


def _boundary_after(text: str, pos: int) -> bool:
    """A list item ends here: a separator, a line's or sentence's end, the text's end."""
    age = _AGE.match(text, pos)
    if age is not None:
        pos = age.end()
    rest = text[pos:]
    stripped = rest.lstrip(" \t\u00a0")
    return not stripped or stripped[0] in ",/;.!?:)\n" or _SEP.match(text, pos) is not None


def _item_words(words: list[re.Match[str]], language: str, lower: bool, caps: bool, slot: bool = False) -> bool:
    """One to four name words (particles inside, not at the edges). `slot`: a place that only holds a
    person (a record's "Stylist:", an item with an age in brackets) also takes a listed first name that
    is a word ("Parrucchiera: Chiara") and a place's name ("Para: Duarte", "Montserrat (6 años)")."""
    values = [m.group().rstrip(".") for m in words]
    if not values or values[0].casefold() in _PARTICLES or values[-1].casefold() in _PARTICLES:
        return False
    names = [v for v in values if v.casefold() not in _PARTICLES]
    if not 1 <= len(names) <= _MAX_ITEM_WORDS:
        return False
    several = len(names) > 1 or slot
    if lower:
        if not all(v.islower() and _name_word(v, language, True, several) for v in names):
            return False
        lists = gazetteer()
        return any(surname(v) or lists.popularity.get(v, 0) > 0 for v in names)
    lists = gazetteer()
    # a first name that is also a word ("Ally", "Rosa") stands beside a listed surname: "Ally Macdonald"
    surnamed = len(names) > 1 and surname(names[-1].casefold())
    # and a surname that is also a word after a first name that is none: "Tancredi Sala", "Ines Vogel"
    first = names[0].casefold()
    given_first = several and lists.popularity.get(first, 0) > 0 and language not in lists.words_in.get(first, ())
    for i, v in enumerate(names):
        if not _capitalised(v, caps):
            return False
        if _name_word(v, language, place_ok=several):
            continue
        if (surnamed or slot) and lists.popularity.get(v.casefold(), 0) > 0 and _surname_word(v.casefold(), language):
            continue
        if i and given_first and _surname_word(v.casefold(), language):
            continue
        return False
    return slot or " ".join(v.casefold() for v in values) not in places().words_in


def _joined_surname(particles: list[str], folded: str, value: str, lower: bool, caps: bool) -> bool:
    """Particles and a word that the census list holds written as one word: "carmela lo bianco"
    (Lobianco), "turi lo giudice" (Logiudice), "Gwenaëlle de La Roche" (Delaroche), "geno garcía de
    la vega" (Delavega). The word alone is an everyday one ("bianco", "vega"), so no list vouches for
    it; joined to its particles it is a surname, and most phrases it would be otherwise are not
    ("lo stesso", "la signora", "del negozio"). Some are ("la mattina": Lamattina); then a word after
    a found name is tokenised with it, which fails closed. Written in the found name's case."""
    if (not value.islower() if lower else not _capitalised(value, caps)) or len(folded) < 3:
        return False
    if particles in (["de"], ["di"], ["da"]) and folded in places().words_in:
        return False  # "noémie de l'agence de lille": where one works or comes from
    whole = "".join(particles) + folded
    return lower_pairs.listed_surname(whole)


def _surname_word(folded: str, language: str) -> bool:
    """A word that may stand as a surname after a first name: no stop word, thing or title."""
    stops = gazetteer().stop_words
    if folded in _vetoed():
        return False
    return not any(folded in stops.get(lang, ()) for lang in (language, "en"))


def _credible(item: str, language: str, in_list: bool, aged: bool = False, unknown_ok: bool = False) -> bool:
    """An item of several name words in a list of three or more, after a conjunction or with an age;
    else one with a listed surname or first name in it; one word alone only in such a list and listed
    ("Kieffer, Clio grise": the car), or, with `unknown_ok`, a word no list holds at all."""
    names = [v.rstrip(".").casefold() for v in item.split() if v.casefold() not in _PARTICLES]
    if aged or (len(names) > 1 and in_list):
        return True
    if unknown_ok and len(names) == 1 and unknown_word(names[0], language):  # in a list: the callers'
        return True
    return any(_known(v, language) for v in names) and (len(names) > 1 or in_list)


def unknown_word(folded: str, language: str) -> bool:
    """A word no list of Veil's holds: no first name, stop word, everyday word of any language,
    place, thing, brand or title. Beside a name and joined to it, such a word is a name no list has
    ("Callum or Tharushi", "ALTON EBANKS AND SASHALEE FACEY")."""
    lists = gazetteer()
    if len(folded) < 3 or lists.popularity.get(folded, 0) > 0 or folded in _vetoed() or folded in _PARTICLES:
        return False
    if any(folded in words for words in lists.common.values()) or any(folded in s for s in lists.stop_words.values()):
        return False
    return folded not in places().words_in and lower_pairs.bare(folded) not in places().words_in


def _joined_unknown(text: str, item: tuple[int, int], span: Span, language: str) -> bool:
    """A conjunction joins `item` to the found name `span` as its like, though the item opens with
    no listed first name: its first word is in no list at all (`unknown_word`), and the two have one
    shape, one word each ("Is it Callum or Tharushi on the deli counter?") or a first name and a
    surname each ("ME ALTON EBANKS AND SASHALEE FACEY", "TITILAYO ADEBANJO & WINSTON GREENIDGE"). Goods,
    brands, places and everyday words are listed somewhere, so "Thanks Anna and Happy Birthday" and
    "Anna and Zalando" stay as they are; an item in brackets or before them is what they say it is
    ("Biscuit (dog) and Max"). The lists' everyday words stop at a frequency, so a rarer word ("Biscuit")
    is unknown to them: the shape and the conjunction carry the reading."""
    words = [v.rstrip(".").casefold() for v in text[item[0] : item[1]].split()]
    named = text[span.start : span.end].split()
    if "(" in text[min(item[1], span.end) : max(item[0], span.start)] or _AGE.match(text, item[1]):
        return False  # "Grooming for Biscuit (dog) and Max": what the brackets say it is, not a name's like
    if not words or not unknown_word(words[0], language) or len(words) != len(named) or len(words) > 2:
        return False
    last = words[-1]
    return len(words) == 1 or lower_pairs.listed_surname(last) or unknown_word(last, language)


def _opens_with_first_name(text: str, start: int, language: str) -> bool:
    word = _WORD.match(text, start)
    if word is None:
        return False
    folded = word.group().rstrip(".").casefold()
    lists = gazetteer()
    return lists.popularity.get(folded, 0) > 0 and language not in lists.words_in.get(folded, ())


def _next_item(
    text: str,
    pos: int,
    language: str,
    lower: bool,
    listed_before: bool,
    proposed: frozenset[tuple[int, int]],
    span: Span | None = None,
) -> tuple[int, int] | None:
    """The list item after a name ending at `pos`; `listed_before`: a comma or slash list, or an age
    in brackets, leads to that name, so a conjunction alone may end the list ("A, B and C")."""
    age = _AGE.match(text, pos)
    if age is not None:
        pos = age.end()
    sep = _SEP.match(text, pos)
    if sep is None:
        return None
    caps = _all_caps(text)
    words: list[re.Match[str]] = []
    best: tuple[int, int] | None = None
    at = sep.end()
    while len(words) < _MAX_ITEM_WORDS + 2:
        word = _WORD.match(text, at)
        if word is None:
            break
        words.append(word)
        end = word.start() + len(word.group().rstrip("."))
        aged = _AGED.match(text, end) is not None
        if word.group().rstrip(".").casefold() not in _PARTICLES and _item_words(words, language, lower, caps, aged):
            best = (sep.end(), end)  # the longest that reads: "Ally Macdonald", where "Ally" alone is a word
        gap = _GAP.match(text, word.end())
        if gap is None:
            break
        at = gap.end()
    modelled = _proposed_item(text, sep.end(), None, language, proposed)
    if modelled and best not in (None, modelled) and _SEP.match(text, modelled[1]) is None:
        modelled = None  # what reads as the item goes on past the model's name: the longer reading stands
    read = best == modelled  # the model's item is what reads as a name: the tests below may take it too
    if modelled:
        best = modelled  # "…, Immacolata e Naima": not "Immacolata e Naima" as one item
    if best is None:
        word = _WORD.match(text, sep.end())
        if word is None or lower or caps:
            return None
        item = (word.start(), word.start() + len(word.group().rstrip(".")))
        if not _boundary_after(text, item[1]) or text[item[1] :].lstrip(" \t\u00a0")[:1].isupper():
            return None  # "Grazie Marco e Serena giornata", "… e Felice Anno Nuovo"
        listed = listed_before or _SEP.match(text, item[1]) is not None
        return item if _word_name_item(text, item, bool(sep.group("conj")), span, language, listed) else None
    if lower and not _boundary_after(text, best[1]):
        return None
    if not lower and not caps and text[best[1] :].lstrip(" \t\u00a0")[:1].isupper():
        return None  # the capitalised run goes on past what reads as a name
    aged = _AGED.match(text, best[1]) is not None
    joined = bool(sep.group("conj")) and span is not None and _joined_unknown(text, best, span, language)
    worded = not lower and not caps and _word_name_item(text, best, True, span, language, False)
    if sep.group("conj") and not (
        _opens_with_first_name(text, best[0], language) or listed_before or aged or joined or worded
    ):
        return None
    in_list = bool(sep.group("conj")) or listed_before
    if modelled and (in_list or not read):
        return best if in_list else None
    framed = not sep.group("conj") and _SEP.match(text, best[1]) is not None
    unknown = joined or _listed_unknown(text, best, language, in_list or framed, bool(sep.group("conj")))
    if _credible(text[best[0] : best[1]], language, in_list, aged, unknown):
        return best
    listed = in_list or framed
    conj = bool(sep.group("conj"))
    return best if not lower and not caps and _word_name_item(text, best, conj, span, language, listed) else None


def _previous_item(
    text: str,
    pos: int,
    language: str,
    lower: bool,
    listed_after: bool,
    proposed: frozenset[tuple[int, int]],
    span: Span | None = None,
) -> tuple[int, int] | None:
    """The list item before a name starting at `pos` (`listed_after`: as `_next_item`'s)."""
    sep = _sep_before(text, pos)
    if sep is None:
        return None
    end = pos - len(sep.group())
    window = max(0, end - _BEFORE_WINDOW)
    age = _AGE_BEFORE.search(text, window, end)
    if age is not None:
        aged = _AGED.fullmatch(text, age.start(), age.end()) is not None
        end = age.start()
    else:
        aged = False
    caps = _all_caps(text)
    starts = list(_WORD.finditer(text, max(0, end - 200), end))
    best: tuple[int, int] | None = None
    for k in range(1, min(len(starts), _MAX_ITEM_WORDS + 2) + 1):
        words = starts[-k:]
        if k == 1 and words[0].start() + len(words[0].group().rstrip(".")) != end:
            break
        if k > 1 and _GAP.fullmatch(text, words[0].end(), words[1].start()) is None:
            break
        if words[0].group().casefold() not in _PARTICLES and _item_words(words, language, lower, caps, aged):
            best = (words[0].start(), end)
    modelled = _proposed_item(text, None, end, language, proposed)
    if modelled and best not in (None, modelled) and _sep_before(text, modelled[0]) is None:
        modelled = None
    read = best == modelled  # as in `_next_item`
    if modelled:
        best = modelled
    if best is None:
        word = starts[-1] if starts else None
        if word is None or lower or caps or word.start() + len(word.group().rstrip(".")) != end:
            return None
        item = (word.start(), end)
        listed = listed_after or _sep_before(text, item[0]) is not None
        return item if _word_name_item(text, item, bool(sep.group("conj")), span, language, listed) else None
    joined = bool(sep.group("conj")) and span is not None and _joined_unknown(text, best, span, language)
    worded = not lower and not caps and _word_name_item(text, best, True, span, language, False)
    if sep.group("conj") and not (
        _opens_with_first_name(text, best[0], language) or listed_after or aged or joined or worded
    ):
        return None
    in_list = bool(sep.group("conj")) or listed_after
    if modelled and (in_list or not read):
        return best if in_list else None
    framed = not sep.group("conj") and _sep_before(text, best[0]) is not None
    unknown = joined or _listed_unknown(text, best, language, in_list or framed, bool(sep.group("conj")))
    if _credible(text[best[0] : best[1]], language, in_list, aged, unknown):
        return best
    listed = in_list or framed
    conj = bool(sep.group("conj"))
    return best if not lower and not caps and _word_name_item(text, best, conj, span, language, listed) else None


def _listed_unknown(text: str, item: tuple[int, int], language: str, listed: bool, conj: bool) -> bool:
    """One word no list holds (`unknown_word`), a comma away from a found name, in a list of three or
    more: the found name is itself listed, or a further separator stands past the item ("Sarah, Tovo,
    Véronique et moi", "vamos Deivis, Yaquelín, Percy y yo"). A list holds things of one kind, and the
    lists hold goods, brands, places and everyday words, so what none of them knows beside two names
    is a third; a first name no list has is the commonest such word in a new writer's text. The item
    ends where an item does (a separator, a line's or sentence's end; before it no capitalised run goes
    on: "Ivana Perić / Erstattung immer noch nicht da"); an emoji ends it as a line's end does. In
    German, where every noun is capitalised and a rare one is in no list, no compound noun
    ("Kaffeemaschine": `slot_things.german_compound_noun`)."""
    words = text[item[0] : item[1]].split()
    if not listed or conj or len(words) != 1:
        return False
    word = words[0].rstrip(".")
    if not unknown_word(word.casefold(), language) or language == "de" and german_compound_noun(word):
        return False
    rest = text[item[1] :].lstrip(" \t\u00a0")
    ends = _boundary_after(text, item[1]) or unicodedata.category(rest[:1] or " ").startswith("S")
    return ends and not _ends_a_run(text, item[0])


def _word_name_item(
    text: str, item: tuple[int, int], conj: bool, span: Span | None, language: str, listed: bool
) -> bool:
    """A listed first name that is also a word of the language ("Rosario", "Inmaculada", "Immacolata",
    "Mai"), capitalised, as the list item beside a found name: joined to a one-word name by a
    conjunction, one shape for two people ("Rosario e Gaetano", "Candelaria y Freddy"), or a comma
    away in a list of three or more ("Zhenyu, Inmaculada, Triana"). `_item_words` turns such a word
    down alone, as it must outside a list ("la Rosa", "Serena giornata"); beside a name, in the slot of
    a name, its name's reading is the likelier one, and the cost of a wrong one is a word in a message
    that already names someone."""
    if not _word_first_name(text[item[0] : item[1]], language):
        return False
    if span is not None and item[1] <= span.start and _ends_a_run(text, item[0]):
        return False
    if conj:
        return span is not None and len(text[span.start : span.end].split()) == 1
    return listed


def _ends_a_run(text: str, start: int) -> bool:
    """The word at `start` ends a capitalised run: a saint's or a title's word stands before it, or a
    capitalised word that does not open the sentence ("da Santa Immacolata", "Villa Serena")."""
    lead = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if lead is None or not lead.group(1)[:1].isupper():
        return False
    if lead.group(1).casefold() in _vetoed():
        return True
    return text[: lead.start(1)].rstrip(" \t\u00a0")[-1:] not in ("", ".", "!", "?", "\n", ":")


def _word_first_name(word: str, language: str) -> bool:
    """A capitalised listed first name of popularity 3+ that is no stop word, thing, brand, title,
    relative or weekday (`_vetoed`); a town's name only when given 5+ ("Rosario", "Victoria")."""
    folded = word.casefold()
    if not word[:1].isupper() or word.isupper() or folded in _PARTICLES or folded in _vetoed():
        return False
    popularity = gazetteer().popularity.get(folded, 0)
    if popularity < _WORD_NAME_POPULARITY or folded in w.WEEKDAYS:
        return False
    if folded in places().words_in and popularity < _TOWN_NAME_POPULARITY:
        return False
    stops = gazetteer().stop_words
    return not any(folded in stops.get(lang, ()) for lang in (language, "en"))


def _proposed_item(
    text: str, start: int | None, end: int | None, language: str, proposed: frozenset[tuple[int, int]]
) -> tuple[int, int] | None:
    """The model's PERSON span that is wholly the list item starting at `start` (or ending at `end`),
    when the name-word test turned the item down: a first name no list holds ("Annedda", "Yaneris"), a
    name that is also a word or a town ("Immacolata", "Tupã", "Nelson"). Beside a found name, in a list,
    the model's reading and the list's agree; capitalised words only, no stop word, thing, brand,
    title or relative (`_vetoed`), no code, at most `_MAX_ITEM_WORDS`."""
    for a, b in proposed:
        if (start is not None and a != start) or (end is not None and b != end):
            continue
        words = text[a:b].split()
        if not 1 <= len(words) <= _MAX_ITEM_WORDS or not all(_proposed_word(x, language) for x in words):
            continue
        if _boundary_after(text, b):
            return a, b
    return None


def _proposed_word(word: str, language: str) -> bool:
    folded = word.casefold()
    if not word[:1].isupper() or _CODE.fullmatch(word) or not _WORD.fullmatch(word) or folded in _vetoed():
        return False
    stops = gazetteer().stop_words
    return not any(folded in stops.get(lang, ()) for lang in (language, "en"))
