"""The JSON-lines copy of the audit trail a SIEM reads: one `write(2)` per line, on the loop.

Redis is the record (`AuditWriter.append` returns once the entry is there, or refuses);
this file is the copy a SIEM ships. It used to be opened, appended and closed in a worker
thread per entry, awaited under the audit lock: a thread hop per use or reveal (the
largest CPU cost of a send) that also serialised every concurrent append behind it. Now
the file stays open with O_APPEND and each line is one `write(2)` into the page cache
(microseconds, like the process's own log lines), so a line is in the sink, in chain
order, before the action it records goes ahead, and a failure is reported at once.

Rotation is still followed at once: before each write the path is stat'ed, and if it no
longer names the open file (logrotate moved it, or it was deleted) the new path is
opened; `copytruncate` needs nothing (O_APPEND writes at the new end). A failed write
raises `OSError`; the caller reports it and the entry stands.

A missing folder is created (0700, with its parents) on the first write: the default sink
is `<data_dir>/audit.jsonl`, and with a `redis://` vault nothing else creates the data
directory (only the embedded Redis does), so every line and checkpoint used to fail from
the first minute. 0700 because the trail names actors, tenants and tokens.
"""

from __future__ import annotations

import os
from pathlib import Path

_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC


class SinkWriter:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None
        self._ident: tuple[int, int] | None = None

    def write(self, raw: bytes) -> None:
        """Append one line (raises OSError; nothing is retried)."""
        fd = self._open()
        data = memoryview(raw + b"\n")
        while data:
            data = data[os.write(fd, data) :]

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd, self._ident = self._fd, None, None
            os.close(fd)

    def _open(self) -> int:
        try:
            st = os.stat(self._path)
            current: tuple[int, int] | None = (st.st_dev, st.st_ino)
        except FileNotFoundError:
            current = None
        if self._fd is not None and current == self._ident:
            return self._fd
        self.close()
        try:
            fd = os.open(self._path, _FLAGS, 0o666)
        except FileNotFoundError:
            self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(self._path, _FLAGS, 0o666)
        st = os.fstat(fd)
        self._fd, self._ident = fd, (st.st_dev, st.st_ino)
        return fd
