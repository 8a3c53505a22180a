"""Calls made in the same event-loop turn, run as one.

Drains started by one tick (a sender's partitions, the tokeniser's shards) reach the
same step in the same loop turn: their Redis batches, and the tokeniser's detector and
vault calls, can go as one instead of one each, which is where a small batch's cost is
(a write and a wake-up of Redis, a detector round trip, the per-call overhead of the
vault). `TurnGroup.run(item)` makes the first caller of a turn the leader: it yields
once, so that callers reaching the same point in this turn join, then runs them all with
`run_all` and hands each its own result. A caller that did not join in time simply
leads the next group. Nothing is held across turns.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def split_as(flat: Sequence[R], groups: Sequence[Sequence[object]]) -> list[list[R]]:
    """`flat` (one result per member of every group, in order) cut back into the groups'
    lengths: how a joint call's results go back to its callers."""
    out, at = [], 0
    for group in groups:
        out.append(list(flat[at : at + len(group)]))
        at += len(group)
    return out


class TurnGroup(Generic[T, R]):
    """`run_all(items)` must return one result per item, in order; if it raises, every
    caller of the group gets that exception (a cancelled leader: `ConnectionError`, which
    Veil's workers treat as "pause and retry")."""

    def __init__(self, run_all: Callable[[Sequence[T]], Awaitable[Sequence[R]]]) -> None:
        self._run_all = run_all
        self._forming: list[tuple[T, asyncio.Future[R] | None]] | None = None

    async def run(self, item: T) -> R:
        if self._forming is not None:
            joined: asyncio.Future[R] = asyncio.get_running_loop().create_future()
            self._forming.append((item, joined))
            return await joined
        group: list[tuple[T, asyncio.Future[R] | None]] = [(item, None)]
        self._forming = group
        try:
            await asyncio.sleep(0)  # the others of this turn join now
        finally:
            self._forming = None
        try:
            results = list(await self._run_all([i for i, _ in group]))
        except BaseException as exc:
            failure = exc if isinstance(exc, Exception) else ConnectionError("grouped call cancelled")
            for _, future in group[1:]:
                if future is not None and not future.done():
                    future.set_exception(failure)
            raise
        for (_, future), result in zip(group[1:], results[1:], strict=True):
            if future is not None and not future.done():
                future.set_result(result)
        return results[0]
