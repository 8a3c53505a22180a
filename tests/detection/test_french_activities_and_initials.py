"""French model spans on a sentence's first word that is a noun of an activity or a service by its
ending ("Planning yoga de mars", "Karting pour 8", "Tatouage sans rdv": `proxy.detection.opening_word`),
with surnames and first names opening the same sentences as controls; and a French name read after
"M." taking the "M." in, as an initial is (`proxy.detection.name_spans`). The names are made up."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, Span
from proxy.detection.filters import settle
from proxy.detection.opening_word import opening_thing
from tests.detection.helpers import at, found

NER = "SpacyRecognizer"
CUES = "PersonNameRecognizer"


@pytest.mark.parametrize(
    ("text", "value", "entity", "thing"),
    [
        # a noun of an activity or a service by its ending, a clause going on in lower case
        ("Planning yoga de novembre svp, le studio rue Nationale", "Planning", "LOCATION", True),
        ("Karting pour 8 mardi, vous avez les karts enfants", "Karting", "LOCATION", True),
        ("Tatouage sans rdv le mercredi ? juste un petit truc", "Tatouage", "LOCATION", True),
        ("Bonjour. Camping pour 4 en août, il reste de la place ?", "Camping", "LOCATION", True),
        ("Massage pour deux samedi, c'est possible ?", "Massage", "PERSON", True),
        ("Réparation écran pour un Pixel, quel délai ?", "Réparation", "PERSON", True),
        ("Abonnement annuel, c'est combien ?", "Abonnement", "LOCATION", True),
        # controls: surnames and first names opening the same sentences
        ("Fontaine pour 8 mardi, vous avez de la place ?", "Fontaine", "PERSON", False),
        ("Mercier sans rdv le mercredi ?", "Mercier", "PERSON", False),
        ("Couture pour samedi svp", "Couture", "PERSON", False),
        ("Manning pour 8 mardi, c'est noté ?", "Manning", "PERSON", False),
        ("Fleming sans rdv le mercredi ?", "Fleming", "PERSON", False),
        ("Armitage pour la commande de mardi", "Armitage", "PERSON", False),
        ("Lepage pour 8 mardi", "Lepage", "PERSON", False),
        ("Clément pour la commande de mardi", "Clément", "PERSON", False),
        # a short word, no clause after it, not a sentence's start, after "M."
        ("Garage pour jeudi ?", "Garage", "LOCATION", False),
        ("Planning", "Planning", "LOCATION", False),
        ("Planning Yoga de mars", "Planning", "LOCATION", False),
        ("le studio Planning yoga de mars", "Planning", "LOCATION", False),
        ("Rendez-vous avec M. Karting pour 8", "Karting", "PERSON", False),
    ],
)
def test_an_activity_opening_a_sentence(text: str, value: str, entity: str, thing: bool) -> None:
    assert opening_thing(text, Span(entity, *at(text, value), 0.85, NER), "fr", []) is thing


def test_an_activity_under_a_name_rule_stays() -> None:
    text = "Karting pour 8 mardi"
    span = Span("PERSON", *at(text, "Karting"), 0.85, NER)
    assert not opening_thing(text, span, "fr", [Span("PERSON", *at(text, "Karting"), 0.9, CUES)])
    assert not opening_thing(text, span, "en", [])


@pytest.mark.parametrize(
    ("text", "value", "dropped"),
    [
        ("Karting pour 8 mardi, vous avez les karts enfants", "Karting", True),
        ("Fontaine pour 8 mardi, vous avez de la place ?", "Fontaine", False),
    ],
)
def test_settle_drops_an_activity(text: str, value: str, dropped: bool) -> None:
    span = Span("LOCATION", *at(text, value), 0.85, NER)
    assert (settle(text, [span], "fr", ner_filter=True) == []) is dropped


@pytest.mark.parametrize(
    ("text", "value", "thing"),
    [
        # a run the model reads whole, opening with a noun of an activity: the thing it is done to
        ("Dégustation Barolo en mai, il reste des places ?", "Dégustation Barolo", True),
        ("Dégustation Prosecco Valdobbiadene en juin ?", "Dégustation Prosecco Valdobbiadene", True),
        ("Réparation Fairphone sans rdv, c'est possible ?", "Réparation Fairphone", True),
        # controls: a listed first name or a census surname after it, no clause, not a sentence's start
        ("Inscription Léa Kerbrat pour le stage de mars", "Inscription Léa Kerbrat", False),
        ("Inscription Dubois Kerjean pour le stage de mars", "Inscription Dubois Kerjean", False),
        ("Dégustation Barolo", "Dégustation Barolo", False),
        ("Dégustation Barolo, Nebbiolo en mai", "Dégustation Barolo", False),
        ("la cave Dégustation Barolo en mai", "Dégustation Barolo", False),
    ],
)
def test_an_activity_opening_a_run(text: str, value: str, thing: bool) -> None:
    assert opening_thing(text, Span("PERSON", *at(text, value), 0.85, NER), "fr", []) is thing


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Réclamation contre le chauffeur M. Tiendrebeogo, il a laissé le frigo dehors", "M. Tiendrebeogo"),
        ("Le gagnant de la tombola c'est M. Ouattara, vous envoyez le panier ?", "M. Ouattara"),
        ("À l'attention de M. Kerbrat, service compta", "M. Kerbrat"),
    ],
)
def test_a_french_name_takes_its_m_in(analyzer: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in found(analyzer, text, "fr")
