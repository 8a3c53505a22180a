"""Acknowledgements first: background steps wait for webhooks in flight, never for ever."""

from __future__ import annotations

import asyncio
import time

from proxy.inbound.ack_first import AckFirst


async def test_a_background_step_waits_for_the_webhooks_in_flight() -> None:
    gate = AckFirst(max_wait_s=5.0)
    order: list[str] = []

    async def webhook() -> None:
        with gate.acknowledging():
            await asyncio.sleep(0.05)
            order.append("acknowledged")

    async def background() -> None:
        await gate.turn()
        order.append("background step")

    await asyncio.gather(webhook(), background())
    assert order == ["acknowledged", "background step"]
    assert gate.in_flight == 0


async def test_no_webhook_no_wait_and_a_steady_stream_only_delays_by_the_bound() -> None:
    gate = AckFirst(max_wait_s=0.05)
    started = time.monotonic()
    await gate.turn()
    assert time.monotonic() - started < 0.01
    with gate.acknowledging():  # a webhook that never ends (a steady stream of them)
        started = time.monotonic()
        await gate.turn()
        assert 0.04 <= time.monotonic() - started < 0.5
    assert gate.in_flight == 0


async def test_an_error_in_a_webhook_still_lets_the_background_go() -> None:
    gate = AckFirst(max_wait_s=5.0)
    try:
        with gate.acknowledging():
            raise ValueError("bad signature")
    except ValueError:
        pass
    started = time.monotonic()
    await gate.turn()
    assert time.monotonic() - started < 0.01
