"""An initial and a surname typed in lower case after a German person preposition or title:
"rezept abholen für z. tóth", "z. hd. r. häberli, einkauf", "die pflegekraft von herrn m. ngo".

With capitals, `PersonNameRecognizer._initialled` reads "Z. Tóth" from the capital and the dot.
People who type without capitals write the initial the same way, and the surname after it is as
often one no list holds, so the shape is the evidence: a preposition or title that puts a person
after it ("für", "an", "von", "bei", "herrn", "frau", "z. hd."), one letter and its dot, then one
word (hyphenated or not) that is no everyday word or stop word of the language or of English. The
abbreviations German writes in the same letters ("z. b.", "u. a.", "d. h.") have a second dotted
letter, not a word, and "für s. bahnhof"-like notes a frequent word: neither is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the word after the initial: lower-case letters, an inner hyphen or apostrophe, no dot after it
_SURNAME = r"[^\W\d_A-ZÀ-Þ]{2,}(?:[\-'’][^\W\d_]+)*(?![\w.'’])"
_CUES = {"de": r"für|fuer|an|von|bei|herrn|herr|frau|hd\."}
_PATTERNS = {
    language: re.compile(rf"(?<![\w'’])(?:{cues})[ \t\u00a0]+(?P<name>[a-zäöüß]\.[ \t\u00a0]*(?P<surname>{_SURNAME}))")
    for language, cues in _CUES.items()
}


def spans(text: str, language: str, everyday: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The initial-and-surname spans of a text typed without capitals (see module doc);
    `everyday(word)` says whether a word is ordinary vocabulary or a stop word."""
    pattern = _PATTERNS.get(language)
    if pattern is None or "." not in text:
        return []
    return [
        match.span("name")
        for match in pattern.finditer(text)
        if not all(everyday(part) for part in re.split(r"[\-'’]", match.group("surname")))
    ]
