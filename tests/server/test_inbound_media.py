"""Inbound media end to end: a signed image webhook reaches a CRM with Veil's media URL,
and the CRM downloads the bytes through it, over real HTTP and a real Redis.

Veil records the update's media id when it queues the update, looks the id up at the
fake Graph API itself when the URL is fetched, streams the bytes from the media host Meta
named, and lets through only MIME types the service's `media:` policy lists.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from pathlib import Path

from pytest_aiohttp import AiohttpServer
from yarl import URL

from tests.inbound.harness import Crm, Veil, payload, settings_for, subscriber, wait_for
from tests.server.outbound_fakes import BUSINESS_TOKEN, MEDIA_BYTES, auth, start

IMAGE_ID = "1003383421387256"


def _media(update: dict, kind: str) -> dict:  # type: ignore[type-arg]
    message: dict = update["entry"][0]["changes"][0]["value"]["messages"][0]  # type: ignore[type-arg]
    return message[kind]  # type: ignore[no-any-return]


async def test_an_image_from_a_webhook_downloads_through_veil(
    redis7_url: str,
    tmp_path: Path,
    aiohttp_server: AiohttpServer,
    make_crm: Callable[[], Awaitable[Crm]],
    start_veil: Callable[..., Awaitable[Veil]],
) -> None:
    graph = await start(aiohttp_server)
    crm = await make_crm()
    settings = settings_for(
        redis7_url,
        tmp_path,
        [subscriber("crm", crm.url)],
        whatsapp={"graph_base_url": graph.url, "media_hosts": ["127.0.0.1"], "timeout_s": 2.0},
        services=[{"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY", "media": ["image/jpeg"]}],
    )
    veil = await start_veil(settings)

    image = payload("webhook-image.json")
    assert (await veil.post(image)).status == 200
    await wait_for(lambda: len(crm.received) == 1, what="the image update delivered")
    delivered = _media(crm.bodies()[0], "image")
    assert delivered["id"] == IMAGE_ID and delivered["mime_type"] == "image/jpeg"
    assert delivered["url"] == f"https://veil.example/media/wa/{IMAGE_ID}"  # Meta's URL never reaches the CRM

    path = URL(delivered["url"]).path
    assert (await veil.client.get(path)).status == 401
    resp = await veil.client.get(path, headers=auth())
    assert resp.status == 200, await resp.text()
    assert await resp.read() == MEDIA_BYTES and resp.headers["Content-Type"] == "image/jpeg"
    lookup, download = graph.seen[-2:]
    assert lookup.path == f"/v23.0/{IMAGE_ID}" and lookup.headers["Authorization"] == f"Bearer {BUSINESS_TOKEN}"
    assert download.path.startswith("/lookaside/")
    # the id works for a Graph lookup through Veil too: it answers an opaque handle
    resp = await veil.client.get(f"/graph/v23.0/{IMAGE_ID}", headers=auth())
    assert resp.status == 200 and (await resp.json())["url"].startswith("https://veil.example/media/")

    # a document: the id is recorded as well, but this service's policy lists only image/jpeg
    document = copy.deepcopy(image)
    message = document["entry"][0]["changes"][0]["value"]["messages"][0]
    message["id"] = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgB="
    message["type"] = "document"
    message["document"] = {
        "id": "2003383421387257",
        "mime_type": "application/pdf",
        "filename": "invoice.pdf",
        "sha256": "x",
        "url": "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=2",
    }
    del message["image"]
    assert (await veil.post(document)).status == 200
    await wait_for(lambda: len(crm.received) == 2, what="the document update delivered")
    url = _media(crm.bodies()[1], "document")["url"]
    graph.behaviour["mime"] = "application/pdf"
    seen = len(graph.seen)
    resp = await veil.client.get(URL(url).path, headers=auth())
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "media_type_forbidden"
    assert [s.path for s in graph.seen[seen:]] == ["/v23.0/2003383421387257"]  # looked up, never downloaded
    # an id no webhook carried is still refused, without asking Meta
    seen = len(graph.seen)
    assert (await veil.client.get("/media/wa/5550001112223", headers=auth())).status == 404
    assert len(graph.seen) == seen
