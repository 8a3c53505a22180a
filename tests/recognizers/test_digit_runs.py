"""`digit_runs`: the digits in a row every match of a pattern holds, and what skipping on them changes (nothing)."""

from __future__ import annotations

import pytest

import recognizers
from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.digit_runs import DigitRuns, digit_run, longest_run


@pytest.mark.parametrize(
    ("pattern", "run"),
    [
        (r"(?<![\d.+])\d{11}(?!\d)", 11),  # a bare run: the lookarounds consume nothing
        (r"\d{3}\.\d{3}\.\d{3}-\d{2}", 3),  # groups separated by punctuation: the longest group
        (r"(?<![\d-])\d{4}([ -])\d{4}\1\d{4}", 4),  # a back-reference may be anything: it ends the run
        (r"[2-9]\d{11}", 12),  # a class of digits only continues the run
        (r"\d{4,5}\d{2}", 6),  # a repeat counts at its least
        (r"\d{3}\d?\d{2}", 5),  # an optional digit consumes only digits: the run goes on across it
        (r"\d{2}\b\d{2}", 4),  # so does an anchor
        (r"(?:\d{6}|\d{8})[A-Z]", 6),  # an alternation of digits: its shortest branch
        (r"(?:\d{6}|AB\d{3})", 3),  # a mixed one: the shortest run inside its branches
        (r"(?:\d{5}X){2}", 5),  # a repeat of at least one counts its inside
        (r"(?:\d{9})?[A-Z]{3}", 0),  # an optional group needs nothing
        (r"IT ?\d{11}", 11),
        (r"[0-9a-f]{8}", 0),  # a class with letters is no digit
        (r"[^\d]{5}", 0),  # a negated class neither
        (r"\b[A-Z]{3}\d{4}[A-Z]\b", 4),
        (r"(?P<x", 0),  # unparseable: nothing known, nothing skipped
    ],
)
def test_digit_run(pattern: str, run: int) -> None:
    assert digit_run(pattern) == run


@pytest.mark.parametrize(
    ("text", "longest"),
    [
        ("no digits here", 0),
        ("+33 6 12 34 08 17", 2),
        ("4711 4894 3232 4736 exp 09/27", 4),
        ("CPF 12345678909", 11),
        ("١٢٣٤٥ Arabic-Indic digits", 5),  # any decimal digit, as `\d` in a pattern
    ],
)
def test_longest_run(text: str, longest: int) -> None:
    assert longest_run(text) == longest
    assert DigitRuns(text).longest == longest


def _bench_texts() -> list[str]:
    from bench.corpus import generate  # noqa: PLC0415 - bench data, this test only

    texts = [m.text for m in generate("tune", per_cell=300)][::3]
    return texts + ["123.456.789-09", "12345678909", "4111 1111 1111 1111", "IT12345678901",
                    "QZ.12345678901234567890", "AB.ENT.123456", "X1234567L", "12345678Z", "123-45-6789",
                    "2345 6789 0123", "234567890123"]  # fmt: skip


def test_skipping_on_digit_runs_changes_no_result() -> None:
    """Every checksum recognizer finds the same spans with the skip as with every pattern scanned, and each
    pattern's run is one every match of it holds."""
    classes = [c for c in vars(recognizers).values()
               if isinstance(c, type) and issubclass(c, ChecksumPatternRecognizer)]  # fmt: skip
    assert len(classes) >= 10
    texts = _bench_texts()
    for cls in classes:
        rec, every = cls(), cls()
        every.digit_runs = [0] * len(every.digit_runs)
        for (pattern, finditer), run in zip(rec.compiled, rec.digit_runs, strict=True):
            for text in texts:
                for match in finditer(text):
                    assert longest_run(match.group()) >= run, (cls.__name__, pattern.name, match.group())
        for text in texts:
            got = [(r.start, r.end, r.score) for r in rec.analyze(text, [], None)]
            assert got == [(r.start, r.end, r.score) for r in every.analyze(text, [], None)], (cls.__name__, text)


def test_a_text_without_the_run_skips_the_pattern() -> None:
    """A CPF's bare form needs eleven digits in a row: a text whose longest run is shorter does not scan it."""
    rec = recognizers.BrCpfRecognizer()
    runs = dict(zip((p.name for p, _ in rec.compiled), rec.digit_runs, strict=True))
    assert runs == {"cpf formatted": 3, "cpf bare": 11}
    scanned: list[str] = []
    rec.compiled = [(p, lambda text, f=f, name=p.name: scanned.append(name) or f(text)) for p, f in rec.compiled]
    rec.analyze("pedido 4821 de 12/05/2024", [], None)
    assert scanned == ["cpf formatted"]
    scanned.clear()
    rec.analyze("CPF 12345678909", [], None)
    assert scanned == ["cpf formatted", "cpf bare"]


def test_the_patterns_of_a_run_length_are_read_once() -> None:
    """Speed (2026-12-06, evening): which patterns a text's longest run allows is read once for each run length,
    runs past the longest any pattern needs sharing one list; the same patterns are scanned as before."""
    rec = recognizers.BrCpfRecognizer()
    assert rec._most_run == 11
    for text in ("pedido 4821", "CPF 123.456.789-09", "CPF 12345678909", "ref 123456789012345678", "12 34"):
        rec.found_in(text, DigitRuns(text))
    assert sorted(rec._by_run) == [2, 3, 4, 11]  # the 18-digit run read as 11
    assert [p.name for p, _ in rec._by_run[4]] == ["cpf formatted"]
    assert [p.name for p, _ in rec._by_run[11]] == ["cpf formatted", "cpf bare"]
