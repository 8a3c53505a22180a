"""French model spans on a sentence's first word that is a verb by its shape
(an imperative, a participle: `proxy.detection.opening_word`), and the feasts of the other calendars kept in France
(`proxy.detection.named_events`); a person named in the same place is still caught."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Span
from proxy.detection.filters import settle, trim_ner
from proxy.detection.named_events import named_event
from proxy.detection.opening_word import opening_thing
from tests.detection.helpers import at

NER = "SpacyRecognizer"
CUES = "PersonNameRecognizer"


@pytest.mark.parametrize(
    ("text", "value", "entity", "thing"),
    [
        # an imperative with its pronoun
        ("Prévenez-moi quand c'est prêt", "Prévenez", "LOCATION", True),
        ("Rappelez-moi avant 18h svp", "Rappelez", "PERSON", True),
        ("Merci ! Envoyez-le en relais", "Envoyez", "PERSON", True),
        # a first-group verb's participle opening a clause
        ("Transféré de la part de La Poste :\nle carton était abîmé", "Transféré", "LOCATION", True),
        ("Merci. Annulée par erreur, je refais la commande", "Annulée", "PERSON", True),
        # controls: a surname or a first name opening the sentence in the same places
        ("Fontaine passe récupérer le carton demain", "Fontaine", "PERSON", False),
        ("Dupont livré ce matin, rien reçu", "Dupont", "PERSON", False),
        ("Lefebvre sans accent svp", "Lefebvre", "PERSON", False),
        ("Juppé a appelé hier", "Juppé", "PERSON", False),
        ("René passé ce matin ?", "René", "PERSON", False),
        ("Aimé a déposé le colis", "Aimé", "PERSON", False),
        ("Désiré de la compta a validé", "Désiré", "PERSON", False),
        ("Martin-moi", "Martin", "PERSON", False),
        ("Vendée de préférence, livrez-vous là-bas ?", "Vendée", "LOCATION", False),
        # a participle with no clause after it, not at a sentence's start, or more than one word
        ("Transféré", "Transféré", "PERSON", False),
        ("Transféré Julien", "Transféré", "PERSON", False),
        ("Colis Transféré de la part de La Poste", "Transféré", "PERSON", False),
        ("Transféré Dupont de la part de La Poste", "Transféré Dupont", "PERSON", False),
    ],
)
def test_opening_thing(text: str, value: str, entity: str, thing: bool) -> None:
    assert opening_thing(text, Span(entity, *at(text, value), 0.85, NER), "fr", []) is thing


def test_opening_thing_is_french_only_and_yields_to_name_rules() -> None:
    text = "Prévenez-moi quand c'est prêt"
    span = Span("PERSON", *at(text, "Prévenez"), 0.85, NER)
    assert not opening_thing(text, span, "it", [])
    assert not opening_thing(text, span, "fr", [Span("PERSON", *at(text, "Prévenez"), 0.9, CUES)])


@pytest.mark.parametrize(
    ("text", "value", "dropped"),
    [
        ("Prévenez-moi quand c'est prêt", "Prévenez", True),
        ("Transféré de la part de La Poste", "Transféré", True),
        ("Fontaine passe récupérer le carton demain", "Fontaine", False),
    ],
)
def test_settle_drops_opening_things(text: str, value: str, dropped: bool) -> None:
    span = Span("PERSON", *at(text, value), 0.85, NER)
    assert (settle(text, [span], "fr", ner_filter=True) == []) is dropped


@pytest.mark.parametrize(
    ("text", "value", "feast"),
    [
        ("Horaires pour l'Aïd 🙏", "Aïd", True),
        ("Le Lego arrive avant l'Aïd el-Kébir ?", "Aïd el-Kébir", True),
        ("Commande pour Yennayer : le couscous pour 6", "Yennayer", True),
        ("Vous êtes ouverts pendant Hanoucca ?", "Hanoucca", True),
        ("Des bougies pour Diwali, plutôt dorées", "Diwali", True),
        ("Vous fermez pendant le Ramadan ?", "Ramadan", True),
        ("les gâteaux du Mouloud sont prêts ?", "Mouloud", True),
        # a surname and a first name the feasts share, with no masculine article before them
        ("J'ai lu le livre de Tariq Ramadan", "Ramadan", False),
        ("Mouloud passe chercher la commande", "Mouloud", False),
        ("C'est pour Aïda, elle passe demain", "Aïda", False),
    ],
)
def test_calendar_feasts(text: str, value: str, feast: bool) -> None:
    assert named_event(text, *at(text, value)) is feast


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Horaires pour l'Aïd svp", "Aïd svp", "Aïd"),
        ("Julien Moreau stp", "Julien Moreau stp", "Julien Moreau"),
    ],
)
def test_chat_please_is_cut_from_a_span(text: str, value: str, kept: str) -> None:
    """The chat words "svp", "stp" (s'il vous/te plaît) are never part of a name or a place."""
    trimmed = trim_ner(text, Span("LOCATION", *at(text, value), 0.85, NER), "fr")
    assert trimmed is not None and text[trimmed.start : trimmed.end] == kept
