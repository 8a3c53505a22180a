"""Without a browser (plain HTTP, the same forms): a new admin enrols on the console with its
one-time token and signs in with the TOTP seed it was shown; a wrong code in an inline
step-up refuses a reveal (no value shown) and the erasure (nothing erased), a right one lets
the erasure through."""

from __future__ import annotations

import re
from pathlib import Path

import aiohttp
from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from tests.pii_guard import PiiValues
from tests.server.access_kit import PASSWORD, Totp, access_settings, bootstrap
from tests.server.console.kit import EMAIL, NAME, PHONE, customer, start_admin
from tests.server.helpers import make_keys


def csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert found is not None, html
    return found.group(1)


async def test_enrol_then_sign_in_and_inline_step_up(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: PiiValues,
) -> None:
    pii_values.add(PHONE, NAME, EMAIL)
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public = await aiohttp_client(apps.public)
    server = await start_admin(apps)
    base = str(server.make_url("")).rstrip("/")
    await bootstrap(apps)
    tokens = await customer(public)
    enrolment_token = await apps.runtime.admins.create("carol", tenant="", created_by="admin:alice")
    try:
        async with aiohttp.ClientSession(base, cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            form = await (await http.get("/console/enrol")).text()
            wrong = await http.post(
                "/console/enrol", data={"csrf": csrf(form), "token": "veil_et_nope", "password": PASSWORD}
            )
            assert wrong.status == 401 and "otpauth://" not in await wrong.text()
            done = await http.post(
                "/console/enrol", data={"csrf": csrf(form), "token": enrolment_token, "password": PASSWORD}
            )
            page = await done.text()
            uri = re.search(r"(otpauth://[^<\s]+)", page)
            assert done.status == 200 and uri is not None
            totp = Totp(uri.group(1).replace("&amp;", "&"))
            login = await (await http.get("/console/login")).text()
            signed = await http.post(
                "/console/login",
                allow_redirects=False,
                data={"csrf": csrf(login), "name": "carol", "password": PASSWORD, "code": totp.code()},
            )
            assert signed.status == 303

            found = await http.post(
                "/console/subjects/lookup",
                data={
                    "csrf": csrf(await (await http.get("/console/subjects")).text()),
                    "subject": tokens[1],
                    "tenant": "default",
                },
            )
            page = await found.text()
            ref = re.search(r'name="ref" value="([^"]+)"', page)
            assert found.status == 200 and ref is not None
            reveal = {
                "csrf": csrf(page),
                "ref": ref.group(1),
                "tenant": "default",
                "token": tokens[1],
                "purpose": "support-callback",
                "code": "000000",
            }
            wrong_reveal = await http.post("/console/subjects/reveal-token", data=reveal)
            shown = await wrong_reveal.text()  # refused: that row's prompt open again, no value
            assert wrong_reveal.status == 403 and NAME not in shown and '<details class="reveal" open>' in shown
            erase = {"csrf": csrf(page), "ref": ref.group(1), "tenant": "default", "confirm": "ERASE"}
            refused = await http.post("/console/subjects/erase", allow_redirects=False, data=erase | {"code": "000000"})
            assert refused.status == 403 and "step" not in refused.headers.get("Location", "")
            still = await apps.runtime.vault.reveal("default", tokens)
            assert [getattr(r, "value", None) for r in still] == [PHONE, NAME, EMAIL]
            erased = await http.post(
                "/console/subjects/erase", allow_redirects=False, data=erase | {"code": totp.code()}
            )
            assert erased.status == 303 and erased.headers["Location"].startswith("/console/erasures/era_")
            gone = await apps.runtime.vault.reveal("default", tokens)
            assert not any(hasattr(r, "value") for r in gone)
    finally:
        await server.close()
    audit = (tmp_path / "audit.jsonl").read_text()
    assert '"action":"admin_enrol"' in audit and '"action":"step_up"' in audit
    assert '"action":"reveal"' not in audit  # the refused reveal revealed nothing
