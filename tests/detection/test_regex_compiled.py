"""Precompiled `regex` patterns (proxy/detection/regex_compiled.py): the objects `regex.compile`
would make, found where it looks, and covering what a detector worker compiles."""

from __future__ import annotations

import json
import lzma
import re
from typing import Any

import pytest
import regex  # type: ignore[import-untyped]
from regex import _main  # regex's caches, private to regex

from proxy.detection import regex_compiled, shop_people, subject_said
from proxy.detection.phrases import alternation, longest_first

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


def test_more_patterns_than_regex_holds_by_default_are_primed_and_none_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rebuilt file with more patterns than `regex`'s cache holds by default (500): priming raises
    the limit, every one is primed and found by `regex.compile`, and `HEADROOM` patterns the file
    lacks, compiled after, drop none of them (a full cache drops a fifth of itself at random). A limit that
    is already higher is never lowered."""
    monkeypatch.setattr(_main, "_MAXCACHE", _main._MAXCACHE)  # put back after the test
    regex.purge()
    count = _main._MAXCACHE + 100
    made = [regex_compiled.entry(rf"(?i)\bprime-fill-{i}\b", 0) for i in range(count)]
    rebuilt = regex_compiled.entries(regex_compiled.dump(one for one in made if one is not None))
    assert rebuilt is not None and len(rebuilt) == count
    assert regex_compiled.prime(rebuilt) == count
    primed = dict(_main._cache)
    assert all(regex.compile(one["pattern"], one["flags"]) is primed[_key(one)] for one in rebuilt)
    for i in range(regex_compiled.HEADROOM):
        regex.compile(rf"not-in-the-file-{i}\d")
    assert len(_main._cache) == count + regex_compiled.HEADROOM  # nothing dropped
    assert all(_main._cache.get(key) is found for key, found in primed.items())
    regex.purge()
    _main._MAXCACHE = 100_000  # a limit already higher is left as it is
    regex_compiled.prime(rebuilt[:1])
    assert _main._MAXCACHE == 100_000
    regex.purge()


def _key(one: dict[str, Any]) -> tuple[Any, ...]:
    """Where `regex.compile(pattern, flags)` looks for a pattern with no named list."""
    return (one["pattern"], str, one["flags"], frozenset(), regex.DEFAULT_VERSION, None)


def test_a_worker_compiles_no_regex_pattern_itself(worker_start: dict[str, Any]) -> None:
    """In a fresh process, a detector worker's start (imports, the default analyzer built and
    warmed) finds every pattern it asks `regex` for in the cache, primed from the shipped file:
    the file covers what Presidio and the post-filters compile. No shipped pattern was dropped on
    the way, and `HEADROOM` patterns the file lacks still fit (tests/worker_start.py)."""
    assert worker_start["regex_compiled_here"] == [], "rebuild: python scripts/build_compiled_patterns.py"
    assert worker_start["regex_shipped"] > 300
    assert worker_start["regex_dropped"] == []
    assert worker_start["regex_room"] >= regex_compiled.HEADROOM


def test_post_filters_that_waited_for_room_compile_with_regex_from_the_file() -> None:
    """`shop_people` and `subject_said` compiled with stdlib `re` while `regex`'s cache was full; with
    room made, every pattern they compile at import is a `regex` pattern the shipped file holds."""
    shipped = {one["pattern"] for one in regex_compiled.shipped()}
    for module in (shop_people, subject_said):
        found = [v for v in vars(module).values() if isinstance(v, (regex.Pattern, re.Pattern))]
        found += [
            v
            for d in vars(module).values()
            if isinstance(d, dict)
            for v in d.values()
            if isinstance(v, (regex.Pattern, re.Pattern))
        ]
        assert len(found) >= 4, module.__name__
        for pattern in found:
            assert isinstance(pattern, regex.Pattern), (module.__name__, pattern.pattern[:60])
            assert pattern.pattern in shipped, "rebuild: python scripts/build_compiled_patterns.py"


def test_alternations_read_the_same_whatever_order_their_words_come_in() -> None:
    """Words of one length in alphabetical order, the longest still first: a pattern's text no longer
    depends on a set's order (which changes from process to process), so it is found in the file."""
    one = alternation(["sede", "casa", "sede legale", "ufficio", "negozio"])
    assert one == alternation(["negozio", "sede legale", "casa", "ufficio", "sede"])
    assert one.split("|") == [r"sede[ \t\u00a0]+legale", "negozio", "ufficio", "casa", "sede"]
    assert longest_first({"via", "viale", "vía", "corso"}) == ["corso", "viale", "via", "vía"]
