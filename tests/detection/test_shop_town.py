"""A town right after a shop's own name is the shop's branch town (`shop_town`, `business.shop_place`):
"Canal Street Cycles in Daventry", "Óptica Colón de Getafe", "Weinhandel St. Georg in Erfurt". The
town stays tokenised when the writer, a person, a relative or a verb of working is in the clause, or
when the shop is named after a person's full name."""

from __future__ import annotations

import pytest

from proxy.detection import shop_town
from proxy.detection.business import _writer
from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The app says none left, but Mill Lane Cycles in Kettering says there are two."),
        ("en", "Online it's gone, but Market Street Florist in Doncaster still has the vase?"),
        ("de", "Online nicht mehr da, aber Optik Marktplatz in Bamberg sagt, sie haben die Brille."),
        ("de", "Im Shop nicht mehr da, aber Weinhandel St. Anna in Fulda hat den Riesling?"),
        ("de", "Online weg, aber Fahrradhaus Lindenstraße in Gießen hat es noch?"),
        ("it", "Online non c'è, ma Enoteca Santa Croce di Cremona ce l'ha ancora?"),
        ("it", "Online risulta esaurito, ma Cicli Corso Garibaldi di Pavia dice che c'è"),
        ("es", "En la web no queda, pero en Óptica Mayor de Alcorcón dicen que sí"),
        ("es", "En la web está agotado, pero en Librería Plaza de España de Móstoles lo tienen"),
        ("fr", "En ligne il n'y en a plus, mais Quincaillerie du Port à Lorient dit en avoir."),
    ],
)
def test_a_town_after_a_shop_s_own_name_is_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert {e for e, _ in found(analyzer, text, language)} - {"PERSON"} == set()


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # the writer, a relative or a verb of working in the clause: the shop locates them
        ("en", "I work at Mill Lane Cycles in Kettering, can you send it there?", "Kettering"),
        ("en", "My sister is at Market Street Florist in Doncaster", "Doncaster"),
        ("de", "Meine Schwester arbeitet bei Optik Marktplatz in Bamberg", "Bamberg"),
        ("de", "Ich bin gerade bei Optik Marktplatz in Bamberg", "Bamberg"),
        ("it", "Sono alla Enoteca Santa Croce di Cremona, ce l'avete?", "Cremona"),
        ("es", "Estoy en Óptica Mayor de Alcorcón, ¿lo tenéis?", "Alcorcón"),
        ("es", "Mi hermana trabaja en Óptica Mayor de Alcorcón", "Alcorcón"),
        ("fr", "Je suis à la Quincaillerie du Port à Lorient", "Lorient"),
        # a place where a person stays or eats, and a name that is no shop's
        ("en", "Thanks, we loved Hotel Miramar in Kettering, is the towel sold online?", "Kettering"),
        ("en", "Ask Anna Smith in Kettering about it", "Kettering"),
    ],
)
def test_a_person_s_town_stays(analyzer: Analyzer, language: str, text: str, town: str) -> None:
    assert town in {t for _, t in found(analyzer, text, language)}


@pytest.mark.parametrize(
    ("language", "before", "shop"),
    [
        ("en", "but Canal Street Cycles in ", True),
        ("en", "but St Mary's Florist in ", True),
        ("de", "aber Radhaus Bismarckstraße in ", True),
        ("de", "aber Weinhandel St. Georg in ", True),
        ("es", "pero en Librería Paseo de Gracia de ", True),
        ("it", "ma Libreria Corso Vittorio Emanuele di ", True),
        # a person's full name after the trade noun, or before an English one with no street type
        ("de", "aber Friseur Petra Klein in ", False),
        ("en", "but Rosie Lee Tearooms in ", False),
        # no shop's name: a hotel, a person, a sentence that ended before the run
        ("en", "we stayed at Hotel Miramar in ", False),
        ("en", "ask Anna Smith in ", False),
        ("fr", "on a fêté ça chez Maison Dupont à ", False),
    ],
)
def test_the_shop_s_name_before_the_town(language: str, before: str, shop: bool) -> None:
    text = before + "Leeds"
    assert shop_town.shop_town(text, len(before), len(text), language, _writer(language)) is shop
