"""Detector workers are spawned without re-running the parent's main script (detector._main_left_behind)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

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
    out = subprocess.run(
        [sys.executable, str(script), str(marks)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "spans 1" in out.stdout
    assert len(marks.read_text().split()) == 1
