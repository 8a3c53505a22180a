"""Veil's own person pipelines run with a language's model (`detection.person_models`).

English and French run on stock models trained on news (`en_core_web_sm`, `fr_core_news_sm`): they
miss names in chat ("Wilhelmina rang about the blender") and read products as people ("Have you got
Sudocrem in the small tub?"). Veil's person pipelines (`veil_ner_en`, `veil_ner_fr`,
scripts/train_ner.py: the messages of many writers with every name re-drawn, PER only) read the same
texts, after the stock model, with their own tokenizer; only their `PERSON` spans are read, each as the
it/es/pt/de pipelines' spans are (`filters.trim_ner`, then `filters.corroborated`: a listed first name,
or a person cue and a word of no everyday list; or, when the pipeline's meta says
`veil_trust_persons`, `trusted_persons`). `detection.person_modes` says what becomes of the stock
model's own `PERSON` spans: kept beside them ("add"), or taken out ("replace", `without_persons`), the
stock model still giving places. Whatever stands is then a model span like any other: every goods,
shop and place rule of the post-filter (`filters.settle`) still applies to it.

Measured on the dev split (heldout14 + heldout15; docs/detection-rounds.md, "English and French person
pipelines"): English's pipeline in "replace" mode, trusted, kept three more names and twelve more
no-PII messages unchanged than `en_core_web_sm` alone, but lost names of seven sentence tests the news
model protects ("Dyson called me back", "Will Patel be in on Monday?"; five now kept, `_kept`) and about
thirty names over the tune and retired sets: opt-in. With the shapes `_kept` and `beside_persons` keep
and the English readings of `trusted_persons`, it loses 6 names and 7 no-PII messages there for 51 names
and 86 messages gained (docs/detection-rounds.md, "English's person pipeline as the default, second
try"); still opt-in until the whole test suite has run with it. French's, in "replace" mode, trusted,
with its own kept shapes and span starts (`person_kept_fr`), is within two names of `fr_core_news_sm` on
heldout14 to heldout16 and leaves nine more no-PII messages alone, but loses 37 names over the tune
and retired sets (docs/detection-rounds.md, "French's person pipeline in replace mode"): opt-in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from proxy.detection.filters import NER_RECOGNIZER, corroborated, trim_ner
from proxy.detection.person_kept_fr import from_capital, kept_fr
from proxy.detection.runner import NER_MAPPING, NER_SCORE
from proxy.detection.sentence_opening import opens_sentence
from proxy.detection.settings import Span
from proxy.detection.trusted_persons import told_to
from recognizers import name_words as w
from recognizers.place_recognizer import places


def person_spans(
    nlp: Any, texts: Sequence[str], language: str, batch_size: int, *, trusted: bool = False
) -> list[list[Span]]:
    """Per text, the corroborated `PERSON` spans of the person pipeline `nlp`, which tokenises the
    texts itself (its vocabulary is not the main model's); `trusted` (its meta says
    `settings.TRUST_PERSONS_META`): read as `filters.corroborated` reads a trusted pipeline's."""
    out: list[list[Span]] = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=batch_size), strict=True):
        kept: list[Span] = []
        for ent in doc.ents:
            if NER_MAPPING.get(ent.label_) != "PERSON":
                continue
            start = from_capital(text, ent.start_char, ent.end_char) if language == "fr" else ent.start_char
            span = trim_ner(text, Span("PERSON", start, ent.end_char, NER_SCORE, NER_RECOGNIZER), language)
            span = corroborated(text, span, language, trusted=trusted) if span is not None else None
            if span is not None:
                kept.append(span)
        out.append(kept)
    return out


def without_persons(spans: list[Span], text: str, language: str = "en") -> list[Span]:
    """`spans` of `text` with the language model's PERSON spans taken out, for the person pipeline's
    to stand instead (`detection.person_modes: replace`): its places and every rule's span stay, and so
    does a stock span the person pipeline's reading would refuse though its shape tells of a person or
    a place (`_kept`; in French `person_kept_fr.kept_fr`)."""
    kept = kept_fr if language == "fr" else _kept
    return [s for s in spans if not (s.recognizer == NER_RECOGNIZER and s.entity == "PERSON") or kept(text, s)]


