"""Short forms and nicknames in the slots where only a person's name fits (`vocative_slots`): after
thanks or a greeting and before "!", "," or an emoji, after a wish, who a card is from, a greeting
passed on, an introduction. The sentences are our own; the negative controls are shop chat."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # thanks or a greeting, the name, then "!", ",", an emoji or a kiss
        ("en", "Thanks Jez!! legend", ["Jez"]),
        ("en", "cheers Robbo x", ["Robbo"]),
        ("en", "thanks bazza!! all sorted", ["bazza"]),
        ("it", "Grazie Totò!! gentilissimo", ["Totò"]),
        ("it", "Ciao Jacopo, tutto a posto col reso?", ["Jacopo"]),
        ("fr", "Merci Titou !! trop gentil", ["Titou"]),
        ("de", "Danke Flocke!! bist die Beste", ["Flocke"]),
        ("es", "¡¡Gracias Chelo!! un amor", ["Chelo"]),
        ("pt", "Valeu Zeca!! salvou meu dia", ["Zeca"]),
        # or the clause that goes on speaking to the person
        ("en", "cheers bazza see you thursday", ["bazza"]),
        ("es", "gracias chelo nos vemos mañana", ["chelo"]),
        ("it", "grazie totò sei un grande", ["totò"]),
        ("de", "Danke Flocke du bist die Beste", ["Flocke"]),
        ("pt", "valeu zeca você é demais", ["zeca"]),
        ("fr", "merci titou t'es génial", ["titou"]),
        # a listed first name that is also a word, in a text typed without capitals
        ("en", "ok thanks ivy!!", ["ivy"]),
        # a wish in quotes
        ("es", "En la tarjeta: 'Felicidades Fermín, te queremos'", ["Fermín"]),
        # a wish and who it is from
        ("en", "Card: Happy birthday Baz! Love from Gemma and the boys", ["Baz", "Gemma"]),
        ("it", "Biglietto: Tanti auguri Gigi! Da Lorenza e i nipoti", ["Gigi", "Lorenza"]),
        ("fr", "Carte : Joyeux anniversaire Loulou ! De la part de Maëlle", ["Loulou", "Maëlle"]),
        ("es", "tarjeta: ¡feliz cumple chelo! de parte de marisa", ["chelo", "marisa"]),
        ("pt", "Cartão: Parabéns Zeca! De Rosinha e dos netos", ["Zeca", "Rosinha"]),
        ("de", "Karte: Alles Gute zum Geburtstag Flocke! Von Jannik und Mama", ["Flocke", "Jannik"]),
        # a greeting passed on
        ("en", "great thanks, tell jez i said hi", ["jez"]),
        ("en", "say hi to Robbo from me", ["Robbo"]),
        ("it", "perfetto, salutami Totò", ["Totò"]),
        ("fr", "super, passez le bonjour à Titou de ma part", ["Titou"]),
        ("es", "genial, un abrazo a Chelo", ["Chelo"]),
        ("pt", "beleza, manda um beijo pra zeca", ["zeca"]),
        ("de", "super, grüß Flocke von mir", ["Flocke"]),
        # an introduction
        ("en", "hey it's Robbo 😅 the lamp arrived broken", ["Robbo"]),
        ("pt", "oi é o Zeca 😅 a lâmpada chegou quebrada", ["Zeca"]),
        ("fr", "coucou c'est Titou ! la lampe est arrivée cassée", ["Titou"]),
    ],
)
def test_names_in_vocative_slots(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thanks Team! Great service"),
        ("en", "Thanks so much!"),
        ("en", "Happy Birthday Mum! Is the gift wrap free?"),
        ("en", "Happy Friday! Any offers on sofas?"),
        ("en", "Thanks again, the sofa looks great"),
        ("en", "Hi there, is the lamp in stock?"),
        ("en", "Merry Christmas Eve! Are you open tomorrow?"),
        ("en", "hi hope you are well, any news on my refund?"),
        ("en", "hey trust you had a good weekend"),
        ("it", "Grazie Mille! Il pacco è arrivato"),
        ("it", "Buon Natale! Da lunedì siete aperti?"),
        ("it", "grazie mille 🙏"),
        ("fr", "Merci Beaucoup ! Tout est arrivé"),
        ("fr", "Merci pour tout !"),
        ("fr", "merci bcp !"),
        ("de", "Danke Schön! Alles angekommen"),
        ("de", "Vielen Dank! Grüße an das ganze Team"),
        ("es", "Gracias Totales! Todo perfecto"),
        ("es", "¡Feliz Navidad! De nada por la reseña"),
        ("es", "Saludos a todos, ¿tenéis la talla M?"),
        ("pt", "Valeu Demais! Chegou tudo certinho"),
        ("pt", "Obrigada Gente! Adorei"),
        ("pt", "manda um beijo pra todos"),
    ],
)
def test_shop_chat_in_the_same_slots_names_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
