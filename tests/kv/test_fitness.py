"""One server (or Sentinel's master) is fit only while it is a master: a connection that
reached a demoted master, now a replica, cannot take a write, so readiness must say so
rather than keep answering 200 on INFO's other fields."""

from __future__ import annotations

from redis.asyncio import Redis

from proxy.kv.fitness import check_fit
from tests.redis_servers import RedisProcess, debian_redis_server


async def test_a_server_that_became_a_replica_is_not_fit_and_is_again_once_promoted(redis7_url: str) -> None:
    replica = RedisProcess(debian_redis_server()).start()
    try:
        async with Redis.from_url(replica.url) as client:
            assert (await check_fit(client)).ok
            port = int(redis7_url.rsplit(":", 1)[1].split("/")[0])
            await client.replicaof("127.0.0.1", port)  # what a demoted master does
            fit = await check_fit(client)
            assert not fit.ok and any("slave, not a master" in p for p in fit.problems), fit.problems
            await client.replicaof("NO", "ONE")
            assert (await check_fit(client)).ok
    finally:
        replica.stop()
