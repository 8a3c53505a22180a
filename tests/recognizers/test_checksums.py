"""The check-digit algorithms, against published examples and their own generators."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recognizers import checksums as c

digits = st.text(alphabet="0123456789", min_size=1, max_size=18)


@pytest.mark.parametrize(
    ("fn", "value", "ok"),
    [
        (c.luhn_ok, "4111111111111111", True),
        (c.luhn_ok, "4111111111111112", False),
        (c.iban_ok, "GB82WEST12345698765432", True),
        (c.iban_ok, "GB82WEST12345698765433", False),
        (c.iban_ok, "XX82WEST12345698765432", False),
        (c.verhoeff_ok, "2363", True),
        (c.verhoeff_ok, "2364", False),
        (c.cpf_ok, "52998224725", True),
        (c.cpf_ok, "11111111111", False),
        (c.cnpj_ok, "11222333000181", True),
        (c.cnpj_ok, "11222333000182", False),
        (c.dni_ok, "12345678Z", True),
        (c.dni_ok, "X1234567L", True),
        (c.dni_ok, "12345678A", False),
        (c.fiscal_code_ok, "RSSMRA85T10A562S", True),
        (c.fiscal_code_ok, "RSSMRA85T10A562T", False),
        (c.partita_iva_ok, "12345678903", True),
        (c.partita_iva_ok, "00000000000", False),
    ],
)
def test_published_examples(fn: object, value: str, ok: bool) -> None:
    assert callable(fn)
    assert fn(value) is ok


@given(digits)
def test_verhoeff_digit_makes_valid(body: str) -> None:
    assert c.verhoeff_ok(body + c.verhoeff_digit(body))


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_cpf_generator_roundtrip(base: str) -> None:
    value = base + c.cpf_digits(base)
    assert c.cpf_ok(value) or len(set(value)) == 1


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_cnpj_generator_roundtrip(base: str) -> None:
    value = base + c.cnpj_digits(base)
    assert c.cnpj_ok(value) or len(set(value)) == 1


@given(st.sampled_from(sorted(c.IBAN_LENGTHS)), st.data())
def test_iban_generator_roundtrip(country: str, data: st.DataObject) -> None:
    n = c.IBAN_LENGTHS[country] - 4
    bban = data.draw(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=n, max_size=n))
    assert c.iban_ok(country + c.iban_check_digits(country, bban) + bban)


@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_partita_iva_generator_roundtrip(base: str) -> None:
    value = base + c.partita_iva_digit(base)
    assert c.partita_iva_ok(value) or value.startswith("0000000")


def test_class_names_do_not_shadow_presidio_predefined_names() -> None:
    """Presidio resolves YAML names through __subclasses__(): a duplicate name
    would make stock/predefined loading pick one of ours at random."""
    from collections import Counter

    from presidio_analyzer.recognizer_registry.recognizers_loader_utils import (
        RecognizerListLoader,
    )

    import recognizers

    names = Counter(c.__name__ for c in RecognizerListLoader.get_all_existing_recognizers())
    assert all(names[cls.__name__] == 1 for cls in recognizers.ALL)
