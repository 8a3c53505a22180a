"""The OpenAPI documents, served: `/v1/openapi.json` on the public listener;
`/admin/v1/openapi.json` and `/admin/v1/docs` (the same document as a page, rendered
here: nothing loaded from elsewhere, no script) on the admin listener, behind its guard."""

from __future__ import annotations

import functools
import json
from html import escape
from typing import Any

from aiohttp import web

from proxy.server.openapi import admin_document, public_document


@functools.cache
def _public() -> bytes:
    return json.dumps(public_document()).encode()


@functools.cache
def _admin() -> bytes:
    return json.dumps(admin_document()).encode()


async def public_openapi(request: web.Request) -> web.Response:
    return web.Response(body=_public(), content_type="application/json")


async def admin_openapi(request: web.Request) -> web.Response:
    return web.Response(body=_admin(), content_type="application/json")


def _schema_text(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        return f'<a href="#schema-{escape(name)}">{escape(name)}</a>'
    return f"<code>{escape(json.dumps(schema, ensure_ascii=False))}</code>"


def render(doc: dict[str, Any]) -> str:
    """The document as one HTML page: each operation with its parameters, body and answers,
    then each schema."""
    out = [
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(doc['info']['title'])}</title>",
        "<style>body{font-family:sans-serif;max-width:70em;margin:auto}code{white-space:pre-wrap}"
        "h3{margin-bottom:0}table{border-collapse:collapse}td{border:1px solid #ccc;padding:2px 6px}</style>",
        f"</head><body><h1>{escape(doc['info']['title'])}</h1><p>{escape(doc['info'].get('description', ''))}</p>",
        "<p><a href='openapi.json'>openapi.json</a></p><h2>Operations</h2>",
    ]
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            out.append(f"<h3>{escape(method.upper())} {escape(path)}</h3><p>{escape(op.get('summary', ''))}</p>")
            rows = [
                f"<tr><td>{escape(p['in'])}</td><td>{escape(p['name'])}</td>"
                f"<td>{'required' if p['required'] else ''}</td><td>{_schema_text(p['schema'])}</td></tr>"
                for p in op.get("parameters", [])
            ]
            for media, body in op.get("requestBody", {}).get("content", {}).items():
                rows.append(
                    f"<tr><td>body</td><td>{escape(media)}</td><td></td><td>{_schema_text(body['schema'])}</td></tr>"
                )
            for status, answer in op["responses"].items():
                schemas = [_schema_text(c["schema"]) for c in answer.get("content", {}).values()]
                rows.append(
                    f"<tr><td>answer</td><td>{escape(status)}</td><td>{escape(answer['description'])}</td>"
                    f"<td>{' '.join(schemas)}</td></tr>"
                )
            out.append("<table>" + "".join(rows) + "</table>")
    out.append("<h2>Schemas</h2>")
    for name, schema in doc["components"].get("schemas", {}).items():
        out.append(
            f"<h3 id='schema-{escape(name)}'>{escape(name)}</h3>"
            f"<code>{escape(json.dumps(schema, indent=2, ensure_ascii=False))}</code>"
        )
    out.append("</body></html>")
    return "".join(out)


@functools.cache
def _admin_page() -> str:
    return render(admin_document())


async def admin_page(request: web.Request) -> web.Response:
    return web.Response(
        text=_admin_page(),
        content_type="text/html",
        headers={
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
            "X-Content-Type-Options": "nosniff",
        },
    )


PUBLIC_ROUTES = [web.get("/v1/openapi.json", public_openapi)]
ADMIN_ROUTES = [web.get("/admin/v1/openapi.json", admin_openapi), web.get("/admin/v1/docs", admin_page)]
