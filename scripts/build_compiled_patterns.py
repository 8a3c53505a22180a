"""Build the code of the regular expressions a detector worker compiles: spaCy's long ones
(`proxy/detection/defaults/compiled_patterns.xz`), the rules' grouped ones
(`recognizers/data/factored_patterns.xz`, `recognizers/factored.py`) and those of the `regex`
package, Presidio's and the post-filters' (`proxy/detection/defaults/regex_patterns.xz`,
`proxy/detection/regex_compiled.py`).

Run `python scripts/build_compiled_patterns.py` after changing a rule's or a post-filter's regular
expression or a word list one is made of, spaCy, regex, Presidio, a default spaCy model, a default
language or Python's minor version (tests/detection/test_compiled.py,
tests/recognizers/test_factored_shipped.py and tests/detection/test_regex_compiled.py fail when a
file no longer covers what the default analyzer compiles, or no longer matches what is compiled
from its patterns). The three files are build output: after a merge conflict in one, take either
side and run this again. Why they exist, and what keeps them exact: `proxy/detection/compiled.py`,
`recognizers/factored.py`, `recognizers/sre_code.py`, `proxy/detection/regex_compiled.py`.

How: the default analyzer (`DetectionSettings()`: every configured language and its installed
model) is built with the first two shipped files set aside; every pattern `re` compiles meanwhile is
recorded, and those of at least `compiled.MIN_CHARS` characters are written with their code;
every pattern the rules compile with `factored.compile` is written with its grouped code; every
pattern `regex` is asked to compile, from the first import on, is written with its code.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

from regex import _main as regex_main  # type: ignore[import-untyped]  # regex's compiler, private to regex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Presidio compiles its recognizers' patterns with `regex` as it is imported: record every pattern
# `regex` is asked for from here on, before anything imports Presidio or the post-filters.
REGEX: dict[tuple[str, int], None] = {}
_regex_compile = regex_main._compile


def _recording_regex(pattern: Any, flags: int, ignore_unused: bool, kwargs: Any, cache_it: Any) -> Any:
    if isinstance(pattern, str) and not kwargs:
        REGEX[(pattern, int(flags))] = None
    return _regex_compile(pattern, flags, ignore_unused, kwargs, cache_it)


regex_main._compile = _recording_regex

# The rules compile their patterns as their modules are imported and their recognizers built: record
# every entry `factored.compile` makes, with the shipped file set aside, before anything imports them.
# `recognizers/__init__` imports every recognizer module (and so compiles their module-level patterns):
# the package is registered here without running it, `factored` imported from it and patched, and only
# then is the package's own code run (`_RULES.loader.exec_module` below).
_RULES = importlib.util.spec_from_file_location(
    "recognizers",
    Path(__file__).resolve().parents[1] / "recognizers" / "__init__.py",
    submodule_search_locations=[str(Path(__file__).resolve().parents[1] / "recognizers")],
)
assert _RULES is not None and _RULES.loader is not None  # noqa: S101 - the package's own file
_rules_package = importlib.util.module_from_spec(_RULES)
sys.modules["recognizers"] = _rules_package

from recognizers import factored, sre_code  # noqa: E402

FACTORED: dict[tuple[str, int], dict[str, Any]] = {}
_fresh_entry = factored.entry


def _recording_entry(pattern: str, flags: int = 0) -> dict[str, Any]:
    one = _fresh_entry(pattern, flags)
    FACTORED[(pattern, flags)] = one
    return one


factored.shipped = lambda: {}  # type: ignore[assignment]  # build as if no file had been shipped
factored.entry = _recording_entry
_RULES.loader.exec_module(_rules_package)  # every recognizer module, its patterns compiled through the above

from proxy.detection import compiled, regex_compiled  # noqa: E402
from proxy.detection.engine import build_analyzer  # noqa: E402
from proxy.detection.settings import DetectionSettings  # noqa: E402


def main() -> None:
    seen: dict[tuple[str, int], None] = {}
    compiler: Any = importlib.import_module("re._compiler")  # re's private step, as `factored.entry` reads it
    original = compiler.compile

    def recording(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and len(pattern) >= compiled.MIN_CHARS:
            seen[(pattern, int(flags))] = None
        return original(pattern, flags)

    compiler.compile = recording
    compiled.COMPILED_FILE = Path("/nonexistent")  # build as if no file had been shipped
    compiled.shipped.cache_clear()
    re.purge()
    build_analyzer(DetectionSettings())
    compiler.compile = original
    entries = [compiled.compile_entry(pattern, flags) for pattern, flags in seen]
    out = Path(__file__).resolve().parents[1] / "proxy" / "detection" / "defaults" / "compiled_patterns.xz"
    out.write_bytes(compiled.dump(entries))
    print(f"{out}: {len(entries)} patterns, {sum(len(p) for p, _ in seen)} characters, {out.stat().st_size} bytes")
    rules = Path(__file__).resolve().parents[1] / "recognizers" / "data" / factored.SHIPPED_FILE
    rules.write_bytes(sre_code.dump(FACTORED[key] for key in sorted(FACTORED)))
    chars = sum(len(p) for p, _ in FACTORED)
    print(f"{rules}: {len(FACTORED)} patterns, {chars} characters, {rules.stat().st_size} bytes")
    regex_main._compile = _regex_compile
    kept = [one for pattern, flags in REGEX if (one := regex_compiled.entry(pattern, flags)) is not None]
    regex_compiled.REGEX_FILE.write_bytes(regex_compiled.dump(kept))
    chars = sum(len(one["pattern"]) for one in kept)
    size = regex_compiled.REGEX_FILE.stat().st_size
    print(f"{regex_compiled.REGEX_FILE}: {len(kept)} of {len(REGEX)} patterns, {chars} characters, {size} bytes")


if __name__ == "__main__":
    main()
