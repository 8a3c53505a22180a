"""A tenant's `places: all`, read from a config file, reaches the detector through `/v1/tokenize`:
"the last train to York" keeps York in clear for a tenant with the default and tokenises it for one
that asked for every place."""

from __future__ import annotations

from pathlib import Path

from pytest_aiohttp import AiohttpClient

from proxy.config import load_settings
from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from tests.pii_guard import PiiValues
from tests.server.access_kit import ACME_KEY, CRM_KEY, ENV, bearer
from tests.server.helpers import make_keys

PHONE = "+39 347 123 4567"
TEXT = "Is the last train to York at 11? Thanks"

CONFIG = """
vault: {{url: "{redis}"}}
audit: {{sink: "{audit}"}}
tenants:
  - name: default
  - name: acme
    places: all
services:
  - name: crm
    api_key_env: VEIL_SVC_CRM_KEY
    tokenize: ["*"]
    identify: ["*"]
    create_subjects: true
  - name: acmecrm
    tenant: acme
    api_key_env: VEIL_SVC_ACME_KEY
    tokenize: ["*"]
    identify: ["*"]
    create_subjects: true
"""


async def test_a_tenant_config_file_with_places_all_tokenises_every_place(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: PiiValues,
) -> None:
    pii_values.add(PHONE)  # never in a log line (the guard reads them)
    path = tmp_path / "veil.yaml"
    path.write_text(CONFIG.format(redis=redis7_url, audit=tmp_path / "audit.jsonl"), encoding="utf-8")
    settings = load_settings(path, ENV)
    assert [t.places for t in settings.tenants] == [None, "all"]
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    answers = {}
    for key in (CRM_KEY, ACME_KEY):
        resp = await client.post(
            "/v1/tokenize", headers=bearer(key), json={"values": [{"value": PHONE, "entity": "PHONE_NUMBER"}]}
        )
        assert resp.status == 200, await resp.text()
        [subject] = (await resp.json())["tokens"]
        resp = await client.post("/v1/tokenize", headers=bearer(key), json={"text": TEXT, "subject": subject})
        assert resp.status == 200, await resp.text()
        answers[key] = await resp.json()
    assert answers[CRM_KEY] == {"text": TEXT, "entities": []}  # the default: a route's town, in clear
    body = answers[ACME_KEY]
    assert [e["entity"] for e in body["entities"]] == ["LOCATION"]
    assert "York" not in body["text"] and body["text"].startswith("Is the last train to ")
