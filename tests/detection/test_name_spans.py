"""A found name is completed over what can only continue it, and names listed beside it are names
(`proxy.detection.name_spans`). Made-up names in the shapes the retired sets showed (surname
particles, initials, names in capitals or lower case, lists, gift-card and booking record lines),
with goods, brands, places, greetings and German "ich bin" as controls."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str, language: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a particle between two found parts, or before a surname after a found first name
        ("en", "I spoke to Gwenllian ap Dafydd about the invoice", "Gwenllian ap Dafydd"),
        ("fr", "Le colis est chez Nadia Ait Belkacem, au 3e", "Nadia Ait Belkacem"),
        ("fr", "merci de voir avec yasmina ait slimane pour la livraison", "yasmina ait slimane"),
        ("fr", "Merci de voir avec Sabrina Ait Amara, au service compta", "Sabrina Ait Amara"),
        ("es", "Hablé con Fátima El Idrissi de atención al cliente", "Fátima El Idrissi"),
        ("pt", "A encomenda é para Maria do Amparo Valadares, levanta amanhã", "Maria do Amparo Valadares"),
        ("de", "Ansprechpartnerin ist Hiltrud zur Lage, die Anzahlung kommt morgen", "Hiltrud zur Lage"),
        ("de", "Bitte an Swantje zur Horst schicken, sie ist ab 16 Uhr da", "Swantje zur Horst"),
        # a listed surname after a given name of several words; in lower case too
        ("en", "Can you change the booking to Mei Lin Cheung please?", "Mei Lin Cheung"),
        ("pt", "oi é rosalina pestana cardoso de novo, alguma novidade?", "rosalina pestana cardoso"),
        # a second surname that is also a word ("Castro", "garrido"), or spelt with its accents ("Muñoz")
        ("es", "os escribo de parte de rosendo luis ruiz castro, que está ingresado", "rosendo luis ruiz castro"),
        ("es", "eulogio crespo garrido por aquí, ¿salieron ya las puertas?", "eulogio crespo garrido"),
        ("es", "dejadlo en conserjería con maría del pilar valverde, está hasta las dos", "maría del pilar valverde"),
        ("es", "¿Maricruz de la Fuente Muñoz y yo tenemos el descuento?", "Maricruz de la Fuente Muñoz"),
        # a name written in capitals, particles inside
        ("it", "Nome e cognome - KARIMA EL FASSI", "KARIMA EL FASSI"),
        ("es", "JOSÉ MARÍA DE ITURBE - PEDIDO 55120 - TALLA MAL", "JOSÉ MARÍA DE ITURBE"),
    ],
)
def test_a_found_name_is_completed(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert name in _people(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # an item of a list beside found names: the last after "and", one in lower case, one before
        ("en", "Names for the 4pm tour: Stavros Christodoulou, Miriam Abrahams and Ally Macdonald", "Ally Macdonald"),
        ("fr", "liste des invités sovann keo / théo lemaire / margaux roussel", "sovann keo"),
        ("it", "Iscritti al corso: Matteo Vitale, Niccolò Pellegrino e Benedetta Fontana", "Niccolò Pellegrino"),
        # an age in brackets: a child's name, though also a place's
        ("es", "Cita para los niños: Montserrat (6 años) y Sergi (9 años), a cargo de Jaume Rius", "Montserrat"),
    ],
)
def test_a_list_item_beside_found_names_is_a_name(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert name in _people(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a record line of a gift card or a booking beside a line with a found name
        ("en", "Gift card please:\nTo: Esme\nFrom: Oluwaseun Adebayo x", "Esme"),
        ("es", "clienta: nerea urquiza\nestilista: zuriñe\nservicio: corte", "zuriñe"),
        ("it", "Cliente: Tiziana Tomasin\nParrucchiera: Chiara\nServizio: colore + taglio", "Chiara"),
        ("pt", "Cartão de presente\nPara: Duarte\nDe: Quim Magalhães", "Duarte"),
        # a form's "Nom - Prénom :" field
        ("fr", "Nom - Prénom : LOÏC KERGOAT", "LOÏC KERGOAT"),
    ],
)
def test_a_record_slot_beside_a_found_name_is_a_name(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert name in _people(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a first name that is also a word, before a found name: capitalised inside a sentence, or in
        # lower case after a word that puts a person there
        ("en", "The present is for June Morgan, please add a card", "June Morgan"),
        ("en", "it's for hope russell, she'll be home after 4", "hope russell"),
        ("en", "the parcel was signed by guy russell but i don't know him", "guy russell"),
        ("de", "Das Paket hat August Wagner angenommen, danke", "August Wagner"),
    ],
)
def test_a_word_name_before_a_found_name_is_the_name(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert name in _people(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("it", "Ho comprato Tazza, Piatto e Bicchiere", {"Tazza", "Piatto", "Bicchiere"}),  # no name, no list
        ("it", "Per Marco: Tazza, Piatto e Bicchiere", {"Tazza", "Piatto", "Bicchiere"}),
        ("pt", "Comprei para a Joana: Caneca, Prato e Copo", {"Caneca", "Prato", "Copo"}),
        ("en", "Order for Sam: Velvet Armchair, Oak Table and Linen Curtains", {"Velvet Armchair", "Oak Table"}),
        ("it", "Avete ancora Giulietta di Bershka in taglia M?", {"Giulietta di Bershka"}),  # a model and its maker
        ("de", "Ich bin Anna Weber und habe bestellt", {"bin Anna Weber"}),  # "bin" is no particle here
        ("de", "Ich schreibe für meine Oma Hilde, die kein Handy hat", {"Oma Hilde"}),
        ("de", "Bestellung 40378 / Ivana Perić / Erstattung immer noch nicht da", {"Erstattung"}),
        ("en", "The recipient is Tom Hale, I'll email you the rest", {"I'll"}),
        ("it", "Grazie Marco, Buona giornata a tutti", {"Buona"}),
        ("en", "Thanks Anna and Happy Birthday", {"Happy", "Happy Birthday"}),
        ("fr", "Révision prévue au nom de Lemoine, Clio grise, c'est bien vendredi ?", {"Clio"}),  # the car
        ("fr", "Bises, Margaux", {"Bises"}),
        ("es", "Soy Lucía Pérez de Atención al Cliente", {"Lucía Pérez de Atención"}),
        ("es", "Para: Recoger en tienda\nNombre: Ana Ruiz", {"Recoger"}),
        ("pt", "Cartão de presente\nPara: Levantar na loja\nDe: Joana Reis", {"Levantar"}),
        ("en", "From: Amazon\nTo: Anna Smith", {"Amazon"}),
        ("en", "Grooming for Biscuit (dog) and Max, owner Anna Lee", {"Biscuit"}),  # no age: a pet
        ("de", "Kissen (2) und Decke (1), Bestellung von Jana Kühn", {"Kissen", "Decke"}),  # counted goods
        ("es", "pedí la camiseta de ana en blanco y negro", {"ana en blanco"}),
        ("es", "Quiero la de Sara en blanco", {"Sara en blanco"}),
        ("en", "We ordered in June Morgan was away so I signed", {"June Morgan"}),  # a month after "in"
        ("en", "I hope Pierre is ok", {"hope Pierre", "I hope Pierre"}),
        ("en", "Will Threlfall be in today?", {"Will Threlfall"}),  # a sentence's first word
    ],
)
def test_goods_greetings_and_words_beside_a_name_stay_words(
    analyzer: Analyzer, language: str, text: str, absent: set[str]
) -> None:
    assert not absent & _people(analyzer, text, language)