def beside_persons(taken: list[Span], spans: list[Span], text: str) -> list[Span]:
    """The stock PERSON spans `replace` took out (`without_persons`) that overlap a PERSON span standing
    in `spans` (the person pipeline's or a rule's), or are listed beside one ("for Bains or for Warren
    Kirsten", "with Tulloch and Boateng"): both read a person there, and the stock model's bounds are
    often the wider ("Tui Tuala" over the pipeline's "Tuala", "Kah Wai Teo" over the first-name list's
    "Wai Teo"); the post-filter then reads the stock span as without a person pipeline. English only
    (the caller): measured on English's gate dump alone."""
    people = [p for p in spans if p.entity == "PERSON"]
    return [s for s in taken if any(_near(text, s, p) for p in people)]


# What stands between two people of one list: a comma, a slash, "and", "or", "&", and a person preposition
# repeated after it ("for Bains or for Warren Kirsten")
_LISTED = re.compile(r"\s*(?:[,/;&]|\s(?:and|or)\s)\s*(?:(?:for|with|to|from|by)\s+)?$")


def _near(text: str, span: Span, person: Span) -> bool:
    if person.start < span.end and span.start < person.end:
        return True
    first, second = (span, person) if span.end <= person.start else (person, span)
    return _LISTED.fullmatch(" " + text[first.end : second.start] + " ") is not None


# Verbs of speech, arrival and presence a person, not a thing, is the subject of ("Dyson called me back",
# "Ray is at the door", "Glazier said he'd come Tuesday"). The trusted reading refuses one word opening
# a sentence (its capital is the sentence's); the stock model read these.
_SUBJECT = re.compile(
    r"\s+(?:called|calls|rang|rings|phoned|said|says|told|asked|texted|emailed|messaged|mentioned|"
    r"(?:is|was|will\s+be|'s)\s+(?:at|here|there|coming|outside|downstairs|in)\b|here\b|"
    r"came|comes|arrived|dropped|popped|loved|loves|enjoyed|enjoys|adored|adores)\b"
)
_BE = re.compile(r"\s+be\b")
# A greeting, a thanks or a welcome a name follows when the message speaks to someone ("Morning DeShawn",
# "'welcome Fetu, a little sister for …'"), opening the message, a line, a sentence or a quote.
_GREETS = frozenset(
    {
        *(g for g in w.GREETINGS if " " not in g),
        *(t.split()[-1] for t in w.VOCATIVE_THANKS),
        *("morning", "afternoon", "evening", "welcome"),
    }
)
_GREETING = re.compile(r"(?:^|[^\w\s,]\s*)(\w+)\s*$")
# "Are you Barnaby?": the one asked after, the question closing on the name
_ASKED = re.compile(r"(?:^|[.!?…\n]\s*)are\s+you\s*$", re.IGNORECASE)


def _kept(text: str, span: Span) -> bool:
    """True for a stock PERSON span `replace` keeps: one word opening a sentence before a verb of
    speech, arrival, presence or liking (`_SUBJECT`); "Will" and one word opening a question before
    "be" ("Will Patel be in on Monday?"); a name greeted, thanked or welcomed (`_greeted`: "Morning
    DeShawn", "welcome Fetu") or asked after ("Are you Barnaby?"); one word given or told something
    ("dedicated to Beau?": `trusted_persons.told_to`), which the pipeline often leaves untagged; a
    listed place the stock model called a person ("My flight to Faro or Lisbon": the place rules then
    read it as before)."""
    value = text[span.start : span.end]
    words = value.split()
    opens = opens_sentence(text, span.start)
    before = text[: span.start].rstrip()
    if len(words) == 1 and opens and _SUBJECT.match(text, span.end):
        return True
    if len(words) == 2 and words[0] == "Will" and opens and _BE.match(text, span.end):
        return True
    if _greeted(before, words) or (_ASKED.search(before) and text[span.end :].lstrip().startswith("?")):
        return True
    if len(words) == 1 and told_to(text, span.start, "en"):
        return True
    return value.strip(".,;:!?").casefold() in places().words_in


def _greeted(before: str, words: list[str]) -> bool:
    """True when a greeting, a thanks or a welcome opens the span ("Morning DeShawn") or stands right
    before it, itself opening the text, a line, a sentence or a quote ("Hiya Ed", "'welcome Fetu")."""
    if len(words) > 1 and words[0].casefold() in _GREETS:
        return not before or not before[-1].isalnum()
    greeting = _GREETING.search(before)
    return greeting is not None and greeting.group(1).casefold() in _GREETS
