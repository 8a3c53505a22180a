"""Whether a model's span opens a sentence: its capital may be the sentence's, not a name's.

The trusted pipelines' reading (`trusted_persons`) refuses one word so placed whose capital says
nothing ("Addebitato due volte"), and the person pipelines' "replace" mode (`person_models._kept`)
keeps a stock span so placed before a verb of a person ("Dyson called me back"): both ask the same
question, read here once. The text's start, or a sentence's stop (".", "!", "?", "…") before the span,
spaces and line breaks between. A line break alone does not open one: the text before is read with its
trailing whitespace off ("Ciao\\nTsega aveva detto" reads the stop, or none, of the line before).

Two readings differ on purpose and stay with their rules: French's stock model (`opening_word`) opens
one at a line break too, and not after an initial's dot ("M. Karting"); the given-name recognizer's
(`given_name_recognizer._sentence_start`) after any symbol but a comma or an apostrophe (a colon, a
dash, a bracket), its runs reading a label's capital as the sentence's.
"""

from __future__ import annotations

_STOPS = ".!?…"


def opens_sentence(text: str, start: int) -> bool:
    """True when `text[start:]` opens the text or follows a sentence's stop, whitespace between."""
    before = text[:start].rstrip()
    return not before or before[-1] in _STOPS
