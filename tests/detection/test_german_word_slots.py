"""German first names that are words by their grammatical slot (`recognizers.german_word_slots`): a
neuter determiner before a name the lists flag as a German word ("das erste Mal", "jedes Mal"), and
an adverb before a past participle or in "frank und frei" ("ernst gemeint"); and the people beside
the same words, who stay. Sentences written here, not a set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        # a neuter determiner, or a dative contraction and an adjective, before "Mal"
        "Wir bestellen heute das erste Mal bei euch, bitte gut verpacken",
        "Zum zweiten Mal kommt die Lampe mit Kratzer an",
        "jedes Mal fehlt eine Schraube im Karton",
        "Beim nächsten Mal hätte ich gern eine Rechnung dazu",
        # an adverb before a participle or in the pair formula, capitalised only at a sentence's start
        "war das wirklich ernst gemeint mit den Versandkosten?",
        "Ernst gemeint: gibt es den Tisch auch in Eiche?",
        "frank und frei, die naht ist schief",
        "also frank gesagt war der kuchen zu süß",
    ],
)
def test_german_words_in_their_slots_are_left_alone(analyzer: Analyzer, text: str) -> None:
    assert {e for e in found(analyzer, text, "de") if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an auxiliary or a person's preposition before the word keeps the name
        ("das hat frank gesagt, stimmt das?", "frank"),
        ("ich habe mit ernst gesprochen, er holt es ab", "ernst"),
        # any other name before a participle is an object, no adverb
        ("hab es hannelore gegeben, die bringt es vorbei", "hannelore"),
        # the name as a subject before its verb, or with a surname
        ("Frank hat gesagt, dass das Paket morgen kommt", "Frank"),
        ("Ich habe mit Ernst Keller telefoniert", "Ernst Keller"),
        # a feminine or masculine article before a name that is no German word
        ("Die Greta holt das Paket ab", "Greta"),
    ],
)
def test_a_person_beside_the_same_words_stays(analyzer: Analyzer, text: str, name: str) -> None:
    [spans] = analyzer.analyze([text], language="de")
    start = text.index(name)
    assert all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
    ), name
