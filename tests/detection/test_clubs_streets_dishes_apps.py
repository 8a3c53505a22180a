"""First names that name a club playing, a shop's street, a dish on a menu, a payment app or a word
spelt with "ñ" (2026-12-06, night).

A listed club beside "v", "vs", "x", "gegen", "contro" or on its goods with no "of"
(`business.club_match`); a street named after someone right after a shop's noun, in a clause of
collecting or sending (`shop_street`); a dish noun capitalised before "à"/"alla"
(`given_name_recognizer.dish_before`); a payment app named like a person beside another app or paid
in instalments spelt out (`filters._app_by_name`); a Spanish word spelt with "ñ" that the fold read
as the name without the tilde ("leña" as Lena). Each with a person in the same slot. Hand-written
sentences, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str, language: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("language", "text", "club"),
    [
        ("en", "Can we get a table for Chelsea v Arsenal on Saturday?", "Chelsea"),
        ("en", "Do you do Everton scarves? The Everton shirts sold out", "Everton"),
        ("pt", "Vão passar Flamengo x Vasco no sábado?", "Vasco"),
        ("it", "Dopo la partita contro Fiorentina ci servono le divise lavate", "Fiorentina"),
        ("it", "Quanto costa la maglia ufficiale Fiorentina taglia S?", "Fiorentina"),
        ("de", "Zeigt ihr Fortuna Köln gegen Schalke am Samstag?", "Fortuna Köln"),
        ("es", "¿Echáis el Betis x Vasco en la tele?", "Vasco"),
    ],
)
def test_a_club_playing_or_on_its_goods_is_no_one(analyzer: Analyzer, text: str, language: str, club: str) -> None:
    assert not any(club in value or value in club for value in _people(analyzer, text, language))


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("en", "It was Sarah v Tom in the final, both lovely", "Sarah"),
        ("en", "Give Chelsea's shirts to her after school", "Chelsea"),
        ("it", "Ho giocato contro Marco ieri sera, ha vinto lui", "Marco"),
        ("pt", "O Vasco pediu duas camisas, pode embrulhar?", "Vasco"),
        ("de", "Die Jacke ist für Viktoria, sie holt sie morgen ab", "Viktoria"),
    ],
)
def test_a_person_beside_a_match_word_stays(analyzer: Analyzer, text: str, language: str, person: str) -> None:
    assert person in _people(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text", "street"),
    [
        ("fr", "Je passe récupérer ma commande à la boutique avenue Jean Jaurès jeudi", "Jean Jaurès"),
        ("fr", "Retrait possible au magasin place Victor Hugo ?", "Victor Hugo"),
        ("it", "Ritiro possibile al punto vendita di via Giuseppe Mazzini sabato?", "Giuseppe Mazzini"),
        ("fr", "Vous livrez autour de Pâtisserie rue Jean Moulin ?", "Jean Moulin"),
        ("pt", "Posso levantar na loja da Avenida Afonso Henriques amanhã?", "Afonso Henriques"),
        ("es", "¿Puedo recoger el pedido en la tienda de calle Alfonso XII?", "Alfonso"),
    ],
)
def test_a_shops_street_is_no_one_where_a_customer_collects(
    analyzer: Analyzer, text: str, language: str, street: str
) -> None:
    assert not any(street in value for value in _people(analyzer, text, language))


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("it", "Consegna all'ufficio di via Garibaldi, terzo piano", "Garibaldi"),
        ("fr", "Je récupère chez ma sœur rue Jean Moulin demain", "Jean Moulin"),
        ("it", "Ritiro da Marco in corso Garibaldi", "Marco"),
    ],
)
def test_a_street_not_after_a_shop_stays_where_collected(
    analyzer: Analyzer, text: str, language: str, kept: str
) -> None:
    assert any(kept in value for _, value in found(analyzer, text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "O Bacalhau à Brás de sexta leva ovo?"),
        ("pt", "Menu de domingo: Bacalhau à Brás e salada"),
        ("pt", "Vocês fazem Bacalhau à Brás para levar?"),
    ],
)
def test_a_capitalised_dish_before_a_or_alla_is_the_recipe(analyzer: Analyzer, text: str, language: str) -> None:
    assert _people(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("pt", "Entreguei o Bacalhau à Maria ontem à noite", "Maria"),
        ("pt", "Levei o Frango à Ana Santos, ela pagou", "Ana Santos"),
        ("it", "Ho portato gli Spaghetti alla Giulia, li ha pagati lei", "Giulia"),
        ("it", "Spaghetti alla Norma per Norma, il resto per me", "Norma"),
    ],
)
def test_a_popular_name_after_a_capitalised_dish_stays(
    analyzer: Analyzer, text: str, language: str, person: str
) -> None:
    assert person in _people(analyzer, text, language)


@pytest.mark.parametrize(
    "text",
    [
        "¿Vendéis sacos de leña para chimenea? Los necesito el Lunes",
        "La leña de encina llega el Martes?",
        "Busco una estufa de leña pequeña, ¿hay en Stock?",
    ],
)
def test_a_spanish_word_with_enye_is_no_name_without_it(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text, "es") == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hablé con Begoña y con Iñaki ayer", "Begoña"),
        ("Hablé con Lena ayer, dice que vale", "Lena"),
        ("El paquete es para Toño Pérez", "Toño Pérez"),
    ],
)
def test_a_name_spelt_with_or_without_enye_stays(analyzer: Analyzer, text: str, person: str) -> None:
    assert person in _people(analyzer, text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "On peut régler par Paylib ou Lydia chez vous ?",
        "Lydia ou Wero, c'est possible pour l'acompte ?",
        "Je voudrais prendre Alma en quatre fois pour le canapé",
    ],
)
def test_a_payment_app_beside_another_or_in_instalments_is_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text, "fr") == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Lydia ou Marc passera prendre le colis", "Lydia"),
        ("C'est Alma, ou Inès, qui récupère la commande", "Alma"),
        ("Le colis est pour Lydia, PayPal a validé le paiement", "Lydia"),
    ],
)
def test_a_person_named_like_an_app_stays(analyzer: Analyzer, text: str, person: str) -> None:
    assert person in _people(analyzer, text, "fr")
