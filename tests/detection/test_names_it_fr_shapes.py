"""Names in Italian and French shapes of `bench.names_tune19`, through the rules-only analyzer.

Telling, asking and handing over "a"/"à"/"chez" someone, whose order or parcel it is, a vocative
before "ci sei?"/"t'es là ?", French "Me" and titles before a particle, a forwarded or exported
chat line's author, and a list of people written with commas; and the same shapes with no one in
them. The names are not from the shipped lists' well-known ones.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from recognizers import PersonNameRecognizer
from tests.detection.helpers import found, settings


@pytest.fixture(scope="module")
def blank() -> Analyzer:
    """Rules only: no model for either language."""
    return build_analyzer(settings(models={}, languages=("it", "fr"), default_language="it"))


NAMES = [
    # a verb of passing on, asking or saying, then the person
    ("it", "Giralo a Bachisio per favore, lei ha il codice", "Bachisio"),
    ("it", "chiedi a gonario se domani è aperto", "gonario"),
    ("it", "Mi ha detto Rakibul: «va bene, lo cambiamo»", "Rakibul"),
    ("fr", "Passe-le à Bilel stp, elle a le code", "Bilel"),
    ("fr", "demande à sokhna si c'est ouvert demain", "sokhna"),
    # where a parcel is left, also shouted
    ("it", "se non ci sono lasciare a Pieri El Amrani al piano terra", "Pieri El Amrani"),
    ("it", "CONSEGNARE A PIERI PORCU - SCALA B", "PIERI PORCU"),
    ("fr", "LIVRAISON POUR NASSIMA QUÉMÉNER - BAT B", "NASSIMA QUÉMÉNER"),
    ("fr", "si absent laisser chez Orsu Santoni au rez-de-chaussée", "Orsu Santoni"),
    # whose order or parcel
    ("it", "L'ordine di Gonario Marchetti è fermo da una settimana", "Gonario Marchetti"),
    ("fr", "La commande de Ghjuvan Filippi est bloquée depuis lundi", "Ghjuvan Filippi"),
    ("fr", "le colis de bilel n'est pas arrivé", "bilel"),
    # a vocative before a question about being there
    ("it", "Bachisio, ci sei? Il corriere è sotto", "Bachisio"),
    ("fr", "Orsu, t'es là ? Le livreur est en bas", "Orsu"),
    # titles before a surname with a particle
    ("fr", "Me Le Goff attend la facture", "Le Goff"),
    ("fr", "Me de la Haye attend la facture", "de la Haye"),
    ("fr", "Mme de Oliveira demande si vous pouvez la rappeler", "de Oliveira"),
    ("it", "La sig.ra De Rosa chiede se potete richiamarla", "De Rosa"),
    ("it", "Il pacco lo prende Ettore Degli Esposti, è mia cognata", "Ettore Degli Esposti"),
    # a forwarded or exported chat line's author
    ("it", "[Inoltrato] Rakibul Benali: ho pagato ma non vedo la conferma", "Rakibul Benali"),
    ("fr", "[12/03/26, 10:15] Gonario Pisanu : j'ai payé hier", "Gonario Pisanu"),
    # a list of people with commas
    ("fr", "Mariama, Ghjuvan et Lakhdar ont déjà payé", "Ghjuvan"),
]


@pytest.mark.parametrize(("language", "text", "name"), NAMES)
def test_italian_and_french_shapes_name_a_person(blank: Analyzer, language: str, text: str, name: str) -> None:
    assert ("PERSON", name) in found(blank, text, language)


CLEAN = [
    ("it", "Giralo al magazzino per favore, loro hanno il codice"),
    ("it", "chiedi al negozio se domani è aperto"),
    ("it", "Chiedi a Amazon se il reso è partito"),
    ("it", "CONSEGNARE A MILANO ENTRO SABATO"),
    ("it", "Si può consegnare a domicilio?"),
    ("it", "L'ordine di martedì è fermo da una settimana"),
    ("it", "L'ordine di Zalando è fermo da una settimana"),
    ("it", "Il reso di Natale non è ancora arrivato"),
    ("it", "[Inoltrato] Servizio clienti: abbiamo ricevuto il pagamento"),
    ("it", "Giacca, Sciarpa e Guanti li ho già pagati"),
    ("fr", "Passe-le au dépôt stp, ils ont le code"),
    ("fr", "La commande de Cdiscount est bloquée depuis une semaine"),
    ("fr", "La commande de Leroy Merlin est bloquée"),
    ("fr", "Me voilà enfin, je peux commander ?"),
    ("fr", "livrer à Lyon avant samedi"),
    ("fr", "LIVRAISON POUR LE BUREAU - BAT B"),
    ("fr", "Vous êtes là ? Le livreur est en bas"),
    ("fr", "Coco Mademoiselle de Chanel est en promo ?"),  # a title, a particle, then a house
    ("fr", "Monsieur le Directeur, je me permets de vous écrire"),  # a title, an article, a role
]


def test_a_title_before_a_particle_in_lower_case_is_a_role() -> None:
    """ "a senhora da caixa": in a text typed all in lower case, a particle after a title opens no
    surname (the title's own reading with a leading particle is for capitalised surnames)."""
    rec = PersonNameRecognizer(supported_language="pt")
    text = "atendeu-me a senhora da caixa ontem e disse que chegava hoje"
    assert rec.analyze(text, ["PERSON"], None) == []


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_the_same_shapes_with_no_one_in_them(blank: Analyzer, language: str, text: str) -> None:
    assert not {pair for pair in found(blank, text, language) if pair[0] == "PERSON"}
