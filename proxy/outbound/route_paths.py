"""Which generic route a path belongs to, and the upstream URL it may reach.

The upstream URL is the route's base joined with the percent-decoded remainder, and
nothing else can be reached (docs/design.md, Generic routes; docs/decisions.md 13b): yarl would
otherwise turn `base + "@evil.example/x"` into a request to evil.example, normalise
`/../admin` and `/%2e%2e/admin` out of the base path, and let `//evil.example/x` change
the host. So a remainder containing `@`, `//`, `\\`, a `.` or `..` segment, a scheme,
a control character, or anything still percent-encoded after one decoding is refused
(400 `bad_route_path`) before any I/O, and the built URL is checked once more to have
the base's origin and to sit under its path. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import unquote

from yarl import URL

from proxy.config import RouteSettings, Settings
from proxy.errors import BadRequest
from proxy.outbound.upstream import same_origin

CONTROL = re.compile(r"[\x00-\x1f\x7f]")
SCHEME = re.compile(r"^/*[A-Za-z][A-Za-z0-9+.-]*:")


def find_route(settings: Settings, path: str) -> tuple[str, RouteSettings, str] | None:
    """(name, route, raw remainder) of the longest configured prefix `path` falls under."""
    best: tuple[str, RouteSettings, str] | None = None
    for name, route in settings.routes.items():
        prefix = settings.route_prefix(name)
        if path == prefix or path.startswith(prefix + "/"):
            if best is None or len(prefix) > len(settings.route_prefix(best[0])):
                best = (name, route, path[len(prefix) :])
    return best


def _refused(why: str) -> BadRequest:
    return BadRequest([f"route path refused: {why}"], "bad_route_path")


def _refuse_if(condition: bool, why: str) -> None:
    if condition:
        raise _refused(why)


def check_remainder(raw: str) -> str:
    """The decoded remainder (starting with "/" or empty), or 400 `bad_route_path`."""
    _refuse_if(bool(CONTROL.search(raw)), "control character")
    try:
        decoded = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        raise _refused("not UTF-8 once decoded") from None
    for text in (raw, decoded):
        _refuse_if(bool(CONTROL.search(text)), "control character")
        _refuse_if("@" in text, "'@'")
        _refuse_if("\\" in text, "backslash")
        _refuse_if("//" in text, "'//'")
        _refuse_if(bool(SCHEME.match(text)), "a scheme")
        segments = text.split("/")
        _refuse_if(any(s in (".", "..") for s in segments) or ".." in text, "dot segment")
    _refuse_if("%" in decoded, "still percent-encoded after decoding")
    _refuse_if("?" in decoded or "#" in decoded, "'?' or '#' inside the path")
    _refuse_if(bool(decoded) and not decoded.startswith("/"), "not a sub-path")
    return decoded


def upstream_url(base: str, raw_remainder: str, query: Mapping[str, str] | None = None) -> URL:
    """The route's base URL joined with the checked remainder (query re-encoded by yarl)."""
    decoded = check_remainder(raw_remainder)
    base_url = URL(base)
    base_path = base_url.path.rstrip("/")
    url = base_url.with_path(base_path + decoded if decoded else base_url.path)
    if query:
        url = url.with_query(query)
    inside = url.path == base_url.path or url.path.startswith(base_path + "/")
    _refuse_if(not same_origin(url, base_url) or not inside or bool(url.user), "leaves the route's base URL")
    return url
