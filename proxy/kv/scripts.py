"""Veil's Redis Lua scripts, shipped as package data in `proxy/kv/lua/`.

One reader for them, so a script's file name is the only thing a caller needs to know
and the package-data rule in `pyproject.toml` has one folder to cover.
"""

from __future__ import annotations

from importlib import resources


def lua_source(name: str) -> str:
    """The text of `proxy/kv/lua/<name>.lua` (read at start-up, not per call)."""
    return resources.files("proxy.kv").joinpath(f"lua/{name}.lua").read_text(encoding="utf-8")
