"""The console on an admin listener that serves HTTPS itself, and under mutual TLS.

Served by `serve` (as `veil serve` does) with `admin.tls.client_cafile`, the console works in
Chromium holding an operator's client certificate, through the worker's private socket;
without a certificate the browser gets no console at all, and the private socket refuses
whatever lacks the process's credential. On a runner without that socket (the fallback) the
console's calls go over HTTPS to the listener, and its cookie is `Secure` either way."""

from __future__ import annotations

import asyncio
import os
import re
import ssl
import stat
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from playwright.async_api import Error as BrowserError

from proxy.config import ListenerTLS
from proxy.detection.detector import Detector
from proxy.server.app import create_apps, serve
from proxy.server.app_keys import LOOPBACK
from proxy.server.loopback import HEADER
from proxy.tls import server_context
from tests.redis_servers import free_port
from tests.server.access_kit import PASSWORD, access_settings, bootstrap
from tests.server.console.kit import chromium, sign_in
from tests.server.helpers import make_keys
from tests.tls_certs import make_ca


async def test_console_over_https_signs_in_with_a_secure_cookie(
    redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    pair = make_ca(tmp_path).issue(tmp_path, "admin")
    tls = {"certfile": str(pair.cert), "keyfile": str(pair.key)}
    apps = create_apps(
        access_settings(redis7_url, tmp_path, admin={"tls": tls}),
        make_keys(key_env),
        data_dir=tmp_path,
        detector=detector,
    )
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
            resp = await browser.post(
                f"{base}/console/login",
                allow_redirects=False,
                data={"csrf": csrf.group(1), "name": "alice", "password": PASSWORD, "code": totp.code()},
            )
            assert resp.status == 303, await resp.text()
            cookie = resp.cookies["veil_console"]
            assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Strict"
            overview = await browser.get(f"{base}/console/")
            assert overview.status == 200 and "<h1>Overview</h1>" in await overview.text()
    finally:
        await server.close()


async def test_console_under_mutual_tls_in_chromium_with_a_client_certificate(
    redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    ca, admins = make_ca(tmp_path / "pki"), make_ca(tmp_path / "admins", "Admins CA")
    pair = ca.issue(tmp_path / "pki", "veil")
    operator = admins.issue(tmp_path / "admins", "operator", server=False)
    port = free_port()
    tls = {"certfile": str(pair.cert), "keyfile": str(pair.key), "client_cafile": str(admins.cert)}
    settings = access_settings(
        redis7_url,
        tmp_path,
        listen={"port": free_port()},
        metrics={"port": free_port()},
        admin={"port": port, "tls": tls},
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(apps, settings, stop))
    base = f"https://127.0.0.1:{port}"
    certified = aiohttp.TCPConnector(ssl=_operator_client(ca.cert, operator.cert, operator.key))
    async with aiohttp.ClientSession(connector=certified) as http:
        for _ in range(400):
            if task.done():
                task.result()
            try:
                async with http.get(f"{base}/healthz") as resp:
                    if resp.status == 200:
                        break
            except aiohttp.ClientError:
                await asyncio.sleep(0.05)
    try:
        totp = await bootstrap(apps)
        async with chromium() as browser:
            context = await browser.new_context(
                ignore_https_errors=True,
                client_certificates=[{"origin": base, "certPath": str(operator.cert), "keyPath": str(operator.key)}],
            )
            page = await context.new_page()
            await sign_in(page, base, "alice", totp)  # before: 503, the console had no certificate
            assert await page.locator("main .card .big").first.inner_text() == "ready"
            await page.get_by_role("link", name="Audit").click()
            await page.get_by_role("button", name="Verify the chains").click()
            assert await page.locator("#verify .big").inner_text() == "Every chain is intact."
            cookie = next(c for c in await context.cookies() if c["name"] == "veil_console")
            assert cookie["secure"] and cookie["httpOnly"]

            stranger = await (await browser.new_context(ignore_https_errors=True)).new_page()
            with pytest.raises(BrowserError):  # no client certificate: no handshake, no console
                await stranger.goto(f"{base}/console/login")

        loopback = apps.admin[LOOPBACK]
        assert loopback.path is not None
        assert stat.S_IMODE(os.stat(os.path.dirname(loopback.path)).st_mode) == 0o700
        session = {"Authorization": f"Bearer {cookie['value']}"}
        async with aiohttp.ClientSession(connector=aiohttp.UnixConnector(path=loopback.path)) as local:
            async with local.get("http://veil-admin/admin/v1/session", headers=session) as resp:
                assert resp.status == 403  # a live session, but not this process's credential
            async with local.get("http://veil-admin/console/", headers={HEADER: loopback.secret}) as resp:
                assert resp.status == 403  # only the admin API answers there
            async with local.get(
                "http://veil-admin/admin/v1/session", headers=session | {HEADER: loopback.secret}
            ) as resp:
                assert resp.status == 200
        folder = os.path.dirname(loopback.path)
    finally:
        stop.set()
        await task
    assert not os.path.exists(folder)  # removed at shutdown
    audit = (tmp_path / "audit.jsonl").read_text()
    assert '"actor":"admin:alice"' in audit and '"action":"audit_verify"' in audit


def _operator_client(cafile: Path, cert: Path, key: Path) -> ssl.SSLContext:
    """An operator's client: trusts the test CA, presents its certificate."""
    ctx = ssl.create_default_context(cafile=str(cafile))
    ctx.load_cert_chain(cert, key)
    return ctx
