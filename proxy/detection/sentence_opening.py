"""Whether a span opens a sentence: its capital may be the sentence's, not a name's.

One helper (`opens_sentence`) for the post-filter's rules that ask it, each reading what opens one as
it was measured doing (`Reading`; a wider reading moves spans, so none was widened when they were made
one, 2026-12-07):

- `SENTENCE`: the text's start, or a stop (".", "!", "?", "…") before the span, any whitespace
  between; a line break alone opens none (the stop, or none, of the line before is read: "Ciao\\nTsega
  aveva detto" does not open one). The trusted pipelines' reading (`trusted_persons`: one word so
  placed whose capital says nothing, "Addebitato due volte") and the person pipelines' "replace" mode
  (`person_models._kept`: a stock span so placed before a verb of a person, "Dyson called me back").
- `LINE`: the text's start, a stop (".", "!", "?"; not "…") or a line break before the span, spaces and
  tabs between. The post-filter's French "chez" opening a sentence (`filters`: "Chez Marie, le colis
  n'est pas arrivé" is at someone's home, no shop).
- `FRENCH_LINE`: `LINE`, but a single capital's dot before the span ends no sentence: "M." is a
  title's, an initial's ("M. Karting"). French's stock model's one-word spans (`opening_word`), and
  those French's "replace" mode keeps before a verb of a person (`person_kept_fr.kept_fr`, 2026-12-07,
  afternoon: "Kahina ne viendra pas").

Left with their rules: the given-name recognizer's (`given_name_recognizer._sentence_start`: after any
symbol but a comma or an apostrophe; `recognizers/` may not import `proxy`), and `en_no_one`'s modal
"Will", which reads a four-character window before the span.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex  # type: ignore[import-untyped]

# A single capital and its dot right before the span: an initial or "M.", not a sentence's end
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.])\p{Lu}\.[ \t\u00a0]*$")


@dataclass(frozen=True)
class Reading:
    """What opens a sentence for a rule (module doc)."""

    stops: str  # the marks a sentence ends on before the span ("\n" among them: a line opens one)
    spaces: str | None  # what may stand between them and the span (None: any whitespace)
    initials: bool  # a single capital's dot ("M.") ends a sentence as any dot does


SENTENCE = Reading(".!?…", None, initials=True)
LINE = Reading(".!?\n", " \t\u00a0", initials=True)
FRENCH_LINE = Reading(".!?\n", " \t\u00a0", initials=False)


def opens_sentence(text: str, start: int, reading: Reading = SENTENCE) -> bool:
    """True when `text[start:]` opens the text or a sentence, as `reading` says one opens."""
    before = text[:start].rstrip(reading.spaces)
    if not before:
        return True
    return before[-1] in reading.stops and (reading.initials or _INITIAL_BEFORE.search(text, 0, start) is None)
