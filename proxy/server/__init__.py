"""The only importer of `aiohttp.web`: the three applications (public, admin, metrics), their
middleware, handlers and the one `Runtime` they share, built at start-up.
"""

from __future__ import annotations

from proxy.server.app import create_apps, run

__all__ = ["create_apps", "run"]
