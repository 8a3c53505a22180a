"""The rules' precompiled patterns (`recognizers/data/factored_patterns.xz`): exact, current, and
never needed (a pattern the file lacks or holds damaged is compiled as before)."""

from __future__ import annotations

import json
import lzma
import re
from typing import Any

import pytest

from recognizers import factored, sre_code

REBUILD = "rebuild: python scripts/build_compiled_patterns.py"


def test_each_shipped_entry_is_the_grouped_code_of_its_pattern() -> None:
    shipped = factored.shipped()
    assert shipped, REBUILD  # built for this interpreter, and found where the package keeps its data
    for (pattern, flags), one in shipped.items():
        assert factored.entry(pattern, flags) == one, REBUILD


def test_the_default_analyzer_compiles_no_pattern_the_file_lacks(worker_start: dict[str, Any]) -> None:
    """In a fresh process, building the default analyzer (what every detector worker does) asks
    `factored` for no pattern's code the shipped file does not hold (tests/worker_start.py)."""
    assert worker_start["factored_compiled_here"] == [], REBUILD


def test_a_damaged_entry_is_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"(?<!\w)(?i:viale|via|vicolo|piazza)\s\w+"
    one = factored.entry(pattern)
    one["code"] = "9999," + one["code"].split(",", 1)[1]  # no such opcode: `_sre.compile` refuses the code
    with pytest.raises(RuntimeError):
        sre_code.build(one)
    monkeypatch.setattr(factored, "shipped", lambda: {(pattern, 0): one})
    rx = factored.compile.__wrapped__(pattern)  # past the cache of patterns already compiled
    assert [m.group() for m in rx.finditer("VIALE Monza, piazza Duomo, Viareggio")] == ["VIALE Monza", "piazza Duomo"]


def test_a_file_for_another_python_holds_nothing() -> None:
    data = (factored.resources.files("recognizers") / "data" / factored.SHIPPED_FILE).read_bytes()
    body = json.loads(lzma.decompress(data))
    body["environment"]["python"] = "2.7"
    assert sre_code.entries(lzma.compress(json.dumps(body).encode())) is None
    assert sre_code.entries(data)  # the shipped one, on this interpreter


def test_the_shipped_objects_match_as_re_compile_does() -> None:
    """Objects built from the file find what `re` finds (the grouping's equivalence is checked on
    the bench corpora in test_factored.py; here, that the file's code is what runs)."""
    pattern, flags = next(key for key in factored.shipped() if "via" in key[0].lower() and len(key[0]) < 20_000)
    built = sre_code.build(factored.shipped()[(pattern, flags)])
    plain = re.compile(pattern, flags)
    texts = ["Via Roma 12, 20121 Milano", "viale Monza 3", "VIA GARIBALDI 5", "la via è lunga", "Piazza Duomo 1"]
    for text in texts:
        assert [m.span() for m in built.finditer(text)] == [m.span() for m in plain.finditer(text)]


_IMPORT_WATCHED = r"""
import importlib.util, json, sys
from pathlib import Path
root = Path("recognizers").resolve()
spec = importlib.util.spec_from_file_location(
    "recognizers", root / "__init__.py", submodule_search_locations=[str(root)]
)
package = importlib.util.module_from_spec(spec)
sys.modules["recognizers"] = package  # registered, not yet run: its imports compile the module-level patterns
from recognizers import factored
asked = []
fresh_entry = factored.entry
def recording(pattern, flags=0):
    asked.append(pattern[:60])
    return fresh_entry(pattern, flags)
factored.entry = recording
spec.loader.exec_module(package)
import proxy.detection.engine  # the detector's modules, whose own module-level patterns some compile with factored
print(json.dumps(asked))
"""


def test_importing_the_rules_compiles_no_pattern_the_file_lacks() -> None:
    """Speed round 22 (2026-12-08): the patterns the rules' modules compile with `factored` as they are
    imported (the screens and cues of rounds 15-21) are in the file too, so a worker's import reads their
    code instead of grouping them (~0.2-0.4 s of CPU). The build script records from before
    `recognizers/__init__` runs; this watches the same import in a fresh process."""
    from tests.processes import clean_python  # noqa: PLC0415

    done = clean_python("-c", _IMPORT_WATCHED)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [], REBUILD
