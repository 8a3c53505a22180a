"""Inbound fixtures: Veil's real apps on a real Redis, real CRM servers on loopback.

`Crm` is an aiohttp server that records every delivery (headers and raw body) and can
be told to fail, answer slowly or check signatures; `PywaCrm` is a CRM built with pywa
(`app_secret` = the subscriber secret, `validate_updates=True`) that parses what Veil
delivers into pywa objects. `Veil` wraps the public app with a signed-webhook sender.
Intervals are shrunk so retries, leases and dead letters play out in seconds.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import hmac
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from pytest_aiohttp import AiohttpClient, AiohttpServer
from pywa_async import WhatsApp, handlers

from proxy.config import Settings, parse_settings
from proxy.detection.detector import Detector
from proxy.server.app import Apps, create_apps
from tests.helpers import PAYLOADS
from tests.server.helpers import BASE_ENV, make_keys

APP_SECRET = "app-secret"
SECRETS = {"crm": "sub-secret", "crm2": "sub2-secret", "crm3": "sub3-secret"}
ENV = BASE_ENV | {
    "VEIL_SUB_CRM2_SECRET": SECRETS["crm2"],
    "VEIL_SUB_CRM3_SECRET": SECRETS["crm3"],
    "VEIL_ACME_APP_SECRET": "acme-app-secret",
    "VEIL_ACME_VERIFY": "acme-verify",
}
FAST = {
    "ingress": {
        "poll_interval_s": 0.02,
        "retry_base_s": 0.05,
        "monitor_interval_s": 0.2,
        "shards": 2,
        "max_attempts": 3,
    },
    "delivery": {
        "partitions": 4,
        "poll_interval_s": 0.02,
        "backoff_base_s": 0.05,
        "backoff_max_s": 0.2,
        "lease_s": 2.0,
    },
}


PYWA_HANDLERS = (
    handlers.MessageHandler,
    handlers.MessageStatusHandler,
    handlers.CallbackButtonHandler,
    handlers.CallbackSelectionHandler,
    handlers.FlowCompletionHandler,
    handlers.PhoneNumberChangeHandler,
    handlers.IdentityChangeHandler,
    handlers.OutgoingMessageHandler,
    handlers.UserMarketingPreferencesHandler,
    handlers.TemplateStatusUpdateHandler,
    handlers.AccountUpdateHandler,
)


def payload(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAYLOADS / name).read_text())
    return data


def text_message(wamid: str, body: str = "hello", wa_id: str = "16505551234") -> dict[str, Any]:
    """A text message webhook from `wa_id` with this wamid and body (no BSUID)."""
    data = copy.deepcopy(payload("webhook-text.json"))
    value = data["entry"][0]["changes"][0]["value"]
    value["contacts"][0]["wa_id"] = wa_id
    value["contacts"][0].pop("user_id")
    value["messages"][0] |= {"id": wamid, "from": wa_id, "text": {"body": body}}
    value["messages"][0].pop("from_user_id")
    return data


def payload_names() -> list[str]:
    return sorted(p.name for p in PAYLOADS.glob("webhook-*.json") if p.name != "webhook-verify-get.json")


def sign(body: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def subscriber(name: str, url: str, **extra: Any) -> dict[str, Any]:
    env = "VEIL_SUB_CRM_SECRET" if name == "crm" else f"VEIL_SUB_{name.upper()}_SECRET"
    return {"name": name, "url": url, "secret_env": env, "timeout_s": 2.0} | extra


def settings_for(redis_url: str, tmp_path: Path, subscribers: list[dict[str, Any]], **extra: Any) -> Settings:
    raw: dict[str, Any] = (
        {
            "vault": {"url": redis_url},
            "audit": {"sink": str(tmp_path / "audit.jsonl")},
            "listen": {"public_url": "https://veil.example"},
            "subscribers": subscribers,
            "services": [{"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY", "use": ["PHONE_NUMBER"]}],
        }
        | FAST
        | extra
    )
    return parse_settings(raw, ENV)


@dataclass
class Delivery:
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def event_id(self) -> str:
        return self.headers["X-Veil-Event-Id"]


@dataclass
class Crm:
    """A recording subscriber. `fail`: answer 500; `fail_first`: that many 500s first;
    `fail_if(body)`: 500 for matching bodies; `delay_s`: answer slowly."""

    url: str = ""
    received: list[Delivery] = field(default_factory=list)
    seen: list[Delivery] = field(default_factory=list)  # every attempt, recorded on arrival
    attempts: int = 0
    fail: bool = False
    fail_first: int = 0
    fail_if: Callable[[bytes], bool] | None = None
    delay_s: float = 0.0

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.attempts += 1
        self.seen.append(Delivery(dict(request.headers), body))
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.fail or self.fail_first > 0 or (self.fail_if is not None and self.fail_if(body)):
            self.fail_first = max(0, self.fail_first - 1)
            return web.Response(status=500)
        self.received.append(Delivery(dict(request.headers), body))
        return web.json_response({"ok": True})

    def bodies(self) -> list[Any]:
        return [d.json() for d in self.received]


@pytest.fixture
def make_crm(aiohttp_server: AiohttpServer) -> Callable[[], Awaitable[Crm]]:
    async def make() -> Crm:
        crm = Crm()
        app = web.Application()
        app.router.add_post("/hook", crm.handle)
        server = await aiohttp_server(app)
        crm.url = str(server.make_url("/hook"))
        return crm

    return make


@dataclass
class PywaCrm:
    """A CRM written with pywa: verifies Veil's signature, parses updates into pywa types."""

    secret: str
    url: str = ""
    updates: list[Any] = field(default_factory=list)  # every pywa object its handlers got
    answers: list[int] = field(default_factory=list)
    raw: list[bytes] = field(default_factory=list)
    wa: WhatsApp | None = None

    async def handle(self, request: web.Request) -> web.Response:
        assert self.wa is not None
        raw = await request.read()
        error = await self.wa.webhook_update_validator(raw, request.headers.get("X-Hub-Signature-256"))
        if error:
            self.answers.append(error[1])
            return web.Response(text=str(error[0]), status=error[1])
        self.raw.append(raw)
        body, status = await self.wa.webhook_update_handler(raw)
        self.answers.append(status)
        return web.Response(text=str(body), status=status)


