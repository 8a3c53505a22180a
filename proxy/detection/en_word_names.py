"""English first names that are everyday words, as the English model's PERSON spans read them.

spaCy's English model tags a capitalised first name that is also a word as a person wherever it
stands, and the NER post-filter keeps a span on a listed first name: "Pat dry after washing?",
"Jack plug for the guitar amp", "Mark as delivered please", "Bill Me Later", "Jay Cloth multipack"
changed no-PII messages (`bench.nopii_tune32`). The first-name rules already read these words so
(`recognizers.given_name_recognizer`: `EN_THINGS_AFTER_WORD_NAME`, `_EN_PERSON_VERB`); this module
gives the model's spans the same reading.

`word_name_thing` drops a model span only on the shape of what follows its first word, never on the
name alone (a frequent English word the name list lacks counts as an English word-name: "Gift
message: …", "Gift for Mother's Day"):
- a thing's noun after an English word-name (flagged an English word by the name list, or in
  `name_words.EN_LEADING_WORD_NAMES`): the first-name rules' `EN_THINGS_AFTER_WORD_NAME` ("Max
  Size", "Guy Ropes", "Jay Cloth") and a few nouns of the same kind (`_THING_NOUNS`: "Art Deco",
  "Daisy chain", "Max weight"); not verbs a person is told to do ("Mike check …", "Frank talk …"
  are left to the model: "Mike check the order" may address him);
- or, after any listed first name, a set phrase or an imperative's complement (`_SET_PHRASE`: "as
  delivered", "As Read", "Me Later", "me separately", "attached,", "for Mother's Day", "dry", "of
  sunshine", "cut wig").
The phrase must reach the span's end (a capitalised word after it, "Jay Cloth Smith", is a surname),
and a person cue before the name keeps it ("ask Jack plug it in", "thanks Pat"). A person's verb
after the name ("Ray is at the door", "Pat said") is no such phrase, so it stays. Surnames that are
also nouns are left out: "Rosie Lee" and "Penny Lane" stay names (Lee, Lane).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from proxy.detection.settings import Span
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer

_GAP = r"[ \t\u00a0]+"
# After any listed first name: a set phrase of shop chat or an imperative's complement ("Mark as
# delivered", "Bill Me Later", "Pat dry", "Ray of sunshine", "Bob cut wig"); none is a surname.
# "Bill me separately", "Bill attached, can you …", "Gift for Mother's Day": an invoice's and a
# present's set phrases, the word-name opening them a noun or a verb
_SET_PHRASE = re.compile(
    rf"{_GAP}(?:as{_GAP}(?:delivered|read|unread|received|dispatched|paid|complete|completed|spam)"
    rf"|me{_GAP}(?:later|separately|for|now|again|twice)|of{_GAP}sunshine|cut{_GAP}(?:wig|wigs)|dry"
    rf"|(?:attached|enclosed)(?=[ \t\u00a0]*(?:[,.;:!?\n]|$))"
    rf"|for{_GAP}(?:mother|father|valentine|mum|dad)['’]?s(?:{_GAP}day)?)(?![\w'’])",
    re.IGNORECASE,
)
# After an English word-name: its noun, besides the first-name rules' `EN_THINGS_AFTER_WORD_NAME`
_THING_NOUNS = frozenset(
    {"deco", "nouveau", "cloth", "cloths", "plug", "plugs", "size", "sizes", "weight", "chain", "chains", "print",
     "message", "receipt", "wrap", "wrapping", "voucher", "vouchers", "tag", "tags"}
)  # fmt: skip
_NOUN_AFTER = re.compile(rf"{_GAP}([^\W\d_]+)(?![\w'’])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0,]*$")
# A person named right after these: "ask Jack", "thanks Pat", "for Max", "tell Bill"
_PERSON_BEFORE = w.PERSON_PREPOSITIONS | frozenset(
    {"let", "ask", "tell", "remind", "ring", "text", "thank", "thanks", "cheers", "hi", "hey", "hello", "dear",
     "to", "from", "by", "and", "mr", "mrs", "ms", "miss", "dr"}
)  # fmt: skip
_FIRST = re.compile(r"[A-Z][a-z]+")


def word_name_thing(text: str, span: Span, language: str, names: Iterable[Span]) -> bool:
    """True for an English PERSON span of the model alone whose first word is a listed first name
    followed by a thing's noun or a set phrase (see the module doc), with no person cue before it."""
    if language != "en" or span.entity != "PERSON" or span.recognizer != "SpacyRecognizer":
        return False
    if any(span.start < o.end and o.start < span.end for o in names):
        return False
    first = _FIRST.match(text, span.start)
    if first is None:
        return False
    folded = first.group().casefold()
    lists = gazetteer()
    # a frequent English word no list gives as a first name reads as one too ("Gift message: …")
    unlisted_word = lists.popularity.get(folded, 0) <= 0 and folded in lists.common.get("en", frozenset())
    if lists.popularity.get(folded, 0) <= 0 and not unlisted_word:
        return False
    before = _WORD_BEFORE.search(text, 0, span.start)
    if before is not None and before.group(1).casefold() in _PERSON_BEFORE:
        return False
    phrase = _SET_PHRASE.match(text, first.end())
    if phrase is None and (unlisted_word or _english_word_name(folded, lists.words_in)):
        noun = _NOUN_AFTER.match(text, first.end())
        if noun is not None and noun.group(1).casefold() in (w.EN_THINGS_AFTER_WORD_NAME | _THING_NOUNS):
            phrase = noun
    return phrase is not None and phrase.end() >= span.end and _next_not_name(text, phrase.end())


def _english_word_name(folded: str, words_in: dict[str, frozenset[str]]) -> bool:
    """A first name that is an English word: flagged so by the name list, or listed by the first-name
    rules (`name_words.EN_LEADING_WORD_NAMES`)."""
    return "en" in words_in.get(folded, frozenset()) or folded in w.EN_LEADING_WORD_NAMES


def _next_not_name(text: str, end: int) -> bool:
    """False when a capitalised word that is no thing's noun follows the phrase: "Jay Cloth Smith"."""
    after = _NOUN_AFTER.match(text, end)
    if after is None or not after.group(1)[:1].isupper():
        return True
    word = after.group(1).casefold()
    return word in w.EN_THINGS_AFTER_WORD_NAME or word in _THING_NOUNS
