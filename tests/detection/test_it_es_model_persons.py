"""Italian and Spanish people Veil's own pipelines find and the post-filter used to refuse: initials
before a surname that is also a word (`trusted_persons._INITIALLED`, `model_things.title_article`), a
Spanish sentence opened by a name no list knows (`trusted_persons._unknown_opening`), a one-word name
in shop talk listed beside another or after a wish (`shop_people`), a word-name opening a sentence
before a person's verb (`subject_said`). Controls: the same shapes holding goods, verbs and places.
Sentences written here, none taken from a set."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.model_things import title_article
from proxy.detection.shop_people import said_of_person
from proxy.detection.subject_said import subject_said
from proxy.detection.trusted_persons import _unknown_opening, trusted_person
from tests.detection.helpers import at, found


@pytest.mark.parametrize(
    ("language", "text", "span", "kept"),
    [
        ("it", "A domani alle nove. G. Pecora", "G. Pecora", True),
        ("it", "Il preventivo lo firma la geometra L. Serra Bassa", "L. Serra Bassa", True),
        ("es", "Saludos cordiales\nM. PALOMA", "M. PALOMA", True),
        ("es", "Recibido por R. J. Cordero a las once", "R. J. Cordero", True),
        # no initials: every word everyday, as before
        ("it", "Pecora Nera", "Pecora Nera", False),
    ],
)
def test_initials_before_a_surname_that_is_a_word(language: str, text: str, span: str, kept: bool) -> None:
    assert trusted_person(text, *at(text, span), language) is kept


@pytest.mark.parametrize(
    ("text", "span", "title"),
    [
        ("lo ha firmato il tecnico L. Mancuso ieri", "L. Mancuso", False),
        ("firmó la entrega O. Lamas esta mañana", "O. Lamas", False),
        # an article written as one: the title's
        ("stasera guardo Il Commissario Montalbano", "Il Commissario Montalbano", True),
        ("regalo para El Rey León", "El Rey León", True),
    ],
)
def test_an_initial_is_no_article(text: str, span: str, title: bool) -> None:
    assert title_article(text, at(text, span)[0]) is title


@pytest.mark.parametrize(
    ("word", "unknown"),
    [
        ("nayeli", True),
        ("yurixa", True),
        # a "vosotros" imperative with its pronoun, a plural noun of a post, a word typed long
        ("mandadme", False),
        ("guardádselo", False),
        ("turistas", False),
        ("sudaderas", False),
        ("graciass", False),
    ],
)
def test_a_spanish_opening_word_no_list_knows(word: str, unknown: bool) -> None:
    assert _unknown_opening(word, "es") is unknown


@pytest.mark.parametrize(
    ("text", "word", "others", "said"),
    [
        ("Nerea, Itzel y Ayelén quieren el mismo chándal en M", "Itzel", ("Nerea", "Ayelén"), True),
        ("Scarpe da ginnastica per Tesfay e Kibrom, numeri 31 e 33", "Tesfay", ("Kibrom",), True),
        ("Feliz cumple Anahí en la tarta de chocolate", "Anahí", (), True),
        ("la torta per il compleanno di Kibrom, con le candeline", "Kibrom", (), True),
        ("> Yoselin: ¿sigue disponible la mesa?\nsí", "Yoselin", (), True),
        # goods: a lower-case noun beside it, a shop's sign joined by "&", nothing at all
        ("¿Advantix o el collar, cuál dura más?", "Advantix", (), False),
        ("Insegna: Salumeria Zanetti & Kibrom, verde", "Kibrom", ("Zanetti",), False),
        ("la borsa Furla è in pelle vera?", "Furla", (), False),
    ],
)
def test_a_person_said_of_in_shop_talk(text: str, word: str, others: tuple[str, ...], said: bool) -> None:
    assert said_of_person(text, *at(text, word), [at(text, o) for o in others]) is said


def test_a_wish_reads_across_any_blanks_as_the_name_rules_read_it() -> None:
    """`vocative_slots` reads a wish's words across any run of blanks, a no-break space included;
    `shop_people` reads the same list the same way (`phrases.alternation`)."""
    text = "Feliz\u00a0cumple Aitana en la tarta, por favor"
    assert said_of_person(text, *at(text, "Aitana"), []) is True
    text = "buon  compleanno Kibrom sulla torta"
    assert said_of_person(text, *at(text, "Kibrom"), []) is True


@pytest.mark.parametrize(
    ("language", "text", "word", "said"),
    [
        ("it", "Speranza dice che il pacco non è arrivato", "Speranza", True),
        ("it", "allora Fortunata non può venire giovedì", "Fortunata", True),
        ("it", "Buongiorno\nGioia qui, ho il numero d'ordine", "Gioia", True),
        ("es", "Rocío me ha pedido que pregunte por la reserva", "Rocío", True),
        ("es", "bueno Consuelo no puede venir el martes", "Consuelo", True),
        ("es", "Hola\nSoledad aquí 👋 ya tengo el código", "Soledad", True),
        # no person's verb after it, or not opening the sentence
        ("it", "Speranza è il nome della linea di candele?", "Speranza", False),
        ("es", "la Soledad aquí cerca tiene farmacia", "Soledad", False),
        ("es", "Consuelo es una palabra bonita", "Consuelo", False),
    ],
)
def test_a_word_name_opening_a_sentence_before_a_persons_verb(language: str, text: str, word: str, said: bool) -> None:
    assert subject_said(text, *at(text, word), language) is said


@pytest.mark.parametrize(
    ("text", "word", "said"),
    [
        ("Valencia me ha pedido que pregunte por el pedido", "Valencia", True),  # a town asks nothing
        ("Valencia por aquí 👋 ¿abrís el lunes?", "Valencia", False),  # a greeting from the town, or a person
        ("Valencia aquí, ¿ya está?", "Valencia", False),
    ],
)
def test_a_town_named_word_is_said_of_by_a_verb_not_by_here(text: str, word: str, said: bool) -> None:
    """A word that is also a listed town (`filters` passes `here=False`) is a person before a verb of
    a person only: "X por aquí" greets from a town as often as a person signs so."""
    assert subject_said(text, *at(text, word), "es", here=False) is said


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("es", "Sevilla por aquí 👋 ¿abrís el lunes?", None),  # a town, no popular first name
        ("it", "Buongiorno\nSofia qui, ho il codice dello sconto", "Sofia"),  # a town and a popular first name
        ("es", "Hola\nAurora aquí, ya tengo el cupón", "Aurora"),
    ],
)
def test_a_town_before_here_is_a_person_only_when_it_is_a_popular_first_name(
    analyzer: Analyzer, language: str, text: str, person: str | None
) -> None:
    people = {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}
    assert people == ({person} if person else set())


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("it", "Perfetto, ci vediamo alle 10. P. Cicala", {"P. Cicala"}),
        ("es", "Zapatos del cole para Nayeli y Yurixa, tallas 30 y 33", {"Nayeli", "Yurixa"}),
        ("es", "Rocío me ha pedido que pregunte si ya llegó el pedido", {"Rocío"}),
    ],
)
def test_the_analyzer_protects_them(analyzer: Analyzer, language: str, text: str, names: set[str]) -> None:
    values = {value for _, value in found(analyzer, text, language)}
    assert names <= values, values


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a capitalised particle after a found name: the surname, though a month, a place or a word
        ("it", "ha chiamato Rosaria Di Maggio per la torta", "Rosaria Di Maggio"),
        # a capitalised particle before a found name, mid-sentence
        ("it", "il vestito è a nome Di Paolo, lo ritiro io", "Di Paolo"),
    ],
)
def test_a_capitalised_particle_opens_the_surname(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    [spans] = analyzer.analyze([text], language=language)
    start, end = at(text, name)
    assert any(s.start <= start and end <= s.end for s in spans), [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # lower-case particles after a name are where one is from or what follows
        ("it", "Ho chiamato Rosaria di Milano per la torta"),
        ("it", "Di Franco non so niente, chiedete in negozio"),
    ],
)
def test_lower_case_or_opening_particles_stay_out(analyzer: Analyzer, language: str, text: str) -> None:
    [spans] = analyzer.analyze([text], language=language)
    assert not any(text[s.start : s.end].startswith(("di ", "Di ")) for s in spans), [
        text[s.start : s.end] for s in spans
    ]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # the model's person holds a rule's name: a first name that is also a month, a town named
        # like a first name; the model's reading is the whole name
        ("es", "Muchas gracias\nJulio César", "Julio César"),
        ("es", "la reserva es para Lautaro Iturbide y su hermana", "Lautaro Iturbide"),
    ],
)
def test_the_trusted_model_widens_a_rule_name(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    assert name in {value for _, value in found(analyzer, text, language)}
