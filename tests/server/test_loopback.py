"""The admin application's private socket (proxy/server/loopback.py) when it cannot be opened:
Veil serves on, the console falls back, a WARNING says why, and nothing is left behind."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest
from aiohttp import web

from proxy.server.loopback import Loopback


async def test_a_socket_path_too_long_leaves_no_socket_and_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / ("d" * 110)  # longer than an AF_UNIX path may be (108 bytes)
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    runner = web.AppRunner(web.Application())
    await runner.setup()
    try:
        loopback = Loopback()
        with caplog.at_level(logging.WARNING, "veil.server"):
            await loopback.open(runner)
        assert loopback.path is None
        assert "no private admin socket" in caplog.text
        assert list(folder.iterdir()) == []  # its directory removed again
    finally:
        await runner.cleanup()
