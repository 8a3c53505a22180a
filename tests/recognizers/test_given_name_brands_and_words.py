"""GivenNameRecognizer: brands, shops, models, saints' days and everyday words that are also first names.

Each cause is the word class or the syntax around the name, not one message: an everyday noun the
lemma tables left unflagged ("cristal", "lana", "fleur"-like base forms), a saint's day typed in lower
case or All Saints' Day, a model's generation letter after a rare name ("Clio V"), a shop noun before
a name and its branch's town ("la tienda Stanley de Almería"), a brand whose two halves "y"/"e"/"et"
join ("Bimba y Lola"). Each has people in the same slot as negative controls. Hand-written sentences,
none taken from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

THINGS = [
    # everyday nouns and adjectives the built list did not flag as words of the language
    ("es", "Cristal templado para el móvil, por favor"),
    ("es", "¿Está listo el abrigo de lana gris?"),
    ("es", "qué rico estaba el arroz del martes"),
    ("es", "la freidora de aire Philips hace ruido"),
    ("pt", "o vestido de flor bordada tem no M?"),
    # saints' days, in lower case and All Saints' Day
    ("pt", "vocês abrem no dia de são pedro?"),
    ("es", "¿abrís el día de todos los santos?"),
    ("es", "¿Abrís en Todos los Santos?"),
    ("pt", "Abrem no Dia de Todos os Santos?"),
    # a model's generation letter after a rare first name is no surname's initial
    ("fr", "Ma Clio V fait un bruit à l'arrière"),
    ("de", "Habt ihr einen Clio V als Leihwagen?"),
    # a shop noun before a name (and the branch's town after it): the shop
    ("es", "¿La tienda Stanley de Almería abre el sábado?"),
    ("it", "Il negozio Stanley di Lecce è aperto a Natale?"),
    ("pt", "A loja Stanley de Setúbal abre no domingo?"),
    ("fr", "L'enseigne Jules fait des retouches ?"),
    ("fr", "Le magasin Jules de Lille a le blazer ?"),
    # brands named with first names, two halves joined by "y"/"e"
    ("es", "¿Tenéis el bolso Bimba y Lola en negro?"),
    ("es", "Me encanta el abrigo de Bimba y Lola"),
    ("it", "Avete ancora le tute Sergio Tacchini?"),
    ("de", "Kommt die Bestellung von Peter Hahn noch im Mai?"),
    ("pt", "O Mateus Rosé está em promoção?"),
]


@pytest.mark.parametrize(("language", "text"), THINGS)
def test_a_brand_shop_day_or_word_is_no_person(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


PEOPLE = [
    # the same words as people: a surname after it, or alone mid-sentence
    ("es", "Hablé con Cristal ayer por la tarde", ["Cristal"]),
    ("es", "Cristal Ramírez pasará a recogerlo", ["Cristal Ramírez"]),
    ("pt", "falei com pedro ontem", ["pedro"]),
    ("pt", "Falei com o Pedro Santos ontem", ["Pedro Santos"]),
    # an initial with its dot, or after a person's preposition
    ("it", "Ho parlato con Medard K ieri", ["Medard K"]),
    ("it", "Ieri Medard K. ha pagato", ["Medard K"]),
    # a person in the shop: the name goes on as the clause's subject, or after "de"
    ("es", "En la tienda Marta me dijo que sí", ["Marta"]),
    ("it", "Nel negozio Giulia ha detto di sì", ["Giulia"]),
    ("es", "La tienda de Marta abre el sábado", ["Marta"]),
    # two people joined by "y", a first name and surname that are no brand
    ("es", "Hablé con Lola y Marta ayer", ["Lola", "Marta"]),
    ("it", "Ho sentito Sergio Rossi stamattina", ["Sergio Rossi"]),
    ("es", "Hablé con Stanley Martínez", ["Stanley Martínez"]),
]


@pytest.mark.parametrize(("language", "text", "names"), PEOPLE)
def test_a_person_in_the_same_slot_is_still_found(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names
