"""Places in no-PII shop chat (2026-12-07, small hours), through the full analyzer: what is free or left
to book at the shop's site in a town, asked ("Any lockers free at Leeds storage?", "Il reste des
créneaux à Lorient ?"), also as a town asked alone after the question ("… en juin ? à Niort ?"); French
"il" and Italian "ci sono" when they are "there is" ("Il y a un bus de la gare de Namur …?"); a town's
team in a match watched ("regarder Lens contre Rodez"); a club's home shirt ("le maillot domicile de
Lens"); Portuguese saints' feasts after "no", and "vai" before an infinitive ("vai ter … para São
Martinho"); a town's garden centre. The
towns of the same shapes with the writer, a person, a home, an order or a trip stay. Sentences written
for this round, none from a held-out set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # what is free or left to book there, asked
        ("en", "Any lockers free at Leeds storage from March?"),
        ("en", "Are there any slots available in Bristol next week?"),
        ("fr", "Il reste des créneaux de montage à Lorient en juin ?"),
        ("fr", "Y a-t-il encore des places libres à Niort pour le stage ?"),
        ("it", "Ci sono ancora posti liberi a Cremona per il corso?"),
        ("es", "¿Quedan plazas libres en Getafe para el curso de julio?"),
        ("pt", "Ainda há vagas em Leiria para o curso de março?"),
        ("de", "Gibt es noch freie Plätze in Göttingen für den Kurs?"),
        # a town asked alone, right after the question it asks again
        ("fr", "Des créneaux pour le contrôle technique en juin ? à Niort ?"),
        ("de", "Gibt es im Juni noch Kurstermine? in Bielefeld?"),
        ("it", "Posti per il corso di vela a luglio? a Cremona?"),
        # "il" and "ci sono" that are "there is"
        ("fr", "Il y a encore des places à Vannes pour l'atelier ?"),
        ("fr", "Y a-t-il des créneaux à Vannes samedi ?"),
        ("fr", "Excursion en car à Colmar pour la Sainte-Barbe, il reste des places"),
        # a German trip by its compound: the organiser's outing
        ("de", "Busfahrt nach Bamberg zum Adventsmarkt, noch Plätze frei"),
        # a town's team in a match watched
        ("fr", "On peut regarder Lens contre Rodez au bar samedi ?"),
        ("fr", "On regarde Angers contre Nîmes au bar ?"),
        ("fr", "On regarde Colmar contre Quimper au bar ?"),
        # a club's shirt by the side it is worn on
        ("fr", "Le maillot domicile de Bastia est revenu ?"),
        # a Portuguese saint's feast with its article, and "vai" as the future
        ("pt", "Vão ter sardinhas no São João?"),
        ("pt", "Fazem horário reduzido no São João?"),
        ("pt", "A loja vai ter castanhas para São Martinho?"),
        ("pt", "Vai ter bolo-rei para São Martinho?"),
        # a town's garden centre
        ("en", "Does the Woking garden centre sell compost?"),
        ("en", "What time does the Croydon garden centre shut?"),
    ],
)
def test_said_of_no_one_is_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # the writer, a person, a home, an order in the question
        ("en", "Any lockers free at Leeds storage? I live there", "Leeds"),
        ("en", "Is my parcel available to collect in Bristol?", "Bristol"),
        ("fr", "Il reste des créneaux à Lorient ? J'habite à Lorient", "Lorient"),
        ("fr", "Il reste à Lorient jusqu'à lundi ?", "Lorient"),
        ("fr", "Il habite à Lorient, il reste des créneaux ?", "Lorient"),
        ("it", "Ci sono stato a Cremona, avete posti liberi?", "Cremona"),
        ("it", "Spedite a Cremona? Ci sono da lunedì", "Cremona"),
        ("es", "¿Quedan plazas libres en Getafe para mi hijo?", "Getafe"),
        ("pt", "Ainda há vagas em Braga? Moro em Braga", "Braga"),
        ("de", "Habt ihr noch Boxen in Bielefeld frei? Ich wohne in Bielefeld", "Bielefeld"),
        # a town asked alone after a statement, or after a question about the writer
        ("fr", "Je serai là en juin. à Niort ?", "Niort"),
        ("fr", "Je peux venir en juin ? à Niort ?", "Niort"),
        # not "there is": a person in the sentence
        ("fr", "Sortie en car à Colmar, elle reste chez sa sœur", "Colmar"),
        ("de", "Meine Busfahrt nach Bamberg ist am Montag", "Bamberg"),
        # a match with a person in the sentence, and no match at all
        ("fr", "Mon fils regarde le match à Quimper contre Colmar chez sa mère", "Quimper"),
        ("fr", "C'est moins cher de livrer à Lens contre un supplément ?", "Lens"),
        # a Portuguese saint named as a place: the writer, living, an order
        ("pt", "Moro no São João desde março", "São João"),
        ("pt", "Vou para São Martinho amanhã", "São Martinho"),
        ("pt", "Enviam a encomenda para São João?", "São João"),
        # premises of someone the writer names
        ("en", "My mum works at the garden centre in Croydon", "Croydon"),
    ],
)
def test_a_person_s_town_stays(analyzer: Analyzer, language: str, text: str, town: str) -> None:
    assert town in {t for e, t in found(analyzer, text, language) if e == "LOCATION"}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("fr", "Je suis près du magasin de Lyon, vous ouvrez quand ?", "Lyon"),
        ("it", "Sono davanti al negozio di Torino, aprite?", "Torino"),
        ("es", "Estoy cerca del Carrefour de Getafe, ¿venís?", "Getafe"),
        ("de", "Ich bin gerade bei Rossmann in Ulm, habt ihr offen?", "Ulm"),
        ("en", "We're near your shop in Leeds, are you open?", "Leeds"),
    ],
)
def test_the_writer_at_the_shop_keeps_its_town(analyzer: Analyzer, language: str, text: str, town: str) -> None:
    """The shop's premises or a chain's store is where the writer is when they say they are there."""
    assert town in {t for e, t in found(analyzer, text, language) if e == "LOCATION"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le magasin de Lyon ouvre quand ?"),
        ("it", "I prezzi sono più alti nel negozio di Torino?"),
        ("es", "¿El Carrefour de Getafe abre el domingo?"),
        ("de", "Hat der Rossmann in Ulm offen?"),
        ("en", "Is your shop in Leeds open?"),
        ("en", "We're opening a new shop in Liverpool in May"),
    ],
)
def test_the_shop_s_premises_alone_are_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert not {t for e, t in found(analyzer, text, language) if e == "LOCATION"}
