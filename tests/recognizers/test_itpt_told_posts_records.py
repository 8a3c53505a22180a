"""Italian and Portuguese people named as the one asked or told (`name_words.ADDRESSED_CUES`: "Abbiamo
chiesto a Muchen", "perguntar à Nzinga"), by a post or a relative before them (`RELATIONS`: "il mister
Guidotti", "o técnico Dantas", "a minha noiva Ngueve") and on a record ("no nome Quaresma", "sullo
scontrino c'è Iezzi", "no interfone tá escrito Schouten"). Controls in the same words: a company asked,
a brand that wears "Mister", the everyday words a receipt holds. The sentences are written here."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("it", "Abbiamo chiesto a Muchen di portarlo lunedì", ["Muchen"]),
        ("it", "ho detto a Tsegai che passate voi", ["Tsegai"]),
        ("pt", "o Ronaldo disse para perguntar à Nzinga?", ["Nzinga"]),
        ("pt", "pergunte ao Kiluanji se já chegou", ["Kiluanji"]),
        ("pt", "avisa o Kiluanji que a encomenda chegou", ["Kiluanji"]),
    ],
)
def test_the_one_asked_or_told(language: str, text: str, names: list[str]) -> None:
    assert names[0] in found(PersonNameRecognizer(supported_language=language), text, min_score=0.6)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "chiedo a Amazon il rimborso"),
        ("it", "ho detto a tutti che arrivava"),
        ("pt", "pergunte ao Continente se tem"),
        ("pt", "avise a loja quando chegar"),
    ],
)
def test_a_company_or_a_word_asked_is_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "il mister Guidotti vuole la foto di squadra a colori", "Guidotti"),
        ("it", "il nostro istruttore Gruden ha spostato la lezione", "Gruden"),
        ("pt", "o técnico Dantas quer a foto do time colorida", "Dantas"),
        ("pt", "o treinador Pantoja pediu camisolas novas", "Pantoja"),
        ("pt", "O anel é para a minha noiva Ngueve, dá para ajustar?", "Ngueve"),
        ("pt", "o meu noivo Kalunga quer gravar as iniciais", "Kalunga"),
        ("it", "il regalo è per il mio figlioccio Ermete", "Ermete"),
    ],
)
def test_a_post_or_a_relative_before_a_name(language: str, text: str, name: str) -> None:
    assert name in found(PersonNameRecognizer(supported_language=language), text, min_score=0.6)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "vendete il Mister Baby passeggino?"),
        ("pt", "o Mister Wonderful caderno voltou?"),
        ("pt", "vestido de noiva Pronovias tem?"),
        ("pt", "o técnico Samsung veio ontem"),
    ],
)
def test_a_brand_after_the_same_words_is_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("pt", "comprovante da lavanderia 4417 no nome Quaresma, um edredom", "Quaresma"),
        ("pt", "o recibo tá no nome peixoto", "peixoto"),
        ("pt", "no recibo tá Camacho, dá para segurar o sofá?", "Camacho"),
        ("pt", "no interfone tá escrito Schouten", "Schouten"),
        ("it", "sullo scontrino c'è Iezzi, potete tenermi il divano?", "Iezzi"),
        ("it", "al citofono c'è scritto Cortinovis", "Cortinovis"),
    ],
)
def test_a_name_on_a_record(language: str, text: str, name: str) -> None:
    assert name in found(PersonNameRecognizer(supported_language=language), text, min_score=0.3)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "o recibo tá no nome errado"),
        ("pt", "no recibo está tudo certo"),
        ("it", "sullo scontrino c'è Totale 45 euro"),
        ("it", "sullo scontrino c'è scritto Reso"),
    ],
)
def test_what_else_a_record_holds_is_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.3) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "il nido di calabroni è nel sottotetto dei Mbaye qui accanto", "Mbaye"),
        ("it", "il cane dei Chiabrando abbaia tutta la notte", "Chiabrando"),
        ("pt", "o ninho de vespas é no sótão dos Wisniewski aqui ao lado", "Wisniewski"),
        ("pt", "deixei a encomenda no quintal dos Benchimol", "Benchimol"),
    ],
)
def test_a_family_by_its_home(language: str, text: str, name: str) -> None:
    assert name in found(PersonNameRecognizer(supported_language=language), text, min_score=0.6)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "mi tieni da parte il vinile dei Pooh?"),
        ("it", "la casa dei Sogni è in offerta?"),
        ("pt", "guarda-me o vinil dos Xutos?"),
        ("pt", "a casa dos Açores fecha cedo?"),
    ],
)
def test_a_band_or_a_place_after_the_same_words_is_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
