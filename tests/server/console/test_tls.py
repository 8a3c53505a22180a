"""The console on an admin listener that serves HTTPS itself: its calls to the admin API go
over HTTPS to that listener, and its cookie is `Secure`."""

from __future__ import annotations

import re
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestServer

from proxy.config import ListenerTLS
from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from proxy.tls import server_context
from tests.server.access_kit import PASSWORD, access_settings, bootstrap
from tests.server.helpers import make_keys
from tests.tls_certs import make_ca


async def test_console_over_https_signs_in_with_a_secure_cookie(redis7_url: str, key_env: dict[str, str],
                                                                tmp_path: Path, detector: Detector) -> None:
    pair = make_ca(tmp_path).issue(tmp_path, "admin")
    tls = {"certfile": str(pair.cert), "keyfile": str(pair.key)}
    apps = create_apps(access_settings(redis7_url, tmp_path, admin={"tls": tls}), make_keys(key_env),
                       data_dir=tmp_path, detector=detector)
    server = TestServer(apps.admin, host="127.0.0.1")
    await server.start_server(ssl=server_context(ListenerTLS(**tls), "admin.tls"))
    totp = await bootstrap(apps)
    base = str(server.make_url("")).rstrip("/")
    assert base.startswith("https://")
    try:
        jar = aiohttp.CookieJar(unsafe=True)  # keep cookies of an IP address, as a browser does
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False), cookie_jar=jar) as browser:
            form = await (await browser.get(f"{base}/console/login")).text()
            csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', form)
            assert csrf is not None
            resp = await browser.post(f"{base}/console/login", allow_redirects=False, data={
                "csrf": csrf.group(1), "name": "alice", "password": PASSWORD, "code": totp.code()})
            assert resp.status == 303, await resp.text()
            cookie = resp.cookies["veil_console"]
            assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Strict"
            overview = await browser.get(f"{base}/console/")
            assert overview.status == 200 and "<h1>Overview</h1>" in await overview.text()
    finally:
        await server.close()
