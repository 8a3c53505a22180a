"""`detection.places` / `tenants[].places`: "personal" (the default) leaves a place said of no one,
a thing, a route or the shop's premises in clear; "all" tokenises every place a recognizer finds,
while the filters of spans that name no place (set phrases, feasts, goods) still apply."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from proxy.config import DETECTION_PLACES, parse_settings
from proxy.detection.detector import Detector, InlineDetector
from proxy.detection.settings import PLACES, DetectionSettings
from proxy.errors import ConfigError
from tests.detection.helpers import found

# Each left in clear by default, each a place a recognizer found: (language, text, entity, value)
LEFT_BY_DEFAULT = [
    ("en", "Is the last train to York at 11?", "LOCATION", "York"),  # a route
    ("en", "Is it sold in Germany too?", "LOCATION", "Germany"),  # a country said of goods
    ("en", "The match in Madrid is tonight, will the shop be open?", "LOCATION", "Madrid"),  # a happening
    ("it", "Il negozio di Torino è aperto domenica?", "LOCATION", "Torino"),  # the shop's premises
    ("en", "Made in Portugal, 100% cotton.", "LOCATION", "Portugal"),  # where goods are made
    ("en", "All orders ship from Leeds within two days.", "LOCATION", "Leeds"),  # the seller's warehouse
    ("es", "¿El jamón de Teruel lleva conservantes?", "LOCATION", "Teruel"),  # goods by their origin
    ("fr", "La moutarde de Dijon est-elle en stock ?", "LOCATION", "Dijon"),  # an appellation
    ("de", "Der Kundendienst sitzt in Lüdenscheid.", "LOCATION", "Lüdenscheid"),  # the company's site
    ("es", "La tienda de la calle Alfonso XII abre el sábado?", "PERSON", "Alfonso"),  # a street, no number
]
# Names no place: dropped whatever `places` says
NO_PLACE = [
    ("fr", "Je voudrais ça au lieu de la taille 38"),  # a set phrase
    ("it", "Il giorno di San Giovanni siete chiusi?"),  # a feast day
    ("en", "Do you still sell the Messi shirt?"),  # goods
]


def _analyzer(detector: Detector) -> InlineDetector:
    assert isinstance(detector, InlineDetector)
    return detector


@pytest.mark.parametrize(("language", "text", "entity", "value"), LEFT_BY_DEFAULT)
def test_every_place_is_tokenised_with_all(
    detector: Detector, language: str, text: str, entity: str, value: str
) -> None:
    analyzer = _analyzer(detector).analyzer
    assert found(analyzer, text, language) == set()
    assert found(analyzer, text, language, places="personal") == set()
    assert (entity, value) in found(analyzer, text, language, places="all")


@pytest.mark.parametrize(("language", "text"), NO_PLACE)
def test_spans_that_name_no_place_still_go_with_all(detector: Detector, language: str, text: str) -> None:
    assert found(_analyzer(detector).analyzer, text, language, places="all") == set()


def test_a_customers_place_is_tokenised_either_way(detector: Detector) -> None:
    analyzer = _analyzer(detector).analyzer
    text = "I live in York, can you deliver?"
    for places in (None, "personal", "all"):
        assert found(analyzer, text, "en", places=places) == {("LOCATION", "York")}


def test_the_default_comes_from_detection_places() -> None:
    strict = InlineDetector(DetectionSettings.model_validate({"languages": ["en"], "places": "all"}))
    text = "Is the last train to York at 11?"
    assert found(strict.analyzer, text, "en") == {("LOCATION", "York")}
    assert found(strict.analyzer, text, "en", places="personal") == set()  # a tenant's own choice wins


def test_a_bad_value_is_refused_with_the_accepted_ones() -> None:
    assert PLACES == DETECTION_PLACES
    with pytest.raises(ValidationError, match='places must be "personal"'):
        DetectionSettings.model_validate({"places": "everything"})
    with pytest.raises(ConfigError) as raised:
        parse_settings({"detection": {"places": "strict"}}, {})
    assert raised.value.problems[0].startswith('detection: places must be "personal"')
    with pytest.raises(ConfigError) as raised:
        parse_settings({"tenants": [{"name": "clinic", "places": "every"}]}, {})
    assert raised.value.problems[0].startswith("tenants.0.places:")
    assert "'personal'" in raised.value.problems[0] and "'all'" in raised.value.problems[0]
