"""A first name that names no one in the shapes of `bench.nopii_tune24`, French and German first and
the other languages beside them: a dish or drink in an order of articled items or served without
something, a goods noun German capitalises before the name, the premises after a lower-case noun of
a place to stay or eat, a model's year after its name, German "im"; and a person beside the same
words, who stays. Sentences written here, not the tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an order of articled items, or one served without something
        ("fr", "Pour ce soir une Régina et une Calzone, merci"),
        ("fr", "Je prendrai une Marguerite sans olives"),
        ("de", "Bitte einen Hugo und eine Apfelschorle"),
        ("de", "Zwei Bier und einen Hugo ohne Eis"),
        ("en", "Can we get a Margherita and two garlic breads?"),
        ("it", "Per me una Margherita e una birra"),
        # a goods noun German capitalises before the name
        ("de", "Ist das Parfum Valentina noch da?"),
        # the premises after a lower-case noun of a place to stay or eat
        ("fr", "Vous livrez à l'hôtel Marcel, rue de Rivoli ?"),
        ("it", "Consegnate al ristorante Gino in centro?"),
        # a model's year after its name
        ("de", "Passt das Ladekabel an die Zoe von 2020?"),
        # German "im": nobody is inside a person
        ("de", "Im Ernst, schon wieder zu spät?"),
    ],
)
def test_a_first_name_that_names_no_one_is_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert {e for e in found(analyzer, text, language) if e[0] == "PERSON"} == set()


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a person beside an order, after an article alone, or ordering it
        ("fr", "Une Margherita pour Julien et une Reine pour moi", {"Julien"}),
        ("de", "Einen Hugo für Jonas und ein Radler für mich", {"Jonas"}),
        ("es", "Díselo a Marta y a Luis", {"Marta", "Luis"}),
        ("it", "Una Giulia ha chiamato per la torta", {"Giulia"}),
        ("de", "Mit Sandra ohne Kinder", {"Sandra"}),
        # a person after a trade that is a person, or at the premises in a separate clause
        ("fr", "Le coiffeur Julien m'a conseillé ce shampoing", {"Julien"}),
        ("fr", "À l'hôtel, Henriette Moreau a reçu le colis", {"Henriette Moreau"}),
        # a name after a venue's noun that goes on as the clause's subject is a person
        ("fr", "Au café Julien m'a dit que c'était prêt", {"Julien"}),
        ("en", "At the pub Dave said you had it in stock", {"Dave"}),
        ("it", "Al bar Marco ha detto che arrivava oggi", {"Marco"}),
        # a person with a year that is not a model's
        ("fr", "Mathilde depuis 2019 est cliente", {"Mathilde"}),
        # German: a person after "bei", "mit", "zum"
        ("de", "Ich war beim Florian im Laden", {"Florian"}),
        ("de", "Das Paket ist für Ernst Wagner", {"Ernst Wagner"}),
    ],
)
def test_a_person_beside_the_same_words_stays(analyzer: Analyzer, language: str, text: str, names: set[str]) -> None:
    [spans] = analyzer.analyze([text], language=language)
    for name in names:
        start = text.rindex(name)
        assert all(
            text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
        ), name
