"""The admin API's client: what every data-touching `veil` command talks through.

It carries either the session saved by `veil admin login` (a 0600 file under
`$XDG_CONFIG_HOME/veil/`, never the password or the TOTP seed) or a service account's
Ed25519 key, signing each request (`proxy.access.service_accounts`). Redirects are never
followed. An answer becomes an `ApiError` with the API's code, which the CLI maps to
its exit codes (401/403 → refused, 400 → usage, anything else → failed).
"""

from __future__ import annotations

import base64
import json
import os
import ssl
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from proxy.access import sign_request
from proxy.errors import ApiError

TIMEOUT = aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=600)


@dataclass(frozen=True)
class Credentials:
    url: str
    token: str | None = None
    account: str | None = None
    account_key: Ed25519PrivateKey | None = None
    tls: ssl.SSLContext | None = None  # a private CA and/or a client certificate (else the system's CAs)


def save_session(path: Path, url: str, token: str, admin: str, expires_in: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    body = json.dumps({"url": url, "token": token, "admin": admin, "expires_at": int(time.time()) + expires_in})
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(body)
    os.replace(tmp, path)


def load_session(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("expires_at", 0) > time.time() else None


def load_account_key(path: Path) -> Ed25519PrivateKey:
    """A service account's private key: base64 of its 32-byte Ed25519 seed."""
    raw = base64.b64decode(path.read_text(encoding="utf-8").strip(), validate=True)
    return Ed25519PrivateKey.from_private_bytes(raw)


class AdminClient:
    def __init__(self, creds: Credentials) -> None:
        self.creds = creds
        self._ssl: ssl.SSLContext | bool = True if creds.tls is None else creds.tls

    def _headers(self, method: str, path_qs: str, body: bytes, has_body: bool) -> dict[str, str]:
        headers = {"Content-Type": "application/json"} if has_body else {}
        if self.creds.account and self.creds.account_key is not None:
            headers |= sign_request(self.creds.account_key, self.creds.account, method, path_qs, body)
        elif self.creds.token:
            headers["Authorization"] = f"Bearer {self.creds.token}"
        return headers

    async def call(self, method: str, path: str, body: Any = None) -> Any:
        raw = b"" if body is None else json.dumps(body).encode()
        async with (
            aiohttp.ClientSession(timeout=TIMEOUT) as http,
            http.request(
                method,
                self.creds.url.rstrip("/") + path,
                data=raw or None,
                allow_redirects=False,
                ssl=self._ssl,
                headers=self._headers(method, path, raw, body is not None),
            ) as resp,
        ):
            text = await resp.read()
            return _decode(resp.status, text)

    async def stream(self, method: str, path: str, body: Any = None) -> AsyncIterator[bytes]:
        """Chunks of a streamed answer (backup, bulk export)."""
        raw = b"" if body is None else json.dumps(body).encode()
        async with (
            aiohttp.ClientSession(timeout=TIMEOUT) as http,
            http.request(
                method,
                self.creds.url.rstrip("/") + path,
                data=raw or None,
                allow_redirects=False,
                ssl=self._ssl,
                headers=self._headers(method, path, raw, body is not None),
            ) as resp,
        ):
            if resp.status != 200:
                _decode(resp.status, await resp.read())
            async for chunk in resp.content.iter_chunked(64 * 1024):
                yield chunk

    async def upload(self, path: str, file: Path, progress: Callable[[int], None]) -> Any:
        """POST a file as the raw body, reporting bytes sent (restore)."""

        async def chunks() -> AsyncIterator[bytes]:
            with file.open("rb") as handle:
                while chunk := handle.read(256 * 1024):
                    progress(len(chunk))
                    yield chunk

        headers = {"Content-Type": "application/octet-stream"}
        if self.creds.token:
            headers["Authorization"] = f"Bearer {self.creds.token}"
        async with (
            aiohttp.ClientSession(timeout=TIMEOUT) as http,
            http.post(
                self.creds.url.rstrip("/") + path, data=chunks(), headers=headers, allow_redirects=False, ssl=self._ssl
            ) as resp,
        ):
            return _decode(resp.status, await resp.read())


def _decode(status: int, text: bytes) -> Any:
    try:
        body = json.loads(text) if text else {}
    except ValueError:
        body = {}
    if 200 <= status < 300:
        return body
    err = body.get("error", {}) if isinstance(body, dict) else {}
    listed = body.get("problems") if isinstance(body, dict) else None
    problems = tuple(str(p) for p in listed) if isinstance(listed, list) else ()
    raise ApiError(status, str(err.get("code", f"http_{status}")), str(err.get("message", "")), problems)
