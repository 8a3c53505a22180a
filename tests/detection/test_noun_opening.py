"""A noun opening a model's run of capitalised words is no one (`proxy.detection.noun_opening`), as
its two callers ask it: a trusted it/es/pt/de model span of several words opening a sentence
(`trusted_persons.trusted_person`: "Degustazione Barolo a febbraio"), and a French model span of one
word or several opening one (`opening_word.opening_thing`: "Tatouage sans rdv", "Dégustation Barolo
en mai"); with names opening the same sentences as controls. The names are made up."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Span
from proxy.detection.filters import settle
from proxy.detection.noun_opening import noun_opens
from proxy.detection.opening_word import opening_thing
from proxy.detection.trusted_persons import trusted_person
from tests.detection.helpers import at

NER = "SpacyRecognizer"
CUES = "PersonNameRecognizer"


@pytest.mark.parametrize(
    ("language", "text", "words", "kept"),
    [
        ("it", "Degustazione Barolo a febbraio, ci sono ancora posti?", "Degustazione Barolo", False),
        ("it", "Sanificazione Ozonix a domicilio, quanto costa?", "Sanificazione Ozonix", False),
        ("pt", "Higienização Sofaclean de sofá, fazem ao sábado?", "Higienização Sofaclean", False),
        ("it", "Tsegai Okonkwo qui, il pacco è arrivato?", "Tsegai Okonkwo", True),
        ("pt", "Kalunga Muteka ainda trabalha aí?", "Kalunga Muteka", True),
    ],
)
def test_a_trusted_run_opened_by_a_noun(language: str, text: str, words: str, kept: bool) -> None:
    assert trusted_person(text, *at(text, words), language) is kept


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
    ("language", "text", "words", "noun"),
    [
        # the trusted languages share every noun ending: a message mixes them
        ("es", "Reparación Smartfix a domicilio, ¿cuánto cuesta?", ["reparación", "smartfix"], True),
        ("de", "Terminvereinbarung Hautarztpraxis bitte bis Freitag", ["terminvereinbarung", "hautarztpraxis"], True),
        ("it", "Reservation Ozonix a domicilio", ["reservation", "ozonix"], True),
        # a listed first name with a noun's ending, a short word, no noun's ending
        ("es", "Concepción Vidal pagó la señal", ["concepción", "vidal"], False),
        ("pt", "Conceição Moura pagou em dinheiro", ["conceição", "moura"], False),
        ("de", "Kunde Meier wartet", ["kunde", "meier"], False),
        ("it", "Tsegai Okonkwo qui", ["tsegai", "okonkwo"], False),
        # French: an everyday word, the run guarded; a language with no data
        ("fr", "Dégustation Barolo en mai", ["dégustation", "barolo"], True),
        ("fr", "Dégustation Barolo", ["dégustation", "barolo"], False),
        ("fr", "Inscription Léa Kerbrat pour le stage", ["inscription", "léa", "kerbrat"], False),
        ("en", "Reservation Smartfix for two", ["reservation", "smartfix"], False),
    ],
)
def test_the_noun_by_language(language: str, text: str, words: list[str], noun: bool) -> None:
    assert noun_opens(text, len(" ".join(words)), words, language) is noun
