"""English capitalised words that name no one by the words around them (`proxy.detection.en_no_one`:
a feast's qualifier before its day, a shade after a colour noun, a trade called at a message's start, a
match between two teams; `recognizers.verb_slots`: a feast's opener before its day in a cue's slot),
and English names in the slots that hold them (`recognizers.verb_slots`: whose numbered birthday it
is, a relative's possessive before a name in apposition, where an order is looked up or collected
"under" a name, a caller "here from" a club); with look-alikes in the same words that keep the person.
Sentences written here, not a tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


def _covered(analyzer: Analyzer, text: str, name: str) -> bool:
    [spans] = analyzer.analyze([text], language="en")
    start = text.index(name)
    return all(text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name)))


@pytest.mark.parametrize(
    "text",
    [
        # a feast's qualifier before its day
        "Can the cattery take our two cats over Mothering Sunday?",
        "Any offers over Mothering Sunday on the spa days?",
        "Cake for Bonfire Night, 30 people, chocolate not fruit",
        "Cake for Pancake Day, for the office",
        # a shade after a colour noun
        "Do you have the cardigan in colour Heather? size 12",
        "the throw in shade Hazel, is it washable?",
        "finish Pearl, does it chip easily?",
        # a trade called at a message's start
        "Glazier: cracked pane in the back door, 500x700, when could you come?",
        "Locksmith? locked out of the van, Ford Transit",
        # a match between two teams
        "Showing Leeds United v Celtic on Friday? want the big screen",
        "Are you showing Aston Villa v Spurs on Sunday?",
    ],
)
def test_no_one_is_named(analyzer: Analyzer, text: str) -> None:
    assert {e for e in found(analyzer, text, "en") if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # whose numbered birthday it is
        ("The vinyl's for Torquil Maclennan's 50th, can you gift wrap it", "Torquil Maclennan"),
        # a relative's possessive, then the name in apposition
        ("the van is my uncle's, kuhan jeyaratnam, he'll bring it in at 9", "kuhan jeyaratnam"),
        # where an order is looked up or collected under a name
        ("tickets to collect at the box office under okoro chidi please", "okoro chidi"),
        # a name after the engraving's label, in capitals
        ("Trophy engraving: TEMPERANCE ADEYEMI", "TEMPERANCE ADEYEMI"),
        # a person booked beside the writer
        ("could I book a table for me and kuhan jeyaratnam on Friday", "kuhan jeyaratnam"),
    ],
)
def test_a_name_in_its_slot_is_found(analyzer: Analyzer, text: str, name: str) -> None:
    assert _covered(analyzer, text, name), name


def test_a_determiner_after_me_and_is_no_name(analyzer: Analyzer) -> None:
    assert {e for e in found(analyzer, "a table for me and my wife on Saturday", "en") if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person after a colour noun, a verb after the name or a person in the sentence
        ("the colour Heather picked for the hall was lovely, same again please", "Heather"),
        ("colour Heather, my daughter says it's the one", "Heather"),
        # a person named in a trade's place, no colon or question mark after it
        ("Glazier said he'd come Tuesday, is that right?", "Glazier"),
        # a first name before a day that is no feast's
        ("Cake for Sunday, for Hazel, 20 people", "Hazel"),
        # an ordinal after a name that is no possessive: still a name by the model
        ("Deliver to Tomasz Wilk on the 5th please", "Tomasz Wilk"),
    ],
)
def test_a_person_in_the_same_shape_stays(analyzer: Analyzer, text: str, name: str) -> None:
    assert _covered(analyzer, text, name), name
