"""French goods nouns spelt like a stop word ("la tente Vaude": "tente" is also "tries") are read as
nouns after a determiner (`filters._determined_noun`), and a name after French "le"/"la" and a noun
is not read as goods (`model_things.apposed_to_goods`: the definite shape was tried and taken back,
since a person follows it as often: an object pronoun before a verb, a person at a counter or in a
firm, a child called "le petit …", the one thanked). Sentences written here, not a set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.filters import _shop_talk
from proxy.detection.model_things import apposed_to_goods
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("le mixeur Solène en inox est arrivé ?", "Solène"),
        ("Je reprends la sole Meunière ce midi", "Meunière"),
    ],
)
def test_a_definite_article_and_its_noun_do_not_make_goods(text: str, value: str) -> None:
    start = text.index(value)
    assert not apposed_to_goods(text, start, start + len(value), "fr")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tu la prends Julie ou pas ?", "Julie"),  # an object pronoun after a subject
        ("On peut la garder Paulette et moi ?", "Paulette"),  # before an infinitive
        ("Merci pour la patience Julie, à bientôt", "Julie"),  # the one thanked
        ("la caisse Mathilde m'a rendu trop de monnaie", "Mathilde"),  # a person at a counter
        ("Voyez avec la société Marchetti pour la facture", "Marchetti"),
        ("le petit Arthur a adoré la piscine", "Arthur"),
        ("voyez avec le témoin Gaspard pour les alliances", "Gaspard"),
    ],
)
def test_a_person_after_a_definite_article_stays(text: str, value: str) -> None:
    start = text.index(value)
    assert not apposed_to_goods(text, start, start + len(value), "fr")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ma tente Vaude a un arceau cassé, vous réparez ?", "Vaude"),
        ("Vous avez encore la tente Marechal deux places ?", "Marechal"),
        ("Cette tente Jamet prend l'eau au sol", "Jamet"),
    ],
)
def test_a_goods_noun_spelt_like_a_stop_word_reads_after_a_determiner(text: str, value: str) -> None:
    start = text.index(value)
    assert _shop_talk(text, start, start + len(value), "fr", "PERSON")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il tente Marechal depuis hier sans réponse", "Marechal"),
        ("On tente plus Jamet, il ne répond jamais", "Jamet"),
    ],
)
def test_a_verb_spelt_like_a_goods_noun_is_no_goods_noun(text: str, value: str) -> None:
    start = text.index(value)
    assert not _shop_talk(text, start, start + len(value), "fr", "PERSON")


@pytest.mark.parametrize("text", ["Il tente Marie depuis hier sans réponse", "On tente Lucas demain pour le devis"])
def test_a_verb_spelt_like_a_goods_noun_leaves_the_person(analyzer: Analyzer, text: str) -> None:
    assert any(e[0] == "PERSON" for e in found(analyzer, text, "fr"))
