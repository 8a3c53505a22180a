"""Names several writers of the retired Italian, Spanish and Portuguese sets put in the same shapes and
Veil forwarded: the wedding party and the teacher named by their part ("la mia testimone Ginevra", "mi
dama de honor Begoña", "al sensei Okabe"; `name_words.RELATIONS`), a woman friend after a possessive
("mi amiga Paredes"), a maiden name after "de soltera" or
after a comma ("Rosalía Mendo, de soltera Quiroga", "col cognome da nubile, Marcella Zanin";
`surname_said`), the receiver of a voucher beside its giver ("da Lidia a Tesfay"; `from_to`), and whom an order is
for before its collection ("la torta per Tesfaye, passo sabato"; `shop_people`). Controls: the card
called Maestro, a bride's dress, the hen party, a sentence going on after the comma, a train from town
to town, a phone called Honor, a part for a brand. Sentences written here, none taken from a set."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.from_to import from_to
from proxy.detection.shop_people import said_of_person
from recognizers import PersonNameRecognizer
from tests.detection.helpers import at, found
from tests.recognizers.helpers import found as rule_found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("it", "la mia testimone Ginevra deve provare il vestito", ["Ginevra"]),
        ("it", "Lo sposo Adelmo e il testimone Italo vogliono la cravatta grigia", ["Adelmo", "Italo"]),
        ("it", "Complimenti al maestro Ferretti per il saggio", ["Ferretti"]),
        ("es", "mi dama de honor Begoña necesita otra prueba", ["Begoña"]),
        ("es", "Enhorabuena al sensei Okabe por el torneo", ["Okabe"]),
        ("pt", "a minha dama de honra Filipa vem à prova amanhã", ["Filipa"]),
        ("de", "meine Brautjungfer Wiebke braucht das Kleid eine Nummer größer", ["Wiebke"]),
    ],
)
def test_the_wedding_party_and_the_teacher_by_their_part(language: str, text: str, names: list[str]) -> None:
    assert rule_found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "pago con Maestro va bene?"),
        ("it", "abito da sposa Pronovias taglia 40"),
        ("es", "¿aceptáis Maestro o solo Visa?"),
    ],
)
def test_the_card_and_the_dress_are_no_one(language: str, text: str) -> None:
    assert rule_found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("es", "En la escritura aparece Rosalía Mendo, de soltera Quiroga", ["Quiroga"]),
        ("pt", "Na escritura consta Graça Lobo, de solteira Pimentel", ["Pimentel"]),
        ("es", "la cuenta está con mi apellido de soltera, Urquijo, desde 2019", ["Urquijo"]),
        ("it", "la tessera è ancora col cognome da nubile, Marcella Zanin", ["Marcella Zanin"]),
        ("de", "das Abo läuft noch auf meinen Geburtsnamen, Hinrichsen", ["Hinrichsen"]),
    ],
)
def test_a_maiden_name_after_de_soltera_or_a_comma(language: str, text: str, names: list[str]) -> None:
    assert rule_found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "fuimos a la despedida de soltera Ibiza fue genial"),
        ("pt", "a despedida de solteira Lisboa foi ótima"),
        ("es", "la cuenta está con mi apellido de soltera, pero ya cambié"),
        ("it", "la tessera è col cognome da nubile, però la carta no"),
    ],
)
def test_the_hen_party_and_a_sentence_going_on(language: str, text: str) -> None:
    assert rule_found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []


@pytest.mark.parametrize(
    ("text", "word", "others", "given"),
    [
        ("Una gift card per la spa, da Lidia a Tesfay", "Tesfay", ("Lidia",), True),
        ("un buono da Tesfay a Lidia", "Tesfay", ("Lidia",), True),
        ("Tarjeta regalo de Marisol para Yeison", "Yeison", ("Marisol",), True),
        ("Gutschein von Ilse an Bashkim", "Bashkim", ("Ilse",), True),
        # no person on the other side, no "from", or a listed place
        ("Il treno va da Milano a Tesfay", "Tesfay", (), False),
        ("Lidia a Tesfay lo ha detto", "Tesfay", ("Lidia",), False),
        ("el envío de Rosario a Mendoza tarda dos días", "Mendoza", ("Rosario",), False),
    ],
)
def test_a_giver_and_a_receiver(text: str, word: str, others: tuple[str, ...], given: bool) -> None:
    assert from_to(text, *at(text, word), [at(text, o) for o in others]) is given


def test_a_voucher_receiver_the_model_alone_proposes_is_kept(analyzer: Analyzer) -> None:
    text = "Una gift card per la spa, da Lidia a Tesfay"
    people = {value for entity, value in found(analyzer, text, "it") if entity == "PERSON"}
    assert "Tesfay" in people


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "avete la cover del Honor 90 nel negozio di Treviso?"),
        ("es", "¿hay fundas del Honor 90 en la tienda de Zamora?"),
    ],
)
def test_the_honour_of_a_bridesmaid_names_no_one_before_a_town(analyzer: Analyzer, language: str, text: str) -> None:
    """ "dama de honor" is a relation by its head, "dama": "Honor" (a phone) makes no town a person's."""
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("text", "word", "said"),
    [
        ("mettetemi da parte la torta per Tesfaye, passo sabato", "Tesfaye", True),
        ("¿me guardáis el lote para Arrieta? Lo recojo el lunes", "Arrieta", True),
        ("separem o bolo pra Tchissola, passo sábado", "Tchissola", True),
        # what a part fits, and no one coming by; or coming by with no "for"
        ("avete il filtro per Dyson? è per l'aspirapolvere", "Dyson", False),
        ("il filtro Dyson, passo domani", "Dyson", False),
    ],
)
def test_whom_an_order_is_for_before_its_collection(text: str, word: str, said: bool) -> None:
    assert said_of_person(text, *at(text, word), []) is said


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "mettetemi da parte la torta per Tesfaye, passo sabato", "Tesfaye"),
        ("pt", "separem o bolo pra Tchissola, passo sábado", "Tchissola"),
    ],
)
def test_an_order_for_an_unlisted_name_is_kept(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    people = {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}
    assert name in people


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "reservé dos plazas, ¿mi amiga Paredes puede coger la otra?", "Paredes"),
        ("es", "¿mi amiga Cuevas puede venir al taller del jueves?", "Cuevas"),
        ("pt", "a minha amiga Paredes pode ficar com a outra vaga?", "Paredes"),
    ],
)
def test_a_woman_friend_after_a_possessive(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    """Spanish and Portuguese "amiga" after "mi"/"minha": a surname that is also a word is still her."""
    people = {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}
    assert name in people


def test_amiga_alone_greets(analyzer: Analyzer) -> None:
    assert found(analyzer, "gracias amiga Feliz día", "es") == set()
