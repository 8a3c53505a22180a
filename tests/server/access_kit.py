"""Helpers for the access-control tests (policies, rate limits, admins): settings with two tenants and several
services, admins bootstrapped through the real store, TOTP codes that are never reused."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pyotp
from aiohttp.test_utils import TestClient

from proxy.config import Settings, parse_settings
from proxy.server.app import Apps

CRM_KEY = "veil_sk_crm0test_0123456789abcdefghijklmnopqrstuv"
ACME_KEY = "veil_sk_acme0001_abcdefghijklmnopqrstuvwxyz012345"
MKT_KEY = "veil_sk_mkt00001_zyxwvutsrqponmlkjihgfedcba543210"
PASSWORD = "correct horse battery staple"

ENV = {
    "VEIL_WA_APP_SECRET": "app-secret",
    "VEIL_WA_VERIFY_TOKEN": "verify-token",
    "VEIL_WA_ACCESS_TOKEN": "business-token",
    "VEIL_SUB_CRM_SECRET": "sub-secret",
    "VEIL_SUB_OTHER_SECRET": "other-secret",
    "VEIL_SVC_CRM_KEY": CRM_KEY,
    "VEIL_SVC_ACME_KEY": ACME_KEY,
    "VEIL_SVC_MKT_KEY": MKT_KEY,
}


def access_settings(
    redis_url: str, tmp_path: Path, *, crm: dict[str, Any] | None = None, erasure_url: str | None = None, **extra: Any
) -> Settings:
    crm_policy = {
        "use": ["PHONE_NUMBER"],
        "reveal": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
        "mask": ["IBAN_CODE"],
        "tokenize": ["*"],
        "identify": ["*"],
        "create_subjects": True,
        "purposes": ["support-callback", "billing"],
    } | (crm or {})
    raw: dict[str, Any] = {
        "vault": {"url": redis_url},
        "audit": {"sink": str(tmp_path / "audit.jsonl")},
        "tenants": [{"name": "default"}, {"name": "acme"}],
        "subscribers": [
            {
                "name": "crm",
                "url": "http://127.0.0.1:9/hook",
                "secret_env": "VEIL_SUB_CRM_SECRET",
                "erasure_url": erasure_url,
            },
            {
                "name": "other",
                "url": "http://127.0.0.1:9/hook",
                "secret_env": "VEIL_SUB_OTHER_SECRET",
                "tenant": "acme",
                "erasure_url": erasure_url,
            },
        ],
        "services": [
            {"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY"} | crm_policy,
            {"name": "mkt", "api_key_env": "VEIL_SVC_MKT_KEY", "tokenize": ["PHONE_NUMBER"]},
            {
                "name": "acmecrm",
                "tenant": "acme",
                "api_key_env": "VEIL_SVC_ACME_KEY",
                "tokenize": ["*"],
                "identify": ["*"],
                "create_subjects": True,
                "reveal": ["*"],
            },
        ],
    } | extra
    return parse_settings(raw, ENV)


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


class Totp:
    """Codes for one admin: each step is handed out once, so no test trips replay refusal
    by accident (the ±1 step window gives three usable codes per 30 s)."""

    def __init__(self, uri: str) -> None:
        self.seed = parse_qs(urlparse(uri).query)["secret"][0]
        self.totp = pyotp.TOTP(self.seed)
        self.used: set[int] = set()

    def code(self) -> str:
        now = time.time()
        if now % 30 > 27:  # too close to a step boundary: the window would shift under us
            time.sleep(30 - now % 30 + 0.1)
            now = time.time()
        for offset in (0, 1, -1):
            step = int(now // 30) + offset
            if step not in self.used:
                self.used.add(step)
                return self.totp.at(step * 30)
        time.sleep(30 - now % 30 + 0.1)
        return self.code()


async def bootstrap(apps: Apps, name: str = "alice") -> Totp:
    rt = apps.runtime
    enrolment = await rt.admins.bootstrap(name, PASSWORD)
    return Totp(enrolment.provisioning_uri)


async def add_admin(apps: Apps, name: str, tenant: str = "") -> Totp:
    """Created and then enrolled by itself through the real store (the token never leaves the test)."""
    rt = apps.runtime
    token = await rt.admins.create(name, tenant=tenant, created_by="test")
    enrolment = await rt.admins.enrol(token, PASSWORD)
    return Totp(enrolment.provisioning_uri)


async def login(client: TestClient[Any, Any], name: str, totp: Totp) -> dict[str, str]:
    resp = await client.post("/admin/v1/login", json={"name": name, "password": PASSWORD, "code": totp.code()})
    assert resp.status == 200, await resp.text()
    return {"Authorization": f"Bearer {(await resp.json())['token']}"}
