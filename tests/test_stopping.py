"""Bounded stops: a task that will not end never holds a shutdown (or a test teardown)."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest

from proxy.stopping import cancel_all, settle


async def _stubborn(released: asyncio.Event) -> None:
    """Swallows every cancel (as a cancel lost inside Python 3.11's wait_for would) until released."""
    while not released.is_set():
        try:
            await released.wait()
        except asyncio.CancelledError:
            continue


async def _started(coro: Any, name: str | None = None) -> asyncio.Task[Any]:
    task = asyncio.create_task(coro, name=name)
    await asyncio.sleep(0)  # inside its loop, so a cancel lands where it is swallowed
    return task


async def test_a_task_that_swallows_its_cancel_is_left_behind_and_named(caplog: pytest.LogCaptureFixture) -> None:
    released = asyncio.Event()
    stubborn = await _started(_stubborn(released), "stubborn")
    polite = await _started(asyncio.sleep(10), "polite")
    started = time.monotonic()
    try:
        with caplog.at_level(logging.ERROR, logger="veil.stopping"):
            assert not await cancel_all([stubborn, polite], 0.3, "test loops")
        assert time.monotonic() - started < 2
        assert polite.cancelled() and not stubborn.done()
        assert "test loops: 1 task(s) did not stop" in caplog.text
        assert "stubborn: _stubborn (test_stopping.py:" in caplog.text and "polite" not in caplog.text
    finally:  # a failed assertion must not leave a task that holds the loop's teardown for ever
        released.set()
        await stubborn


async def test_tasks_that_end_report_success_and_their_errors_are_retrieved() -> None:
    async def fails() -> None:
        await asyncio.sleep(0)
        raise RuntimeError("boom")

    failing = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    assert await cancel_all([failing, asyncio.create_task(asyncio.sleep(10))], 1.0, "test")
    assert failing.exception() is not None


async def test_settle_waits_for_the_ones_that_end_and_returns_the_rest() -> None:
    quick = asyncio.create_task(asyncio.sleep(0.01))
    slow = asyncio.create_task(asyncio.sleep(10))
    assert await settle([quick, slow], 0.3) == {slow}
    assert quick.done()
    slow.cancel()


async def test_a_cancel_of_the_stopper_itself_is_not_swallowed() -> None:
    released = asyncio.Event()
    stubborn = await _started(_stubborn(released))
    stopper = asyncio.create_task(cancel_all([stubborn], 30, "test"))
    await asyncio.sleep(0.05)
    stopper.cancel()
    with pytest.raises(asyncio.CancelledError):
        await stopper
    released.set()
    await stubborn