@pytest.fixture
def make_pywa_crm(aiohttp_server: AiohttpServer) -> Callable[[str], Awaitable[PywaCrm]]:
    async def make(secret: str) -> PywaCrm:
        crm = PywaCrm(secret)
        wa = WhatsApp(
            phone_id="106540352242922",
            token="crm-token",
            verify_token="crm-verify",  # noqa: S106
            app_secret=secret,
            validate_updates=True,
            skip_duplicate_updates=False,
        )

        async def collect(_: WhatsApp, update: Any) -> None:
            crm.updates.append(update)

        wa.add_handlers(*(cls(collect) for cls in PYWA_HANDLERS))
        crm.wa = wa
        app = web.Application()
        app.router.add_post("/pywa", crm.handle)
        server = await aiohttp_server(app)
        crm.url = str(server.make_url("/pywa"))
        return crm

    return make


@dataclass
class Veil:
    apps: Apps
    client: Any  # TestClient

    @property
    def inbound(self) -> Any:
        return self.apps.runtime.inbound

    async def post(
        self, body: dict[str, Any] | bytes, *, path: str = "/webhooks/whatsapp", secret: str = APP_SECRET
    ) -> Any:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        return await self.client.post(
            path, data=raw, headers={"X-Hub-Signature-256": sign(raw, secret), "Content-Type": "application/json"}
        )


@pytest.fixture
def start_veil(
    aiohttp_client: AiohttpClient, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> Callable[..., Awaitable[Veil]]:
    async def start(settings: Settings, *, keys: dict[str, str] | None = None) -> Veil:
        apps = create_apps(settings, make_keys(keys or key_env), data_dir=tmp_path, detector=detector)
        client = await aiohttp_client(apps.public)
        return Veil(apps, client)

    return start


async def wait_for(condition: Callable[[], bool], timeout: float = 15.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)
