"""Recognizer reloads across workers: `recognizers reload` on one reloads every one.

The admin API reloads the detector of the worker that took the request, then bumps a
version in Redis; every worker polls that version and reloads its own detector when it
moves. A failed poll is logged and retried: recognizers already loaded keep serving.
"""

from __future__ import annotations

import asyncio
import logging

from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.detection.detector import Detector
from proxy.kv import keyspace, opt_str

log = logging.getLogger("veil.detection")


class RecognizerSync:
    def __init__(self, redis: Redis, detector: Detector, interval_s: float = 2.0) -> None:
        self._redis = redis
        self._detector = detector
        self._interval_s = interval_s
        self._seen: str | None = None

    async def bump(self) -> None:
        self._seen = opt_str(await self._redis.incr(keyspace.recognizers_version()))

    async def run(self) -> None:
        while True:
            try:
                version = opt_str(await self._redis.get(keyspace.recognizers_version()))
                if self._seen is None:
                    self._seen = version or "0"
                elif version is not None and version != self._seen:
                    self._seen = version
                    result = await self._detector.reload()
                    log.info("recognizers reloaded on request of another worker (ok=%s)", result.ok)
            except (RedisError, OSError) as exc:
                log.warning("recognizer poll failed (%s)", type(exc).__name__)
            await asyncio.sleep(self._interval_s)
