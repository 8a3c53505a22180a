"""Precompiled patterns (proxy/detection/compiled.py): the same objects `re.compile` makes, used by spaCy."""

from __future__ import annotations

import json
import lzma
import re
from typing import Any

import pytest

from proxy.detection import compiled


def test_each_shipped_entry_is_what_re_compiles_from_its_pattern() -> None:
    """The shipped code equals `re`'s own compilation of each pattern, and the objects built
    from it match what `re.compile`'s do (checked on the shorter patterns: the French
    token_match alone takes seconds to compile, once here, for the code comparison)."""
    body = json.loads(lzma.decompress(compiled.COMPILED_FILE.read_bytes()))
    assert body["environment"] == compiled.environment(), "rebuild: python scripts/build_compiled_patterns.py"
    assert body["entries"]
    for entry in body["entries"]:
        assert compiled.compile_entry(entry["pattern"], entry["flags"]) == entry
    probes = [
        "aujourd'hui",
        "Saint-Étienne",
        "anti-inflammatoire",
        "l'homme",
        "rendez-vous",
        "+39 347 1234567",
        "jane.doe@example.com",
        "(ciao)",
        "C'est-à-dire",
        "x-y-z",
        "Ça",
        "ÉTATS-UNIS",
        "http://a.fr/x",
    ]
    for flags, pattern in compiled.load(compiled.COMPILED_FILE.read_bytes()):
        if len(pattern.pattern) > 100_000:
            continue
        fresh = re._compiler.compile(pattern.pattern, flags)  # type: ignore[attr-defined]  # not re's cache
        assert (pattern.flags, pattern.groups, pattern.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)
        for probe in probes:
            for i in range(len(probe)):
                a, b = pattern.match(probe, i), fresh.match(probe, i)
                assert (a and a.span()) == (b and b.span())
                assert [m.span() for m in pattern.finditer(probe)] == [m.span() for m in fresh.finditer(probe)]


def test_a_file_for_another_python_primes_nothing() -> None:
    body = json.loads(lzma.decompress(compiled.COMPILED_FILE.read_bytes()))
    body["environment"]["sre_magic"] = -1
    assert compiled.load(lzma.compress(json.dumps(body).encode())) == []


def test_damaged_code_is_refused_by_sre() -> None:
    entry = compiled.compile_entry(r"(?i)[a-zà-ÿ]+-(?:ci|là)\b")
    assert compiled.build(entry).match("celle-ci")
    code = entry["code"].split(",")
    code[len(code) // 2] = "9999"  # no such opcode or offset
    entry["code"] = ",".join(code)
    with pytest.raises(RuntimeError):
        compiled.build(entry)


def test_priming_puts_the_object_where_re_compile_finds_it() -> None:
    pattern = r"(?iu)(?:^prime-test-[a-zà-ÿ]+$)" + "|x" * 10
    entry = compiled.compile_entry(pattern)
    built = compiled.build(entry)
    re.purge()
    assert compiled.prime([(0, built)]) == 1
    assert re.compile(pattern) is built
    assert compiled.prime([(0, built)]) == 0  # already there


def test_the_default_analyzer_uses_the_shipped_patterns(worker_start: dict[str, Any]) -> None:
    """In a fresh process (nothing compiled yet), building the default analyzer leaves every
    long tokenizer pattern of its spaCy pipelines as the shipped object, not a fresh compile:
    the file covers what spaCy compiles, and the priming reaches spaCy. Nothing downloads
    (the build is the one every worker runs; tests/worker_start.py)."""
    assert worker_start["tokenizer_patterns_not_shipped"] == [], "rebuild: python scripts/build_compiled_patterns.py"
