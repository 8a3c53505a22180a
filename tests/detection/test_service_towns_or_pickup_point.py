"""Two more shapes of a question about the shop's service (`service_towns`): a delivery question whose
other branch is "or only pickup" needs no question mark ("Consegnate a Cremona o solo ritiro in
negozio"), and collecting, asked, at a shop's pickup point or trade in the town ("Je peux récupérer la
friteuse à la drive de Montauban jeudi ?"). The customer's town stays: a home, a relative, the order
between the verb and the town, a statement of the writer's plans."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Vous livrez à Lorient ou c'est seulement du retrait"),
        ("it", "Consegnate a Cremona o solo ritiro in negozio"),
        ("es", "Enviáis a Alcorcón o solo recogida en tienda"),
        ("pt", "Vocês entregam em Uberlândia ou só retirada"),
        ("fr", "Je peux récupérer la Friteuse sans Huile à la drive de Montauban jeudi après le travail ?"),
        ("fr", "Je peux échanger la lampe contre la version en noir à la Jardinerie de Lorient ?"),
    ],
)
def test_the_shop_s_service_there_is_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("it", "Consegnate a Cremona o solo ritiro in negozio? Ci abito da poco", "Cremona"),
        ("it", "Consegnate il pacco a Cremona o solo ritiro in negozio", "Cremona"),
        ("fr", "Vous livrez à Lorient ou seulement chez ma mère", "Lorient"),
        ("es", "Enviáis a Alcorcón o solo recogida en tienda? Vivo allí", "Alcorcón"),
        ("it", "Consegnate a Cremona", "Cremona"),
        ("fr", "Je récupère la friteuse à la drive de Montauban jeudi", "Montauban"),
        ("fr", "Je peux récupérer la friteuse chez ma sœur à la boulangerie de Montauban ?", "Montauban"),
        ("fr", "Je peux récupérer la friteuse à la maison de Montauban ?", "Montauban"),
    ],
)
def test_the_customer_s_town_stays(analyzer: Analyzer, language: str, text: str, town: str) -> None:
    assert town in {t for _, t in found(analyzer, text, language)}
