"""Towns on a timetable's route and the shop's own premises (`said_of.town_on_a_route`,
`said_of.shop_of_ours`) are left in clear; a trip the writer or a relative takes, and premises that
are the writer's own or where a relative works, keep the town."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a timetable, a fare or a route asked of no one
        ("en", "what time is the last train to Derby on a Sunday?"),
        ("en", "is the 7:15 to Exeter running today"),
        ("fr", "le TER pour Rouen est supprimé ce matin"),
        ("it", "quanto costano i voli per Palermo a luglio"),
        ("es", "¿los vuelos a Palma salen de la terminal 4?"),
        ("pt", "o autocarro de Coimbra para Viseu demora uma hora"),
        ("de", "wann fährt der letzte Zug nach Kassel?"),
        ("de", "gibt es noch direkte Züge von Berlin nach Prag?"),
        # the shop's own premises with "our"
        ("fr", "notre atelier à Limoges fabrique tout à la main"),
        ("es", "nuestro taller en Ubrique lo hace todo a mano"),
        ("de", "unsere Werkstatt in Solingen macht alles von Hand"),
    ],
)
def test_a_route_or_the_shops_premises_is_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # the writer's or a relative's trip
        ("en", "my train to Derby is at 9:40, can I collect before?", "Derby"),
        ("it", "il mio volo per Palermo è venerdì", "Palermo"),
        ("de", "ich habe den Bus nach Kassel für meine Mutter gebucht", "Kassel"),
        ("es", "Dadle el ticket a Pau", "Pau"),
        # premises that are the writer's or where a relative works
        ("en", "send it to my office in Sheffield", "Sheffield"),
        ("fr", "envoyez-le à mon bureau à Rouen", "Rouen"),
        ("it", "mandatelo al mio ufficio a Parma", "Parma"),
        ("de", "meine Frau arbeitet im Laden in Ulm", "Ulm"),
        ("pt", "a minha mulher trabalha na loja de Évora", "Évora"),
        # "our" with a home is the writer's household
        ("en", "our flat in Leeds has no lift", "Leeds"),
        ("de", "unsere Wohnung in Kassel hat keinen Aufzug", "Kassel"),
    ],
)
def test_a_persons_trip_or_premises_stays(analyzer: Analyzer, language: str, text: str, place: str) -> None:
    assert any(place in t for _, t in found(analyzer, text, language))
