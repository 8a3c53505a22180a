"""Names copied in capitals into a message typed in mixed case: one mechanism (2026-12-07, day).

Customers copy a name as it stands on a form, a passport, a label or an engraving, in capitals, into
an otherwise ordinary message: "Lieferung für ZITA LADURNER bitte am Empfang abgeben", "Gravure du
trophée : ERWAN LE ROUX", "exactamente: HRISTO PETKOV". The other rules read capitals as codes in
mixed-case text ("Galaxy S24 ULTRA", "per DHL EXPRESS"), and the models miss them. Three rules read
such names until 2026-12-07 (after a cue word here, an engraving's colon in the German verb frames,
anywhere in the first-name recognizer), each with its own screens; they are this one module now:
one reading of a run, one screen pipeline, and the places a run is looked for as configuration.

**A run**: two or three words in capitals (two letters or more each; an apostrophe or hyphen inside,
"D'AMICO", "UNRUH-SCHELLENBERG") with only spaces between them, after a cue; two to five anywhere
(the cue-free entry). A run the text's capitals go on past (a heading, a shouted sentence) is none.

**Where a run is looked for** (the entry points):

- after a person's preposition or the noun for a name (`_CUES`, `spans`): German "für", "auf", "an",
  "von", "bei", "mit", "Name"; English "for", "to", "from", "by", "under", "with", "name", "named";
  French "pour", "de", "à", "par", "chez", "avec", "nom"; Spanish "para", "de", "a", "con", "por",
  "como", "nombre"; Portuguese the same and "pra", "pro", "do", "da", "nome". In a text that holds
  lower-case letters only (a text typed all in capitals is read as lower case by the cue rules, but
  for English, below);
- after a colon (`_COLON`, `spans`): in English and French any colon ("Kit order for the under 12s:
  AMANDEEP SIDHU no 7", "exactement : ROSELINE FILS-AIMÉ"); in German the colon of an engraving, a
  name tape, a print or "genau so" ("Gravur für den Pokal: WALTRAUD LOTZ", "Namensbänder …, genau so:
  URS RÜFENACHT"), the run ending its clause;
- anywhere (`copied`, for `GivenNameRecognizer`, every language): two to five words in capitals in a
  text whose other letters are mostly lower case ("Cornice per la laurea di NATALIA COJOCARU"),
  read as if written with initial capitals by the first-name recognizer's capitalised rules, and kept
  when two words or more of it stay a name; a print's wish opening the run is no part of it ("Can you
  print HAPPY BIRTHDAY IKENNA OBI on the balloon", "BUON COMPLEANNO JONIDA DODA": `vocative_slots.WISHES`);
- in an English text typed all in capitals, after an English cue, when the run ends its phrase (a
  stop word, a possessive or a punctuation mark follows): "THE FLAT IS RENTED BY FILIPO TUILAGI,",
  "GOT YOUR NUMBER FROM ROJINA POKHAREL AT THE GYM"; not "ORDER FOR EASTER DINNER:".

**The screens** (`_thing`, every run wherever it was found): a register's code right after it ("REA
BG-123456"); a company word ("GMBH") or a word that is never a name (a particle inside the run
aside); a brand named after a person ("HUGO BOSS") or a brand, carrier, app or firm whole or opening
it ("bei ZARA HOME", "for AMAZON PRIME", "to EVRI PARCELSHOP"); a listed place ("para SAN
SEBASTIÁN", "to KUALA LUMPUR", "Destination : SAINT MALO").

**The tests** a run then passes, by where it was found and its language:

- the first-name test (`_first_named`: German, French, Spanish, Portuguese cues, every colon): the
  first word a listed first name that is no everyday word of the language or of English (a name of
  popularity 5 or more is in the frequency lists as a name: "MELISSA"), nor flagged by the name lists
  as a word of either ("OKAN", "ZITA", "ANNA"); a rare one (popularity below 3: "WALENTINA") only
  before words that are no everyday words; no later word an everyday word unless a surname ("an OTTO
  VERSAND" is a shop, "JONAS WOLF" a person); in French a particle between two words ("ERWAN LE
  ROUX") and, after a popular first name, a word that is no goods, colour or stop word ("KÉVIN
  LEFEBVRE", "JULIEN BLANC") are a surname's. A code or an acronym ("für DHL EXPRESS", "mit USB
  KABEL", "an ALLE KUNDEN", "Subject: URGENT REPLY") opens with no such first name and is left;
- the word test (`_english_name`: English cues, and the shouted English text): English writers copy
  names of every origin, which the first-name lists often lack ("KIBET KOECH", "NJOROGE OTIENO"), so
  the run is read by its words: no word an everyday word of English (a census surname is none; a
  listed first name may open the run as one, "CHERRY FUNG", before a word that is no everyday word),
  a particle only inside it ("DU", "LE"), no word a code (three letters or fewer with no vowel: "for
  NHS DPD"), no stop word;
- the reading test (`copied`): the text's other letters mostly lower case ("IL MIO PACCO È FINITO NEL
  …" is shouted); a first word that is also a word of a language is no name before an everyday word
  that is no surname ("Lieferung an OTTO VERSAND"); then the capitalised rules of the first-name
  recognizer (its brands, places, product words, numbers after and everyday words all count), two
  words or more kept. A lone word in capitals is as often emphasis ("NO LLEGÓ") and is left.

Cost: one search for a cue word and a capital after it, one for two capitals words side by side
(the cue-free entry); most texts hold none, and the word lists are read only when a run is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from recognizers import factored, surname_pairs
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer, shouted
from recognizers.place_recognizer import places
from recognizers.slot_things import SURNAME_TAILS
from recognizers.vocative_slots import WISHES

_POPULAR = 3
_FREQUENT_NAME = 5  # a first name this popular is in the frequency lists as a name ("melissa"), not a word
_NAME_POPULARITY = 2  # a first name given more than rarely (`GivenNameRecognizer`'s "name" kind)
_VERY_POPULAR = 8  # a first name this popular is a name, not an everyday word
# The words after which a message names whom a thing is for, under or to
_CUES = {
    "de": ("für", "auf", "an", "von", "bei", "mit", "name", "namen"),
    "en": ("for", "to", "from", "by", "under", "with", "name", "named"),
    "fr": ("pour", "de", "à", "par", "chez", "avec", "nom"),
    "es": ("para", "de", "a", "con", "por", "como", "nombre"),
    "pt": ("para", "pra", "pro", "de", "do", "da", "a", "com", "por", "como", "nome"),
}
# The colon a run is read after, by language: any colon (None), or only the colon of a clause that
# names an engraving, a name tape, a print or an exact wording (German: "Gravur für den Pokal Spieler
# der Saison: WALTRAUD LOTZ", "60 Namensbänder zum Aufbügeln, genau so: URS RÜFENACHT"), the run then
# ending its clause ("Aufdruck: FROHE WEIHNACHTEN" opens with no first name)
_COLON: dict[str, re.Pattern[str] | None] = {
    "en": None,
    "fr": None,
    "de": re.compile(
        r"(?<![\w'’])(?:gravur|namensbänder|namensband|aufdruck|aufschrift|beschriftung|schriftzug|widmung|genau so)"
        r"(?:[ \t]+[\w\-]+){0,6}?[ \t]*\Z",
        re.IGNORECASE,
    ),
}
_COLON_LOOK_BACK = 120
# The cues after which an English run is read by its words, not by its first name (see module doc)
_EN_WORD_CUES = frozenset(_CUES["en"])
_VOWELS = frozenset("aeiouyàáâäãåèéêëìíîïòóôöõùúûüāēīōūė")
_CODE_LEN = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?![\w'’])")
_GAP = re.compile(r"[ \t]+")
_MAX_WORDS = 3
_LONGEST_WISH = max(len(wish.split()) for wish in WISHES)
_MAX_COPIED = 5  # the cue-free entry: a first name, two middle names or particles and two surnames
_POSSESSIVE = re.compile(r"['’]S$")
_CLOSE = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")
# Company forms of the six languages' countries: a run holding one is a firm ("OKAN YILDIRIM GMBH", "JUAN
# PEREZ SL", "MARCO ROSSI SRL")
_COMPANY_WORDS = frozenset("gmbh ag kg ohg ug se ltd inc co gbr eg mbh plc llc llp".split()) | frozenset(
    "srl spa snc sas sasu sarl eurl sl slu ltda lda eireli".split()
)
_CODE_AFTER = re.compile(r"[-/]?\d")  # "REA BG-123456": a register's code, not a name
# The cue-free entry: two words in capitals side by side, a cheap screen; a word in capitals; the
# spaces that join two words of a run (no comma, no line break)
_CAPITALS_PAIR = factored.compile(r"[A-ZÀ-Þ]{2,}[ \t\u00a0]+[A-ZÀ-Þ]{2,}")
_COPIED_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_COPIED_GAP = re.compile(r"[ \t\u00a0]+")
_LETTERS = re.compile(r"[^\W\d_]+")  # the parts a run's word is written with an initial capital ("Fils-Aimé")

# What the first-name recognizer reads in a text whose run in capitals was written with initial
# capitals: (text as rewritten, run start, run end) to the names it finds there, each with its count
# of words
Reader = Callable[[str, int, int], list[tuple[int, int, int]]]


def spans(text: str, language: str) -> Iterator[tuple[int, int]]:
    """The names in capitals after a cue word or a colon in a mixed-case text, and after an English
    cue in a shouted English text (see module doc)."""
    cues = _CUES.get(language)
    if not cues:
        return
    if not any(map(str.islower, text)):
        if language == "en" and shouted(text):
            yield from _shouted_english(text)
        return
    colon = language in _COLON
    for match in _cue_pattern(cues + (":",) if colon else cues).finditer(text):
        after_colon = match.group().lstrip().startswith(":")
        if after_colon and not _colon_opens(text, match.start(), language):
            continue
        run = _capitals_after(text, match.end())
        if run is None:
            continue
        start, end, words = run
        if after_colon and _COLON[language] is not None and _CLOSE.match(text, end) is None:
            continue  # "Gravur: ANNA MÜLLER und ein Herz": an engraving's name ends its clause
        if _thing(text, end, words, language):
            continue
        english = language == "en" and not after_colon
        if english and _english_name(words) or not english and _first_named(words, language):
            yield start, end


def copied(
    text: str, language: str, taken: list[tuple[int, int]], read: Reader, fold: Callable[[str], str] = str.casefold
) -> Iterator[tuple[int, int]]:
    """The cue-free entry (see module doc): runs of two to five words in capitals in a text mostly in
    lower case, away from the names already found (`taken`), screened, then read by `read` (the
    first-name recognizer's capitalised rules): the names of two words or more it finds in them.
    `fold` is the caller's reading of a word for its lists ("OLÍVIA" as "olivia")."""
    if _CAPITALS_PAIR.search(text) is None:
        return
    for run in _copied_runs(text):
        run = run[_wish(run) :]  # "HAPPY BIRTHDAY IKENNA OBI": a print's wish, then whom it is for
        if not 2 <= len(run) <= _MAX_COPIED:
            continue  # a longer run is a heading or a shout
        start, end, typed = run[0].start(), run[-1].end(), [word.group() for word in run]
        if any(s < end and start < e for s, e in taken):
            continue
        if _thing(text, end, [word.casefold() for word in typed], language):
            continue
        rest = text[:start] + text[end:]
        if sum(c.isupper() for c in rest) >= sum(c.islower() for c in rest):  # "IL MIO PACCO È FINITO NEL …"
            continue
        if _firm([fold(word) for word in typed], language):
            continue  # "Lieferung an OTTO VERSAND": a firm's word after a name that is also a word
        titled = _LETTERS.sub(
            lambda c: c.group().lower() if c.group().casefold() in _particles(language) else c.group().capitalize(),
            text[start:end],
        )
        if len(titled) != end - start:
            continue  # a capital whose small letter is longer ("İ"): offsets would move
        for first, last, count in read(text[:start] + titled + text[end:], start, end):
            if count >= 2:
                yield first, last


def _copied_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Every run of two words or more in capitals (two letters or more each) joined by spaces alone."""
    run: list[re.Match[str]] = []
    for word in _COPIED_WORD.finditer(text):
        capital = len(word.group()) >= 2 and word.group().isupper()
        if capital and run and _COPIED_GAP.fullmatch(text, run[-1].end(), word.start()) is not None:
            run.append(word)
            continue
        if len(run) >= 2:
            yield run
        run = [word] if capital else []
    if len(run) >= 2:
        yield run


def _wish(run: list[re.Match[str]]) -> int:
    """How many words of a wish open a run in capitals, two words or more left after it ("HAPPY
    BIRTHDAY", "BUON COMPLEANNO", "ALLES GUTE ZUM GEBURTSTAG": `vocative_slots.WISHES`), 0 when none."""
    folded = [word.group().casefold() for word in run]
    for n in range(min(len(run) - 2, _LONGEST_WISH), 0, -1):
        if " ".join(folded[:n]) in WISHES:
            return n
    return 0


def _colon_opens(text: str, colon: int, language: str) -> bool:
    """Whether the colon at `colon` opens a run in `language` (`_COLON`): any colon, or one whose
    clause names an engraving, a name tape or a print."""
    lead = _COLON[language]
    return lead is None or lead.search(text, max(0, colon - _COLON_LOOK_BACK), colon) is not None


def _thing(text: str, end: int, words: list[str], language: str) -> bool:
    """The screens every run passes (see module doc): a code after it, a company word or a word
    never a name in it, a brand, carrier, app or firm, a listed place."""
    if _CODE_AFTER.match(text, end):
        return True  # "REA BG-123456"
    particles = _particles(language)
    inner = {i for i, word in enumerate(words) if 0 < i < len(words) - 1 and word in particles}
    if any(word in _COMPANY_WORDS or word in w.NOT_NAMES and i not in inner for i, word in enumerate(words)):
        return True  # "für OKAN YILDIRIM GMBH"; "LE" in "ERWAN LE ROUX" is a particle
    phrase = " ".join(words)
    companies = (w.BRANDS, w.CARRIERS, w.APPS, w.CUE_COMPANIES, w.DELIVERY_APPS)
    if phrase in w.EPONYMOUS_BRANDS or any(phrase in listed or words[0] in listed for listed in companies):
        return True  # "HUGO BOSS", "bei ZARA HOME", "for AMAZON PRIME"
    return phrase in places().words_in  # "para SAN SEBASTIÁN", "to KUALA LUMPUR": read by the place rules


def _first_named(words: list[str], language: str) -> bool:
    """The first-name test (see module doc): "OKAN DEMIR", "ERWAN LE ROUX"; not "DHL EXPRESS", "OTTO
    VERSAND", "URGENT REPLY"."""
    lists = gazetteer()
    common = _everyday(language)
    first = words[0]
    popularity, flags = lists.popularity.get(first, 0), lists.words_in.get(first, frozenset())
    if popularity < 1 or popularity < _FREQUENT_NAME and first in common or flags & {language, "en"}:
        return False  # "für DHL EXPRESS", "mit USB KABEL", "an ALLE KUNDEN": no first name opens them
    if any(word in common and not _surname(word) and not _french_surname(word, popularity, language)
           and not _inner_particle(words, i, language) for i, word in enumerate(words[1:], 1)):  # fmt: skip
        return False  # "an OTTO VERSAND", "für MAX MUSTERMANN": a name's word before a thing's
    # a rare first name vouches for a run only beside a surname that is no everyday word
    return popularity >= _POPULAR or not any(
        word in common and not _inner_particle(words, i, language) for i, word in enumerate(words[1:], 1)
    )


def _firm(words: list[str], language: str) -> bool:
    """The reading test's firm (see module doc): a first word that is no first name given more than
    rarely, or one that is also a word ("OTTO", eight in Italian), then an everyday word of the
    language or English that is no particle, no first name given more than rarely and no census
    surname ("VERSAND"; not "MARINA", nor "ROUX" after "LE")."""
    if _name_kind(words[0], language):
        return False  # "HRISTO PETKOV": a first name that is no word of any language
    lists = gazetteer()
    particles = _particles(language)
    stops = lists.stop_words.get(language, frozenset()), lists.stop_words.get("en", frozenset())
    return any(
        word not in particles
        and words[n - 1] not in particles
        and lists.popularity.get(word, 0) < _NAME_POPULARITY
        and (word in _everyday(language) or any(word in listed for listed in stops))
        and not surname_pairs.surname(word)
        for n, word in enumerate(words[1:], 1)
    )


def _name_kind(folded: str, language: str) -> bool:
    """A first name given more than rarely that is no word of any language nor a place, nor a
    particle; a hyphened double first name by its parts ("HANS-PETER"; not "RAY-BAN", everyday
    words both, nor "ROSA-MARIA", words both)."""
    lists = gazetteer()
    flags = lists.words_in.get(folded)
    if flags is not None:
        return folded not in w.PARTICLES and lists.popularity[folded] >= _NAME_POPULARITY and not flags
    parts = folded.split("-")
    if len(parts) < 2 or min(lists.popularity.get(part, 0) for part in parts) < _NAME_POPULARITY:
        return False
    if all(part in _everyday(language) and lists.popularity.get(part, 0) < _VERY_POPULAR for part in parts):
        return False
    return not all(lists.words_in[part] for part in parts)


def _shouted_english(text: str) -> Iterator[tuple[int, int]]:
    """In an English text typed all in capitals, two or three words after a person's preposition
    that end their phrase (a stop word, a possessive, a punctuation mark or the text's end follows)
    and read as a name by their words (`_english_name`): "RENTED BY FILIPO TUILAGI,", "GOT YOUR
    NUMBER FROM ROJINA POKHAREL AT THE GYM", "GOES TO CHIEDZA MOYO'S HOUSE"."""
    stops = gazetteer().stop_words.get("en", frozenset())
    for match in _cue_pattern(_CUES["en"]).finditer(text):
        words: list[re.Match[str]] = []
        pos, closed = match.end(), False
        while len(words) <= _MAX_WORDS:
            word = _WORD.match(text, pos)
            if word is None:
                closed = _CLOSE.match(text, pos) is not None
                break
            if word.group().casefold() in stops:
                closed = True
                break
            owner = _POSSESSIVE.search(word.group())
            if owner is not None:  # "CHIEDZA MOYO'S HOUSE": the owner's name ends there
                words.append(word)
                closed = True
                break
            words.append(word)
            gap = _GAP.match(text, word.end())
            if gap is None:
                closed = _CLOSE.match(text, word.end()) is not None
                break
            pos = gap.end()
        if not closed or not 2 <= len(words) <= _MAX_WORDS:
            continue
        last = words[-1]
        owner = _POSSESSIVE.search(last.group())
        end = last.start() + owner.start() if owner is not None else last.end()
        folded = [word.group().casefold() for word in words]
        if owner is not None:
            folded[-1] = folded[-1][: owner.start()]
        if not _thing(text, end, folded, "en") and _english_name(folded):
            yield words[0].start(), end


def _english_name(words: list[str]) -> bool:
    """The word test (see module doc): "KIBET KOECH", "CHERRY FUNG", "ANRI DU PLESSIS"; not "ROSE
    GOLD", "NHS DPD", "LA ROCHE"."""
    lists = gazetteer()
    common = _everyday("en")
    stops = lists.stop_words.get("en", frozenset())
    if words[0] in w.PARTICLES or words[-1] in w.PARTICLES:
        return False  # "for LA ROCHE", "to DE": a particle stands inside a name
    for i, word in enumerate(words):
        if word in w.PARTICLES:
            continue
        if word in stops:
            return False
        if len(word) <= _CODE_LEN and not _VOWELS.intersection(word):
            return False  # "NHS", "DPD": a code
        if word in common and not _surname(word) and not (i == 0 and lists.popularity.get(word, 0) >= 1):
            return False  # "ROSE GOLD", "NEXT DAY": a thing
    return any(word not in common for word in words)


@cache
def _everyday(language: str) -> frozenset[str]:
    """The everyday words of `language` and of English, joined once: the union of two lists of
    tens of thousands of words, built for every German text, doubled the name rules' CPU."""
    lists = gazetteer()
    return lists.common.get(language, frozenset()) | lists.common.get("en", frozenset())


@cache
def _particles(language: str) -> frozenset[str]:
    """The particles a name holds in `language` ("de", "van der"; "do" in Portuguese)."""
    return w.PARTICLES | w.LANGUAGE_PARTICLES.get(language, frozenset())


def _french_surname(word: str, popularity: int, language: str) -> bool:
    """In French, a word after a popular first name that is everyday as often as it is a surname
    ("KÉVIN LEFEBVRE", "JULIEN BLANC", "LUDOVIC PETIT"): French surnames are words of the frequency
    lists, so a word of goods, a colour, a size word or a stop word only is no surname there ("pour
    CLAIRE FONTAINE" stays a name; "pour LÉA ROSE GOLD" is read no further than the other tests)."""
    if language != "fr" or popularity < _POPULAR:
        return False
    stops = gazetteer().stop_words.get("fr", frozenset())
    return not (word in stops or word in w.PRODUCT_WORDS or word in w.PRODUCT_NOUNS or word in w.COLOURS)


def _inner_particle(words: list[str], i: int, language: str) -> bool:
    """In French, "LE", "LA", "DU", "DE" between two words of a run in capitals: a surname's particle
    ("ERWAN LE ROUX", "ANNE DU PLESSIS"), not a word after the name; never the run's last word."""
    return language == "fr" and 0 < i < len(words) - 1 and words[i] in w.LANGUAGE_CAPITAL_PARTICLES["fr"]


def _surname(word: str) -> bool:
    """A census surname, or a German surname that is also a noun ("MÜLLER", "SCHNEIDER", "WOLF")."""
    return surname_pairs.surname(word) or word in SURNAME_TAILS


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """The cue words, each a whole word, or a colon, followed by a space."""
    words = "|".join(cue for cue in cues if cue != ":")
    colon = "|:" if ":" in cues else ""
    return re.compile(rf"(?:(?<![\w'’])(?:{words}){colon})[ \t]+", re.IGNORECASE)


def _capitals_after(text: str, at: int) -> tuple[int, int, list[str]] | None:
    """The two or three words in capitals (two letters or more) from `at`, their extent and their
    case-folded forms, when the words after them are not in capitals too (a heading or a shouted
    sentence is no copied name); None otherwise."""
    words: list[re.Match[str]] = []
    pos = at
    while True:
        word = _WORD.match(text, pos)
        if word is None or not word.group().isupper() or len(word.group()) < 2:
            break
        words.append(word)
        gap = _GAP.match(text, word.end())
        if gap is None or len(words) > _MAX_WORDS:
            break
        pos = gap.end()
    if not 2 <= len(words) <= _MAX_WORDS:
        return None
    return words[0].start(), words[-1].end(), [word.group().casefold() for word in words]
