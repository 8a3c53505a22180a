"""An English shade named by a word and a basic colour term after a colour cue: "in Cherry Red",
"only Olive Green", "in Pearl Grey".

English catalogues name shades by a thing and a colour term ("Cherry Red", "Pearl Grey", "Olive
Green", "Rose Gold", "Forest Green", "Midnight Blue"), and the first-name list reads the first word
("Cherry", "Pearl", "Olive", "Rose") and the colour term as a surname ("Green", "Grey", "Brown"). The
colour rules (`filters._colour_after_cue`) only know single colour words. What tells the shade apart
is where it stands: a two-word run ending in a basic colour term (`_COLOUR_TERMS`) right after a
colour cue ("in", "colour", "shade", "finish"), or joined by "or"/"and" (and "only", "just", "also")
to a colour said right after such a cue ("in Navy or only Olive Green"; not "I met Heather Brown and
Jade Grey", where the colour before ends a person's name).

Fail closed: a possessive after the run ("in Olive Green's office") and a person cue before it keep
it; a run of three words or more ("in Ruby Green Smith") is left alone.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import ner_context as ctx
from recognizers import name_words as w

_COLOUR_TERMS = frozenset(
    """
    red grey gray green blue pink yellow white black brown purple orange beige navy gold silver cream
    violet teal turquoise lilac mauve khaki tan bronze copper ivory
    """.split()
)
_CUES = frozenset({"in", "colour", "color", "colours", "colors", "shade", "shades", "finish", "colourway", "colorway"})
_JOINS = frozenset({"or", "and", "&", "/"})
_SOFTENERS = frozenset({"only", "just", "also", "even", "maybe", "perhaps"})
_SPACE = r"[ \t\u00a0]+"
_RUN = regex.compile(rf"[\p{{Lu}}][\p{{L}}-]*{_SPACE}[\p{{Lu}}][\p{{L}}-]*")
_BEFORE = regex.compile(r"([^\s,;:.!?]+(?:[ \t\u00a0]+[^\s,;:.!?]+){0,5})[ \t\u00a0]+$")


def _colour_word(word: str) -> bool:
    folded = word.casefold()
    return folded in _COLOUR_TERMS or folded in w.COLOURS


def shade(text: str, start: int, end: int) -> bool:
    """True when the English PERSON or LOCATION span `text[start:end]` is a two-word shade after a
    colour cue or joined to a colour (module doc)."""
    words = text[start:end].split()
    if len(words) != 2 or words[1].casefold() not in _COLOUR_TERMS or not _RUN.fullmatch(text, start, end):
        return False
    if text[end : end + 2] in ("'s", "’s") or regex.match(r"[ \t\u00a0]+\p{Lu}", text[end:]):
        return False  # "Olive Green's office", "in Ruby Green Smith"
    before = _BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    prior = before.group(1).split()
    if prior[-1].casefold() in _CUES:
        cued = True
    else:
        while prior and prior[-1].casefold() in _SOFTENERS:
            prior.pop()
        cued = (
            len(prior) >= 3
            and prior[-1].casefold() in _JOINS
            and _colour_word(prior[-2])
            and prior[-3].casefold() in _CUES  # "in Navy or": not "Heather Brown and Jade Grey"
        )
    return cued and not ctx.person_cue(text, start, end)
