"""GivenNameRecognizer: three slots a first name fills as no one's name.

- A land or water feature's capitalised noun and a particle before it ("Serra da Estrela", "all'Isola
  di Elba", "Monte di Portofino"): the mountain's, the island's name.
- A word glued to it by "!", "&" or "+" with no space ("Fritz!Box", "Maison&Objet"): one product's
  or fair's name.
- A device's verb ("il Eero funziona …?", "funciona con el Eero"): a thing works, a person does not.
- Skis, golf clubs and blinds before their maker ("sci Elan", "palos Ping", "estores Hunter
  Douglas"), with Spanish "o" (or) after the maker no object pronoun.

Each with look-alikes in the same words that stay people. Hand-written sentences, none taken from a
held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

NO_ONE = [
    # a feature's noun and a particle before the name
    ("pt", "Vocês mandam o queijo da Serra da Estrela para Braga?"),
    ("pt", "Há neve na Serra da Estrela hoje?"),
    ("it", "Consegnate anche all'Isola di Elba?"),
    ("it", "Siete vicino al Monte di Portofino?"),
    # glued into one token
    ("de", "Die Fritz!Box verliert ständig die Verbindung"),
    ("it", "La Fritz!Box arriva con l'alimentatore?"),
    ("fr", "La Fritz!Box est livrée avec le câble ?"),
    ("es", "¿La Fritz!Box viene con el cable?"),
    ("fr", "Vous exposez au salon Maison&Objet en janvier ?"),
    # a device by its verb
    ("it", "Il Eero funziona anche con la fibra?"),
    ("es", "¿El Eero funciona con la fibra de Movistar?"),
    ("pt", "O Eero funciona com a fibra da MEO?"),
    ("es", "¿La alarma funciona con el Eero?"),
    ("pt", "A campainha funciona com o Eero?"),
    ("it", "La telecamera funziona con il Eero?"),
    ("de", "Funktioniert die Eero auch mit Glasfaser?"),
    ("de", "Die Kamera funktioniert mit dem Eero?"),
    # gear before its maker
    ("it", "Noleggiate mazze Ping per il torneo?"),
    ("es", "¿Alquiláis palos Ping para el torneo?"),
    ("it", "Avete sci Elan da 160?"),
    ("pt", "Vendem estores Hunter Douglas?"),
    ("en", "do you sell hunter douglas blinds?"),
    ("es", "¿Vendéis estores Hunter Douglas o solo los vuestros?"),
]


@pytest.mark.parametrize(("language", "text"), NO_ONE)
def test_a_name_in_a_things_slot_is_no_one(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


PEOPLE = [
    # the same words with a person in them
    ("it", "Il pacco è per Aurora Serra, interno 5", "Aurora Serra"),
    ("pt", "Falei com a Graça da Serra ontem", "Graça da Serra"),
    ("es", "Hablé con Isla de la Torre ayer", "Isla de la Torre"),  # "Isla" a first name: a place must follow
    ("it", "Il regalo per Anna&Marco è pronto?", "Anna"),  # a name glued on: a couple
    ("de", "Hallo Petra!Danke für das Paket", "Petra"),  # a sentence after "!", its space forgotten
    ("en", "Thanks Tom!Great service", "Tom"),  # English is never read so
    ("it", "Con Giulia funziona tutto meglio", "Giulia"),  # after a preposition: with her, it works
    ("es", "¿Funciona con Marta el descuento?", "Marta"),  # no article after "con"
    ("de", "Sabine funktioniert nicht ohne Kaffee", "Sabine"),  # German says a person functions
    ("it", "Marco lavora con la Giulia", "Giulia"),  # a person works ("lavora")
    ("es", "Deja los esquís a Marta, gracias", "Marta"),  # "a" joins her
    ("it", "Ho dato gli sci Marco!", "Marco"),  # called at the statement's end
    ("es", "la lavadora Marta la compró ayer", "Marta"),  # an object pronoun: the subject
]


@pytest.mark.parametrize(("language", "text", "name"), PEOPLE)
def test_a_person_in_the_same_words_stays(language: str, text: str, name: str) -> None:
    assert name in found(GivenNameRecognizer(supported_language=language), text)
