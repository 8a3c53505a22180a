"""Initials in the slots of a shop's errands in English, French, Italian and German
(`recognizers.name_slots`): the driver a complaint names, a raffle's winner, the sales assistant a
receipt names. An initial there opens a name in lower case too ("b. bhatti"), and before a surname
that is also a word ("B. Bonnet"). Controls hold a page, a number, a saint's church, a title, a
phone, an abbreviation, a street or a company's form in the same places, and the role noun alone
before everyday words. The sentences are written here."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # the driver a complaint names
        ("en", "complaint about driver b. bhatti, left my fridge freezer on the drive", ["b. bhatti"]),
        ("en", "Complaint about the delivery driver W. Baker, parcel thrown over the gate", ["W. Baker"]),
        ("fr", "réclamation contre le chauffeur n. delacroix, il a laissé le frigo dehors", ["n. delacroix"]),
        ("fr", "Plainte sur le livreur G. Fournier, colis abîmé", ["G. Fournier"]),
        ("it", "reclamo sull'autista f. colombo, ha lasciato il frigo sotto la pioggia", ["f. colombo"]),
        ("it", "Reclamo contro il fattorino R. Ferro, pacco lasciato fuori", ["R. Ferro"]),
        ("de", "beschwerde über den fahrer e. rieple, er hat den kühlschrank draußen gelassen", ["e. rieple"]),
        # a raffle's winner
        ("en", "raffle winner was k. zając, can you post the hamper?", ["k. zając"]),
        ("fr", "le gagnant de la tombola c'est p. iriart, vous envoyez le panier ?", ["p. iriart"]),
        ("it", "il vincitore della lotteria è r. benali, spedite il cesto?", ["r. benali"]),
        # the sales assistant a receipt names, with a surname that is also a word
        ("fr", "Sur le ticket c'est marqué vendeur B. Bonnet, il m'a compté deux fois la housse", ["B. Bonnet"]),
        ("it", "sullo scontrino c'è scritto commesso b. loi, mi ha fatto pagare due volte", ["b. loi"]),
        ("de", "Auf dem Bon steht Verkäufer N. Lehmann, der hat doppelt berechnet", ["N. Lehmann"]),
        ("de", "auf dem bon steht kassiererin k. koch, doppelt berechnet", ["k. koch"]),
        # French "M." stays Monsieur, kept out of the name
        ("fr", "Le vendeur M. Dupont était très aimable", ["Dupont"]),
    ],
)
def test_initials_in_errand_slots(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "complaint about the driver, he left it in the rain"),
        ("en", "complaint about driver behaviour, left it on the drive"),
        ("en", "raffle winner was announced yesterday"),
        ("en", "raffle winner was no. 45, see p. 12"),
        ("en", "complaint about driver Dr. Martens boots left outside"),
        ("fr", "le chauffeur a laissé le frigo dehors"),
        ("fr", "vendeur très sympa, voir p. 12 du catalogue"),
        ("fr", "le gagnant de la tombola c'est le n. 5"),
        ("fr", "vendeur tel. 0612345678, rappeler"),
        ("it", "commesso gentile, vedi p. 12"),
        ("it", "il vincitore della lotteria è il n. 5"),
        ("it", "commesso della S.p.A. Rossi, gentile"),
        ("it", "l'autista ha lasciato il pacco in via S. Maria"),
        ("de", "Beschwerde über den Fahrer z. B. wegen Verspätung"),
        ("de", "der Fahrer kam ca. 5 Minuten zu spät"),
        ("de", "Verkäuferin v. a. freundlich, danke"),
        ("de", "Verkäufer in der Bahnhofstr. 5, sehr freundlich"),
        ("en", "complaint about driver at 9 a. m. today, rang twice"),
    ],
)
def test_pages_numbers_titles_and_words_in_the_same_slots(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
