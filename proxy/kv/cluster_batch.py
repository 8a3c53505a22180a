"""`run_packed` on Redis Cluster: each command to its slot's master, one write per master,
and `WAIT` on the connection that carried the writes.

redis-py's cluster pipeline packs in Python, sends a keyless `WAIT` to any node (where it
counts nothing: `WAIT` confirms only the writes of its own connection), and gives up a
whole batch, every webhook of a group commit included, when one shard is down. Here:

- The commands are grouped by the master of their slot (the first key decides; a script's
  keys share a slot by construction), packed by hiredis and sent per master on one
  pooled connection, the masters concurrently.
- A `WAIT` in the list stands for "the writes before me (back to the previous `WAIT`) are
  on replicas": every master that took one of those writes gets a `WAIT` after them on the
  same connection, and the `WAIT`'s reply is the fewest replicas any of them confirmed.
  One `WAIT` per master per write, however many batches a group commit joined; a master
  that took only commands after the last `WAIT` (a doorbell's ring) gets none. A `WAIT`
  after each of several writes answers for each on its own (the seals of a webhook's
  updates, each of which may go to another master).
- With `MasterFlights` (the webhook seals' group commit) each master has its own flight:
  the writes that arrive while one is in flight to that master form its next write, and a
  slow master (a `WAIT` no replica can answer, a connection timing out) holds up only the
  batches that wrote to it, not every webhook of the loop turn. And while a batch is being
  retried, a later batch for one of its slots waits for it (`MasterFlights.after_earlier`):
  a customer's updates share a slot, so a later one is never written ahead of an earlier
  one still in retry, even once the retried slot's new master answers. If the earlier one
  gives up, the later one fails at once instead of trying in its turn: a master that is
  gone stays a fast 503 per webhook, not a queue of webhooks each retrying after the last.
- A master that cannot be reached is retried as the client's retry policy says (bounded,
  about half a second) after asking for a topology refresh; a `MOVED` reply moves the slot
  and sends that command again. What still fails comes back in place as its exception,
  for that master's commands only (and the `WAIT`s that covered them), so a batch that
  touched only healthy shards still succeeds. Resending is safe: every batch sent here is
  (markers, idempotent scripts, acks), as for `run_packed` on one server.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import hiredis
from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.exceptions import AskError, ClusterDownError, MovedError, ResponseError, SlotNotCoveredError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from proxy.turns import InFlightGroup, split_as

Arg = str | bytes | int
_FAILED_NODE = (RedisConnectionError, RedisTimeoutError, OSError, TimeoutError)
_Sent = tuple[list[Any], int | None]  # one master's replies, and its WAIT's if one was asked
_Part = tuple[ClusterNode, Sequence[Sequence[Arg]], Sequence[Arg] | None]
log = logging.getLogger("veil.redis")
_SLOW_S = 0.2  # a stage of one attempt logged at DEBUG when it took longer (a failover's stall)


class MasterFlights:
    """Group commit per master (`proxy.turns.InFlightGroup`): a part goes at once when its
    master has nothing in flight, else with the others that arrived meanwhile. One `WAIT`
    per flight, after all of its writes; every part that asked for one gets its reply."""

    def __init__(self) -> None:
        self._groups: dict[str, InFlightGroup[_Part, _Sent]] = {}
        self._tickets = itertools.count()  # the order batches came in
        self._held: dict[int, dict[int, asyncio.Future[bool]]] = {}  # slot -> ticket -> gave up
        self._holding: dict[int, set[int]] = {}  # ticket -> its held slots

    def ticket(self) -> int:
        return next(self._tickets)

    async def after_earlier(self, ticket: int, slots: set[int]) -> set[int]:
        """Return once no batch that came before `ticket` holds one of these slots: the
        slots for which one of them gave up."""
        gave_up: set[int] = set()
        while True:
            blocking = {slot: [f for t, f in self._held.get(slot, {}).items() if t < ticket] for slot in slots}
            if not any(blocking.values()):
                return gave_up
            await asyncio.wait([f for fs in blocking.values() for f in fs])  # (a cancelled waiter cancels nothing)
            gave_up |= {slot for slot, fs in blocking.items() if any(f.done() and f.result() for f in fs)}

    def hold(self, ticket: int, slots: set[int]) -> None:
        """The batch `ticket` is being retried for these slots: later batches wait for it."""
        loop = asyncio.get_running_loop()
        for slot in slots:
            self._held.setdefault(slot, {}).setdefault(ticket, loop.create_future())
        self._holding.setdefault(ticket, set()).update(slots)

    def release(self, ticket: int, gave_up: set[int]) -> None:
        for slot in self._holding.pop(ticket, set()):
            held = self._held.get(slot, {})
            future = held.pop(ticket, None)
            if future is not None and not future.done():
                future.set_result(slot in gave_up)
            if not held:
                self._held.pop(slot, None)

    async def send(self, node: ClusterNode, commands: Sequence[Sequence[Arg]], wait: Sequence[Arg] | None) -> _Sent:
        group = self._groups.get(node.name)
        if group is None:
            group = self._groups[node.name] = InFlightGroup(self._run)
        return await group.run((node, commands, wait))

    @staticmethod
    async def _run(parts: Sequence[_Part]) -> list[_Sent]:
        node = parts[-1][0]  # the newest: after a topology refresh, the node's current object
        waits = [w for _, _, w in parts if w is not None]
        wait = max(waits, key=lambda c: (int(c[1]), int(c[2]))) if waits else None
        replies, confirmed = await _send(node, [c for _, commands, _ in parts for c in commands], wait)
        chunks = split_as(replies, [commands for _, commands, _ in parts])
        return [(chunk, confirmed if w is not None else None) for chunk, (_, _, w) in zip(chunks, parts, strict=True)]


def _key(command: Sequence[Arg]) -> Arg | None:
    name = str(command[0]).upper() if not isinstance(command[0], bytes) else command[0].decode().upper()
    if name in ("EVAL", "EVALSHA"):
        return command[3] if int(command[2]) > 0 else None
    return command[1] if len(command) > 1 else None


def _is_wait(command: Sequence[Arg]) -> bool:
    head = command[0]
    return (head.decode() if isinstance(head, bytes) else str(head)).upper() == "WAIT"


async def run_on_cluster(
    cluster: RedisCluster,
    commands: Sequence[Sequence[Arg]],
    flights: MasterFlights | None = None,
    *,
    retries: int | None = None,
) -> list[Any]:
    """Every command's reply in order, an error reply (or an unreachable master) as its
    exception in place; each `WAIT` answered as above. With `flights`, each master's share
    joins that master's group commit. `retries`: fewer attempts than the client's policy
    (0: a master out of reach fails at once, for a caller that has somewhere else to go)."""
    send: Callable[[ClusterNode, Sequence[Sequence[Arg]], Sequence[Arg] | None], Awaitable[_Sent]]
    send = flights.send if flights is not None else _send
    ticket = flights.ticket() if flights is not None else 0
    gave_up: set[int] = set()
    try:
        replies, gave_up = await _run(cluster, commands, send, flights, ticket, retries)
        return replies
    finally:
        if flights is not None:
            flights.release(ticket, gave_up)


async def _run(
    cluster: RedisCluster,
    commands: Sequence[Sequence[Arg]],
    send: Callable[[ClusterNode, Sequence[Sequence[Arg]], Sequence[Arg] | None], Awaitable[_Sent]],
    flights: MasterFlights | None,
    ticket: int,
    retries: int | None,
) -> tuple[list[Any], set[int]]:
    """The replies, and the slots whose writes failed for good (a master out of reach)."""
    await cluster.initialize()
    replies: list[Any] = [None] * len(commands)
    confirmed: dict[int, int] = {}  # command index -> replicas the WAIT after it confirmed
    waits = [i for i, c in enumerate(commands) if _is_wait(c)]
    wait_args = max((commands[i] for i in waits), key=lambda c: (int(c[1]), int(c[2])), default=None)
    is_wait = set(waits)
    pending = [i for i in range(len(commands)) if i not in is_wait]
    last_wait = max(waits, default=-1)  # commands after it are in no WAIT: their masters get none
    retry = cluster.retry
    policy = retry.get_retries()  # the client's own bound: Veil's retry policy
    retries = policy if retries is None else min(retries, policy)
    keys = [_key(c) for c in commands]
    slot_of = {i: cluster.keyslot(k) for i, k in enumerate(keys) if k is not None and i not in is_wait}
    for attempt in range(policy + 1):
        t0 = time.monotonic()
        if flights is not None:
            lost = await flights.after_earlier(ticket, {slot_of[i] for i in pending if i in slot_of})
            for i in (i for i in pending if slot_of.get(i) in lost):
                replies[i] = RedisConnectionError("an earlier write to this slot could not be made")
            pending = [i for i in pending if slot_of.get(i) not in lost]
            if not pending:
                break
        t1 = time.monotonic()
        if cluster._initialize_due():  # noqa: SLF001 - a refresh an error asked for
            await cluster.initialize()
        t2 = time.monotonic()
        groups: dict[ClusterNode, list[int]] = {}
        for i in pending:
            try:
                node = (
                    cluster.nodes_manager.get_node_from_slot(slot_of[i]) if i in slot_of else cluster.get_default_node()
                )
            except SlotNotCoveredError:  # (not a RedisError): what a node would answer
                replies[i] = ClusterDownError("CLUSTERDOWN Hash slot not served")
                cluster._request_refresh()  # noqa: SLF001
                continue
            groups.setdefault(node, []).append(i)
        outcomes = await asyncio.gather(
            *(
                send(node, [commands[i] for i in idx], wait_args if idx[0] < last_wait else None)
                for node, idx in groups.items()
            ),
            return_exceptions=True,
        )
        t3 = time.monotonic()
        if t3 - t0 > _SLOW_S:
            log.debug(
                "cluster write attempt %d: after earlier %.0f ms, refresh %.0f ms, send %.0f ms to %s (%s)",
                attempt,
                (t1 - t0) * 1000,
                (t2 - t1) * 1000,
                (t3 - t2) * 1000,
                ",".join(n.name for n in groups),
                ",".join(type(o).__name__ if isinstance(o, BaseException) else "ok" for o in outcomes),
            )
        again: list[int] = []
        for (node, idx), outcome in zip(groups.items(), outcomes, strict=True):
            if isinstance(outcome, BaseException):
                if not isinstance(outcome, _FAILED_NODE):
                    raise outcome
                cluster._request_refresh(last_failed_node_name=node.name)  # noqa: SLF001
                for i in idx:
                    replies[i] = outcome
                again += idx
                continue
            node_replies, wait_reply = outcome
            for i, reply in zip(idx, node_replies, strict=True):
                replies[i] = reply
                if isinstance(reply, MovedError | AskError):
                    await cluster.nodes_manager.move_slot(reply)
                    again.append(i)
                elif isinstance(reply, ClusterDownError):
                    cluster._request_refresh()  # noqa: SLF001
                if wait_reply is not None:
                    confirmed[i] = wait_reply
        moved = all(isinstance(replies[i], MovedError | AskError) for i in again)  # (a slot map out of date)
        if not again or attempt == policy or (attempt >= retries and not moved):
            break
        pending = sorted(again)
        if moved:
            continue  # sent again to the slot's new master at once, however few retries were asked for
        if flights is not None:
            flights.hold(ticket, {slot_of[i] for i in pending if i in slot_of})
        await asyncio.sleep(retry._backoff.compute(attempt + 1))  # noqa: SLF001
    start = 0
    for w in waits:
        covered = [i for i in range(start, w) if i not in is_wait]
        failed = next((replies[i] for i in covered if isinstance(replies[i], BaseException)), None)
        replies[w] = (
            failed if failed is not None else min((confirmed.get(i, 0) for i in covered), default=int(commands[w][1]))
        )
        start = w + 1
    gave_up = {
        slot_of[i] for i, r in enumerate(replies) if i in slot_of and isinstance(r, (*_FAILED_NODE, ClusterDownError))
    }
    return replies, gave_up


async def _send(node: ClusterNode, commands: Sequence[Sequence[Arg]], wait: Sequence[Arg] | None) -> _Sent:
    """The commands (and a WAIT after them) in one write on one of the node's connections;
    a reply that is an error comes back in place. A failed or cancelled read closes the
    connection, so a socket never goes back to the pool out of step."""
    packed = [hiredis.pack_command(tuple(c)) for c in commands]  # type: ignore[arg-type]
    if wait is not None:
        packed.append(hiredis.pack_command(tuple(wait)))  # type: ignore[arg-type]
    conn = node.acquire_connection()
    try:
        await node.disconnect_if_needed(conn)
        await conn.send_packed_command(packed)
        limit = float(conn.socket_timeout or 30.0) * len(packed)
        if wait is not None:
            limit += int(wait[2]) / 1000
        out: list[Any] = []
        async with asyncio.timeout(limit):
            for _ in packed:
                try:
                    out.append(await conn.read_response(timeout=math.inf))
                except ResponseError as error:
                    out.append(error)
    except BaseException as error:
        await conn.disconnect()
        if isinstance(error, Exception):
            node._mark_free_connections_for_reconnect_on_error(error)  # noqa: SLF001
        raise
    finally:
        node.release(conn)
    if wait is None:
        return out, None
    last = out.pop()
    return out, (int(last) if not isinstance(last, BaseException) else 0)
