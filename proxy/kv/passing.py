"""Sending a write again through a failover's moment, within a budget.

While a Cluster promotes a replica, a write can fail only because the cluster cannot serve
it *for the moment*: `CLUSTERDOWN` (every master refuses while a slot has no master),
`TRYAGAIN`, or a refused connection to the master that just died. The same write sent a
little later goes through. Two callers wait that moment out, with different budgets:

- a webhook's seal (`ingress.seal_retry_s`, 0.5 s): Meta is waiting for the answer, and a
  503 is a safe answer (Meta resends);
- a delivery's ack (`delivery.ack_retry_s`, 5 s): nobody waits for it, and giving up means
  the event, which the subscriber already has, is delivered again after the promotion.

Both pause 50 ms, doubling (capped), and never start an attempt after the budget is spent,
so a caller is late by at most its budget plus one attempt.
"""

from __future__ import annotations

import asyncio
import time

from redis.exceptions import ClusterDownError, TryAgainError
from redis.exceptions import ConnectionError as RedisConnectionError

# What a cluster answers for a moment during a failover: worth sending again.
PASSING: tuple[type[Exception], ...] = (ClusterDownError, TryAgainError, RedisConnectionError)
FIRST_PAUSE_S = 0.05  # the first pause before a write is sent again (doubling)


def passing(error: object) -> bool:
    """Whether this reply or exception is only the moment of a failover (`PASSING`)."""
    return isinstance(error, PASSING)


class RetryBudget:
    """The pauses between attempts of one write: 50 ms, doubling up to `cap_s`, the last
    cut to what is left of `budget_s` from `started` (monotonic). `pause()` is False (and
    does not sleep) once the budget is spent: the caller gives up with its last error."""

    def __init__(self, budget_s: float, *, started: float | None = None, cap_s: float | None = None) -> None:
        self.end = (time.monotonic() if started is None else started) + budget_s
        self.cap_s = cap_s
        self.delay_s = FIRST_PAUSE_S
        self.passes = 0  # pauses taken (attempts sent again)

    async def pause(self) -> bool:
        left = self.end - time.monotonic()
        if left <= 0:
            return False
        await asyncio.sleep(min(self.delay_s, left))
        self.delay_s *= 2
        if self.cap_s is not None:
            self.delay_s = min(self.delay_s, self.cap_s)
        self.passes += 1
        return True
