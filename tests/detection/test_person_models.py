"""Veil's English person pipeline beside en_core_web_sm (`detection.person_models`, opt-in):
shipped, loaded offline, its PERSON spans added only once corroborated."""

from __future__ import annotations

import socket

import pytest
import spacy
from pydantic import ValidationError

from proxy.detection.detector import Analyzer, build_analyzer
from proxy.detection.person_models import person_spans
from proxy.detection.settings import ENGLISH_PERSON_MODEL, DetectionSettings, shipped_model
from proxy.errors import ConfigError
from tests.detection.helpers import found, settings

ON = {"en": ENGLISH_PERSON_MODEL}


@pytest.fixture(scope="module")
def beside(request: pytest.FixtureRequest) -> Analyzer:
    """English with its person pipeline turned on, built with the network refused."""
    monkeypatch = pytest.MonkeyPatch()
    request.addfinalizer(monkeypatch.undo)
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(spacy.cli, "download", refuse)
    a = build_analyzer(settings(languages=("en",), default_language="en", person_models=ON))
    assert attempts == []
    return a


@pytest.fixture(scope="module")
def without(beside: Analyzer) -> Analyzer:
    """The same by default (no `person_models`): en_core_web_sm alone, the negative control."""
    return build_analyzer(settings(languages=("en",), default_language="en"))


def test_off_by_default_and_only_for_configured_languages() -> None:
    assert DetectionSettings().person_models == {}
    assert DetectionSettings(person_models=ON).person_models == {"en": "veil_ner_en"}
    with pytest.raises(ValidationError, match="person_models given for languages not in languages"):
        DetectionSettings(languages=("en",), person_models={"fr": "veil_ner_en"})


def test_loaded_from_its_folder_with_its_ner_only(beside: Analyzer, without: Analyzer) -> None:
    folder = shipped_model("veil_ner_en")
    assert folder is not None and (folder / "ner" / "model").is_file()
    nlp = beside.person_pipelines["en"]
    assert nlp.pipe_names == ["ner"] and set(nlp.get_pipe("ner").labels) == {"PER"}
    assert without.person_pipelines == {}
    assert "en" not in beside.trained  # en_core_web_sm's own spans are read as before


def test_a_person_model_the_config_names_must_be_there() -> None:
    with pytest.raises(ConfigError, match="person_models.en"):
        build_analyzer(settings(languages=("en",), default_language="en", person_models={"en": "veil_ner_xx"}))


# Written for this test: a listed first name where en_core_web_sm sees no one and no name rule reads it.
FOUND = [
    ("Esme's order still hasn't arrived", "Esme"),
    ("WHERE IS Imogen'S ORDER", "Imogen"),
    ("Tamsin said the Alexa plug was faulty", "Tamsin"),
    ("Esme took the Harry Potter box set", "Esme"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_the_english_pipeline_adds_a_name_the_news_model_misses(
    beside: Analyzer, without: Analyzer, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(beside, text, "en")
    assert ("PERSON", name) not in found(without, text, "en")


# Written for this test: words the English pipeline alone calls a person (a verb opening the
# message, a dish), which no listed first name or person cue corroborates.
THINGS = [
    ("Tried the Cornish pasty, amazing!! more pls", "Tried"),
    ("Jollof rice for two please", "Jollof"),
]


@pytest.mark.parametrize(("text", "word"), THINGS)
def test_an_uncorroborated_span_is_not_added(beside: Analyzer, without: Analyzer, text: str, word: str) -> None:
    nlp = beside.person_pipelines["en"]
    assert word in {e.text for e in nlp(text).ents}  # what the pipeline proposes
    assert person_spans(nlp, [text], "en", 8) == [[]]
    assert found(beside, text, "en") == found(without, text, "en")  # nothing added


def test_an_allow_listed_name_is_not_added() -> None:
    a = build_analyzer(settings(languages=("en",), default_language="en", allow_list=("Tamsin",), person_models=ON))
    assert found(a, "Tamsin said the Alexa plug was faulty", "en") == set()
