"""A name no list holds, joined to a found name by "and", "or" or "&" in its shape (`name_spans`),
and a rule's name widened over the model's longer reading of it (`model_extents`). Spans are given
by hand, so the rules are tested alone; made-up names, with goods, greetings, pets, words and a
colour surname as controls."""

from __future__ import annotations

import pytest

from proxy.detection.model_extents import widened_by_model
from proxy.detection.name_spans import completed
from proxy.detection.settings import Span


def _named(text: str, found: str) -> Span:
    start = text.index(found)
    return Span("PERSON", start, start + len(found), 0.7, "GivenNameRecognizer")


def _values(text: str, spans: list[Span]) -> set[str]:
    return {text[s.start : s.end] for s in spans if s.entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "found", "name"),
    [
        ("Is it Callum or Ngozika on the fish counter today?", "Callum", "Ngozika"),
        ("ME DESMOND OKORO AND KEMARLEY THWAITES WILL COME AT 2, IS THAT OK", "DESMOND OKORO", "KEMARLEY THWAITES"),
        ("IS THE GIFT LIST FOR ADETOKUNBO OGUNLESI & MARCUS REID STILL OPEN?", "MARCUS REID", "ADETOKUNBO OGUNLESI"),
    ],
)
def test_an_unknown_name_joined_to_a_found_one_is_a_name(text: str, found: str, name: str) -> None:
    assert name in _values(text, completed(text, [_named(text, found)], "en"))


@pytest.mark.parametrize(
    ("text", "found", "absent"),
    [
        ("Thanks Anna and Happy Birthday", "Anna", "Happy Birthday"),
        ("Grooming for Biscuit (dog) and Max, owner Anna Lee", "Max", "Biscuit"),
        ("Ask Callum and Reception about it", "Callum", "Reception"),
        ("Is it Anna or Primark that stocks it?", "Anna", "Primark"),
        ("Anna and Harrogate both said no", "Anna", "Harrogate"),
    ],
)
def test_words_goods_pets_and_places_joined_to_a_name_stay(text: str, found: str, absent: str) -> None:
    assert absent not in _values(text, completed(text, [_named(text, found)], "en"))


def _model(text: str, value: str, entity: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(entity, start, start + len(value), 0.85, "SpacyRecognizer")


@pytest.mark.parametrize(
    ("text", "rule", "model", "entity"),
    [
        ("Is the prescription for Kah Wai Teo ready?", "Wai Teo", "Kah Wai Teo", "PERSON"),
        ("Change the tickets from Kah Wai Ong to me", "Wai Ong", "Kah Wai Ong", "LOCATION"),
    ],
)
def test_a_rule_name_is_widened_over_the_model_reading(text: str, rule: str, model: str, entity: str) -> None:
    out = widened_by_model(text, [_named(text, rule)], [_model(text, model, entity)], "en")
    assert _values(text, out) == {model}


@pytest.mark.parametrize(
    ("text", "rule", "model"),
    [
        ("The delivery was signed by Nicholas Black yesterday", "Nicholas", "Nicholas Black"),  # a colour, a word
        ("Costa Coffee gift card balance?", "Costa", "Costa Coffee"),
        ("Will Chicken Tikka Masala be on?", "Will", "Will Chicken Tikka Masala"),
        ("a card from Anna and Ben", "Anna", "Anna and Ben"),  # a lower-case word in the reading
    ],
)
def test_a_model_reading_that_adds_words_does_not_widen(text: str, rule: str, model: str) -> None:
    out = widened_by_model(text, [_named(text, rule)], [_model(text, model)], "en")
    assert _values(text, out) == {rule}
