"""Names in text typed without capitals, in the shapes of `bench.names_tune21`: a greeting, an
apology or thanks and the one word that closes its phrase, a sign-off, a comma and a name that ends
the message, a first name and a surname after company, speaking to or a pick-up's verb, "it's" after
a greeting and a name, "my cousin" in Spanish and Portuguese; and the same shapes with no one in
them. The names here are not `bench.names_tune21`'s."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a greeting, an apology or thanks, and one word that closes the phrase
        ("it", "grazie nunziatina 🙏", ["nunziatina"]),
        ("fr", "coucou maïwenna, le colis est arrivé", ["maïwenna"]),
        ("pt", "desculpa jurema, ainda tem o 38?", ["jurema"]),
        ("es", "gracias amparo 🙏", ["amparo"]),
        ("de", "danke rojda!", ["rojda"]),
        # the phrase's word is no one: thanks a lot, a term of endearment, a sentence after it
        ("it", "grazie mille 🙏", []),
        ("fr", "merci bien 🙏", []),
        ("en", "thanks mate 🙏", []),
        ("es", "gracias por todo 🙏", []),
        ("de", "danke schön!", []),
        # a sign-off, a comma and a name that ends the message
        ("it", "cordiali saluti, gavina porcu", ["gavina porcu"]),
        ("es", "un saludo, nieves barrionuevo", ["nieves barrionuevo"]),
        ("pt", "att, ubirajara teixeira", ["ubirajara teixeira"]),
        ("es", "un saludo, buen finde", []),
        ("it", "cordiali saluti, buona giornata", []),
        # company, speaking to, a pick-up's verb: a first name and a surname-like word
        ("it", "ho parlato con speranza cuccurullo del negozio", ["speranza cuccurullo"]),
        ("fr", "j'ai parlé avec gwenola le bihan au magasin", ["gwenola le bihan"]),
        ("pt", "falei com potira nogueira na loja", ["potira nogueira"]),
        ("es", "el paquete lo recoge nahuel huanca mañana", ["nahuel huanca"]),
        ("de", "ich war mit hevin oltmanns im laden", ["hevin oltmanns"]),
        ("en", "i spoke to adaeze okonkwo in the shop", ["adaeze okonkwo"]),
        # things after those cues
        ("it", "la voglio con lavanda e rosa", []),
        ("de", "tee mit jasmin oder mit minze?", []),
        ("es", "lo quiero con rosa palo", []),
        ("en", "i spoke to customer service already", []),
        ("es", "lo recoge mañana mi hermana", []),
        # "it's" after a greeting and the greeted name
        ("en", "hi dawn, it's kwabena fairbairn from the bakery", ["dawn", "kwabena fairbairn"]),
        ("en", "hi there, it's fine now", []),
        # "my cousin" in Spanish and Portuguese; a verb after a relative is no name
        ("es", "mi prima rayén lo recoge el sábado", ["rayén"]),
        ("es", "mi prima pasa a recoger el vestido", []),
        ("it", "mia sorella passa a ritirare il vestito", []),
    ],
)
def test_lower_case_chat(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names
