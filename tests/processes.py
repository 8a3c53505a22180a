"""Process helpers for tests that start, kill and watch processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def clean_python(*args: str) -> subprocess.CompletedProcess[str]:
    """`python *args` in a fresh interpreter from the checkout, with nothing of this one's
    environment (no inherited PYTHON* variables or caches): what a detector worker or a user's
    first run starts from. Output captured as text; five minutes at most."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def exited(pid: int) -> bool:
    """Gone, or a zombie no one reaped yet (it runs no more code)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except FileNotFoundError:
        return True


def quick_start_env(home: Path) -> dict[str, str]:
    """A fresh user for `veil serve` with no config: its own HOME, XDG folders and free ports.
    `home` should be short (a `tempfile.mkdtemp`): the embedded Redis socket lives under it."""
    from tests.redis_servers import free_port

    return {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "cfg"),
        "XDG_DATA_HOME": str(home / "data"),
        "VEIL_LISTEN__PORT": str(free_port()),
        "VEIL_ADMIN__PORT": str(free_port()),
        "VEIL_METRICS__PORT": str(free_port()),
    }


def start_quick_start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """`veil serve` (the quick start) as a child in its own session, its output in `log`
    (a file: a pipe nobody drains would stall it)."""
    return start_serve(env, log)


def start_serve(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen[bytes]:
    """`veil serve *args` (say `--config FILE`) as `start_quick_start` starts it."""
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "proxy", "serve", *args], env=env, stdout=out, stderr=out, start_new_session=True
        )


def http_status(url: str) -> int:
    """The status of a GET; an error status is an answer too."""
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 - loopback test URL
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def wait_for_status(url: str, status: int, proc: subprocess.Popen[bytes], log: Path, seconds: float = 90) -> None:
    """Poll until `url` answers `status`; fail with the child's last lines if it exits or never does."""
    deadline = time.monotonic() + seconds
    seen: int | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"veil exited with {proc.returncode}: {log.read_text()[-2000:]}")
        try:
            seen = http_status(url)
        except OSError:
            seen = None
        if seen == status:
            return
        time.sleep(0.2)
    raise AssertionError(f"{url} answered {seen}, not {status}, in {seconds} s: {log.read_text()[-2000:]}")


def stop(proc: subprocess.Popen[bytes]) -> int:
    """SIGTERM, then its exit code; the whole session is killed if it does not stop in 30 s."""
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise AssertionError("veil did not stop in 30 s") from None
