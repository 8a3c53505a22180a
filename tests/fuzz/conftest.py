"""The fuzz tests' fixture: one private event loop per test (tests/fuzz/harness.py says why)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fuzz.harness import Loop


@pytest.fixture
def loop() -> Iterator[Loop]:
    runner = Loop()
    yield runner
    runner.close()
