"""Veil's own NER pipelines for it, es, pt and de: shipped in the package, on by default, loaded
offline from their folder, finding names on sentences written here."""

from __future__ import annotations

import socket
import tomllib
from pathlib import Path

import pytest
import spacy

import recognizers
from proxy.detection.detector import Analyzer, build_analyzer
from proxy.detection.filters import corroborated
from proxy.detection.settings import (
    DEFAULT_MODELS,
    DEFAULT_SHIPPED_MODELS,
    SHIPPED_MODELS,
    TRUST_PERSONS_META,
    DetectionSettings,
    Span,
    shipped_model,
)
from tests.detection.helpers import found, settings

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("it", "es", "pt", "de")
NAME_RULES = ("PersonNameRecognizer", "GivenNameRecognizer", "PlaceRecognizer")


@pytest.fixture(scope="module")
def ner_only(request: pytest.FixtureRequest) -> Analyzer:
    """The default models of the four languages, built with the network refused, and without
    Veil's name and place rules, so what is found here the model found."""
    monkeypatch = pytest.MonkeyPatch()
    request.addfinalizer(monkeypatch.undo)
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(spacy.cli, "download", refuse)
    enabled = tuple(c.__name__ for c in recognizers.ALL if c.__name__ not in NAME_RULES)
    models = {lang: f"veil_ner_{lang}" for lang in LANGUAGES}
    a = build_analyzer(settings(languages=LANGUAGES, default_language="it", enabled_recognizers=enabled, models=models))
    assert attempts == []
    return a


def test_the_shipped_pipelines_are_in_the_package_and_on_by_default() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    base = ROOT / "proxy" / "detection"
    packaged = {p for glob in data["proxy.detection"] for p in base.glob(glob) if p.is_file()}
    for lang in LANGUAGES:
        folder = shipped_model(f"veil_ner_{lang}")
        assert folder is not None and folder == SHIPPED_MODELS[f"veil_ner_{lang}"]
        files = {p for p in folder.rglob("*") if p.is_file()}
        assert files <= packaged  # in the wheel, so in the image: nothing to download
        assert sum(p.stat().st_size for p in files) < 5_000_000  # compact
        assert lang not in DEFAULT_MODELS  # not a pip package: the image build loads DEFAULT_MODELS by name
        assert DEFAULT_SHIPPED_MODELS[lang] == f"veil_ner_{lang}"
    assert shipped_model("veil_ner_xx") is None and shipped_model("it_core_news_sm") is None
    assert DetectionSettings().models == {**DEFAULT_MODELS, **DEFAULT_SHIPPED_MODELS}  # a config naming none
    assert DetectionSettings(languages=("en", "it")).models == {"en": DEFAULT_MODELS["en"], "it": "veil_ner_it"}


def test_loaded_with_their_ner_only(ner_only: Analyzer) -> None:
    for lang in LANGUAGES:
        assert ner_only.pipelines[lang].pipe_names == ["ner"]
        assert ner_only.runners[lang].ner_entities


def test_only_pipelines_whose_meta_says_so_are_trusted(ner_only: Analyzer) -> None:
    """it, es, pt and de were retrained on many writers' shapes and trusted (`trusted_persons`); pt
    since its weights trained on one more writer (heldout8) and its dev split kept its no-PII
    messages with the trust. es also trains in capitals and with a name first after "¿"
    (`train_ner.shaped_copies`): its weights without them lost names a test holds
    (docs/detection-rounds.md)."""
    marked = {lang for lang in LANGUAGES if ner_only.pipelines[lang].meta.get(TRUST_PERSONS_META) is True}
    assert ner_only.trusted == marked == {"it", "es", "pt", "de"}


