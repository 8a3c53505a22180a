"""English words that name no one, seen by several writers' no-PII messages: a feast alone
(`name_words.EN_FEASTS`), an air fryer (a goods noun, also in Portuguese and German chat), "Bill me" and
"Bill attached", "Gift for Mother's Day" and "Gift message" (`en_word_names`), a shop named with a
title (`shop_names.titled_shop`); people beside the same words are the controls."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("en", "Any chance of shortbread before Easter??", {"Easter"}),
        ("en", "Are you open on Easter Monday? Need the pie for six", {"Easter", "Easter Monday"}),
        ("en", 'Order note: "Air Fryer for the spare room, no rush"', {"Air Fryer", "Air"}),
        ("en", "The Ninja air fryer i got in May stopped working", {"air fryer"}),
        ("pt", "Pedi a Air Fryer na terça-feira, tem rastreio?", {"Air Fryer"}),
        ("en", "Bill me separately for the second order?", {"Bill"}),
        ("en", "Bill attached, can you check the VAT number?", {"Bill"}),
        ("en", "Gift for Mother's Day, can it be wrapped?", {"Gift"}),
        ("en", "Gift message: Happy Birthday Grandma", {"Gift"}),
        ("en", "Can I collect the boots at Mr Fix-It Garage on Sunday?", {"Fix-It Garage", "Fix-It"}),
    ],
)
def test_feasts_fryers_bills_gifts_and_titled_shops_name_no_one(
    analyzer: Analyzer, language: str, text: str, absent: set[str]
) -> None:
    assert not absent & {value for _, value in found(analyzer, text, language)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sarah Fryer will collect it tomorrow", "Sarah Fryer"),
        ("Bill said the parcel left on Monday", "Bill"),
        ("Please give it to Mr Okafor at the garage", "Okafor"),
        ("Mr Evans will collect from the Garage", "Evans"),
    ],
)
def test_people_beside_those_words_keep_their_names(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in {value for entity, value in found(analyzer, text, "en") if entity == "PERSON"}
