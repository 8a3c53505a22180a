"""National phone forms found with no region configured: from the text's language, the
customer's and the business's calling codes (proxy/detection/regions.py)."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from proxy.detection.regions import region_of, regions_of
from tests.detection.helpers import found, settings


@pytest.fixture(scope="module")
def plain() -> Analyzer:
    """No phone_regions at all (the default), blank pipelines: fast to build."""
    return build_analyzer(
        settings(phone_regions=(), models={}, languages=("it", "en", "fr", "de"), default_language="en")
    )


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Buongiorno, il mio numero è 3471234567", "it", "3471234567"),
        ("chiamatemi al 347.123.4567 dopo le 18", "it", "347.123.4567"),
        ("il cellulare di mia sorella: (347) 123-4567", "it", "(347) 123-4567"),
        ("Rappelez-moi au 06-82237745 svp", "fr", "06-82237745"),
        ("Ruf mich unter 0151 23456789 an", "de", "0151 23456789"),
    ],
)
def test_national_forms_without_a_configured_region(plain: Analyzer, text: str, language: str, value: str) -> None:
    assert found(plain, text, language) == {("PHONE_NUMBER", value)}
    # identified from the text itself, whatever the tenant's language
    assert found(plain, text, "en", identify=True) == {("PHONE_NUMBER", value)}


def test_english_names_no_country(plain: Analyzer) -> None:
    """English is written in too many countries: an English text relies on calling codes."""
    text = "ring me on 07400 123456 tonight"
    assert found(plain, text, "en") == set()
    assert found(plain, text, "en", text_regions=[("GB",)]) == {("PHONE_NUMBER", "07400 123456")}


def test_the_customers_calling_code_reads_their_home_forms(plain: Analyzer) -> None:
    text = "you can reach me at 06 82 23 77 45 after six"  # English, a French number
    assert found(plain, text, "en") == set()
    assert found(plain, text, "en", text_regions=[("FR",)]) == {("PHONE_NUMBER", "06 82 23 77 45")}


def test_text_regions_are_per_text(plain: Analyzer) -> None:
    texts = ["reach me at 06 82 23 77 45", "reach me at 06 82 23 77 45"]
    got = plain.analyze(texts, language="en", text_regions=[("FR",), ()])
    assert [len(spans) for spans in got] == [1, 0]


def test_inferred_regions_skip_labelled_order_numbers_and_dates(plain: Analyzer) -> None:
    assert found(plain, "ordine 3471234567 del 05/05/2025", "it") == set()
    assert found(plain, "ordine 3471234567, cell 3398765432", "it") == {("PHONE_NUMBER", "3398765432")}


def test_the_tenants_regions_are_still_read_as_configured(plain: Analyzer) -> None:
    # a Swiss number in an English text: no inferred region reads it, the tenant's does (no phone
    # word before it: "call" would lift the phone-shaped run over the threshold in any region)
    text = "ring 044 668 18 00 after six"
    assert found(plain, text, "en") == set()
    assert found(plain, text, "en", regions=["CH"]) == {("PHONE_NUMBER", "044 668 18 00")}
    # a configured region also skips a run labelled as an order number or a date, but not one
    # with a phone word or its country code
    assert found(plain, "ordine 3471234567 del 05/05/2025", "en", regions=["IT", "DE"]) == set()
    assert found(plain, "ordine, cell 3471234567", "en", regions=["IT"]) == {("PHONE_NUMBER", "3471234567")}
    assert found(plain, "ordine +39 347 123 4567", "en", regions=["IT"]) == {("PHONE_NUMBER", "+39 347 123 4567")}


def test_inference_can_be_switched_off() -> None:
    off = build_analyzer(settings(phone_regions=(), models={}, languages=("it",), default_language="it",
                                  phone_regions_by_language={}, phone_regions_from_numbers=False))  # fmt: skip
    # no phone word: read in no region, the run is only phone-shaped (grey, not accepted)
    assert found(off, "ok, 3471234567 grazie", "it") == set()
    assert found(off, "ok, 3471234567 grazie", "it", text_regions=[("IT",)]) == set()
    assert found(off, "ok, 3471234567 grazie", "it", regions=["IT"]) == {("PHONE_NUMBER", "3471234567")}
    # a phone word next to a phone-shaped run makes it a phone, whatever the regions
    assert found(off, "il mio numero è 3471234567", "it") == {("PHONE_NUMBER", "3471234567")}


def test_text_regions_must_match_the_texts(plain: Analyzer) -> None:
    from proxy.errors import DetectionError

    with pytest.raises(DetectionError, match="one entry per text"):
        plain.analyze(["a", "b"], language="en", text_regions=[("IT",)])


def test_bad_language_regions_are_refused() -> None:
    with pytest.raises(ValueError, match="ISO 3166"):
        settings(phone_regions_by_language={"it": ("Italy",)})


@pytest.mark.parametrize(
    ("number", "region"),
    [("393471234567", "IT"), ("+1 604 555 0199", "CA"), ("12015550123", "US"), ("+44 7400 123456", "GB"),
     ("5511961234567", "BR"), ("+800 1234 5678", None), ("123", None), ("", None)],
)  # fmt: skip
def test_region_of(number: str, region: str | None) -> None:
    assert region_of(number) == region


def test_regions_of_keeps_order_and_drops_unknowns() -> None:
    assert regions_of(["393471234567", "123", "39 02 1234 5678", "33612345678"]) == ("IT", "FR")


def test_a_batch_without_text_regions_finds_its_phone_recognizers_once(
    plain: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Speed (2026-12-06, evening): with no `text_regions` every text of a batch reads the same regions, so
    their recognizers are looked up once a batch, not once a text; with them, once a text (they differ)."""
    calls: list[tuple[str, ...]] = []
    original = plain._extra_phones

    def counted(language: str, regions: object, inferred: tuple[str, ...] = ()) -> object:
        calls.append(tuple(inferred))
        return original(language, regions, inferred)  # type: ignore[arg-type]

    monkeypatch.setattr(plain, "_extra_phones", counted)
    texts = ["chiamatemi al 3471234567", "il mio numero è 3471234567", "grazie"]
    assert [len(s) for s in plain.analyze(texts, language="it")] == [1, 1, 0]
    assert len(calls) == 1
    calls.clear()
    got = plain.analyze(["ring me on 07400 123456", "ring me on 07400 123456"], language="en",
                        text_regions=[("GB",), ()])  # fmt: skip
    assert len(calls) == 2 and [len(s) for s in got] == [1, 0]
