"""English capitalised words that the models and the first-name list read as a person, though the
clause's shape says they name no one.

Customers ask a shop about its goods, its branches and the calendar in the same breath, and English
capitalises all three. Each reading below is decided by the shape of the words around the span, never
by a list of the messages' own towns or shops:

- **a modal "Will" opening a question** (`_modal_will`): "Will Scotch eggs be on the specials
  board?", "Will Jollof rice be on?". spaCy joins the modal to the capitalised word after it ("Will
  Scotch") as if it were the first name. The shape: "Will" opens the sentence, the span's other words
  are no listed first name, and a lower-case noun follows before the question's "be" ("eggs", "rice",
  "and mash"): the capitalised word qualifies a common noun, so it is a dish or a product. "Will Sarah
  be in?" and "Will Patel be in?" (no lower-case word before "be") keep their names;
- **a place name built on "Isle of"** (`_ISLE_BEFORE`): "the Isle of Man", where the first-name list
  reads "Man": an island said of no person ("Do you ship to the Isle of Man?", as a country after a
  shipping word) is a delivery zone. Fail closed: with a person in the sentence (`said_of`: "I live
  on the Isle of Man", "my sister on the Isle of Man") the span stays, since the place list does not
  read the island there;
- **an event's title** (`_event_title`): a capitalised run right before a capitalised event head
  ("Chelsea Flower Show", "Leeds Festival", "London Marathon"): the span is the first words of the
  title, not a person. "Fair" and "Day" are left out: both are surnames ("Doris Day");
- **a feast that is never a place nor a person** (`_FEAST_NAMES`: "Diwali", "Hanukkah", "Vaisakhi"),
  which the small model reads as a place ("before Diwali");
- **a shop that stocks the goods** (`_STOCKED_AT`): the capitalised run right after "in stock at",
  "stock it at", "stocked at" ("back in stock at Robert Dyas Bolton", "do you stock it at Ryman
  Wigan"): a chain's branch, and no one is "in stock at" a person.

Fail closed: the cue-word rules' spans (a name after "my name is") are never read here, and
`filters._without_business` keeps a dropped span that shares a word with a kept name.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import business
from proxy.detection.settings import Span
from recognizers.given_name_recognizer import gazetteer

_SPACE = r"[ \t\u00a0]+"
_EDGE = ".,;:!?\"()[]'’"
# The sentence's start before a span: the text's start or an end of sentence, then spaces
_SENTENCE_START = regex.compile(r"(?:^|[.!?\n])[ \t\u00a0]*$")
# After the span of a modal "Will": lower-case words (a noun, "and mash", "cream tea"), then "be"
_MODAL_REST = regex.compile(
    rf"{_SPACE}(?:(?:and|&|or){_SPACE})?\p{{Ll}}[\p{{Ll}}'’-]*(?:{_SPACE}[\p{{L}}'’&-]+){{0,4}}?{_SPACE}be\b"
)
_ISLE_BEFORE = regex.compile(rf"\b(?:isle|isles){_SPACE}of{_SPACE}(?:the{_SPACE})?$", regex.IGNORECASE)
# Capitalised heads of an event's title ("Chelsea Flower Show", "Leeds Festival"); not "Fair", "Day"
_EVENT_HEAD = regex.compile(
    rf"{_SPACE}(?:Show|Festival|Fest|Expo|Marathon|Regatta|Carnival|Awards|Games|Parade|Championships?)\b"
)
# Feasts said by their name alone, never a place nor anyone's name
_FEAST_NAMES = frozenset(
    """
    diwali deepavali hanukkah chanukah hanukah vaisakhi baisakhi navratri ramadan ramadhan hogmanay
    halloween holi lohri pongal onam
    """.split()
)
# A shop that stocks the goods: "in stock at", "stock it at", "stocked at", "stock them at"
_STOCKED_AT = regex.compile(
    rf"\b(?:in{_SPACE}stock|stock{_SPACE}(?:it|them|this|these|that|those)|stocked|stocks?{_SPACE}it)"
    rf"{_SPACE}at{_SPACE}$",
    regex.IGNORECASE,
)


def no_one(text: str, span: Span) -> bool:
    """True for an English PERSON or LOCATION span that names no one by the shape around it (module
    doc): a modal "Will" before a dish, "Isle of Man", an event's title, a feast, a stocking shop."""
    start, end = span.start, span.end
    value = text[start:end]
    if value.strip(_EDGE).casefold() in _FEAST_NAMES:
        return True
    before = text[max(0, start - 40) : start]
    if _STOCKED_AT.search(before):
        return True
    if _ISLE_BEFORE.search(before):
        return not business.person_in_sentence(text, span, "en")
    if _EVENT_HEAD.match(text, end):
        return True
    return _modal_will(text, start, end, value)


def _modal_will(text: str, start: int, end: int, value: str) -> bool:
    """True for "Will" opening a question and joined to the capitalised word after it, a lower-case
    noun then "be" following ("Will Scotch eggs be on?"): a modal before a dish, not a William."""
    words = value.split()
    if len(words) < 2 or words[0] != "Will" or not _SENTENCE_START.search(text[max(0, start - 4) : start]):
        return False
    popularity = gazetteer().popularity
    if any(word.strip(_EDGE).casefold() in popularity for word in words[1:]):
        return False  # "Will Sarah's cake be ready?": the name stays
    return _MODAL_REST.match(text, end) is not None
