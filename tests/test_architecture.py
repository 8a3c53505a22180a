"""The house rules of the package layout, checked on every run.

The import contracts in pyproject.toml (`[tool.importlinter]`: dependencies point down,
no import cycles between packages or between the modules of a package, Presidio and
spaCy only under proxy.detection and recognizers, recognizers never import Veil) are run
here through import-linter, so a change that breaks one fails the suite, not only
`lint-imports`. Each package's `__init__.py` names in `__all__` what the rest of Veil may use, and a
module outside the package imports only those names from the package itself, never
from one of its modules (tests may reach inside: they mirror the modules). Two facts
import-linter cannot see (it knows external packages by their
top-level name only) are checked on the source: `aiohttp.web` is imported only under
proxy/server/, and `presidio_analyzer` only under proxy/detection/ and recognizers/.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

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
    return {
        str(p.relative_to(helpers.ROOT))
        for p in PROXY.rglob("*.py")
        if any(name == module or name.startswith(module + ".") for name in _imports(p))
    }


PACKAGES = sorted(p.parent.name for p in PROXY.glob("*/__init__.py"))


def _package_of(path: Path) -> str | None:
    parts = path.relative_to(PROXY).parts
    return parts[0] if len(parts) > 1 else None


def _reaching_inside(path: Path) -> Iterator[str]:
    return _reaching_inside_of(path, mine=_package_of(path))


def _reaching_inside_of(path: Path, *, mine: str | None) -> Iterator[str]:
    """Imports from another package that bypass its `__init__` or name what it does not export."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom) or not node.module or node.level:
            continue
        parts = node.module.split(".")
        if parts[0] != "proxy" or len(parts) < 2 or parts[1] not in PACKAGES or parts[1] == mine:
            continue
        if len(parts) > 2:
            yield f"{path.name}: from {node.module} import …"
            continue
        public = set(importlib.import_module(node.module).__all__)
        for alias in node.names:
            if alias.name not in public:
                yield f"{path.name}: {node.module}.{alias.name} is not in __all__"


def test_packages_are_entered_through_their_init() -> None:
    for package in PACKAGES:
        init = importlib.import_module(f"proxy.{package}")
        assert init.__doc__ and isinstance(init.__all__, list), package
        assert all(hasattr(init, name) for name in init.__all__), package
    found = [hit for p in PROXY.rglob("*.py") if p.name != "__main__.py" for hit in _reaching_inside(p)]
    assert found == []


def test_import_contracts_hold() -> None:
    # In a child process: import-linter configures logging with dictConfig, which would
    # disable every logger this test process already has (and so other tests' caplog).
    run = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=helpers.ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:]


def test_aiohttp_web_only_under_server() -> None:
    importers = _importers("aiohttp.web")
    assert importers and all(p.startswith("proxy/server/") for p in importers), sorted(importers)


def test_presidio_analyzer_only_under_detection() -> None:
    importers = _importers("presidio_analyzer")
    assert importers and all(p.startswith("proxy/detection/") for p in importers), sorted(importers)


def test_the_checks_see_a_violation(tmp_path: Path) -> None:
    """The source checks are not vacuous: each finds what it looks for in a bad file."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from aiohttp import web\nimport presidio_analyzer.nlp_engine\n"
        "from proxy.vault.tokens import damm\nfrom proxy.kv import not_exported\n",
        encoding="utf-8",
    )
    names = set(_imports(bad))
    assert "aiohttp.web" in names and "presidio_analyzer.nlp_engine" in names
    inside = tmp_path / "proxy_like" / "bad.py"
    inside.parent.mkdir()
    inside.write_text(bad.read_text(encoding="utf-8"), encoding="utf-8")
    assert list(_reaching_inside_of(inside, mine=None)) == [
        "bad.py: from proxy.vault.tokens import …",
        "bad.py: proxy.kv.not_exported is not in __all__",
    ]
