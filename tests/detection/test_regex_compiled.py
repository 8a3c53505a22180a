"""Precompiled `regex` patterns (proxy/detection/regex_compiled.py): the objects `regex.compile`
would make, found where it looks, and covering what a detector worker compiles."""

from __future__ import annotations

import json
import lzma
from typing import Any

import regex  # type: ignore[import-untyped]
from regex import _main  # regex's caches, private to regex

from proxy.detection import regex_compiled
from proxy.detection.phrases import alternation, longest_first
from tests.processes import clean_python

PROBES = (
    "https://www.example.com/a?b=c",
    "jane.doe@example.com",
    "Ciao Marco, il pacco è arrivato",
    "Bonjour, c'est Mme Dupont",
    "Order #12345 shipped to 10 Downing Street",
    "Sehr geehrte Frau Müller",
    "ÉTATS-UNIS",
    "192.168.0.1",
)


def _same_up_to_set_order(one: dict[str, Any], fresh: dict[str, Any]) -> bool:
    """`regex`'s compiler writes the members of a character set in the order a Python set of its
    nodes gives, and its nodes hash by their class's identity: that order changes from process to
    process (two fresh compiles of one pattern in two processes differ the same way). Every other
    argument, and the code's numbers as a multiset, must be equal."""
    rest = {k: v for k, v in one.items() if k != "code"}
    fresh_rest = {k: v for k, v in fresh.items() if k != "code"}
    return rest == fresh_rest and sorted(one["code"].split(",")) == sorted(fresh["code"].split(","))


def test_each_shipped_entry_is_what_regex_compiles_from_its_pattern() -> None:
    """The shipped arguments are what `regex`'s compiler gives `_regex.compile` for each pattern
    today, and the objects built from them match as a fresh compile does."""
    body = json.loads(lzma.decompress(regex_compiled.REGEX_FILE.read_bytes()))
    assert body["environment"] == regex_compiled.environment(), "rebuild: python scripts/build_compiled_patterns.py"
    assert len(body["entries"]) > 300
    for one in body["entries"]:
        fresh_entry = regex_compiled.entry(one["pattern"], one["flags"])
        assert fresh_entry is not None
        assert _same_up_to_set_order(one, fresh_entry), one["pattern"][:80]
        built = regex_compiled.build(one)
        fresh = regex.compile(one["pattern"], one["flags"], cache_pattern=False)
        assert (built.pattern, built.flags, built.groups, built.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groups,
            fresh.groupindex,
        )
        for probe in PROBES:
            assert [m.span() for m in built.finditer(probe)] == [m.span() for m in fresh.finditer(probe)]


def test_priming_puts_the_object_where_regex_compile_finds_it() -> None:
    pattern, flags = r"(?i)\bprime-test-(?P<word>\p{L}+)\b", int(regex.UNICODE)
    one = regex_compiled.entry(pattern, flags)
    assert one is not None
    regex.purge()
    assert regex_compiled.prime([one]) == 1
    found = regex.compile(pattern, flags)
    assert found.search("a Prime-test-ÉTÉ b").group("word") == "ÉTÉ"
    assert regex.compile(pattern, flags) is found  # the primed object, from the cache
    assert regex_compiled.prime([one]) == 0  # already there
    regex.purge()


def test_patterns_the_file_cannot_keep_are_left_out() -> None:
    """A named list makes the cache key depend on the list given, and a broken pattern must raise
    where it is compiled: neither has an entry, and both compile (or fail) as before."""
    assert regex_compiled.entry(r"\L<words>", 0) is None
    assert regex_compiled.entry(r"(unclosed", 0) is None


def test_a_file_for_another_regex_primes_nothing() -> None:
    body = json.loads(lzma.decompress(regex_compiled.REGEX_FILE.read_bytes()))
    body["environment"]["regex"] = "0.0"
    assert regex_compiled.entries(lzma.compress(json.dumps(body).encode())) is None


def test_priming_stops_short_of_a_full_cache() -> None:
    """A full cache makes `regex` drop entries at random: priming leaves room instead."""
    regex.purge()
    entries = [regex_compiled.entry(f"prime-fill-{i}", 0) for i in range(_main._MAXCACHE + 10)]
    primed = regex_compiled.prime(e for e in entries if e is not None)
    assert primed == _main._MAXCACHE - 1
    assert len(_main._cache) < _main._MAXCACHE
    regex.purge()


def test_a_worker_compiles_no_regex_pattern_itself() -> None:
    """In a fresh process, a detector worker's start (imports, the default analyzer built and
    warmed) finds every pattern it asks `regex` for in the cache, primed from the shipped file:
    the file covers what Presidio and the post-filters compile."""
    code = """
from regex import _main
fresh = []
inner = _main._compile
def watching(pattern, flags, ignore_unused, kwargs, cache_it):
    if isinstance(pattern, str) and not kwargs and not any(k[0] == pattern and k[2] == flags for k in _main._cache):
        fresh.append(pattern[:60])
    return inner(pattern, flags, ignore_unused, kwargs, cache_it)
_main._compile = watching
from proxy.detection import worker
from proxy.detection.settings import DetectionSettings
worker.init_worker(DetectionSettings().model_dump(mode="json"))
print("fresh:", len(fresh), fresh[:5])
"""
    out = clean_python("-c", code)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "fresh: 0 []", "rebuild: python scripts/build_compiled_patterns.py"


def test_alternations_read_the_same_whatever_order_their_words_come_in() -> None:
    """Words of one length in alphabetical order, the longest still first: a pattern's text no longer
    depends on a set's order (which changes from process to process), so it is found in the file."""
    one = alternation(["sede", "casa", "sede legale", "ufficio", "negozio"])
    assert one == alternation(["negozio", "sede legale", "casa", "ufficio", "sede"])
    assert one.split("|") == [r"sede[ \t\u00a0]+legale", "negozio", "ufficio", "casa", "sede"]
    assert longest_first({"via", "viale", "vía", "corso"}) == ["corso", "viale", "via", "vía"]
