"""A listed club named by its fans ("il club tifosi Fiorentina", "Everton supporters"): the club,
no one (`business.club_match`). A name no club list holds, or a possessive, stays a person.
Hand-written sentences, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str, language: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("language", "text", "club"),
    [
        ("it", "Organizzate una cena per il club tifosi Fiorentina a maggio?", "Fiorentina"),
        ("en", "Do you take group bookings for Everton supporters on match days?", "Everton"),
    ],
)
def test_a_club_beside_its_fans_is_no_one(analyzer: Analyzer, text: str, language: str, club: str) -> None:
    assert not any(club in value or value in club for value in _people(analyzer, text, language))


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("it", "Organizzate una cena per i tifosi Marco e Luca a maggio?", "Marco"),
        ("en", "Do you take group bookings for Chelsea's supporters' club?", "Chelsea"),
    ],
)
def test_a_person_beside_fans_stays(analyzer: Analyzer, text: str, language: str, person: str) -> None:
    assert person in _people(analyzer, text, language)
