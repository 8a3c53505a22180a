"""Real Redis Cluster and Sentinel topologies on loopback, started by the tests themselves.

Ports are picked below 55000 (a cluster node's bus port is its port + 10000). Every
process is stopped at teardown; nothing outside 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.redis_servers import debian_redis_server


def _is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def low_free_port(used: set[int]) -> int:
    """A free port below 45000 whose +10000 bus port is free too."""
    for _ in range(500):
        port = random.randint(20000, 44999)  # noqa: S311 - not security relevant
        if port not in used and _is_free(port) and _is_free(port + 10000):
            used.add(port)
            return port
    raise RuntimeError("no free port pair below 55000")


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.3) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _wait(predicate: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise RuntimeError(f"timed out waiting for {what}")


def _cli(port: int, *args: str) -> str:
    cli = shutil.which("redis-cli") or "redis-cli"
    return subprocess.run([cli, "-p", str(port), *args], capture_output=True, text=True, timeout=30, check=False).stdout


@dataclass
class Node:
    port: int
    args: tuple[str, ...]
    workdir: Path
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        cmd = [
            debian_redis_server(),
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(self.workdir),
            "--save",
            "",
            "--maxmemory-policy",
            "noeviction",
            # A master starts a replica's full sync at once instead of Redis's default 5 s wait for
            # more replicas to share the transfer: each master here has one replica at most, and the
            # wait was most of a replicated topology's start-up (7 s -> 2.7 s idle) and of every
            # resync after a failover. Nothing under test reads the sync's delay.
            "--repl-diskless-sync-delay",
            "0",
            *self.args,
        ]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(lambda: _ping(self.port), 10, f"redis on {self.port}")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=10)
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


def stop_all(nodes: list[Node]) -> None:
    """SIGTERM every node first, then wait for each: their shutdowns (an AOF flush each) overlap
    instead of running one after the other."""
    for node in nodes:
        if node.proc is not None:
            node.proc.terminate()
    for node in nodes:
        node.stop()  # reaps the exited process (SIGTERM again is harmless)


@dataclass
class Cluster:
    """Masters joined with `redis-cli --cluster create`, optionally each with replicas
    (`replicas` per master, AOF everysec then), `cluster-node-timeout` of `node_timeout_ms`."""

    nodes: list[Node] = field(default_factory=list)

    @property
    def url(self) -> str:
        return "redis+cluster://" + ",".join(f"127.0.0.1:{n.port}" for n in self.nodes)

    @classmethod
    def start(cls, masters: int = 3, *, replicas: int = 0, node_timeout_ms: int = 2000) -> Cluster:
        used: set[int] = set()
        root = Path(tempfile.mkdtemp(prefix="veil-cluster-"))
        cluster = cls()
        aof = ("--appendonly", "yes", "--appendfsync", "everysec") if replicas else ("--appendonly", "no")
        for _ in range(masters * (1 + replicas)):
            port = low_free_port(used)
            workdir = root / str(port)
            workdir.mkdir()
            node = Node(
                port,
                (
                    "--cluster-enabled",
                    "yes",
                    "--cluster-config-file",
                    "nodes.conf",
                    "--cluster-node-timeout",
                    str(node_timeout_ms),
                    *aof,
                ),
                workdir,
            )
            node.start()
            cluster.nodes.append(node)
        addrs = [f"127.0.0.1:{n.port}" for n in cluster.nodes]
        cli = shutil.which("redis-cli") or "redis-cli"
        subprocess.run(
            [cli, "--cluster", "create", *addrs, "--cluster-replicas", str(replicas), "--cluster-yes"],
            capture_output=True,
            timeout=60,
            check=True,
        )
        cluster.wait_ok()
        if replicas:
            _wait(
                lambda: all(
                    "master_link_status:up" in _cli(n.port, "info", "replication")
                    for n in cluster.nodes
                    if cluster.role(n) == "slave"
                ),
                30,
                "replicas to sync",
            )
        return cluster

    def alive(self) -> list[Node]:
        return [n for n in self.nodes if n.proc is not None]

    def wait_ok(self, seconds: float = 30) -> None:
        _wait(
            lambda: all("cluster_state:ok" in _cli(n.port, "cluster", "info") for n in self.alive()),
            seconds,
            "cluster_state:ok",
        )

    def role(self, node: Node) -> str:
        for line in _cli(node.port, "info", "replication").splitlines():
            if line.startswith("role:"):
                return line.split(":", 1)[1].strip()
        return ""

    def masters(self) -> list[Node]:
        return [n for n in self.alive() if self.role(n) == "master"]

    def replica_of(self, master: Node) -> Node:
        for node in self.alive():
            lines = {line.strip() for line in _cli(node.port, "info", "replication").splitlines()}
            if "role:slave" in lines and f"master_port:{master.port}" in lines:
                return node
        raise AssertionError("the master has no replica")

    def stop(self) -> None:
        stop_all(self.nodes)


@dataclass
class SentinelSet:
    """A master, one replica and three sentinels watching service `veil`."""

    master: Node
    replica: Node
    sentinels: list[Node]
    service: str = "veil"

    @property
    def url(self) -> str:
        return "redis+sentinel://" + ",".join(f"127.0.0.1:{s.port}" for s in self.sentinels) + f"/{self.service}"

    @classmethod
    def start(cls) -> SentinelSet:
        used: set[int] = set()
        root = Path(tempfile.mkdtemp(prefix="veil-sentinel-"))
        mport, rport = low_free_port(used), low_free_port(used)
        (root / "m").mkdir()
        (root / "r").mkdir()
        master = Node(mport, ("--appendonly", "yes", "--appendfsync", "always"), root / "m")
        master.start()
        replica = Node(
            rport,
            ("--appendonly", "yes", "--appendfsync", "always", "--replicaof", "127.0.0.1", str(mport)),
            root / "r",
        )
        replica.start()
        _wait(lambda: "master_link_status:up" in _cli(rport, "info", "replication"), 20, "replica sync")
        sentinels = []
        for i in range(3):
            port = low_free_port(used)
            folder = root / f"s{i}"
            folder.mkdir()
            conf = folder / "sentinel.conf"
            conf.write_text(
                f"port {port}\nbind 127.0.0.1\ndir {folder}\n"
                f"sentinel monitor veil 127.0.0.1 {mport} 2\n"
                "sentinel down-after-milliseconds veil 1000\n"
                "sentinel failover-timeout veil 5000\n"
                "sentinel parallel-syncs veil 1\n"
            )
            node = Node(port, (), folder)
            node.proc = subprocess.Popen(
                [debian_redis_server(), str(conf), "--sentinel"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            _wait(lambda p=port: _ping(p), 10, f"sentinel on {port}")
            sentinels.append(node)
        out = cls(master, replica, sentinels)
        _wait(
            lambda: all(
                "num-other-sentinels" in _cli(s.port, "sentinel", "master", "veil") and _other_sentinels(s.port) >= 2
                for s in sentinels
            ),
            30,
            "sentinels to meet",
        )
        return out

    def current_master_port(self) -> int:
        reply = _cli(self.sentinels[0].port, "sentinel", "get-master-addr-by-name", self.service).split()
        return int(reply[1])

    def stop(self) -> None:
        stop_all([*self.sentinels, self.replica, self.master])


def _other_sentinels(port: int) -> int:
    lines = _cli(port, "sentinel", "master", "veil").splitlines()
    for i, line in enumerate(lines):
        if line.strip() == "num-other-sentinels" and i + 1 < len(lines):
            return int(lines[i + 1])
    return 0
