"""A list item the model read as a person is a name beside a found one (`name_spans._proposed_item`):
a first name no list holds, or one that is also a word or a town, in a list of names. Controls: the
model's reading outside a list, a list with no found name, a lower-case word, a stop word. The
sentences are written here; the spans stand for the recognizers' and the model's."""

from __future__ import annotations

from proxy.detection.name_spans import completed
from proxy.detection.settings import Span


def _at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def _names(text: str, found: list[str], proposed: list[str], language: str) -> list[str]:
    spans = [Span("PERSON", *_at(text, word), 0.7, "GivenNameRecognizer") for word in found]
    modelled = frozenset(_at(text, word) for word in proposed)
    return [text[s.start : s.end] for s in completed(text, spans, language, modelled) if s.entity == "PERSON"]


def test_an_unlisted_first_item_beside_found_names() -> None:
    text = "Nomi sui segnaposto: Bonaria, Gavino, Efisio 🎄 grazie"
    assert _names(text, ["Gavino", "Efisio"], ["Bonaria"], "it") == ["Bonaria", "Gavino", "Efisio"]


def test_a_name_that_is_a_word_before_the_conjunction() -> None:
    text = "Cumpleaños el sábado: Lucía, Rocío, Consuelo y Marta, todos de 7 años"
    assert _names(text, ["Lucía", "Rocío", "Marta"], ["Consuelo"], "es") == ["Lucía", "Rocío", "Consuelo", "Marta"]


def test_a_town_name_last_after_the_conjunction() -> None:
    text = "Festa sábado às 15h: Caetano, Aristides e Tupã, todos com 6 anos"
    assert _names(text, ["Caetano", "Aristides"], ["Tupã"], "pt") == ["Caetano", "Aristides", "Tupã"]


def test_no_model_reading_no_change() -> None:
    # a word of the lists' stays without the model; one no list holds is read from the list alone
    # (`_listed_unknown`, tests/detection/test_list_word_names.py)
    text = "Nomi sui segnaposto: Tavolo, Gavino, Efisio 🎄 grazie"
    assert _names(text, ["Gavino", "Efisio"], [], "it") == ["Gavino", "Efisio"]


def test_the_model_alone_outside_a_list() -> None:
    text = "Ho parlato con Gavino. Bonaria arriva dopo"
    assert _names(text, ["Gavino"], ["Bonaria"], "it") == ["Gavino"]


def test_a_lower_case_or_stop_word_item_stays() -> None:
    text = "Festa sabato: Gavino, tutti e Efisio"
    assert _names(text, ["Gavino", "Efisio"], ["tutti"], "it") == ["Gavino", "Efisio"]
    text = "Festa sabato: Gavino, Con, Efisio"
    assert _names(text, ["Gavino", "Efisio"], ["Con"], "it") == ["Gavino", "Efisio"]


def test_the_models_reading_never_takes_an_item_away() -> None:
    # "names Usman, Ngaio, Tipene": the list's own reading takes "Ngaio" after "Usman" (a comma, no
    # conjunction, no list before it); the model reading it too must not make it less of a name
    text = "Table for 4 please, names Usman, Ngaio, Tipene and me"
    assert _names(text, ["Usman"], [], "en") == ["Usman", "Ngaio", "Tipene"]
    assert _names(text, ["Usman"], ["Ngaio", "Tipene"], "en") == ["Usman", "Ngaio", "Tipene"]
