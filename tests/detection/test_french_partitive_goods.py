"""A French town's name after "avec" and a partitive article is goods, not the town: "avec du Munster,
du Brocciu et un Comté", "avec du Reblochon et du Beaufort" (`filters`): "avec" never takes "de", so
"du" after it is "some". A town after "du" that is "de le" ("je viens du Mans") or after a verb of
motion ("je reviens du Maroc et du Portugal") stays a place. The messages are made up."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Un plateau de fromages pour dimanche ? avec du Munster, du Brocciu et un Comté 24 mois", set()),
        ("Vous faites des paniers garnis avec du Reblochon et du Beaufort ?", set()),
        # "de le" before a town, a verb of motion before a country: places
        ("je viens du Mans samedi, vous êtes ouverts ?", {("LOCATION", "Mans")}),
        ("Je reviens du Maroc et du Portugal, vous livrez ?", {("LOCATION", "Maroc"), ("LOCATION", "Portugal")}),
    ],
)
def test_a_town_after_avec_du_is_goods(analyzer: Analyzer, text: str, kept: set[tuple[str, str]]) -> None:
    assert found(analyzer, text, "fr") == kept
