"""A rule's name widened over the model's longer reading of the same name.

The first-name list and the cue rules read a name from the words they know, and stop where their
lists end: "Kah Wai Teo" is "Wai Teo" to the first-name list ("Wai" is listed, "Kah" is not). The
model often reads the whole name, but its span overlaps the rule's, and a structured span beats an
overlapping model span, so the model's reading was dropped whole and "Kah" stayed in clear beside a
token that says a name stood there.

So a model `PERSON` span (or `LOCATION`: the model mixes them up) that survived the post-filter's
own tests and wholly holds a rule's `PERSON` span widens that span to the model's extent when every
word it adds is capitalised and a name's: a word no list of Veil's holds at all
(`name_spans.unknown_word`: no first name, everyday word of any language, place, brand, thing or
title) or a census surname that is no everyday word.
"Nicholas Black" stays "Nicholas" here ("Black" is a colour and a word), as "Costa Coffee", "Hugo
Boss Bottled" and "Will Chicken Tikka Masala" do: the model's extra words there are words. Fail
closed: a word no list holds beside a name is a person's far more often than a thing's.

Veil's own Italian and Spanish pipelines, trained on many writers' shapes (`trusted_persons`), read
the surnames and first names of their languages that are also words, and the towns named like a
first name, as names beside a found one. For them (`trusted`), a census surname widens the span
though it is also a word ("Efren Reyes", "Ever Aquino"), so does a listed first name that is no stop
word ("Julio César"), and a place the place rules read inside the model's person of two words or more
gives way to it ("Tala Brunelli", "Lautaro Iturralde": a town that is also a first name). Widening
only covers more of a message a span already changes: it loses no name and changes no message that
was left alone.
"""

from __future__ import annotations

from proxy.detection import word_edges as edges
from proxy.detection.name_spans import unknown_word
from proxy.detection.settings import Span
from recognizers.given_name_recognizer import gazetteer
from recognizers.surname_pairs import surname

# Narrower than `word_edges.EDGE`: a model span's own words, whose edges the post-filter already
# trimmed (`filters.trim_ner`): stops, round brackets, straight quotes and apostrophes only
_EDGE = edges.STOPS + "()" + '"’' + edges.APOSTROPHE


def widened_by_model(
    text: str, spans: list[Span], model: list[Span], language: str, *, trusted: bool = False
) -> list[Span]:
    """`spans` with each rule `PERSON` span that a `model` PERSON span wholly holds widened to it,
    when what the model adds is name words only (module doc); `trusted`: the language's pipeline is
    one of Veil's own trained on many writers' shapes, read as the module doc says."""
    if not model:
        return spans
    out = list(spans)
    for reading in model:
        if reading.entity not in ("PERSON", "LOCATION"):
            continue  # the model mixes people and places up: holding a rule's name, the reading is one
        town = trusted and reading.entity == "PERSON" and len(text[reading.start : reading.end].split()) > 1
        kinds = ("PERSON", "LOCATION") if town else ("PERSON",)
        inside = [i for i, s in enumerate(out) if s.entity in kinds and not s.grey and _overlaps(s, reading)]
        if not inside or any(not (reading.start <= out[i].start and out[i].end <= reading.end) for i in inside):
            continue  # the model's reading must hold the rules' whole
        others = [s for s in out if not s.grey and _overlaps(s, reading) and s.entity not in kinds]
        if others or not _adds_name_words(text, reading, [out[i] for i in inside], language, trusted=trusted):
            continue
        best = max((out[i] for i in inside), key=lambda s: s.score)
        widened = Span("PERSON", reading.start, reading.end, best.score, best.recognizer, False)
        out = [s for i, s in enumerate(out) if i not in inside] + [widened]
    return sorted(out, key=lambda s: (s.start, s.end))


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _adds_name_words(text: str, reading: Span, rules: list[Span], language: str, *, trusted: bool = False) -> bool:
    """Every word of `reading` outside the `rules` spans is a capitalised name word (module doc)."""
    added = []
    pos = reading.start
    for word in text[reading.start : reading.end].split():
        at = text.index(word, pos)
        pos = at + len(word)
        if not any(r.start <= at < r.end for r in rules):
            added.append(word.strip(_EDGE))
    if not added:
        return False
    lists = gazetteer()
    for word in added:
        folded = word.casefold()
        if not word[:1].isupper() or not word.isalpha():
            return False
        everyday = any(folded in c for c in lists.common.values()) or any(
            folded in s for s in lists.stop_words.values()
        )
        if unknown_word(folded, language) or surname(folded) and not everyday:
            continue
        if trusted and _trusted_name_word(folded, language):
            continue  # "Efren Reyes", "Julio César": a surname or a first name that is also a word
        return False
    return True


def _trusted_name_word(folded: str, language: str) -> bool:
    """A census surname, or a listed first name, that is no stop word of the language or of English."""
    lists = gazetteer()
    if any(folded in lists.stop_words.get(lang, ()) for lang in (language, "en")):
        return False
    return surname(folded) or lists.popularity.get(folded, 0) > 0
