"""Fakes for the outbound tests: a Graph API and a CRM on loopback that record what they get.

Both are real aiohttp servers (pytest-aiohttp's `aiohttp_server`): Veil talks to them over
TCP exactly as it talks to Meta and to a CRM's REST API. `behaviour` switches a fake into
answering errors, redirects or slowly, so failure handling is tested end to end.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web
from pytest_aiohttp import AiohttpServer

from proxy.config import Settings, parse_settings
from proxy.vault.entities import PHONE_NUMBER, WHATSAPP_MESSAGE_ID, WHATSAPP_USER_ID
from proxy.vault.subjects import Alias
from proxy.vault.tokens import Shape
from proxy.vault.vault import TokenizeRequest, Vault
from tests.helpers import PAYLOADS
from tests.server.helpers import BASE_ENV, SERVICE_KEY

PNID = "106540352242922"
WABA = "102290129340398"
PHONE = "16505551234"
BSUID = "US.13491208655302741918"
WAMID_IN = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA="
WAMID_OUT = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJCOTY3NDc0NDFDRUI3NTA0Q0UA"
BUSINESS_TOKEN = "business-token"  # noqa: S105 - the fake's expected value
RAW_KEY = "veil_sk_rawsvc01_0123456789abcdefghijklmnopqrstuv"
OTHER_KEY = "veil_sk_other001_0123456789abcdefghijklmnopqrstuv"
MEDIA_BYTES = b"\xff\xd8\xff\xe0 fake jpeg bytes " * 100


def payload(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAYLOADS / name).read_text())
    return data


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Fake:
    """A recording upstream. `behaviour`: {"status": int, "body": obj, "delay": s, "redirect": url,
    "media_url": url, "mime": str, "echo": bool, "set_cookie": value}."""

    url: str = ""
    seen: list[Seen] = field(default_factory=list)
    behaviour: dict[str, Any] = field(default_factory=dict)

    async def record(self, request: web.Request) -> Seen:
        seen = Seen(request.method, request.raw_path, dict(request.headers), await request.read())
        self.seen.append(seen)
        if self.behaviour.get("delay"):
            await asyncio.sleep(self.behaviour["delay"])
        return seen

    def special(self) -> web.Response | None:
        b = self.behaviour
        if b.get("html"):
            return web.Response(text=b["html"], status=b.get("status", 500), content_type="text/html")
        if b.get("redirect"):
            return web.Response(status=b.get("status", 307), headers={"Location": b["redirect"]})
        if b.get("status") and b["status"] >= 400:
            return web.json_response(b.get("body", {"error": {"message": "boom"}}), status=b["status"])
        return None


def _send_answer(body: dict[str, Any], path: str) -> dict[str, Any]:
    target = body.get("to") or body.get("recipient") or ""
    contact = {"input": target, "wa_id": "" if target.startswith("US.") else target.lstrip("+").replace(" ", "")}
    if target.startswith("US."):
        contact["user_id"] = target
    message: dict[str, Any] = {"id": WAMID_OUT}
    if path.endswith("marketing_messages"):
        message["message_status"] = "accepted"
    return {"messaging_product": "whatsapp", "contacts": [contact], "messages": [message]}


def graph_app(fake: Fake) -> web.Application:
    async def messages(request: web.Request) -> web.Response:
        seen = await fake.record(request)
        if (special := fake.special()) is not None:
            return special
        body = seen.json()
        if body.get("status") == "read":
            return web.json_response({"success": True})
        return web.json_response(_send_answer(body, seen.path))

    async def upload(request: web.Request) -> web.Response:
        await fake.record(request)
        return fake.special() or web.json_response({"id": "1037543291543636"})

    async def media_get(request: web.Request) -> web.Response:
        await fake.record(request)
        if (special := fake.special()) is not None:
            return special
        answer = payload("media-get-url-response.json") | {"id": request.match_info["media_id"]}
        answer["url"] = fake.behaviour.get("media_url", fake.url + "/lookaside/whatsapp_business/attachments/?mid=1")
        answer["mime_type"] = fake.behaviour.get("mime", "image/jpeg")
        return web.json_response(answer)

    async def media_delete(request: web.Request) -> web.Response:
        await fake.record(request)
        return fake.special() or web.json_response({"success": True})

    async def lookaside(request: web.Request) -> web.Response:
        await fake.record(request)
        if (special := fake.special()) is not None:
            return special
        return web.Response(body=MEDIA_BYTES, content_type=fake.behaviour.get("mime", "image/jpeg"))

    async def anything(request: web.Request) -> web.Response:
        await fake.record(request)
        return web.json_response({"success": True})

    app = web.Application()
    app.router.add_post("/{v}/{pnid}/{op:messages|marketing_messages}", messages)
    app.router.add_post("/{v}/{pnid}/media", upload)
    app.router.add_get("/lookaside/{tail:.*}", lookaside)
    app.router.add_get("/{v}/{media_id}", media_get)
    app.router.add_delete("/{v}/{media_id}", media_delete)
    app.router.add_route("*", "/{tail:.*}", anything)
    return app


def crm_app(fake: Fake) -> web.Application:
    """A CRM REST API: stores what it is sent and answers it back (as REST APIs do)."""

    async def any_path(request: web.Request) -> web.Response:
        seen = await fake.record(request)
        if (special := fake.special()) is not None:
            return special
        if "body" in fake.behaviour:
            return web.json_response(fake.behaviour["body"], status=fake.behaviour.get("status", 200))
        stored = seen.json() if seen.body else {}
        answer = web.json_response({"id": "c-1", "stored": stored, "path": seen.path}, status=201)
        if fake.behaviour.get("set_cookie"):
            answer.set_cookie("crm_session", fake.behaviour["set_cookie"])
        return answer

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", any_path)
    return app


async def start(aiohttp_server: AiohttpServer, kind: str = "graph") -> Fake:
    fake = Fake()
    server = await aiohttp_server(graph_app(fake) if kind == "graph" else crm_app(fake))
    fake.url = str(server.make_url("")).rstrip("/")
    return fake


def settings_for(
    redis_url: str, tmp_path: Path, graph: Fake | str, *, env: dict[str, str] | None = None, **extra: Any
) -> Settings:
    base = graph if isinstance(graph, str) else graph.url
    raw: dict[str, Any] = {
        "vault": {"url": redis_url},
        "audit": {"sink": str(tmp_path / "audit.jsonl")},
        "whatsapp": {"graph_base_url": base, "media_hosts": ["127.0.0.1"], "timeout_s": 2.0},
        "listen": {"public_url": "https://veil.example"},
        "services": [
            {
                "name": "crm",
                "api_key_env": "VEIL_SVC_CRM_KEY",
                "use": ["PHONE_NUMBER", "WHATSAPP_USER_ID", "PERSON", "LOCATION", "EMAIL_ADDRESS"],
                "media": ["image/*"],
            },
            {
                "name": "rawsvc",
                "api_key_env": "VEIL_SVC_RAW_KEY",
                "use": ["PHONE_NUMBER", "PERSON"],
                "raw_recipients": True,
            },
        ],
    } | extra
    return parse_settings(raw, BASE_ENV | {"VEIL_SVC_RAW_KEY": RAW_KEY, "VEIL_SVC_OTHER_KEY": OTHER_KEY} | (env or {}))


def auth(key: str = SERVICE_KEY) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@dataclass
class Customer:
    subject: str
    phone_token: str

    async def token(
        self,
        vault: Vault,
        value: str,
        entity: str,
        tenant: str = "default",
        shape: Shape = Shape.TEXT,
        identifier: bool = False,
    ) -> str:
        [m] = await vault.tokenize(tenant, [TokenizeRequest(value, entity, self.subject, shape, identifier=identifier)])
        return m.token

    async def wamid(self, vault: Vault, wamid: str = WAMID_IN, tenant: str = "default") -> str:
        return await self.token(vault, wamid, WHATSAPP_MESSAGE_ID, tenant, Shape.WAMID, identifier=True)


async def customer(vault: Vault, phone: str = PHONE, tenant: str = "default") -> Customer:
    """A customer as the inbound path would create it: subject by alias, wa_id token."""
    resolution = await vault.subjects.resolve(tenant, [Alias("wa_id", phone)])
    [m] = await vault.tokenize(
        tenant, [TokenizeRequest(phone, PHONE_NUMBER, resolution.subject, Shape.DIGITS, identifier=True)]
    )
    return Customer(resolution.subject, m.token)


async def bsuid_customer(vault: Vault, bsuid: str = BSUID, tenant: str = "default") -> Customer:
    resolution = await vault.subjects.resolve(tenant, [Alias("bsuid", bsuid)])
    [m] = await vault.tokenize(
        tenant, [TokenizeRequest(bsuid, WHATSAPP_USER_ID, resolution.subject, Shape.BSUID, identifier=True)]
    )
    return Customer(resolution.subject, m.token)
