"""Narrowing redis-py replies: the clients run with bytes replies; its stubs say `bytes | str`."""

from __future__ import annotations

from typing import Any


def as_bytes(value: Any) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode()


def as_str(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def opt_str(value: Any) -> str | None:
    return None if value is None else as_str(value)
