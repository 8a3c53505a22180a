"""Who or what a place is said of (`proxy.detection.said_of`): a country said of no person and a town
said of a thing before it are left in clear; a place that locates the writer, a relative or someone
named, or where an order goes, stays tokenised, and so does a first name after a dative "a"."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a country said of goods, a price, a law or a team
        ("en", "is the same kettle sold in Germany?"),
        ("fr", "ce parfum est fabriqué en Italie ?"),
        ("it", "questa crema è vietata in Francia?"),
        ("es", "¿esta colonia se vende en Argentina?"),
        ("pt", "esta marca é famosa no Brasil?"),
        ("de", "in Schweden gibt es das billiger"),
        # a town said of a thing or a happening before it
        ("en", "the strike in Marseille will slow things down?"),
        ("it", "il concerto a Genova era bellissimo"),
        ("es", "el partido en Sevilla es mañana, no hay prisa"),
        ("de", "das Konzert in Wien war toll"),
    ],
)
def test_a_place_said_of_no_person_is_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # the writer, a relative, a home, an order: kept
        ("en", "I'm in Germany for work, can it wait", "Germany"),
        ("en", "my aunt in Leeds would like the red one", "Leeds"),
        ("en", "the flat in Bristol is mine, send it there", "Bristol"),
        ("en", "the parcel in Leeds has not moved since monday", "Leeds"),
        ("fr", "mon oncle en Belgique en voudrait un", "Belgique"),
        ("it", "la casa a Bergamo è quella nuova", "Bergamo"),
        ("es", "la señora en Zaragoza lo recogerá", "Zaragoza"),
        ("de", "ich lebe seit Mai in Spanien", "Spanien"),
        ("pt", "estou em Angola até agosto", "Angola"),
        ("it", "mio cugino in Svizzera lo vorrebbe", "Svizzera"),
        ("es", "vivimos en Alemania desde enero", "Alemania"),
    ],
)
def test_a_place_said_of_a_person_stays(analyzer: Analyzer, language: str, text: str, place: str) -> None:
    assert any(place in t for _, t in found(analyzer, text, language))


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "Le paso el teléfono a Santiago", "Santiago"),
        ("es", "Dadle el ticket a Pau", "Pau"),
        ("pt", "O Peniel e a Eloy vão buscar juntos", "Eloy"),
        ("fr", "C'est pour l'anniversaire de Prosper", "Prosper"),
    ],
)
def test_a_first_name_after_a_dative_or_of_stays(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert any(name in t for _, t in found(analyzer, text, language))
