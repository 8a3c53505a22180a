"""French and Italian chat, evening round: feasts and events named as dates (`named_events`), goods
packed or bottled in a town (`name_words.MADE_IN`), a town's market (`name_words.PROMOTIONS`), and
the person slots of a mourning card and of a payer (`verb_slots`). The people are made up; the towns,
feasts and events are real."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.named_events import named_event
from tests.detection.helpers import at

REGIONS = {"fr": "FR", "it": "IT", "en": "GB", "es": "ES", "pt": "BR", "de": "DE"}


def _spans(analyzer: Analyzer, text: str, language: str) -> list[tuple[str, str]]:
    [spans] = analyzer.analyze([text], language=language, regions=[REGIONS[language]])
    return [(s.entity, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(
    ("text", "value", "event"),
    [
        ("Vous livrez en Italie avant l'Ascension ?", "Ascension", True),
        ("J'ai vu la marinière pendant Roland-Garros", "Roland-Garros", True),
        ("Une offre pour le Tour de France sur la cocotte ?", "France", True),
        ("Le retirer à Tours après la Saint-Nicolas ?", "Saint-Nicolas", True),
        ("Les soldes finissent à la Toussaint", "Toussaint", True),
        ("Ci sono confezioni regalo per Pasquetta?", "Pasquetta", True),
        ("Ho visto le scarpe durante il Giro d'Italia", "Italia", True),
        ("Spedite prima dell'Epifania?", "Epifania", True),
        # a saint's name, a surname or a first name like a feast's, and the feast inside a longer span
        ("Le magasin de Saint-Nicolas est ouvert ?", "Saint-Nicolas", False),
        ("C'est M. Toussaint qui a signé", "Toussaint", False),
        ("la commande de jean-toussaint colonna", "jean-toussaint colonna", False),
        ("Epifania Russo ha ritirato il pacco", "Epifania", False),
        ("Livraison en France svp", "France", False),
        ("C'est pour Roland Garnier", "Roland Garnier", False),
    ],
)
def test_named_event(text: str, value: str, event: bool) -> None:
    assert named_event(text, *at(text, value)) is event


NO_ONE = [
    ("fr", "Vous livrez Lindt au Portugal avant l'Ascension ou seulement après ?"),
    ("fr", "Il y aura le pho au menu ce dimanche avec Roland-Garros à la télé ?"),
    ("fr", "Il y aura le bœuf bourguignon au menu ce mardi avec le Tour de France à la télé ?"),
    ("it", "Ci sono ancora confezioni regalo Marc Jacobs per Pasquetta?"),
    ("it", "Ho visto le scarpe Tod's durante il Giro d'Italia, ce l'avete da Coin o solo online?"),
    # goods packed or bottled in a town: the supplier's, not the customer's
    ("fr", "Votre piment vient du Mali ou il est conditionné à Bayonne ?"),
    ("fr", "Votre piment vient du Mali ou il est conditionné à Nancy ?"),
    ("it", "I pistacchi sono della Puglia o confezionati a Mestre?"),
    ("it", "L'olio è imbottigliato a Lucca?"),
    # a town's market, where a stall is
    ("fr", "Il va pleuvoir jeudi, le stand du marché de Bayonne est maintenu ?"),
    ("it", "Domani piove, il banco al mercato di Lecce c'è lo stesso?"),
    # a card's words, a payer's verb with no one in the slot
    ("fr", "Un mug en souvenir de notre voyage"),
    ("fr", "Le virement vient de partir, vous l'aurez demain"),
    ("fr", "Le virement vient de la Banque Postale"),
    ("fr", "Mon mari a payé par carte hier"),
    ("it", "Il bonifico è partito da PayPal ieri"),
    ("it", "Pagamento effettuato da app, tutto ok?"),
    ("it", "Mia madre ha pagato in contanti"),
    ("it", "L'ufficio ha già pagato con bonifico ieri sera"),
    ("fr", "L'assurance a versé 200 € hier"),
]


@pytest.mark.parametrize(("language", "text"), NO_ONE)
def test_no_one(analyzer: Analyzer, language: str, text: str) -> None:
    assert _spans(analyzer, text, language) == []


NAMED = [
    (
        "fr",
        "Fleurs pour les obsèques vendredi, sur la carte : En souvenir de Itxaro Harriague, de la part du club",
        "Itxaro Harriague",
    ),
    ("fr", "sur la carte : en souvenir de gaétan côté, de la part du club", "gaétan côté"),
    ("fr", "14/11 Itxaro Harriague a versé 50 € d'acompte pour le gâteau", "Itxaro Harriague"),
    ("fr", "Le virement vient de Itxaro Etcheverry, c'est le compte de ma sœur", "Itxaro Etcheverry"),
    ("it", "Il bonifico arriva da Alvise Scarpa, è il conto di mio marito", "Alvise Scarpa"),
    ("it", "Pagamento effettuato da Chukwuma Obi", "Chukwuma Obi"),
    ("it", "Rizalyn Țurcanu ha già pagato con il bonifico", "Rizalyn Țurcanu"),
    ("it", "Sul biglietto:\nIn ricordo di Nicolò Scarpa, gli amici del circolo", "Nicolò Scarpa"),
]


@pytest.mark.parametrize(("language", "text", "name"), NAMED)
def test_named(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert ("PERSON", name) in _spans(analyzer, text, language)


KEPT = [
    # a town packed for the customer or said as theirs stays; a person named like a feast stays
    ("fr", "J'habite à Bayonne, le piment est conditionné où ?", ("LOCATION", "Bayonne")),
    ("fr", "Bonjour, je suis Roland Garnier", ("PERSON", "Roland Garnier")),
    ("fr", "J'habite à Bayonne, près du marché", ("LOCATION", "Bayonne")),
    ("it", "Abito a Lecce, vicino al mercato", ("LOCATION", "Lecce")),
]


@pytest.mark.parametrize(("language", "text", "span"), KEPT)
def test_kept(analyzer: Analyzer, language: str, text: str, span: tuple[str, str]) -> None:
    assert span in _spans(analyzer, text, language)
