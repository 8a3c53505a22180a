"""Whose name an order, a ticket or a booking is under, in Italian and French: "a nome di X", "au nom
de X".

The record slots of `name_slots` hold these cues already and send what follows to the slots' judge
(`PersonNameRecognizer._slot_name`), which wants a first word that is a name rather than a particle,
an everyday word or an unlisted word in lower case, because most of its slots are also filled by
roles, shops and departments ("cliente affezionato", "Kunde seit 2010"). After "au nom de" a writer
gives a surname as it is written, particle first ("au nom de de smet", "au nom de le floch tanguy"), an
unlisted name in lower case ("au nom vaimiti bambridge") or an initial before the surname ("a nome c.
romeo"), and the judge refuses each, though several writers of the retired sets wrote them.

Here the slot's run stands when the judge refused it and every word of it is a particle, an initial
or a word that is no everyday word of the language or English (`everyday`), no word that is no name
(`name_words.NOT_NAMES`), no carrier, app, brand or company and no listed place that is no first
name, no stop word ("a nome mio"), and after an elided article no everyday word either: "au nom de la
société", "au nom de l'entreprise", "a nome dell'azienda", "au nom de Paris" keep their words. One word
at least is no particle nor initial, and a run of one word is three letters or more. Not German: its
"läuft auf" takes idioms in any case ("läuft auf Hochtouren"), which no everyday list holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from recognizers import factored
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places

# The cue, then the run to the clause's end (a mark, a number, a line's end, a courtesy word).
_CUES = {
    "it": r"a[ \t]+nome(?:[ \t]+di)?(?:[ \t]+(?:suo|sua|mio|mia))?",
    "fr": r"au[ \t]+nom(?:[ \t]+de|[ \t]+d['’]|[ \t]+du)?",
}
_RUN = r"[^\W\d_][^\n\d:,;!?()\[\]<>@\"“”«»|]{0,60}?"
_END = r"(?=[ \t]*(?:[,;:!?()\n–—|]|$|[-][ \t]|\d|(?<![\W\d_][^\W\d_])\.))"
_UNDER = {
    language: factored.compile(rf"(?<![\w'’])(?:{cue})[ \t]*(?<=[ \t'’])(?P<name>{_RUN}){_END}", re.IGNORECASE)
    for language, cue in _CUES.items()
}
_COURTESY = frozenset("svp stp merci please pls grazie bitte danke".split())
_INITIAL = re.compile(r"[^\W\d_]\.")
# An elided article or preposition opening a word ("l'", "dell'", "un'", "qu'"), not "d'", which opens surnames
_ELIDED = re.compile(r"(?:l|dell|all|nell|dall|sull|un|qu)['’]")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_MAX_WORDS = 4
_MIN_ALONE = 3
_COMPANIES = (w.CARRIERS, w.APPS, w.BRANDS, w.CUE_COMPANIES)

Judge = Callable[[str, int, int], "tuple[int, int] | None"]


def spans(text: str, language: str, judge: Judge, everyday: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The runs after a "whose name it is under" cue (see module doc): the judge's reading of each, or
    when it refused one, the run if it holds no word but particles, initials and words that are no
    everyday words."""
    under = _UNDER.get(language)
    if under is None:
        return
    particles = w.PARTICLES | w.LANGUAGE_CAPITAL_PARTICLES.get(language, frozenset())
    for match in under.finditer(text):
        start, end = match.span("name")
        tokens = list(re.finditer(r"\S+", text[start:end]))
        while tokens and tokens[-1].group().casefold() in _COURTESY:
            tokens.pop()  # "au nom de vaimiti bambridge svp"
        if not tokens or len(tokens) > _MAX_WORDS or _ELIDED.match(tokens[0].group().casefold()):
            continue  # "a nome dell'ufficio acquisti": an article, then what it names
        first, last = start + tokens[0].start(), start + tokens[-1].end()
        span = judge(text, first, last)
        if span is not None:
            yield span  # the slots' own reading ("a nome g. bonaccorsi": `name_slots` wants "a nome di")
        elif _named(text[first:last], language, particles, everyday):
            yield first, last


def _named(run: str, language: str, particles: frozenset[str], everyday: Callable[[str], bool]) -> bool:
    """True when `run` holds nothing but particles, initials and words that are no everyday word, no
    stop word, no word that is no name, no company and no listed place that is no first name."""
    words = run.split()
    content = [word for word in words if word.casefold() not in particles and not _INITIAL.fullmatch(word)]
    if not content or words[-1].casefold() in particles:
        return False
    if len(words) == 1 and len(words[0]) < _MIN_ALONE:
        return False
    lists = gazetteer()
    stops = lists.stop_words.get(language, frozenset())
    for word in content:
        folded = word.casefold()
        if not _WORD.fullmatch(word) or everyday(word) or folded in w.NOT_NAMES or folded in stops:
            return False
        if _ELIDED.match(folded) and everyday(_ELIDED.sub("", folded)):
            return False  # "l'entreprise", "dell'azienda"; "d'amico" is the judge's to read
        if any(folded in listed for listed in _COMPANIES):
            return False
        if folded in places().words_in and lists.popularity.get(folded, 0) < 1:
            return False
    return True
