"""When a one-word person of a trusted it/es/pt pipeline stands in shop talk with no listed name.

In a message about goods, `filters._unsupported` drops a one-word PERSON span the model alone
proposes with no listed first name, no place and no honorific: the small models call brands and
shops people ("Klarna", "Calzedonia"). A pipeline trained on many writers' shapes (`trusted_persons`)
calls far fewer brands people, but chat about goods is also where customers name the children the
shoes are for, the friends who want the same sweatshirt and the one whose birthday the cake says,
with names no list holds ("Semhar, Sânziana e Zhiruo vogliono la stessa felpa", "Zapatos del cole
para Aday y Yuleidys", "Buon compleanno Bishoy sulla torta"). The clause around such a span says
it is a person, read here:

- **listed beside another person**: a comma, "e"/"ed"/"y"/"i" joins it to another PERSON span (the
  model's, kept or not, or a name rule's): a list of names, not of goods, since goods in such a list
  are lower-case nouns ("Frontline o el collar") and a lone brand has no person span beside it;
- **a wish or a birthday before it**: a wish of `vocative_slots.WISHES` right before it ("Feliz
  cumple Olman en la tarta"), or the birthday's noun and "di"/"de" ("il compleanno di Edinson",
  "el cumple de Wara"): a day is wished and celebrated for a person;
- **a quoted speaker**: the word alone after ">" opening a line, before a colon ("> Mehari: il divano
  è ancora disponibile?"): a chat export's author.
- **whom an order is for, then its collection**: "per"/"para"/"pra" right before it and, after a
  comma or a question mark, the writer coming by or collecting ("mettetemi da parte la torta per
  Tesfaye, passo sabato", "¿me guardáis el lote para Arrieta? Lo recojo el lunes"): goods are held
  for the one who collects them; a brand after "per" is what a part fits ("filtro per Dyson"), and
  no one comes by for it in the next clause.

The "&" of a shop's sign ("Macelleria Gibertoni & Ranasinghe") is no list here: a shop is named so.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex  # type: ignore[import-untyped]

from proxy.detection.phrases import BLANKS, alternation
from recognizers.vocative_slots import WISHES

_GAP = r"[ \t\u00a0]*"
# What joins two names of a list: a comma, or "and" in it/es/pt/ca ("e", "ed", "y", "i")
_JOIN = regex.compile(rf"{_GAP}(?:,|(?<=\s)(?:e|ed|y|i)(?=\s)){_GAP}", regex.IGNORECASE)
_WISH_BEFORE = regex.compile(rf"(?<![\w'’])(?:{alternation(WISHES)}){BLANKS}$", regex.IGNORECASE)
# "il compleanno di Edinson", "el cumple de Wara", "los 40 cumpleaños de Nayat"
_BIRTHDAY_OF = regex.compile(
    r"(?<![\w'’])(?:compleanno|onomastico|cumple|cumpleaños|aniversario|aniversário)[ \t\u00a0]+(?:di|de|do|da)"
    r"[ \t\u00a0]+$",
    regex.IGNORECASE,
)
_FOR_BEFORE = regex.compile(r"(?<![\w'’])(?:per|para|pra)[ \t\u00a0]+$", regex.IGNORECASE)
# after the one it is for: a comma or question mark, then coming by or collecting ("passo venerdì", "ritiro
# alle 20", "lo recojo el lunes", "paso el viernes", "passo sexta", "vou buscar")
_COLLECTED_AFTER = regex.compile(
    rf"{_GAP}[,?]{_GAP}(?:(?:lo|la|los|las|li|le)[ \t\u00a0]+)?"
    r"(?:passo|passiamo|ripasso|ritiro|ritiriamo|vengo|veniamo|paso|pasamos|pasaré|recojo|recogemos"
    r"|recogeré|vou[ \t\u00a0]+buscar|busco|levanto)(?![\w'’])",
    regex.IGNORECASE,
)
_SPEAKER_BEFORE = regex.compile(r"(?:^|\n)[ \t]*>[ \t]*$")
_COLON_AFTER = regex.compile(r"[ \t]*:")
_REACH = 60  # characters before the span searched for a wish


def said_of_person(text: str, start: int, end: int, others: Iterable[tuple[int, int]]) -> bool:
    """True when the one-word span `text[start:end]` is listed beside another person span of `others`,
    follows a wish or a birthday, is whom an order is for before its collection, or is a quoted
    speaker (module doc)."""
    for a, b in others:
        if (a, b) == (start, end):
            continue
        gap = text[b:start] if b <= start else text[end:a] if a >= end else None
        if gap is not None and _joins(gap):
            return True
    before = text[max(0, start - _REACH) : start]
    if _WISH_BEFORE.search(before) or _BIRTHDAY_OF.search(before):
        return True
    if _FOR_BEFORE.search(before) and _COLLECTED_AFTER.match(text, end):
        return True
    return _SPEAKER_BEFORE.search(text, 0, start) is not None and _COLON_AFTER.match(text, end) is not None


def _joins(gap: str) -> bool:
    """True when the text between two spans is a list's join: a comma or "and", nothing else."""
    return _JOIN.fullmatch(gap) is not None
