"""Names typed into a form's fields: first-name and surname labels, fields side by side, any case.

A customer copying a delivery form into chat writes "Cognome: Sechi" or "Vorname: Lorenz,
Nachname: Gruber". Before these rules only "Nome:" and "Name:" opened a name, only at a line's
opening, and only capitalised: the surname, the second field of a line and a lower-case value
went to the CRM in clear.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import found, settings


@pytest.fixture(scope="module")
def rules() -> Analyzer:
    """Rules only, every language: the fields are read without any model."""
    languages = ("en", "fr", "it", "pt", "es", "de")
    return build_analyzer(settings(models={}, languages=languages, default_language="en"))


NAMES = [
    # surname and first-name labels, each on its own line
    ("it", "Nome: Gavino\nCognome: Sechi\nIndirizzo: via Roma 3", ("Gavino", "Sechi")),
    ("en", "First name: Callum\nLast name: Fraser", ("Callum", "Fraser")),
    ("en", "Surname: Oyelaran-Bright", ("Oyelaran-Bright",)),
    ("pt", "Primeiro nome: Kenji\nSobrenome: Nakamura", ("Kenji", "Nakamura")),
    ("pt", "Apelido: Figueiredo", ("Figueiredo",)),
    ("es", "Apellidos: Quispe Huamán", ("Quispe Huamán",)),
    ("de", "Vorname: Lorenz\nFamilienname: Gruber", ("Lorenz", "Gruber")),
    ("fr", "Nom de famille : Kervella", ("Kervella",)),
    # fields side by side on one line: after a comma, a slash, a bar or a semicolon
    ("de", "Vorname: Lorenz, Nachname: Gruber", ("Lorenz", "Gruber")),
    ("fr", "Prénom : Gwenaël / Nom : Le Goff", ("Gwenaël", "Le Goff")),
    ("en", "First name: Callum | Last name: Fraser", ("Callum", "Fraser")),
    ("es", "Nombre: Ximena; Apellidos: De la Fuente", ("Ximena", "De la Fuente")),
    # a field's value in lower case, even a surname that is also a word ("rossi": red)
    ("it", "Cognome: rossi, nome: mario", ("rossi", "mario")),
    ("en", "Surname: smith", ("smith",)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "names"), NAMES)
def test_a_form_field_holds_a_name(rules: Analyzer, language: str, text: str, names: tuple[str, ...]) -> None:
    spans = found(rules, text, language)
    assert {("PERSON", name) for name in names} <= spans


CLEAN = [
    ("en", "Surname: unknown"),
    ("en", "First name: n/a"),
    ("it", "Nome: non lo so ancora"),
    ("de", "Name: die Lieferung kam nicht"),
    ("en", "Size: M, name: printed on the back"),
    ("it", "Taglia: M, colore: rosso"),
    ("es", "Talla: 42, color: negro"),
    # a role label is no name field: its lower-case value is read as before
    ("en", "Contact: number on the order"),
    ("it", "Referente: telefono nell'ordine"),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_a_field_with_no_name_in_it(rules: Analyzer, language: str, text: str) -> None:
    assert {e for e, _ in found(rules, text, language) if e == "PERSON"} == set()
