"""Address parts around the street (`recognizers.address_parts`): floors and doors, building parts, a
care-of, a hamlet or district and a landmark in the tail, a flat, building or estate before the street,
in every language they are written in; the same words with no street core stay clear."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from recognizers import (
    DeStreetAddressRecognizer,
    EnStreetAddressRecognizer,
    EsStreetAddressRecognizer,
    FrStreetAddressRecognizer,
    ItStreetAddressRecognizer,
    PtStreetAddressRecognizer,
)
from tests.recognizers.helpers import found

RECOGNIZERS: dict[str, type[EntityRecognizer]] = {
    "de": DeStreetAddressRecognizer,
    "en": EnStreetAddressRecognizer,
    "es": EsStreetAddressRecognizer,
    "fr": FrStreetAddressRecognizer,
    "it": ItStreetAddressRecognizer,
    "pt": PtStreetAddressRecognizer,
}

WHOLE = [
    # de: floors with a side, building parts, a room, a care-of in the middle
    ("de", "Schillerstraße 8, 2. OG links, 70173 Stuttgart"),
    ("de", "Kantstr. 40, Vorderhaus, 1. OG, 10625 Berlin"),
    ("de", "Friedrichstraße 110, EG rechts, 10117 Berlin"),
    ("de", "Zeppelinstraße 80, Zimmer 12, 72074 Tübingen"),
    ("de", "Berliner Allee 15, c/o Schmidt, 40212 Düsseldorf"),
    ("de", "Marktplatz 2, 1. Etage, 97070 Würzburg"),
    ("de", "hauptstr. 44 hinterhaus 69117 heidelberg"),
    # es: a floor word after the ordinal, storeys with no number, "s/n", a landmark, an estate before
    ("es", "Avda. Diagonal 601, 7ª planta, 08028 Barcelona"),
    ("es", "C/ Herrería 3, bajo dcha, 24003 León"),
    ("es", "Rambla Catalunya 98, pral. 2ª, 08008 Barcelona"),
    ("es", "Ctra. de Valencia km 12, s/n, 46900 Torrent"),
    ("es", "C/ Princesa 25, 2º dcha, junto al Corte Inglés, 28008 Madrid"),
    ("es", "Urbanización Los Pinos, C/ Jazmín 8, 29600 Marbella"),
    # it: a floor after its ordinal, a building and an intercom, "presso", hamlets before and after
    ("it", "Corso Buenos Aires 50, 3° piano, 20124 Milano"),
    ("it", "Via Cavour 18, pal. B, int. 6, 70121 Bari"),
    ("it", "Via Carducci 6, presso Ferri, 57123 Livorno"),
    ("it", "Via Trieste 33, fraz. Borgo Nuovo, 33100 Udine"),
    ("it", "Fraz. San Martino, Via della Chiesa 3, 52100 Arezzo (AR)"),
    # fr: floors with a side, ground floor, flat number, a residence and its parts before the street
    ("fr", "27 rue Victor Hugo, 2e étage, porte gauche, 59000 Lille"),
    ("fr", "77 rue Saint-Jean, rez-de-chaussée, 69005 Lyon"),
    ("fr", "9 rue de la Paix, appartement 3, 21000 Dijon"),
    ("fr", "6 rue Nationale, BP 45, 37000 Tours Cedex 1"),
    ("fr", "Résidence Les Tilleuls, Bât. C, Appt 12, 3 rue Pasteur, 33000 Bordeaux"),
    ("fr", "Villa Les Mimosas, 3 avenue de la Mer, 06400 Cannes"),
    # pt: an estate and a lot before the street, a street named with an ordinal day, a landmark, a CEP
    # on the line after the state
    ("pt", "Urbanização Quinta das Flores, Lote 12, 3º Frente, 3030-001 Coimbra"),
    ("pt", "Rua 1º de Dezembro 14, 3º, 4450-227 Matosinhos"),
    ("pt", "Rua Marechal Deodoro 15, próximo ao mercado, Centro, Juiz de Fora - MG"),
    ("pt", "Rua Bahia 300, Funcionários\nBelo Horizonte - MG\n30160-011"),
    # en: a plot before the street and sector
    ("en", "Plot 88, HUDA Sector 14, Gurgaon 122001"),
]


@pytest.mark.parametrize(("lang", "address"), WHOLE)
def test_the_whole_address_is_one_span(lang: str, address: str) -> None:
    """As the runner does, every street recognizer reads the text (one may find the core another misses)."""
    text = f"{address}\n\nthanks"
    assert address in [span for recognizer in RECOGNIZERS.values() for span in found(recognizer(lang), text, 0.0)]


CLEAR = [
    # the same part words with no street core: a shop's floor, a meeting place, a course's block
    ("de", "Wir sind im 2. OG, neben der Rolltreppe"),
    ("de", "Treffpunkt Hinterhaus, EG rechts, um 5"),
    ("es", "Estamos en la 7ª planta, junto al ascensor"),
    ("es", "Bajo B, al lado de la farmacia, a las 5"),
    ("it", "Siamo al 3° piano, vicino alla scala B"),
    ("it", "fraz. Borgo Nuovo ha 300 abitanti"),
    ("fr", "On est au 2e étage, porte gauche, près de la sortie 3"),
    ("fr", "Résidence Les Tilleuls, 3 places libres"),
    ("pt", "Estamos no 3º andar, próximo ao elevador"),
    ("en", "We're on the 2nd floor, near the escalators, gate 4"),
]


@pytest.mark.parametrize(("lang", "text"), CLEAR)
def test_parts_alone_are_no_address(lang: str, text: str) -> None:
    assert found(RECOGNIZERS[lang](), text, 0.0) == []


def test_a_part_stops_at_the_sentence() -> None:
    """A landmark takes its name, or up to two lower-case words, not the rest of the message."""
    text = "Via Roma 12, vicino alla stazione, ci vediamo domani"
    assert found(ItStreetAddressRecognizer(), text, 0.0) == ["Via Roma 12, vicino alla stazione"]