# Written for this test: the shapes the es recipe adds (`train_ner.shaped_copies`), a name right
# after "¿", in capitals, opening the message; and messages in those shapes with nobody in them.
SPANISH_SHAPES = [
    ("¿Rosalía Benítez Ortega y yo podemos cambiar la talla?", "Rosalía Benítez Ortega"),
    ("ENTREGA PARA MARCELINO ARREGUI EN PORTERÍA", "MARCELINO ARREGUI"),
    ("Eusebio Carmona devolvió el abrigo ayer", "Eusebio Carmona"),
]  # fmt: skip
SPANISH_SHAPES_NOBODY = [
    "¿Mercadona abre el domingo?",
    "ENVÍO EXPRÉS A CANARIAS ¿CUÁNTO TARDA?",
    "¿Zara Home tiene rebajas?",
    "¡Feliz Navidad a todo el equipo!",
]


@pytest.mark.parametrize(("text", "name"), SPANISH_SHAPES)
def test_the_es_pipeline_finds_a_name_in_the_shapes_it_trains_in(ner_only: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in found(ner_only, text, "es")


@pytest.mark.parametrize("text", SPANISH_SHAPES_NOBODY)
def test_the_same_shapes_with_nobody_in_them_stay_as_written(ner_only: Analyzer, text: str) -> None:
    assert found(ner_only, text, "es") == set()


def test_a_trusted_pipeline_s_surname_alone_is_found(ner_only: Analyzer) -> None:
    text = "ok grazie Zecchinato, a domani"  # no listed first name, no person cue
    assert ("PERSON", "Zecchinato") in found(ner_only, text, "it")
    text = "vale gracias Iturriaga, hasta mañana"  # es, trusted since its recipe keeps the shapes
    assert ("PERSON", "Iturriaga") in found(ner_only, text, "es")


# Written for this test: pt trusted since its weights trained on heldout8 too; a lone surname no
# list holds is found, and a product after a goods noun, a series after "ver" are not people.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok obrigado Cangussu, até amanhã", "Cangussu"),
        ("a encomenda está no nome Bezerril, posso buscar sábado?", "Bezerril"),
        ("Quero saber se o chá Gorreana chegou", None),
        ("Hoje vamos ver The Bear, dá pra atrasar o jantar?", None),
    ],
)
def test_the_trusted_pt_pipeline_s_surname_alone(ner_only: Analyzer, text: str, name: str | None) -> None:
    people = {value for entity, value in found(ner_only, text, "pt") if entity == "PERSON"}
    assert people == ({name} if name else set())


