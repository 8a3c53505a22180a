"""Which Redis Cluster masters can take a webhook's seal now, known before it is sent.

A webhook is acknowledged once its updates are in Redis (and, with `vault.wait_replicas`,
once that many replicas confirmed them). During a failover one shard cannot give that:
its master is gone until a replica is promoted (`cluster-node-timeout` plus an election),
and with `wait_replicas` the promoted master has no replica to confirm a `WAIT` until the
old master is back and resynced (or ever, if it is not). Finding that out per seal costs
each webhook a connection error, a retry or a `WAIT` timeout. `MasterHealth` finds it out
beforehand: in the background (every `interval_s`, the slot map from a node that
answers, then `INFO replication` of every master in it: a master, reachable, with at
least `wait_replicas` replicas online) and from the seals themselves (a master that failed
a write or confirmed too few replicas is marked at once, until a check that started after
the mark finds it usable). `IngressStore` then seals an update whose shard's master is not
usable on another tenant shard whose master is (docs/inbound.md, "Receipt order").
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.exceptions import RedisError, SlotNotCoveredError

from proxy.kv.fitness import node_at, online_replicas, slot_map

log = logging.getLogger("veil.redis")
CHECK_INTERVAL_S = 0.25  # a promoted master without replicas is seen within this (plus one answer)
NODE_TIMEOUT_S = 0.5


class MasterHealth:
    """The masters the last check found usable, less those the seal path marked since."""

    def __init__(self, cluster: RedisCluster, wait_replicas: int, *, interval_s: float = CHECK_INTERVAL_S) -> None:
        self._cluster = cluster
        self.wait_replicas = wait_replicas
        self.interval_s = interval_s
        self._usable: set[str] = set()  # node names ("host:port") the last check found usable
        self._fit: set[str] = set()  # the same, marks since that check left in
        self._checked = False  # no view yet: every master is tried, as without this
        self._marked: dict[str, float] = {}  # node name -> when a seal found it failing (monotonic)

    @property
    def checked(self) -> bool:
        """Whether a check has run (before it, every master counts as usable)."""
        return self._checked

    def node_of(self, slot: int) -> str | None:
        """The master the client sends this slot's commands to, or None (slot not covered)."""
        try:
            return str(self._cluster.nodes_manager.get_node_from_slot(slot).name)
        except (SlotNotCoveredError, RedisError, IndexError, KeyError):
            return None

    def usable(self, slot: int) -> bool:
        if not self._checked:
            return True
        name = self.node_of(slot)
        return name is not None and name in self._usable and name not in self._marked

    def fit(self, slot: int) -> bool:
        """Whether the last check found this slot's master usable, even if a seal failed on it
        since: the better bet when no master is `usable` (a failure such as `CLUSTERDOWN`,
        while the cluster promotes a replica, passes; a master the check did not find usable,
        such as a replica promoted since with no replica of its own, holds a `WAIT` for its
        whole timeout and fails)."""
        if not self._checked:
            return True
        name = self.node_of(slot)
        return name is not None and name in self._fit

    def mark(self, slot: int) -> None:
        """A seal to this slot failed (the master refused or dropped the connection, or too
        few replicas confirmed): not usable until a later check finds it so."""
        name = self.node_of(slot)
        if name is not None:
            self._marked[name] = time.monotonic()
            self._usable.discard(name)

    async def check(self) -> None:
        started = time.monotonic()
        scratch: dict[str, ClusterNode] = {}
        try:
            slots = await slot_map(self._cluster, scratch)
            masters = sorted({addr for _, _, addr in slots})
            usable = await asyncio.gather(*(self._usable_master(addr, scratch) for addr in masters))
        finally:
            for node in scratch.values():
                await node.disconnect()
        self._marked = {name: at for name, at in self._marked.items() if at >= started}
        self._fit = {f"{h}:{p}" for (h, p), ok in zip(masters, usable, strict=True) if ok}
        self._usable = self._fit - set(self._marked)
        self._checked = True
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "cluster masters checked in %.0f ms: usable %s, marked %s",
                (time.monotonic() - started) * 1000,
                ",".join(sorted(self._usable)) or "none",
                ",".join(sorted(self._marked)) or "none",
            )
        for start, _, (host, port) in slots:  # the client's map behind the cluster's: refresh it
            if self.node_of(start) != f"{host}:{port}":
                self._cluster._request_refresh()  # noqa: SLF001 - as redis-py does after a MOVED
                break

    async def _usable_master(self, addr: tuple[str, int], scratch: dict[str, ClusterNode]) -> bool:
        node = node_at(self._cluster, *addr, scratch)
        try:
            info = await asyncio.wait_for(node.execute_command("INFO", "replication"), NODE_TIMEOUT_S)
        except (RedisError, OSError, TimeoutError):
            return False
        return str(info.get("role", "")) == "master" and online_replicas(info) >= self.wait_replicas

    async def watch(self, stop: asyncio.Event) -> None:
        """Check every `interval_s` until `stop`; no node answering leaves no master usable
        (seals then go to their own shard and fail or succeed there, as without this)."""
        while not stop.is_set():
            try:
                await self.check()
            except (RedisError, OSError, TimeoutError) as exc:
                log.debug("cluster masters not checked (%s)", type(exc).__name__)
                self._usable, self._fit, self._checked = set(), set(), True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.interval_s)
