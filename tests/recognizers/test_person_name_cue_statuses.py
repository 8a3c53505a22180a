"""PersonNameRecognizer: a cue word before a capitalised word that is no one (`bench.nopii_tune16`).

A self-introduction before a nationality, a diet or a customer status, a relative or a role before
a carrier, a shop or a device, a sign-off before a team, a title or relative worn by a brand: left
alone. The same cues before a person, including a demonym or a brand word that opens a longer name
run, stay a name.
"""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "hi I'm Italian so my sizes might be different"),
        ("en", "Hi I'm Canadian, do you ship to Toronto?"),
        ("en", "hello, I'm Vegan, does the jacket have real leather"),
        ("es", "soy Argentina, hacéis envíos a Buenos Aires?"),
        ("es", "soy Socio Club y no me salen los puntos"),
        ("es", "Soy Autónomo, me podéis hacer factura?"),
        ("fr", "je suis Parisienne, vous livrez dans le 15e ?"),
        ("fr", "moi c'est Carte Fidélité, j'ai droit à la remise ?"),
        ("it", "sono Partita Iva, mi fate fattura?"),
        ("it", "sono Milanese, consegnate in giornata?"),
        ("pt", "sou Brasileira, enviam para o Brasil?"),
        ("pt", "sou Empresa, podem passar fatura?"),
        ("en", "the courier Evri said it was delivered"),
        ("en", "my son Xbox controller needs a new battery"),
        ("fr", "le livreur Chronopost n'est pas passé"),
        ("it", "per conto di Amazon mi hanno chiamato"),
        ("en", "Cheers, Marketing"),
        ("en", "many thanks\nWarm regards, Front Desk"),
        ("pt", "Obrigado, Equipa Comercial"),
        ("en", "are the Miss Selfridge jeans back in?"),
        ("es", "tenéis agendas de Mr. Wonderful?"),
        ("es", "tenéis zumo Don Simón de piña?"),
        ("fr", "vous avez le dernier Madame Figaro ?"),
        ("fr", "la Mère Poulard en biscuits, vous avez ?"),
        ("pt", "têm farinha Dona Benta?"),
    ],
)
def test_cue_before_no_one_is_left_alone(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "hi I'm Ffion, I ordered the blue jacket", ["Ffion"]),
        ("en", "I'm Declan Pritchard and my order hasn't come", ["Declan Pritchard"]),
        ("es", "soy Argentina Quiroga, pedí la chaqueta", ["Argentina Quiroga"]),
        ("it", "sono Ludovica Scognamiglio e l'ordine non arriva", ["Ludovica Scognamiglio"]),
        ("it", "sono Greco, ho ordinato ieri", ["Greco"]),
        ("es", "Doña Pepa ya lo recogió", ["Pepa"]),
        ("it", "la Signora Bianca passa a ritirarlo", ["Bianca"]),
        ("en", "the courier Tamsin was really helpful", ["Tamsin"]),
        ("en", "my brother Rhys will pick it up", ["Rhys"]),
        ("fr", "ma mère Poulard Ginette passera", ["Poulard Ginette"]),
        ("it", "scrivo per conto di Ettore Bellandi", ["Ettore Bellandi"]),
        ("en", "Cheers, Callum", ["Callum"]),
        ("pt", "Obrigado, Gonçalo Magalhães", ["Gonçalo Magalhães"]),
        ("fr", "Madame Kerjean passera le chercher", ["Kerjean"]),
    ],
)
def test_the_same_cues_before_a_person_stay_names(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names
