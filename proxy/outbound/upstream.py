"""Outbound HTTP to the Graph API, Meta's media hosts and generic-route upstreams.

Everything Veil sends out goes through here, on the one pooled `aiohttp.ClientSession`
the server owns (`Runtime.http`, proxy/server/runtime.py). What must stay true:

- **Redirects are never followed** (`allow_redirects=False` on every call): a 3xx would
  carry a detokenised body or a credential to a host the config never named, so it
  becomes 502 `upstream_redirect` (docs/decisions.md 13a).
- **Headers by allow-list**, both ways: the caller's credentials (its Veil key, cookies)
  and hop-by-hop headers never reach an upstream, and an upstream's cookies and auth
  challenges never reach the caller. The session keeps no cookies (`DummyCookieJar`): it is
  shared by every tenant and service, so a kept cookie would cross from one to another.
- **The business token goes to two places only**: the origin of
  `whatsapp.graph_base_url`, and media hosts matching `whatsapp.media_hosts` — the latter
  only for a URL Meta returned to a media lookup Veil made itself (callers of
  `BusinessToken.for_media` pass only such URLs; nothing a service sends is ever one).
- **Failures are clear and bounded**: a timeout is 504 `upstream_timeout`, a connection
  failure 502 `upstream_unavailable`, an over-long body 502 `upstream_too_large`. Only
  idempotent methods are retried, once, and only when no response was received.
"""

from __future__ import annotations

import asyncio
import fnmatch
import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

import aiohttp
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from proxy.errors import UpstreamError

log = logging.getLogger("veil.upstream")

REQUEST_HEADERS = frozenset(
    {
        "content-type",
        "accept",
        "accept-language",
        "if-match",
        "if-none-match",
        "if-modified-since",
        "idempotency-key",
    }
)
RESPONSE_HEADERS = frozenset(
    {
        "content-type",
        "cache-control",
        "etag",
        "last-modified",
        "retry-after",
        "location",
        "x-business-use-case-usage",
        "x-app-usage",
    }
)
RETRYABLE = frozenset({"GET", "HEAD", "PUT", "DELETE"})
CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    headers: CIMultiDictProxy[str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()


def pass_request_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The caller's headers an upstream may see: the allow-list, nothing else."""
    return {k: v for k, v in headers.items() if k.lower() in REQUEST_HEADERS}


def pass_response_headers(headers: Mapping[str, str]) -> CIMultiDict[str]:
    out: CIMultiDict[str] = CIMultiDict()
    for k, v in headers.items():
        if k.lower() in RESPONSE_HEADERS:
            out.add(k, v)
    return out


def same_origin(url: URL, base: URL) -> bool:
    return (url.scheme, url.host, url.explicit_port or url.port) == (
        base.scheme,
        base.host,
        base.explicit_port or base.port,
    )


@dataclass(frozen=True, slots=True)
class BusinessToken:
    """A tenant's Graph access token and the only places it may be sent."""

    token: str
    graph_base: URL
    media_hosts: tuple[str, ...]

    def for_graph(self, url: URL) -> dict[str, str]:
        base_path = self.graph_base.path.rstrip("/") + "/"
        if not same_origin(url, self.graph_base) or url.user or not url.path.startswith(base_path):
            raise UpstreamError(502, "credential_refused", "the business token goes only to graph_base_url")
        return {"Authorization": f"Bearer {self.token}"}

    def for_media(self, url: URL) -> dict[str, str]:
        """For a media URL Meta returned to Veil's own lookup: only hosts of `media_hosts`."""
        schemes = {"https", self.graph_base.scheme}  # plain http only when the Graph base is http (tests)
        host = (url.host or "").lower().rstrip(".")
        allowed = any(fnmatch.fnmatchcase(host, pattern.lower()) for pattern in self.media_hosts)
        if url.scheme not in schemes or not host or url.user or url.password or not allowed:
            raise UpstreamError(502, "media_host_refused", "media URL is not on an allowed media host")
        return {"Authorization": f"Bearer {self.token}"}


def _request_kwargs(method: str, url: URL, headers: Mapping[str, str], timeout_s: float) -> dict[str, object]:
    return {
        "method": method,
        "url": url,
        "headers": dict(headers),
        "allow_redirects": False,
        "timeout": aiohttp.ClientTimeout(total=timeout_s, connect=min(5.0, timeout_s)),
    }


def _check_status(resp: aiohttp.ClientResponse) -> None:
    if 300 <= resp.status < 400:
        raise UpstreamError(502, "upstream_redirect", f"upstream answered {resp.status}; redirects are not followed")


async def _read_capped(resp: aiohttp.ClientResponse, max_body: int) -> bytes:
    if resp.content_length is not None and resp.content_length > max_body:
        raise UpstreamError(502, "upstream_too_large", f"upstream body exceeds {max_body} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in resp.content.iter_chunked(CHUNK):
        size += len(chunk)
        if size > max_body:
            raise UpstreamError(502, "upstream_too_large", f"upstream body exceeds {max_body} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def fetch(
    session: aiohttp.ClientSession,
    method: str,
    url: URL,
    *,
    headers: Mapping[str, str],
    data: object = None,
    timeout_s: float = 30.0,
    max_body: int = 8 * 1024 * 1024,
) -> Reply:
    """One buffered exchange; the upstream host is in `url`, never chosen by a redirect."""
    attempts = 2 if method.upper() in RETRYABLE else 1
    for attempt in range(attempts):
        try:
            async with session.request(data=data, **_request_kwargs(method, url, headers, timeout_s)) as resp:  # type: ignore[arg-type]
                _check_status(resp)
                body = await _read_capped(resp, max_body)
                return Reply(resp.status, resp.headers, body)
        except UpstreamError:
            raise
        except TimeoutError:
            raise UpstreamError(504, "upstream_timeout", f"upstream did not answer within {timeout_s:g} s") from None
        except (aiohttp.ClientConnectionError, OSError) as exc:
            if attempt + 1 < attempts:
                log.info("upstream connection failed (%s); retrying an idempotent %s once", type(exc).__name__, method)
                await asyncio.sleep(0.05)
                continue
            raise UpstreamError(502, "upstream_unavailable", f"upstream unreachable ({type(exc).__name__})") from None
        except aiohttp.ClientError as exc:
            raise UpstreamError(502, "upstream_unavailable", f"upstream failed ({type(exc).__name__})") from None
    raise UpstreamError(502, "upstream_unavailable", "upstream unreachable")  # pragma: no cover - loop always returns


@asynccontextmanager
async def stream(
    session: aiohttp.ClientSession,
    method: str,
    url: URL,
    *,
    headers: Mapping[str, str],
    data: object = None,
    timeout_s: float = 300.0,
) -> AsyncIterator[aiohttp.ClientResponse]:
    """An exchange whose body the caller streams (media); the same redirect and error rules."""
    try:
        async with session.request(data=data, **_request_kwargs(method, url, headers, timeout_s)) as resp:  # type: ignore[arg-type]
            _check_status(resp)
            yield resp
    except UpstreamError:
        raise
    except TimeoutError:
        raise UpstreamError(504, "upstream_timeout", f"upstream did not answer within {timeout_s:g} s") from None
    except (aiohttp.ClientError, OSError) as exc:
        raise UpstreamError(502, "upstream_unavailable", f"upstream failed ({type(exc).__name__})") from None
