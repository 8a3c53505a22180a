"""Who picks up or pays, named after the verb in Italian chat (`name_words.PAYER_CUES`: "Ritira
Tindaro domani", "il bonifico l'ha fatto Immacolata"), capitalised or in a text typed all in lower
case, a first name given often that a town also bears among them ("Ritira Carmelo"); with the same
verbs before a carrier, an app, a feast, a time, a town or a thing, which name no one.
Sentences written here in the shapes of `bench.names_tune28`, with other names."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ritira Calogera domani pomeriggio", ["Calogera"]),
        ("Passa Gonario a ritirare verso le 18", ["Gonario"]),
        ("Lo ritira Rosalba, ha già la ricevuta", ["Rosalba"]),
        ("Il bonifico l'ha fatto Sisinnio stamattina", ["Sisinnio"]),
        ("L'ordine l'ha fatto Xhuljana, è a suo nome", ["Xhuljana"]),
        ("Oggi passa Vituccio a prendere il pacco", ["Vituccio"]),
        ("Ha pagato Shahidul ieri sera", ["Shahidul"]),
        ("ritira agatino domani", ["agatino"]),
        ("lo ritira bachisio stasera", ["bachisio"]),
        ("passa sisinnio verso le sei", ["sisinnio"]),
        ("Ritira Carmelo domani pomeriggio", ["Carmelo"]),
        ("passa florin verso le sei", ["florin"]),
        ("Paga Ivo alla consegna", ["Ivo"]),
    ],
)
def test_a_collector_or_payer_after_the_italian_verb_is_a_person(text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language="it"), text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Ritira Bartolini domani?",
        "Lo ritira Poste Italiane",
        "Lo ritira GLS, ha già l'etichetta",
        "Passa Glovo a prendere l'ordine",
        "Paga Satispay?",
        "Ha pagato PayPal ieri sera",
        "Passa Ferragosto e riaprite?",
        "Passa Natale e il pacco non è arrivato",
        "Passa Milano il furgone?",
        "Consegnare a Gela",
        "Passa domani verso le sei",
        "Il bonifico l'ha fatto l'ufficio stamattina",
        "passa il corriere a prendere il pacco",
        "lo ritira poste",
        "passa bartolini oggi?",
    ],
)
def test_the_same_verbs_before_a_thing_name_no_one(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="it"), text) == []
