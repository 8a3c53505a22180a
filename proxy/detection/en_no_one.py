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
  Wigan"): a chain's branch, and no one is "in stock at" a person;
- **a feast named by a qualifier and its day** (`_FEAST_QUALIFIERS` before `_FEAST_DAYS`): "over
  Mothering Sunday", "after Shrove Tuesday", "over Bonfire Night", where the model reads the qualifier
  alone as a place or a person. The qualifier is a word no one is called by alone ("Mothering",
  "Shrove", "Maundy"), or one that is a surname too ("Burns", "Palm") only with its day after it;
- **a shade after a colour noun** (`_SHADE_CUE`, the model's spans): one capitalised word right after
  "colour", "shade", "finish" (or after another shade and "or"), ending the clause or joined to
  another shade: "colour Heather?", "the rug in shade Hazel, how thick?", "shade Ruby or Scarlett".
  A catalogue names its shades after flowers, stones and woods that are first names too. A verb or
  any other word after the name ("the shade Hazel picked") keeps it, and so does a person cue in the
  sentence ("colour Heather, my daughter wants it", `said_of`);
- **a trade called at a message's start** (the model's spans): one word that names a trade
  (`name_forms.TRADESPEOPLE`: "Glazier: double glazed unit 600x900 …", "Locksmith? Peugeot 208 key
  fob …") opening the text, then a colon or a question mark: the service wanted, a heading;
- **a match between two teams** (the model's spans): a run with "v" or "vs" between capitalised
  words, one side holding a team's word ("Leeds United v Celtic", "Aston Villa v Spurs"): a fixture.

Fail closed: the cue-word rules' spans (a name after "my name is") are never read here, and
`filters._without_business` keeps a dropped span that shares a word with a kept name.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import business
from proxy.detection import word_edges as edges
from proxy.detection.settings import Span
from recognizers import name_forms
from recognizers.given_name_recognizer import gazetteer

_SPACE = r"[ \t\u00a0]+"
# English text alone: no guillemets nor Spain's marks; curly double quotes and "‘" were never in it
_EDGE = edges.STOPS + edges.BRACKETS + '"’' + edges.APOSTROPHE
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
# A feast's qualifier before its day ("Mothering Sunday", "Shrove Tuesday", "Bonfire Night", "Burns
# Night", "Maundy Thursday"): the span is the qualifier, the day right after it or inside the span
_FEAST_QUALIFIERS = frozenset(
    "mothering shrove maundy whit palm ash remembrance bonfire burns pancake boxing plough trinity".split()
)
_FEAST_DAYS = frozenset("sunday monday tuesday wednesday thursday friday saturday night day eve".split())
_NEXT_WORD = regex.compile(rf"{_SPACE}([\p{{L}}]+)")
# A colour noun right before the span, maybe with another shade and "or" between: "colour Heather",
# "shade Ruby or Scarlett", "finish: Pearl"
_SHADE_CUE = regex.compile(
    rf"\b(?:colou?rs?|shades?|finish|colou?rway)[ \t\u00a0]*:?{_SPACE}"
    rf"(?:\p{{Lu}}\p{{Ll}}+{_SPACE}(?:or|and|/){_SPACE})?$",
    regex.IGNORECASE,
)
# After a shade: the clause's end, or another shade, a size or a request
_SHADE_AFTER = regex.compile(rf"[ \t\u00a0]*(?:[,.;:!?)\n]|$)|{_SPACE}(?:or|and|in|for|please|pls)\b")
# A trade called at the text's start: the word, then a colon or a question mark
_TRADE_CALLED = regex.compile(r"[ \t\u00a0]*[:?]")
# A fixture: capitalised words, "v" or "vs", capitalised words
_TEAM_RUN = r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*"
_FIXTURE = regex.compile(rf"{_TEAM_RUN} (?:v|vs|V|VS)\.? {_TEAM_RUN}")
_TEAM_WORDS = frozenset(
    """
    united city town rovers athletic wanderers albion villa spurs hotspur celtic rangers county fc afc
    palace forest argyle orient hibs hearts harlequins saracens rfc
    """.split()
)
_MODEL = "SpacyRecognizer"


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
    if _feast_qualifier(text, span):
        return True
    if span.recognizer == _MODEL and (_shade(text, span) or _trade_called(text, span) or _fixture(value)):
        return True
    return _modal_will(text, start, end, value)


def _feast_qualifier(text: str, span: Span) -> bool:
    """True for a span whose words are a feast's qualifier and its day ("Mothering Sunday"), or the
    qualifier alone with the day right after it ("over Mothering Sunday", the span "Mothering")."""
    words = [word.strip(_EDGE).casefold() for word in text[span.start : span.end].split()]
    if not words or any(word not in _FEAST_QUALIFIERS for word in words[:-1]):
        return False
    if len(words) > 1 and words[-1] in _FEAST_DAYS:
        return True
    after = _NEXT_WORD.match(text, span.end)
    return words[-1] in _FEAST_QUALIFIERS and after is not None and after.group(1).casefold() in _FEAST_DAYS


def _shade(text: str, span: Span) -> bool:
    """True for one capitalised word right after a colour noun, closing the clause or joined to another
    shade ("colour Heather?", "shade Ruby or Scarlett"), with no person in the sentence."""
    value = text[span.start : span.end]
    if len(value.split()) != 1 or not value[:1].isupper():
        return False
    if not _SHADE_CUE.search(text[max(0, span.start - 40) : span.start]):
        return False
    if _SHADE_AFTER.match(text, span.end) is None:
        return False
    return not business.person_in_sentence(text, span, "en")


def _trade_called(text: str, span: Span) -> bool:
    """True for a trade's one word opening the text before a colon or a question mark ("Glazier: …",
    "Locksmith? …"): the service wanted."""
    value = text[span.start : span.end].strip(_EDGE)
    return (
        text[: span.start].strip() == ""
        and value.casefold() in name_forms.TRADESPEOPLE
        and _TRADE_CALLED.match(text, span.end) is not None
    )


def _fixture(value: str) -> bool:
    """True for two capitalised runs joined by "v" or "vs", one holding a team's word: a match."""
    match = _FIXTURE.fullmatch(value.strip(_EDGE))
    return match is not None and any(word.strip(_EDGE).casefold() in _TEAM_WORDS for word in value.split())


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
