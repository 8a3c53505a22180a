"""Two people joined by "and" as the subject of a plural verb of coming or collecting
(`coordinated_names`): a listed first name vouches for an unlisted or word-like partner. The
sentences are our own; the negative controls are goods, colours, companies and relatives."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "Laura and Zeb will collect it on Friday", ["Laura", "Zeb"]),
        ("en", "fiona and rufus will pop in tomorrow", ["fiona", "rufus"]),
        ("it", "Giovanna e Brizio passeranno venerdì", ["Giovanna", "Brizio"]),
        ("it", "Al ritiro vengono Marta Sechi e Brizio Loi, firma uno dei due", ["Marta Sechi", "Brizio Loi"]),
        ("fr", "amandine et gaspard viendront samedi", ["amandine", "gaspard"]),
        ("es", "Rocío y Fermín recogerán el pedido el lunes", ["Rocío", "Fermín"]),
        ("pt", "Beatriz e Tibério vão buscar amanhã", ["Beatriz", "Tibério"]),
        ("de", "Annegret und Wigand kommen morgen vorbei", ["Annegret", "Wigand"]),
    ],
)
def test_two_people_before_a_plural_verb(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mum and Dad will come by on Saturday"),
        ("en", "Black and White will both be restocked"),
        ("it", "Rosso e Nero arriveranno lunedì?"),
        ("es", "Correos y Seur llegan tarde"),
        ("fr", "Le bleu et le vert arrivent quand ?"),
        ("de", "Tisch und Stühle kommen getrennt"),
        ("pt", "Mesa e cadeiras vão chegar juntas?"),
    ],
)
def test_things_before_a_plural_verb_are_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
