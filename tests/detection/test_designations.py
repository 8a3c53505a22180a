"""A wine or a cheese named after its town, said as the product (`appellations.designation`), is no
one and no place; the same town after a place preposition, a person beside it, and a first name that
is also a cheese's qualifier stay tokenised."""

from __future__ import annotations

import pytest

from proxy.detection.appellations import _DESIGNATIONS, designation
from proxy.detection.detector import Analyzer, Span
from proxy.detection.filters import settle
from recognizers.given_name_recognizer import gazetteer
from recognizers.surname_pairs import surname
from tests.detection.helpers import at, found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Is there a tasting with Sancerre and Chablis next month?"),
        ("fr", "Plutôt Meursault ou Pommard avec le chapon ?"),
        ("it", "Nel cesto mettete Montasio e Pecorino Romano, grazie"),
        ("pt", "Para a ceia queria Comté e Gruyère, têm?"),
    ],
)
def test_a_designation_said_as_the_product_is_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # the town where the writer is or lives: a place preposition before it
        ("fr", "On passe le week-end à Chablis, vous livrez là-bas ?", ("LOCATION", "Chablis")),
        ("en", "We live in Caerphilly, can you deliver on Friday?", ("LOCATION", "Caerphilly")),
        # a person in the same message as a cheese
        ("it", "Il mio collega Romano passa a ritirare il Montasio", ("PERSON", "Romano")),
    ],
)
def test_a_place_or_a_person_beside_a_designation_stays(
    analyzer: Analyzer, language: str, text: str, kept: tuple[str, str]
) -> None:
    assert kept in found(analyzer, text, language)


@pytest.mark.parametrize(
    ("text", "value", "product"),
    [
        ("Wine tasting with Chablis on Friday", "Chablis", True),
        ("un plateau avec Reblochon, Comté et Morbier", "Reblochon, Comté et Morbier", True),
        ("vorrei Parmigiano Reggiano stagionato", "Parmigiano Reggiano", True),
        ("Weinprobe mit Riesling Spätlese", "Riesling Spätlese", True),
        # a qualifier counts only after a designation: "Romano", "Sardo" alone are people's names
        ("ho chiesto a Romano", "Romano", False),
        ("Pecorino? chiedi a Sardo", "Sardo", False),
        # a word that is no designation in the span: someone named after the cheese
        ("Champagne Dubois a appelé", "Champagne Dubois", False),
        # a place preposition before it, in each language
        ("je vis à Chablis", "Chablis", False),
        ("siamo in Franciacorta", "Franciacorta", False),
        ("vamos para Priorat", "Priorat", False),
        ("wir fahren nach Champagne", "Champagne", False),
        ("the cousins from Cheddar", "Cheddar", False),
        ("moradia em Gorgonzola", "Gorgonzola", False),
        # a town that is also a surname or a first name is not listed
        ("Envío a Jerez", "Jerez", False),
        ("Brunello ha chiamato", "Brunello", False),
    ],
)
def test_designation(text: str, value: str, product: bool) -> None:
    assert designation(text, *at(text, value)) is product


@pytest.mark.parametrize(
    ("entity", "recognizer", "all_places", "dropped"),
    [
        ("PERSON", "SpacyRecognizer", False, True),
        ("LOCATION", "PlaceRecognizer", False, True),
        # `places: all` keeps every place reading; a person reading of the cheese still goes
        ("PERSON", "SpacyRecognizer", True, True),
        ("LOCATION", "PlaceRecognizer", True, False),
    ],
)
def test_settle_drops_a_designation_unless_every_place_is_kept(
    entity: str, recognizer: str, all_places: bool, dropped: bool
) -> None:
    text = "For the board: Caerphilly and a blue, please"
    span = Span(entity, *at(text, "Caerphilly"), 0.85, recognizer)
    kept = settle(text, [span], "en", ner_filter=False, all_places=all_places)
    assert (kept == []) is dropped


def test_no_designation_is_a_first_name_or_a_surname() -> None:
    """A listed designation is dropped wherever it stands outside a place preposition: none may be a
    listed first name (of any popularity) or a census surname, or a person so named would be in clear."""
    popularity = gazetteer().popularity
    named = sorted(d for d in _DESIGNATIONS if popularity.get(d) or surname(d))
    assert named == []
