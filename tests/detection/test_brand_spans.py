"""English and French model spans that are a well-known shop, device, service or a demonym alone
(`proxy.detection.brand_spans`, `name_words.BRANDS`, `name_words.DEMONYMS`). Each side: what is now
left alone, and the people whose surname is a shop word, which must still be caught."""

from __future__ import annotations

import pytest

from proxy.detection.brand_spans import brand_alone
from proxy.detection.detector import Analyzer, Span
from proxy.detection.filters import settle
from tests.detection.helpers import found

NER = "SpacyRecognizer"


def _span(text: str, value: str, entity: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(entity, start, start + len(value), 0.85, NER)


# (language, text, span text, entity, kept)
CASES = [
    ("en", "do you price match Selfridges?", "Selfridges", "PERSON", False),
    ("en", "saw it in Penneys for half the price lol", "Penneys", "LOCATION", False),
    ("en", "will Venmo work or only card", "Venmo", "PERSON", False),
    ("en", "it's cheaper in Lidl but I like yours", "Lidl", "LOCATION", False),
    ("en", "my husband is Scottish so he wants the tartan one", "Scottish", "PERSON", False),
    ("fr", "il était chez Boulanger à 299€", "Boulanger", "PERSON", False),
    ("fr", "on fait les courses chez Intermarché le samedi", "Intermarché", "PERSON", False),
    ("fr", "ma carte Belfius est refusée", "Belfius", "PERSON", False),
    ("fr", "je suis chez Free, ça marche avec la box ?", "Free", "PERSON", False),
    ("fr", "je suis Belge, ça se livre ?", "Belge", "LOCATION", False),
    # a title, a relative or a sign-off before it, a first name beside it: a person
    ("en", "Mrs Boots called about the order", "Boots", "PERSON", True),
    ("en", "my neighbour Mrs Dyson will take it in", "Dyson", "PERSON", True),
    ("en", "kind regards\nChase", "Chase", "PERSON", True),  # a listed first name itself
    ("fr", "Mme Boulanger a appelé ce matin", "Boulanger", "PERSON", True),
    ("fr", "M. Leclerc a payé l'acompte", "Leclerc", "PERSON", True),
    ("fr", "Cordialement\nColruyt", "Colruyt", "PERSON", True),
    ("fr", "j'ai eu Paul Darty au téléphone", "Darty", "PERSON", True),  # a first name before it
    ("fr", "M. Parisien a appelé", "Parisien", "PERSON", True),  # a title before a demonym
    # a brand that is a common surname is the shop only after a word naming a shop or a thing
    ("fr", "au Leclerc il est à 12€", "Leclerc", "PERSON", False),
    ("en", "the Dyson makes a weird noise", "Dyson", "PERSON", False),
    ("fr", "Boulanger a appelé ce matin", "Boulanger", "PERSON", True),
    ("fr", "Leclerc passera demain", "Leclerc", "PERSON", True),
    ("fr", "je travaille avec Picard sur le dossier", "Picard", "PERSON", True),
    ("en", "Dyson called me back", "Dyson", "PERSON", True),
    # a demonym where a name stands, not said as a nationality: a surname or a nickname
    ("en", "ask Irish at the front desk, he has it", "Irish", "PERSON", True),
    ("en", "Polish said it would be ready by noon", "Polish", "PERSON", True),
    ("fr", "demande à Marocain, il sait", "Marocain", "PERSON", True),
    ("en", "is the manual in Polish too", "Polish", "PERSON", False),
    ("en", "my mum's Nigerian and she loved the print", "Nigerian", "PERSON", False),
    ("fr", "c'est la recette Bretonne ?", "Bretonne", "PERSON", False),
    # a country's name is a place too: after a preposition or an article it stays one; right after
    # a lower-case noun it is the adjective (`name_words.COUNTRY_ADJECTIVES`)
    ("fr", "livré en Suisse ?", "Suisse", "LOCATION", True),
    ("fr", "j'habite en Suisse depuis 2019", "Suisse", "LOCATION", True),
    ("fr", "vous livrez vers la Suisse ?", "Suisse", "LOCATION", True),
    ("it", "spedite in Svizzera?", "Svizzera", "LOCATION", True),
    ("fr", "la version Suisse a la prise différente ?", "Suisse", "LOCATION", False),
    ("fr", "c'est une montre Suisse ?", "Suisse", "LOCATION", False),
    ("it", "la versione Svizzera ha la spina diversa?", "Svizzera", "LOCATION", False),
]


@pytest.mark.parametrize(("language", "text", "value", "entity", "kept"), CASES)
def test_brand_spans(language: str, text: str, value: str, entity: str, kept: bool) -> None:
    span = _span(text, value, entity)
    assert brand_alone(text, span, language) is not kept
    if not kept:
        assert settle(text, [span], language, ner_filter=True) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "do you price match Selfridges?"),
        ("en", "will Venmo work or only card"),
        ("fr", "on fait les courses chez Intermarché le samedi"),
        ("fr", "j'ai pris Sosh pour le forfait"),
    ],
)
def test_brands_are_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Mrs Boots called about the order yesterday", "Boots"),
        ("en", "can Sarah Marks collect it on Friday", "Marks"),
        ("fr", "Mme Boulanger a appelé ce matin", "Boulanger"),
        ("fr", "Paul Leclerc passera récupérer la commande", "Leclerc"),
        ("fr", "c'est Gaspard Picard qui m'a parlé de vous", "Picard"),
        ("fr", "Boulanger a appelé ce matin", "Boulanger"),
        ("fr", "Leclerc passera demain", "Leclerc"),
        ("en", "Dyson called me back", "Dyson"),
    ],
)
def test_people_named_like_shops_are_still_found(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert any(entity == "PERSON" and name in value for entity, value in found(analyzer, text, language))
