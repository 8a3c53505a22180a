"""Names where a parcel is handed over, in texts typed all in capitals, through the rules-only analyzer.

A shouted text ("ENTREGAR A INTI ANTILEO, SEGUNDO PISO") is read by the name rules as if typed in
lower case, so a delivery cue must name its person in any case; Spanish "entregar a" is such a cue,
like Italian "consegnare a" and French "livraison pour". A building's front desk after the cue
("CONSEGNARE A PORTINERIA", "ENTREGAR A CONSERJERÍA") is no one, and neither are the shouted
commerce messages of the six languages, nor a request after thanks ("MERCI DE RAPPELER", read
"merci de rappeler"), which is no sign-off from someone. The names are made up.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import found, settings

LANGUAGES = ("en", "fr", "it", "pt", "es", "de")


@pytest.fixture(scope="module")
def blank() -> Analyzer:
    """Rules only: no model for any language."""
    return build_analyzer(settings(models={}, languages=LANGUAGES, default_language="en"))


NAMES = [
    ("es", "ENTREGAR A WAYRA QUISPEBAL EN EL 3ºB", "WAYRA QUISPEBAL"),
    ("es", "ENTREGAR A ANAHÍ TICONAPA, SEGUNDO PISO", "ANAHÍ TICONAPA"),
    ("es", "entregar a wayra quispebal, segundo piso", "wayra quispebal"),
    ("es", "Entregar a Inti Ticonapa, segundo piso", "Inti Ticonapa"),
    ("es", "Si no estoy, entregárselo a Inti Condorpal del 2º", "Inti Condorpal"),
]


@pytest.mark.parametrize(("language", "text", "name"), NAMES)
def test_a_delivery_cue_names_its_person_in_any_case(blank: Analyzer, language: str, text: str, name: str) -> None:
    assert ("PERSON", name) in found(blank, text, language)


CLEAN = [
    # a front desk after a delivery cue
    ("es", "ENTREGAR A CONSERJERÍA"),
    ("es", "entregar a portería si no hay nadie"),
    ("es", "ENTREGAR A RECEPCIÓN, SEGUNDO PISO"),
    ("it", "CONSEGNARE A PORTINERIA"),
    ("it", "consegnare a reception entro le 18"),
    ("fr", "LIVRAISON POUR ACCUEIL - BAT B"),
    # the cue before a manner, a time, a place or a relative
    ("es", "ENTREGAR A DOMICILIO POR LA MAÑANA"),
    ("es", "Lo pueden entregar a partir de las 5?"),
    ("es", "ENTREGAR A LA VECINA DEL 3º"),
    ("es", "entregar a mi madre"),
    ("es", "Se puede entregar a Correos directamente?"),
    ("es", "ENTREGAR A CUALQUIER HORA"),
    # a polite request after thanks, read in lower case, is no sign-off from someone
    ("fr", "COMMANDE 41170 TOUJOURS PAS ARRIVÉE, MERCI DE VÉRIFIER"),
    ("fr", "MERCI DE RAPPELER"),
    ("fr", "colis abîmé, merci de vérifier"),
    # shouted commerce messages with no one in them, six languages
    ("en", "ORDER 41170 STILL NOT ARRIVED, PLEASE CHECK THE TRACKING"),
    ("fr", "COMMANDE 41170 TOUJOURS PAS ARRIVÉE, MERCI"),
    ("it", "ORDINE 52210 - TAGLIA SBAGLIATA DI NUOVO"),
    ("pt", "PEDIDO 41170 AINDA NÃO CHEGOU, CPF NA NOTA POR FAVOR"),
    ("es", "PEDIDO 41170 SIN LLEGAR, ¿ME PASAS EL IBAN Y EL DNI?"),
    ("de", "BESTELLUNG 41170 NOCH NICHT DA, BITTE AN DER PACKSTATION ABGEBEN"),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_the_same_shapes_with_no_one_in_them(blank: Analyzer, language: str, text: str) -> None:
    assert not {pair for pair in found(blank, text, language) if pair[0] == "PERSON"}
