"""Names a message's layout shows (`recognizers.layouts`), in every language: a spelt surname, a
forwarded contact card, a team sheet, "X here can you…", the one an order is for, a list with emoji
between its items; and the same layouts around things, which stay clean. Sentences written here."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


def _names(analyzer: Analyzer, text: str, language: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a spelling: four letters or more anywhere, three after a name label
        ("en", "The surname is K-O-W-A-L, please fix the delivery note", "K-O-W-A-L"),
        ("en", "surname is O-K-E, the label has it wrong", "O-K-E"),
        ("en", "Her last name is W. I. L. D. E on the form", "W. I. L. D. E"),
        ("es", "El apellido es Q-U-I-R-O-G-A, lo han escrito mal", "Q-U-I-R-O-G-A"),
        ("it", "Il cognome è f-e-r-r-i-g-n-o, sul biglietto è sbagliato", "f-e-r-r-i-g-n-o"),
        ("pt", "O sobrenome é B-A-R-R-O-S, está errado no recibo", "B-A-R-R-O-S"),
        ("fr", "Je vous l'épelle : K-E-R-B-R-A-T, pas autrement", "K-E-R-B-R-A-T"),
        ("de", "Der Nachname ist K-Ö-H-L-E-R, bitte korrigieren", "K-Ö-H-L-E-R"),
        # a forwarded contact card: the line between its label and a phone or e-mail line (Portuguese
        # and French cards with such names are read already)
        ("es", "Contacto reenviado:\nIdoia Etxeberria\nMóvil 611 222 333", "Idoia Etxeberria"),
        ("it", "contatto inoltrato:\nsilvano brisotto\ncell. 347 111 2233", "silvano brisotto"),
        ("de", "Kontakt weitergeleitet:\nSonne Harms\nMobil 0151 2345678", "Sonne Harms"),
        ("en", "Contact card:\nShell Hollingworth\nshell.h@example.com", "Shell Hollingworth"),
        # a team sheet: the words before each squad number
        ("en", "Netball bibs: Maisie Thornton no. 4, Shell Pryce no. 5", "Shell Pryce"),
        ("es", "Dorsales del infantil: Ane Goikoetxea dorsal 3, Cheo Aranburu dorsal 8", "Cheo Aranburu"),
        ("pt", "camisolas dos sub-9: tiago sampaio nº 2, gi meireles nº 10", "gi meireles"),
        ("de", "Trikots E-Jugend: Lasse Brinkmann Nr. 4, Swetti Oltmanns Nr. 10", "Swetti Oltmanns"),
        # a self-introduction opening the message, before a request
        ("en", "Shell Okafor here can you hold the last two croissants for me", "Shell Okafor"),
        ("pt", "Dinho Carvalhais aqui podem guardar um bolo de fubá", "Dinho Carvalhais"),
        ("it", "Ruma Zanetti qui mi tenete da parte una focaccia", "Ruma Zanetti"),
        ("fr", "Ti-Jean Pelletier ici vous pouvez me garder un pain de campagne", "Ti-Jean Pelletier"),
        ("de", "Mo Yilmaz hier könnt ihr mir ein Roggenbrot zurücklegen", "Mo Yilmaz"),
        ("de", "swetti strotmann hier kannst du mir zwei brezeln aufheben", "swetti strotmann"),
        # the one an order is for, after its number or before it
        ("es", "POR FAVOR ANULEN EL PEDIDO 7730 DE YOSELIN QUINTERO GRACIAS", "YOSELIN QUINTERO"),
        ("pt", "FAVOR CANCELAR A ENCOMENDA 7730 DE BIRA MEIRELES OBRIGADA", "BIRA MEIRELES"),
        ("de", "BITTE BESTELLUNG 7730 VON SWETTI WILMS STORNIEREN", "SWETTI WILMS"),
        ("es", "Pedido 88120 Yaritza Montilla sigo sin noticias del reembolso", "Yaritza Montilla"),
        ("it", "Sanna G. - ordine 6612, quando arriva?", "Sanna G."),
        # a list with emoji between its items, one of them a name found
        ("it", "Giada Rinaldi 🎈 Ciro Esposito 🎈 Ruma Hasani vogliono la foto grande", "Ruma Hasani"),
        ("en", "Tess Okafor 🎈 Dean Pickles 🎈 Shell Ashworth all want the big print", "Shell Ashworth"),
        ("de", "Natalja Weber 🎈 Mo Krüger 🎈 Jana Wolf wollen das Foto groß", "Mo Krüger"),
        ("pt", "Bira Tukano 🎈 Marta Sobral 🎈 Rui Pacheco querem a foto grande", "Bira Tukano"),
    ],
)
def test_a_name_the_layout_shows_is_found(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    # covered by a name span: German reads "Lasse Brinkmann Nr" already, the layout leaves it so
    assert any(name in value for value in _names(analyzer, text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # letters joined by hyphens that spell no one: a three-letter code with no label
        ("en", "Product code A-B-C is out of stock"),
        ("fr", "Le modèle X-Y-Z est en rupture ?"),
        # a card's label over a service, not a person
        ("en", "vCard: Customer Services\nTEL: 0161 496 0000"),
        ("es", "Contacto:\nAtención al cliente\nTeléfono 900 100 200"),
        # squad-like numbers after things
        ("en", "Size 10 no. 7 and size 12 no. 9, both in blue"),
        # "here" after things, before a request
        ("en", "Everything here can wait until Monday"),
        ("en", "Prices here are too high"),
        ("it", "Tutto qui mi sembra caro"),
        # an order's number before things
        ("en", "Order 5521 for collection tomorrow"),
        ("it", "Ordine 4471 Nike Air Max taglia 42"),
        ("en", "Order 4471 - blue jacket size M"),
        # emoji between words that are no names
        ("en", "Pizza 🍕 Pasta 🍝 Salad for tonight"),
        ("de", "super schön 😍 in rosa 🌸 bitte"),
    ],
)
def test_the_same_layout_around_things_stays_clean(analyzer: Analyzer, language: str, text: str) -> None:
    assert _names(analyzer, text, language) == set()
