"""A second town joined by "or"/"and" to one a rule reads: on the same route ("Vols pour Lisbonne ou
Porto", `said_of.town_on_a_route`) or in the same delivery question ("¿Envían a Santa Cruz de Tenerife
y a San Sebastián?", `service_towns`). A person in the sentence, or a home in the message, keeps both."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Vols pour Lisbonne ou Porto en mars, le moins cher avec bagage svp"),
        ("en", "Any flights to Faro or Lisbon in May?"),
        ("es", "¿Envían a Santa Cruz de Tenerife y a San Sebastián?"),
        ("it", "Spedite a San Benedetto del Tronto o a Pescara?"),
    ],
)
def test_the_second_town_is_read_as_the_first(analyzer: Analyzer, language: str, text: str) -> None:
    assert {e for e, _ in found(analyzer, text, language)} == set()


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("en", "My flight to Faro or Lisbon is in May", "Lisbon"),
        ("fr", "Mon vol pour Lisbonne ou Porto part lundi", "Porto"),
        ("it", "Spedite a Udine e a Gorizia? Ci abito", "Gorizia"),
        ("es", "¿Envían a Santa Cruz de Tenerife y a San Sebastián? Vivo allí", "San Sebastián"),
    ],
)
def test_a_person_keeps_the_second_town(analyzer: Analyzer, language: str, text: str, town: str) -> None:
    assert town in {t for _, t in found(analyzer, text, language)}
