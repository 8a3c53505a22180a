"""The console's one way to act: the admin API, over HTTP, from inside this worker process.

Every page reads and every button acts by calling `/admin/v1/…` with the signed-in admin's
own session token, exactly as `veil` does, so the admin API's handlers run unchanged:
the same scope, tenant and step-up checks, the same audit entries (actor `admin:<name>`),
the same errors. The console never imports a handler or reads Redis itself, so it cannot
drift from the API nor bypass it.

The calls go to this worker's private Unix socket (`proxy/server/loopback.py`), where the
same admin application answers, with the process's own credential: so they work whether the
admin listener is plain HTTP, HTTPS or mutual TLS (the console has no client certificate, and
needs none there). An admin application served without that socket (a test's or a
benchmark's own runner) falls back to the local address of the browser's own connection
(`sockname`), i.e. this very listener on this host, never a host a request could name: over
HTTPS without verifying the certificate (the kernel keeps that address on this host, and a
pinned certificate would break at each renewal), and not at all under mutual TLS (503).
"""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from proxy.server.app_keys import CONSOLE_HTTP, LOOPBACK, RUNTIME
from proxy.server.loopback import ORIGIN

API = "/admin/v1"


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: Any  # the decoded JSON (None when the answer was not JSON)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def error(self) -> str:
        """The admin API's error message, or its status: shown on the page (never carries a value)."""
        if isinstance(self.body, dict) and isinstance(self.body.get("error"), dict):
            err = self.body["error"]
            return f"{err.get('message', '')} ({err.get('code', self.status)})"
        return f"the admin API answered {self.status}"

    @property
    def code(self) -> str:
        if isinstance(self.body, dict) and isinstance(self.body.get("error"), dict):
            return str(self.body["error"].get("code", ""))
        return ""


def _listener_url(request: web.Request) -> str:
    tls = request.app[RUNTIME].settings.admin.tls
    if tls is not None and tls.client_cafile is not None:
        raise web.HTTPServiceUnavailable(reason="The console cannot call an admin API that needs client certificates")
    sock = request.transport.get_extra_info("sockname") if request.transport else None
    if not sock:
        raise web.HTTPServiceUnavailable(reason="No listener address")
    scheme, host, port = "https" if tls is not None else "http", sock[0], sock[1]
    return f"{scheme}://[{host}]:{port}" if ":" in host else f"{scheme}://{host}:{port}"


def _loopback_tls() -> ssl.SSLContext:
    """The client side of a call to this very listener (see the module's docstring)."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class AdminApi:
    """The admin API as the signed-in admin (or anonymously, for login and enrolment)."""

    def __init__(self, request: web.Request, token: str | None) -> None:
        loopback = request.app[LOOPBACK]
        if loopback.path is not None:
            self._http, self._root = loopback.client(), ORIGIN
        else:
            self._http, self._root = request.app[CONSOLE_HTTP], _listener_url(request)
        self._base = self._root + API
        self._token = token

    async def call(
        self,
        method: str,
        path: str,
        *,
        body: dict[str, Any] | None = None,
        params: dict[str, str] | None = None,
        outside_api: bool = False,
    ) -> Answer:
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        url = (self._root if outside_api else self._base) + path
        try:
            async with self._http.request(
                method, url, json=body, params=params, headers=headers, allow_redirects=False
            ) as resp:
                raw = await resp.read()
        except (aiohttp.ClientError, TimeoutError):
            raise web.HTTPServiceUnavailable(reason="The admin API could not be reached") from None
        try:
            decoded = json.loads(raw) if raw else None
        except ValueError:
            decoded = None
        return Answer(resp.status, decoded)

    async def get(self, path: str, **params: str) -> Answer:
        return await self.call("GET", path, params={k: v for k, v in params.items() if v} or None)

    async def post(self, path: str, body: dict[str, Any] | None = None) -> Answer:
        return await self.call("POST", path, body=body or {})

    async def readiness(self) -> Answer:
        """The listener's `/readyz` (Redis, keys, policies, failing subscribers)."""
        return await self.call("GET", "/readyz", outside_api=True)

    async def delete(self, path: str) -> Answer:
        return await self.call("DELETE", path)


async def http_ctx(app: web.Application) -> Any:
    """The pooled client of the fallback, closed with the application, as the loopback's is."""
    timeout = aiohttp.ClientTimeout(total=120)
    connector = aiohttp.TCPConnector(ssl=_loopback_tls() if app[RUNTIME].settings.admin.tls else True)
    async with aiohttp.ClientSession(timeout=timeout, trust_env=False, connector=connector) as http:
        app[CONSOLE_HTTP] = http
        yield
        await app[LOOPBACK].close()
