"""HTTPS end to end, with certificates the test makes: the public and admin listeners serve
TLS from their files, the admin listener admits only clients its CA certified, and
deliveries reach a subscriber that requires a client certificate from a private CA."""

from __future__ import annotations

import asyncio
import json
import ssl
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from click.testing import CliRunner, Result
from pytest_aiohttp import AiohttpServer

from proxy.cli.main import cli
from proxy.detection import Detector
from proxy.server.app import create_apps, serve
from tests.inbound.harness import Crm, Veil, settings_for, subscriber, text_message, wait_for
from tests.redis_servers import free_port
from tests.server.helpers import make_keys, make_settings
from tests.test_docker import dockerfile_instructions, final_stage
from tests.tls_certs import Ca, Pair, make_ca


def _client(ca: Ca | None, pair: Pair | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=None if ca is None else str(ca.cert))
    if pair is not None:
        ctx.load_cert_chain(pair.cert, pair.key)
    return ctx


async def _get(url: str, ctx: ssl.SSLContext | None = None) -> int:
    async with aiohttp.ClientSession() as http, http.get(url, ssl=ctx if ctx is not None else True) as resp:
        return resp.status


@pytest.fixture
async def running(
    redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> AsyncIterator[tuple[dict[str, int], Ca, Ca]]:
    """Veil serving: public and admin over HTTPS (the admin one with mTLS), metrics over HTTP."""
    ca, admins_ca = make_ca(tmp_path / "pki"), make_ca(tmp_path / "admins", "Admins CA")
    server = ca.issue(tmp_path / "pki", "veil")
    ports = {"listen": free_port(), "admin": free_port(), "metrics": free_port()}
    tls = {"certfile": str(server.cert), "keyfile": str(server.key)}
    settings = make_settings(
        redis7_url,
        tmp_path,
        listen={"port": ports["listen"], "tls": tls},
        admin={"port": ports["admin"], "tls": tls | {"client_cafile": str(admins_ca.cert)}},
        metrics={"port": ports["metrics"]},
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(apps, settings, stop))
    for _ in range(400):
        if task.done():
            task.result()  # start-up failed: say why
        try:
            if await _get(f"http://127.0.0.1:{ports['metrics']}/metrics") == 200:
                break  # the metrics listener opens last
        except aiohttp.ClientError:
            await asyncio.sleep(0.05)
    yield ports, ca, admins_ca
    stop.set()
    await task


async def test_listeners_serve_https_and_the_admin_listener_wants_a_certified_client(
    running: tuple[dict[str, int], Ca, Ca], tmp_path: Path
) -> None:
    ports, ca, admins_ca = running
    public, admin = f"https://127.0.0.1:{ports['listen']}", f"https://127.0.0.1:{ports['admin']}"
    assert await _get(f"{public}/healthz", _client(ca)) == 200
    with pytest.raises(aiohttp.ClientConnectorCertificateError):
        await _get(f"{public}/healthz")  # the system's CAs do not know the test CA
    with pytest.raises(aiohttp.ClientError):
        await _get(f"http://127.0.0.1:{ports['listen']}/healthz")  # no plain HTTP on a TLS listener

    operator = admins_ca.issue(tmp_path / "admins", "operator", server=False)
    stranger = make_ca(tmp_path / "other", "Other CA").issue(tmp_path / "other", "stranger", server=False)
    assert await _get(f"{admin}/healthz", _client(ca, operator)) == 200
    for who in (None, stranger):  # no certificate, or one another CA issued: no handshake, no answer
        with pytest.raises(aiohttp.ClientError):
            await _get(f"{admin}/healthz", _client(ca, who))


async def _mtls_crm(aiohttp_server: AiohttpServer, server: Pair, clients: Ca) -> Crm:
    """A subscriber that accepts only clients with a certificate `clients` issued."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(clients.cert))
    ctx.load_cert_chain(server.cert, server.key)
    ctx.verify_mode = ssl.CERT_REQUIRED
    crm = Crm()
    app = web.Application()
    app.router.add_post("/hook", crm.handle)
    crm.url = str((await aiohttp_server(app, ssl=ctx)).make_url("/hook"))
    return crm


async def test_deliveries_reach_a_subscriber_that_wants_a_client_certificate_from_a_private_ca(
    redis7_url: str, tmp_path: Path, aiohttp_server: AiohttpServer, start_veil: Callable[..., Awaitable[Veil]]
) -> None:
    ca = make_ca(tmp_path / "pki", "Private CA")
    veil_cert = ca.issue(tmp_path / "pki", "veil-client", server=False)
    with_cert = await _mtls_crm(aiohttp_server, ca.issue(tmp_path / "pki", "crm"), ca)
    without = await _mtls_crm(aiohttp_server, ca.issue(tmp_path / "pki", "crm2"), ca)
    settings = settings_for(
        redis7_url,
        tmp_path,
        [
            subscriber(
                "crm",
                with_cert.url,
                tls={"cafile": str(ca.cert), "certfile": str(veil_cert.cert), "keyfile": str(veil_cert.key)},
            ),
            subscriber("crm2", without.url, tls={"cafile": str(ca.cert)}),  # trusts the CA, has no certificate
        ],
    )
    veil = await start_veil(settings)
    assert (await veil.post(text_message("wamid.tls1", "over mutual TLS"))).status == 200
    await wait_for(lambda: len(with_cert.received) == 1, what="the delivery over mTLS")
    assert with_cert.bodies()[0]["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] == "over mutual TLS"
    metrics = veil.apps.runtime.metrics
    failed = 'veil_delivery_attempts_total{outcome="retry",subscriber="crm2"}'
    await wait_for(lambda: failed in metrics.render().decode(), what="crm2's refused handshake")
    assert without.attempts == 0  # refused at the handshake: its handler never ran


async def test_the_cli_reaches_an_mtls_admin_listener_with_its_certificate_options(
    running: tuple[dict[str, int], Ca, Ca], tmp_path: Path
) -> None:
    ports, ca, admins_ca = running
    operator = admins_ca.issue(tmp_path / "admins", "operator", server=False)
    base = [
        "dlq",
        "list",
        "--admin-url",
        f"https://127.0.0.1:{ports['admin']}",
        "--session-file",
        str(tmp_path / "no-session"),
        "--admin-ca",
        str(ca.cert),
    ]

    def veil(*extra: str) -> Result:
        return CliRunner().invoke(cli, [*base, *extra])

    refused = await asyncio.to_thread(veil)  # no client certificate: the handshake is refused
    assert refused.exit_code == 1 and "cannot reach the admin API" in refused.output, refused.output
    answered = await asyncio.to_thread(veil, "--admin-cert", str(operator.cert), "--admin-key", str(operator.key))
    assert answered.exit_code == 3 and "unauthorized" in answered.output, answered.output  # TLS passed; no session
    half = await asyncio.to_thread(veil, "--admin-cert", str(operator.cert))
    assert half.exit_code == 2 and "go together" in half.output, half.output


async def test_the_image_health_check_probes_readyz_over_https_or_http(
    running: tuple[dict[str, int], Ca, Ca], aiohttp_server: AiohttpServer
) -> None:
    """The Dockerfile's HEALTHCHECK program, pointed at a TLS listener and at a plain one."""
    check = dict(final_stage(dockerfile_instructions()))["HEALTHCHECK"]
    program = json.loads(check[check.index("CMD") + 3 :])[2]

    async def probe(port: int) -> int:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-c", program.replace("8080", str(port)))
        return await proc.wait()

    ports, _, _ = running
    assert await probe(ports["listen"]) == 0  # HTTPS, certificate from a CA the probe does not know

    async def ready(_: web.Request) -> web.Response:
        return web.json_response({"status": "ready"})

    plain = web.Application()
    plain.router.add_get("/readyz", ready)
    assert await probe((await aiohttp_server(plain)).port) == 0  # plain HTTP
    assert await probe(free_port()) == 1  # nothing listening
