"""French names copied in capitals into a mixed-case message after a person's preposition ("pour
LUDOVIC LABONNE", "le diplôme de GÉRARD DELPORTE": `recognizers.capital_runs`), a maker's name right
after a French noun of audio gear, paint, tools or stationery ("un ampli Fender", "la peinture
Tollens": `name_words.PRODUCT_NOUNS`), and the goods named after a noun of delivery ("la livraison du
MacBook Air": `filters._thing_article`), and French clubs named like their towns in a fixture ("Lens
contre Rodez": `business.club_match`). Each with its look-alikes; the names are made up."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from recognizers.capital_runs import spans as capital_spans
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, "fr") if entity == "PERSON"}


def _runs(text: str) -> list[str]:
    return [text[start:end] for start, end in capital_spans(text, "fr")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vous pouvez mettre de côté 6 bouteilles de Chinon pour LUDOVIC KERBRAT ? il passe samedi", "LUDOVIC KERBRAT"),
        ("Encadrement du diplôme de GÉRARD DELPORTE, cadre doré, verre antireflet", "GÉRARD DELPORTE"),
        ("Un bouquet pour IBRAHIMA BALDÉ à l'accueil svp", "IBRAHIMA BALDÉ"),
        ("Le colis est arrivé chez SANDRINE PETIT, merci", "SANDRINE PETIT"),
    ],
)
def test_a_french_name_in_capitals_after_a_preposition(analyzer: Analyzer, text: str, name: str) -> None:
    assert _runs(text) == [name]
    assert any(name in value for value in _people(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "commande pour LOUIS VUITTON, merci",
        "le colis de LA POSTE est arrivé",
        "un bon de 20 € pour NOËL PROCHAIN",
        "livré par DHL EXPRESS hier",
        "pour JEAN PAUL GAULTIER le parfum",
        "un coffret pour SANDRINE ROSE GOLD",
        "Vous avez une coque pour SAMSUNG GALAXY ?",
        "Le trajet de PARIS GARE DE LYON est annulé",
    ],
)
def test_capitals_that_name_no_one(text: str) -> None:
    assert _runs(text) == []


def test_french_capitals_need_a_cue_and_mixed_case() -> None:
    assert _runs("Vu LUDOVIC KERBRAT hier") == []  # no cue before it
    assert _runs("POUR LUDOVIC KERBRAT SAMEDI") == []  # shouted: read by the other rules
    assert list(capital_spans("pour LUDOVIC KERBRAT samedi", "it")) == []  # French cues in French only


@pytest.mark.parametrize(
    "text",
    [
        "je cherche un ampli Fender d'occasion, moins de 300 € idéalement",
        "Vous avez de la peinture Tollens en blanc cassé ?",
        "Bonjour vous avez le taille-haie Hoover en stock au magasin ?",
        "Vous réparez les dérailleurs Shimano ? la chaîne saute en côte",
        "il manque le chargeur Levi's dans la boîte",
        "Combien coûte la livraison du Canon EOS R50 à l'étranger ?",
        "la livraison du MacBook Air est offerte ?",
    ],
)
def test_a_maker_after_a_goods_noun_or_a_delivery_noun_is_no_one(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "fr") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("J'ai prêté mon ampli à Fabrice Kerbrat", "Fabrice Kerbrat"),
        ("Le chargeur de Julien est resté chez vous", "Julien"),
        ("La peinture, c'est Gwenaël Le Bihan qui l'a choisie", "Gwenaël Le Bihan"),
    ],
)
def test_a_person_beside_goods_nouns_stays(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "On peut regarder Lens contre Rodez au club-house samedi ?",
        "On peut regarder Lens contre l'Aviron Bayonnais au club-house mercredi ?",
        "On a regardé Marseille contre Lyon hier",
    ],
)
def test_a_french_fixture_names_clubs_not_towns(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "fr") == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("J'habite à Lens, vous livrez samedi ?", "Lens"),
        ("Dupont contre Martin, le procès est jeudi", "Martin"),
    ],
)
def test_a_town_or_a_person_beside_contre_stays(analyzer: Analyzer, text: str, value: str) -> None:
    assert value in {found_value for _, found_value in found(analyzer, text, "fr")}