# Written for this test, apart from the recipe's templates: names in places no cue word marks.
CASES = [
    ("it", "Stamattina Ludovica Mancuso mi ha portato la ricevuta del bonifico", "Ludovica Mancuso"),
    ("es", "Ayer por la tarde Carmen Villalobos dejó la caja en portería", "Carmen Villalobos"),
    ("es", "Cuando llegue avisad a Gregorio Montenegro, que está en casa", "Gregorio Montenegro"),
    ("pt", "Ontem Fernanda Albuquerque deixou o embrulho na portaria", "Fernanda Albuquerque"),
    ("pt", "Beatriz Moura vai pagar por Pix amanhã", "Beatriz Moura"),
    ("de", "Gestern hat Sabine Hoffmann die Lieferung angenommen", "Sabine Hoffmann"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name"), CASES)
def test_the_model_finds_a_name_no_rule_marks(ner_only: Analyzer, lang: str, text: str, name: str) -> None:
    assert ("PERSON", name) in found(ner_only, text, lang)


# Written for this test: commerce messages with no person, where the pipelines alone (before
# `filters.corroborated`) called the brand or shop a person ("Asics", "Superga Garantie",
# "Carrefour", "Intimissimi tiene garantía", "Tchibo diese").
BRANDS = [
    ("it", "Avete ancora le Gazelle di Asics in taglia 40?"),
    ("de", "Hat der Mixer von Superga Garantie?"),
    ("es", "He pagado con Carrefour pero sigue pendiente"),
    ("es", "¿La chaqueta de Intimissimi tiene garantía?"),
    ("de", "Kommt die Lieferung von Tchibo diese Woche?"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), BRANDS)
def test_a_brand_the_model_calls_a_person_needs_a_first_name(ner_only: Analyzer, lang: str, text: str) -> None:
    assert found(ner_only, text, lang) == set()


# Names in capitals, which the name rules do not read: the model's span holds a listed first
# name, so it stands; the capitalised words around it are not read as one product line.
CAPITALS = [
    ("de", "DAS PAKET HAT JOACHIM BRANDL ANGENOMMEN", "JOACHIM BRANDL"),
    ("it", "ALLORA CHIAMATE FEDERICA SANTANGELO", "FEDERICA SANTANGELO"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name"), CAPITALS)
def test_a_name_in_capitals_stands(ner_only: Analyzer, lang: str, text: str, name: str) -> None:
    assert ("PERSON", name) in found(ner_only, text, lang)


def test_a_first_name_inside_a_product_line_is_not_corroboration() -> None:
    text = "Ist die Zalando Marina Dress noch da?"
    start = text.index("Zalando")
    span = Span("PERSON", start, start + len("Zalando Marina"), 0.85, "SpacyRecognizer", False)
    assert not corroborated(text, span, "de")  # "Marina Dress" is a product line
    text = "Heute hat Marina Brandl angerufen"
    start = text.index("Marina")
    assert corroborated(text, Span("PERSON", start, start + len("Marina Brandl"), 0.85, "SpacyRecognizer", False), "de")


def _span(text: str, value: str) -> Span:
    start = text.index(value)
    return Span("PERSON", start, start + len(value), 0.85, "SpacyRecognizer", False)


# Written for this test, apart from the tune messages: a listed first name the pipelines could
# call a person, beside signs of goods (`ner_context.goods_around`): a maker before it or after
# "de"/"von", a product noun before it, stock or size words or a model year after it.
GOODS = [
    ("it", "I cerchioni per Alfa Romeo Giulia sono compatibili?", "Giulia"),
    ("es", "¿Las Victoria de Pikolinos vuelven a estar disponibles?", "Victoria"),
    ("pt", "A Melissa Aranha ainda tem no tamanho 37?", "Melissa Aranha"),
    ("de", "Ist Lena wieder lieferbar?", "Lena"),
    ("de", "Habt ihr die Sandale Greta von Tamaris?", "Greta"),
    ("it", "Il paraurti della Marea del 2004 lo avete?", "Marea"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "value"), GOODS)
def test_a_first_name_beside_goods_is_not_corroboration(lang: str, text: str, value: str) -> None:
    assert corroborated(text, _span(text, value), lang) is None


def test_the_same_first_name_beside_no_goods_stands() -> None:
    text = "Ist Lena wieder da?"
    assert corroborated(text, _span(text, "Lena"), "de") == _span(text, "Lena")


def test_a_span_running_into_lower_case_words_is_cut_before_them() -> None:
    text = "Gestern hat Sabine Hoffmann angerufen"
    assert corroborated(text, _span(text, "Sabine Hoffmann angerufen"), "de") == _span(text, "Sabine Hoffmann")
    text = "Ontem a Maria da Graça ligou"  # a particle inside a name stays
    assert corroborated(text, _span(text, "Maria da Graça"), "pt") == _span(text, "Maria da Graça")


# A span with no listed first name stands after a person cue (`ner_context.person_cue`), when it
# is its whole capitalised run and holds a word that is everyday in no language.
CUED = [
    ("it", "Ha chiamato la signora Zuddas per il reso", "Zuddas", True),
    ("es", "Lo recoge mi cuñado Yeray Trujillo", "Yeray Trujillo", True),
    ("de", "Grüße\nKarlotta Bienzle", "Karlotta Bienzle", True),
    ("es", "Hablé con Servicio Técnico ayer", "Servicio Técnico", False),
    ("de", "Ich habe mit El Corte Inglés bezahlt", "El Corte", False),
    ("it", "Ieri Zuddas ha chiamato", "Zuddas", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "value", "stands"), CUED)
def test_a_person_cue_corroborates_a_span_without_a_listed_first_name(
    lang: str, text: str, value: str, stands: bool
) -> None:
    assert (corroborated(text, _span(text, value), lang) is not None) is stands


# One word no list holds, right after a person preposition (`ner_context.lone_name`): a name the
# lists lack stands in it, es and pt when the pipeline calls it a person; a carrier, an app or a
# marketplace, a maker, a feast, a means of payment or a provider after "con"/"com" and a word of
# paying or of a subscription do not, nor one word in German, whose nouns are capitalised.
# Written for this test, apart from the tune sets.
LONE = [
    ("es", "Mañana voy a la tienda con Qhispi", "Qhispi", True),
    ("it", "Il buono regalo è per Ndeyesane", "Ndeyesane", True),
    ("de", "Das Kleid ist für Helinaz", "Helinaz", False),  # German nouns are capitalised: "für Torte"
    ("de", "Die Lieferung auf die Insel geht nur mit Inselzuschlag", "Inselzuschlag", False),
    ("pt", "Vou deixar a sacola com Ynaiê", "Ynaiê", True),
    ("it", "Ho pagato per Sunniva il mese scorso", "Sunniva", True),  # "per" is no means: still someone
    ("es", "¿Puedo pagar a plazos con Aplazame?", "Aplazame", False),
    ("de", "Kann ich bei euch mit Payback zahlen oder mit Paydirekt?", "Paydirekt", False),
    ("pt", "Dá pra parcelar com Mercado Pago?", "Mercado", False),
    ("it", "L'ho preso su Vinted, ma parlo con Wallapop per il reso", "Wallapop", False),
    ("it", "Ho il contratto luce con Sorgenia", "Sorgenia", False),
    ("es", "Tengo el móvil con Lowi, ¿me vale la SIM?", "Lowi", False),
    ("de", "Ich habe mit DHL gesprochen", "DHL", False),
    ("es", "Lo quiero para Navidad", "Navidad", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "value", "stands"), LONE)
def test_one_unlisted_word_after_a_person_preposition(lang: str, text: str, value: str, stands: bool) -> None:
    assert (corroborated(text, _span(text, value), lang) is not None) is stands


# Written for this test: pt retrained on one more writer (heldout9; heldout10 + heldout11 decided
# it): a name that closes or opens a list of children is found by the model alone, where the
# weights trained up to heldout8 missed it; the same list of weekdays holds nobody.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Van da escola: as crianças são Wietske, Caio e o pequeno Baltazar, saída 7h", "Wietske"),
        ("Excursão: vão a Joaninha, o Fausto e a pequena Dulcineia, saída às 9h", "Dulcineia"),
        ("Van da escola: os horários são segunda, quarta e sexta, saída 7h", None),
        ("Excursão: vão na segunda, na quarta e na sexta, saída às 9h", None),
    ],
)
def test_the_pt_pipeline_finds_a_child_in_a_list(ner_only: Analyzer, text: str, name: str | None) -> None:
    people = {value for entity, value in found(ner_only, text, "pt") if entity == "PERSON"}
    assert (name in people) if name else people == set()


# Written for this test: de retrained on one more writer (heldout10; heldout11 + heldout12 decided
# it): a surname alone after "von", the neighbour whose building it is, is found by the model
# alone, where the weights trained up to heldout7 missed it; the same clause with a building in
# that place names no one.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kammerjäger: das Wespennest ist eigentlich im Schuppen von Wörner nebenan, die sind einverstanden", "Wörner"),
        ("Dachdecker: die Rinne ist eigentlich am Haus von Haberkorn nebenan, die sind einverstanden", "Haberkorn"),
        ("Kammerjäger: das Wespennest ist eigentlich im Schuppen vom Anbau nebenan, die sind einverstanden", None),
        ("Dachdecker: die Rinne ist eigentlich am Haus vom Anbau nebenan, die sind einverstanden", None),
    ],
)
def test_the_de_pipeline_finds_a_neighbour_by_surname(ner_only: Analyzer, text: str, name: str | None) -> None:
    people = {value for entity, value in found(ner_only, text, "de") if entity == "PERSON"}
    assert (name in people) if name else people == set()
