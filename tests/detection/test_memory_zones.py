"""A detector worker keeps no customer's word after the batch it came in (`Analyzer._zone`):
not in any spaCy vocabulary (the language's pipeline, its person pipeline) and not in any cache
of Python objects the worker holds (a recognizer's folds, `normalise`'s characters)."""

from __future__ import annotations

import gc
import random
import string
from typing import Any

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from proxy.detection.normalise import normalise
from tests.detection.helpers import settings

# Chat messages of each language, a made-up word in place of "{}": a name the model and the rules
# read, so both the tokenizer, the NER and the name recognizers see it.
TEMPLATES = {
    "en": "Hi, it's {} here, my friend {}a Smith called about order 12. Thanks {}!",
    "fr": "Bonjour, c'est {} ici, mon ami {}a Dupont a appelé pour la commande 12. Merci {} !",
    "it": "Ciao, sono {}, il mio amico {}a Rossi ha chiamato per l'ordine 12. Grazie {}!",
    "es": "Hola, soy {}, mi amigo {}a García llamó por el pedido 12. Gracias {}!",
    "pt": "Olá, sou o {}, o meu amigo {}a Silva ligou sobre a encomenda 12. Obrigado {}!",
    "de": "Hallo, hier ist {}, mein Freund {}a Müller hat wegen Bestellung 12 angerufen. Danke {}!",
}
# Read by every language's model and by the person pipeline ("Grazie", a capitalised word outside
# every rule span, calls the model in each language: `filters.ner_wanted`).
EVERY = "Hi, it's {} here, my friend {} Smith called about order 12. Grazie {}!"
# A letter of no `normalise._KNOWN` range (Cyrillic "multiocular o"), made at run time: no constant holds it.
RARE = chr(0xA66E)


@pytest.fixture(scope="module")
def worker() -> Analyzer:
    """Every language with its model, and Veil's English person pipeline beside en's (its own vocabulary)."""
    return build_analyzer(settings(person_models={"en": "veil_ner_en"}))


def _pipelines(analyzer: Analyzer) -> dict[str, Any]:
    return {**analyzer.pipelines, **{f"{lang}+person": nlp for lang, nlp in analyzer.person_pipelines.items()}}


def _sizes(nlp: Any) -> tuple[int, int]:
    """(strings, lexemes) of a pipeline's vocabulary: the lexemes counted in its index, as `len(vocab)`
    counts every lexeme ever made, those of a memory zone included."""
    return len(nlp.vocab.strings), sum(1 for _ in nlp.vocab)


def _made_up(rng: random.Random) -> str:
    """A capitalised word of no language and no list, made at run time (no constant of the tests holds it)."""
    return "Zq" + "".join(rng.choice(string.ascii_lowercase) for _ in range(9))


def _read(analyzer: Analyzer, word: str) -> None:
    """Every language's template with `word`, by its language and identified; nothing kept here."""
    for lang, template in TEMPLATES.items():
        text = template.replace("{}", word)
        analyzer.analyze([text, EVERY.replace("{}", word)], language=lang)
        analyzer.analyze([text, f"{RARE} {word}"], language=lang, identify=True)


def _holding(piece: str, *, besides: object, alone: bool = False) -> list[str]:
    """The strings reachable from the objects the garbage collector tracks that hold `piece` (any
    case; with `alone`, that are `piece`), but `besides`. Keys of dicts are walked too: a dict of
    strings is not traversed for its keys."""
    low = piece.casefold()
    seen: set[int] = set()
    found: list[str] = []
    todo: list[Any] = gc.get_objects()
    while todo:
        obj = todo.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            if obj is not besides and (obj == piece if alone else low in obj.casefold()):
                found.append(obj)
            continue
        if isinstance(obj, (int, float, bytes)):
            continue
        todo += gc.get_referents(obj)
        if type(obj) is dict:
            todo += list(obj)
    return found


def test_a_made_up_word_is_in_no_vocabulary_after_its_batch(worker: Analyzer) -> None:
    word = _made_up(random.Random(7))
    _read(worker, word)
    for name, nlp in _pipelines(worker).items():
        for form in (word, word.lower(), word + "a", word.lower() + "a"):
            assert form not in nlp.vocab.strings, name


def test_a_made_up_word_and_a_rare_letter_are_in_no_cache_after_their_batch(worker: Analyzer) -> None:
    word = _made_up(random.Random(11))
    _read(worker, word)
    for runner in worker.runners.values():
        for rec in runner.text_only:
            assert not getattr(rec, "_folds", {}), rec.name
    assert _holding(word, besides=word) == []
    assert _holding(RARE, besides=RARE, alone=True) == []  # a letter's own string, as a cache would key it


def test_a_stream_of_new_words_leaves_every_vocabulary_its_start_up_size(worker: Analyzer) -> None:
    pipelines = _pipelines(worker)
    before = {name: _sizes(nlp) for name, nlp in pipelines.items()}
    rng = random.Random(3)
    for _ in range(30):
        for lang, template in TEMPLATES.items():
            batch = [t.format(_made_up(rng), _made_up(rng), _made_up(rng)) for t in (template, EVERY)]
            worker.analyze(batch, language=lang)
    assert {name: _sizes(nlp) for name, nlp in pipelines.items()} == before


def test_the_spans_are_the_same_with_and_without_forgetting(worker: Analyzer) -> None:
    texts = {
        "en": ["Hi, I'm Priya Raman, call me on +44 20 7946 0958 or priya.raman@example.com",
               "Ship it to 221B Baker Street, London NW1 6XE. Thanks, Wilhelmina"],
        "it": ["Buongiorno, sono Giulia Bianchi, via Garibaldi 12, 20121 Milano, tel. 347 123 4567",
               "Il mio codice fiscale è RSSMRA85T10A562S, grazie Marco"],
        "fr": ["Bonjour, ici Chloé Martin, 12 rue de la Paix 75002 Paris, 06 12 34 56 78"],
        "es": ["Hola, soy Lucía Fernández, mi DNI es 12345678Z y vivo en Calle Mayor 5, Madrid"],
        "pt": ["Olá, sou a Mariana Costa, CPF 123.456.789-09, Rua Augusta 100, São Paulo"],
        "de": ["Hallo, hier ist Jürgen Weber, Hauptstraße 5, 10115 Berlin, IBAN DE89 3704 0044 0532 0130 00"],
    }  # fmt: skip
    found = {}
    for forget in (False, True):
        worker.forget = forget
        try:
            found[forget] = {lang: worker.analyze(batch, language=lang) for lang, batch in texts.items()}
            mixed = [t for batch in texts.values() for t in batch]
            found[forget]["mixed"] = worker.analyze(mixed, language="en", identify=True)
        finally:
            worker.forget = True
    assert found[True] == found[False]
    assert any(found[True]["en"][0]) and any(found[True]["de"][0])


def test_a_letter_outside_the_known_table_is_normalised_as_before() -> None:
    assert normalise(f"{RARE} \u0663\u0664 \uff11").text == f"{RARE} 34 1"  # Arabic-Indic and fullwidth digits
    assert normalise("tel\u00a0347\u200b123").text == "tel 347123"
