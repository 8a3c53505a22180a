"""English, French, Italian and German lower-case pairs of a word no list holds and a census surname
(`GivenNameRecognizer._unlisted_lower_pair`, 2026-12-08): the first-name list misses many given
names of Africa, Madagascar, the Balkans and Kurdistan, and the surname vouches for the word before
it, as in Spanish and Portuguese. Controls, one per guard these four languages added
(`unlisted_words`): an ending of the language's nouns, infinitives and adjectives, a frequent word
with an inflection on it, a German compound, a cue word a name follows, an article before the word,
a surname that is a frequent word's plural. Sentences written here, none taken from a bench set."""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer, unlisted_words
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "tinotenda ncube will collect the parcel on friday", ["tinotenda ncube"]),
        ("en", "kind regards, rumbidzai sibanda", ["rumbidzai sibanda"]),
        ("fr", "le colis est pour tsiory ravelo, elle passe jeudi", ["tsiory ravelo"]),
        ("it", "il ritiro lo fa zilan hoxha domani mattina", ["zilan hoxha"]),
        # Italian "a" and German "an" before a person are prepositions, no article or clitic
        ("it", "ho lasciato la ricevuta a tsiory shehu", ["tsiory shehu"]),
        ("de", "das paket holt ronahi dervishi am montag ab", ["ronahi dervishi"]),
        ("de", "eine nachricht an ronahi sahin bitte", ["ronahi sahin"]),
    ],
)
def test_an_unlisted_word_before_a_census_surname_is_a_name(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(language), text) == names


CONTROLS = [
    # an ending of the language's nouns, gerunds, infinitives and adjectives
    ("en", "can you add embossing ncube on the cover"),
    ("fr", "je voudrais une broderie ravelo sur le sac"),
    ("it", "possiamo ricamare gjoni sulla maglia"),
    ("it", "cognome da nubile dervishi"),
    ("it", "vendo ricamatrice gjoni usata"),
    ("de", "die gravur dervishi bitte in schreibschrift"),
    ("de", "die stickerei ncube ist fertig"),
    # a frequent word with an inflection on it
    ("en", "do you stock cushions sibanda"),
    ("fr", "vous vendez deux coussins ravelo ?"),
    ("de", "zwei kartons sibanda"),
    # a German compound whose tail is a frequent word
    ("de", "unsere gästeliste hoxha ist lang"),
    # a cue word a name follows is not the name's first word
    ("en", "attn sibanda re the invoice"),
    ("it", "citofono shehu, secondo piano"),
    # an article right before the word
    ("fr", "je prends une tsiory ravelo"),
    # a surname that is a frequent word's plural
    ("en", "do you sell invicta stoves"),
    ("en", "please print tinotenda kettles on the mug"),
]


@pytest.mark.parametrize(("language", "text"), CONTROLS)
def test_what_the_unlisted_pair_leaves_alone(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(language), text) == []


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("en", "lettering"),
        ("en", "roberts"),
        ("fr", "paniers"),
        ("it", "citofonare"),
        ("de", "gästeliste"),
        ("de", "rojda"),
    ],
)
def test_word_by_shape(language: str, word: str) -> None:
    recognizer = GivenNameRecognizer(language)
    common, names = recognizer._common, recognizer._lists.popularity  # noqa: SLF001 - the lists the rule reads
    expected = word not in ("roberts", "rojda")  # "robert" is a listed name, "rojda" no word's shape
    assert unlisted_words.word_by_shape(language, word, common, names) is expected
