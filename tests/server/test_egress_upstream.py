"""Upstream failures on the Graph path: redirects, timeouts, outages, error bodies."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from pytest_aiohttp import AiohttpClient, AiohttpServer
from yarl import URL

from proxy.detection.detector import Detector
from proxy.errors import UpstreamError
from proxy.outbound.upstream import BusinessToken, pass_request_headers
from proxy.server.app import create_apps
from tests.server.helpers import make_keys
from tests.server.outbound_fakes import BUSINESS_TOKEN, PHONE, PNID, auth, customer, payload, settings_for, start


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
    evil = await start(aiohttp_server)
    apps = create_apps(
        settings_for(redis7_url, tmp_path, graph), make_keys(key_env), data_dir=tmp_path, detector=detector
    )
    client = await aiohttp_client(apps.public)
    who = await customer(apps.runtime.vault)
    body = {"messaging_product": "whatsapp", "to": who.phone_token, "type": "text", "text": {"body": "hi"}}
    return client, graph, evil, body, who


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_redirects_are_never_followed(env, status: int) -> None:  # type: ignore[no-untyped-def]
    client, graph, evil, body, _ = env
    graph.behaviour = {"redirect": evil.url + "/v23.0/steal", "status": status}
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())
    assert resp.status == 502
    assert (await resp.json())["error"]["error_data"]["veil_code"] == "upstream_redirect"
    assert len(graph.seen) == 1 and evil.seen == []  # the detokenised body and the token stayed home


async def test_timeout_is_504_and_a_send_is_not_retried(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, _, body, _ = env
    graph.behaviour = {"delay": 3.0}  # settings: whatsapp.timeout_s = 2
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())
    answer = await resp.json()
    assert resp.status == 504 and answer["error"]["error_data"]["veil_code"] == "upstream_timeout"
    assert len(graph.seen) == 1  # a POST is never retried


async def test_unreachable_graph_is_502(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    apps = create_apps(
        settings_for(redis7_url, tmp_path, f"http://127.0.0.1:{port}"),
        make_keys(key_env),
        data_dir=tmp_path,
        detector=detector,
    )
    client = await aiohttp_client(apps.public)
    who = await customer(apps.runtime.vault)
    resp = await client.post(
        f"/graph/v23.0/{PNID}/messages",
        headers=auth(),
        json={"messaging_product": "whatsapp", "to": who.phone_token, "type": "text", "text": {"body": "hi"}},
    )
    answer = await resp.json()
    assert resp.status == 502 and answer["error"]["error_data"]["veil_code"] == "upstream_unavailable"
    assert PHONE not in json.dumps(answer)


async def test_graph_error_bodies_are_tokenised(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, _, body, who = env
    error = payload("graph-error-response.json")
    error["error"]["error_data"]["details"] = f"Recipient phone number not in allowed list: +{PHONE} (Sheena Nelson)"
    error["error"]["message"] = f"(#131030) {PHONE} not in allowed list"
    graph.behaviour = {"status": 400, "body": error}
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())
    answer = await resp.json()
    assert resp.status == 400
    text = json.dumps(answer)
    assert PHONE not in text and "Sheena Nelson" not in text
    assert who.phone_token in answer["error"]["message"]  # the echo of the value Veil put in is its token
    assert answer["error"]["code"] == 131030 and answer["error"]["fbtrace_id"] == error["error"]["fbtrace_id"]
    assert "tok_person_" in answer["error"]["error_data"]["details"]


async def test_expired_token_error_passes_without_pii(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, _, body, _ = env
    graph.behaviour = {"status": 401, "body": payload("graph-error-response-expired-token.json")}
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())
    answer = await resp.json()
    assert resp.status == 401
    assert answer["error"]["code"] == 190 and answer["error"]["error_subcode"] == 463


async def test_non_json_answers_are_not_passed_on(env) -> None:  # type: ignore[no-untyped-def]
    client, graph, _, body, _ = env
    graph.behaviour = {"status": 500, "html": f"<html>upstream broke for {PHONE}</html>"}
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", json=body, headers=auth())
    answer = await resp.json()
    assert resp.status == 502 and answer["error"]["error_data"]["veil_code"] == "upstream_bad_response"
    assert PHONE not in json.dumps(answer)


def test_business_token_goes_only_to_graph_and_media_hosts() -> None:
    token = BusinessToken(BUSINESS_TOKEN, URL("https://graph.facebook.com"), ("*.fbsbx.com",))
    assert token.for_graph(URL("https://graph.facebook.com/v23.0/1/messages"))
    assert token.for_media(URL("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"))
    for url in [
        "https://graph.facebook.com.evil.example/v23.0/x",
        "http://graph.facebook.com/v23.0/x",
        "https://graph.facebook.com:444/v23.0/x",
        "https://evil.example/v23.0/x",
        "https://user@graph.facebook.com/v23.0/x",
    ]:
        with pytest.raises(UpstreamError):
            token.for_graph(URL(url))
    for url in [
        "https://fbsbx.com.evil.example/x",
        "http://lookaside.fbsbx.com/x",
        "https://evil.example/x",
        "https://x@lookaside.fbsbx.com/x",
        "https://graph.facebook.com/x",
        "ftp://lookaside.fbsbx.com/x",
    ]:
        with pytest.raises(UpstreamError):
            token.for_media(URL(url))


def test_request_header_allow_list() -> None:
    headers = {
        "Authorization": "Bearer veil_sk_x",
        "Cookie": "a=b",
        "Connection": "keep-alive",
        "Proxy-Authorization": "x",
        "X-Api-Key": "k",
        "Content-Type": "application/json",
        "Accept": "application/json",
        "Transfer-Encoding": "chunked",
        "Host": "evil",
        "Upgrade": "h2c",
    }
    assert pass_request_headers(headers) == {"Content-Type": "application/json", "Accept": "application/json"}
