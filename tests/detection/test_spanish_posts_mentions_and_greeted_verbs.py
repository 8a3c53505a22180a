"""Spanish names in apposition to a post, after a birthday's role, half remembered, said "por aquí",
thanked with a drawn-out "graciasss", asked by a mention, answering the chat, in lower case with
"-és", and a second surname a town too; and the "vosotros" verb after a greeting that is no name.
Sentences in the shapes of the retired heldout13, heldout8 and the tune sets, with other names."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from recognizers.person_name_recognizer import PersonNameRecognizer
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, "es") if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a post in apposition after the name, mid-sentence
        ("Hola, mañana a por la perra va Millán, nuestro cuidador", "Millán"),
        ("Hola, mañana a por la perra va Yurisleidy, nuestra cuidadora", "Yurisleidy"),
        ("Quiero poner una reclamación de Xiomelis, la chica de la caja de ayer", "Xiomelis"),
        # whose birthday or party it is
        ("Invitados: Lía, Tomás y la cumpleañera Yanelis", "Yanelis"),
        ("la tarta es para el homenajeado Millán", "Millán"),
        # a name half remembered before "se llamaba"
        ("la chica de la caja Fidela creo que se llamaba me atendió genial", "Fidela"),
        ("el de la caja Bartolo creo que se llamaba me atendió genial", "Bartolo"),
        # "X por aquí" opening a message, an emoji after it
        ("Consuelo por aquí 👋 ¿ya llegó mi pedido?", "Consuelo"),
        ("Dayra por aquí 👋 ¿ya llegó mi pedido?", "Dayra"),
        # a drawn-out thanks
        ("Graciasss Wei!! el cuadro quedó precioso", "Wei"),
        # a mention asked to do something
        ("@Xitlali 🙏 ¿puedes mirar mi talla?", "Xitlali"),
        # who answers the chat
        ("hablas con puri, buenas tardes", "puri"),
        # a lower-case first name in "-és" after a relative
        ("quiero cita para mi abuelo radhamés quiñones, no oye bien", "radhamés quiñones"),
        # a second surname that is also a town, the first-name list's person already
        ("Soy Wilmer Ortega y Mena, el del pedido 41", "Wilmer Ortega y Mena"),
    ],
)
def test_spanish_names_in_these_slots_are_found(analyzer: Analyzer, text: str, name: str) -> None:
    assert any(name in person for person in _people(analyzer, text))  # the model may read a word more


@pytest.mark.parametrize(
    "text",
    [
        # "vosotros" verbs right after a greeting
        "HOLA ABRÍS EL SÁBADO POR LA MAÑANA?",
        "buenas vendéis carbón en saco pequeño",
        "Hola enviáis a Canarias?",
        # a post after a shop, a company or a town: no one
        "Compré en Zara, la chica de la caja me dijo que no",
        "Llamé a Iberdrola, el técnico de guardia no contestó",
        "Mañana abre Mercadona, el encargado dice que sí",
        "La tarta para la cumpleañera, con velas",
        # "por aquí" after an everyday word or a town
        "Todo bien por aquí 👋",
        "Mucho calor por aquí 😅",
        "Sevilla por aquí 👋",
        # a drawn-out thanks before a word
        "Graciasss por todo!!",
        "graciasss guapa!!",
        # a mention of a shop, or one not asked
        "@Zara ¿puedes enviarlo?",
        "@Correos ¿puedes mirar?",
        # the chat answered by a role or a company
        "¿hablas con el encargado?",
        "hablas con Movistar, dígame",
    ],
)
def test_look_alikes_name_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hola Anaís, ¿abrís mañana?", "Anaís"),  # a name with the ending, no verb's stem
        ("Buenas Thaís", "Thaís"),
        ("Hola Inés, vendéis leña?", "Inés"),
    ],
)
def test_names_with_the_verbs_ending_after_a_greeting_stay(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


def test_two_people_after_the_conjunction_stay_apart(analyzer: Analyzer) -> None:
    assert _people(analyzer, "Vinieron Juan Pérez y Ana") == {"Juan Pérez", "Ana"}


@pytest.mark.parametrize(
    ("word", "verb"),
    [("abrís", True), ("vendéis", True), ("enviáis", True), ("anaís", False), ("luís", False), ("thaís", False)],
)
def test_vosotros_verb(word: str, verb: bool) -> None:
    assert PersonNameRecognizer("es")._vosotros_verb(word) is verb
    assert PersonNameRecognizer("it")._vosotros_verb(word) is False
