"""Names in the slots of verbs and nouns that only a person fills (`recognizers/verb_slots.py`):
sending someone to collect, someone coming to collect, signing, having spoken to someone, someone
telling, asking after someone, staff at a branch, appointments, orders under a name, a relative in
apposition; and the ordinary words that fill the same slots, which are no one. The names are made
up for these tests."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "can i send tobias to collect it? he has the code", ["tobias"]),
        ("en", "Tomorrow Marisol will pick it up", ["Marisol"]),
        ("en", "Spoke to Keziah on the phone yesterday", ["Keziah"]),
        ("en", "i spoke to imogen on the phone last night", ["imogen"]),
        ("en", "Is Odhran working today?", ["Odhran"]),
        ("en", "can Tamsyn from your Leeds branch ring me back?", ["Tamsyn"]),
        ("en", "Ezekiel told me it was in stock", ["Ezekiel"]),
        ("en", "I'd like to book a cut with Jolene on Thursday", ["Jolene"]),
        ("it", "posso mandare gavino a ritirare? porta un documento", ["gavino"]),
        ("it", "Domani passa a ritirare Fiorenzo, è mio cognato", ["Fiorenzo"]),
        ("it", "Ho sentito Ottavia al telefono ieri", ["Ottavia"]),
        ("it", "ho parlato con rosella del negozio ieri", ["rosella"]),
        ("it", "Ottavia mi ha detto di scrivervi", ["Ottavia"]),
        ("es", "¿puedo mandar a Xurxo a recogerlo?", ["Xurxo"]),
        ("es", "Mañana pasa a recogerlo Fermín", ["Fermín"]),
        ("es", "hablé ayer con Rosendo por teléfono", ["Rosendo"]),
        ("es", "Ayer hablé con Begoña de la Riva por teléfono", ["Begoña de la Riva"]),
        ("es", "Pregunto por Valeriano: ¿ha llegado la devolución?", ["Valeriano"]),
        ("es", "Anselmo de vuestra tienda me dijo que valía", ["Anselmo"]),
        ("pt", "pergunto pela deolinda: a devolução chegou?", ["deolinda"]),
        ("pt", "O Tibério da loja de Campinas pode me ligar?", ["Tibério"]),
        ("pt", "falei com a Quitéria ontem", ["Quitéria"]),
        ("pt", "o juca vai buscar", ["juca"]),
        ("fr", "j'ai eu Maëlle au téléphone hier", ["Maëlle"]),
        ("fr", "Gwendal m'a dit que c'était bon", ["Gwendal"]),
        ("fr", "je voudrais un rendez-vous avec Soizic samedi", ["Soizic"]),
        ("de", "Kann ich Jannik zum Abholen schicken?", ["Jannik"]),
        ("de", "morgen holt es Wiebke ab", ["Wiebke"]),
        ("de", "Ich habe gestern mit Waltraud telefoniert", ["Waltraud"]),
        ("de", "Ich frage für Hilmar: ist die Rücksendung angekommen?", ["Hilmar"]),
        ("de", "Lutz hat gesagt, dass es heute kommt", ["Lutz"]),
        ("en", "Receipt says served by D. Sterling and he charged me twice", ["D. Sterling"]),
        ("en", "Appointment confirmed with Mei Fen Lau for a colour", ["Mei Fen Lau"]),
        ("en", "could I book a cut and colour with Shauna on Thursday?", ["Shauna"]),
        ("it", "il pacco l'ha preso il vicino, arcangela pes", ["arcangela pes"]),
        ("es", "¿Puede recoger Remedios Ochoa mi receta?", ["Remedios Ochoa"]),
        ("es", "Hablé con Yanelis De los Ríos, la gestora", ["Yanelis De los Ríos"]),
        ("fr", "Est-ce que Karim Ait Benali peut récupérer mon colis ?", ["Karim Ait Benali"]),
        ("de", "Darf Hiltrud mein Rezept abholen?", ["Hiltrud"]),
    ],
)
def test_name_in_a_person_slot(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "can i send the driver to collect it?"),
        ("en", "it was signed by the neighbour"),
        ("en", "I spoke to customer service yesterday"),
        ("en", "booked under my name please"),
        ("en", "Amazon told me it would come today"),
        ("en", "Mum will pick it up"),
        ("en", "A lady from the depot rang me about it"),
        ("en", "Forwarded from the shop:\nis the parcel coming today?"),
        ("en", "Kitchen Shop Bath Abbey said you handle the warranty"),
        ("en", "Spoke to Royal Mail yesterday and they said it's at the depot"),
        ("en", "I rang them and she said they're at the warehouse"),
        ("it", "ho parlato con il corriere"),
        ("it", "Ritirato per conto del negozio"),
        ("es", "hablé con el repartidor ayer"),
        ("es", "Zeleris lo recoge el lunes"),
        ("es", "¿La Silla de Oficina vuelve a estar disponible?"),
        ("pt", "falei com o suporte ontem"),
        ("pt", "atendeu-me a senhora da caixa ontem"),
        ("pt", "Chave Pix é o CNPJ da loja?"),
        ("fr", "le colis a été signé par le gardien"),
        ("de", "Ich habe mit dem Kundendienst gesprochen"),
        ("de", "Hermes holt es morgen ab"),
        ("de", "Eisenwaren Köln Ehrenfeld meinte, ihr seid zuständig"),
    ],
)
def test_ordinary_words_in_a_person_slot(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("it", "Mirco Sanna passa a ritirare la cassettiera Malm sabato", ["Mirco Sanna"]),
        ("it", "mio marito Oreste ha preso il Brunello", ["Oreste"]),
        ("de", "Mein Mann Volkmar holt es am Samstagvormittag ab", ["Volkmar"]),
        ("en", "Spoke to Rosalind Whitcombe's assistant yesterday", ["Rosalind Whitcombe's"]),
    ],
)
def test_things_and_times_in_a_person_slot(language: str, text: str, names: list[str]) -> None:
    """A product after a pick-up verb, what someone took, and a time in "holt es … ab" are no one."""
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("es", "Hoy pasa Dayrelis a pagar lo que falta", ["Dayrelis"]),
        ("es", "Lo trajo Quelmira ayer por la tarde", ["Quelmira"]),
        ("es", "Según Yanuario el mensajero vino a las 9", ["Yanuario"]),
        ("es", "Me recomendó Dayrelis este modelo", ["Dayrelis"]),
        ("es", "¿es Quelmira la que llamó esta mañana?", ["Quelmira"]),
        ("es", "Le pedimos a Yanuario que lo trajera el lunes", ["Yanuario"]),
        ("es", "Audio de Quelmira: ¿podéis llamarla?", ["Quelmira"]),
        ("es", "Dayrelis dice que la talla es pequeña", ["Dayrelis"]),
        ("es", "Tarta con el nombre Quelmira, 15 velas", ["Quelmira"]),
        ("es", '¿Se puede grabar "Yanuario" en la pulsera?', ["Yanuario"]),
        ("es", "El paquete va en casa de Dayrelis Quelmo, 2.º piso", ["Dayrelis Quelmo"]),
        ("es", "Cita para los niños, a cargo de Yanuario Quelmo.", ["Yanuario Quelmo"]),
        ("es", "La entrega la firmó Abril Sotomayor, pero no la conozco", ["Abril Sotomayor"]),
    ],
)
def test_spanish_person_slots_second_look(language: str, text: str, names: list[str]) -> None:
    """Someone paying or collecting ("pasa X a pagar"), who did it ("lo trajo X"), whose word it is
    ("según X", "X dice que"), a name to write on a cake or engrave, whose house or care; a month that is
    a first name before a listed surname ("Abril Sotomayor")."""
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    "text",
    [
        "Según la web el pedido llega mañana",
        "Según el albarán tendrían que ser tres cajas",
        "Según Correos ya está entregado",
        "según veo no ha salido",
        "Lo trajo el mensajero ayer",
        "Lo pagó todo con tarjeta",
        "Me cobró dos veces la funda",
        "Hoy pasa alguien a recoger el pedido",
        "¿Es esta la que pedí?",
        "Le dije a mi madre que llegaba hoy",
        "Audio de WhatsApp: no se oye",
        "Tarta con el nombre en dorado, 10 velas",
        '¿Se puede grabar "Feliz cumpleaños" en la taza?',
        "La web dice que está agotado",
        "en casa de mis padres, segundo piso",
        "a cargo de la empresa de transporte",
        "Atendido por Servicio Técnico",
        "La recogió en abril mi hermano",
    ],
)
def test_spanish_ordinary_words_in_the_new_slots(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="es"), text, min_score=0.6) == []


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "a birthday cake with the name Tobiah please", ["Tobiah"]),
        ("en", 'can you engrave "Tobiah" on the bracelet?', ["Tobiah"]),
        ("it", "una torta con il nome Ginevrina, 10 candeline", ["Ginevrina"]),
        ("it", 'potete incidere "Ginevrina" sul bracciale?', ["Ginevrina"]),
        ("pt", "um bolo com o nome Quitéria, por favor", ["Quitéria"]),
        ("pt", 'dá para gravar "Quitéria" na pulseira?', ["Quitéria"]),
        ("fr", "un gâteau avec le prénom Maëlys, 10 bougies", ["Maëlys"]),
        ("fr", "pouvez-vous graver « Maëlys » sur le bracelet ?", ["Maëlys"]),
        ("fr", "Gwendoline dit que la taille est petite", ["Gwendoline"]),
        ("de", "eine Torte mit dem Namen Wiebke, bitte", ["Wiebke"]),
        ("de", "Können Sie „Wiebke“ gravieren lassen?", ["Wiebke"]),
        # what goes on goods that is no one
        ("en", "a cake with the name of the shop on it", []),
        ("en", 'can you engrave "Happy Birthday" on it?', []),
        ("it", 'potete incidere "Buon compleanno" sul bracciale?', []),
        ("pt", 'dá para gravar "Feliz aniversário" na pulseira?', []),
        ("fr", "pouvez-vous graver « Joyeux anniversaire » sur le bracelet ?", []),
        ("fr", "Le site dit que c'est en stock", []),
        ("de", "eine Torte mit dem Namen Ihrer Firma", []),
        ("de", "Können Sie „Alles Gute“ gravieren?", []),
    ],
)
def test_a_name_to_put_on_goods(language: str, text: str, names: list[str]) -> None:
    """A cake "with the name X" and a bracelet to engrave with "X" carry a person's name."""
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names
