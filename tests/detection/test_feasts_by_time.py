"""Saints' days after a word of time, English "St George's Day" and German "Mariä …", through the
full analyzer (es, pt, it, en, de): feasts shops open, close and deliver by, no one. A town after
"em", "to" and a person named like a saint stay. Sentences written for the `bench.nopii_tune14`
round, none from a held-out set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "lo quiero antes de San Fermín que me voy fuera"),
        ("pt", "chega antes do São João? é pra festa"),
        ("it", "arriva prima di Santo Stefano?"),
        ("en", "are you open on St Andrew's Day?"),
        ("en", "need it for St David's Day, kid's costume"),
        ("en", "will it arrive before St Patrick's?"),
        ("de", "habt ihr an Mariä Himmelfahrt offen?"),
    ],
)
def test_feasts_by_time_hold_no_one(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("pt", "moro em São João del-Rei, quanto fica o frete?", "São João"),
        ("en", "can you post it to St Albans", "St Albans"),
        ("es", "soy Pilar Fermín, lo quiero antes del viernes", "Pilar Fermín"),
    ],
)
def test_towns_and_people_beside_feasts_stay(analyzer: Analyzer, language: str, text: str, value: str) -> None:
    spans = found(analyzer, text, language)
    assert any(value in v for _, v in spans), spans
