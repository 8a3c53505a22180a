"""The console's one way to act: the admin API, over HTTP, on the listener the browser came in on.

Every page reads and every button acts by calling `/admin/v1/…` with the signed-in admin's
own session token, exactly as `veil` does, so the admin API's handlers run unchanged:
the same scope, tenant and step-up checks, the same audit entries (actor `admin:<name>`),
the same errors. The console never imports a handler or reads Redis itself, so it cannot
drift from the API nor bypass it. The connection goes to the local address of the
browser's own connection (`sockname`), i.e. this very listener on this host, never to a
host a request could name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from proxy.server.app_keys import CONSOLE_HTTP

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
    sock = request.transport.get_extra_info("sockname") if request.transport else None
    if not sock:
        raise web.HTTPServiceUnavailable(reason="No listener address")
    host, port = sock[0], sock[1]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class AdminApi:
    """The admin API as the signed-in admin (or anonymously, for login and enrolment)."""

    def __init__(self, request: web.Request, token: str | None) -> None:
        self._http = request.app[CONSOLE_HTTP]
        self._root = _listener_url(request)
        self._base = self._root + API
        self._token = token

    async def call(self, method: str, path: str, *, body: dict[str, Any] | None = None,
                   params: dict[str, str] | None = None, outside_api: bool = False) -> Answer:
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        url = (self._root if outside_api else self._base) + path
        async with self._http.request(method, url, json=body, params=params, headers=headers,
                                      allow_redirects=False) as resp:
            raw = await resp.read()
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
    """One pooled client for the console's calls, closed with the application."""
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout, trust_env=False) as http:
        app[CONSOLE_HTTP] = http
        yield
