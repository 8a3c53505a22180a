"""Italian and Portuguese names in the frames of an errand (`verb_slots`): who collected or paid
("l'ha ritirato Salonga", "il bonifico l'ha fatto immacolata", "A Socorro já pagou", "foi retirado
por Rebelo"), who advised or sold ("Mi ha consigliato Senait", "Quem me indicou esse modelo foi
Ndumba"), who is asked for, came along or is talked to ("chiedere di teresa al banco", "Sono venuta
con Awet", "Fui com Nzinga", "fala com o Zeca"), who a receipt or a code goes to ("Manda o código de
rastreio para a Lígio"), whose parcel it is ("il pacco di florin non è arrivato", "Questo è il pacco
di Aksil, non il mio"). Controls in the same words: a role, a relative, a company, a town, an everyday
word or a time in the slot. The sentences are written here."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "L'ordine 4410 l'ha ritirato Okonkwo?? non ho mandato nessuno", "Okonkwo"),
        ("it", "il bonifico l'ha fatto incoronata", "incoronata"),
        ("it", "Mi ha consigliato Tsegai questo modello", "Tsegai"),
        ("it", "chiedere di teresa al banco resi", "teresa"),
        ("it", "Sono venuta con Amanuel ma non c'era la taglia", "Amanuel"),
        ("it", "il pacco di florin non è arrivato", "florin"),
        ("it", "Questo è il pacco di Aksil, non il mio", "Aksil"),
        ("pt", "Manda o código de rastreio para a Numénia, por favor", "Numénia"),
        ("pt", "manda o comprovante pro tó", "tó"),
        ("pt", "Quem me indicou esse modelo foi Ndumba", "Ndumba"),
        ("pt", "Fui com Nzinga mas não tinha o tamanho", "Nzinga"),
        ("pt", "A Natividade já pagou", "Natividade"),
        ("pt", "O Lulu passa aí para pagar", "Lulu"),
    ],
)
def test_a_name_in_an_errand_frame(language: str, text: str, name: str) -> None:
    assert name in found(PersonNameRecognizer(supported_language=language), text, min_score=0.4)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "l'ha fatto apposta"),
        ("it", "L'ordine l'ha fatto l'ufficio acquisti"),
        ("it", "l'ha pagato Amazon"),
        ("it", "Mi ha consigliato questo modello"),
        ("it", "chiedere di annullare l'ordine"),
        ("it", "Sono venuta con la macchina"),
        ("it", "Sono venuta con mia figlia"),
        ("it", "ho lasciato le chiavi a casa"),
        ("it", "il pacco di Amazon è arrivato?"),
        ("it", "il pacco di scarpe è arrivato?"),
        ("it", "il pacco di ieri non è arrivato"),
        ("pt", "manda o comprovante pro whatsapp"),
        ("pt", "Manda o código de rastreio para Lisboa"),
        ("pt", "fala com o gerente"),
        ("pt", "Fui com a minha mãe"),
        ("pt", "deixei as chaves com o porteiro"),
        ("pt", "O cliente já pagou"),
        ("pt", "quem paga é o cliente"),
        ("pt", "o pacote da Amazon chegou?"),
        ("pt", "O pedido foi retirado pela transportadora"),
    ],
)
def test_a_role_a_thing_or_a_company_in_the_frame_is_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.4) == []
