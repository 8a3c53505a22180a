"""Names after a title written in full ("la dottoressa", "el doctor", "Maître", "Professor"), after a
title and a particled surname in either case ("la signora La Spina", "M. de La Fontaine", "herr van
den berg"), and after the post of whom a parcel is left with ("der Hausmeister", "o zelador", "the
doorman"): `title_words`. The brands and places that wear a title or a saint stay unchanged."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a title written in full, masculine or feminine
        ("it", "Ho già parlato con la dottoressa Bellandi dell'ufficio", ["Bellandi"]),
        ("it", "mi segue l'avvocato Orsini per la pratica", ["Orsini"]),
        ("it", "ho sentito il ragioniere pastorelli stamattina", ["pastorelli"]),
        ("es", "nos atendió la doctora Villalba en la tienda", ["Villalba"]),
        ("pt", "a doutora Figueiredo vai ligar amanhã", ["Figueiredo"]),
        ("fr", "Voyez avec Maître Delacroix pour l'acte de vente", ["Delacroix"]),
        ("de", "Doktor Hanselmann hat das Rezept geschickt", ["Hanselmann"]),
        ("en", "Professor Okonkwo signed for the parcel", ["Okonkwo"]),
        # a capitalised article or particle opens the surname, an everyday word after it or not
        ("it", "Lasciatelo alla portinaia, la signora La Spina", ["La Spina"]),
        ("it", "la professoressa Dalla Chiesa ha confermato", ["Dalla Chiesa"]),
        ("fr", "Déposez-le chez Mme Le Blanc au deuxième", ["Le Blanc"]),
        ("fr", "J'ai eu M. de La Fontaine au téléphone hier", ["de La Fontaine"]),
        ("fr", "Mme N'Guessan passera le chercher", ["N'Guessan"]),
        # in a text typed without capitals: the particles that are no preposition of a role
        ("de", "herr van den berg kommt morgen vorbei", ["van den berg"]),
        ("de", "wie mit frau zu dohna vereinbart", ["zu dohna"]),
        ("fr", "à remettre à mme le bihan svp", ["le bihan"]),
        # "St." inside a surname
        ("en", "Leave it with the doorman, Tobias St. Clair, please", ["Tobias St. Clair"]),
        ("en", "Yesterday Imogen St. Aubyn rang about the refund", ["Imogen St. Aubyn"]),
        ("fr", "Hélène St. Onge passera samedi", ["Hélène St. Onge"]),
        # the post of whom a parcel is left with
        ("de", "bitte beim Hausmeister Jannik abgeben", ["Jannik"]),
        ("pt", "deixei com o zelador Nilton na portaria", ["Nilton"]),
        ("es", "lo tiene el conserje Anselmo", ["Anselmo"]),
        ("es", "si no estoy, el portero ramiro tiene llave", ["ramiro"]),
        # the staff member named after "one of your" and a staff noun
        ("en", "One of your agents, Dorian I think, rang me yesterday", ["Dorian"]),
        ("en", "one of your agents, colin i think, called me about it", ["colin"]),
        ("it", "uno dei vostri operatori, Gianni credo, mi ha chiamato", ["Gianni"]),
        ("es", "uno de sus agentes, Rubén creo, me llamó ayer", ["Rubén"]),
        ("pt", "um dos seus atendentes, Caio acho, me ligou", ["Caio"]),
        ("fr", "un de vos conseillers, Mathis je crois, m'a appelé", ["Mathis"]),
        ("de", "einer Ihrer Mitarbeiter, Jonas glaube ich, hat angerufen", ["Jonas"]),
        # a first name that is a holiday or a month elsewhere is a name after a title
        ("es", "Atiende la Dra. Reyes los martes", ["Reyes"]),
        # a title that is also a word, in lower case before a first name, as Spanish and Portuguese write it
        ("pt", "o porteiro, seu Ademar, recebeu o pacote", ["Ademar"]),
        ("es", "ha llamado don Manuel por lo del pedido", ["Manuel"]),
    ],
)
def test_name_after_title_or_post(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "la signora delle pulizie viene giovedì"),
        ("it", "la signora la chiamo domani"),
        ("it", "Acqua San Pellegrino frizzante, 6 bottiglie"),
        ("fr", "Madame la Présidente, je vous écris au sujet de ma commande"),
        ("fr", "Monsieur le Directeur, je me permets de vous écrire"),
        ("de", "die frau von nebenan hat es angenommen"),
        ("de", "Gibt es Dr. Oetker Pizza auch tiefgekühlt?"),
        ("de", "Bitte dem Hausmeister Bescheid sagen, falls niemand da ist"),
        ("de", "Sie können beim Pförtner Paket und Rechnung abgeben"),
        ("pt", "Quero mudar seu Pedido para outro endereço"),
        ("es", "¿Aceptáis pagos con Sr. Pago?"),
        ("es", "Zumo Don Simon de naranja, 1 litro"),
        ("en", "a weekend in St. Moritz sounds lovely"),
        ("en", "deliver to 14 Victoria St. Leeds please"),
        ("en", "Dr. Martens boots in size 6 please"),
        ("en", "Mr Muscle kitchen spray is out of stock"),
        ("en", "Dear Sir or Madam, my order never came"),
        ("en", "one of your staff, Brilliant job on the delivery"),
    ],
)
def test_title_brands_and_roles_stay(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text) == []
