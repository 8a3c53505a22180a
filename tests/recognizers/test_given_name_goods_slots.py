"""GivenNameRecognizer: first names in slots only goods fill (`recognizers.goods_slots`).

"for a Seiko", "per un Seiko", "für eine Seiko": what is bought or fitted for it is a thing. "un
amplificatore Marshall", "um berbequim Gibson", "des tournedos Rossini": an indefinite article, a noun
that says no one, then one name alone, is the maker or the recipe. Hand-written sentences, none taken
from a held-out set; the look-alikes keep the same words around a person.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

FOR_A_THING = [
    ("en", "Do you sell straps for a Seiko? the old one snapped"),
    ("en", "Do you have mats for a Mercedes? the boot is wet"),
    ("fr", "Vous avez un bracelet pour une Seiko ? le mien est cassé"),
    ("it", "Avete un cinturino per un Seiko? il mio si è rotto"),
    ("es", "¿Tenéis una correa para un Seiko? la mía se rompió"),
    ("es", "¿tenéis correa para un seiko? la mía se rompió"),  # typed in lower case
    ("pt", "Têm uma bracelete para um Seiko? a minha partiu"),
    ("de", "Habt ihr ein Armband für eine Seiko? meins ist gerissen"),
]


@pytest.mark.parametrize(("language", "text"), FOR_A_THING)
def test_a_name_after_for_and_an_indefinite_article_is_a_thing(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


MAKERS = [
    ("it", "Vorrei un amplificatore Marshall per la chitarra di mio figlio"),
    ("es", "Busco un taladro Gibson de segunda mano"),
    ("es", "¿Tenéis unos altavoces Marshall en oferta?"),
    ("fr", "Vous avez des tournedos Rossini ce soir ?"),
]


@pytest.mark.parametrize(("language", "text"), MAKERS)
def test_a_lone_name_after_an_indefinite_article_and_a_goods_noun_is_the_maker(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


PEOPLE = [
    # "for" a person takes no indefinite article; Portuguese "a" is "the"
    ("it", "Il regalo è per Giulia, domani", ["Giulia"]),
    ("pt", "É para a Jéssica, ela passa amanhã", ["Jéssica"]),
    ("en", "It's for Sarah, she'll collect", ["Sarah"]),
    ("it", "Ho lasciato il pacco per un certo Marco", ["Marco"]),
    # a determiner that says "someone called", a sign-off, a moment: the name is called
    ("it", "Mi ha risposto un certo Carmine, molto gentile", ["Carmine"]),
    ("es", "Un abrazo Marta, hasta mañana", ["Marta"]),
    ("es", "Un beso Carmen", ["Carmen"]),
    ("fr", "Un bisou Julie, à demain", ["Julie"]),
    ("pt", "Um beijo Ana", ["Ana"]),
    ("it", "Un attimo Giulia, controllo subito", ["Giulia"]),
    # a noun that says who the person is
    ("it", "ho una sorella Giulia che lavora da voi", ["Giulia"]),
    ("fr", "j'ai une amie Julie qui a commandé aussi", ["Julie"]),
    ("it", "C'era un ragazzo Marco alla cassa", ["Marco"]),
    # a name that goes on as a subject, or with its surname
    ("it", "un tecnico Marco mi ha detto di aspettare", ["Marco"]),
    ("pt", "Falei com um atendente Rui Barbosa ontem", ["Rui Barbosa"]),
    # a first name given often after a goods noun: a person as often (here called)
    ("it", "Ho preso un biglietto Giulia, ci vediamo là", ["Giulia"]),
    ("pt", "Já comprei um bilhete Joana, encontramo-nos lá", ["Joana"]),
    ("pt", "Procuro um berbequim Gibson barato", ["Gibson"]),  # Portuguese is left out of the slot
    # the goods noun with a preposition before the name: the owner
    ("it", "Vorrei un amplificatore per Marco, il mio vicino", ["Marco"]),
    ("it", "Vorrei un amplificatore come quello di Marco", ["Marco"]),
]


@pytest.mark.parametrize(("language", "text", "names"), PEOPLE)
def test_a_person_in_the_same_words_is_still_found(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names


def test_goods_compound_reads_every_head_as_before() -> None:
    """`goods_compound` tests the heads together (`str.endswith` of the tuple) before each head's length:
    every head alone, with one to four letters before it, inside a word and beside no head gives what
    the test of each head gave."""
    from recognizers import goods_slots

    def each_head(word: str) -> bool:
        if word in goods_slots._DE_GOODS_ALONE:
            return True
        return any(word.endswith(h) and len(word) >= len(h) + 3 for h in goods_slots._DE_GOODS_HEADS)

    words = ["", "a", "kocher", "kaffee", "meier", "schmidt", "wasser", "maschinenbau"]
    for head in (*goods_slots._DE_GOODS_HEADS, *goods_slots._DE_GOODS_ALONE):
        words += [head, head[1:], head[:-1], f"{head}n", *(("x" * k) + head for k in range(1, 5))]
    assert any(goods_slots.goods_compound(word) for word in words)
    assert not all(goods_slots.goods_compound(word) for word in words)
    for word in words:
        assert goods_slots.goods_compound(word) is each_head(word), word
