"""An English capitalised run that its noun phrase makes goods, a title or a drink
(`proxy.detection.goods_phrase`), in the shapes of `bench.nopii_tune27`: a determiner and a goods
noun around it, a spelt count before a run of two words, a season of a show, a streaming or
downloading verb, a measure; and a person beside the same words, who stays. Sentences written here,
not the tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.goods_phrase import goods_phrase
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        # a determiner before the run, a goods noun after it
        "Any Frida Kahlo tote bags left in the sale?",
        "Is the new Harlan Coben paperback out yet?",
        # a spelt count before a run of two words or more
        "Four Harvey Wallbangers and a lemonade please",
        # a season or a series of a show
        "Is series 2 of Jack Ryan on the platinum plan?",
        # streaming, downloading
        "How do I stream Kevin Hart on the app?",
        # a measure or a container
        "Can we get a bottle of Jack Daniels for the table?",
    ],
)
def test_goods_in_their_noun_phrase_are_left_alone(analyzer: Analyzer, text: str) -> None:
    assert {e for e in found(analyzer, text, "en") if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person cue before the run keeps it, goods noun after or not
        ("The jersey is for my brother Marcus Whitcombe", "Marcus Whitcombe"),
        ("Please send the new jersey to Marcus Whitcombe", "Marcus Whitcombe"),
        # a count that is a table's size, a possessive after a downloading verb
        ("A table for two Isobel Thwaite at 8", "Isobel Thwaite"),
        ("Come at two Isobel Thwaite will be in", "Isobel Thwaite"),
        ("I downloaded Isobel Thwaite's invoice", "Isobel Thwaite"),
        # a person after a measure, in a separate clause
        ("A bottle of wine for Isobel Thwaite please", "Isobel Thwaite"),
    ],
)
def test_a_person_beside_the_same_words_stays(analyzer: Analyzer, text: str, name: str) -> None:
    [spans] = analyzer.analyze([text], language="en")
    start = text.index(name)
    assert all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
    ), name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can we park next to the Gallacher family?", "Gallacher"),
        ("Are you doing the food for the Okonjo wedding?", "Okonjo"),
        ("Is the Abernethy account paid up?", "Abernethy"),
        ("I spoke to the Imogen who works Saturdays", "Imogen"),
    ],
)
def test_a_name_before_a_noun_of_people_records_or_a_clause_is_no_goods(text: str, name: str) -> None:
    start = text.index(name)
    assert not goods_phrase(text, start, start + len(name))
    assert not goods_phrase(text, start, start + len(name), place=True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can I swap the Beatrix cot for a bigger one?", "Beatrix"),
        ("Is the Kilbride taproom open late on Fridays?", "Kilbride"),
    ],
)
def test_a_person_span_before_a_noun_stays_a_person(text: str, name: str) -> None:
    """The modifier reading is the model's places' alone: read of PERSON spans too, it forwarded
    names in clear in sentences no one here wrote (module doc)."""
    start = text.index(name)
    assert not goods_phrase(text, start, start + len(name))
