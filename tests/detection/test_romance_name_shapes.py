"""Names the Romance-language writers of the retired sets wrote in shapes the rules stopped short of
(2026-12-06, evening): a surname no list holds after a found first name, a record field's surname in
capitals that is also a frequent word, a census surname after an initial, and a name to be written
on a thing (a cake, a label, an engraving, a certificate, a shirt). Made-up names in those shapes,
with goods, sizes, materials and a line's cry in capitals as controls."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str, language: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a surname no list holds after a found first name (`name_spans._right`): here a rare first name
        ("pt", "Olá sou Edivaldo Anunciação, confirmo a consulta de quinta", "Edivaldo Anunciação"),
        # a capitalised first name that is also a word before a particle and a surname
        ("it", "Ho lasciato il pacco per Immacolata De Tullio in portineria", "Immacolata De Tullio"),
        # a record field's surname in capitals that is a frequent word (`_capital_surname_before`)
        ("pt", "Inscrição no judô: MEDEIROS Anselmo, 9 anos, turma de quinta", "MEDEIROS Anselmo"),
        ("pt", "Hotel pro cachorro, tutor VIEIRA Ivanilde, contato de emergência a vizinha", "VIEIRA Ivanilde"),
        ("fr", "BEN SALAH Nadia - j'ai perdu ma carte de fidélité", "BEN SALAH Nadia"),
        # a census surname after an initial, though a frequent word of the chat corpora
        ("pt", "Ajustar a bainha 2 cm, T. Vasconcelos, busco no sábado", "T. Vasconcelos"),
        ("pt", "Bom dia, V. Teixeira do apto 12, a torneira pinga de novo", "V. Teixeira"),
        # a name to be written on a thing
        ("pt", "Bolo pra sábado escrito Parabéns Edivaldo com cobertura de morango", "Edivaldo"),
        ("pt", "Pedido pra retirar 19h: 3 pastéis, nome Bexerril", "Bexerril"),
        ("pt", "camisa do time com número 9 e nome Tabosa nas costas", "Tabosa"),
        ("es", "hola, tiene una etiqueta que pone yurena pomacusi", "yurena pomacusi"),
        ("es", "el nombre tiene que ir como yurena pomacusi, igual que en el pasaporte", "yurena pomacusi"),
        ("es", "la camiseta lleva el dorsal 4 y el nombre Ezeonu detrás", "Ezeonu"),
        ("it", "Torta per sabato, scritta Auguri Teodora e bordo rosa", "Teodora"),
        ("it", "Sulla targa scrivete yurena pomacusi, grazie", "yurena pomacusi"),
        ("fr", "J'ai perdu une gourmette dans vos cabines, gravé Anselme, merci de me rappeler", "Anselme"),
        ("fr", "un parapluie noir oublié au rayon, il y a écrit nanou gondufo dessus", "nanou gondufo"),
        ("fr", "ma fille a perdu son gilet, l'étiquette dit nanou pomacusi", "nanou pomacusi"),
        # who holds a role in a record: landlord, owner, guarantor, godparent
        ("pt", "falem com o padrinho Dauda Mané, ele paga", "Dauda Mané"),
        ("it", "pratica affitto: garante Romedio Ezeonu, buste paga in allegato", "Romedio Ezeonu"),
        ("fr", "le propriétaire est Drissa Ezeonu, il passe lundi", "Drissa Ezeonu"),
        ("es", "la madrina Yaquelín trae el ramo", "Yaquelín"),
        # spelt out in capitals where a name's spelling is asked for
        ("pt", "Na certidão o nome tem que sair NAIR KOH igual ao RG", "NAIR KOH"),
        ("es", "En el título el nombre tiene que ir como NIEVES PRADO, con tilde", "NIEVES PRADO"),
        ("it", "Sulla coppa il nome va scritto ROSA GALLO in oro", "ROSA GALLO"),
        ("fr", "Sur le diplôme le nom doit être écrit NANOU EZEONU comme sur le passeport", "NANOU EZEONU"),
    ],
)
def test_a_name_in_a_romance_shape_is_found(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert name in _people(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le bracelet est gravé or, pas argent"),
        ("fr", "L'étiquette indique 100% coton, lavage à 30"),
        ("fr", "Il y a écrit made in France dessus ?"),
        ("es", "la etiqueta que pone Made in Spain está rota"),
        ("es", "En el diploma poned la fecha de hoy, por favor"),
        ("pt", "tem uma etiqueta escrito made in Portugal"),
        ("pt", "Comprei a camisa, nome Pedido 123"),
        ("pt", "Bolo escrito Parabéns com glacê azul"),
        ("it", "Vorrei il bracciale inciso a mano"),
        ("it", "Torta con la scritta Auguri e bordo azzurro"),
        ("es", "el dueño es muy amable, gracias"),
        ("pt", "o padrinho é meu irmão"),
        ("it", "il proprietario è Amazon"),
        ("fr", "le propriétaire du chien est venu"),
        ("it", "Il Garante Privacy ha multato la società"),
        ("pt", "tutor do curso é ótimo"),
        ("pt", "o nome tem que sair TODO EM CAIXA ALTA"),
        ("es", "el nombre tiene que ir como APARECE EN EL DNI"),
        ("it", "il nome va scritto IN STAMPATELLO"),
        ("fr", "le nom doit être écrit comme NOM PRÉNOM"),
    ],
)
def test_no_one_in_the_same_words(analyzer: Analyzer, language: str, text: str) -> None:
    assert not _people(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a line's first word in capitals is no record field: the found name stays as it was
        ("it", "URGENTE Marco, chiamami appena puoi", "Marco"),
        ("es", "OFERTA Lucía, dos por uno", "Lucía"),
    ],
)
def test_a_capital_word_opening_a_line_is_no_surname(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    people = _people(analyzer, text, language)
    assert not any(name in value and value != name for value in people)
