"""A French surname opening on a capitalised article after a found first name is read whole, the word
after "Le"/"La" though a function word, a colour or an everyday word ("Gwenaëlle Le Du", "Loïc Le
Bras", "Anne Le Blanc"), and a Breton surname the model cut at its apostrophe is read to its end
("Nono Guivarc'h"): `proxy.detection.name_spans`. A day, a town ("Le Mans") or a brand after the
article is not taken in by this rule. The names are made up."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.name_spans import completed
from proxy.detection.settings import Span
from tests.detection.helpers import found

NER = "SpacyRecognizer"


def _people(analyzer: Analyzer, text: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, "fr") if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le bois peut être livré chez ma voisine Gwenaëlle Le Du au 22 ?", "Gwenaëlle Le Du"),
        ("Inscription au concours dimanche : Ronan Le Du, Frantz Fils-Aimé. On paie sur place", "Ronan Le Du"),
        ("J'ai eu votre numéro par mon cousin Loïc Le Du, vous êtes dispo en mars ?", "Loïc Le Du"),
        ("Salut, Nono Guivarc'h du club de foot, il nous faut 12 coupes pour le 30", "Nono Guivarc'h"),
    ],
)
def test_a_surname_after_its_article(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


def _widened(text: str, value: str) -> str:
    start = text.index(value)
    [span] = completed(text, [Span("PERSON", start, start + len(value), 0.85, NER)], "fr")
    return text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("c'est pour Ronan Le Du, merci", "Ronan Le", "Ronan Le Du"),
        ("c'est pour Ronan Le Du, merci", "Ronan", "Ronan Le Du"),
        ("livré chez Anne Le Blanc demain", "Anne", "Anne Le Blanc"),
        ("Salut, Nono Guivarc'h du club", "Nono Guivarc", "Nono Guivarc'h"),
        # a day, a month, a town or a brand after the article; an article in lower case
        ("Ronan Le Samedi", "Ronan Le", "Ronan Le"),
        ("rendez-vous avec Ronan Le Mans samedi", "Ronan Le", "Ronan Le"),
        ("une cocotte pour Anne Le Creuset", "Anne Le", "Anne Le"),
        ("c'est Ronan le du matin", "Ronan", "Ronan"),
    ],
)
def test_the_model_span_widened(text: str, value: str, name: str) -> None:
    assert _widened(text, value) == name
