"""Lower-case full names whose first name alone would not pass (`recognizers.lower_pairs`): a
rarer first name or one that is also a word, made a name by the surname after it; a lower-case
double first name; and the commerce words the rule must leave alone. Sentences written here, none
taken from a bench set."""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a first name given rarely, a surname after it
        ("it", "il ritiro lo fa ermenegilda brambilla domani", ["ermenegilda brambilla"]),
        # a first name that is also a word, a census surname after it
        ("it", "scrivo per conto di grazia brambilla, mia zia", ["grazia brambilla"]),
        ("es", "el pedido va a nombre de dolores urrutia", ["dolores urrutia"]),
        ("fr", "le colis est pour olive tessier", ["olive tessier"]),
        ("en", "can summer okonkwo pick it up", ["summer okonkwo"]),
        # a double first name, alone or with its surname
        ("fr", "c'est anne-sophie qui passera samedi", ["anne-sophie"]),
        ("de", "morgen holt hans-peter das paket ab", ["hans-peter"]),
        ("de", "die rechnung bitte auf jan-hendrik ostendorf", ["jan-hendrik ostendorf"]),
        ("de", "die rechnung bitte auf jan-hendrik van der meulen", ["jan-hendrik van der meulen"]),
        # a second surname in a text with no capital: a census surname, though English text has it often
        ("es", "mañana lo recoge carmela ortiz garcía", ["carmela ortiz garcía"]),
        ("en", "order for isla brennan will arrive friday", ["isla brennan"]),
        # German's "das" is the article, no particle of a surname
        ("de", "morgen holt jürgen das paket ab", ["jürgen"]),
    ],
)
def test_lower_case_pairs_are_names(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(language), text) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a word that is also a first name, before a census surname that is a frequent word or a particle
        ("fr", "j'ai laissé le colis chez la voisine"),
        ("de", "bitte hinten klingeln"),
        ("pt", "comprei o kit de aloe vera"),
        # a first name that is a word, before a word that is no surname
        ("it", "avete la maglia rosa antico in taglia m?"),
        ("es", "tenéis mercedes usados en stock?"),
        ("en", "will arrive by friday, mark as delivered"),
        ("en", "summer sale starts monday, rose gold in stock"),
        ("es", "la quiero en rosa palo, talla m"),
        # hyphenated words that are no two first names
        ("de", "das t-shirt in rot bitte"),
        ("fr", "le coca-cola est en rupture"),
    ],
)
def test_lower_case_words_stay_words(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(language), text) == []


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # one to three lower-case words before "here" opening the text or a clause: a name, listed or not
        ("de", "ilvy brakemeier hier, schreibe vom handy", ["ilvy brakemeier"]),
        ("fr", "salut, gwenola kerbrat ici : le code ne marche pas", ["gwenola kerbrat"]),
        ("en", "tamsin okafor here, sorry for the typos", ["tamsin okafor"]),
        ("it", "benedetta sanfilippo qui, scrivo dal telefono", ["benedetta sanfilippo"]),
        ("en", "nat here, the mug arrived broken", ["nat"]),
        # the same shape around a thing, a pronoun or a greeting: no one
        ("fr", "photo ici : le carton était ouvert", []),
        ("en", "link here: the product page", []),
        ("en", "first time here, how do i order?", []),
        ("it", "tutto qui, grazie", []),
        ("de", "foto hier: die verpackung", []),
        ("es", "todo bien por aquí, gracias", []),
        ("pt", "estou aqui: pode ligar", []),
    ],
)
def test_lower_case_names_before_here(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(language), text) == names
