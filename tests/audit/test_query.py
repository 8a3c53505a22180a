"""The audit query against real Redis: what it returns, and that its cost follows the window
asked for (the newest `limit` entries, entries since a time), not the whole trail or keyspace."""

from __future__ import annotations

from pathlib import Path

from redis.asyncio import Redis

from proxy.audit.query import AuditFilter, query
from tests.audit.test_writer import Harness, event

ENTRIES = 2100  # more than two of the query's 1,000-entry pages


async def _calls(redis: Redis) -> dict[str, int]:
    stats = await redis.info("commandstats")
    return {name.removeprefix("cmdstat_"): int(v["calls"]) for name, v in stats.items()}


async def _filled(redis: Redis, tmp_path: Path) -> None:
    writer = Harness().writer(redis, tmp_path / "audit.jsonl")
    for i in range(1, ENTRIES + 1):
        await writer.append(event(i, action="export" if i % 700 == 0 else "reveal"))


async def test_newest_entries_read_from_the_newest_page_only(redis: Redis, tmp_path: Path) -> None:
    await _filled(redis, tmp_path)
    await redis.config_resetstat()
    newest = await query(redis, AuditFilter(tenant="acme"), limit=10)
    calls = await _calls(redis)
    assert [e["seq"] for e in newest] == list(range(ENTRIES - 9, ENTRIES + 1))  # oldest first
    assert "scan" not in calls  # chains come from the writer set, not a keyspace walk
    assert calls.get("xrevrange", 0) == 1 and "xrange" not in calls


async def test_entries_since_a_time_stop_at_the_first_older_one(redis: Redis, tmp_path: Path) -> None:
    await _filled(redis, tmp_path)
    await redis.config_resetstat()
    assert await query(redis, AuditFilter(since="9999-01-01T00:00:00Z"), limit=0) == []
    assert (await _calls(redis)).get("xrevrange", 0) == 1


async def test_a_whole_filtered_trail_is_still_found_in_order(redis: Redis, tmp_path: Path) -> None:
    await _filled(redis, tmp_path)
    everything = await query(redis, AuditFilter(), limit=0)
    assert [e["seq"] for e in everything] == list(range(1, ENTRIES + 1))
    exports = await query(redis, AuditFilter(action="export"), limit=0)
    assert [e["seq"] for e in exports] == [700, 1400, 2100]
    assert [e["seq"] for e in await query(redis, AuditFilter(action="export"), limit=2)] == [1400, 2100]
    assert await query(redis, AuditFilter(since="1970-01-01T00:00:00Z", action="export"), limit=0) == exports
