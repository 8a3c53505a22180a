"""Fuzz helpers: hypothesis drives sync test functions, so async resources (a Redis client,
the vault, an aiohttp test client) live on one private event loop per test, reused by
every example. Example counts are modest (settings below) so the suite stays fast."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings

T = TypeVar("T")

FUZZ = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Loop:
    """One event loop for a whole hypothesis run (examples reuse its clients)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.cleanups: list[Any] = []

    def run(self, coro: Awaitable[T]) -> T:
        return self.loop.run_until_complete(coro)

    def close(self) -> None:
        for cleanup in reversed(self.cleanups):
            self.run(cleanup())
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()
