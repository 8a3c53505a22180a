"""Two people in one "for" slot (`one_slot`): the run joined by a conjunction to a found name after
Italian "per", Spanish "para" or French "pour" is a name too, where `name_spans` alone leaves it (a
case other than the found name's, a surname that is also a word, a name no list holds). Controls: a
pronoun, a thing, a place, a frequent word, no found name, a language without the rule. The
sentences are written here; the spans stand for the recognizers'."""

from __future__ import annotations

from proxy.detection import one_slot
from proxy.detection.name_spans import completed
from proxy.detection.settings import Span
from tests.detection.helpers import at


def _names(text: str, found: list[str], language: str) -> list[str]:
    spans = [Span("PERSON", *at(text, word), 0.7, "GivenNameRecognizer") for word in found]
    return [text[s.start : s.end] for s in completed(text, spans, language) if s.entity == "PERSON"]


def test_a_lower_case_name_before_a_capitalised_one_it() -> None:
    text = "una doppia per ornella picciau e Tommaso Vianello, arriviamo alle nove"
    assert _names(text, ["Tommaso Vianello"], "it") == ["ornella picciau", "Tommaso Vianello"]


def test_a_lower_case_name_before_a_capitalised_one_es() -> None:
    text = "mesa para milagros ibarguen y Nicanor Cienfuegos el viernes"
    assert _names(text, ["Nicanor Cienfuegos"], "es") == ["milagros ibarguen", "Nicanor Cienfuegos"]


def test_the_preposition_said_again_with_a_word_surname() -> None:
    text = "¿Las fotos son para Cordero o para Leonor Gaztelu? no me acuerdo"
    assert _names(text, ["Leonor Gaztelu"], "es") == ["Cordero", "Leonor Gaztelu"]


def test_the_second_person_after_one_and_the_preposition_it() -> None:
    text = "Una busta per Ottavia Brusco e una per Quirino Zabeo"
    assert _names(text, ["Ottavia Brusco"], "it") == ["Ottavia Brusco", "Quirino Zabeo"]


def test_the_second_person_after_the_found_one_fr() -> None:
    text = "deux places pour Maëlys Kerjean et goulven tanguy, merci"
    assert _names(text, ["Maëlys Kerjean"], "fr") == ["Maëlys Kerjean", "goulven tanguy"]


def test_a_pronoun_a_thing_a_place_a_frequent_word_stay() -> None:
    assert _names("prenota per me e Ottavia Brusco", ["Ottavia Brusco"], "it") == ["Ottavia Brusco"]
    assert _names("un regalo per Milano e per Ottavia Brusco", ["Ottavia Brusco"], "it") == ["Ottavia Brusco"]
    assert _names("para mañana y para Leonor Gaztelu", ["Leonor Gaztelu"], "es") == ["Leonor Gaztelu"]
    assert _names("un bouquet pour la fête et pour Maëlys Kerjean", ["Maëlys Kerjean"], "fr") == ["Maëlys Kerjean"]


def test_no_found_name_no_change() -> None:
    text = "per ornella picciau e tommaso vianello"
    assert one_slot.paired(text, [], "it") == []


def test_another_language_has_no_slot() -> None:
    text = "für lotte brünning und Tammo Weskamp"
    assert _names(text, ["Tammo Weskamp"], "de") == ["Tammo Weskamp"]


def test_one_more_without_the_preposition_is_goods() -> None:
    text = "Una Capricciosa per Ottavia Brusco e una Diavola"
    assert _names(text, ["Ottavia Brusco"], "it") == ["Ottavia Brusco"]
