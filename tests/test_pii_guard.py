"""The PII guard plugin itself: it must be able to fail (a leak in a log record, the
audit sink or /metrics is found) and must not cry wolf over tokens and ordinary lines."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from proxy.logs import PiiMaskFilter
from proxy.metrics import Metrics
from tests.pii_guard import PiiGuard, PiiValues, _guarded, payload_values


def test_registry_holds_the_payload_pii_and_not_the_business_numbers(pii_values: PiiValues) -> None:
    for value in (
        "Sheena Nelson",
        "16505551234",
        "+1 (650) 555-9876",
        "pablo.morales@example.com",
        "US.13491208655302741918",
        "1 Hacker Way",
    ):
        assert value in pii_values
    assert "15550783881" not in pii_values  # the business's display number passes through
    assert "106540352242922" not in pii_values
    assert len(list(payload_values())) > 50


def test_a_leak_in_a_log_record_is_found_even_if_the_mask_would_hide_it(tmp_path: Path) -> None:
    values = PiiValues()
    values.add("Sheena Nelson", "16505551234")
    guard = PiiGuard(values, tmp_path)
    guard.start()
    try:
        logging.getLogger("veil.test").debug("resolved %s", "+1 650-555-1234")
        logging.getLogger("aiohttp.test").info("ok", extra={"who": "sheena nelson"})
        logging.getLogger("veil.test").info("token %s", "tok_person_" + "a" * 26)
    finally:
        guard.stop()
    found = guard.findings()
    assert len(found) == 2 and all(f.startswith("log record") for f in found)
    assert "Sheena" not in " ".join(found)  # the failure names a prefix only
    assert PiiMaskFilter().mask("+1 650-555-1234") == "[phone]"  # raw records are checked on purpose


def test_sink_files_and_metrics_are_read(tmp_path: Path) -> None:
    values = PiiValues()
    values.add("maria@example.com")
    (tmp_path / "audit.jsonl").write_text('{"actor": "crm", "purpose": "maria@example.com"}\n')
    metrics = Metrics()
    metrics.tokenized("PERSON", "crm")
    guard = PiiGuard(values, tmp_path)
    guard.watch_metrics(metrics)
    assert [f.split(":")[0] for f in guard.findings()] == [str(tmp_path / "audit.jsonl")]


def test_a_one_word_value_counts_as_a_word_not_inside_a_token(tmp_path: Path) -> None:
    values = PiiValues()
    values.add("Pablo")
    (tmp_path / "audit.jsonl").write_text('{"tokens": ["tok_email_q3pablo7xk2"]}\n')
    assert PiiGuard(values, tmp_path).findings() == []
    (tmp_path / "audit.jsonl").write_text('{"reason": "pablo_unknown", "tokens": ["tok_email_q3pablo7xk2"]}\n')
    assert len(PiiGuard(values, tmp_path).findings()) == 1
    (tmp_path / "audit.jsonl").write_text('{"purpose": "call Pablo."}\n')
    assert len(PiiGuard(values, tmp_path).findings()) == 1


def test_guarded_scope(request: pytest.FixtureRequest) -> None:
    assert not _guarded(request)  # tests/test_pii_guard.py: not an end-to-end directory


@pytest.mark.e2e
def test_the_e2e_marker_turns_the_guard_on(request: pytest.FixtureRequest, pii_guard: PiiGuard) -> None:
    assert _guarded(request)
    logging.getLogger("veil.test").info("nothing personal here")
