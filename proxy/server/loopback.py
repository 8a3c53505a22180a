"""The admin application's private listener: a Unix socket of this worker process, for the console.

The console acts through the admin API over HTTP, its middleware and handlers unchanged
(docs/console.md says why). Calling back over the admin listener's own TCP socket cannot work
when that listener demands a client certificate (`admin.tls.client_cafile`): the console has
none, and minting one would mean a key every worker's listener must be taught to trust. So
each worker also serves the same admin application on a Unix socket in a fresh 0700
directory, and the console calls that. Two locks, both only this process can open: the
directory (only Veil's own user, which can read Veil's keys anyway, may connect) and a random
per-process credential that every request on the socket must carry, checked before anything
else (`guard`), so another process of the same user that finds the socket still gets 403.
Only the admin API and `/readyz` answer there. The admin session still authenticates every
call; what the socket skips is the transport's client-certificate check, which the browser's
own request to the console already passed on the real listener. TCP listeners, mTLS included,
are unchanged.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import shutil
import tempfile
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

log = logging.getLogger("veil.server")
HEADER = "X-Veil-Loopback"
ORIGIN = "http://veil-admin"  # the Host of a call over the socket (any name would do: no DNS, no TCP)
SERVED = ("/admin/v1/", "/readyz")


@dataclass(eq=False)
class Loopback:
    """The socket (once `open`), its credential, and the console's pooled client of it."""

    secret: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    path: str | None = None
    _http: aiohttp.ClientSession | None = None

    async def open(self, runner: web.BaseRunner) -> None:
        """Serve `runner`'s application on a new socket in a new 0700 directory. If that
        cannot be done (no writable `$TMPDIR`, a path too long for a socket) Veil serves on:
        only the console lacks its way in (it falls back to the listener's address, which
        mutual TLS refuses), and a WARNING says so."""
        folder = None
        try:
            folder = tempfile.mkdtemp(prefix="veil-admin-")  # mode 0700, whatever the umask
            path = os.path.join(folder, "admin.sock")
            await web.UnixSite(runner, path).start()
        except OSError as exc:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            log.warning(
                "console: no private admin socket (%s); the console calls the admin listener instead, "
                "which does not work under mutual TLS",
                exc.strerror or type(exc).__name__,
            )
            return
        self.path = path

    def client(self) -> aiohttp.ClientSession:
        """The console's client of the socket (made at first use: the socket opens after start-up)."""
        if self.path is None:
            raise RuntimeError("the admin loopback socket is not open")
        if self._http is None:
            self._http = aiohttp.ClientSession(
                connector=aiohttp.UnixConnector(path=self.path),
                timeout=aiohttp.ClientTimeout(total=120),
                trust_env=False,
                headers={HEADER: self.secret},
            )
        return self._http

    async def close(self) -> None:
        """Close the client and remove the directory (the runner stops the socket itself)."""
        if self._http is not None:
            await self._http.close()
            self._http = None
        if self.path is not None:
            shutil.rmtree(os.path.dirname(self.path), ignore_errors=True)
            self.path = None

    def guard(self) -> Middleware:
        """Refuse a request on a Unix socket without this process's credential, or off the API."""
        secret = self.secret.encode()

        @web.middleware
        async def loopback_guard(request: web.Request, handler: Handler) -> web.StreamResponse:
            sock = request.transport.get_extra_info("sockname") if request.transport else None
            if isinstance(sock, str | bytes):  # an AF_UNIX connection (TCP names a (host, port) tuple)
                sent = request.headers.get(HEADER, "").encode()
                if not hmac.compare_digest(sent, secret) or not request.path.startswith(SERVED):
                    return web.json_response(
                        {"error": {"code": "forbidden", "message": "not this process"}}, status=403
                    )
            return await handler(request)

        return loopback_guard
