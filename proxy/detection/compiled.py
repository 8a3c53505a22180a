"""Regular expressions compiled once, at build time, instead of in every detector worker.

Why: a worker's start was mostly spent compiling one regular expression. spaCy's French
tokenizer carries a `token_match` pattern of 1.45 million characters (elided and hyphenated
forms over its whole Unicode letter class, case-insensitive); Python's `re` parses and
compiles it in 3-5 s of one core, at the import of `spacy.lang.fr` and again nowhere else
(the model's tokenizer asks `re.compile` for the same string and gets `re`'s cache). The
other tokenizers' prefix, suffix and infix patterns (10-22 thousand characters each, a few
per language) add a few hundred ms. `re` compiles a pattern to a list of integers ("code")
and builds the pattern object from it with `_sre.compile`; that last step takes ~2 ms.

So `scripts/build_compiled_patterns.py` records every pattern of at least `MIN_CHARS`
characters that `re` compiles while the default analyzer is built, with the code `re`
made for it, into `defaults/compiled_patterns.xz` (about 30 KB). `prime()` rebuilds those
pattern objects from their code and puts them in `re`'s own cache under the key `re.compile`
looks up, so when spaCy compiles the same string it gets the finished object.

What keeps this exact:

- The file is used only on the interpreter it was built for: same Python minor version,
  `_sre.MAGIC` (the code format), `_sre.CODESIZE` and Unicode database (case folding of a
  case-insensitive class is baked into the code): `recognizers/sre_code.py`, the file format this
  shares with the rules' own precompiled patterns (`recognizers/factored.py`). Anything else, a missing or damaged file,
  or code `_sre.compile` rejects (it validates it): nothing is primed and `re` compiles as
  before, only slower (one INFO line says so).
- Entries are keyed by the pattern's full text and flags: a pattern spaCy no longer uses
  (another spaCy version) is simply never looked up; a new one is compiled by `re` as
  before. tests/detection/test_compiled.py rebuilds every entry's code from its pattern and
  compares, and checks the shipped file still covers what the default analyzer compiles.
- `re`'s cache holds 512 patterns and drops the oldest first: entries are primed right before
  the spaCy pipelines are loaded, a handful of compiles before spaCy's own.

This relies on two private details of CPython 3.11's `re` (`re._cache` and
`re._compiler._code`); `requires-python` pins 3.11, and the checks above make any change a
slower start, never a different pattern.
"""

from __future__ import annotations

import logging
import lzma
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from recognizers import sre_code

log = logging.getLogger("veil.detection")

COMPILED_FILE = Path(__file__).resolve().parent / "defaults" / "compiled_patterns.xz"
MIN_CHARS = 10_000  # shorter patterns compile in a few ms: not worth a file entry


environment = sre_code.environment
build = sre_code.build
dump = sre_code.dump


def compile_entry(pattern: str, flags: int = 0) -> dict[str, Any]:
    """One file entry: what `re._compiler.compile` computes for `pattern` before `_sre.compile`."""
    from re import _compiler, _parser  # type: ignore[attr-defined]  # the steps of re.compile, private to re

    parsed = _parser.parse(pattern, flags)
    return sre_code.entry(pattern, flags, parsed.state, _compiler._code(parsed, flags))


def load(data: bytes) -> list[tuple[int, re.Pattern[str]]]:
    """(flags, pattern object) per entry of a file's bytes; [] when the file was built for another
    interpreter."""
    found = sre_code.entries(data)
    if found is None:
        log.info("detection: precompiled patterns were built for another Python; compiling them (a slower start)")
        return []
    return [(one["flags"], build(one)) for one in found]


@cache
def shipped() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The shipped file's patterns, built once per process; () if it cannot be used."""
    try:
        return tuple(load(COMPILED_FILE.read_bytes()))
    except (OSError, ValueError, KeyError, TypeError, RuntimeError, lzma.LZMAError) as exc:
        log.info("detection: precompiled patterns not used (%s); compiling them (a slower start)", type(exc).__name__)
        return ()


def prime(patterns: Iterable[tuple[int, re.Pattern[str]]] | None = None) -> int:
    """Put `patterns` (default: the shipped ones) in `re`'s cache, as `re.compile` would have
    stored them; the number primed."""
    cached: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    count = 0
    for flags, compiled in shipped() if patterns is None else patterns:
        key = (str, compiled.pattern, flags)
        if key in cached:
            continue
        if len(cached) >= re._MAXCACHE:  # type: ignore[attr-defined]
            cached.pop(next(iter(cached)), None)  # what re does: the oldest goes
        cached[key] = compiled
        count += 1
    return count
