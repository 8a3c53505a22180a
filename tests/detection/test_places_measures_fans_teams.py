"""Places that locate no one, read by their context (2026-12-07, evening): a drink or food sold by
the measure and named after its town (`goods_names`), a dish named after a town (`name_words.ORIGIN_GOODS`
after the place), the town's side followed or watched (`business.town_team`), another of a chain's
stores set against a first one (`business._PREMISES_OR_BEFORE`, "the one in"), a saint's feast
after the plural feast nouns (`filters._FEAST_BEFORE`), and an English title's "in" in French, Spanish
and Portuguese (`place_recognizer._TITLE_IN`). The same towns said of the writer, a relative
or a delivery stay tokenised."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a measure, then the drink or food named after its town
        ("it", "Aggiungete due bottiglie di Kirin all'ordine"),
        ("it", "Quattro bottiglie di Tsingtao e due birre alla spina"),
        # an English dish named after a town
        ("en", "Do you do Eton mess for a birthday tea?"),
        # the town's side: its fans, or watched on a screen
        ("fr", "On est supporters de Bastia, vous faites des écharpes ?"),
        ("es", "Peña de aficionados de Sevilla: reserva para 30 en mayo"),
        ("fr", "On pourra regarder Lorient sur l'écran géant samedi ?"),
        ("fr", "Vous diffusez Nantes à la télé du bar ce soir ?"),
        # another of the chain's stores
        ("en", "Is parking easier at the Harrogate branch or in Ripon?"),
        # a saint's feast after a plural feast noun
        ("pt", "Felizes festas de São João a toda a equipa da loja!"),
        ("es", "¡Felices fiestas de San Fermín a todo el equipo!"),
        # an English title's "in" in a language that has no "in"
        ("fr", "Vous avez le DVD de Paddington in Peru ?"),
        ("es", "¿Tenéis el DVD de Paddington in Peru?"),
    ],
)
def test_a_place_that_locates_no_one_is_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # the writer or a relative lives there, or the order is sent there
        ("it", "Abito a Cagliari, portate le bottiglie a domicilio?", "Cagliari"),
        ("en", "I live in Eton, can you deliver the pudding?", "Eton"),
        ("fr", "On peut regarder Lorient sur grand écran avec mon frère qui habite là-bas ?", "Lorient"),
        ("en", "Please deliver the case to my flat in Ripon", "Ripon"),
        ("es", "Enviad las botellas a mi hermana en Valladolid", "Valladolid"),
        ("de", "Ich wohne in Lorient, könnt ihr liefern?", "Lorient"),
        # an English "in" the writer says of themselves, or German "in"
        ("fr", "Bonjour, we live in Lyon, vous livrez ?", "Lyon"),
        ("es", "Hola, I live in Sevilla, ¿enviáis?", "Sevilla"),
        ("de", "Ich ziehe nach Peru, liefert ihr dorthin?", "Peru"),
    ],
)
def test_the_same_place_said_of_a_person_stays(analyzer: Analyzer, language: str, text: str, place: str) -> None:
    assert any(place in t for _, t in found(analyzer, text, language))
