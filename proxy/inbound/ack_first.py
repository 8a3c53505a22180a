"""Acknowledgements first: background work of a worker waits its turn while Meta waits.

One event loop per worker serves Meta's webhooks and runs the tokeniser and senders. The
loop is first come, first served, so when the worker is busy a webhook's steps queue
behind every background task's steps, and the acknowledgement (Meta's timer, and the
only part of the inbound path Meta waits for) is late by the whole backlog of the loop.
Sealed updates are safe in Redis the moment they are acknowledged, so the background
work can wait instead: between its steps it lets webhooks in flight finish first, for
at most `max_wait_s` per step, so a steady stream of webhooks slows the tokeniser and
the senders (the backlog grows in Redis, where it is safe) but never stops them.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator

MAX_WAIT_S = 0.025


class AckFirst:
    def __init__(self, max_wait_s: float = MAX_WAIT_S) -> None:
        self.max_wait_s = max_wait_s
        self.in_flight = 0
        self._quiet = asyncio.Event()
        self._quiet.set()

    @contextlib.contextmanager
    def acknowledging(self) -> Iterator[None]:
        """Around a webhook's handling, from its first byte read to its answer."""
        self.in_flight += 1
        self._quiet.clear()
        try:
            yield
        finally:
            self.in_flight -= 1
            if not self.in_flight:
                self._quiet.set()

    async def turn(self) -> None:
        """Background work calls this between steps: returns at once when no webhook is in
        flight, else when none is or after `max_wait_s`."""
        if self.in_flight:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.max_wait_s):
                    await self._quiet.wait()
