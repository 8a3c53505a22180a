"""Spanish names in the slot of the personal "a" (`recognizers/verb_slots.py`): the recipient a dative
clitic announces ("Le he dado el tique a X", "se lo dejaron a X", "Dadle el sobre a X"), the person a
verb of calling, enrolling or warning takes ("Llamad a X", "que llame a X cuando llegue"), the phone
handed over ("Os paso a X"), thanks for something done ("Gracias a X por …"), the compound past of a
collection ("la ha recogido X"); and a name after a teacher's, coach's or carer's post ("el míster X",
`title_words.SERVICE_ROLES`). The same shapes filled by a company, a department, a button, a place or
a course name no one. Sentences written here, not a tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a dative clitic, the recipient after "a" later in the clause
        ("Le he dado el tique a Marisbel, viene ella mañana", "Marisbel"),
        ("se lo dejaron a Yuleisy, la del quinto", "Yuleisy"),
        ("les llegó a Ibarzábal el mismo mensaje", "Ibarzábal"),
        ("Dadle el sobre a Maidelys, que viene luego", "Maidelys"),
        # a verb that takes a person with the personal "a"
        ("Llamad a Otxoa si no estoy en casa", "Otxoa"),
        ("que el de reparto llame a Yuneisy cuando llegue", "Yuneisy"),
        # the phone handed over, thanks for a deed
        ("Os paso a Urkiola, que lleva los pedidos", "Urkiola"),
        ("Gracias a Yarelis por la ayuda con el cambio", "Yarelis"),
        # the compound past of a collection
        ("La caja la ha recogido Urrutia, ¿está bien?", "Urrutia"),
        # a coach's, a physiotherapist's post before the name
        ("el míster Txurruka quiere la foto del equipo", "Txurruka"),
        ("el fisio Arrieta me cambió la cita", "Arrieta"),
    ],
)
def test_the_name_is_found(analyzer: Analyzer, text: str, name: str) -> None:
    [spans] = analyzer.analyze([text], language="es")
    start = text.index(name)
    assert all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
    ), name


@pytest.mark.parametrize(
    "text",
    [
        "Le he dado el resguardo a Correos, llegará el jueves",
        "El paquete se lo dejaron a Conserjería",
        "Llamé a Atención al Cliente y no contesta",
        "Llamé a Iberdrola y no contesta",
        "Llamad a Endesa para la avería",
        "le llegó a Hacienda la declaración",
        "Le pido a Dios que llegue a tiempo",
        "El pedido lo ha recogido Seur esta mañana",
        "lo ha hecho Amazon sin avisar",
        "Te paso con Administración",
        "Os paso a Recepción",
        "Le he dado el ticket a Devoluciones",
        "Dale a Aceptar y listo",
        "Le di a Continuar y se colgó",
        "se lo devolví a Decathlon",
        "le he escrito a Glovo dos veces",
        "Avisa a Mantenimiento por favor",
        "Le he mandado un mail a Recursos Humanos",
        "Gracias a Amazon por el reembolso tan rápido",
        "Gracias a Dios por fin llegó",
        # a post before a service's or a course's name
        "el míster Personal nos dijo que no",
        "el entrenador Personal viene los lunes",
        "la enfermera Virtual del centro no contesta",
        "el fisio Online no está disponible",
    ],
)
def test_no_one_is_found(analyzer: Analyzer, text: str) -> None:
    assert {e for e in found(analyzer, text, "es") if e[0] == "PERSON"} == set()
