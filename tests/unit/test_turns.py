"""TurnGroup: calls of one loop turn run as one, each caller gets its own result."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from proxy.turns import TurnGroup


async def test_callers_of_one_turn_share_one_call_and_later_ones_lead_the_next() -> None:
    calls: list[list[int]] = []

    async def run_all(items: Sequence[int]) -> list[int]:
        calls.append(list(items))
        await asyncio.sleep(0.01)
        return [i * 10 for i in items]

    group: TurnGroup[int, int] = TurnGroup(run_all)
    first = await asyncio.gather(*(group.run(i) for i in range(4)))
    assert first == [0, 10, 20, 30] and calls == [[0, 1, 2, 3]]

    async def late() -> int:
        await asyncio.sleep(0.001)  # well after the first group formed
        return await group.run(7)

    assert await asyncio.gather(group.run(5), late()) == [50, 70]
    assert calls[1:] == [[5], [7]]


async def test_a_failing_joint_call_fails_every_caller_and_a_cancelled_leader_frees_the_rest() -> None:
    async def boom(items: Sequence[int]) -> list[int]:
        raise ValueError("no")

    failing: TurnGroup[int, int] = TurnGroup(boom)
    results = await asyncio.gather(*(failing.run(i) for i in range(3)), return_exceptions=True)
    assert all(isinstance(r, ValueError) for r in results)

    started = asyncio.Event()

    async def slow(items: Sequence[int]) -> list[int]:
        started.set()
        await asyncio.sleep(10)
        return list(items)

    group: TurnGroup[int, int] = TurnGroup(slow)
    leader = asyncio.ensure_future(group.run(1))
    follower = asyncio.ensure_future(group.run(2))
    await started.wait()
    leader.cancel()
    with pytest.raises(ConnectionError):  # "pause and retry" for Veil's workers, never a hang
        await asyncio.wait_for(follower, 1)
