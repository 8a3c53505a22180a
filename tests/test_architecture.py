"""The house rules of the package layout, checked on every run.

The import contracts in pyproject.toml (`[tool.importlinter]`: dependencies point down,
no import cycles between packages or between the modules of a package, Presidio and
spaCy only under proxy.detection and recognizers, recognizers never import Veil) are run
here through import-linter, so a change that breaks one fails the suite, not only
`lint-imports`. Two facts import-linter cannot see (it knows external packages by their
top-level name only) are checked on the source: `aiohttp.web` is imported only under
proxy/server/, and `presidio_analyzer` only under proxy/detection/ and recognizers/.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from importlinter.cli import lint_imports

from tests import helpers

PROXY = helpers.ROOT / "proxy"


def _imports(path: Path) -> Iterator[str]:
    """Every module a file imports, as dotted names (`from a import b` gives `a` and `a.b`)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _importers(module: str) -> set[str]:
    return {str(p.relative_to(helpers.ROOT)) for p in PROXY.rglob("*.py")
            if any(name == module or name.startswith(module + ".") for name in _imports(p))}


def test_import_contracts_hold() -> None:
    assert lint_imports(config_filename=str(helpers.ROOT / "pyproject.toml"), no_cache=True) == 0


def test_aiohttp_web_only_under_server() -> None:
    importers = _importers("aiohttp.web")
    assert importers and all(p.startswith("proxy/server/") for p in importers), sorted(importers)


def test_presidio_analyzer_only_under_detection() -> None:
    importers = _importers("presidio_analyzer")
    assert importers and all(p.startswith("proxy/detection/") for p in importers), sorted(importers)


def test_the_checks_see_a_violation(tmp_path: Path) -> None:
    """The source checks are not vacuous: a file importing aiohttp.web is found."""
    bad = tmp_path / "bad.py"
    bad.write_text("from aiohttp import web\nimport presidio_analyzer.nlp_engine\n", encoding="utf-8")
    names = set(_imports(bad))
    assert "aiohttp.web" in names and "presidio_analyzer.nlp_engine" in names
