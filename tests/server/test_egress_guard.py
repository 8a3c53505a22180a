"""The access guard (ceilings, honey tokens, blocks) on the outbound paths: a honey token in a
Graph send or a route call, and a use ceiling, are refused with nothing sent upstream."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytest_aiohttp import AiohttpClient, AiohttpServer

from proxy.access.honey import plant_decoy
from proxy.alerts import Alert
from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from tests.server.helpers import make_keys
from tests.server.outbound_fakes import PNID, auth, customer, settings_for, start


def services(**ceilings: Any) -> list[dict[str, Any]]:
    return [
        {
            "name": "crm",
            "api_key_env": "VEIL_SVC_CRM_KEY",
            "ceilings": ceilings,
            "use": {"whatsapp": ["PHONE_NUMBER", "PERSON"], "routes": {"crm": ["PHONE_NUMBER"]}},
        }
    ]


def text_to(to: str, body: str) -> dict[str, Any]:
    return {"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}}


async def _env(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    **ceilings: Any,
):  # type: ignore[no-untyped-def]
    graph = await start(aiohttp_server)
    crm = await start(aiohttp_server, "crm")
    settings = settings_for(
        redis_url,
        tmp_path,
        graph,
        routes={
            "crm": {
                "prefix": "/routes/crm",
                "upstream": crm.url,
                "services": ["crm"],
                "sink": True,
                "rules": {"request": {"detokenize": ["$.phone"]}},
            }
        },
        services=services(**ceilings),
    )
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    client = await aiohttp_client(apps.public)
    rt = apps.runtime
    alerts: list[Alert] = []
    rt.alerts.add_channel("test", alerts.append)
    return client, graph, crm, rt, alerts


async def test_a_honey_token_in_a_send_or_route_call_is_refused_and_alerts(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
) -> None:
    client, graph, crm, rt, alerts = await _env(aiohttp_client, aiohttp_server, redis7_url, key_env, tmp_path, detector)
    decoy = await plant_decoy(rt.vault, rt.audit, tenant="default", admin="dpo")
    resp = await client.post(
        f"/graph/v23.0/{PNID}/messages",
        headers=auth(),
        json=text_to(decoy.wa_id, f"Dear {decoy.text_tokens['PERSON']}"),
    )
    answer = await resp.json()
    assert resp.status == 403 and answer["error"]["error_data"]["veil_code"] == "forbidden", answer
    assert graph.seen == []
    assert [a.kind for a in alerts] == ["honey_token"]
    resp = await client.post("/routes/crm/contacts", headers=auth(), json={"phone": decoy.wa_id})
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "forbidden"
    assert crm.seen == [] and [a.kind for a in alerts] == ["honey_token", "honey_token"]
    # a real customer still goes through
    alice = await customer(rt.vault)
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", headers=auth(), json=text_to(alice.phone_token, "hi"))
    assert resp.status == 200 and len(graph.seen) == 1


async def test_a_use_ceiling_refuses_and_blocks_until_lifted(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
) -> None:
    client, graph, _, rt, alerts = await _env(
        aiohttp_client,
        aiohttp_server,
        redis7_url,
        key_env,
        tmp_path,
        detector,
        use={"PHONE_NUMBER": {"per_minute": 2}},
        block=True,
    )
    alice = await customer(rt.vault)
    for _ in range(2):
        resp = await client.post(f"/graph/v23.0/{PNID}/messages", headers=auth(), json=text_to(alice.phone_token, "x"))
        assert resp.status == 200
    sent = len(graph.seen)
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", headers=auth(), json=text_to(alice.phone_token, "x"))
    assert resp.status == 403 and (await resp.json())["error"]["error_data"]["veil_code"] == "ceiling_exceeded"
    assert len(graph.seen) == sent and "ceiling_exceeded" in [a.kind for a in alerts]
    assert await rt.guard.blocked("crm")
    resp = await client.post(f"/graph/v23.0/{PNID}/messages", headers=auth(), json=text_to(alice.phone_token, "x"))
    assert resp.status == 403 and (await resp.json())["error"]["error_data"]["veil_code"] == "blocked"
    assert len(graph.seen) == sent
    assert await rt.guard.lift("crm", "dpo")
    assert not await rt.guard.blocked("crm")
