"""Whose name an order or a booking is under, in Italian and French (`named_under`): after "au nom de"
and "a nome (di)" a surname with its particle first ("au nom de de graaf", "au nom de le gall erwan"), an
initial before a surname ("a nome c. bonaccorsi"), an unlisted lower-case name. Controls: a company, a
relative, a possessive, an elided article before a word, a town, German "läuft auf" idioms. Sentences
written here, none taken from a set."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("fr", "ticket de cordonnerie au nom de de graaf, je passe jeudi", ["de graaf"]),
        ("fr", "commande n°4410 au nom de le gall erwan, toujours rien", ["le gall erwan"]),
        ("fr", "deux coussins commandés au nom de van oost, c'est prêt ?", ["van oost"]),
        ("it", "il cambio è a nome c. bonaccorsi, scontrino allegato", ["c. bonaccorsi"]),
        ("it", "la prenotazione è a nome di de cillis, quattro persone", ["de cillis"]),
    ],
)
def test_a_name_an_order_is_under(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "facture au nom de la société svp"),
        ("fr", "c'est au nom de l'entreprise, pas de moi"),
        ("fr", "la réservation est au nom de mon mari"),
        ("fr", "un colis au nom du magasin, il est arrivé ?"),
        ("it", "la fattura va a nome del negozio, grazie"),
        ("it", "lo scontrino è a nome mio, va bene?"),
        ("it", "è tutto a nome di mia moglie"),
        ("it", "Scrivo a nome dell'ufficio contabilità"),
        ("de", "die Produktion läuft auf Hochtouren"),
        ("de", "das läuft auf rechnung, oder?"),
    ],
)
def test_no_one_an_order_is_under(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == []
