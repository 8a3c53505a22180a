"""`scripts/bootstrap` installs only when something changed, on a stand-in project (seconds, not
Veil's minutes): the same script, a pyproject.toml with one module, a `veil` entry point and a
`test` extra. A run that installs rewrites `.venv/.veil-installed`; a run that skips leaves it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import helpers

PYPROJECT = """\
[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "stand-in"
version = "0"
requires-python = ">=3.11"

[project.optional-dependencies]
test = []

[project.scripts]
veil = "stand_in:main"

[tool.setuptools]
py-modules = ["stand_in"]
"""


def _bootstrap(project: Path, *extras: str) -> tuple[bool, bytes]:
    """(did it install, what it printed)."""
    stamp = project / ".venv" / ".veil-installed"
    before = stamp.stat().st_mtime_ns if stamp.exists() else None
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    done = subprocess.run(
        [str(project / "scripts" / "bootstrap"), *extras],
        cwd=project,
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return stamp.stat().st_mtime_ns != before, done.stdout + done.stderr


def _stamp(project: Path) -> list[str]:
    return (project / ".venv" / ".veil-installed").read_text().splitlines()


@pytest.mark.slow
def test_installs_on_change_and_extras_and_is_silent_otherwise(tmp_path: Path) -> None:
    (tmp_path / "scripts").mkdir()
    shutil.copy(helpers.ROOT / "scripts" / "bootstrap", tmp_path / "scripts" / "bootstrap")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    (tmp_path / "stand_in.py").write_text("def main() -> None:\n    print('veil')\n")

    assert _bootstrap(tmp_path)[0]  # a new .venv: installs
    assert len(_stamp(tmp_path)) == 1  # the hash, no extras
    assert _bootstrap(tmp_path) == (False, b"")  # nothing changed: no pip, nothing printed
    assert _bootstrap(tmp_path, "test")[0]  # scripts/test asks for an extra not installed yet
    assert _stamp(tmp_path)[1:] == ["test"]
    assert _bootstrap(tmp_path, "test") == (False, b"")
    assert _bootstrap(tmp_path) == (False, b"")  # the base install is part of .[test]
    (tmp_path / "pyproject.toml").write_text(PYPROJECT.replace('version = "0"', 'version = "1"'))
    assert _bootstrap(tmp_path)[0]  # pyproject.toml changed: installs again
    assert _stamp(tmp_path)[1:] == []  # and only what it installed now is vouched for
    assert _bootstrap(tmp_path, "test")[0]
