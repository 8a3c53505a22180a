"""A name typed in capitals inside a message typed in mixed case, after a person's preposition.

Customers copy a name as it stands on a form, a passport or a label, in capitals, into an
otherwise ordinary message: "Lieferung für ZITA LADURNER bitte am Empfang abgeben", "Unsere Katze
ist auf WALENTINA SCHELLENBERG angemeldet", "muss der Name JERZY ZIMNY geschrieben sein". The other
rules read capitals as codes in mixed-case text ("Galaxy S24 ULTRA", "per DHL EXPRESS"), and the
models miss them, so such a name was left in clear.

Read here: two or three words in capitals (two letters or more each; an apostrophe or hyphen inside,
"D'AMICO", "UNRUH-SCHELLENBERG") right after "für", "auf", "an", "von", "bei", "mit" or the noun
"Name"/"Namen", ending at a lower-case word, a punctuation mark or the text's end, in a text that
holds lower-case letters (a text typed all in capitals is read as lower case by the cue rules). The
shape is narrow on purpose: the first word must be a listed first name that is no everyday word of
German or English (a name of popularity 5 or more is in the frequency lists as a name: "MELISSA"),
nor flagged by the name lists as a word of either ("OKAN", "ZITA", "ANNA"); a rare one (popularity
below 3: "WALENTINA") only before words that are no everyday words; no later word an everyday word
unless a surname ("an OTTO VERSAND" is a shop, "JONAS WOLF" a person); no word a company word
("GMBH") or a word that is never a name; the run no brand named after a person ("HUGO BOSS"), and
its first word no carrier, brand or app ("bei ZARA HOME"). A code or an acronym ("für
DHL EXPRESS", "mit USB KABEL", "an ALLE KUNDEN") opens with no such first name and is left.

In Spanish and Portuguese (2026-12-07) the same copy follows "para", "de", "a", "con", "por",
"como" or "nombre" ("me guardáis 6 botellas para JACINTO BUSTAMANTE?", "Marco para el título de
MILTON ARGUETA", "Entrega para YUNA PARK"), read by the German test, and the run is no listed place
("para SAN SEBASTIÁN").

In French (2026-12-07) a run is read after a colon too ("Gravure du trophée : ERWAN LE ROUX",
"exactement : ROSELINE FILS-AIMÉ"), by the German test, and "LE", "LA", "DU", "DE" between two words
of a run are a surname's particles, not words after the name.

In English (2026-12-06, night) the same copy follows "for", "to", "from", "by", "under", "with",
"name" or "named" ("case of the Rioja for NOELIE FONTENOT please", "Delivery for ADAEZE NWANKWO at
reception", "Framing the certificate for ANRI DU PLESSIS, gold frame"), and a colon opening a list
of names ("Kit order for the under 12s: AMANDEEP SIDHU no 7, …"). English writers copy names of
every origin, which the first-name lists often lack ("KIBET KOECH", "NJOROGE OTIENO"), so a run
after a preposition is read by its words rather than its first name: no word an everyday word of
English (a census surname is none; a listed first name may open the run as one, "CHERRY FUNG",
before a word that is no everyday word), a particle only inside it ("DU", "LE"), no word a code
(three letters or fewer with no vowel: "for NHS DPD"), no company word, brand, carrier or app
("for AMAZON PRIME", "to EVRI PARCELSHOP", "from HUGO BOSS"), and the run no listed place ("to KUALA
LUMPUR"). After a colon the German test holds:
a listed first name opens the run ("Subject: URGENT REPLY", "Ref: KXQ ABBA" name no one). In an
English text typed all in capitals the same run is read when its phrase ends after it, at a stop
word, a possessive or a punctuation mark ("THE FLAT IS RENTED BY FILIPO TUILAGI, I'M THE LODGER",
"GOT YOUR NUMBER FROM ROJINA POKHAREL AT THE GYM"; not "ORDER FOR EASTER DINNER:").

Cost: one search for a cue word and a capital after it; most texts hold none, and the word
lists are read only when a run is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from recognizers import name_words as w
from recognizers import surname_pairs
from recognizers.given_name_recognizer import gazetteer, shouted
from recognizers.place_recognizer import places
from recognizers.slot_things import SURNAME_TAILS

_POPULAR = 3
_FREQUENT_NAME = 5  # a first name this popular is in the frequency lists as a name ("melissa"), not a word
# The words after which a German message names whom a thing is for, under or to
_CUES = {
    "de": ("für", "auf", "an", "von", "bei", "mit", "name", "namen"),
    "en": ("for", "to", "from", "by", "under", "with", "name", "named"),
    "fr": ("pour", "de", "à", "par", "chez", "avec", "nom"),
    "es": ("para", "de", "a", "con", "por", "como", "nombre"),
    "pt": ("para", "pra", "pro", "de", "do", "da", "a", "com", "por", "como", "nome"),
}
# Spanish and Portuguese runs are read by the German test (a listed first name opens them) and are no
# listed place ("de SANTA CRUZ", "para SÃO PAULO"): their prepositions name places as often as people
_PLACE_CUE_LANGUAGES = frozenset({"es", "pt"})
# The cues after which an English run is read by its words, not by its first name (see module doc);
# a colon is read as the German cues are
_EN_WORD_CUES = frozenset(_CUES["en"])
# Languages whose runs are read after a colon too, by the German test ("Subject: …"; French "à graver :
# ERWAN LE ROUX", "exactement : ROSELINE FILS-AIMÉ")
_COLON_LANGUAGES = frozenset({"en", "fr"})
_VOWELS = frozenset("aeiouyàáâäãåèéêëìíîïòóôöõùúûüāēīōūė")
_CODE_LEN = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?![\w'’])")
_GAP = re.compile(r"[ \t]+")
_MAX_WORDS = 3
_POSSESSIVE = re.compile(r"['’]S$")
_CLOSE = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")
_COMPANY_WORDS = frozenset("gmbh ag kg ohg ug se ltd inc co gbr eg mbh plc llc llp".split())


def spans(text: str, language: str) -> Iterator[tuple[int, int]]:
    """The names in capitals after a person's preposition in a mixed-case text (see module doc)."""
    cues = _CUES.get(language)
    if not cues:
        return
    if not any(map(str.islower, text)):
        if language == "en" and shouted(text):
            yield from _shouted_english(text)
        return
    lists = gazetteer()
    cue_run = _cue_pattern(cues + (":",) if language in _COLON_LANGUAGES else cues)
    for match in cue_run.finditer(text):
        run = _capitals_after(text, match.end())
        if run is None:
            continue
        start, end, words = run
        if language == "en" and match.group().rstrip().casefold() in _EN_WORD_CUES:
            if _english_name(words):
                yield start, end
            continue
        common = _everyday(language)
        first = words[0]
        popularity, flags = lists.popularity.get(first, 0), lists.words_in.get(first, frozenset())
        if popularity < 1 or popularity < _FREQUENT_NAME and first in common or flags & {language, "en"}:
            continue  # "für DHL EXPRESS", "mit USB KABEL", "an ALLE KUNDEN": no first name opens them
        if any(word in common and not _surname(word) and not _french_surname(word, popularity, language)
               and not _inner_particle(words, i, language) for i, word in enumerate(words[1:], 1)):  # fmt: skip
            continue  # "an OTTO VERSAND", "für MAX MUSTERMANN": a name's word before a thing's
        if popularity < _POPULAR and any(
            word in common and not _inner_particle(words, i, language) for i, word in enumerate(words[1:], 1)
        ):
            continue  # a rare first name vouches for a run only beside a surname that is no everyday word
        if any(
            word in _COMPANY_WORDS or word in w.NOT_NAMES and not _inner_particle(words, i, language)
            for i, word in enumerate(words)
        ):
            continue
        phrase = " ".join(words)
        companies = (w.BRANDS, w.CARRIERS, w.APPS, w.CUE_COMPANIES, w.DELIVERY_APPS)
        if phrase in w.EPONYMOUS_BRANDS or any(phrase in listed or first in listed for listed in companies):
            continue
        if language in _PLACE_CUE_LANGUAGES and phrase in places().words_in:
            continue  # "envío a SAN SEBASTIÁN", "para SÃO PAULO": a town, read by the place rules
        yield start, end


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
        if _english_name(folded):
            yield words[0].start(), end


def _english_name(words: list[str]) -> bool:
    """Whether an English run in capitals after a person's preposition reads as a name by its
    words (see module doc): "KIBET KOECH", "CHERRY FUNG", "ANRI DU PLESSIS"; not "AMAZON PRIME",
    "ROSE GOLD", "NHS DPD"."""
    lists = gazetteer()
    common = _everyday("en")
    stops = lists.stop_words.get("en", frozenset())
    phrase = " ".join(words)
    companies = (w.BRANDS, w.CARRIERS, w.APPS, w.CUE_COMPANIES, w.DELIVERY_APPS)
    if phrase in w.EPONYMOUS_BRANDS or any(phrase in listed or words[0] in listed for listed in companies):
        return False
    if phrase in places().words_in:
        return False  # "to KUALA LUMPUR", "from SANTA MONICA": a place is read by the place rules
    if words[0] in w.PARTICLES or words[-1] in w.PARTICLES:
        return False  # "for LA ROCHE", "to DE": a particle stands inside a name
    for i, word in enumerate(words):
        if word in w.PARTICLES:
            continue
        if word in _COMPANY_WORDS or word in w.NOT_NAMES or word in stops:
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
