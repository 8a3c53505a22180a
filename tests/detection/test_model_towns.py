"""A town the person model reads as someone, said where no one is ("Opening times for Walsall"):
`model_towns.town_no_one` drops the model's PERSON span; a town after a place preposition, a
person cue, at a sentence's start, beside first names in a list, or spelt like a first name,
surname or word stays. Sentences written here, not the sets'."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.model_towns import town_no_one
from tests.detection.helpers import at, found


def test_a_town_the_model_calls_a_person_is_left_alone(analyzer: Analyzer) -> None:
    assert found(analyzer, "Opening times for Walsall please", "en") == set()


def test_a_town_beside_first_names_in_a_list_stays(analyzer: Analyzer) -> None:
    text = "We'd like to order for Walsall and Priya"
    assert ("PERSON", "Walsall") in found(analyzer, text, "en")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Opening times for Walsall please", "Walsall"),
        ("Is the Gateshead one bigger?", "Gateshead"),
        ("Can you print the Middlesbrough crest on a hoodie?", "Middlesbrough"),
        ("Is the Swindon store bigger?", "Swindon"),
    ],
)
def test_the_shape_reads_a_town_no_one_is_at(text: str, town: str) -> None:
    assert town_no_one(text, *at(text, town))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("I'm flying out of Gateshead tomorrow", "Gateshead"),  # a place preposition: where someone is
        ("can you send it to Walsall", "Walsall"),
        ("ci vediamo a Villeurbanne", "Villeurbanne"),
        ("Walsall called me back", "Walsall"),  # a sentence's subject
        ("We'd like to order for Walsall and Priya", "Walsall"),  # a list of people
        ("Tickets for Priya, Walsall and me", "Walsall"),
        ("I spoke with Middlesbrough on the phone", "Middlesbrough"),  # a person preposition
        ("Opening times for Preston please", "Preston"),  # a census surname
        ("Opening times for Florence please", "Florence"),  # a first name
        ("Opening times for Reading please", "Reading"),  # an everyday word
    ],
)
def test_a_town_someone_may_be_named_by_stays(text: str, town: str) -> None:
    assert not town_no_one(text, *at(text, town))
