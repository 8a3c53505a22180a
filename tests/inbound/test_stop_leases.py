"""A graceful stop leaves no lease of its own behind. Real Redis, a real Veil app.

Each drain releases its lease as it ends, but a drain abandoned past its grace, or one
cancelled while its release was on the wire, cannot; such a lease outlived a SIGTERMed
worker in CI and held its partition from the survivor for a whole lease period (a
takeover 8.2 s late in `tests/faults/test_workers.py`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from proxy.config import DEFAULT_TENANT
from proxy.kv import keyspace
from tests.inbound.harness import Crm, Veil, settings_for, subscriber


async def test_a_stop_releases_the_leases_its_drains_left_and_no_others(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)]))
    inbound, redis = veil.inbound, veil.apps.runtime.redis
    # as a drain that could not release would leave them: held by this worker, a minute to run
    mine = [keyspace.ingress_lease(DEFAULT_TENANT, 0), keyspace.delivery_lease("crm", 1)]
    for key in mine:
        await redis.set(key, inbound.worker_id, px=60_000)
    theirs = keyspace.delivery_lease("crm", 0)
    await redis.set(theirs, "another-worker", px=60_000)

    await inbound.stop()

    assert [await redis.exists(key) for key in mine] == [0, 0], "a stopped worker still holds a lease"
    assert await redis.get(theirs) == b"another-worker", "a stop released another worker's lease"


async def test_the_sweep_counts_only_what_this_worker_held(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]], make_crm: Callable[[], Awaitable[Crm]]
) -> None:
    crm = await make_crm()
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)]))
    inbound, redis = veil.inbound, veil.apps.runtime.redis
    await redis.set(keyspace.delivery_lease("crm", 2), inbound.worker_id, px=60_000)
    await redis.set(keyspace.delivery_lease("crm", 3), "another-worker", px=60_000)
    assert await inbound.release_leases() == 1
    assert await inbound.release_leases() == 0
