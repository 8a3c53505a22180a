"""The `regex` package's patterns that a detector worker compiles, compiled once at build time.

Why: `regex` (the third-party engine Presidio and Veil's post-filters use, not the stdlib `re`)
parses and compiles a pattern in pure Python; only the last step, `_regex.compile` of the code
that compiler made, is C. A worker compiles ~480 such patterns as it starts: Presidio checks
each predefined recognizer's pattern by compiling it at import (`Pattern.__validate_regex`: 186
of them, the URL recognizer's alone a tenth of a second), and Veil's post-filters build theirs at
import (`business`, `filters`, `named_events`, ...). That was 0.7-1.4 s of each worker's start
(docs/performance.md, "Start-up round").

So `scripts/build_compiled_patterns.py` records every pattern `regex` compiles while the default
analyzer is built, with the arguments its compiler passed to `_regex.compile`, into
`defaults/regex_patterns.xz`; `prime()`, run when `proxy.detection` is first imported (before
Presidio is), builds those pattern objects with `_regex.compile` and puts them in `regex`'s own
cache under the key `regex.compile` looks up, so the same call finds the finished object.

What keeps this exact:

- The file is used only with the `regex` version, Python minor version and Unicode database it
  was built with (case folding and property tables are baked into the code): anything else, a
  missing or damaged file, and nothing is primed; `regex` compiles as before, only slower.
- Entries are keyed by the pattern's full text and flags, as `regex`'s cache is: a pattern no
  longer compiled is never looked up; a new one is compiled by `regex` as before. Only patterns
  with no named lists and no inline locale flag are kept (their cache key is then fixed).
  tests/detection/test_regex_compiled.py recompiles every entry from its pattern and compares,
  and checks that the shipped file covers what a worker compiles.
- `regex`'s cache holds 500 patterns (`regex._main._MAXCACHE`), and a compile that finds it full
  drops a fifth of it at random (`_shrink_cache`): those patterns are then compiled again, in pure
  Python, where a message is read. A worker compiles about as many as the limit, so `prime` raises
  it to what is already cached plus what it primes plus `HEADROOM` (`regex`'s own 500 again) before
  it primes: every shipped pattern stays cached for the worker's life, and the patterns the file
  lacks (a new post-filter's before the file is rebuilt, a caller's one-off) have the room `regex`
  gives them by default. A limit that was already higher is left as it is; nothing ever lowers it.
  Raising the limit rather than keeping Veil's objects in a cache of its own: Presidio and the
  post-filters call `regex.compile` (or `regex.search(pattern, ...)`) themselves, and `regex`'s
  cache is the one place all of them look; a second cache would mean wrapping `regex.compile`.
  The cost is nil: the primed objects are the ones the worker would hold anyway.

This relies on private details of `regex` (`regex._main._compile`, its caches, `_MAXCACHE` as read
by `_compile` each time, and the C `_regex.compile`); a change there is caught by the version check
and the tests above (tests/detection/test_regex_compiled.py primes more patterns than `regex`'s
default limit and checks that compiles after it drop none).
"""

from __future__ import annotations

import json
import logging
import lzma
import sys
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import regex  # type: ignore[import-untyped]
from regex import _main  # regex's compiler and its caches, private to regex

log = logging.getLogger("veil.detection")

REGEX_FILE = Path(__file__).resolve().parent / "defaults" / "regex_patterns.xz"
HEADROOM = 500  # cache room left for patterns the file lacks: `regex`'s own default limit


def environment() -> dict[str, Any]:
    """What the compiled code depends on besides the pattern: it must match to use a file."""
    return {
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "regex": regex.__version__,
        "default_version": int(regex.DEFAULT_VERSION),
        "unicodedata": unicodedata.unidata_version,
        "maxunicode": sys.maxunicode,
    }


