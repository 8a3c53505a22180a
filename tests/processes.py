"""Process helpers for tests that start, kill and watch processes."""

from __future__ import annotations

from pathlib import Path


def exited(pid: int) -> bool:
    """Gone, or a zombie no one reaped yet (it runs no more code)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except FileNotFoundError:
        return True
