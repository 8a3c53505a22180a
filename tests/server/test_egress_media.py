"""Media through Veil: uploads recorded, lookups answered with opaque handles, bytes streamed.

A handle is bound to tenant and media id, lives at most 5 minutes, needs the service key and
a MIME type the service's `media:` policy lists; the business token goes only to media hosts
Meta named for Veil's own lookup.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

import aiohttp
import pytest
from pytest_aiohttp import AiohttpClient, AiohttpServer
from yarl import URL

from proxy.detection.detector import Detector
from proxy.inbound import media
from proxy.kv import keyspace
from proxy.server.app import create_apps
from tests.server.helpers import make_keys
from tests.server.outbound_fakes import BUSINESS_TOKEN, MEDIA_BYTES, OTHER_KEY, PNID, RAW_KEY, auth, settings_for, start

MEDIA_ID = "1037543291543636"


@pytest.fixture
async def env(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
):  # type: ignore[no-untyped-def]
    graph = await start(aiohttp_server)
    settings = settings_for(
        redis7_url,
        tmp_path,
        graph,
        env={"VEIL_GLOBEX_TOKEN": "globex-token"},
        tenants=[
            {"name": "default", "phone_number_ids": [PNID]},
            {"name": "globex", "phone_number_ids": ["222333444555"], "access_token_env": "VEIL_GLOBEX_TOKEN"},
        ],
        services=[
            {"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY", "media": ["image/*"]},
            {"name": "rawsvc", "api_key_env": "VEIL_SVC_RAW_KEY"},  # media: nothing
            {"name": "other", "tenant": "globex", "api_key_env": "VEIL_SVC_OTHER_KEY", "media": ["*"]},
        ],
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    return client, graph, apps


async def upload(client, data: bytes = MEDIA_BYTES) -> str:  # type: ignore[no-untyped-def]
    form = aiohttp.FormData()
    form.add_field("messaging_product", "whatsapp")
    form.add_field("file", data, filename="parcel.jpg", content_type="image/jpeg")
    resp = await client.post(f"/graph/v23.0/{PNID}/media", data=form, headers=auth())
    answer = await resp.json()
    assert resp.status == 200, answer
    return str(answer["id"])


async def test_upload_lookup_handle_download(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, _ = env
    media_id = await upload(client)
    [up] = graph.seen
    assert up.path == f"/v23.0/{PNID}/media" and up.headers["Authorization"] == f"Bearer {BUSINESS_TOKEN}"
    assert MEDIA_BYTES in up.body and up.headers["Content-Type"].startswith("multipart/form-data")

    resp = await client.get(f"/graph/v23.0/{media_id}", headers=auth())
    info = await resp.json()
    assert resp.status == 200, info
    assert info["mime_type"] == "image/jpeg" and info["id"] == media_id
    assert info["url"].startswith("https://veil.example/media/")  # under listen.public_url
    assert "lookaside" not in str(info) and graph.url not in str(info)  # Meta's URL never leaves Veil

    handle_path = URL(info["url"]).path
    assert (await client.get(handle_path)).status == 401
    resp = await client.get(handle_path, headers=auth())
    assert resp.status == 200 and await resp.read() == MEDIA_BYTES
    assert resp.headers["Content-Type"] == "image/jpeg" and resp.headers["Cache-Control"] == "no-store"
    download = graph.seen[-1]
    assert download.path.startswith("/lookaside/") and download.headers["Authorization"] == f"Bearer {BUSINESS_TOKEN}"


async def test_handles_are_short_lived_and_random(env) -> None:  # type: ignore[no-untyped-def]
    client, _, apps = env
    media_id = await upload(client)
    urls = [(await (await client.get(f"/graph/v23.0/{media_id}", headers=auth())).json())["url"] for _ in range(2)]
    assert urls[0] != urls[1]
    handle = URL(urls[0]).path.rsplit("/", 1)[1]
    key = keyspace.media_handle(hashlib.sha256(handle.encode()).hexdigest())
    redis = apps.runtime.redis
    assert 0 < await redis.ttl(key) <= 300
    assert handle.encode() not in b"".join([await redis.get(key) or b""])  # stored by digest only
    await redis.pexpire(key, 1)
    await asyncio.sleep(0.05)
    resp = await client.get(f"/media/{handle}", headers=auth())
    assert resp.status == 404 and (await resp.json())["error"]["code"] == "media_not_found"


async def test_handle_of_another_tenant_is_not_found(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, _ = env
    media_id = await upload(client)
    info = await (await client.get(f"/graph/v23.0/{media_id}", headers=auth())).json()
    before = len(graph.seen)
    resp = await client.get(URL(info["url"]).path, headers=auth(OTHER_KEY))
    assert resp.status == 404
    # nor can the other tenant look the media id up or delete it
    assert (await client.get(f"/graph/v23.0/{media_id}", headers=auth(OTHER_KEY))).status == 404
    assert (await client.delete(f"/graph/v23.0/{media_id}", headers=auth(OTHER_KEY))).status == 404
    assert (await client.get(f"/media/wa/{media_id}", headers=auth(OTHER_KEY))).status == 404
    assert len(graph.seen) == before


async def test_mime_policy(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, _ = env
    media_id = await upload(client)
    info = await (await client.get(f"/graph/v23.0/{media_id}", headers=auth())).json()
    before = len(graph.seen)
    resp = await client.get(URL(info["url"]).path, headers=auth(RAW_KEY))  # same tenant, media: []
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "media_type_forbidden"
    assert len(graph.seen) == before
    graph.behaviour = {"mime": "application/pdf"}
    info = await (await client.get(f"/graph/v23.0/{media_id}", headers=auth())).json()
    resp = await client.get(URL(info["url"]).path, headers=auth())  # crm may fetch image/* only
    assert resp.status == 403
    assert not any(s.path.startswith("/lookaside/") for s in graph.seen[before:])


async def test_the_token_goes_only_to_allowed_media_hosts(env, aiohttp_server: AiohttpServer) -> None:  # type: ignore[no-untyped-def]
    client, graph, _ = env
    evil = await start(aiohttp_server)
    media_id = await upload(client)
    graph.behaviour = {"media_url": evil.url.replace("127.0.0.1", "localhost") + "/lookaside/x"}
    resp = await client.get(f"/graph/v23.0/{media_id}", headers=auth())
    assert resp.status == 502 and (await resp.json())["error"]["error_data"]["veil_code"] == "media_host_refused"
    assert evil.seen == []


async def test_media_host_redirect_is_not_followed(env, aiohttp_server: AiohttpServer) -> None:  # type: ignore[no-untyped-def]
    client, graph, _ = env
    evil = await start(aiohttp_server)
    media_id = await upload(client)
    info = await (await client.get(f"/graph/v23.0/{media_id}", headers=auth())).json()
    graph.behaviour = {"redirect": evil.url + "/steal"}
    resp = await client.get(URL(info["url"]).path, headers=auth())
    assert resp.status == 502 and (await resp.json())["error"]["code"] == "upstream_redirect"
    assert evil.seen == []


async def test_stable_webhook_media_url(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, apps = env
    await media.record_media(apps.runtime.redis, "default", "998877")  # as a webhook would
    url = media.media_url("https://veil.example", "998877")
    path = URL(url).path
    assert (await client.get(path)).status == 401
    resp = await client.get(path, headers=auth())
    assert resp.status == 200 and await resp.read() == MEDIA_BYTES
    lookup, download = graph.seen[-2:]
    assert lookup.path == "/v23.0/998877" and download.path.startswith("/lookaside/")
    assert (await client.get("/media/wa/111222", headers=auth())).status == 404  # never seen


async def test_unknown_media_ids_are_not_proxied_and_delete_forgets(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, _ = env
    assert (await client.get("/graph/v23.0/123456789", headers=auth())).status == 404
    assert (await client.delete("/graph/v23.0/123456789", headers=auth())).status == 404
    assert graph.seen == []
    media_id = await upload(client)
    resp = await client.delete(f"/graph/v23.0/{media_id}", headers=auth())
    assert resp.status == 200 and await resp.json() == {"success": True}
    assert graph.seen[-1].method == "DELETE" and graph.seen[-1].headers["Authorization"] == f"Bearer {BUSINESS_TOKEN}"
    assert (await client.get(f"/graph/v23.0/{media_id}", headers=auth())).status == 404


async def test_upload_needs_multipart_and_a_tenant_number(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, _ = env
    resp = await client.post(f"/graph/v23.0/{PNID}/media", json={"file": "x"}, headers=auth())
    assert resp.status == 415
    form = aiohttp.FormData()
    form.add_field("file", b"x", filename="a.jpg", content_type="image/jpeg")
    resp = await client.post("/graph/v23.0/222333444555/media", data=form, headers=auth())
    assert resp.status == 404
    assert graph.seen == []


def test_mime_allowed() -> None:
    assert media.mime_allowed({"image/*"}, "image/jpeg")
    assert media.mime_allowed({"image/jpeg"}, "image/jpeg; charset=binary")
    assert media.mime_allowed({"*"}, "application/pdf")
    assert not media.mime_allowed(set(), "image/jpeg")
    assert not media.mime_allowed({"image/*"}, "application/pdf")
    assert not media.mime_allowed({"image/*"}, "")
