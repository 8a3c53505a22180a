"""French names in slots the cue rules did not read: whose name an order or an invoice is made out
in without "de" ("commandés au nom X", "à l'ordre de X": `name_words.ON_BEHALF`), what an engraving,
a plate or an inscription reads, spelt in capitals too ("la gravure au dos dit X": `verb_slots`), and
someone joined to the writer ("X et moi voulons …", "entre moi et X": `verb_slots`). The same words
with a shop, a firm, a wish, a relative or a place in the slot name no one. The names are made up for
these tests."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


def _fr(text: str) -> list[str]:
    return found(PersonNameRecognizer(supported_language="fr"), text, min_score=0.6)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Quincaillerie – 3 pots commandés au nom Maïwenn Kerdoncuff, vous confirmez ?", ["Maïwenn Kerdoncuff"]),
        ("l'inscription au ski est au nom ouedraogo salif, 7 et 9 ans", ["ouedraogo salif"]),
        ("facture à l'ordre de Lukasz Wroblewski, service compta", ["Lukasz Wroblewski"]),
        ("facture à l'ordre de tissot baptistin, service compta", ["tissot baptistin"]),
        ("le chèque à l’ordre de Ghislaine Kerbrat svp", ["Ghislaine Kerbrat"]),
        # "au nom de" is read as before
        ("facture au nom de Ghislaine Kerbrat svp", ["Ghislaine Kerbrat"]),
        # a firm, the shop or a pronoun in the same slots
        ("la facture est au nom du magasin, merci", []),
        ("la facture est au nom de la société", []),
        ("facture à l'ordre de la société, service compta", []),
        ("le chèque est à l'ordre du Trésor public", []),
        ("c'est au nom de mon mari", []),
        ("mettez-le au nom de l'entreprise svp", []),
    ],
)
def test_an_order_made_out_in_a_name(text: str, names: list[str]) -> None:
    assert _fr(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("pile et bracelet pour la montre de ma mère, la gravure au dos dit CASIMIR WOJTCZAK", ["CASIMIR WOJTCZAK"]),
        ("la gravure dit Maëlys Le Bihan, vous pouvez la refaire ?", ["Maëlys Le Bihan"]),
        ("l'inscription porte Gwenola Tanguy", ["Gwenola Tanguy"]),
        # a wish, a maker's mark, a street, a saint in the same slots
        ("la gravure dit Joyeux Anniversaire Maman", []),
        ("l'inscription porte Joyeux Noël", []),
        ("la gravure au dos dit FABRIQUÉ EN SUISSE", []),
        ("la plaque indique Rue Victor Hugo", []),
        ("la gravure au dos dit 18 carats", []),
    ],
)
def test_what_an_engraving_reads(text: str, names: list[str]) -> None:
    assert _fr(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Marine et moi voulons le coloris olive", ["Marine"]),
        ("La facture est à partager entre moi et Teura Tehaamoana, moitié moitié", ["Teura Tehaamoana"]),
        ("2 places pour l'atelier poterie samedi, pour moi et Gwenola Kerbrat", ["Gwenola Kerbrat"]),
        # a relative, a pronoun, an animal, a shop or a greeting beside "moi"
        ("Mon mari et moi passerons samedi", []),
        ("Le chien et moi passerons samedi", []),
        ("Lui et moi passerons demain", []),
        ("entre moi et la boutique, ça va", []),
        ("Bonjour et moi aussi je veux la promo", []),
    ],
)
def test_someone_joined_to_the_writer(text: str, names: list[str]) -> None:
    assert _fr(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("bon christophe devait déposer le vélo jeudi mais il a oublié mdr", ["christophe"]),
        ("bon Manutea peut pas venir à l'escalade ce soir", ["Manutea"]),
        ("Merci. Bon Tehani m'a dit que c'était prêt", ["Tehani"]),
        # a wish, a shop, a carrier, a noun phrase after "bon"
        ("Bon courage a tous", []),
        ("Bon Marché est fermé dimanche ?", []),
        ("bon Chronopost m'a dit demain", []),
        ("Bon le livreur est passé", []),
        ("Bon, le colis devait arriver hier", []),
    ],
)
def test_the_subject_after_an_opening_bon(text: str, names: list[str]) -> None:
    assert _fr(text) == names
