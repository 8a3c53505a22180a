"""Detection fixtures: Presidio engines are built once per session (they load spaCy)."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, DetectionSettings, build_analyzer
from tests.detection.helpers import EXTRA, settings


@pytest.fixture(scope="session")
def full_settings() -> DetectionSettings:
    """Both models, all six languages, an extra recognizer, allow-list and thresholds."""
    return settings(
        extra_recognizers=(EXTRA,),
        allow_list=("+39 02 1234 5678", "Info@Shop.example"),
        thresholds={"LOYALTY_TIER": 0.85},
    )


@pytest.fixture(scope="session")
def analyzer(full_settings: DetectionSettings) -> Analyzer:
    return build_analyzer(full_settings)


@pytest.fixture(scope="session")
def blank_analyzer() -> Analyzer:
    """No spaCy model at all: Italian and English on blank pipelines (fast to build)."""
    return build_analyzer(settings(models={}, languages=("it", "en"), default_language="it"))
