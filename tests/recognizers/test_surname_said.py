"""A surname said as a surname (`recognizers.surname_said`): after the noun for a surname or a maiden
name, with no colon, anywhere in the clause, in es, it, pt, fr and de; and a name field whose label
says what the name is for before its colon. Controls hold the same nouns talked about, a purpose
label before a wish or a lower-case word, and the word for "name" alone. The sentences are written
here."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # the surname noun, then the surname, at a clause's end or before a conjunction
        ("es", "Reservé mesa para las dos, apellido Urquiola", ["Urquiola"]),
        ("es", "encargué el ramo con mi apellido Ibarguren pero lo recoge mi hermana", ["Ibarguren"]),
        ("it", "Ho prenotato il taglio per domani alle 10, cognome Ferrandino", ["Ferrandino"]),
        ("pt", "Marquei para as 15h, sobrenome Mucavele", ["Mucavele"]),
        ("de", "Ich habe für 19 Uhr reserviert, Nachname Oltmanns", ["Oltmanns"]),
        ("fr", "J'ai commandé sous mon nom de naissance Kerboriou, le compte est nouveau", ["Kerboriou"]),
        # a maiden name, the order placed under it before a marriage
        ("es", "pedí con mi nombre de soltera Zubizarreta y ahora no me deja entrar", ["Zubizarreta"]),
        ("it", "avevo ordinato col cognome da nubile Pirastu ma il conto è nuovo", ["Pirastu"]),
        ("pt", "comprei com meu nome de solteira Chissano mas mudei o cadastro", ["Chissano"]),
        ("de", "ich habe mit meinem Mädchennamen Hinrichsen bestellt, das Konto ist neu", ["Hinrichsen"]),
        # in a text typed all in lower case, or in capitals
        ("de", "termin um 10, nachname oltmanns", ["oltmanns"]),
        ("fr", "RDV DEMAIN 10H POUR MOI, NOM KERBORIOU", ["KERBORIOU"]),
        # a name field whose label says what the name is for
        ("es", "Apellido para la reserva: Goñi. Llego a las 9", ["Goñi"]),
        ("it", "Cognome per la prenotazione: Lo Cicero. Arrivo alle 9", ["Lo Cicero"]),
        ("pt", "nome para a fatura: joaquina mabote", ["joaquina mabote"]),
        ("fr", "Nom pour la réservation : Le Bihan. J'arrive à 9h", ["Le Bihan"]),
        ("de", "Nachname für die Abholung: Oltmanns. Komme um 9", ["Oltmanns"]),
    ],
)
def test_a_surname_after_its_noun(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "el apellido está mal escrito en la factura"),
        ("es", "Nombre para la tarta: Feliz cumpleaños"),
        ("it", "il cognome è sbagliato sulla fattura"),
        ("it", "Cognome per la fattura: non lo so ancora"),
        ("it", "Nome per il biglietto: Buon compleanno"),
        ("pt", "o sobrenome está errado na nota"),
        ("de", "Der Nachname ist falsch geschrieben"),
        ("de", "Nachname für die Rechnung: siehe oben"),
        ("fr", "le nom Bluetooth du casque ne s'affiche pas"),
        ("fr", "Le nom de famille est mal orthographié"),
    ],
)
def test_the_same_nouns_with_no_surname(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