class _Recorder:
    """Stands in for `regex`'s C module while one pattern is compiled: keeps what `_compile`
    passes to `_regex.compile`, and lets it compile as usual."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.args: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def compile(self, *args: Any) -> Any:
        self.args = args
        return self.real.compile(*args)


def entry(pattern: str, flags: int = 0) -> dict[str, Any] | None:
    """One file entry: the arguments `regex`'s compiler gives `_regex.compile` for `pattern` under
    `flags`; None for a pattern the file does not keep (named lists, an inline locale flag) or that
    does not compile (its error is raised where it is compiled, as before)."""
    recorder = _Recorder(_main._regex)
    _main._regex = recorder
    try:
        _main._compile(pattern, flags, False, {}, False)  # not cached: a fresh compile
    except regex.error:
        return None
    finally:
        _main._regex = recorder.real
    if recorder.args is None:
        return None
    (text, info_flags, code, group_index, index_group, named_lists, named_list_indexes,
     req_offset, req_chars, req_flags, group_count) = recorder.args  # fmt: skip
    if text != pattern or named_lists or named_list_indexes or _main._locale_sensitive.get((str, pattern), True):
        return None
    return {
        "pattern": pattern,
        "flags": int(flags),
        "info_flags": int(info_flags),
        "code": ",".join(str(int(n)) for n in code),  # text, read into numbers only when built (`build`)
        "group_index": [[name, i] for name, i in sorted(group_index.items())],
        "index_group": [[i, name] for i, name in sorted(index_group.items())],
        "req_offset": req_offset,
        "req_chars": list(req_chars),
        "req_flags": int(req_flags),
        "group_count": group_count,
    }


def build(one: dict[str, Any]) -> Any:
    """The pattern object of one entry, as `regex`'s compiler would have made it."""
    code = [int(n) for n in one["code"].split(",")]
    return _main._regex.compile(
        one["pattern"],
        one["info_flags"],
        code,
        {name: int(i) for name, i in one["group_index"]},
        {int(i): name for i, name in one["index_group"]},
        {},
        [],
        one["req_offset"],
        tuple(one["req_chars"]),
        one["req_flags"],
        one["group_count"],
    )


def dump(entries: Iterable[dict[str, Any]]) -> bytes:
    """A file's bytes: the environment and the entries, sorted by pattern, as xz-compressed JSON.
    The format is `recognizers.sre_code`'s, written again here on purpose: importing the
    `recognizers` package imports Presidio, whose patterns would then compile before `prime`.
    Unlike `re`'s files, a rebuild changes the bytes even when the patterns are the same: `regex`
    writes a set's members in an order that changes from process to process (the tests compare up
    to that order)."""
    ordered = sorted(entries, key=lambda one: (one["pattern"], one["flags"]))
    body = {"environment": environment(), "entries": ordered}
    return lzma.compress(json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8"), preset=9)


def entries(data: bytes) -> list[dict[str, Any]] | None:
    """The entries of a file's bytes; None when it was built for another interpreter or `regex`."""
    body = json.loads(lzma.decompress(data))
    if body.get("environment") != environment():
        return None
    found: list[dict[str, Any]] = body["entries"]
    return found


@cache
def shipped() -> tuple[dict[str, Any], ...]:
    """The shipped file's entries, read once per process; () when it cannot be used."""
    try:
        found = entries(REGEX_FILE.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, lzma.LZMAError) as exc:
        log.info("detection: precompiled regex patterns not used (%s); compiling them", type(exc).__name__)
        return ()
    if found is None:
        log.info("detection: precompiled regex patterns were built for another Python or regex; compiling them")
        return ()
    return tuple(found)


def prime(patterns: Iterable[dict[str, Any]] | None = None) -> int:
    """Put the objects of `patterns` (default: the shipped ones) in `regex`'s cache, where
    `regex.compile(pattern, flags)` looks, after raising its limit so that they all fit with
    `HEADROOM` to spare (module doc); the number primed. One `_regex.compile` rejects (damaged
    code) is left to `regex` to compile."""
    chosen = tuple(shipped() if patterns is None else patterns)
    version = regex.DEFAULT_VERSION
    count = 0
    with _main._cache_lock:
        _main._MAXCACHE = max(_main._MAXCACHE, len(_main._cache) + len(chosen) + HEADROOM)
        for one in chosen:
            pattern, flags = one["pattern"], one["flags"]
            key: tuple[Any, ...] = (pattern, str, flags, frozenset(), version, None)
            if key in _main._cache:
                continue
            try:
                compiled = build(one)
            except (RuntimeError, ValueError, TypeError, KeyError, OverflowError, regex.error):
                continue
            _main._cache[key] = compiled
            _main._named_args[(pattern, str, flags)] = frozenset()
            _main._locale_sensitive[(str, pattern)] = False
            count += 1
    return count
