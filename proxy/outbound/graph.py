"""Graph API facts of the outbound path: which tenant owns a number, its token, its URLs.

A call runs in the calling service's tenant; a `phone_number_id` that tenant does not
own is answered 404, exactly like a path Veil does not proxy, so a service cannot even
learn which numbers other tenants have (docs/decisions.md 5c). Without a `tenants:` section
the one tenant, `default`, owns every number. Pure: settings in, values out.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from yarl import URL

from proxy.config import DEFAULT_TENANT, Settings
from proxy.detection import Places
from proxy.errors import NotFound, VeilError
from proxy.outbound.upstream import BusinessToken

API_VERSION = re.compile(r"\Av[0-9]{1,3}\.[0-9]{1,3}\Z")  # ASCII digits; no trailing newline
PNID = re.compile(r"\A[0-9]{1,32}\Z")
NOT_PROXIED = "Veil does not proxy this Graph API path"  # the message of a 404 `not_proxied`


def tenant_of_pnid(settings: Settings, pnid: str) -> str | None:
    if not PNID.match(pnid):
        return None
    if not settings.tenants:
        return DEFAULT_TENANT
    for tenant in settings.tenants:
        if pnid in tenant.phone_number_ids:
            return tenant.name
    return None


def check_pnid(settings: Settings, tenant: str, pnid: str) -> None:
    """404 unless `pnid` belongs to `tenant`."""
    if tenant_of_pnid(settings, pnid) != tenant:
        raise NotFound("not_proxied", "phone number id not found")


def business_token(settings: Settings, tenant: str) -> BusinessToken:
    token: str | None = None
    for t in settings.tenants:
        if t.name == tenant and (t.access_token_env or t.access_token_file):
            token = settings.secret(t.access_token_env, t.access_token_file)
    if token is None:
        wa = settings.whatsapp
        token = settings.secret(wa.access_token_env, wa.access_token_file)
    if not token:
        raise VeilError("no Graph access token configured for this tenant")
    return BusinessToken(token, URL(settings.whatsapp.graph_base_url), tuple(settings.whatsapp.media_hosts))


def graph_url(settings: Settings, *segments: str, query: dict[str, str] | None = None) -> URL:
    """`graph_base_url` + the given path segments, each percent-encoded (never joined raw)."""
    base = URL(settings.whatsapp.graph_base_url)
    path = base.raw_path.rstrip("/") + "".join("/" + quote(s, safe="") for s in segments)
    url = base.with_path(path, encoded=True)
    return url.with_query(query) if query else url


def detection_context(settings: Settings, tenant: str) -> tuple[str, list[str]]:
    """(language, phone regions) the detector uses for this tenant's texts."""
    for t in settings.tenants:
        if t.name == tenant:
            return t.language, list(t.phone_regions)
    return "en", []


def tenant_places(settings: Settings, tenant: str) -> Places | None:
    """The tenant's `places` ("all": every place found in its texts tokenised), None when it set none
    (then `detection.places`)."""
    for t in settings.tenants:
        if t.name == tenant:
            return t.places
    return None
