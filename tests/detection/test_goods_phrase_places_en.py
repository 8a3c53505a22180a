"""A model's English place that modifies the noun after it ("the Ascot race week", "the Cambridge
green shade", "the Stansted hub"): `goods_phrase(place=True)` reads it as a thing's modifier unless
its sentence speaks of someone, where the place may be where they live, stay or work. Sentences
written here, not the sets'."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.goods_phrase import goods_phrase
from tests.detection.helpers import at, found


@pytest.mark.parametrize(
    "text",
    [
        "Will the Ascot race week slow down the couriers?",
        "Is the Cambridge green shade in stock?",
    ],
)
def test_a_place_modifying_a_noun_is_left_alone(analyzer: Analyzer, text: str) -> None:
    assert {e for e in found(analyzer, text, "en") if e[0] == "LOCATION"} == set()


def test_a_place_where_a_relative_works_stays(analyzer: Analyzer) -> None:
    text = "My brother works at the Stansted hub now"
    assert ("LOCATION", "Stansted") in found(analyzer, text, "en")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("It was scanned at the Gatwick hub on Friday", "Gatwick"),
        ("any theory test slots at the Colchester centre?", "Colchester"),
        ("do these cases fit the size limits on the Berlin flights", "Berlin"),
        ("Pick the small tin, not the Cornish one", "Cornish"),
    ],
)
def test_the_shape_reads_a_place_before_its_noun(text: str, place: str) -> None:
    assert goods_phrase(text, *at(text, place), place=True)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We're staying at the Brighton hotel until Sunday", "Brighton"),
        ("my aunt is at the Leeds office all week", "Leeds"),
        ("Olivia works at the Gatwick hub", "Gatwick"),
        ("Is it far from the Reading station? I live near it", "Reading"),
        ("He drove to the Bristol depot", "Bristol"),
        ("flights to Madrid please", "Madrid"),
    ],
)
def test_a_place_in_a_sentence_about_someone_stays(text: str, place: str) -> None:
    assert not goods_phrase(text, *at(text, place), place=True)
