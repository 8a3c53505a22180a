"""The lock files agree with pyproject.toml: every dependency (and every test extra) is pinned
to a version its specifier allows, with hashes; nothing is pinned as a direct dependency that
pyproject.toml no longer names; and the runtime pins are the test lock's pins. A failure here
means: run `scripts/lock`."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests import helpers

ROOT = helpers.ROOT
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\]+)")
DIRECT = "veil-proxy (pyproject.toml)"


def _locked(path: Path) -> dict[str, tuple[str, int, bool]]:
    """name -> (version, number of hashes, pinned because pyproject.toml names it)."""
    entries: dict[str, tuple[str, int, bool]] = {}
    name = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            name = canonicalize_name(match[1])
            assert name not in entries, f"{path.name}: {name} pinned twice"
            entries[name] = (match[2], 0, False)
        elif name and "--hash=sha256:" in line:
            version, hashes, direct = entries[name]
            entries[name] = (version, hashes + 1, direct)
        elif name and DIRECT in line:
            version, hashes, _ = entries[name]
            entries[name] = (version, hashes, True)
    return entries


def _requirements(extra: str | None) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = project["dependencies"] + (project["optional-dependencies"][extra] if extra else [])
    return [Requirement(text) for text in listed]


@pytest.mark.parametrize(("lock", "extra"), [("requirements.lock", None), ("requirements-test.lock", "test")])
def test_the_lock_pins_what_pyproject_asks_for_with_hashes(lock: str, extra: str | None) -> None:
    locked = _locked(ROOT / lock)
    wanted = _requirements(extra)
    problems = []
    for req in wanted:
        name = canonicalize_name(req.name)
        if name not in locked:
            problems.append(f"{req.name} is not in {lock}")
        elif not req.specifier.contains(locked[name][0], prereleases=True):
            problems.append(f"{req.name}: {lock} pins {locked[name][0]}, pyproject.toml asks for {req.specifier}")
    names = {canonicalize_name(r.name) for r in wanted}
    problems += [
        f"{name} is pinned as a dependency of Veil but pyproject.toml does not name it"
        for name, (_, _, direct) in sorted(locked.items())
        if direct and name not in names
    ]
    problems += [f"{name} has no hash" for name, (_, hashes, _) in sorted(locked.items()) if hashes == 0]
    assert not problems, "run scripts/lock:\n" + "\n".join(problems)


def test_the_test_lock_keeps_every_runtime_pin() -> None:
    runtime, test = _locked(ROOT / "requirements.lock"), _locked(ROOT / "requirements-test.lock")
    differ = {
        name: (version, test.get(name, ("missing",))[0])
        for name, (version, _, _) in runtime.items()
        if test.get(name, ("",))[0] != version
    }
    assert not differ, f"run scripts/lock: requirements-test.lock differs from requirements.lock on {differ}"
