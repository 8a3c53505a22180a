"""Shop chat of pharmacies, bakeries, garages, salons and garden shops in French and English,
through the full analyzer: a state after "c'est" in lower case, a brand after a trade's own noun
and a shop word opening a message are no one; people in the same shapes keep their names.
Sentences written here, none taken from a held-out set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "c'est" then an everyday word in lower case: how things stand, not who is speaking
        ("fr", "ok merci c'est réglé"),
        ("fr", "plus de croissants ? c'est fini pour aujourd'hui"),
        ("fr", "super, c'est parti pour le retrait demain"),
        # shop words the model or the first-name list read as a name opening a message
        ("fr", "Devis pour un parallélisme svp"),
        ("fr", "Rdv pour un brushing samedi possible ?"),
        ("fr", "Commandé hier, toujours pas reçu"),
        # a brand or a line right after a trade's noun
        ("fr", "Vous avez les plaquettes Bosch pour une Clio ?"),
        ("fr", "Je cherche des rosiers Meilland grimpants"),
        ("fr", "Le barbecue Weber Genesis est livré ?"),
        ("fr", "Les macarons Ladurée à la pistache sont finis ?"),
        ("fr", "Le vernis Essie Mademoiselle est en rupture"),
        ("en", "Do you have Gertrude Jekyll roses?"),
    ],
)
def test_trade_chat_holds_no_one(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a popular first name after "c'est" stays a name in lower case, alone or with a surname
        ("fr", "bonjour c'est marie pour la bûche", "marie"),
        ("fr", "salut c'est rose dubois, ma commande ?", "rose dubois"),
        ("fr", "c'est olivier, les plaquettes sont arrivées ?", "olivier"),
        ("en", "hi this is grace, are the roses in?", "grace"),
        ("it", "sono pino di girolamo, il reso", "pino di girolamo"),
        ("fr", "Rdv avec Sophie mardi pour le balayage", "Sophie"),
        # a person beside the trade's noun keeps the name
        ("fr", "Sophie Bernard a payé les plaquettes", "Sophie Bernard"),
        ("fr", "La coloration est pour Camille Durand", "Camille Durand"),
        ("en", "Emily Thompson ordered the David Austin roses", "Emily Thompson"),
    ],
)
def test_people_in_trade_chat_keep_their_names(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    spans = found(analyzer, text, language)
    assert any(entity == "PERSON" and name in value for entity, value in spans), spans
