"""The OpenAPI documents describe every route the listeners serve (and nothing else), name
their request models, and are served; errors Veil did not expect are answered in the
documented shape, logged with a traceback and the request id, and counted; under /graph
every error comes in Graph's error object."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from aiohttp import web
from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.errors import PermissionDenied
from proxy.metrics import Metrics
from proxy.server.app import create_apps
from proxy.server.app_keys import LISTENER, METRICS
from proxy.server.middleware import errors_to_json, request_id
from proxy.server.openapi import admin_document, public_document
from tests.server.access_kit import access_settings, bootstrap, login
from tests.server.helpers import make_keys

# Served but not operations of an API: Graph paths Veil refuses (404 not_proxied) and the console's pages.
UNDOCUMENTED = ("/graph{tail}", "/console")


def _served(app: web.Application) -> set[tuple[str, str]]:
    out = set()
    for route in app.router.routes():
        path = route.resource.canonical if route.resource is not None else ""
        if route.method == "HEAD" or path.startswith(UNDOCUMENTED):
            continue
        if path == "/graph/{v}/{pnid}/{op}":
            out |= {("post", "/graph/{v}/{pnid}/messages"), ("post", "/graph/{v}/{pnid}/marketing_messages")}
        elif route.method == "*":
            out |= {(m, path) for m in ("get", "post", "put", "patch", "delete")}
        else:
            out.add((route.method.lower(), path))
    return out


def _documented(doc: dict[str, object]) -> set[tuple[str, str]]:
    paths = doc["paths"]
    assert isinstance(paths, dict)
    return {(method, path) for path, ops in paths.items() for method in ops}


def test_every_served_route_is_documented_and_nothing_else(tmp_path: Path, key_env: dict[str, str]) -> None:
    apps = create_apps(access_settings("redis://127.0.0.1:9/0", tmp_path), make_keys(key_env), data_dir=tmp_path)
    assert _served(apps.public) == _documented(public_document())
    admin = {(m, p) for m, p in _served(apps.admin) if p.startswith("/admin/v1")}
    assert admin == _documented(admin_document())


def test_request_bodies_are_the_handlers_models() -> None:
    doc = admin_document()
    erase = doc["paths"]["/admin/v1/subjects/erase"]["post"]
    assert erase["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/SubjectCall"}
    call = doc["components"]["schemas"]["SubjectCall"]
    assert call["additionalProperties"] is False and call["required"] == ["subject"]
    tenant = call["properties"]["tenant"]["anyOf"][0]
    assert tenant["type"] == "string" and tenant["minLength"] == 1  # a name, never an object read as "absent"
    compact = doc["components"]["schemas"]["Compact"]["properties"]["older_than_days"]
    assert compact["type"] == "integer" and compact["maximum"] == 36_500
    assert set(erase["responses"]) == {"200", "400", "401", "403", "404", "413", "503"}
    graph = public_document()["paths"]["/graph/{v}/{pnid}/messages"]["post"]["responses"]["403"]
    assert graph["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/GraphErrorBody"}


async def test_the_admin_document_is_served_as_a_page(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    # the session's analyzer, as the other admin tests inject it: a detector pool of its own would load six
    # languages' models in a worker process for a test that detects nothing
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public, admin = await aiohttp_client(apps.public), await aiohttp_client(apps.admin)
    assert (await (await public.get("/v1/openapi.json")).json()) == public_document()
    assert (await admin.get("/admin/v1/docs")).status == 401
    session = await login(admin, "alice", await bootstrap(apps))
    page = await admin.get("/admin/v1/docs", headers=session)
    html = await page.text()
    assert page.status == 200 and page.content_type == "text/html"
    assert "POST /admin/v1/subjects/erase" in html and "id='schema-SubjectCall'" in html
    assert "<script" not in html and "src=" not in html and "<link" not in html  # nothing loaded from elsewhere
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]


@pytest.fixture
def failing_app() -> web.Application:
    app = web.Application(middlewares=[request_id, errors_to_json])
    app[METRICS] = Metrics()
    app[LISTENER] = "public"

    async def boom(request: web.Request) -> web.Response:
        raise RuntimeError("a bug")

    async def refused(request: web.Request) -> web.Response:
        raise PermissionDenied("cross_subject_token", "another subject's token")

    app.router.add_post("/v1/boom", boom)
    app.router.add_post("/graph/v23.0/1/messages", refused)
    app.router.add_post("/graph/v23.0/1/boom", boom)
    return app


async def test_an_unexpected_error_is_logged_counted_and_answered_in_the_documented_shape(
    aiohttp_client: AiohttpClient, failing_app: web.Application, caplog: pytest.LogCaptureFixture
) -> None:
    client = await aiohttp_client(failing_app)
    with caplog.at_level(logging.ERROR, logger="veil.http"):
        resp = await client.post("/v1/boom")
    rid = resp.headers["X-Request-Id"]
    assert resp.status == 500
    assert await resp.json() == {"error": {"code": "internal_error", "message": "internal error", "request_id": rid}}
    [record] = [r for r in caplog.records if r.name == "veil.http"]
    assert record.exc_info is not None and rid in record.getMessage()
    metrics = failing_app[METRICS]
    assert (
        metrics.registry.get_sample_value(
            "veil_http_unhandled_errors_total", {"listener": "public", "route": "/v1/boom", "exception": "RuntimeError"}
        )
        == 1.0
    )


async def test_graph_errors_come_in_graphs_shape_with_veils_code(
    aiohttp_client: AiohttpClient, failing_app: web.Application
) -> None:
    client = await aiohttp_client(failing_app)
    resp = await client.post("/graph/v23.0/1/messages")
    rid = resp.headers["X-Request-Id"]
    error = (await resp.json())["error"]
    assert resp.status == 403 and error["code"] == 10 and error["type"] == "VeilException"
    assert error["error_data"]["veil_code"] == "cross_subject_token" and error["fbtrace_id"] == rid
    boom = await client.post("/graph/v23.0/1/boom")
    assert boom.status == 500 and (await boom.json())["error"]["error_data"]["veil_code"] == "internal_error"
    trace = await client.request("TRACE", "/graph/v23.0/1/messages")
    assert trace.status == 405 and trace.headers["Allow"] == "POST"
