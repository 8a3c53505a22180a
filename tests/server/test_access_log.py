"""Access log lines name the route template; a request aiohttp refuses before routing it
(a NUL in a header) still gets its line, as "rejected", instead of an AssertionError
logged as an unhandled exception and no line at all. Real sockets, aiohttp's own parser."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from proxy.server.access_log import RouteAccessLogger
from tests.redis_servers import free_port


async def _ok(request: web.Request) -> web.Response:
    return web.Response(text="ok")


@pytest.fixture
async def port() -> AsyncIterator[int]:
    app = web.Application()
    app.add_routes([web.get("/items/{token}", _ok)])
    runner = web.AppRunner(app, access_log_class=RouteAccessLogger)
    await runner.setup()
    number = free_port()
    await web.TCPSite(runner, "127.0.0.1", number).start()
    yield number
    await runner.cleanup()


async def _raw(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    status = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return status


async def test_lines_name_the_route_never_the_path(port: int, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="aiohttp.access"):
        status = await _raw(
            port, b"GET /items/tok_secret?hub.verify_token=v HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        await asyncio.sleep(0.05)
    assert status.startswith(b"HTTP/1.1 200")
    assert "GET /items/{token} 200" in caplog.text and "tok_secret" not in caplog.text


async def test_a_request_refused_before_routing_gets_a_line(port: int, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        status = await _raw(port, b"GET /items/a HTTP/1.1\r\nHost: x\r\nX-Bad: a\x00b\r\n\r\n")
        await asyncio.sleep(0.05)
    assert b" 400 " in status
    assert "rejected 400" in caplog.text  # aiohttp names the method UNKNOWN: the request line was not read
    assert "Unhandled exception" not in caplog.text and "AssertionError" not in caplog.text
