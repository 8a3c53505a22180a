"""The embedded redis-server's ownership (real redis-servers, real locks): one owner per data
directory; a guest uses it and never stops it; a second owner is refused; a server whose
owner died is adopted, not started twice on the same AOF; the socket path is fixed."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from proxy.errors import VaultError
from proxy.kv.embedded import EmbeddedServer, open_embedded, socket_path, stop_embedded
from tests.processes import exited


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """Short enough for the socket to live inside it (pytest's tmp_path often is not)."""
    with tempfile.TemporaryDirectory(prefix="veil-kv-") as folder:
        yield Path(folder) / "data"


def _ping(server: EmbeddedServer) -> bool:
    with redis.Redis(unix_socket_path=str(server.socket), socket_timeout=2) as client:
        return bool(client.ping())


def test_a_guest_uses_the_owners_server_and_never_stops_it(data_dir: Path) -> None:
    owner = open_embedded(data_dir, "everysec", command="serve", attach=False)
    try:
        assert owner.owned and owner.socket == data_dir / "redis.sock" and _ping(owner)
        guest = open_embedded(data_dir, "everysec", command="admin bootstrap", attach=True)
        assert not guest.owned and guest.socket == owner.socket and guest.pid == owner.pid
        stop_embedded(guest)
        assert not exited(owner.pid) and _ping(owner)
        with pytest.raises(VaultError, match=r"in use by `veil serve` \(pid \d+\)"):
            open_embedded(data_dir, "everysec", command="serve", attach=False, wait_s=0.5)
        assert _ping(owner)
    finally:
        stop_embedded(owner)
    assert exited(owner.pid)


def test_without_a_running_owner_an_admin_command_owns_the_server_and_stops_it(data_dir: Path) -> None:
    first = open_embedded(data_dir, "everysec", command="admin bootstrap", attach=True)
    assert first.owned
    stop_embedded(first)
    assert exited(first.pid)
    again = open_embedded(data_dir, "everysec", command="serve", attach=False, wait_s=0.5)  # the lock was released
    try:
        assert again.owned and again.pid != first.pid
    finally:
        stop_embedded(again)


def test_a_server_whose_owner_died_is_adopted_not_started_twice(data_dir: Path) -> None:
    dead = open_embedded(data_dir, "everysec", command="serve", attach=False)
    with redis.Redis(unix_socket_path=str(dead.socket)) as client:
        client.set("kept", "1")
    assert dead.lock_fd is not None
    os.close(dead.lock_fd)  # the owner is gone (as after SIGKILL); its redis-server runs on
    dead.lock_fd, dead.owned = None, False
    heir = open_embedded(data_dir, "everysec", command="serve", attach=False, wait_s=0.5)
    try:
        assert heir.owned and heir.pid == dead.pid
        with redis.Redis(unix_socket_path=str(heir.socket)) as client:
            assert client.get("kept") == b"1"
    finally:
        stop_embedded(heir)
    assert exited(dead.pid)


def test_a_data_dir_too_deep_for_a_socket_gets_a_fixed_private_folder(data_dir: Path) -> None:
    deep = data_dir / ("d" * 60) / ("e" * 60)
    path = socket_path(deep)
    assert path == socket_path(deep) and len(str(path)) < 100 and path.parent != deep
    server = open_embedded(deep, "everysec", command="serve", attach=False)
    try:
        assert server.socket == path and _ping(server)
        folder = path.parent.stat()
        assert folder.st_uid == os.getuid() and stat.S_IMODE(folder.st_mode) == 0o700
    finally:
        stop_embedded(server)
        shutil.rmtree(path.parent, ignore_errors=True)
