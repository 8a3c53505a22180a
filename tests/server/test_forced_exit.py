"""A shutdown that does not finish: the worker reports what it waits on, exits, and its
embedded redis-server does not outlive it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests import helpers
from tests.processes import exited
from tests.redis_servers import free_port

ROOT = helpers.ROOT

# The quick start as `veil serve` builds it, plus an admin cleanup that never ends (it
# swallows its cancel); the report and exit limits shortened so the test takes seconds. The
# in-process detector reads English alone: the shutdown is under test, and loading six
# languages' models was most of this test's time.
_WORKER = """
import asyncio, os
from proxy.cli import quickstart
from proxy.detection.detector import InlineDetector
from proxy.detection.settings import DetectionSettings
from proxy.vault.key_material import EnvFileProvider, load_keys
from proxy.server import app as server

server.SHUTDOWN_REPORT_S, server.SHUTDOWN_LIMIT_S = 1.0, 3.0
qs = quickstart.prepare(os.environ)
apps = server.create_apps(qs.settings, load_keys(EnvFileProvider(qs.key_texts)), data_dir=qs.data_dir,
                          detector=InlineDetector(DetectionSettings(languages=("en",), default_language="en")))

async def started(app):
    print(apps.runtime.connection.embedded.pid, flush=True)

async def never_stops(app):
    while True:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            pass

apps.public.on_startup.append(started)
apps.admin.on_cleanup.append(never_stops)
server.run(apps, qs.settings)
"""


def test_a_stuck_shutdown_exits_and_stops_the_embedded_server(tmp_path: Path) -> None:
    port = free_port()
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "VEIL_LISTEN__PORT": str(port),
        "VEIL_ADMIN__PORT": str(free_port()),
        "VEIL_METRICS__PORT": str(free_port()),
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", _WORKER],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        redis_pid = int(proc.stdout.readline())
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as resp:  # noqa: S310
                    if resp.status == 200:
                        break
            except OSError:
                assert time.monotonic() < deadline, "veil did not become ready"
                time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    said = err.decode()
    assert proc.returncode == 1
    assert "shutdown still waiting on" in said and "never_stops" in said
    assert "exiting anyway" in said
    assert exited(redis_pid), "the embedded redis-server outlived its worker"
