"""A second surname joined to a name by "y" (Spanish) or "e" (Portuguese): "Ortega y Gasset".

Spanish and Portuguese families write two surnames joined by the conjunction ("José Ortega y
Gasset", "Santiago Ramón y Cajal", "Jorge Sousa e Silva", "Ana Melo e Castro"). The recognizers
read the given name and first surname, and the second surname only when a list or a model knows it
on its own ("Gasset" yes, "Ochoa", "Soler", "Prieto" no): the second surname was left in clear, or
the name cut in two tokens around the conjunction. A name is widened over the conjunction and one
more capitalised word when:

- the name has two words or more, the last one capitalised (a given name alone is as often one of
  two people: "Lucía y Gasset" is left alone; a first surname may be a given name too: "Ramón");
- the word after the conjunction is capitalised, is the last capitalised word of its run (not the
  first name of a second person: "Lucía Pérez y Ana Gómez"), is no first name given often ("Juan
  Pérez y Ana", "Rui Costa e Silva" when "Silva" is a first name too: two people, or a surname read
  alone), no place ("Rioja y Navarra"), no stop word and no word of a firm ("Hermanos", "Filhos");
- no other kept span touches it, but for the word itself read as a person: in Spanish that word
  may then be a town's name too ("Soy Leonel Navarro y Mena": the first-name list took "Mena").

Joining two people into one token where the rule errs still protects both: fail closed.
"""

from __future__ import annotations

import re

from proxy.detection.settings import Span
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places

_CONJUNCTION = {"es": "y", "pt": "e"}
_OFTEN_FIRST = 5  # a second word given this often is a second person's first name
# Words a firm's name takes after the conjunction ("Pérez y Hermanos", "Silva e Filhos", "y Cía")
_FIRM_WORDS = frozenset(
    "compañía compania cía cia hermanos hermanas hijos hijo hijas sucesores asociados socios familia "
    "filhos filho irmãos irmaos irmãs família familia sucessores associados sócios socios companhia ltda".split()
)
_AFTER = re.compile(r"[ \t\u00a0]+(?P<and>[ye])[ \t\u00a0]+(?P<word>[A-ZÀ-Þ][^\W\d_]+)(?![\w'’-])")
_NEXT_CAPITAL = re.compile(r"[ \t\u00a0]+[A-ZÀ-Þ]")


def joined_surnames(text: str, spans: list[Span], language: str) -> list[Span]:
    """`spans` with each PERSON span widened over "y"/"e" and a second surname (see module doc)."""
    conjunction = _CONJUNCTION.get(language)
    if conjunction is None or f" {conjunction} " not in text:
        return spans
    out = list(spans)
    for i, span in enumerate(out):
        if span.entity != "PERSON" or span.grey:
            continue
        after = _AFTER.match(text, span.end)
        if after is None or after.group("and") != conjunction or not _surname_last(text, span):
            continue
        word = after.group("word")
        start, end = after.start("word"), after.end("word")
        others = [o for o in out if o is not span and o.start < end and span.end < o.end]
        # In Spanish a word the first-name list already reads as a person there is a surname though
        # a town too ("Leonel Navarro y Mena"): the place rules have lost it to the person already
        named = language == "es" and any(o.entity == "PERSON" and (o.start, o.end) == (start, end) for o in others)
        if _NEXT_CAPITAL.match(text, after.end()) or not _second_surname(word, language, placed=not named):
            continue
        if any(o.entity != "PERSON" or (o.start, o.end) != (start, end) for o in others):
            continue  # a place, an address or a longer name there: left as it was
        out[i] = Span(span.entity, span.start, end, span.score, span.recognizer, span.grey)
        out = [o for o in out if o not in others]
    return out


def _surname_last(text: str, span: Span) -> bool:
    """Two words or more, the last one capitalised."""
    words = text[span.start : span.end].split()
    return len(words) >= 2 and words[-1][:1].isupper()


def _second_surname(word: str, language: str, *, placed: bool = True) -> bool:
    """No first name given often, place (when `placed`), stop word or firm's word."""
    folded = word.casefold()
    lists = gazetteer()
    if folded in _FIRM_WORDS or lists.popularity.get(folded, 0) >= _OFTEN_FIRST:
        return False
    if placed and folded in places().words_in:
        return False
    return folded not in lists.stop_words.get(language, frozenset())
