"""A maiden name after the word for "born" (`surname_said.BORN_AS`: "…, born Okafor", "geb. Quast",
"nascida Tchipa") and a form label that says whose name it asks for before its colon
(`surname_said.OF_WHOM`: "Nachname des Kindes: Brankovic", "Sobrenome do aluno: Tchipa"). Controls: a
place or a day after "born" in a sentence, a lower-case word, no name or comma before the word for born,
a label that asks for a thing's name ("Nombre del producto:"). Sentences written here, none taken from a set."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Translation of the marriage record for Ada Mensah, born Okafor", "Okafor"),
        ("en", "Marriage record: Ada Mensah née Okafor, 1987", "Okafor"),
        ("de", "Heiratsurkunde für Lotte Brankovic, geborene Quast", "Quast"),
        ("de", "Lotte Brankovic geb. Quast hat angerufen", "Quast"),
        ("pt", "Certidão de casamento de Benedita Rocha, nascida Tchipa", "Tchipa"),
        ("it", "Maria Rossi, nata Pittaluga, ha chiamato", "Pittaluga"),
    ],
)
def test_maiden_name_after_born(language: str, text: str, name: str) -> None:
    assert name in found(PersonNameRecognizer(supported_language=language), text, min_score=0.5)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I was born Catholic but I eat anything"),
        ("en", "my son, born Tuesday, is doing well"),
        ("de", "die geborene Berlinerin kommt morgen"),
        ("de", "er ist geboren am 3. Mai"),
        ("pt", "ela é nascida em Lisboa"),
        ("it", "è nata a settembre, sta bene"),
    ],
)
def test_no_maiden_name(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "Anmeldung Schwimmkurs\nNachname des Kindes: Brankovic\nAlter: 7", "Brankovic"),
        ("pt", "Inscrição\nSobrenome do aluno: Tchipa\nIdade: 9", "Tchipa"),
        ("it", "Iscrizione\nCognome del bambino: Pittaluga\nEtà: 6", "Pittaluga"),
        ("en", "Sign-up\nSurname of the child: Okonjo\nAge: 5", "Okonjo"),
    ],
)
def test_label_says_whose_name(language: str, text: str, name: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == [name]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Name der Datei: rechnung_04.pdf"),
        ("pt", "Nome do produto: caneca azul"),
        ("es", "Nombre del producto: Mesa Roble Natural"),
        ("es", "Nombre de la reserva: Cena de Empresa"),
        ("fr", "Nom du produit : Crème Hydratante Visage"),
    ],
)
def test_label_of_a_thing(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == []
