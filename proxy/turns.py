"""Calls made in the same event-loop turn, run as one.

Drains started by one tick (a sender's partitions, the tokeniser's shards) reach the
same step in the same loop turn: their Redis batches, and the tokeniser's detector and
vault calls, can go as one instead of one each, which is where a small batch's cost is
(a write and a wake-up of Redis, a detector round trip, the per-call overhead of the
vault). `TurnGroup.run(item)` makes the first caller of a turn the leader: it yields
once, so that callers reaching the same point in this turn join, then runs them all with
`run_all` and hands each its own result. A caller that did not join in time simply
leads the next group. Nothing is held across turns.

With `linger_s`, the leader waits that long instead of one turn: for calls that complete
at scattered moments (a sender's acks, each after its own CRM answered) and can afford a
few milliseconds, so they still share one write.

`InFlightGroup` is the same idea for calls that must not wait at all (a webhook's seal,
which Meta's acknowledgement waits for): a call made while none is running runs at once;
calls made while one is in flight wait for it and then run together (group commit).
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

    def __init__(self, run_all: Callable[[Sequence[T]], Awaitable[Sequence[R]]], *, linger_s: float = 0.0) -> None:
        self._run_all = run_all
        self._linger_s = linger_s
        self._forming: list[tuple[T, asyncio.Future[R] | None]] | None = None

    async def run(self, item: T) -> R:
        if self._forming is not None:
            joined: asyncio.Future[R] = asyncio.get_running_loop().create_future()
            self._forming.append((item, joined))
            return await joined
        group: list[tuple[T, asyncio.Future[R] | None]] = [(item, None)]
        self._forming = group
        try:
            await asyncio.sleep(self._linger_s)  # the others of this turn (or of the linger) join now
        except BaseException as exc:  # the leader cancelled while gathering: the joiners must not wait forever
            _fail([future for _, future in group[1:] if future is not None], exc)
            raise
        finally:
            self._forming = None
        joiners = [future for _, future in group[1:] if future is not None]
        try:
            results = list(await self._run_all([i for i, _ in group]))
        except BaseException as exc:
            _fail(joiners, exc)
            raise
        _settle(joiners, results[1:])
        return results[0]


def _settle(futures: Sequence[asyncio.Future[R]], results: Sequence[R]) -> None:
    for future, result in zip(futures, results, strict=True):
        if not future.done():
            future.set_result(result)


def _fail(futures: Sequence[asyncio.Future[R]], exc: BaseException) -> None:
    """Every waiting caller gets the joint call's exception; a cancelled one: ConnectionError."""
    failure = exc if isinstance(exc, Exception) else ConnectionError("grouped call cancelled")
    for future in futures:
        if not future.done():
            future.set_exception(failure)


class InFlightGroup(Generic[T, R]):
    """Group commit: `run_all` as `TurnGroup` has it. The first call runs alone and at once;
    the calls that arrive while it is in flight form the next run, started as it ends, and
    so on. An idle system pays no delay; a busy one pays one write per round trip, not
    one per call."""

    def __init__(self, run_all: Callable[[Sequence[T]], Awaitable[Sequence[R]]]) -> None:
        self._run_all = run_all
        self._busy = False
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._next: asyncio.Task[None] | None = None  # a run of waiting calls (kept referenced)

    async def run(self, item: T) -> R:
        if self._busy:
            future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
            self._waiting.append((item, future))
            return await future
        self._busy = True
        try:
            return (await self._run_all([item]))[0]
        finally:
            self._hand_over()

    def _hand_over(self) -> None:
        waiting, self._waiting = self._waiting, []
        if waiting:
            self._next = asyncio.get_running_loop().create_task(self._run_waiting(waiting))
        else:
            self._busy, self._next = False, None

    async def _run_waiting(self, waiting: list[tuple[T, asyncio.Future[R]]]) -> None:
        futures = [future for _, future in waiting]
        try:
            results = list(await self._run_all([item for item, _ in waiting]))
        except BaseException as exc:
            _fail(futures, exc)
            if not isinstance(exc, Exception):
                raise
        else:
            _settle(futures, results)
        finally:
            self._hand_over()
