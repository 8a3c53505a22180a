"""proxy/tls.py: contexts from the config's PEM files, errors that name the setting, and
certificate reloads that never leave a listener without a working pair."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import pytest
from cryptography import x509

from proxy.config import ClientTLS, ListenerTLS, load_settings, parse_settings
from proxy.errors import ConfigError
from proxy.tls import CertReloader, check_tls, client_context, server_context
from tests import helpers
from tests.tls_certs import Ca, make_ca

ENV = {
    "VEIL_SUB_CRM_SECRET": "sub",
    "VEIL_WA_APP_SECRET": "a",
    "VEIL_WA_VERIFY_TOKEN": "v",
    "VEIL_WA_ACCESS_TOKEN": "t",
}


async def _served_serial(ctx: ssl.SSLContext, cafile: Path) -> int:
    """The serial of the certificate a TLS server with `ctx` presents to a new connection."""

    async def close(_: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    server = await asyncio.start_server(close, "127.0.0.1", 0, ssl=ctx)
    port = server.sockets[0].getsockname()[1]
    try:
        client = ssl.create_default_context(cafile=str(cafile))
        _, writer = await asyncio.open_connection("127.0.0.1", port, ssl=client)
        der = writer.get_extra_info("ssl_object").getpeercert(binary_form=True)
        writer.close()
        return x509.load_der_x509_certificate(der).serial_number
    finally:
        server.close()
        await server.wait_closed()


def test_a_missing_or_mismatched_pair_names_the_setting_and_the_file(tmp_path: Path) -> None:
    ca = make_ca(tmp_path)
    one, other = ca.issue(tmp_path, "one"), ca.issue(tmp_path, "other")
    with pytest.raises(ConfigError) as missing:
        server_context(ListenerTLS(certfile=str(tmp_path / "nope.crt"), keyfile=str(one.key)), "admin.tls")
    assert missing.value.problems == [
        f"admin.tls: cannot load certfile {tmp_path / 'nope.crt'} with keyfile {one.key} (No such file or directory)"
    ]
    with pytest.raises(ConfigError, match=r"^listen\.tls: cannot load certfile .*KEY_VALUES_MISMATCH"):
        server_context(ListenerTLS(certfile=str(one.cert), keyfile=str(other.key)), "listen.tls")
    with pytest.raises(ConfigError, match=r"^admin\.tls\.client_cafile: cannot load .*garbage"):
        (tmp_path / "garbage").write_text("not a certificate")
        server_context(
            ListenerTLS(certfile=str(one.cert), keyfile=str(one.key), client_cafile=str(tmp_path / "garbage")),
            "admin.tls",
        )


def test_check_tls_lists_every_broken_file_of_listeners_and_subscribers(tmp_path: Path) -> None:
    ca = make_ca(tmp_path)
    good = ca.issue(tmp_path, "good")
    settings = parse_settings(
        {
            "listen": {"tls": {"certfile": str(good.cert), "keyfile": str(good.key)}},
            "admin": {"tls": {"certfile": str(tmp_path / "gone.crt"), "keyfile": str(good.key)}},
            "subscribers": [
                {
                    "name": "crm",
                    "url": "https://crm.example/hook",
                    "secret_env": "VEIL_SUB_CRM_SECRET",
                    "tls": {"cafile": str(tmp_path / "gone-ca.pem")},
                }
            ],
        },
        ENV,
    )
    with pytest.raises(ConfigError) as exc:
        check_tls(settings)
    assert [p.split(":")[0] for p in exc.value.problems] == ["admin.tls", "subscribers.0.tls.cafile"]


def test_a_client_certificate_needs_its_key() -> None:
    with pytest.raises(ConfigError, match=r"subscribers\.0\.tls: certfile and keyfile go together"):
        parse_settings(
            {
                "subscribers": [
                    {
                        "name": "crm",
                        "url": "https://crm.example/hook",
                        "secret_env": "VEIL_SUB_CRM_SECRET",
                        "tls": {"certfile": "c.pem"},
                    }
                ]
            },
            ENV,
        )
    assert client_context(ClientTLS(), "subscribers.0.tls").verify_mode == ssl.CERT_REQUIRED  # system CAs, verified


async def test_a_renewed_certificate_is_served_to_new_connections_a_broken_one_is_not(tmp_path: Path) -> None:
    ca = make_ca(tmp_path)
    first = ca.issue(tmp_path, "live")
    tls = ListenerTLS(certfile=str(first.cert), keyfile=str(first.key))
    ctx = server_context(tls, "listen.tls")
    reloader = CertReloader()
    reloader.watch(ctx, tls, "listen.tls")
    assert reloader.check() == []  # nothing changed
    assert await _served_serial(ctx, ca.cert) == first.serial

    renewed = ca.issue(tmp_path / "next", "live")  # the same paths, as an ACME client rewrites them
    first.cert.write_bytes(renewed.cert.read_bytes())
    first.key.write_bytes(renewed.key.read_bytes())
    assert reloader.check() == ["listen.tls"]
    assert await _served_serial(ctx, ca.cert) == renewed.serial

    half = ca.issue(tmp_path / "half", "live")  # the certificate written, its key not yet
    first.cert.write_bytes(half.cert.read_bytes())
    assert reloader.check() == []
    assert await _served_serial(ctx, ca.cert) == renewed.serial  # the old pair keeps serving
    first.key.write_bytes(half.key.read_bytes())
    assert reloader.check() == ["listen.tls"]
    assert await _served_serial(ctx, ca.cert) == half.serial


def test_the_shipped_tls_example_loads_with_real_files(tmp_path: Path) -> None:
    """config/veil-tls.yaml, its /etc/veil/tls/ files made here: every context builds."""
    ca, admins, internal = make_ca(tmp_path, "Web CA"), make_ca(tmp_path, "Admins CA"), make_ca(tmp_path, "Int CA")
    for made, name in (
        (ca.issue(tmp_path, "veil"), "veil"),
        (internal.issue(tmp_path, "veil-client", server=False), "veil-client"),
    ):
        assert made.cert == tmp_path / f"{name}.crt" and made.key == tmp_path / f"{name}.key"
    admins.cert.rename(tmp_path / "admins-ca.crt")
    internal.cert.rename(tmp_path / "internal-ca.crt")
    text = (helpers.ROOT / "config" / "veil-tls.yaml").read_text().replace("/etc/veil/tls/", f"{tmp_path}/")
    (tmp_path / "veil-tls.yaml").write_text(text)
    key = {"VEIL_SVC_CRM_KEY": "veil_sk_ab12cd34_0123456789abcdefghijklmnop"}
    settings = load_settings(tmp_path / "veil-tls.yaml", ENV | key)
    check_tls(settings)
    assert settings.admin.tls is not None and settings.admin.tls.client_cafile == str(tmp_path / "admins-ca.crt")
    assert server_context(settings.admin.tls, "admin.tls").verify_mode == ssl.CERT_REQUIRED


async def test_mutual_tls_trusts_only_the_client_ca_never_the_systems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A client certificate from a CA in the system's store (here: SSL_CERT_FILE, which OpenSSL's
    default verify paths read) must not pass an admin listener that names its own client CA."""
    ca, admins, public = make_ca(tmp_path, "Web CA"), make_ca(tmp_path, "Admins CA"), make_ca(tmp_path, "Public CA")
    monkeypatch.setenv("SSL_CERT_FILE", str(public.cert))
    server = ca.issue(tmp_path, "veil")
    ctx = server_context(
        ListenerTLS(certfile=str(server.cert), keyfile=str(server.key), client_cafile=str(admins.cert)), "admin.tls"
    )

    async def answer(_: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"ok")
        await writer.drain()
        writer.close()

    listener = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=ctx)
    port = listener.sockets[0].getsockname()[1]

    async def reply(who: Ca) -> bytes:
        client = ssl.create_default_context(cafile=str(ca.cert))
        pair = who.issue(tmp_path / who.name.replace(" ", "_"), "client", server=False)
        client.load_cert_chain(pair.cert, pair.key)
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=client)
        except (ssl.SSLError, ConnectionError):
            return b""
        try:
            return await reader.read(2)  # TLS 1.3: a refused certificate shows on the first read
        except (ssl.SSLError, ConnectionError):
            return b""
        finally:
            writer.close()

    try:
        assert await reply(admins) == b"ok"
        assert await reply(public) == b""  # the server hung up: the system's CAs are not trusted
    finally:
        listener.close()
        await listener.wait_closed()
