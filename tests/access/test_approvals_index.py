"""The pending four-eyes list against real Redis: read from its index, never by walking the
keyspace (the console's approvals page waited seconds on a large vault), and complete across
the index's introduction, expiry, use and refusal; and two admins deciding the same request
at once: one wins, the other gets 409 `approval_changed`."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from redis.asyncio import Redis

from proxy.access.approvals import Approvals
from proxy.access.sessions import Actor
from proxy.errors import Conflict
from proxy.kv import keyspace

ALICE = Actor("alice", "admin")
BOB = Actor("bob", "admin")


async def _calls(redis: Redis) -> dict[str, int]:
    stats = await redis.info("commandstats")
    return {name.removeprefix("cmdstat_"): int(v["calls"]) for name, v in stats.items()}


async def test_pending_is_read_from_the_index_without_a_scan(redis: Redis) -> None:
    approvals = Approvals(redis)
    asked = [await approvals.request("bulk_export", {"n": str(i)}, "acme", ALICE) for i in range(5)]
    async with redis.pipeline(transaction=False) as pipe:
        for i in range(3000):  # a vault's worth of other keys
            pipe.set(f"veil:{{t:acme}}:tok:{i}", "x")
        await pipe.execute()
    await approvals.pending()  # the one-off migration of older approvals may SCAN once
    await redis.config_resetstat()
    pending = await approvals.pending()
    assert {a.id for a in pending} == {a.id for a in asked}
    assert [a.created_ms for a in pending] == sorted(a.created_ms for a in asked)
    calls = await _calls(redis)
    assert "scan" not in calls and calls.get("get", 0) == 5


async def test_used_refused_and_expired_requests_leave_the_list(redis: Redis) -> None:
    approvals = Approvals(redis)
    used, refused, expired, kept = [await approvals.request("bulk_export", {}, "acme", ALICE) for _ in range(4)]
    await approvals.approve(used.id, BOB, enrolled_ms=1)
    await approvals.consume(used.id, "bulk_export", {}, ALICE)
    await approvals.refuse(refused.id, BOB)
    await redis.delete(keyspace.approval(expired.id))  # what its TTL does
    assert [a.id for a in await approvals.pending()] == [kept.id]
    assert await redis.zrange(keyspace.approval_index(), 0, -1) == [kept.id.encode()]


async def test_a_request_stored_before_the_index_still_shows(redis: Redis) -> None:
    now = time.time() - 60
    older = {
        "id": "0123456789abcdef",
        "action": "restore",
        "params": {},
        "tenant": "",
        "requester": "alice",
        "approver": None,
        "created": int(now),
        "created_ms": int(now * 1000),
    }
    await redis.set(keyspace.approval(older["id"]), json.dumps(older), ex=3600)
    approvals = Approvals(redis)
    newer = await approvals.request("bulk_export", {}, "acme", ALICE)
    assert [a.id for a in await approvals.pending()] == [older["id"], newer.id]


async def test_a_decision_racing_another_answers_409_approval_changed(redis: Redis) -> None:
    """An approval and a refusal of one request at once (each on its own connection, as two
    workers): the optimistic transaction lets one through; the other, a valid call the state
    moved under, is a 409 Conflict, not a 403, and changes nothing."""
    approvals = Approvals(redis)
    carol = Actor("carol", "admin")
    for _ in range(50):  # the interleaving is the scheduler's: ask until both read before either wrote
        asked = await approvals.request("bulk_export", {}, "acme", ALICE)
        done = await asyncio.gather(
            approvals.approve(asked.id, BOB, enrolled_ms=1), approvals.refuse(asked.id, carol), return_exceptions=True
        )
        lost = [d for d in done if isinstance(d, Exception)]
        if lost:
            break
    else:
        pytest.fail("no race in 50 tries")
    assert [(type(e), e.status, e.code) for e in lost] == [(Conflict, 409, "approval_changed")]  # type: ignore[attr-defined]
    approved = await approvals.get(asked.id)
    assert (approved is None) == isinstance(done[1], type(asked))  # the winner's change stands alone
