"""English streets named after people, the type after the name ("Victoria Road", "King Edward
Street"): the first-name list's span is the street, no one (`filters._named_building`,
`name_words.STREETS_AFTER`). A street the customer lives on stays; a surname that is also a path's
word ("Sarah Lane") is a person. Sentences written here, none from a held-out set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "the parcel locker on Albert Road is broken again",
        "the parcel locker on albert road is broken again",
        "is the shop on Victoria Street still open on sundays?",
        "your Edward Street branch had no size 10",
    ],
)
def test_a_street_type_after_a_first_name_makes_it_a_street(analyzer: Analyzer, text: str) -> None:
    assert not any(entity == "PERSON" for entity, _ in found(analyzer, text, "en"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I live on Albert Road, can you deliver there?", "Albert"),
        ("please send it to Victoria Street, that's my flat", "Victoria"),
        ("ask Sarah Lane at the till about it", "Sarah Lane"),
        ("Albert said the parcel locker on the road is broken", "Albert"),
    ],
)
def test_the_customers_street_and_people_stay(analyzer: Analyzer, text: str, value: str) -> None:
    spans = found(analyzer, text, "en")
    assert any(value in v for _, v in spans), spans
