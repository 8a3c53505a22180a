"""Detector workers: spawned without re-running the parent's main script, and all built before `start` returns."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.detection.detector import DetectionSettings, PresidioDetector
from tests.processes import clean_python

SCRIPT = """
import asyncio, os, sys
with open(sys.argv[1], "a") as marks:  # every process that runs this file leaves its pid
    marks.write(f"{os.getpid()}\\n")

from proxy.detection.detector import DetectionSettings, PresidioDetector


async def main() -> None:
    detector = await PresidioDetector.start(DetectionSettings(languages=("en",), workers=1))
    try:
        [spans] = await detector.detect(["call +44 20 7946 0958"], language="en")
        print("spans", len(spans))
    finally:
        await detector.close()


if __name__ == "__main__":
    asyncio.run(main())
"""


def test_a_worker_does_not_run_the_parents_main_script(tmp_path: Path) -> None:
    """Like the `veil` console script, whose top level imports the whole server: only the
    parent runs it; the worker still answers."""
    script, marks = tmp_path / "veil_like.py", tmp_path / "marks"
    script.write_text(SCRIPT)
    out = clean_python(str(script), str(marks))
    assert out.returncode == 0, out.stderr[-2000:]
    assert "spans 1" in out.stdout
    assert len(marks.read_text().split()) == 1


async def test_start_waits_for_every_worker_not_the_first_one_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One worker builds at once, the other 5 s later: the first could answer both start-up
    pings; `start` returns only when both have built."""
    lock = tmp_path / "lock"
    monkeypatch.setenv("VEIL_TEST_SLOW_LOCK", str(lock))
    monkeypatch.setenv("VEIL_TEST_SLOW_S", "5")
    settings = DetectionSettings(
        languages=("en",),
        workers=2,
        enabled_recognizers=("EmailAddressRecognizer",),
        extra_recognizers=("tests.detection.slow_recognizer:SlowToBuildRecognizer",),
    )
    detector = await PresidioDetector.start(settings)
    try:
        assert len(Path(f"{lock}.built").read_text().split()) == 2
        [spans] = await detector.detect(["SLOW-123456"], language="en")
        assert [s.entity for s in spans] == ["SLOW_TEST"]
    finally:
        await detector.close()


def test_a_worker_imports_nothing_of_the_async_seam() -> None:
    """A detector worker imports `proxy.detection.worker`; the package's public names are read from
    their modules only when asked for, so the worker does not import the async seam, presidio-anonymizer
    or the reload poll's redis client, which it never uses (half a second of its start)."""
    code = """
import sys
import proxy.detection.worker
from proxy.detection import DetectionSettings
unused = ("presidio_anonymizer", "redis", "proxy.detection.detector", "proxy.detection.sync", "proxy.kv")
print("imported:", [m for m in unused if m in sys.modules], DetectionSettings.__module__)
"""
    out = clean_python("-c", code)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "imported: [] proxy.detection.settings"


def test_a_worker_builds_without_the_cyclic_collector_and_collects_once_after() -> None:
    """The build allocates millions of objects; the collector waits for it (srsly's re-enabling
    after each model read notwithstanding) and runs once, in `freeze_startup_heap`, with its usual
    thresholds back afterwards."""
    code = """
import gc
from proxy.detection import worker
from proxy.detection.settings import DetectionSettings
runs = []
gc.callbacks.append(lambda phase, info: phase == "start" and runs.append(info["generation"]))
before = gc.get_threshold()
worker.init_worker(DetectionSettings(languages=("en", "fr")).model_dump(mode="json"))
print("collections:", runs, gc.get_threshold() == before, gc.isenabled())
"""
    out = clean_python("-c", code)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "collections: [2] True True"
