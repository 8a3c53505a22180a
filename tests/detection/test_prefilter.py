"""What a text must hold for a pattern to match (`proxy.detection.prefilter`): the runner
skips a pattern on a text lacking it, so `required` must never ask for more than every
match holds."""

from __future__ import annotations

import re

import pytest
from presidio_analyzer.predefined_recognizers import IpRecognizer

from proxy.detection.detector import Analyzer
from proxy.detection.prefilter import DIGIT, held, present, repeated, required

FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\d", {DIGIT}),
        (r"[0-9]{2}", {DIGIT}),
        (r"\bORD-\d{8}\b", {"-", DIGIT}),
        (r"a:b|c:d", {":"}),  # what every branch needs
        (r"\.|:", set()),
        (r"\d?x", set()),  # optional
        (r"\d{0,3}", set()),
        (r"[^0-9]", set()),
        (r"[\d\s]", set()),
        (r"(?<=:)a", {":"}),  # a positive lookaround's character is in the text too
        (r"(?<!:)a", set()),
        (r"abc", set()),  # letters never: the pattern may ignore case
        (r"(\d)\1", {DIGIT}),
        (r"7", {"7", DIGIT}),
    ],
)
def test_required(pattern: str, needs: set[str]) -> None:
    assert required(pattern, FLAGS) == needs


def test_unparsable_pattern_needs_nothing() -> None:
    assert required(r"\p{L}+:\d", FLAGS) == frozenset()  # `regex`-only syntax: never skipped


def test_ip_patterns_run_only_where_they_can_match() -> None:
    patterns = {p.name: required(p.regex, FLAGS) for p in IpRecognizer().patterns}
    assert patterns["IPv6"] == {":"}
    assert patterns["IPv4"] == {".", DIGIT}
    texts = ["server at 10.0.0.1 down", "use ::1 or fe80::1ff:fe23:4567:890a now", "::ffff:192.168.0.1",
             "2001:db8::8a2e:370:7334", "no address here", "ip :: end", "1.2.3.4/24"]  # fmt: skip
    for p in IpRecognizer().patterns:
        rx = re.compile(p.regex, FLAGS)
        for text in texts:
            if rx.search(text):
                assert present(text, required(p.regex, FLAGS)), (p.name, text)
    assert not present("no address here", patterns["IPv6"])
    assert not present("call me. ok", patterns["IPv4"])


def test_held_skips_no_pattern_that_matches_on_the_corpora(blank_analyzer: Analyzer) -> None:
    """The runner's per-text test (`held` once a text, then `needs <= held`) is `present` for
    every fast pattern, and never skips one that matches: every fast pattern of the analyzer,
    over the bench corpora (six languages) and texts made to hold their characters."""
    from bench.corpus import generate
    from bench.names_tune import examples

    texts = [m.text for m in generate("tune", per_cell=30)] + [text for _, text, _ in examples()][::7]
    texts += ["10.0.0.1", "fe80::1ff:fe23:4567:890a", "::1", "a:b.c 7", "", "١٢٣.٤:"]  # Arabic-Indic digits too
    checked = 0
    for runner in blank_analyzer.runners.values():
        assert runner._needed  # IpRecognizer at least
        for text in texts:
            have = held(text, runner._needed)
            for fast in runner._fast.values():
                for pattern, finditer, needs in fast:
                    assert (needs <= have) == present(text, needs), (pattern.name, needs)
                    if next(iter(finditer(text)), None) is not None:
                        assert needs <= have, pattern.name
                        checked += 1
    assert checked > 0


@pytest.mark.parametrize(
    ("pattern", "runs"),
    [
        (r"\d+\.\d+\.\d+\.\d+", {"..."}),  # three dots in every match
        (r"(?:\d{1,3}\.){3}\d{1,3}", {"..."}),  # a repeat's least count
        (r"(?:\d\.){0,3}\d", set()),  # optional: no count
        (r"a:b:c|x::y", {"::"}),  # the least of the branches
        (r"a:b:c|x:y", set()),  # one branch holds a single colon
        (r"\d\.\d", set()),  # once is `required`'s, not a run
        (r"(?=\.\.)\.", {".."}),  # a lookahead's dots may be the match's own: compared, not added
        (r"\.(?<=\.)", set()),  # the lookbehind reads the match's dot
        (r"(?:(?=:)){3}:", set()),  # a repeated lookahead reads one place
        (r"--(?=-)", {"--"}),
        (r"aaa", set()),  # letters never
        (r"111", set()),  # digits never counted
    ],
)
def test_repeated(pattern: str, runs: set[str]) -> None:
    assert repeated(pattern, FLAGS) == runs


def test_repeated_skips_ip_patterns_on_a_dot_or_a_colon_too_few() -> None:
    """A price ("12.50 €"), a sentence's dot and a time ("10:30") hold too few dots or colons for an
    IP address; the addresses themselves hold enough (negative controls in the same characters)."""
    patterns = {p.name: required(p.regex, FLAGS) | repeated(p.regex, FLAGS) for p in IpRecognizer().patterns}
    assert patterns["IPv4"] == {".", "...", DIGIT}
    assert patterns["IPv6"] == {":", "::"}
    assert not present("total 12.50 € ok. see you at 10:30", patterns["IPv4"])
    assert not present("see you at 10:30", patterns["IPv6"])
    for p in IpRecognizer().patterns:
        rx = re.compile(p.regex, FLAGS)
        for text in ["server at 10.0.0.1 down", "fe80::1ff:fe23:4567:890a", "::ffff:192.168.0.1", "at 1.2.3.4/24"]:
            if rx.search(text):
                assert present(text, patterns[p.name]), (p.name, text)
    assert held("a.b.c 10:30", frozenset({".", "...", "..", ":", "::"})) == {".", "..", ":"}
