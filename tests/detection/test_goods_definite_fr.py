"""French goods named with "le"/"la", their noun and a maker or a model ("la lampe Victoria", "le
service Juliette"), and goods nouns spelt like a stop word ("la tente Vaude": "tente" is also "tries"),
are no one (`model_things.apposed_to_goods` with `_fr_definite_goods`, `filters._determined_noun`); an
object pronoun before a verb, a person at a counter or in a firm, a child called "le petit …" and the
one thanked stay people. Sentences written here, not a set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.filters import _shop_talk
from proxy.detection.model_things import apposed_to_goods
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        "Vous avez encore la lampe Victoria en blanc ?",
        "Le service Juliette en faïence, il reste des bols ?",
        "La robe Charlotte en lin, vous l'avez en 38 ?",
    ],
)
def test_goods_after_a_definite_article_and_their_noun_are_no_one(analyzer: Analyzer, text: str) -> None:
    assert {e for e in found(analyzer, text, "fr") if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("le mixeur Solène en inox est arrivé ?", "Solène"),
        ("Je reprends la sole Meunière ce midi", "Meunière"),
    ],
)
def test_the_definite_shape_reads_goods(text: str, value: str) -> None:
    start = text.index(value)
    assert apposed_to_goods(text, start, start + len(value), "fr")


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
