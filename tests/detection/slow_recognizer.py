"""An extra recognizer that makes every detector worker but one slow to build (tests/detection/test_worker_start.py).

The first process to lock the file named by VEIL_TEST_SLOW_LOCK builds at once; every other
one sleeps VEIL_TEST_SLOW_S seconds in its build. Each process appends its pid to
VEIL_TEST_SLOW_LOCK + ".built" when its recognizer is built.
"""

from __future__ import annotations

import fcntl
import os
import time

from presidio_analyzer import Pattern, PatternRecognizer


class SlowToBuildRecognizer(PatternRecognizer):
    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="SLOW_TEST",
            patterns=[Pattern("slow", r"\bSLOW-\d{6}\b", 0.9)],
            supported_language=supported_language,
        )
        path = os.environ["VEIL_TEST_SLOW_LOCK"]
        self._lock = open(path, "a")  # held for the process's life
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            time.sleep(float(os.environ["VEIL_TEST_SLOW_S"]))
        with open(path + ".built", "a") as built:
            built.write(f"{os.getpid()}\n")
