"""TurnGroup: calls of one loop turn (or of a linger) run as one, each caller gets its own
result; InFlightGroup: a call never waits for company, calls made while one runs go next, together."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from proxy.turns import InFlightGroup, TurnGroup


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


async def test_a_leader_cancelled_while_it_gathers_frees_the_callers_that_joined() -> None:
    calls: list[list[int]] = []

    async def run_all(items: Sequence[int]) -> list[int]:
        calls.append(list(items))
        return list(items)

    group: TurnGroup[int, int] = TurnGroup(run_all, linger_s=1.0)
    leader = asyncio.ensure_future(group.run(1))
    await asyncio.sleep(0)  # the leader is lingering
    follower = asyncio.ensure_future(group.run(2))
    await asyncio.sleep(0)  # the follower joined
    leader.cancel()
    with pytest.raises(ConnectionError):  # not a wait for ever
        await asyncio.wait_for(follower, 0.5)
    assert calls == [] and await group.run(3) == 3  # nothing ran; the next caller leads a new group


async def test_a_linger_gathers_calls_made_milliseconds_apart_and_not_later_ones() -> None:
    calls: list[list[int]] = []

    async def run_all(items: Sequence[int]) -> list[int]:
        calls.append(list(items))
        return list(items)

    group: TurnGroup[int, int] = TurnGroup(run_all, linger_s=0.05)

    async def at(delay: float, item: int) -> int:
        await asyncio.sleep(delay)
        return await group.run(item)

    assert await asyncio.gather(at(0, 1), at(0.01, 2), at(0.02, 3), at(0.2, 4)) == [1, 2, 3, 4]
    assert calls == [[1, 2, 3], [4]]  # one-turn grouping would have made four calls


async def test_in_flight_group_runs_an_idle_call_at_once_and_gathers_those_made_meanwhile() -> None:
    calls: list[list[int]] = []
    gate = asyncio.Event()

    async def run_all(items: Sequence[int]) -> list[int]:
        calls.append(list(items))
        if items[0] == 0:
            await gate.wait()
        return [i * 10 for i in items]

    group: InFlightGroup[int, int] = InFlightGroup(run_all)
    first = asyncio.ensure_future(group.run(0))
    await asyncio.sleep(0)
    assert calls == [[0]]  # no waiting for company
    later = [asyncio.ensure_future(group.run(i)) for i in (1, 2, 3)]
    await asyncio.sleep(0.01)
    assert calls == [[0]]  # they wait for the one in flight
    gate.set()
    assert await first == 0 and await asyncio.gather(*later) == [10, 20, 30]
    assert calls == [[0], [1, 2, 3]]
    assert await group.run(4) == 40 and calls[-1] == [4]  # idle again: alone, at once


async def test_in_flight_group_fails_only_the_run_that_failed() -> None:
    gate = asyncio.Event()

    async def run_all(items: Sequence[int]) -> list[int]:
        if items[0] == 0:
            await gate.wait()
            return [0]
        raise ValueError("no")

    group: InFlightGroup[int, int] = InFlightGroup(run_all)
    first = asyncio.ensure_future(group.run(0))
    await asyncio.sleep(0)
    waiting = [asyncio.ensure_future(group.run(i)) for i in (1, 2)]
    await asyncio.sleep(0)
    gate.set()
    assert await first == 0
    results = await asyncio.gather(*waiting, return_exceptions=True)
    assert all(isinstance(r, ValueError) for r in results)
    with pytest.raises(ValueError):  # and the group is usable after it
        await group.run(5)
