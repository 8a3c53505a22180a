"""French runs Veil's own person pipeline beside fr_core_news_sm by default (`person_modes: add`):
names the news model and the rules miss are protected, and goods named after people stay as they
were. The default was chosen on the dev split heldout14 to heldout16 and the zero-LOST gate
(docs/detection-rounds.md, "English and French person pipelines on by default")."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import at, settings

FR = {"languages": ("fr",), "default_language": "fr"}

# Written for this test, in shapes the gate's gained names had (a prescription collected for
# someone, a thanks to a first name no list holds); fr_core_news_sm and the rules miss both.
NAMES = [
    ("L'ordonnance de Kosal Chea est prête ? Je passe la prendre ce soir", "Kosal Chea"),
    ("ok merci Zaïnaba bonne journée", "Zaïnaba"),
]
# Goods and places named like people: no span before, none now.
NO_ONE = [
    "Les baskets Stan Smith sont revenues en 42 ?",
    "Vous avez encore des madeleines de Commercy ?",
]


@pytest.fixture(scope="module")
def stock() -> Analyzer:
    """fr_core_news_sm alone (`person_models: {}`): the control, and the default before."""
    return build_analyzer(settings(**FR, person_models={}))


@pytest.fixture(scope="module")
def default() -> Analyzer:
    return build_analyzer(settings(**FR))


def _protected(analyzer: Analyzer, text: str, name: str) -> bool:
    start, end = at(text, name)
    [spans] = analyzer.analyze([text], language="fr")
    return all(text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, end))


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_the_default_protects_names_the_news_model_misses(
    stock: Analyzer, default: Analyzer, text: str, name: str
) -> None:
    assert not _protected(stock, text, name)
    assert _protected(default, text, name)


@pytest.mark.parametrize("text", NO_ONE)
def test_goods_named_like_people_stay_untouched(stock: Analyzer, default: Analyzer, text: str) -> None:
    assert stock.analyze([text], language="fr") == [[]]
    assert default.analyze([text], language="fr") == [[]]
