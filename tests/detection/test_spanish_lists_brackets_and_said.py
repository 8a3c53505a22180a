"""Spanish names listed with "y yo", signed with a relative alone in brackets ("Candelaria (mamá)"),
said with who they are and no comma ("Eréndira la de al lado"), and a surname that is a month
("Ovidio Mayo"); and their look-alikes in the same words that name no one. Sentences in the shapes of
the retired heldout14 set, with other names."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, "es") if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a list with "y yo" ending the clause, or before a verb of "we"
        ("Tranquilos, Yamileidy y yo reservamos la mesa de siempre", {"Yamileidy"}),
        ("Mesa para 8 el viernes, vamos Yeudy, Marlenis, Osmany y yo con los niños", {"Yeudy", "Marlenis", "Osmany"}),
        # a relative alone in brackets after the name that signs the message
        ("Aday no va a clase hoy, tiene fiebre. ¡Perdón! Yurena (mamá)", {"Yurena"}),
        ("Mañana no viene al entrenamiento, tiene fiebre. ¡Perdón! Yoandri (papá)", {"Yoandri"}),
        # who they are right after the name, no comma
        ("¿Podéis venir a las 4? Yuleisy la chica de la limpieza se va a esa hora", {"Yuleisy"}),
        # a surname that is a month, after a first name
        ("Mesa para 4 el sábado, a nombre de Eusebio Mayo", {"Eusebio Mayo"}),
        ("Mi vecina Rosalía Mayo le abrirá al técnico", {"Rosalía Mayo"}),
    ],
)
def test_spanish_names_in_these_shapes_are_found(analyzer: Analyzer, text: str, names: set[str]) -> None:
    people = _people(analyzer, text)
    for name in names:
        assert name in people, (name, people)


@pytest.mark.parametrize(
    "text",
    [
        # "y yo" after a town alone, or not ending the clause: no list of people
        "Llegó el paquete a Madrid y yo no estaba en casa",
        "Entre Sevilla y yo, prefiero el envío normal",
        # a bracket that is no relative alone, or an everyday word before it
        "Tarta de chocolate (mamá la pidió sin azúcar)",
        "Regalo (mamá)",
        # goods after an article, a brand, a town before "la de"/"el de"
        "Quiero la muñeca la de la caja rosa",
        "Compré en Zara la de la esquina",
        "Hay otra tienda en Sevilla la de la plaza",
        # a month after a date, not after a name
        "La entrega es el 5 de Mayo por la mañana",
    ],
)
def test_spanish_look_alikes_name_no_one(analyzer: Analyzer, text: str) -> None:
    assert not _people(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name that is a feast or a month, before a frequent surname that is also a word
        ("Apuntadas al curso: Inmaculada Cordero y Begoña Salas", "Inmaculada Cordero"),
        ("Reyes Ortega pagó con tarjeta ayer", "Reyes Ortega"),
        ("Reserva 5521, titular Abril Pastor", "Abril Pastor"),
        # one initial after a comma, then a surname that is also a word
        ("Buenas, T. Quintana del 3ºB, la persiana no baja", "T. Quintana"),
        ("Encargo para el profe de música, L. Contreras: 12 flautas", "L. Contreras"),
    ],
)
def test_spanish_feast_names_and_initials_are_found(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # the month as a month, after a preposition
        "En Abril Pastor y su equipo no abren",
        "La colección nueva sale en Abril Zara la anuncia",
        # the feast after an article
        "Por la Inmaculada Cordero asado en el menú del día",
        # a letter, a comma and a stop word
        "Me quedo la talla M, L. Gracias",
    ],
)
def test_spanish_feast_and_initial_look_alikes(analyzer: Analyzer, text: str) -> None:
    people = _people(analyzer, text)
    assert not any(word in person for person in people for word in ("Abril", "Inmaculada", "L."))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lower-case first name and surname after what a label says, and a guest list over slashes
        ("¿alguien ha visto una bufanda gris? pone yamila brizuela en la etiqueta", {"yamila brizuela"}),
        (
            "lista de invitados yeray cabello / airam umpiérrez / acoidan déniz",
            {"yeray cabello", "airam umpiérrez", "acoidan déniz"},
        ),
    ],
)
def test_spanish_lower_case_pairs_after_a_label(analyzer: Analyzer, text: str, names: set[str]) -> None:
    people = _people(analyzer, text)
    for name in names:
        assert name in people, (name, people)


@pytest.mark.parametrize(
    "text",
    [
        "en la caja pone agua mineral sin gas",
        "¿la etiqueta pone talla grande o mediana?",
        "lista de invitados para la fiesta del sábado",
    ],
)
def test_spanish_lower_case_label_look_alikes(analyzer: Analyzer, text: str) -> None:
    assert not _people(analyzer, text)
