"""Stopping background tasks with a bound, and saying where a stuck one waits.

Awaiting a cancelled task is a promise that it ends. A task that swallows its
cancellation (Python 3.11's `asyncio.wait_for` drops a cancel that lands as its inner
future completes) or waits on a peer that never answers would hold a shutdown forever:
a worker that never exits, a test run that hangs in teardown. So every stop here waits
at most a grace period, then logs each straggler's code location (never values: no PII)
and goes on. Nothing is lost by leaving a task behind: unacknowledged work stays pending
in Redis and the next holder of its lease takes it over.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from pathlib import Path
from types import FrameType
from typing import Any

log = logging.getLogger("veil.stopping")


def where(task: asyncio.Task[Any]) -> str:
    """The task's name, its outermost function and the innermost frames it awaits in, as
    `function (file:line)`. `Task.get_stack` stops at the task's own coroutine; this walks
    the await chain down to where the task actually waits."""
    frames = _await_chain(task.get_coro())
    if not frames:
        return f"{task.get_name()}: not started"
    shown = frames[:1] + frames[1:][-3:]
    return f"{task.get_name()}: " + " > ".join(
        f"{f.f_code.co_name} ({Path(f.f_code.co_filename).name}:{f.f_lineno})" for f in shown
    )


def _await_chain(coro: Any) -> list[FrameType]:
    frames: list[FrameType] = []
    while coro is not None and len(frames) < 64:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None) or getattr(coro, "ag_frame", None)
        if frame is None:
            break
        frames.append(frame)
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return frames


async def settle(tasks: Iterable[asyncio.Future[Any]], grace_s: float) -> set[asyncio.Future[Any]]:
    """Wait at most `grace_s` for the tasks to end; the ones still running. Never raises
    their outcomes, and a cancel of the caller is not swallowed."""
    pending = {t for t in tasks if not t.done()}
    if pending:
        _, pending = await asyncio.wait(pending, timeout=grace_s)
    return pending


async def cancel_all(tasks: Iterable[asyncio.Future[Any]], grace_s: float, what: str) -> bool:
    """Cancel the tasks and wait at most `grace_s` for them; True if all ended. Stragglers
    are logged by code location and left behind."""
    tasks = list(tasks)
    for task in tasks:
        task.cancel()
    stuck = await settle(tasks, grace_s)
    for task in tasks:  # retrieve outcomes, so none is reported as never retrieved
        if task.done() and not task.cancelled():
            task.exception()
    if stuck:
        log.error(
            "%s: %d task(s) did not stop within %g s: %s",
            what,
            len(stuck),
            grace_s,
            "; ".join(where(t) for t in stuck if isinstance(t, asyncio.Task)),
        )
    return not stuck
