"""A model's person named as the giver or the receiver beside another person: "from X to Y".

Vouchers, cards, ribbons and engravings name who gives and who receives in one shape in every
language: "da Lidia a Tesfay", "de Marisol para Yeison", "de Graça pra Nuno", "von Ilse an Bashkim",
"from Rhian to Dagny". A receiver or giver whose name no list holds is proposed by the model alone,
and `filters.corroborated` has no cue to keep it (a preposition of direction is no person cue: "a",
"para" lead to places as often). Here the other side of the pair is a person span (a name rule's or
the model's), and the pair's two prepositions are the giving's: that is two people, not two towns
("da Milano a Roma" has no person span) nor two days ("de lunes a viernes").

Not a listed place: "de Rosario a Mendoza" goes from one town to another even with a first name on
one side; the place rules decide such a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from proxy.detection.word_edges import POST_FILTER_EDGE
from recognizers.place_recognizer import places

_GAP = r"[ \t\u00a0]+"
# "from" before the first of the pair, "to" between the two
_FROM = re.compile(rf"(?<![\w'’])(?:da|de|dalla|dal|von|vom|from|de la part de){_GAP}$", re.IGNORECASE)
_TO = re.compile(rf"{_GAP}(?:a|ad|para|pra|per|an|für|to|for|à|pour){_GAP}", re.IGNORECASE)
_REACH = 20  # characters before the first of the pair searched for "from"


def from_to(text: str, start: int, end: int, others: Iterable[tuple[int, int]]) -> bool:
    """True when `text[start:end]` and another person span of `others` stand as "from X to Y", in
    either place of the pair, and the span is no listed place (module doc)."""
    folded = " ".join(t.strip(POST_FILTER_EDGE).casefold() for t in text[start:end].split())
    if not folded or folded in places().words_in:
        return False
    for a, b in others:
        if (a, b) == (start, end):
            continue
        if b <= start:  # "da Lidia a <span>"
            first, gap = a, text[b:start]
        elif a >= end:  # "da <span> a Lidia"
            first, gap = start, text[end:a]
        else:
            continue
        if _TO.fullmatch(gap) and _FROM.search(text, max(0, first - _REACH), first):
            return True
    return False
