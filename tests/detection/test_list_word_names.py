"""Names a new writer's lists and forms hold beside a found name (`name_spans`): a first name no list
has, a comma away in a list of three or more (`_listed_unknown`); a listed first name that is also a
word or a town, as a list item or joined by a conjunction to a one-word name (`_word_name_item`); a
surname written in capitals before a found first name (`_capital_surname_before`). Controls: goods,
brands, everyday words and wishes in the same slots, a capitalised run, a text all in capitals. The
sentences are written here; the spans stand for the recognizers'."""

from __future__ import annotations

from proxy.detection.name_spans import completed
from proxy.detection.settings import Span
from tests.detection.helpers import at


def _names(text: str, found: list[str], language: str) -> list[str]:
    spans = [Span("PERSON", *at(text, word), 0.7, "GivenNameRecognizer") for word in found]
    return [text[s.start : s.end] for s in completed(text, spans, language) if s.entity == "PERSON"]


# a first name no list holds, in a list of three or more


def test_an_unknown_word_between_two_found_names() -> None:
    text = "Cena venerdì, veniamo Gavino, Tsegereda, Efisio e io"
    assert _names(text, ["Gavino", "Efisio"], "it") == ["Gavino", "Tsegereda", "Efisio"]


def test_an_unknown_word_before_a_listed_name() -> None:
    text = "Habrá Yurimar, Aitor, Begoña y yo en la mesa"
    assert _names(text, ["Aitor", "Begoña"], "es") == ["Yurimar", "Aitor", "Begoña"]


def test_an_unknown_word_beside_one_name_and_no_list_stays() -> None:
    text = "Merci Aurélie, Tsegereda"
    assert _names(text, ["Aurélie"], "fr") == ["Aurélie"]


def test_an_emoji_ends_the_item() -> None:
    text = "Nomi sulle tazze: Efisio, Gavino, Tsegereda 🎄 in oro"
    assert _names(text, ["Efisio", "Gavino"], "it") == ["Efisio", "Gavino", "Tsegereda"]


def test_an_unknown_word_the_clause_goes_on_from_stays() -> None:
    text = "Ordine 4417, Gavino Sanna, Rimborsone ancora niente"
    assert _names(text, ["Gavino Sanna"], "it") == ["Gavino Sanna"]


def test_a_german_compound_noun_in_the_list_stays() -> None:
    text = "Auf die Liste: Jana, Kaffeemaschine, Lukas und ich"
    assert _names(text, ["Jana", "Lukas"], "de") == ["Jana", "Lukas"]


def test_a_brand_or_everyday_word_in_the_list_stays() -> None:
    text = "Spesa per Gavino, Zalando, Efisio e io"
    assert _names(text, ["Gavino", "Efisio"], "it") == ["Gavino", "Efisio"]
    text = "Regalos: Aitor, Chocolate, Begoña y yo"
    assert _names(text, ["Aitor", "Begoña"], "es") == ["Aitor", "Begoña"]


# a listed first name that is also a word, beside a found name


def test_a_word_name_joined_to_a_one_word_name() -> None:
    text = "Immacolata e Gaetano del coro vengono domani"
    assert _names(text, ["Gaetano"], "it") == ["Immacolata", "Gaetano"]


def test_a_word_name_in_a_comma_list() -> None:
    text = "Tazas con nombre: Yurena, Inmaculada, Aitor, en azul"
    assert _names(text, ["Yurena", "Aitor"], "es") == ["Yurena", "Inmaculada", "Aitor"]


def test_a_wish_or_a_capitalised_run_after_the_conjunction_stays() -> None:
    text = "Grazie Gaetano e Serena giornata a tutti"
    assert _names(text, ["Gaetano"], "it") == ["Gaetano"]
    text = "Auguri Gaetano e Felice Anno Nuovo"
    assert _names(text, ["Gaetano"], "it") == ["Gaetano"]


def test_a_word_name_ending_a_capitalised_run_stays() -> None:
    text = "Passiamo da Santa Immacolata e Gaetano ci aspetta"
    assert _names(text, ["Gaetano"], "it") == ["Gaetano"]


def test_a_word_name_beside_a_full_name_needs_its_own_shape() -> None:
    text = "Serena e Gaetano Lombardo vengono domani"
    assert _names(text, ["Gaetano Lombardo"], "it") == ["Gaetano Lombardo"]


# a surname in capitals before a found first name


def test_a_capital_surname_before_a_first_name() -> None:
    text = "Iscrizione al corso: RUNGGALDIER Notburga, 9 anni"
    assert _names(text, ["Notburga"], "it") == ["RUNGGALDIER Notburga"]
    text = "Inscripción en judo: PUIG Roser, 8 años"
    assert _names(text, ["Roser"], "es") == ["PUIG Roser"]


def test_a_capital_surname_opened_by_a_particle() -> None:
    text = "Tessera del circolo: DE ZORZI Graziano, rinnovo annuale"
    assert _names(text, ["Graziano"], "it") == ["DE ZORZI Graziano"]


def test_capital_words_that_are_no_surname_stay() -> None:
    for text, word, language in (
        ("OFFERTA Giulia, ti aspettiamo", "Giulia", "it"),
        ("Ti mando il PDF Giulia", "Giulia", "it"),
        ("Pedido NIKE Marta ya pagado", "Marta", "es"),
        ("URGENTE Marta llámame", "Marta", "es"),
    ):
        assert _names(text, [word], language) == [word]


def test_a_text_all_in_capitals_is_not_read_so() -> None:
    text = "ISCRIZIONE AL CORSO: RUNGGALDIER NOTBURGA, 9 ANNI"
    assert _names(text, ["NOTBURGA"], "it") == ["NOTBURGA"]
