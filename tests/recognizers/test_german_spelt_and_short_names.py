"""German names in the shapes of `bench.names_tune27` and `bench.names_tune29`, with other names:
a given name typed with its umlaut spelt out ("Ruediger") or without its Turkish letters ("Gonul"
for Gönül), a dialect short form said with an article ("der Franzl", "dem Michl"), a first name
that is a word elsewhere after the article opening the sentence and before a verb only people do
("Die Fini holt das Paket ab"), and the surname on a doorbell ("bitte bei aksoy klingeln"); and the
same shapes with no one in them."""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer, PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an umlaut spelt out, with no cue before the name
        ("Sueleyman holt es morgen ab", ["Sueleyman"]),
        ("Bitte an Ruediger Hoelzel schicken", ["Ruediger Hoelzel"]),
        ("Vielen Dank und Gruesse von Huelya", ["Huelya"]),  # "Gruesse" read as "grüsse", not a name
        # Turkish typed without ö, ü, ş, ç, ğ
        ("Kannst du das Paket Gonul mitgeben?", ["Gonul"]),
        # a dialect short form with its article
        ("Der Franzl holt das Paket ab", ["Franzl"]),
        ("Gib es bitte dem Michl", ["Michl"]),
        ("Die Vevi holt es morgen", ["Vevi"]),
        ("Der Tünn holt es ab", ["Tünn"]),
        ("der hansl kommt heut vorbei", ["hansl"]),
        # a name that is a word elsewhere, after the article opening the sentence, before a person's verb
        ("Die Fini holt das Paket ab", ["Fini"]),
        ("Der Marco fragt, ob es da ist", ["Marco"]),
        ("Die Lia wartet unten", ["Lia"]),
        ("Die Viola ruft später an", ["Viola"]),
        ("Die Stella kommt morgen vorbei", ["Stella"]),
    ],
)
def test_spelt_short_and_articled_german_names(text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language="de"), text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Das Muesli kommt morgen",
        "Haben Sie den Pulli in Gruen?",
        "Viele Gruesse aus dem Buero",
        "Hoi zäme, ist das Paket unterwegs?",  # a Swiss greeting
        "Die Stella ist leer",  # a beer: "ist" is said of things
        "Die Marina kommt in Blau",  # goods "come" in a colour
        "Die Vespa will nicht anspringen",
        "Die Gloria hat eine Delle",
        "Die Rose ist verwelkt",
    ],
)
def test_spelt_words_greetings_and_goods_name_no_one(text: str) -> None:
    assert found(GivenNameRecognizer(supported_language="de"), text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("bitte bei aksoy klingeln", ["aksoy"]),
        ("klingeln bei Demirci, danke", ["Demirci"]),
        ("bitte klingeln bei karaca.", ["karaca"]),
        ("Bitte bei Lindner klingeln", ["Lindner"]),
    ],
)
def test_the_surname_on_the_doorbell_is_a_person(text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language="de"), text) == names


@pytest.mark.parametrize(
    "text",
    [
        "bitte bei nachbarn klingeln",
        "Klingeln bei Ankunft.",
        "bitte klingeln bei lieferung",
        "Bitte klingeln bei Hermes, danke",
        "bitte bei dhl klingeln",
        "bitte bei der 3 klingeln",
    ],
)
def test_when_or_where_to_ring_names_no_one(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="de"), text) == []
