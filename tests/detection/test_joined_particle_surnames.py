"""A found name widened over particles and a word the census list holds written as one word
(`name_spans._joined_surname`): "lo" + "bianco" is Lobianco, "de la" + "vega" Delavega. Controls: a
phrase the list does not hold, a word in another case than the found name. The sentences are
written here; the spans stand for the recognizers'."""

from __future__ import annotations

from proxy.detection.name_spans import completed
from proxy.detection.settings import Span
from tests.detection.helpers import at


def _names(text: str, found: list[str], language: str) -> list[str]:
    spans = [Span("PERSON", *at(text, word), 0.7, "GivenNameRecognizer") for word in found]
    return [text[s.start : s.end] for s in completed(text, spans, language) if s.entity == "PERSON"]


def test_a_lower_case_sicilian_surname_it() -> None:
    text = "domani passa rosalba lo bianco a ritirare la cornice"
    assert _names(text, ["rosalba"], "it") == ["rosalba lo bianco"]


def test_a_lower_case_surname_of_two_particles_es() -> None:
    text = "la reserva es de eulalia de la vega, dos personas"
    assert _names(text, ["eulalia"], "es") == ["eulalia de la vega"]


def test_a_capitalised_surname_of_two_particles_fr() -> None:
    text = "Le colis est pour Solenn de La Roche, merci"
    assert _names(text, ["Solenn"], "fr") == ["Solenn de La Roche"]


def test_a_phrase_the_list_does_not_hold_stays() -> None:
    text = "ho visto rosalba lo stesso giorno"
    assert _names(text, ["rosalba"], "it") == ["rosalba"]


def test_a_word_in_another_case_stays() -> None:
    text = "domani passa rosalba lo Bianco"
    assert _names(text, ["rosalba"], "it") == ["rosalba"]


def test_a_town_after_de_stays() -> None:
    text = "demandez à solenn de lille"
    assert _names(text, ["solenn"], "fr") == ["solenn"]
