"""A model's name or place span stops at a line break.

The small models read the last words of one line and the first of the next as one entity when
nothing but the break stands between them: a forwarded mail's header ("De : Cave Saint-Vincent" /
"Objet : …") becomes "Cave Saint-Vincent\\nObjet", a form's value and the next label ("Coiffeuse
demandée : Marie-Carmelle" / "Prestation : …") one person. A name or a place never runs over a
line break in chat, so each line's part is judged on its own by the post-filter: the shop's name
alone is the shop, and a person's name on either line stays a name. A later line's part that is one
everyday word before a colon, no listed first name, is that line's label ("Subject:", "Objet :"),
which the model read only as the previous line's name went on: it is left out.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection.settings import Span
from recognizers.given_name_recognizer import gazetteer

_LINE_PART = regex.compile(r"[^\n\r\u2028\u2029]+")
_COLON_AFTER = regex.compile(r"[ \t\u00a0]*:")


def by_line(text: str, span: Span, language: str) -> list[Span]:
    """`span` cut at its line breaks: one span per line's non-blank part but a later line's label
    (module doc), or `span` itself when it holds no line break (most spans)."""
    value = text[span.start : span.end]
    if "\n" not in value and "\r" not in value and "\u2028" not in value and "\u2029" not in value:
        return [span]
    parts: list[Span] = []
    for part in _LINE_PART.finditer(text, span.start, span.end):
        stripped = part.group().strip()
        if not stripped:
            continue
        start = part.start() + part.group().index(stripped)
        if parts and _label(text, start, start + len(stripped), language):
            continue  # "Ivy Lane Bakery\nSubject: …": the next line's label
        parts.append(Span(span.entity, start, start + len(stripped), span.score, span.recognizer, span.grey))
    return parts


def _label(text: str, start: int, end: int, language: str) -> bool:
    """True for one everyday word of `language` (`common_words.tsv`), no listed first name, with a
    colon right after it: a form's or a mail header's label."""
    word = text[start:end]
    if " " in word or not _COLON_AFTER.match(text, end):
        return False
    lists = gazetteer()
    folded = word.casefold()
    return folded in lists.common.get(language, frozenset()) and lists.popularity.get(folded, 0) == 0
