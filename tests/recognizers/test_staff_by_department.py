"""Staff named by their department or desk (`verb_slots`): English "to X in accounts", "tell X from
accounts"; German "an X in der Buchhaltung", "an X am Empfang", "über X an der Kasse"; Portuguese "X no
financeiro", "pelo X na receção", "o X da cozinha". Controls: a thing or a noun in the name's place, a
department with no one before it, German nouns before the desk with no word that hands or asks. Sentences
written here, none taken from a set."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "deliver the box to Quashie in accounts please", ["Quashie"]),
        ("en", "Tell Ruszczyk from accounts the transfer went through", ["Ruszczyk"]),
        ("de", "Zustellung an Rasmussen in der Buchhaltung", ["Rasmussen"]),
        ("de", "bitte nur an Zdenka am Empfang abgeben", ["Zdenka"]),
        ("de", "ich will mich über quirin an der kasse beschweren", ["quirin"]),
        ("pt", "entrega para Tchipa no financeiro", ["Tchipa"]),
        ("pt", "perguntem pelo Tchipa na receção", ["Tchipa"]),
        ("pt", "assina o Tchipa da cozinha", ["Tchipa"]),
    ],
)
def test_staff_by_department(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Invoice from accounts attached"),
        ("en", "I spoke to someone in accounts"),
        ("en", "forward it to the team in accounts"),
        ("de", "Bonbons an der Kasse gekauft"),
        ("de", "Ich bezahle mit Karte an der Kasse"),
        ("de", "Ich arbeite in der Buchhaltung"),
        ("pt", "deixei a chave na receção"),
        ("pt", "a fatura do financeiro chegou"),
        ("pt", "Entreguem na portaria, por favor"),
        ("pt", "Os alunos têm desconto em Adidas na receção?"),
        ("de", "Ist der Hustensaft in der Apotheke am Markt wieder da?"),
    ],
)
def test_no_one_in_the_department(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == []
