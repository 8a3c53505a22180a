"""A span of Veil's own it/es/pt pipelines that names a feast, a title or counted or measured
goods (`proxy.detection.model_things`) is no person; the same shapes with a person's cue, or with a
real name and no such sign, stay. Sentences written here, apart from the tune sets."""

from __future__ import annotations

import pytest

from proxy.detection.filters import corroborated
from proxy.detection.settings import Span


def _span(text: str, value: str) -> Span:
    start = text.index(value)
    return Span("PERSON", start, start + len(value), 0.85, "SpacyRecognizer", False)


THINGS = [
    ("it", "chiudete per San Giuseppe o siete aperti?", "San Giuseppe"),
    ("es", "¿para San Isidro abrís por la tarde?", "San Isidro"),
    ("pt", "no São Pedro a loja fecha mais cedo?", "São Pedro"),
    ("it", "lo spedite anche a Borgo San Lorenzo?", "Borgo San Lorenzo"),
    ("es", "esta noche veo El Señor de los Anillos otra vez", "Señor"),
    ("it", "mio figlio adora Il Piccolo Principe, avete il libro?", "Piccolo Principe"),
    ("pt", "quero ver O Pai Natal Ruben no cinema", "Pai Natal Ruben"),
    ("it", "mi servono quattro Ferrero Rocher per la torta", "Ferrero Rocher"),
    ("es", "pedí tres Gloria Vanderbilt para la tienda", "Gloria Vanderbilt"),
    ("pt", "queria duas Melissa Ultragirl para a loja", "Melissa Ultragirl"),
    ("it", "il Galaxy Flavio da 256 giga costa troppo", "Galaxy Flavio"),
    ("es", "¿la Lucía Premium de 500 ml sigue igual?", "Lucía Premium"),
    ("es", "quiero dos Camila Sport blancas", "Camila Sport"),
    ("pt", "as Carolina Slim pretas chegaram?", "Carolina Slim"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "value"), THINGS)
def test_a_span_that_names_a_feast_a_title_or_goods_is_no_one(lang: str, text: str, value: str) -> None:
    assert corroborated(text, _span(text, value), lang) is None


PEOPLE = [
    ("it", "il signor Davide Santoro passa domani", "Davide Santoro"),
    ("es", "mi primo Santiago Ruiz lo recoge", "Santiago Ruiz"),
    ("it", "Lorenzo Ferri ritira il pacco", "Lorenzo Ferri"),
    ("es", "La Marta lo recoge mañana", "Marta"),
    ("it", "alle cinque Lorenzo Galli passa a ritirare", "Lorenzo Galli"),
    ("pt", "às duas Nuno Pinheiro passa aí", "Nuno Pinheiro"),
    ("it", "sei Giorgia? il corriere ti cerca", "Giorgia"),
    ("it", "il pacco è di Mario rossi", "Mario"),
    ("es", "lo recoge Luis blanco mañana", "Luis"),
    ("pt", "quem levanta é a Beatriz amanhã", "Beatriz"),
    ("es", "Hola, soy Óscar y quiero dos", "Óscar"),
    ("it", "ho comprato due maglie per Matteo Lombardi", "Matteo Lombardi"),
    ("es", "mi tía Paula Moreno quiere dos", "Paula Moreno"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "value"), PEOPLE)
def test_a_person_in_the_same_shapes_stands(lang: str, text: str, value: str) -> None:
    assert corroborated(text, _span(text, value), lang) is not None
