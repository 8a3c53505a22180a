"""A list item between two found names is a name (`list_between`), where the item alone does not read
as one to `name_spans`: a first name that is also an everyday word, a name in lower case with a
surname that is a word, in capitals. Controls: what a list of people holds besides people (a
pronoun, kin, a brand, an everyday word no one is called, a German noun), two runs with different
separators, a word written in another case than its neighbours, one found name only. The sentences
are written here; the spans stand for the recognizers'."""

from __future__ import annotations

from proxy.detection.name_spans import completed
from proxy.detection.settings import Span
from tests.detection.helpers import at


def _names(text: str, found: list[str], language: str) -> list[str]:
    spans = [Span("PERSON", *at(text, word), 0.7, "GivenNameRecognizer") for word in found]
    return [text[s.start : s.end] for s in completed(text, spans, language) if s.entity == "PERSON"]


def test_a_name_that_is_a_word_between_two_names_in_capitals() -> None:
    text = "MESA PARA CUATRO: AINHOA, REMEDIOS Y LEIRE ZUBIRI"
    assert _names(text, ["AINHOA", "LEIRE ZUBIRI"], "es") == ["AINHOA", "REMEDIOS", "LEIRE ZUBIRI"]


def test_a_lower_case_name_with_particles_between_slashes() -> None:
    text = "invitados boda: iker soto / wander de los santos / nerea gil"
    assert _names(text, ["iker soto", "nerea gil"], "es") == ["iker soto", "wander de los santos", "nerea gil"]


def test_a_lower_case_word_name_before_the_last_conjunction() -> None:
    text = "swimming lesson at 4: oluwadamilare, kimberley and rhiannon"
    assert _names(text, ["oluwadamilare", "rhiannon"], "en") == ["oluwadamilare", "kimberley", "rhiannon"]


def test_a_capitalised_saints_word_between_two_names() -> None:
    text = "Segnaposto per il pranzo: Nives, Santo, Oriana"
    assert _names(text, ["Nives", "Oriana"], "it") == ["Nives", "Santo", "Oriana"]


def test_what_a_list_holds_besides_people_stays() -> None:
    assert _names("Somos Aitana, mamá y Leire", ["Aitana", "Leire"], "es") == ["Aitana", "Leire"]
    assert _names("Somos Aitana, todos y Leire", ["Aitana", "Leire"], "es") == ["Aitana", "Leire"]
    assert _names("Pedidos de Aitana, Zalando y Leire", ["Aitana", "Leire"], "es") == ["Aitana", "Leire"]
    assert _names("Para Aitana, Mermelada y Leire", ["Aitana", "Leire"], "es") == ["Aitana", "Leire"]
    assert _names("Für Jana, Gartenschlauch, Lukas", ["Jana", "Lukas"], "de") == ["Jana", "Lukas"]


def test_two_runs_with_different_separators_stay() -> None:
    text = "turnos: aitana ruiz / remedios, leire gil"
    assert _names(text, ["aitana ruiz", "leire gil"], "es") == ["aitana ruiz", "leire gil"]


def test_a_word_in_another_case_than_its_neighbours_stays() -> None:
    text = "Hoy vienen Aitana, remedios, Leire"
    assert _names(text, ["Aitana", "Leire"], "es") == ["Aitana", "Leire"]


def test_one_found_name_alone_adds_nothing() -> None:
    text = "AINHOA, REMEDIOS Y POMADA"
    assert _names(text, ["AINHOA"], "es") == ["AINHOA"]


def test_two_word_names_between_two_names_in_lower_case() -> None:
    text = "schwimmkurs um 4: sönke, frieda, till und hauke"
    assert _names(text, ["sönke", "hauke"], "de") == ["sönke", "frieda", "till", "hauke"]


def test_one_item_of_no_name_shape_leaves_the_whole_run() -> None:
    text = "schwimmkurs um 4: sönke, frieda, handtuch und hauke"
    assert _names(text, ["sönke", "hauke"], "de") == ["sönke", "hauke"]
