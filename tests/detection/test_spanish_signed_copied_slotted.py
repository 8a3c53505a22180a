"""Spanish (and Portuguese) names a message signs, copies in capitals or puts in a person's slot:
a bare name after the last sentence (`recognizers/closing_name.py`), a name in capitals after "para",
"de", "a" (`recognizers/capital_runs.py`), "se llamaba X", "mi pareja X" (a holiday's name after a
relative too), what a ticket or a bell says ("en el ticket pone X", "el telefonillo de X":
`recognizers/verb_slots.py`), a frequent surname that is a word alone in such a slot, and a surname
after a coach's or a teacher's post ("el míster Cabrera"), whom the writer stands in for ("sustituyo a
X", "cubro el turno de X"), and a name that is a title of the Virgin or a weekday before a surname
("Camino Goñi", "Domingo Batz": `recognizers/feast_given.py`), what someone's name "is" ("el nombre de
mi hija … es X", "el cumpleañero es X"). The same shapes filled by thanks, chat
closings, laughs, towns, brands, statuses, services and goods name no one. Sentences written here,
not a tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer


def _covered(analyzer: Analyzer, text: str, name: str, language: str) -> bool:
    [spans] = analyzer.analyze([text], language=language)
    start = text.index(name)
    return all(text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name)))


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        # a bare name signing a one-line message after its last sentence
        ("Gracias por arreglarlo tan rápido. Deysi", "Deysi", "es"),
        ("me dejáis la bici lista para el viernes? amaiur", "amaiur", "es"),
        ("RESERVADME DOS PLAZAS PARA LA EXCURSIÓN DEL DOMINGO. Yanire", "Yanire", "es"),
        ("al final nos quedamos con el sofá gris, lo pagamos a medias. kattia ochandiano", "kattia ochandiano", "es"),
        ("Obrigada pela aula de ontem, a Bia adorou! Até terça. Kelyane", "Kelyane", "pt"),
        # a name copied in capitals after a person's preposition
        ("Enmarcar el diploma de MILTON OTAZU, marco negro", "MILTON OTAZU", "es"),
        ("Moldura pro diploma de MILTON GROENWOLD, dourada", "MILTON GROENWOLD", "pt"),
        # "se llamaba X", "se chamava X": who it was, in the past
        ("vino un chico de vuestra empresa, creo que se llamaba Xabi, y no dejó nota", "Xabi", "es"),
        ("el del turno de tarde se llamaba Bayardo, muy amable", "Bayardo", "es"),
        ("veio um rapaz da vossa loja, acho que se chamava Tiaguinho, e não deixou nada", "Tiaguinho", "pt"),
        # a partner after a possessive; a holiday's name after a possessive relative
        ("Puede pasar a recogerlo mi pareja Montaña?", "Montaña", "es"),
        ("lo recoge mi pareja Reyes, que sale antes", "Reyes", "es"),
        # what a ticket, a bell or a document says; whose buzzer to ring
        ("guardadme la lámpara, en el ticket pone Orbegozo", "Orbegozo", "es"),
        ("si no abro, en el portero pone Rosado", "Rosado", "es"),
        ("Pulsad el telefonillo de Canteli, es el segundo", "Canteli", "es"),
        ("Llamad al timbre de Goikoetxea si no contesto", "Goikoetxea", "es"),
        # a surname after a coach's or a teacher's post, though a word or a town
        ("el míster Cabrera quiere la foto del equipo en grande", "Cabrera", "es"),
        ("un regalo para la profe Obando, ¿lo envolvéis?", "Obando", "es"),
        # whom the writer stands in for, whose shift is covered
        ("Pilates: sustituyo a Urdiain en la clase del jueves, avisad a los socios", "Urdiain", "es"),
        ("mañana sustituye a Arraiza hasta las tres", "Arraiza", "es"),
        ("hoy cubro el turno de Obdulio así que dejadlo en recepción", "Obdulio", "es"),
        # what someone's name or a document's surname is; whose birthday it is
        ("el nombre de mi hija está mal, es Camino Urbina", "Camino Urbina", "es"),
        ("el apellido para el diploma es Rosado", "Rosado", "es"),
        ("karting: el cumpleañero es Sancho, son 12 niños", "Sancho", "es"),
        # a Spanish name that is a title of the Virgin or a weekday, before a surname
        ("la fiesta la organizan Camino Goñi y su hermana", "Camino Goñi", "es"),
        ("la inquilina Domingo Batz deja el piso en marzo", "Domingo Batz", "es"),
        ("el carné es de Montaña Arrieta, la de las clases", "Montaña Arrieta", "es"),
    ],
)
def test_the_name_is_found(analyzer: Analyzer, text: str, name: str, language: str) -> None:
    assert _covered(analyzer, text, name, language), name


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # after the last sentence: thanks, chat closings, laughs, statuses, towns, brands
        ("Paso el jueves a por las cortinas. Gracias", "es"),
        ("¿me guardáis la mesa del fondo para el sábado? porfa", "es"),
        ("¿me guardáis la mesa del fondo para el sábado? jajaja", "es"),
        ("¿Tenéis la funda en rojo? Urgente", "es"),
        ("Os quedan trasteros en el centro a partir de abril? Pamplona", "es"),
        ("¿Cuánto cuesta una pila para el reloj? Casio", "es"),
        ("Passem o pedido para sexta por favor. Obrigado", "pt"),
        ("chega amanhã? vlw", "pt"),
        # capitals after "de", "para", "a": a shop, a club, a town, a brand
        ("¿Tenéis la camiseta de REAL MADRID en talla M?", "es"),
        ("El envío a SAN SEBASTIÁN tarda dos días", "es"),
        ("Busco el perfume de CAROLINA HERRERA en 50 ml", "es"),
        ("Lo compré en la tienda de EL CORTE INGLÉS", "es"),
        # "se llamaba" before what a thing was called
        ("no recuerdo cómo se llamaba la tienda de al lado", "es"),
        # "pareja" alone is a pair; a relative after an article
        ("Quiero una pareja de cojines Verde Agua", "es"),
        # what a ticket says that is no one; a company's bell
        ("en el ticket pone Oferta", "es"),
        ("en el paquete pone Frágil", "es"),
        ("en el ticket pone Amazon", "es"),
        ("la app pone Enviado, ¿hay seguimiento?", "es"),
        ("Llamé al timbre de Correos", "es"),
        # a service after a coach's or a physio's post
        ("el entrenador Personal cuesta 30 euros la hora", "es"),
        ("la profe Particular de mates cobra poco", "es"),
        # a thing's name, a relative after the birthday
        ("el nombre de la colección es Primavera", "es"),
        ("el cumpleañero es mi hijo pequeño", "es"),
        # a class swapped, a shift's time
        ("sustituyo a Pilates por Yoga el martes", "es"),
        ("hoy cubro el turno de Tarde", "es"),
        # the Virgin's titles, feasts and things named so, before a word that is no surname
        ("¿Tenéis Estrella Galicia sin alcohol?", "es"),
        ("un Mercedes Benz de juguete para el niño", "es"),
        ("la Virgen del Rocío llega el domingo", "es"),
        ("¿abrís el Domingo de Ramos?", "es"),
        ("¿Abrís el día de Reyes Magos?", "es"),
        ("hacemos la ruta del Camino Santiago en mayo", "es"),
        ("la Montaña Rusa del parque está cerrada", "es"),
        ("ha donado a Cruz Roja la ropa usada", "es"),
    ],
)
def test_no_one_is_found(analyzer: Analyzer, text: str, language: str) -> None:
    [spans] = analyzer.analyze([text], language=language)
    assert [(text[s.start : s.end], s.entity) for s in spans if s.entity == "PERSON"] == []
