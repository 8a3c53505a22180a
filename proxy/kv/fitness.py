"""Whether the Redis deployment may hold a vault now: read from INFO (CONFIG is often
disabled on managed Redis) on every server Veil writes to.

A server that evicts keys would silently lose tokens, so Veil refuses it; no AOF is a
warning. One server (or Sentinel's master) must also be a master: a connection that
reached a replica (a master demoted in a failover) cannot take a write.

A Cluster is fit only as a whole: a third of the slots without a master is a third of the
webhooks refused, so asking redis-py's default node (which answers for its own shard
only) is not enough. Every check reads the slot map from a node that answers, then asks
every master in it directly: the slots must all be covered, every master reachable, in
`cluster_state:ok`, and fit. Nothing is cached between checks, so a promoted replica or a
master back from the dead is seen at the next one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.exceptions import RedisError

from proxy.errors import RedisUnfitError

log = logging.getLogger("veil.redis")
MIN_VERSION = (6, 2)
SLOTS = 16384
NODE_TIMEOUT_S = 1.0  # one node's answer; the caller bounds the whole check


@dataclass(frozen=True, slots=True)
class Fitness:
    """`problems`: unfit, nothing may be served (an evicting or too old server). `outages`:
    part of a Cluster is out of reach (a master down, slots without one) while the rest
    answers: not ready, yet what the reachable masters hold may still be served."""

    problems: tuple[str, ...]
    warnings: tuple[str, ...]
    outages: tuple[str, ...] = ()
    degraded: tuple[str, ...] = ()  # ready, yet part of it is served another way (seals diverted)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.outages


def fitness_of(info: Mapping[str, Any]) -> Fitness:
    """Version ≥ 6.2 and `noeviction` are required; AOF is advised."""
    problems, warnings = [], []
    version = tuple(int(x) for x in str(info.get("redis_version", "0.0")).split(".")[:2])
    if version < MIN_VERSION:
        problems.append(f"Redis {info.get('redis_version')} is older than 6.2")
    policy = str(info.get("maxmemory_policy", ""))
    if policy != "noeviction":
        problems.append(
            f"maxmemory-policy is {policy!r}: an evicting Redis silently loses tokens; set maxmemory-policy noeviction"
        )
    if str(info.get("aof_enabled", "0")) != "1":
        warnings.append("AOF is off: a Redis crash loses acknowledged events and minted tokens")
    return Fitness(tuple(problems), tuple(warnings))


def online_replicas(info: Mapping[str, Any]) -> int:
    """Replicas of this master that are `online` in its `INFO` (a replica in a full resync is
    connected but cannot confirm a `WAIT` yet)."""
    return sum(
        1
        for k, v in info.items()
        if k.startswith("slave") and isinstance(v, dict) and str(v.get("state", "")) == "online"
    )


def _short(wait_replicas: int, online: int) -> str:
    return f"fewer replicas online than vault.wait_replicas ({wait_replicas})" if online < wait_replicas else ""


async def check_fit(redis: Redis, wait_replicas: int = 0) -> Fitness:
    """The deployment's fitness: every master of a Cluster, else the one server. With
    `wait_replicas`, a master with fewer replicas online cannot confirm a seal: on one
    server (or Sentinel's master) that is an outage (every webhook would wait for its `WAIT`
    and get 503); on a Cluster only while no master has them, else the shards of the
    masters short of replicas are `degraded` (their webhooks are sealed on another
    master's shard, `IngressStore`)."""
    if isinstance(redis, RedisCluster):
        return await check_cluster(redis, wait_replicas)
    info = await redis.info()
    fit = fitness_of(info)
    role = str(info.get("role", "master"))
    if role != "master":
        return Fitness(
            (*fit.problems, f"the server Veil writes to is a {role}, not a master (a failover in progress?)"),
            fit.warnings,
        )
    short = _short(wait_replicas, online_replicas(info))
    if short:
        return Fitness(fit.problems, fit.warnings, (f"the master has {short}: no webhook can be acknowledged",))
    return fit


async def require_fit(redis: Redis) -> Fitness:
    fit = await check_fit(redis)
    if not fit.ok:
        raise RedisUnfitError("; ".join(fit.problems + fit.outages))
    for warning in fit.warnings:
        log.warning(warning)
    return fit


# --- Cluster ------------------------------------------------------------------------------
async def check_cluster(cluster: RedisCluster, wait_replicas: int = 0) -> Fitness:
    """Slot map from the first node that answers, then every master in it asked directly.
    Raises a connection error only when no node answers at all."""
    await cluster.initialize()
    scratch: dict[str, ClusterNode] = {}  # nodes the client does not know (yet): closed after
    try:
        slots = await slot_map(cluster, scratch)
        covered = sum(end - start + 1 for start, end, _ in slots)
        masters = sorted({addr for _, _, addr in slots})
        answers = await asyncio.gather(*(_master_state(cluster, addr, scratch) for addr in masters))
    finally:
        for node in scratch.values():
            await node.disconnect()
    outages: list[str] = []
    if covered < SLOTS:
        outages.append(f"{SLOTS - covered} of {SLOTS} cluster slots have no master")
    down = [a for a in answers if isinstance(a, str)]
    for reason in sorted(set(down)):
        outages.append(f"{down.count(reason)} of {len(masters)} cluster masters {reason}")
    fits = [a for a in answers if isinstance(a, tuple)]
    short = [f for f, online in fits if _short(wait_replicas, online)]
    degraded: list[str] = []
    if short and len(short) == len(masters):
        outages.append(f"every cluster master has {_short(wait_replicas, 0)}: no webhook can be acknowledged")
    elif short:
        degraded.append(
            f"{len(short)} of {len(masters)} cluster masters have {_short(wait_replicas, 0)}: "
            "their shards' webhooks are sealed on the other masters' shards, and tokens "
            "and deliveries that need them wait"
        )
    return Fitness(
        tuple(dict.fromkeys(p for f, _ in fits for p in f.problems)),
        tuple(dict.fromkeys(w for f, _ in fits for w in f.warnings)),
        tuple(outages),
        tuple(degraded),
    )


def node_at(cluster: RedisCluster, host: str, port: int, scratch: dict[str, ClusterNode]) -> ClusterNode:
    known = cluster.get_node(host=host, port=port)
    if known is not None:
        return known
    name = f"{host}:{port}"
    if name not in scratch:
        kwargs = {k: v for k, v in cluster.connection_kwargs.items() if k not in ("host", "port")}
        scratch[name] = ClusterNode(host, port, **kwargs)
    return scratch[name]


async def slot_map(cluster: RedisCluster, scratch: dict[str, ClusterNode]) -> list[tuple[int, int, tuple[str, int]]]:
    """(first slot, last slot, master address) of every covered range, as the first node
    to answer sees it: the client's known nodes, masters first."""
    nodes = sorted(cluster.get_nodes(), key=lambda n: n.server_type != "primary")
    error: BaseException | None = None
    for node in nodes:
        try:
            reply = await asyncio.wait_for(node.execute_command("CLUSTER", "SLOTS"), NODE_TIMEOUT_S)
        except (RedisError, OSError, TimeoutError) as exc:
            error = exc
            continue
        out = []
        for row in reply:
            host = row[2][0].decode() if isinstance(row[2][0], bytes) else str(row[2][0])
            out.append((int(row[0]), int(row[1]), (host or node.host, int(row[2][1]))))
        return out
    raise error if error is not None else RedisError("no cluster node known")


async def _master_state(
    cluster: RedisCluster, addr: tuple[str, int], scratch: dict[str, ClusterNode]
) -> tuple[Fitness, int] | str:
    """A master's fitness and its replicas online, or why it is not serving. Reasons never
    name the node (they reach `/readyz`); the log does, for the operator."""
    host, port = addr
    node = node_at(cluster, host, port, scratch)

    async def ask() -> tuple[Any, Any]:
        return await node.execute_command("CLUSTER", "INFO"), await node.execute_command("INFO")

    try:
        state, info = await asyncio.wait_for(ask(), NODE_TIMEOUT_S)
    except (RedisError, OSError, TimeoutError) as exc:
        log.warning("cluster master %s:%d unreachable (%s)", host, port, type(exc).__name__)
        return f"unreachable ({type(exc).__name__})"
    text = state.decode() if isinstance(state, bytes) else str(state)
    if "cluster_state:ok" not in text:
        return "report cluster_state fail"
    if str(info.get("role", "master")) != "master":
        return "are no longer masters (a failover in progress)"
    return fitness_of(info), online_replicas(info)
