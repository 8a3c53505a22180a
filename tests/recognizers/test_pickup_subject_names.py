"""A first name and a surname as the subject of what a person does with the order, in the shapes of
`bench.names_tune22` ("mark patel is picking it up", "Nolwenn Le Bihan viendra le chercher"), and
carriers, apps, shops and pick-up points before the same verbs, which are no one. The names here are
not `bench.names_tune22`'s."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "orla fennelly is picking it up tomorrow", ["orla fennelly"]),
        ("en", "Kehinde Balogun will collect the order on Friday", ["Kehinde Balogun"]),
        ("en", "Hi, Priyal Mehta is going to sign for the parcel", ["Priyal Mehta"]),
        ("fr", "Maëlys Le Floc'h viendra le chercher samedi", ["Maëlys Le Floc'h"]),
        ("fr", "ronan kerdraon passe récupérer le colis", ["ronan kerdraon"]),
        ("it", "Gonario Fadda passa a ritirarlo domani", ["Gonario Fadda"]),
        ("it", "domani agostina pulina passa a prenderlo", ["agostina pulina"]),
        ("pt", "a Iara Potiguara vai buscar amanhã", ["Iara Potiguara"]),
        ("es", "ayelén catrinao lo recoge mañana", ["ayelén catrinao"]),
        ("de", "Rojhat Kılıç holt es morgen ab", ["Rojhat Kılıç"]),
    ],
)
def test_subject_of_a_pickup(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "DPD Local is delivering it tomorrow"),
        ("en", "Uber Eats will deliver it in 20 min"),
        ("en", "royal mail is picking it up monday"),
        ("en", "Amazon Logistics will deliver it today"),
        ("fr", "c'est le coursier qui va le récupérer"),
        ("fr", "Relais Colis passe récupérer le carton"),
        ("it", "Poste Italiane passa a ritirarlo lunedì"),
        ("it", "just eat viene a prendere l'ordine"),
        ("pt", "ctt expresso passa aí para levantar o pedido"),
        ("es", "Correos Express pasará a recoger el pedido"),
        ("de", "Hermes Paketshop nimmt das Paket an"),
        ("de", "DHL Express holt es morgen ab"),
        ("it", "la Pizzeria Gino consegna fino alle 23"),
        ("de", "Der Kölner Standort nimmt keine Retouren an"),
    ],
)
def test_carriers_and_apps_before_the_verbs(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
