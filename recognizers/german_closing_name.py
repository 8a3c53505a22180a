"""A name that closes a German message on its own after the last sentence: "… bis nächste Woche.
Remedios", "… für mich bestellt hat? Mikyung Song", "Danke 😍 Encarnación". (Spanish and Portuguese
read the same shape with their own lists and closings: `closing_name`.)

`PersonNameRecognizer` reads a signature under a sign-off or on its own line; chat writers sign
on the same line, after the last sentence's full stop, question mark or emoji, with no sign-off
at all. The shape is the evidence: the message ends with one to three capitalised words right
after a sentence's end. What must not fire is the same shape around a thing or a word ("… frei?
Kaminofen", "Bon ist vom 3. August", "… bitte. Danke"), so every word must be a listed first
name given often, or no everyday word or stop word of German or English, no place, carrier, app
or brand, no month, weekday or greeting's word, no German compound noun (`slot_things`), no word
in capitals (a code or a shout); and the mark before the run must end a sentence, not an
ordinal or an abbreviation ("am 3. August", "Nr. Sieben", "z. B. Ersatz"). Measured on the
readable German sets (2026-12-07): four names gained, no no-PII message changed.
"""

from __future__ import annotations

import re

from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.slot_things import german_compound_noun
from recognizers.vocative_slots import THANKS_AND_GREETINGS

_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:[\-'’][^\W\d_]+)*"
_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf"
# the run closing the text: after a sentence's mark or an emoji, before nothing but marks and emoji
_CLOSING = re.compile(
    rf"(?P<mark>[.!?…]|[{_EMOJI}])[{_EMOJI}\ufe0f\u200d]*[ \t]+(?P<name>{_CAPITAL}(?:[ \t]+{_CAPITAL}){{0,2}})"
    rf"[ \t]*[.!{_EMOJI}\ufe0f\u200d]*[ \t]*\Z"
)
_TAIL = 120  # three name words, the marks and emoji around them, fit in this many characters
_GIVEN = 3  # a first name given this often closes a message though a word or a town bears it ("Roman")
_SHORTEST_BEFORE = 3  # "3. August", "z. B.", "Nr. …": the word before a full stop is a word of a sentence
# the words of greetings, thanks and sign-offs, which close a message as often as a name does
_GREETING_WORDS = frozenset(
    word
    for phrase in (*w.GREETINGS, *w.SIGN_OFFS, *w.BARE_SIGN_OFFS, *THANKS_AND_GREETINGS)
    for word in phrase.casefold().split()
) | frozenset("grüezi grüessech tschau tschö tschüs tschüssi salü hoi ade adieu pfiat baba bye servas".split())
_COMPANIES = (w.CARRIERS, w.APPS, w.BRANDS, w.EPONYMOUS_BRANDS, w.DELIVERY_APPS, w.CUE_COMPANIES)
_ABBREVIATIONS = frozenset("nr str bzw ca usw evtl ggf inkl zzgl tel mfg lg vg gr abs".split())


def closing_name(text: str) -> tuple[int, int] | None:
    """The span of the name closing a German message (see module doc), or None."""
    body = text.rstrip()
    offset = max(0, len(body) - _TAIL)  # the run is short: only the text's tail is searched
    match = _CLOSING.search(body, offset)
    if match is None:
        return None
    if match.group("mark") == "." and not _sentence_end(body, match.start("mark")):
        return None
    if not all(_name_word(word) for word in match.group("name").split()):
        return None
    return match.start("name"), match.end("name")


def _sentence_end(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends a sentence: the word before it is one of letters, three
    or more, and no abbreviation ("Woche.", not "3.", "B.", "Nr.")."""
    before = re.search(r"([^\W\d_]+)\Z", text[:dot])
    if before is None:
        return False
    word = before.group(1)
    return len(word) >= _SHORTEST_BEFORE and word.casefold() not in _ABBREVIATIONS


def _name_word(word: str) -> bool:
    """A word of a closing name: a first name given often, or a word no list holds as anything else."""
    lists = gazetteer()
    folded = word.casefold()
    if word.isupper() or folded in w.MONTHS or folded in w.WEEKDAYS or folded in w.NOT_NAMES:
        return False
    if folded in _GREETING_WORDS or any(folded in listed for listed in _COMPANIES):
        return False  # "Wann kommt mein Paket? Hermes", "Ist das noch da? Servus"
    if lists.popularity.get(folded, 0) >= _GIVEN:
        return True
    if any(folded in lists.common.get(lang, frozenset()) for lang in ("de", "en")):
        return False
    if any(folded in lists.stop_words.get(lang, frozenset()) for lang in ("de", "en")):
        return False
    if folded in places().words_in:
        return False
    return not german_compound_noun(word)
