"""Access log lines that name the route template, never the raw path or query.

aiohttp's default access log writes the request line as received: query strings
(`hub.verify_token`, `hub.challenge`), media handles and tokens in paths would land
in logs. Here a line carries method, route template, status, size, duration and
the request id, which is all an operator needs to follow a request.
"""

from __future__ import annotations

import logging

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from proxy.server.app_keys import REQUEST_ID


def _route(request: web.BaseRequest) -> str:
    """The route template; "rejected" for a request aiohttp refused before routing it (a NUL
    in a header, an oversized header): it has no match info, and reading it would raise."""
    if not isinstance(request, web.Request):
        return "rejected"
    try:
        resource = request.match_info.route.resource
    except AssertionError:  # aiohttp asserts match info exists; a rejected request never got one
        return "rejected"
    return resource.canonical if resource is not None else "unmatched"


class RouteAccessLogger(AbstractAccessLogger):
    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        route = _route(request)
        self.logger.info(
            "%s %s %d",
            request.method,
            route,
            response.status,
            extra={
                "route": route,
                "status": response.status,
                "duration_ms": round(time * 1000, 2),
                "size": response.body_length,
                "request_id": request.get(REQUEST_ID, "-"),
            },
        )

    @property
    def enabled(self) -> bool:
        return self.logger.isEnabledFor(logging.INFO)
