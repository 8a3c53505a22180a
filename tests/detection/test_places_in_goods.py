"""Places that are part of the goods' name (`proxy.detection.goods_names`): a regional specialty's
town and a protected designation said as goods are left in clear; the same places said of the writer
or someone they name, or after a place preposition, stay tokenised."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a specialty with its town: "from"/"de"/"di"/"aus" after the goods, or goods right after it
        ("en", "the pistachios from Bronte are back"),
        ("en", "are the Lisbon tiles frost proof?"),
        ("fr", "les huîtres de Cancale arrivent jeudi"),
        ("it", "i pistacchi di Bronte sono tostati?"),
        ("de", "Printen aus Aachen sind wieder da"),
        ("de", "Marzipan aus Lübeck ist im Angebot"),
        # Spanish "son" is "they are", not a relative: the sentence names no one
        ("es", "las navajas de Albacete son de acero"),
        # a designation with an article or a measure before it
        ("en", "the Cheddar is a bit crumbly this time"),
        ("fr", "le Bordeaux 2018 est à 14 euros"),
    ],
)
def test_a_place_in_the_goods_name_is_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # the writer or a relative there, a home, a place preposition before the designation
        ("en", "my mum sent the pistachios from Bronte", "Bronte"),
        ("en", "I'm from Bordeaux, is the wine from there?", "Bordeaux"),
        ("en", "send the tiles to my sister in Lisbon", "Lisbon"),
        ("fr", "j'habite à Cancale, les huîtres sont livrées ?", "Cancale"),
        ("fr", "envoyez le Cognac à mon père à Bordeaux", "Bordeaux"),
        ("it", "vivo a Bronte, avete i pistacchi?", "Bronte"),
        ("de", "ich wohne in Lübeck, habt ihr Marzipan?", "Lübeck"),
        ("de", "meine Oma aus Aachen schickt uns Printen", "Aachen"),
        ("es", "mi primo en Albacete quiere las navajas", "Albacete"),
        ("es", "vivo en Albacete, ¿las navajas son de acero?", "Albacete"),
    ],
)
def test_the_same_place_said_of_a_person_stays(analyzer: Analyzer, language: str, text: str, place: str) -> None:
    assert any(place in t for _, t in found(analyzer, text, language))


@pytest.mark.parametrize(
    ("language", "text", "folded", "left"),
    [
        ("en", "we sell the Cheddar by the wedge", "cheddar", True),
        ("en", "a glass of Cognac after dinner", "cognac", True),
        ("en", "we have Stilton and Cheddar", "cheddar", True),
        ("en", "I spent a year in the Champagne", "champagne", False),
        ("en", "we stopped in Bordeaux and Cognac", "cognac", False),
        ("en", "we stopped in Bordeaux and Cognac", "bordeaux", False),
        ("en", "the Leeds store", "leeds", False),
    ],
)
def test_a_designation_is_read_from_its_article_or_measure(language: str, text: str, folded: str, left: bool) -> None:
    from proxy.detection import goods_names

    start = text.lower().index(folded)
    end = start + len(folded)
    assert goods_names.named_goods(text, start, end, folded, language) is left
