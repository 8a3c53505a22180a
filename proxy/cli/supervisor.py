"""`veil serve --workers N`: N worker processes sharing the listeners, one supervisor.

Each worker is a full Veil process (`veil serve` with `VEIL_WORKER=1`): its own event
loop, detector pool, Redis client and audit chain; the listeners are shared through
SO_REUSEPORT, so the kernel spreads connections. All shared state lives in Redis,
which is why a token is the same whichever worker mints it. In embedded mode the
supervisor owns the embedded redis-server and the workers connect to its unix socket,
so the server outlives any one worker and stops last.

The supervisor forwards SIGTERM/SIGINT to every worker, waits for them to finish their
in-flight requests (aiohttp's graceful shutdown) and release their partition leases,
then stops the embedded server. A worker that dies unexpectedly is restarted with
backoff; one that exits 2 (bad config or keys) stops the whole service.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from proxy.kv import EmbeddedServer, open_embedded, stop_embedded

log = logging.getLogger("veil.supervisor")
WORKER_ENV = "VEIL_WORKER"
GRACE_S = 30.0


def is_worker(environ: Mapping[str, str]) -> bool:
    return environ.get(WORKER_ENV) == "1"


class Supervisor:
    def __init__(
        self,
        argv: Sequence[str],
        environ: Mapping[str, str],
        workers: int,
        *,
        embedded_dir: Path | None,
        appendfsync: str = "everysec",
    ) -> None:
        self._argv = list(argv)
        self._env = dict(environ) | {WORKER_ENV: "1"}
        self._count = workers
        self._embedded_dir = embedded_dir
        self._appendfsync = appendfsync
        self._embedded: EmbeddedServer | None = None
        self._procs: list[subprocess.Popen[bytes]] = []
        self._stopping = False

    def _spawn(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-m", "proxy", *self._argv], env=self._env)  # noqa: S603

    def _on_signal(self, signum: int, _frame: object) -> None:
        self._stopping = True
        for proc in self._procs:
            if proc.poll() is None:
                proc.send_signal(signum)

    def run(self) -> int:
        if self._embedded_dir is not None:
            self._embedded = open_embedded(
                self._embedded_dir, self._appendfsync, command="serve --workers", attach=False
            )
            self._env["VEIL_VAULT__URL"] = f"unix://{self._embedded.socket}"
        signal.signal(signal.SIGTERM, self._on_signal)
        signal.signal(signal.SIGINT, self._on_signal)
        try:
            self._procs = [self._spawn() for _ in range(self._count)]
            return self._watch()
        finally:
            self._shutdown()

    def _watch(self) -> int:
        restarts: dict[int, float] = {}
        while not self._stopping:
            time.sleep(0.2)
            for i, proc in enumerate(self._procs):
                code = proc.poll()
                if code is None or self._stopping:
                    continue
                if code == 2:
                    log.critical("worker exited 2 (configuration or keys): stopping")
                    self._on_signal(signal.SIGTERM, None)
                    return 2
                delay = min(10.0, restarts.get(i, 0.5) * 2)
                log.error("worker %d exited with %d; restarting in %.1f s", proc.pid, code, delay)
                time.sleep(delay)
                restarts[i] = delay
                self._procs[i] = self._spawn()
        return 0

    def _shutdown(self) -> None:
        deadline = time.monotonic() + GRACE_S
        for proc in self._procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self._procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self._embedded is not None:
            stop_embedded(self._embedded)
            self._embedded = None
