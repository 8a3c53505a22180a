"""Hostile forms on every console action: never a 5xx, never an unhandled exception.

The console's actions hand their form fields, as text, to the admin API's own handlers,
whose typed models refuse what is wrong (docs/console.md). This sends each POST route of
the console, signed in and with a valid CSRF token, the bodies a fuzzer would: fields
missing or repeated, invalid UTF-8 (a lone surrogate's bytes), non-ASCII digits, 4 KB
values, a body over the limit, a file part, JSON instead of a form, nothing at all.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import aiohttp
import pytest
from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from proxy.server.console.render import ROOT
from tests.server.access_kit import PASSWORD, access_settings, bootstrap
from tests.server.console.kit import start_admin
from tests.server.helpers import make_keys

FIELDS = (
    "subject",
    "tenant",
    "ref",
    "token",
    "purpose",
    "code",
    "confirm",
    "name",
    "password",
    "id",
    "reason",
    "subscriber",
    "partition",
    "entry",
    "text",
    "language",
    "action",
    "actor",
    "outcome",
    "since",
    "until",
)
LONG = "9" * 4096  # each field; all of them together stay under the body limit


def _bodies(csrf: str) -> list[tuple[str, bytes | aiohttp.FormData, str]]:
    """(label, body, content type) for one route, each carrying the session's CSRF token."""

    def encoded(extra: str) -> bytes:
        return f"csrf={csrf}&{extra}".encode()

    every = "&".join(f"{f}={{v}}" for f in FIELDS)
    multipart = aiohttp.FormData()
    multipart.add_field("csrf", csrf)
    multipart.add_field("subject", b"\x00\xff" * 10, filename="x.bin", content_type="application/octet-stream")
    return [
        ("nothing", encoded(""), "application/x-www-form-urlencoded"),
        ("lone surrogate bytes", encoded(every.format(v="%ED%A0%80")), "application/x-www-form-urlencoded"),
        ("invalid UTF-8", encoded(every.format(v="%FF%FE")), "application/x-www-form-urlencoded"),
        ("non-ASCII digits", encoded(every.format(v="%D9%A3%C2%B2")), "application/x-www-form-urlencoded"),
        ("4 KB values", encoded(every.format(v=LONG)), "application/x-www-form-urlencoded"),
        ("over the body limit", encoded("subject=" + "9" * 3_000_000), "application/x-www-form-urlencoded"),
        ("repeated fields", encoded("&".join(f"{f}=a&{f}=b" for f in FIELDS)), "application/x-www-form-urlencoded"),
        ("NUL and controls", encoded(every.format(v="%00%0A%0D%1B")), "application/x-www-form-urlencoded"),
        ("JSON", b'{"csrf": "' + csrf.encode() + b'", "subject": {"kind": []}}', "application/json"),
        ("a file part", multipart, ""),
    ]


async def test_no_console_action_answers_5xx(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    caplog: pytest.LogCaptureFixture,
) -> None:
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    await aiohttp_client(apps.public)
    server = await start_admin(apps)
    base = str(server.make_url("")).rstrip("/")
    totp = await bootstrap(apps)
    routes = sorted(
        {
            r.resource.canonical
            for r in apps.admin.router.routes()
            if r.method == "POST" and r.resource is not None and r.resource.canonical.startswith(ROOT)
        }
    )
    assert len(routes) >= 10, routes  # every action, not a few
    answers: dict[tuple[str, str], int] = {}
    try:
        async with aiohttp.ClientSession(base, cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            login = await (await http.get(f"{ROOT}/login")).text()
            token = re.search(r'name="csrf" value="([0-9a-f]+)"', login)
            assert token is not None
            signed = await http.post(
                f"{ROOT}/login",
                allow_redirects=False,
                data={"csrf": token.group(1), "name": "alice", "password": PASSWORD, "code": totp.code()},
            )
            assert signed.status == 303
            page = await (await http.get(f"{ROOT}/audit")).text()
            found = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
            assert found is not None
            csrf = found.group(1)
            with caplog.at_level(logging.ERROR):
                for route in routes:
                    path = re.sub(r"\{[^}]+\}", "era_0123456789abcdef", route)
                    if path.endswith("/logout"):
                        continue  # signs the session out: sent last, below
                    for label, body, ctype in _bodies(csrf):
                        headers = {"Content-Type": ctype} if ctype else {}
                        sent = io.BytesIO(body) if isinstance(body, bytes) else body
                        resp = await http.post(path, data=sent, headers=headers, allow_redirects=False)
                        answers[(path, label)] = resp.status
                out = await http.post(f"{ROOT}/logout", data={"csrf": csrf}, allow_redirects=False)
                assert out.status < 500
    finally:
        await server.close()
    server_errors = {k: v for k, v in answers.items() if v >= 500}
    assert server_errors == {}
    assert len(answers) >= 10 * (len(routes) - 1)
    unhandled = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert unhandled == []
