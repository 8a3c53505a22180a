"""The /graph and /media paths and queries are parsed into typed models before any handler code.

A path that does not fit names no Graph object Veil proxies: 404 `not_proxied` in Graph's
error shape, the field named. A query that does not fit is 400 `bad_request`, the field named.
Python's `\\d` and `$` read "v٢٣.٠" and "v23.0\\n" as versions; the models do not.
"""

from __future__ import annotations

from typing import Any

from yarl import URL

from proxy.inbound import media
from tests.server.outbound_fakes import PNID, auth
from tests.server.test_egress_media import env, upload  # noqa: F401  (the fixture)

MESSAGE = {"messaging_product": "whatsapp", "to": "393471234567", "type": "text", "text": {"body": "hi"}}


def graph_error(answer: dict[str, Any], code: str, field: str) -> None:
    error = answer["error"]
    assert error["type"] == "VeilException" and error["error_data"]["veil_code"] == code, answer
    assert field in error["message"], answer


async def test_a_version_with_non_ascii_digits_or_a_newline_is_not_forwarded(env) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    client, graph, _ = env
    for version in ("v٢٣.٠", "v23.0%0A", "v" + "2" * 4000 + ".0"):
        path = URL(f"/graph/{version}/{PNID}/messages", encoded="%" in version)
        resp = await client.post(path, json=MESSAGE, headers=auth())
        assert resp.status == 404, version
        graph_error(await resp.json(), "not_proxied", "path.v")
    assert graph.seen == []


async def test_a_pnid_that_is_not_ascii_digits_is_named(env) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    client, graph, _ = env
    for pnid in ("not-a-number", "١٢٣٤٥", f"{PNID}%0A"):
        resp = await client.post(
            URL(f"/graph/v23.0/{pnid}/messages", encoded="%" in pnid), json=MESSAGE, headers=auth()
        )
        assert resp.status == 404, pnid
        graph_error(await resp.json(), "not_proxied", "path.pnid")
        resp = await client.post(URL(f"/graph/v23.0/{pnid}/media", encoded="%" in pnid), data=b"x", headers=auth())
        assert resp.status == 404, pnid
        graph_error(await resp.json(), "not_proxied", "path.pnid")
    assert graph.seen == []


async def test_a_media_id_that_is_not_meta_shaped_is_named(env) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    client, graph, _ = env
    for media_id in ("%ED%A0%80", "%C3%A9t%C3%A9", "abc_DEF-1", "1" * 40):
        for method in ("GET", "DELETE"):
            resp = await client.request(method, URL(f"/graph/v23.0/{media_id}", encoded=True), headers=auth())
            assert resp.status == 404, (method, media_id)
            graph_error(await resp.json(), "not_proxied", "path.media_id")
    assert graph.seen == []


async def test_media_lookup_query_is_typed(env) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    client, graph, _ = env
    media_id = await upload(client)
    sent = len(graph.seen)
    for query in (
        "phone_number_id=abc",
        "phone_number_id=%D9%A3",
        f"phone_number_id={PNID}&fields=url",
        f"phone_number_id={PNID}&phone_number_id={PNID}",
    ):
        for method in ("GET", "DELETE"):
            resp = await client.request(method, URL(f"/graph/v23.0/{media_id}?{query}", encoded=True), headers=auth())
            assert resp.status == 400, (method, query)
            graph_error(await resp.json(), "bad_request", "query")
    assert len(graph.seen) == sent  # nothing was sent to Meta
    resp = await client.get(f"/graph/v23.0/{media_id}?phone_number_id={PNID}", headers=auth())
    assert resp.status == 200 and graph.seen[-1].path == f"/v23.0/{media_id}?phone_number_id={PNID}"


async def test_media_paths_and_queries_are_typed(env) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    client, graph, apps = env
    await media.record_media(apps.runtime.redis, "default", "998877")
    resp = await client.get("/media/wa/998877?x=1", headers=auth())
    assert resp.status == 400 and "query.x" in (await resp.json())["error"]["message"]
    for path in ("/media/wa/%D9%A3%D9%A3", "/media/wa/%ED%A0%80", "/media/%ED%A0%80", "/media/h%C3%A9"):
        resp = await client.get(URL(path, encoded=True), headers=auth())
        answer = await resp.json()
        assert resp.status == 404 and answer["error"]["code"] == "media_not_found", (path, answer)
        assert "path." in answer["error"]["message"], (path, answer)
    assert graph.seen == []
    assert (await client.get("/media/wa/998877", headers=auth())).status == 200
